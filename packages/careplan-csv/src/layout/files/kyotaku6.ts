import { cite } from '@kaigo/core';
import { APPLICABLE_FLAG_CODES } from '@kaigo/forms';
import type { ColumnRow } from '../column';
import { columns } from '../column';
import type { FileLayout } from '../layout';
import { PRORATED_MASK, SERVICE_CODE, SERVICE_TYPE_CODE, T } from '../types';
import { HEAD } from './common';

// prettier-ignore
const SHEET6: readonly ColumnRow[] = [
  ...HEAD,
  [4, '作成年月日', 'createdDate', T.date, 8, true],
  [5, '対象年月', 'targetMonth', T.month, 6, true],
  [6, 'プラン担当業者コード', 'planAgencyCode', T.digits(10), 10, false, '居宅支援事業者番号'],
  [7, 'プラン担当者名', 'planManagerName', T.text, undefined, false],
  [8, '単位数', 'units', T.int, 6, false, '割引後単位数。実績の率加減算は 0 可'],
  [9, '前月までの短期入所利用日数', 'shortStayDaysBeforeMonth', T.int, 5, false],
  [10, 'サービス利用日', 'serviceDate', T.date, 8, true],
  [11, '日割対象日', 'proratedDaysMask', PRORATED_MASK, 31, false, '日割以外は空'],
  [12, 'サービス開始時刻', 'startTime', T.timeOr('9999'), 4, true, '時間表示の無いサービスは 9999（オブジェクトでは値なし）'],
  [13, 'サービス終了時刻', 'endTime', T.endTimeOr('9999'), 4, true, '同上。終了は 2400（24:00）も可'],
  [14, 'サービス回数', 'count', T.int, 2, true],
  [15, 'サービスコード', 'serviceCode', SERVICE_CODE, 6, true],
  [16, 'TAISコード', 'taisCode', T.str, 12, false],
  [17, '福祉用具届出コード', 'equipmentNotificationCode', T.str, 12, false],
  [18, '用具名称（機種名）', 'equipmentName', T.text, undefined, false],
  [19, '明細判別コード', 'detailDiscriminator', T.int, undefined, false, '項目長は判読できない'],
  [20, 'サービス事業者コード', 'providerCode', T.digits(10), 10, true],
  [21, 'サービス事業所名', 'providerName', T.text, undefined, false],
  [22, 'サテライト枝番', 'satelliteBranch', T.str, 2, false],
  [23, '３０日超区分', 'over30Days', T.code(APPLICABLE_FLAG_CODES), 1, true],
  [24, '更新業者コード', 'updaterCode', T.digits(10), 10, false],
  [25, '識別子', 'identifier', T.str, 1, false, '※使用しない'],
];

/**
 * 第6表（サービス利用票）予定（UPPLAN、No.1〜25）。1ファイル = 1対象年月。
 *
 * @source mhlw-careplan-csv-v4 別紙 第6表（サービス利用票）、実績情報
 * @example
 * ```ts
 * UPPLAN.monthSegment; // => 'required'
 * ```
 */
export const UPPLAN: FileLayout = {
  prefix: 'UPPLAN',
  title: '第6表（サービス利用票）予定',
  monthSegment: 'required',
  source: cite('mhlw-careplan-csv-v4', '別紙 第6表（サービス利用票）、実績情報（UPPLAN）'),
  key: ['insurerNumber', 'insuredNumber', 'targetMonth'],
  // prettier-ignore
  columns: columns(SHEET6),
};

/**
 * 第6表 実績情報（UPJSK、No.1〜25。予定と同じレイアウト）。サービス事業所から送る。
 *
 * @source mhlw-careplan-csv-v4 別紙 第6表（サービス利用票）、実績情報
 * @example
 * ```ts
 * UPJSK.columns.length; // => 25
 * ```
 */
export const UPJSK: FileLayout = {
  prefix: 'UPJSK',
  title: '第6表 実績情報',
  monthSegment: 'required',
  source: cite('mhlw-careplan-csv-v4', '別紙 第6表（サービス利用票）、実績情報（UPJSK）'),
  key: ['insurerNumber', 'insuredNumber', 'targetMonth'],
  // prettier-ignore
  columns: columns(SHEET6),
};

/**
 * 第6表 予定削除（DLTPLAN、No.1〜4、すべて必須）。第7表も削除される。
 *
 * @source mhlw-careplan-csv-v4 別紙 第6表（サービス利用票）、実績情報_削除【計画の場合】
 * @example
 * ```ts
 * DLTPLAN.columns[3]?.name; // => '削除対象年月'
 * ```
 */
export const DLTPLAN: FileLayout = {
  prefix: 'DLTPLAN',
  title: '第6表 予定削除',
  monthSegment: 'required',
  source: cite('mhlw-careplan-csv-v4', '別紙 第6表、実績情報_削除【計画の場合】（DLTPLAN）'),
  key: ['insurerNumber', 'insuredNumber', 'targetMonth'],
  // prettier-ignore
  columns: columns([...HEAD, [4, '削除対象年月', 'targetMonth', T.month, 6, true]]),
};

/**
 * 第6表 実績情報削除（DLTJSK、No.1〜6、すべて必須）。1事業所の1サービス種類の実績を削除する。
 *
 * @source mhlw-careplan-csv-v4 別紙 第6表、実績情報_削除【実績の場合】
 * @example
 * ```ts
 * DLTJSK.columns.length; // => 6
 * ```
 */
