import { cite } from '@kaigo/core';
import type { Citation } from '@kaigo/core';

/**
 * 出典文書 id: 小林市「自立支援型ケアマネジメント促進事業実施要領」（R7.5 開始）。
 *
 * @source kobayashi-jiritsu-2025 全体
 */
export const KOBAYASHI_DOCUMENT = 'kobayashi-jiritsu-2025' as const;

/**
 * 小林市の要領の節を引用する。
 *
 * @source kobayashi-jiritsu-2025 全体
 * @example
 * ```ts
 * kobayashiCite('５ その他 ①'); // => { document: 'kobayashi-jiritsu-2025', section: '５ その他 ①' }
 * ```
 */
export function kobayashiCite(section: string, quote?: string): Citation {
  return cite(KOBAYASHI_DOCUMENT, section, quote);
}
