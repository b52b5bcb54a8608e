import type { CitySourceDocument } from '@kaigo/core';

/**
 * 朝来市いきいき長生き応援事業実施要領の出典文書 id。出典は `cite(ASAGO_DOCUMENT_ID, 節, 引用?)` で作る。
 *
 * @example
 * ```ts
 * cite(ASAGO_DOCUMENT_ID, '３ 期間'); // => { document: 'asago-ikiiki-2024', section: '３ 期間' }
 * ```
 */
export const ASAGO_DOCUMENT_ID = 'asago-ikiiki-2024';

/**
 * 朝来市いきいき長生き応援事業実施要領（令和6年4月26日）の書誌情報。市の定義（`city.sources`）に載せる。
 *
 * @example
 * ```ts
 * ASAGO_SOURCE_DOCUMENT.date; // => '令和6年4月26日'
 * ```
 */
export const ASAGO_SOURCE_DOCUMENT: CitySourceDocument = {
  id: ASAGO_DOCUMENT_ID,
  title: '朝来市いきいき長生き応援事業実施要領',
  publisher: '朝来市',
  date: '令和6年4月26日',
  kind: 'municipal',
};

/** 要領の日付（令和6年4月26日）。どのパラメータもこの日から適用する。 */
export const ASAGO_GUIDELINE_DATE = '2024-04-26';
