import { SUPPORT_LEVEL_CODES_YOBO, cite } from '@kaigo/core';
import {
  CERT_STATUS_CODES,
  DELEGATION_CODES,
  NEED_CODES,
  PLAN_CATEGORY_CODES,
  PRESENCE_CODES,
  PREVENTION_PLAN_TYPE_CODES,
} from '@kaigo/forms';
import type { ColumnRow } from '../column';
import { columns } from '../column';
import type { FileLayout } from '../layout';
import { T } from '../types';
import { HEAD } from './common';

// prettier-ignore
const area = (label: string, key: string, first: number): ColumnRow[] => [
  [first, `【${label}】現在の状況`, `areas.${key}.currentStatus`, T.text, undefined, false],
  [first + 1, `【${label}】本人・家族の意欲・意向`, `areas.${key}.intention`, T.text, undefined, false],
  [first + 2, `【${label}】領域における課題の有無`, `areas.${key}.hasIssue`, T.code(PRESENCE_CODES), 1, false],
  [first + 3, `【${label}】領域における課題（背景・原因）`, `areas.${key}.issueBackground`, T.text, undefined, false],
];

const DOMAINS = [
  ['運動不足', 'exercise'],
  ['栄養改善', 'nutrition'],
  ['口腔内ケア', 'oral'],
  ['閉じこもり予防', 'housebound'],
  ['物忘れ予防', 'memory'],
  ['うつ予防', 'depression'],
] as const;

/**
 * 介護予防サービス・支援計画書（UPYOBO、No.1〜57）。1計画につき1行。
 *
 * @source mhlw-careplan-csv-v4 別紙 介護予防サービス・支援計画書
 * @example
 * ```ts
 * UPYOBO.columns[11]?.name; // => '計画書区分'
 * ```
 */
export const UPYOBO: FileLayout = {
  prefix: 'UPYOBO',
  title: '介護予防サービス・支援計画書',
  monthSegment: 'none',
  source: cite('mhlw-careplan-csv-v4', '別紙 介護予防サービス・支援計画書（UPYOBO）'),
  key: ['insurerNumber', 'insuredNumber', 'planDate'],
  // prettier-ignore
  columns: columns([
    ...HEAD,
    [4, '計画作成(変更)日', 'planDate', T.date, 8, true],
    [5, '計画種類', 'planType', T.code(PREVENTION_PLAN_TYPE_CODES), 1, true],
    [6, '委託の有無', 'delegation', T.code(DELEGATION_CODES), 1, false, '○ の列が判読できないため任意として読む'],
    [7, '整理番号', 'referenceNumber', T.text, undefined, false],
    [8, '利用者名', 'userName', T.text, undefined, true],
    [9, '認定年月日', 'certDate', T.date, 8, false],
    [10, '認定有効期間開始日', 'certValidFrom', T.date, 8, false],
    [11, '認定有効期間終了日', 'certValidTo', T.date, 8, false],
    [12, '計画書区分', 'planCategory', T.code(PLAN_CATEGORY_CODES), 2, false, '51〜54 は組み合わせ（初回＆紹介 など）'],
    [13, '認定状況区分', 'certStatus', T.code(CERT_STATUS_CODES), 1, false],
    [14, '要支援状態区分', 'supportLevel', T.code(SUPPORT_LEVEL_CODES_YOBO), 1, false],
    [15, '計画作成者氏名（地域包括支援センター担当者名）', 'centerStaffName', T.text, undefined, false],
    [16, '計画作成者氏名（担当介護支援専門員名）', 'careManagerName', T.text, undefined, false],
    [17, '計画作成者事業者・事業所名', 'authorOfficeName', T.text, undefined, false],
    [18, '計画作成者事業者・事業所住所', 'authorOfficeAddress', T.text, undefined, false],
    [19, '計画作成者事業者・事業所電話番号', 'authorOfficePhone', T.str, 15, false],
    [20, '初回作成日', 'firstPlanDate', T.date, 8, false],
    [21, '担当地域包括支援センター', 'responsibleCenter', T.text, undefined, false],
    [22, '目標とする生活(1日)', 'targetLifeDay', T.text, undefined, false],
    [23, '目標とする生活(1年)', 'targetLifeYear', T.text, undefined, false],
    ...area('運動・移動', 'mobility', 24),
    ...area('日常生活(家庭生活)', 'dailyLife', 28),
    ...area('社会参加、対人関係・コミュニケーション', 'social', 32),
    ...area('健康管理', 'health', 36),
    [40, '健康状態の留意点', 'healthNotes', T.text, undefined, false],
    [41, '妥当な支援の実施に向けた方針', 'policyWhenIdealSupportUnavailable', T.text, undefined, false],
    [42, '総合的な方針', 'overallPolicy', T.text, undefined, false],
    ...DOMAINS.map(([label, key], i): ColumnRow => [
      43 + i,
      `基本チェックリストの該当数(${label})`,
      `checklistCounts.${key}`,
      T.int,
      1,
      false,
    ]),
    ...DOMAINS.map(([label, key], i): ColumnRow => [
      49 + i,
      `事業プログラムの要否(${label})`,
      `programNeeded.${key}`,
      T.code(NEED_CODES),
      1,
      false,
    ]),
    [55, '地域包括支援センター意見', 'centerOpinion', T.text, undefined, false],
    [56, '同意日', 'consentDate', T.date, 8, false],
    [57, '同意者氏名', 'consentName', T.text, undefined, false],
  ]),
};

