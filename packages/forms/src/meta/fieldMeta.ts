import type { Citation } from '@kaigo/core';
import * as z from 'zod';

/**
 * 項目のメタデータ（日本語ラベル・全国様式の項目番号・コード表・出典）。
 * zod のグローバル登録簿ではなく、SDK 独自の登録簿 {@link fieldMeta} に置く（ホストアプリに影響しないため）。
 */
export interface FieldMeta {
  /** 日本語ラベル（様式の表記どおり）。 */
  readonly label: string;
  /** 全国様式・CSV レイアウトの項目番号（例: `UPKIHON No.16`、`p3`）。 */
  readonly itemNo?: string;
  /** コード項目のコード表 id。 */
  readonly codeTable?: string;
  /** 説明（記入のしかた、解釈の注記）。 */
  readonly description?: string;
  /** 出典。 */
  readonly source?: Citation;
}

/**
 * SDK 独自のメタデータ登録簿。キーは zod スキーマのインスタンス。
 *
 * @example
 * ```ts
 * fieldMeta.get(someSchema)?.label;
 * ```
 */
export const fieldMeta = z.registry<FieldMeta>();

/**
 * スキーマにメタデータを付けて返す（同じインスタンス）。
 *
 * @example
 * ```ts
 * const birthDate = withMeta(z.iso.date(), { label: '生年月日', itemNo: 'UPKIHON No.17' });
 * ```
 */
export function withMeta<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  fieldMeta.add(schema, meta);
  return schema;
}
