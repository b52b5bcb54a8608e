/** 選択肢の一覧に並べる上限（それより多いときは「ほか N 件」とし、コード表・JSON Schema を示す）。 */
export const CODE_CHOICES_LIMIT = 10;

/** 選択肢の1つ（コードと、あれば日本語の意味）。 */
export interface CodeChoice {
  /** コード値（スキーマの定数。入力値ではない）。 */
  readonly code: string;
  /** 日本語の意味（コード表の名称）。 */
  readonly label?: string;
}

/**
 * 許される値の一覧を「次のいずれか: 1（男性）, 2（女性）」の形にする（メッセージ用。入力値は含めない）。
 * `limit` 件を超えるときは先頭の `limit` 件と「ほか N 件」。
 *
 * @example
 * ```ts
 * describeCodeChoices([{ code: '1', label: 'はい' }, { code: '0', label: 'いいえ' }]);
 * // => '次のいずれか: 1（はい）, 0（いいえ）'
 * describeCodeChoices(['a', 'b', 'c'], 2); // => '次のいずれか: a, b ほか 1 件'
 * ```
 */
export function describeCodeChoices(
  choices: readonly (CodeChoice | string)[],
  limit: number = CODE_CHOICES_LIMIT,
): string {
  const shown = choices.slice(0, Math.max(1, limit)).map((c) => {
    if (typeof c === 'string') return c;
    return c.label ? `${c.code}（${c.label}）` : c.code;
  });
  const rest = choices.length - shown.length;
  return `次のいずれか: ${shown.join(', ')}${rest > 0 ? ` ほか ${rest} 件` : ''}`;
}