/**
 * 介護予防サービス・支援計画書（別表）支援計画（UPYOBO_SUB、No.1〜17）。
 * 1行 = 課題 × 支援計画 × 利用サービス。同じ課題ＮＯの2行目以降は No.6〜9 を、同じ支援計画ＮＯの
 * 2行目以降は No.11〜13 を空欄にする（ＮＯ以外は最初の行のみ）。
 *
 * @source mhlw-careplan-csv-v4 別紙 介護予防サービス・支援計画書（別表）支援計画、■標準様式における記載例
 * @example
 * ```ts
 * UPYOBO_SUB.repeats?.length; // => 2
 * ```
 */
export const UPYOBO_SUB: FileLayout = {
  prefix: 'UPYOBO_SUB',
  title: '介護予防サービス・支援計画書（別表）支援計画',
  monthSegment: 'none',
  source: cite(
    'mhlw-careplan-csv-v4',
    '別紙 介護予防サービス・支援計画書（別表）支援計画（UPYOBO_SUB）',
  ),
  key: ['insurerNumber', 'insuredNumber', 'planDate'],
  parent: 'UPYOBO',
  repeats: [
    {
      scope: ['issueNo'],
      fields: ['comprehensiveIssue', 'goalAndMeasureProposal', 'intentionOnMeasures', 'goal'],
    },
    {
      scope: ['issueNo', 'supportPlanNo'],
      fields: ['supportPoint', 'selfCareFamilyInformal', 'insuranceOrProgramService'],
    },
  ],
  // prettier-ignore
  columns: columns([
    ...HEAD,
    [4, '計画作成(変更)日', 'planDate', T.date, 8, true, '紐づく計画書の計画作成(変更)日'],
    [5, '課題ＮＯ', 'issueNo', T.int, 2, false, '原文はフリーテキストと記すが2桁の番号として読む'],
    [6, '総合的課題', 'comprehensiveIssue', T.text, undefined, false],
    [7, '課題に対する目標と具体策の提案', 'goalAndMeasureProposal', T.text, undefined, false],
    [8, '具体策についての意向本人・家族', 'intentionOnMeasures', T.text, undefined, false],
    [9, '目標', 'goal', T.text, undefined, false],
    [10, '支援計画ＮＯ', 'supportPlanNo', T.int, 2, false],
    [11, '【支援計画】目標についての支援のポイント', 'supportPoint', T.text, undefined, false],
    [12, '【支援計画】本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）', 'selfCareFamilyInformal', T.text, undefined, false],
    [13, '【支援計画】介護保険サービス又は地域支援事業（総合事業のサービス）', 'insuranceOrProgramService', T.text, undefined, false],
    [14, '利用サービスＮＯ', 'serviceNo', T.int, 2, false],
    [15, '【利用サービス】サービス種別', 'serviceType', T.text, undefined, false],
    [16, '【利用サービス】事業所(利用先)', 'provider', T.text, undefined, false],
    [17, '【利用サービス】期間', 'period', T.text, undefined, false],
  ]),
};

/**
 * 介護予防サービス・支援計画書_削除（DLTYOBO、No.1〜4、すべて必須）。別表も削除される。
 *
 * @source mhlw-careplan-csv-v4 別紙 介護予防サービス・支援計画書_削除
 * @example
 * ```ts
 * DLTYOBO.columns[3]?.key; // => 'planDate'
 * ```
 */
export const DLTYOBO: FileLayout = {
  prefix: 'DLTYOBO',
  title: '介護予防サービス・支援計画書_削除',
  monthSegment: 'none',
  source: cite('mhlw-careplan-csv-v4', '別紙 介護予防サービス・支援計画書_削除（DLTYOBO）'),
  key: ['insurerNumber', 'insuredNumber', 'planDate'],
  // prettier-ignore
  columns: columns([
    ...HEAD,
    [4, '計画作成(変更)日', 'planDate', T.date, 8, true, '削除する計画書の計画作成(変更)日'],
  ]),
};
