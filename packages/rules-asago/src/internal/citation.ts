import type { Citation } from '@kaigo/core';
import { cite } from '@kaigo/core';

/**
 * 朝来市いきいき長生き応援事業実施要領（令和6年4月26日）の出典を作る（内部用）。
 *
 * @source asago-ikiiki-2024 全体
 * @example
 * ```ts
 * asagoCite('３ 期間', '令和６年度～令和８年度の３年間'); // => { document: 'asago-ikiiki-2024', section: '３ 期間', quote: … }
 * ```
 */
export function asagoCite(section: string, quote?: string): Citation {
  return cite('asago-ikiiki-2024', section, quote);
}

/**
 * 要領の日付（令和6年4月26日）。パラメータの適用開始日に使う。
 *
 * @source asago-ikiiki-2024 表題
 */
export const ASAGO_GUIDELINE_DATE = '2024-04-26';
