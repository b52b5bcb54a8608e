/** 文字列の形式の説明（メッセージに出す。例は架空の値）。 */
export interface FormatHint {
  /** 形式（例: `YYYY-MM`）。 */
  readonly format: string;
  /** 正しい値の例（例: `2025-04`）。 */
  readonly example: string;
  /**
   * 形は合うが値が正しくない入力（存在しない月、対応範囲外の年など）の説明。入力は読むだけで、返す文に入れない。
   * 当てはまらなければ undefined（形式の説明になる）。
   */
  readonly explain?: (input: string) => string | undefined;
}

// Keyed by the pattern's source text (`/…/flags`): zod's raw issue carries `pattern` as that text, and the
// fast compiler reports the same text, so both paths find the same hint.
const hints = new Map<string, FormatHint>();

/**
 * 正規表現に形式の説明を付けて返す（同じインスタンス）。検証のメッセージが「形式: YYYY-MM（例: 2025-04）」のように
 * 示す。
 *
 * @example
 * ```ts
 * const pattern = withFormatHint(/^\d{3}$/, { format: '3桁の数字', example: '123' });
 * ```
 */
export function withFormatHint(pattern: RegExp, hint: FormatHint): RegExp {
  hints.set(String(pattern), hint);
  return pattern;
}

/**
 * 正規表現（またはその `String(pattern)`）の形式の説明。説明のない正規表現なら undefined。
 *
 * @example
 * ```ts
 * formatHintOf(SUPPORTED_YEAR_MONTH_PATTERN)?.example; // => '2025-04'
 * ```
 */
export function formatHintOf(pattern: unknown): FormatHint | undefined {
  if (!(pattern instanceof RegExp) && typeof pattern !== 'string') return undefined;
  return hints.get(String(pattern));
}
