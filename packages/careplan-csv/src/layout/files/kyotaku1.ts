import { CARE_LEVEL_CODES_KYOTAKU, cite } from '@kaigo/core';
import {
  CERT_STATUS_CODES,
  INSURANCE_COVERED_CODES,
  LIVING_SUPPORT_REASON_CODES,
  PLAN_CATEGORY_CODES,
  SEX_CODES,
  WEEKDAY_CODES,
} from '@kaigo/forms';
import type { ColumnRow } from '../column';
import { columns } from '../column';
import type { FileLayout } from '../layout';
import { POSTAL_CODE, SERVICE_TYPE_CODE, T } from '../types';
import { HEAD } from './common';

// prettier-ignore
const typeLimit = (slot: number): ColumnRow[] => {
  const first = 20 + (slot - 1) * 4;
  const n = '１２３４５６７８９'[slot - 1] ?? String(slot);
  const k = `typeLimits.${slot - 1}`;
  return [
    [first, `${n}サービス種類コード`, `${k}.serviceTypeCode`, SERVICE_TYPE_CODE, 2, false, 'サービス種類別限度額管理が必要な場合は１枠から順に設定'],
    [first + 1, `${n}支給限度基準額`, `${k}.limitUnits`, T.int, 7, false],
    [first + 2, `${n}合計単位数`, `${k}.totalUnits`, T.int, 7, false],
    [first + 3, `${n}限度超単位数`, `${k}.overUnits`, T.int, 7, false],
  ];
};

/**
 * 利用者補足情報（UPHOSOKU、No.1〜63）。第1・2表に紐づくとき対象年月は `000000`、
 * 第6・7表に紐づくとき居宅サービス計画作成（変更）日は `00000000`（オブジェクトでは値なし）。
 *
 * @source mhlw-careplan-csv-v4 別紙 利用者補足情報
 * @example
 * ```ts
 * UPHOSOKU.columns[62]?.name; // => '対象年月'
 * ```
 */
export const UPHOSOKU: FileLayout = {
  prefix: 'UPHOSOKU',
  title: '利用者補足情報',
  monthSegment: 'optional',
  source: cite('mhlw-careplan-csv-v4', '別紙 利用者補足情報（UPHOSOKU）'),
  key: ['insurerNumber', 'insuredNumber', 'planDate', 'targetMonth'],
  // prettier-ignore
  columns: columns([
    ...HEAD,
    [4, '居宅サービス計画作成（変更）日', 'planDate', T.dateOr('00000000'), 8, true, '第6・7表に紐づくときは 00000000'],
    [5, '利用者氏名フリガナ', 'nameKana', T.text, undefined, false],
    [6, '利用者氏名', 'name', T.text, undefined, false],
    [7, '利用者性別', 'sex', T.code(SEX_CODES), 1, false],
    [8, '利用者生年月日', 'birthDate', T.date, 8, false],
    [9, '利用者郵便番号', 'postalCode', POSTAL_CODE, 8, false],
    [10, '利用者住所１', 'address1', T.text, undefined, false],
    [11, '利用者住所２', 'address2', T.text, undefined, false],
    [12, '利用者電話番号', 'phone', T.str, 15, false],
    [13, '認定日', 'certDate', T.date, 8, false],
    [14, '限度額適用開始年月日', 'limitPeriodFrom', T.date, 8, false],
    [15, '限度額適用終了年月日', 'limitPeriodTo', T.date, 8, false],
    [16, '認定状況区分', 'certStatus', T.code(CERT_STATUS_CODES), 1, false],
    [17, '要介護状態変更日', 'careLevelChangeDate', T.date, 8, false],
    [18, '要介護状態区分', 'careLevel', T.code(CARE_LEVEL_CODES_KYOTAKU), 2, false],
    [19, '区分支給限度基準額', 'categoryLimitUnits', T.int, 7, false],
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap(typeLimit),
    [56, '合計限度超単位数', 'totalOverUnits', T.int, 7, false],
    [57, '入所前月迄利用日数', 'shortStayDaysBeforeMonth', T.int, 5, false],
    [58, '入所累積利用日数', 'shortStayCumulativeDays', T.int, 5, false],
    [59, '前回要介護状態区分', 'previousCareLevel', T.code(CARE_LEVEL_CODES_KYOTAKU), 2, false],
    [60, '同意書受付業者', 'consentReceiverCode', T.digits(10), 10, false, '居宅支援事業者番号'],
    [61, '更新業者コード', 'updaterCode', T.digits(10), 10, false, '居宅支援事業者番号'],
    [62, '識別子', 'identifier', T.str, 1, false, '※使用しない'],
    [63, '対象年月', 'targetMonth', T.monthOr('000000'), 6, true, '第1・2表に紐づくときは 000000'],
  ]),
};