export const DLTJSK: FileLayout = {
  prefix: 'DLTJSK',
  title: '第6表 実績情報削除',
  monthSegment: 'required',
  source: cite('mhlw-careplan-csv-v4', '別紙 第6表、実績情報_削除【実績の場合】（DLTJSK）'),
  key: ['insurerNumber', 'insuredNumber', 'targetMonth', 'providerCode', 'serviceTypeCode'],
  // prettier-ignore
  columns: columns([
    ...HEAD,
    [4, '削除対象年月', 'targetMonth', T.month, 6, true],
    [5, 'サービス事業者コード', 'providerCode', T.digits(10), 10, true],
    [6, 'サービス種類コード', 'serviceTypeCode', SERVICE_TYPE_CODE, 2, true],
  ]),
};

/**
 * 第7表（サービス利用票別表、UPSIKYU、No.1〜37）。事業所 × サービスコードの行と、小計行
 * （サービス種類 + AAAA／EEEE／ZZZZ）、総合計行（サービスコード 999999、事業所コード 9999999999）。
 * 項目長は V4 のレイアウト定義書の原文どおり（No.17 は 5、No.24〜29 は 6、No.30 は 2）。
 *
 * @source mhlw-careplan-csv-v4 別紙 第7表（サービス利用票別表）
 * @example
 * ```ts
 * UPSIKYU.columns[8]?.name; // => 'サービスコード'
 * ```
 */
export const UPSIKYU: FileLayout = {
  prefix: 'UPSIKYU',
  title: '第7表（サービス利用票別表）',
  monthSegment: 'required',
  source: cite('mhlw-careplan-csv-v4', '別紙 第7表（サービス利用票別表）（UPSIKYU）'),
  key: ['insurerNumber', 'insuredNumber', 'targetMonth'],
  // prettier-ignore
  columns: columns([
    ...HEAD,
    [4, '作成年月日', 'createdDate', T.date, 8, true],
    [5, '対象年月', 'targetMonth', T.month, 6, true],
    [6, 'サービス事業所名', 'providerName', T.text, undefined, false],
    [7, 'サービス事業所コード', 'providerCode', T.digits(10), 10, true, '総合計行は 9999999999'],
    [8, 'サテライト枝番', 'satelliteBranch', T.str, 2, false],
    [9, 'サービスコード', 'serviceCode', SERVICE_CODE, 6, true, '小計 <種類>AAAA/EEEE/ZZZZ、総合計 999999'],
    [10, 'TAISコード', 'taisCode', T.str, 12, false],
    [11, '福祉用具届出コード', 'equipmentNotificationCode', T.str, 12, false],
    [12, '用具名称（機種名）', 'equipmentName', T.text, undefined, false],
    [13, '単位数', 'units', T.int, 6, true, '小計・合計行は 0'],
    [14, '割引後率', 'discountRate', T.int, 5, false],
    [15, '割引後単位数', 'discountedUnits', T.int, 6, false],
    [16, '回数／日数', 'count', T.int, 3, true, '第4版で 2→3 桁'],
    [17, 'サービス単位／金額', 'serviceUnitsAmount', T.int, 5, false],
    [18, '給付管理単位数', 'benefitManagedUnits', T.int, 6, false],
    [19, '種類支給限度基準超単位数', 'typeLimitOverUnits', T.int, 6, false],
    [20, '種類支給限度基準内単位数', 'typeLimitWithinUnits', T.int, 6, false],
    [21, '区分支給限度基準超単位数', 'categoryLimitOverUnits', T.int, 6, false],
    [22, '区分支給限度基準内単位数', 'categoryLimitWithinUnits', T.int, 6, false],
    [23, '単位数単価', 'unitPrice', T.decimal, 6, false, '99.99 形式'],
    [24, '費用総額保険／事業対象分', 'totalCostCovered', T.int, 6, false],
    [25, '給付率', 'benefitRate', T.int, 6, false],
    [26, '保険／事業費請求額', 'claimAmount', T.int, 6, false],
    [27, '定額利用者負担単価金額', 'fixedCopayUnitPrice', T.int, 6, false],
    [28, '利用者負担保険／事業対象分', 'copayCovered', T.int, 6, false],
    [29, '利用者負担（全額負担分）', 'copayFull', T.int, 6, false],
    [30, '前月までの利用日数', 'daysBeforeMonth', T.int, 2, false, 'V4 の原文どおり 2 桁（3.2版の改正の 5 桁は採らない。別の版のレイアウトで変える）'],
    [31, '当月の計画利用日数', 'plannedDaysThisMonth', T.int, 2, false],
    [32, '累積利用日数', 'cumulativeDays', T.int, 5, false],
    [33, '３０日超区分', 'over30Days', T.code(APPLICABLE_FLAG_CODES), 1, false],
    [34, '事業所コード', 'officeCode', T.digits(10), 10, false],
    [35, '入力者コード', 'inputterCode', T.digits(10), 10, false],
    [36, '更新業者コード', 'updaterCode', T.digits(10), 10, false],
    [37, '識別子', 'identifier', T.str, 1, false, '※使用しない'],
  ]),
};
