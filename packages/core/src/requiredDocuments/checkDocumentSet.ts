/**
 * 書類の組の照合結果。書類は id（様式 id など）で表す。
 *
 * @typeParam K 必要書類の id の型
 */
export interface DocumentSetCheck<K extends string = string> {
  /** 必要書類のうち提出されたもの（必要書類の順）。 */
  readonly present: readonly K[];
  /** 必要書類のうち提出されていないもの（必要書類の順）。 */
  readonly missing: readonly K[];
  /** この場面では不要だが、別の場面（例: 事前のみの書類を事後に）で必要な書類（提出順）。 */
  readonly misplaced: readonly string[];
  /** どの場面でも必要とされていない書類（提出順）。 */
  readonly unexpected: readonly string[];
  /** 2回以上提出された書類（提出順、1回だけ挙げる）。 */
  readonly duplicated: readonly string[];
  /** 不足・場面違い・余分がなければ true（重複は数えない）。 */
  readonly complete: boolean;
}

/**
 * 提出された書類の組を必要書類と照合する（提出書類の完備チェック）。どの市のどの場面にも使える汎用の処理で、
 * 何が必要かは呼び出し側がデータ（パラメータ）で渡す。
 *
 * @param required この場面で必要な書類の id
 * @param submitted 提出された書類の id（重複可）
 * @param requiredElsewhere 別の場面でなら必要な書類の id（場面違いの判定に使う。省略時は空）
 * @example
 * ```ts
 * checkDocumentSet(['a', 'b'], ['a', 'c', 'x'], ['c']);
 * // => { present: ['a'], missing: ['b'], misplaced: ['c'], unexpected: ['x'], duplicated: [], complete: false }
 * ```
 */
export function checkDocumentSet<K extends string>(
  required: readonly K[],
  submitted: readonly string[],
  requiredElsewhere: readonly string[] = [],
): DocumentSetCheck<K> {
  const given = new Set(submitted);
  const needed = new Set<string>(required);
  const elsewhere = new Set(requiredElsewhere);
  const seen = new Set<string>();
  const reported = new Set<string>(); // duplicates already listed (a Set: linear in the number submitted)
  const duplicated: string[] = [];
  const misplaced: string[] = [];
  const unexpected: string[] = [];
  for (const id of submitted) {
    if (seen.has(id)) {
      if (!reported.has(id)) {
        reported.add(id);
        duplicated.push(id);
      }
      continue;
    }
    seen.add(id);
    if (needed.has(id)) continue;
    if (elsewhere.has(id)) misplaced.push(id);
    else unexpected.push(id);
  }
  const present = required.filter((id) => given.has(id));
  const missing = required.filter((id) => !given.has(id));
  return {
    present,
    missing,
    misplaced,
    unexpected,
    duplicated,
    complete: missing.length === 0 && misplaced.length === 0 && unexpected.length === 0,
  };
}