/**
 * 居宅サービス計画1表（UP1KYO、No.1〜28）。1計画につき1行。
 *
 * @source mhlw-careplan-csv-v4 別紙 居宅サービス計画1表
 * @example
 * ```ts
 * UP1KYO.key; // => ['insurerNumber', 'insuredNumber', 'planDate']
 * ```
 */
export const UP1KYO: FileLayout = {
  prefix: 'UP1KYO',
  title: '居宅サービス計画1表',
  monthSegment: 'none',
  source: cite('mhlw-careplan-csv-v4', '別紙 居宅サービス計画1表（UP1KYO）'),
  key: ['insurerNumber', 'insuredNumber', 'planDate'],
  // prettier-ignore
  columns: columns([
    ...HEAD,
    [4, '作成年月日', 'createdDate', T.date, 8, true],
    [5, '利用者郵便番号', 'userPostalCode', POSTAL_CODE, 8, false],
    [6, '利用者住所１', 'userAddress1', T.text, undefined, false],
    [7, '利用者住所２', 'userAddress2', T.text, undefined, false],
    [8, '居宅サービス計画作成者氏名', 'planAuthorName', T.text, undefined, false, '○ の位置が曖昧なため任意として読む'],
    [9, '介護支援事業者名', 'agencyName', T.text, undefined, false, '○ の位置が曖昧なため任意として読む'],
    [10, '介護支援事業者郵便番号', 'agencyPostalCode', POSTAL_CODE, 8, false],
    [11, '介護支援事業者住所１', 'agencyAddress1', T.text, undefined, false],
    [12, '介護支援事業者住所２', 'agencyAddress2', T.text, undefined, false],
    [13, '介護支援事業者コード', 'agencyCode', T.digits(10), 10, true, '居宅支援事業者番号'],
    [14, '居宅サービス計画作成（変更）日', 'planDate', T.date, 8, true],
    [15, '初回居宅サービス計画作成日', 'firstPlanDate', T.date, 8, true],
    [16, '計画書区分', 'planCategory', T.code(PLAN_CATEGORY_CODES), 2, false, '51〜54 は組み合わせ（初回＆紹介 など）'],
    [17, '認定状況区分', 'certStatus', T.code(CERT_STATUS_CODES), 1, false],
    [18, '認定日', 'certDate', T.date, 8, false],
    [19, '認定有効期間開始日', 'certValidFrom', T.date, 8, false],
    [20, '認定有効期間終了日', 'certValidTo', T.date, 8, false],
    [21, '要介護状態区分', 'careLevel', T.code(CARE_LEVEL_CODES_KYOTAKU), 2, false],
    [22, '利用者及び家族の生活に対する意向を踏まえた課題分析の結果', 'assessmentResultWithIntentions', T.text, undefined, false],
    [23, '介護認定審査会の意見及びサービスの種類の指定', 'certBoardOpinion', T.text, undefined, false],
    [24, '総合的な援助の方針', 'overallPolicy', T.text, undefined, false],
    [25, '生活援助中心型の算定理由', 'livingSupportReason', T.code(LIVING_SUPPORT_REASON_CODES), 1, false],
    [26, 'その他理由', 'livingSupportReasonOther', T.text, undefined, false],
    [27, '更新業者コード', 'updaterCode', T.digits(10), 10, false, '居宅支援事業者番号'],
    [28, '識別子', 'identifier', T.str, 1, false, '※使用しない'],
  ]),
};

/**
 * 居宅サービス計画1表_削除（DLT1KYO、No.1〜4、すべて必須）。第2表・第3表も削除される。
 *
 * @source mhlw-careplan-csv-v4 別紙 居宅サービス計画1表_削除
 * @example
 * ```ts
 * DLT1KYO.columns.length; // => 4
 * ```
 */
export const DLT1KYO: FileLayout = {
  prefix: 'DLT1KYO',
  title: '居宅サービス計画1表_削除',
  monthSegment: 'none',
  source: cite('mhlw-careplan-csv-v4', '別紙 居宅サービス計画1表_削除（DLT1KYO）'),
  key: ['insurerNumber', 'insuredNumber', 'planDate'],
  // prettier-ignore
  columns: columns([
    ...HEAD,
    [4, '居宅サービス計画作成（変更）日', 'planDate', T.date, 8, true, '削除する計画の作成（変更）日'],
  ]),
};

