import type { CitySourceDocument } from '@kaigo/core';

/**
 * 小林市のルールが引用する出典文書の id（`shared/seeds/README.md` の id）: 「自立支援型ケアマネジメント促進事業実施要領」
 * （R7.5 開始）。引用は core の `cite(KOBAYASHI_DOCUMENT, 節, 引用)` で作る。
 *
 * @example
 * ```ts
 * cite(KOBAYASHI_DOCUMENT, '５ その他 ①'); // => { document: 'kobayashi-jiritsu-2025', section: '５ その他 ①' }
 * ```
 */
export const KOBAYASHI_DOCUMENT = 'kobayashi-jiritsu-2025' as const;

/**
 * 小林市の実施要領の書誌情報（市の定義 `city` が登録する）。
 *
 * @example
 * ```ts
 * KOBAYASHI_SOURCE_DOCUMENT.publisher; // => '小林市'
 * ```
 */
export const KOBAYASHI_SOURCE_DOCUMENT: CitySourceDocument = {
  id: KOBAYASHI_DOCUMENT,
  title: '自立支援型ケアマネジメント促進事業実施要領',
  publisher: '小林市',
  date: '令和7年5月開始',
  kind: 'municipal',
};
