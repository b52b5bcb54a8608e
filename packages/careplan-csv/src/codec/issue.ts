import type { Citation, Severity } from '@kaigo/core';

/**
 * CSV の読み書きの指摘1件。ファイル・行・項目（列）を指す。メッセージに入力値（氏名・番号・自由記述）を含めない。
 *
 * @example
 * ```ts
 * const issue: CsvIssue = {
 *   code: 'field.date',
 *   severity: 'error',
 *   message: '相談日: 日付の形式が正しくありません（YYYYMMDD）。',
 *   file: 'UPKIHON_0300000100_46_0300000005_A1_20250401090000.CSV',
 *   line: 3,
 *   column: 4,
 *   field: '相談日',
 * };
 * ```
 */
export interface CsvIssue {
  /** 安定した英語のコード（`encoding.utf8`、`field.required`、`row.columnCount` など）。 */
  readonly code: string;
  /** 重大度。`error` のある行は取り込まれず `rejected` に入る。 */
  readonly severity: Severity;
  /** 日本語のメッセージ（入力値を含めない）。 */
  readonly message: string;
  /** ファイル名（分かるとき）。 */
  readonly file?: string;
  /** 行番号（1 始まり。書き込みではレコードの何件目か＋1、読み込みではファイルの物理行）。 */
  readonly line?: number;
  /** 列（項目番号 No.。1 始まり）。 */
  readonly column?: number;
  /** 項目の日本語名称。 */
  readonly field?: string;
  /** 項目のキー（オブジェクト上のパス）。 */
  readonly key?: string;
  /** 項目内の文字位置（1 始まり。文字コードの指摘のとき）。 */
  readonly position?: number;
  /** 表せない文字のコードポイント（`U+301C` の形。文字そのものは載せない）。 */
  readonly codePoint?: string;
  /** 出典（構造の検査の指摘のとき。レイアウト定義書のファイルと項目番号）。 */
  readonly source?: Citation;
}

/**
 * 指摘に error があるか（型つきの補助関数: 指摘の配列を渡す）。
 *
 * @example
 * ```ts
 * hasCsvErrors([{ code: 'file.lineBreak', severity: 'info', message: '…' }]); // => false
 * ```
 */
export function hasCsvErrors(issues: readonly CsvIssue[]): boolean {
  try {
    if (!Array.isArray(issues)) return false;
    for (let k = 0; k < issues.length; k++) if (issues[k]?.severity === 'error') return true;
  } catch {
    // Not an array of findings (a Proxy that throws): there is no error finding to report.
  }
  return false;
}