/**
 * 居宅サービス計画2表（UP2KYO、No.1〜22）。1行 = 1援助内容。帳票の印刷イメージで出力し、
 * 前の行と同じ課題・長期目標・短期目標（と期間）は空欄にする（読むときは前の行の値で埋める）。
 *
 * @source mhlw-careplan-csv-v4 別紙 居宅サービス計画2表、【居宅介護支援計画書２表の構成について】
 * @example
 * ```ts
 * UP2KYO.repeats?.[0]?.fields; // => ['need']
 * ```
 */
export const UP2KYO: FileLayout = {
  prefix: 'UP2KYO',
  title: '居宅サービス計画2表',
  monthSegment: 'none',
  source: cite('mhlw-careplan-csv-v4', '別紙 居宅サービス計画2表（UP2KYO）'),
  key: ['insurerNumber', 'insuredNumber', 'planDate'],
  repeats: [
    { scope: ['needNo'], fields: ['need'] },
    {
      scope: ['needNo', 'goalNo'],
      fields: ['longTermGoal', 'shortTermGoal', 'longTermPeriod', 'shortTermPeriod'],
    },
  ],
  // prettier-ignore
  columns: columns([
    ...HEAD,
    [4, '居宅計画書作成年月日', 'createdDate', T.date, 8, true],
    [5, '居宅サービス計画作成（変更）日', 'planDate', T.date, 8, true, '第1表との紐づけ'],
    [6, '課題ＮＯ', 'needNo', T.int, 2, false, '1〜99'],
    [7, '課題', 'need', T.text, undefined, false, '生活全般の解決すべき課題（ニーズ）'],
    [8, '援助目標ＮＯ', 'goalNo', T.int, 2, false, '課題に対する援助NO 1〜99'],
    [9, '長期目標', 'longTermGoal', T.text, undefined, false],
    [10, '短期目標', 'shortTermGoal', T.text, undefined, false],
    [11, '長期期間', 'longTermPeriod', T.text, undefined, false],
    [12, '短期期間', 'shortTermPeriod', T.text, undefined, false],
    [13, '援助内容ＮＯ', 'serviceNo', T.int, 2, false, '目標に対する内容NO 1〜99'],
    [14, 'サービス内容', 'serviceContent', T.text, undefined, false],
    [15, '保険対象区分', 'insuranceCovered', T.code(INSURANCE_COVERED_CODES), 1, false],
    [16, 'サービス種別', 'serviceType', T.text, undefined, false],
    [17, 'サービス事業者コード', 'providerCode', T.digits(10), 10, false],
    [18, 'サービス事業所名', 'providerName', T.text, undefined, false],
    [19, '頻度', 'frequency', T.text, undefined, false],
    [20, '実施期間', 'period', T.text, undefined, false],
    [21, '更新業者コード', 'updaterCode', T.digits(10), 10, false, '居宅支援事業者番号'],
    [22, '識別子', 'identifier', T.str, 1, false, '※使用しない'],
  ]),
};

/**
 * 居宅サービス計画3表（週間サービス計画表、UP3KYO、No.1〜13。第4版で追加）。
 * 1行 = サービス × 曜日、または主な日常生活上の活動、または週単位以外のサービス。
 *
 * @source mhlw-careplan-csv-v4 別紙 居宅サービス計画３表、【居宅介護支援計画書３表の構成について】
 * @example
 * ```ts
 * UP3KYO.columns[6]?.name; // => '曜日'
 * ```
 */
export const UP3KYO: FileLayout = {
  prefix: 'UP3KYO',
  title: '居宅サービス計画3表',
  monthSegment: 'none',
  source: cite('mhlw-careplan-csv-v4', '別紙 居宅サービス計画３表（UP3KYO）'),
  key: ['insurerNumber', 'insuredNumber', 'planDate'],
  // prettier-ignore
  columns: columns([
    ...HEAD,
    [4, '週間サービス計画表作成年月日', 'createdDate', T.date, 8, true, '○ の位置が曖昧。必須として扱う'],
    [5, '居宅サービス計画作成（変更）日', 'planDate', T.date, 8, true, '第1表との紐づけ'],
    [6, '介護サービス内容', 'serviceContent', T.text, undefined, false],
    [7, '曜日', 'weekday', T.code(WEEKDAY_CODES), 1, false],
    [8, '開始時間', 'serviceStart', T.time, 4, false, 'HHMM'],
    [9, '終了時間', 'serviceEnd', T.endTime, 4, false, 'HHMM。2400（24:00）も可'],
    [10, '主な日常生活上の活動', 'dailyActivity', T.text, undefined, false],
    [11, '開始時間', 'activityStart', T.time, 4, false, 'HHMM'],
    [12, '終了時間', 'activityEnd', T.endTime, 4, false, 'HHMM。2400（24:00）も可'],
    [13, '週単位以外のサービス', 'nonWeeklyService', T.text, undefined, false],
  ]),
};
