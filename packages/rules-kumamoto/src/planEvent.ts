import { withMeta } from '@kaigo/forms';
import { KUMAMOTO_PLAN_EVENTS } from './forms/index';
import type { KumamotoPlanEvent } from './forms/index';
import * as z from 'zod';

/** 計画の区分の日本語名。 */
export const PLAN_EVENT_LABELS: Readonly<Record<KumamotoPlanEvent, string>> = {
  create: '新規作成',
  update: '更新',
  change: '変更（更新以外の見直し）',
};

/** 計画の区分の項目名（入力スキーマのラベルと不足入力の表示に同じ文言を使う）。 */
export const PLAN_EVENT_LABEL = '計画の区分（新規作成・更新・変更）';

/**
 * 計画の区分の入力スキーマ（ラベルつき）。検証・提出資料・視点のルールが共有する。
 *
 * @example
 * ```ts
 * z.strictObject({ planEvent: planEventField.optional() });
 * ```
 */
export const planEventField: z.ZodEnum<{ [K in KumamotoPlanEvent]: K }> = withMeta(
  z.enum(KUMAMOTO_PLAN_EVENTS),
  { label: PLAN_EVENT_LABEL },
);
