import type { Citation } from '@kaigo/core';
import type { ColumnDef } from './column';

/**
 * ファイル名の提供年月（対象年月）の部分。
 * - `none`: 年月の部分がない（UP1KYO、UPKIHON など）
 * - `required`: 年月が必ずある（UPPLAN、UPJSK、UPSIKYU、DLTPLAN、DLTJSK）
 * - `optional`: 年月、または `000000`（UPHOSOKU: 第1・2表に紐づくとき）
 */
export type MonthSegment = 'none' | 'required' | 'optional';

/**
 * 「上と同じ」の空欄の規則: `scope` の項目の値が前の行と同じで、`fields` の値も前の行と同じなら、
 * CSV では空欄にする（読むときは前の行の値で埋める）。
 */
export interface RepeatRule {
  /** 同じ範囲を決める項目キー（例 `needNo`）。同じ利用者・同じ計画の中でだけ適用する。 */
  readonly scope: readonly string[];
  /** 空欄にする項目キー。 */
  readonly fields: readonly string[];
}

/** CSV ファイル1種類のレイアウト（項目表と、ファイル名・行の規則）。 */
export interface FileLayout {
  /** ファイル名の先頭（ID）。例 `UPKIHON`、`UPYOBO_SUB`。 */
  readonly prefix: string;
  /** ファイルの名称（レイアウト定義書の「ファイル名称」）。 */
  readonly title: string;
  /** ファイル名の年月部分。 */
  readonly monthSegment: MonthSegment;
  /** 出典。 */
  readonly source: Citation;
  /** 項目表（No.1 から順に全項目）。 */
  readonly columns: readonly ColumnDef[];
  /** 1件（1計画・1相談）を決める項目キー。 */
  readonly key: readonly string[];
  /** 「上と同じ」の空欄の規則。 */
  readonly repeats?: readonly RepeatRule[];
  /** 親ファイルの先頭（別表・サブファイルのとき）。 */
  readonly parent?: string;
}
