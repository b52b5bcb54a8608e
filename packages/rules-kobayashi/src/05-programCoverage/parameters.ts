import { cite, defineParameter, isoDate } from '@kaigo/core';
import type { IsoDate } from '@kaigo/core';
import { KOBAYASHI_DOCUMENT } from '../document';

/**
 * 事業開始日（「R7.5」）。
 *
 * 読み方: 提出期限の「R7.5～随時」と「５ その他 ① 事業開始時以降」の事業開始時を、令和7年5月の初日
 * 2025-05-01 と読んだ（「R7.5」は年月までしか書いていないので、その月の最初の日が最も字義どおり）。
 * 別の読み方: 事業所ごとの契約日（「申込確認後、契約」）を開始とする、または5月中の別の日（要領に日の記載はない）。
 * 変えるときはこの値を差し替える（ロジックは変えない）。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（提出期限「R7.5～随時」）、５ その他 ①
 * @example
 * ```ts
 * programStart.values[0]?.value; // => '2025-05-01'
 * ```
 */
export const programStart = defineParameter<IsoDate>({
  id: 'kobayashi.programStart',
  description: '事業開始日',
  unit: '日付',
  citation: cite(KOBAYASHI_DOCUMENT, '３ 事業の流れ（提出期限）', 'R7.5～随時'),
  values: [{ from: isoDate('2025-05-01'), value: isoDate('2025-05-01') }],
  reading:
    '「R7.5」を令和7年5月と読み、その初日 2025-05-01 を事業開始日とした（年月しか書かれていないため、その月の初日が最も字義どおり）。別の読み方: 事業所ごとの契約日（申込確認後、契約）、または5月中の別の日。',
});

/**
 * プランが年度をこえる者についての申請を妨げないか（５ その他 ➁）。
 *
 * 読み方: 事業開始後に事前アセスメントを行ったプランが年度（4月1日）をこえて続いても、事後アセスメント等の申請・
 * 請求を妨げない、と読んだ（値 true）。①（事業開始前に事前アセスメントを行った者は対象外）は➁でも外れない。
 * 別の読み方: 事業開始前の年度から続くプランも申請できる — ①と矛盾するので採らない。
 *
 * @source kobayashi-jiritsu-2025 ５ その他 ➁
 * @example
 * ```ts
 * fiscalYearCrossingAllowed.values[0]?.value; // => true
 * ```
 */
export const fiscalYearCrossingAllowed = defineParameter<boolean>({
  id: 'kobayashi.fiscalYearCrossingAllowed',
  description: 'プランが年度をこえる者についての申請を妨げない',
  citation: cite(
    KOBAYASHI_DOCUMENT,
    '５ その他 ➁',
    'プランが年度をこえる者についての申請は、妨げない。',
  ),
  values: [{ from: isoDate('2025-05-01'), value: true }],
  reading:
    '事業開始後に事前アセスメントをしたプランが年度をこえても申請できる、と読んだ。事業開始前の年度から続くプランは①により対象外（➁はそれを外さない）。',
});
