import type * as z from 'zod';
import { codeField } from '@kaigo/forms';
import { KOBAYASHI_KYOTAKU_ARRANGEMENT_CODES, KOBAYASHI_OFFICE_KIND_CODES } from '../forms/index';

/**
 * 事業所の種類: `homon` 訪問型事業所、`tsusho` 通所型事業所、`kyotaku` 居宅介護支援事業所（４ ア・イ・ウ）。
 *
 * @source kobayashi-jiritsu-2025 ４ ア・イ・ウ
 */
export type OfficeKind = 'homon' | 'tsusho' | 'kyotaku';

/**
 * 要領の２・３が使う事業所の区分: `serviceProvider` サービス提供事業所（訪問型・通所型）、
 * `careManagement` 居宅介護支援事業所。
 *
 * @source kobayashi-jiritsu-2025 ２（２）、３（１）（２）
 */
export type OfficeCategory = 'serviceProvider' | 'careManagement';

/**
 * 居宅介護支援事業所の立場: `itaku` 委託居宅（システムへ入力）、`shitei` 指定居宅（包括に写し提出）。
 *
 * @source kobayashi-jiritsu-2025 ３（２）
 */
export type KyotakuArrangement = 'itaku' | 'shitei';

/**
 * 区分の日本語名。
 *
 * @source kobayashi-jiritsu-2025 ２（２）
 * @example
 * ```ts
 * OFFICE_CATEGORY_LABELS.serviceProvider; // => 'サービス提供事業所'
 * ```
 */
export const OFFICE_CATEGORY_LABELS: Readonly<Record<OfficeCategory, string>> = {
  serviceProvider: 'サービス提供事業所',
  careManagement: '居宅介護支援事業所',
};

/**
 * 事業所の種類の日本語名。
 *
 * @source kobayashi-jiritsu-2025 ４ ア・イ・ウ
 * @example
 * ```ts
 * OFFICE_KIND_LABELS.homon; // => '訪問型事業所'
 * ```
 */
export const OFFICE_KIND_LABELS: Readonly<Record<OfficeKind, string>> = {
  homon: '訪問型事業所',
  tsusho: '通所型事業所',
  kyotaku: '居宅介護支援事業所',
};

/**
 * 事業所の種類から要領２・３の区分を求める（訪問型・通所型はサービス提供事業所）。
 *
 * @source kobayashi-jiritsu-2025 ２（２）、４ ア・イ・ウ
 * @example
 * ```ts
 * officeCategoryOf('tsusho'); // => 'serviceProvider'
 * officeCategoryOf('kyotaku'); // => 'careManagement'
 * ```
 */
export function officeCategoryOf(kind: OfficeKind): OfficeCategory {
  return kind === 'kyotaku' ? 'careManagement' : 'serviceProvider';
}

/**
 * 入力スキーマの「事業所の種類」項目を作る。
 *
 * @source kobayashi-jiritsu-2025 ４ ア・イ・ウ
 * @example
 * ```ts
 * const schema = z.strictObject({ officeKind: officeKindField() });
 * ```
 */
export function officeKindField(): z.ZodType<OfficeKind> {
  return codeField(KOBAYASHI_OFFICE_KIND_CODES, { label: '事業所の種類' });
}

/**
 * 入力スキーマの「委託居宅・指定居宅の別」項目を作る。
 *
 * @source kobayashi-jiritsu-2025 ３（２）
 * @example
 * ```ts
 * const schema = z.strictObject({ kyotakuArrangement: kyotakuArrangementField().optional() });
 * ```
 */
export function kyotakuArrangementField(): z.ZodType<KyotakuArrangement> {
  return codeField(KOBAYASHI_KYOTAKU_ARRANGEMENT_CODES, { label: '委託居宅・指定居宅の別' });
}
