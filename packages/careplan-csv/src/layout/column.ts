import type { CodeTable } from '@kaigo/core';

/**
 * CSV 項目の型。読み書きはすべてこの型から決まる。
 *
 * - `date`: CSV は `YYYYMMDD`、オブジェクトは `YYYY-MM-DD`。`placeholder` があれば、その値（例 `00000000`）は「値なし」を表す。
 * - `month`: CSV は `YYYYMM`、オブジェクトは `YYYY-MM`。`placeholder`（`000000`）は「値なし」。
 * - `time`: CSV は `HHMM`、オブジェクトは `HH:MM`。`placeholder`（`9999`）は「時間表示のないサービス」。
 *   `endOfDay` なら終了時刻として `2400`（`24:00`）も受け付ける。
 * - `digits`: 固定桁の数字（文字列のまま。先頭の0を保つ）。
 * - `code`: コード表のコード（文字列のまま）。
 * - `flag`: 該当フラグ `1`/`0` を真偽値にする。
 * - `text`: フリーテキスト。書くときは `"…"` で囲む。
 * - `string`: 囲まない文字列（被保険者番号、電話番号、郵便番号、サービスコードなど）。`pattern` で形式を検査する。
 * - `integer`: 0 以上の整数（数値）。
 * - `decimal`: 小数（`99.99` 形式。文字列のまま）。
 */
export type ColumnType =
  | { readonly kind: 'date'; readonly placeholder?: string }
  | { readonly kind: 'month'; readonly placeholder?: string }
  | { readonly kind: 'time'; readonly placeholder?: string; readonly endOfDay?: boolean }
  | { readonly kind: 'digits'; readonly length: number }
  | { readonly kind: 'code'; readonly table: CodeTable }
  | { readonly kind: 'flag'; readonly table: CodeTable }
  | { readonly kind: 'text' }
  | { readonly kind: 'string'; readonly pattern?: RegExp; readonly patternLabel?: string }
  | { readonly kind: 'integer' }
  | { readonly kind: 'decimal'; readonly pattern: RegExp; readonly patternLabel: string };

/** CSV レイアウトの1項目（レイアウト定義書の1行）。 */
export interface ColumnDef {
  /** 項目番号（No.）。CSV の何番目の列か（1 始まり）。 */
  readonly no: number;
  /** 日本語名称（レイアウト定義書の表記）。 */
  readonly name: string;
  /** オブジェクト上のキー（`.` 区切りのパス。配列の添字は数字。例 `emergencyContacts.0.name`）。 */
  readonly key: string;
  /** 型。 */
  readonly type: ColumnType;
  /** 項目長（`undefined` は「―」= 可変長のフリーテキスト）。 */
  readonly length: number | undefined;
  /** 必須（○）。 */
  readonly required: boolean;
  /** 補足（レイアウト定義書の書式欄の要約、読み方の注記）。 */
  readonly note?: string;
}

/** 表を短く書くための1行の形: `[No., 名称, キー, 型, 項目長, 必須, 注記?]`。 */
export type ColumnRow = readonly [
  no: number,
  name: string,
  key: string,
  type: ColumnType,
  length: number | undefined,
  required: boolean,
  note?: string,
];

/**
 * `[No., 名称, キー, 型, 項目長, 必須, 注記?]` の並びを {@link ColumnDef} の配列にする。
 * 項目番号が 1 から連番でなければ例外（表の書き誤りはプログラムの誤り）。
 *
 * @example
 * ```ts
 * const cols = columns([
 *   [1, 'CSVバージョン', 'csvVersion', T.digits(6), 6, true],
 *   [2, '保険者番号', 'insurerNumber', T.digits(6), 6, true],
 * ]);
 * cols[1]?.name; // => '保険者番号'
 * ```
 */
export function columns(rows: readonly ColumnRow[]): readonly ColumnDef[] {
  return rows.map(([no, name, key, type, length, required, note], i) => {
    if (no !== i + 1) throw new Error(`column table out of order at No.${no} (expected ${i + 1})`);
    return note === undefined
      ? { no, name, key, type, length, required }
      : { no, name, key, type, length, required, note };
  });
}
