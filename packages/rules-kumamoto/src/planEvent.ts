import { KUMAMOTO_PLAN_EVENTS, withMeta } from '@kaigo/forms';
import type { KumamotoPlanEvent } from '@kaigo/forms';
import * as z from 'zod';

/** 計画の区分の日本語名。 */
export const PLAN_EVENT_LABELS: Readonly<Record<KumamotoPlanEvent, string>> = {
  create: '新規作成',
  update: '更新',
  change: '変更（更新以外の見直し）',
};

/**
 * 計画の区分の入力スキーマ（ラベルつき）。
 *
 * @source kumamoto-kanyo-2024 ３（１）①
 * @example
 * ```ts
 * z.strictObject({ planEvent: planEventField().optional() });
 * ```
 */
export function planEventField(): z.ZodEnum<{ [K in KumamotoPlanEvent]: K }> {
  return withMeta(z.enum(KUMAMOTO_PLAN_EVENTS), { label: '計画の区分（新規作成・更新・変更）' });
}
