/**
 * Unicode と MS932 の対応の違いで起きる「見た目は同じだが MS932 にない文字」を、MS932 の文字に置き換える表。
 * macOS・Java の Shift_JIS 変換や Web フォームから来た文字（〜 U+301C、− U+2212、‖ U+2016 など）が対象。
 * 書き込みの `substitutions` に明示して渡したときだけ使い、置き換えた文字はすべて warning として報告する
 * （黙って置き換えない）。人名の異体字（髙→高 など）は意味が変わりうるため含めない。
 *
 * @source mhlw-careplan-csv-v4 別紙 文字コード（外字や文字セット外の文字は MS932 の範囲内で有効な文字に変換すること）
 * @example
 * ```ts
 * MS932_COMMON_SUBSTITUTIONS['〜']; // => '～'（U+FF5E）
 * ```
 */
export const MS932_COMMON_SUBSTITUTIONS: Readonly<Record<string, string>> = {
  '\u301C': '\uFF5E', // 〜 WAVE DASH → ～ FULLWIDTH TILDE
  '\u2016': '\u2225', // ‖ DOUBLE VERTICAL LINE → ∥ PARALLEL TO
  '\u2212': '\uFF0D', // − MINUS SIGN → － FULLWIDTH HYPHEN-MINUS
  '\u00A2': '\uFFE0', // ¢ → ￠
  '\u00A3': '\uFFE1', // £ → ￡
  '\u00AC': '\uFFE2', // ¬ → ￢
  '\u2014': '\u2015', // — EM DASH → ― HORIZONTAL BAR
  '\u00A5': '\uFFE5', // ¥ YEN SIGN → ￥ FULLWIDTH YEN SIGN
};
