import { cite, defineParameter } from '@kaigo/core';
import { ISEHARA_DOCUMENT, ISEHARA_FROM } from '../../document';

/** 事前提出書類の種類の id。 */
export const PRE_SUBMISSION_KINDS = [
  'selfCheckSheet',
  'basicInformation',
  'assessment',
  'issueSummary',
  'carePlanTable1',
  'carePlanTable2',
  'carePlanTable3',
  'monitoring',
  'evaluation',
  'serviceMeeting',
  'serviceUseSlip',
  'serviceUseSlipAnnex',
] as const;

/** 事前提出書類の種類。 */
export type PreSubmissionKind = (typeof PRE_SUBMISSION_KINDS)[number];

/**
 * 事前提出書類1種類の定義。
 * - `recency`: `latestCount`（直近 N 回分。N は {@link monitoringCount}）、`withinMonths`（直近 N カ月以内。
 *   N は {@link evaluationWithinMonths}）、`latestMonth`（直近の月）、`none`（新旧の要件なし）。
 * - `copyOfExisting`: 既にあるものの写し（「②④⑤⑥⑦⑧は既にあるものの写し」）。写しでないもの（①③）は点検のために作成する。
 */
export interface PreSubmissionItem {
  /** 種類の id。 */
  readonly kind: PreSubmissionKind;
  /** 書類名（原文の表記）。 */
  readonly label: string;
  /** 原文の番号（①〜⑧）。 */
  readonly item: string;
  /** 既にあるものの写しか。 */
  readonly copyOfExisting: boolean;
  /** 新しさの要件。 */
  readonly recency: 'none' | 'latestCount' | 'withinMonths' | 'latestMonth';
  /** 原文の注記。 */
  readonly note?: string;
}

/**
 * 提出書類（事前）の一覧。②「基本情報（フェイスシート）・アセスメント（課題分析表）」、④「第１表から第３表まで」、
 * ⑧「サービス利用票・別表」は書類ごとに分けて数える。
 *
 * @source isehara-tenken-2024 ４（５）
 */
export const preSubmissionDocuments = defineParameter<readonly PreSubmissionItem[]>({
  id: 'isehara.preSubmission.documents',
  description: '提出書類（事前）の一覧',
  citation: cite(ISEHARA_DOCUMENT, '４（５）', '提出書類（事前）'),
  values: [
    {
      from: ISEHARA_FROM,
      value: [
        {
          kind: 'selfCheckSheet',
          label: 'ケアプラン自己チェック表',
          item: '①',
          copyOfExisting: false,
          recency: 'none',
        },
        {
          kind: 'basicInformation',
          label: '基本情報（フェイスシート）',
          item: '②',
          copyOfExisting: true,
          recency: 'none',
        },
        {
          kind: 'assessment',
          label: 'アセスメント（課題分析表）',
          item: '②',
          copyOfExisting: true,
          recency: 'none',
        },
        {
          kind: 'issueSummary',
          label: 'アセスメント総括表（課題整理総括表）',
          item: '③',
          copyOfExisting: false,
          recency: 'none',
          note: '神奈川県介護支援専門員協会開発様式（改変）を使用する。厚生労働省の参考様式（2014年6月17日頒布）での提出も可。',
        },
        {
          kind: 'carePlanTable1',
          label: '居宅・施設サービス計画書（第１表）',
          item: '④',
          copyOfExisting: true,
          recency: 'none',
        },
        {
          kind: 'carePlanTable2',
          label: '居宅・施設サービス計画書（第２表）',
          item: '④',
          copyOfExisting: true,
          recency: 'none',
        },
        {
          kind: 'carePlanTable3',
          label: '居宅・施設サービス計画書（第３表）',
          item: '④',
          copyOfExisting: true,
          recency: 'none',
        },
        {
          kind: 'monitoring',
          label: 'モニタリング表',
          item: '⑤',
          copyOfExisting: true,
          recency: 'latestCount',
          note: '直近３回分',
        },
        {
          kind: 'evaluation',
          label: '評価表',
          item: '⑥',
          copyOfExisting: true,
          recency: 'withinMonths',
          note: '直近6カ月以内に行った長期目標や短期目標についての評価表',
        },
        {
          kind: 'serviceMeeting',
          label: 'サービス担当者会議の要点',
          item: '⑦',
          copyOfExisting: true,
          recency: 'none',
          note: '提出プランの協議を行ったもの',
        },
        {
          kind: 'serviceUseSlip',
          label: 'サービス利用票',
          item: '⑧',
          copyOfExisting: true,
          recency: 'latestMonth',
          note: '直近の月を提出',
        },
        {
          kind: 'serviceUseSlipAnnex',
          label: 'サービス利用票別表',
          item: '⑧',
          copyOfExisting: true,
          recency: 'latestMonth',
          note: '直近の月を提出',
        },
      ],
    },
  ],
  reading:
    '原文の番号は抽出で「1」「5」などと崩れているが、①〜⑧と読む。②の「本情報（フェイスシート）」は「基本情報」の抽出漏れと読む。「②④⑤⑥⑦⑧は既にあるものの写し」は文書末尾にあるが、' +
    '４（５）の一覧への注記と読む（①自己チェック表と③課題整理総括表は点検のために作成するもの）。',
});

/**
 * モニタリング表の通数「直近３回分」。
 *
 * @source isehara-tenken-2024 ４（５）⑤
 */
export const monitoringCount = defineParameter<number>({
  id: 'isehara.preSubmission.monitoringCount',
  description: 'モニタリング表の提出通数（直近の回数）',
  unit: '回分',
  citation: cite(ISEHARA_DOCUMENT, '４（５）⑤', 'モニタリング表（直近３回分）'),
  values: [{ from: ISEHARA_FROM, value: 3 }],
});

/**
 * 評価表の期間「直近6カ月以内に行った」。
 *
 * @source isehara-tenken-2024 ４（５）⑥
 */
export const evaluationWithinMonths = defineParameter<number>({
  id: 'isehara.preSubmission.evaluationWithinMonths',
  description: '評価表の実施時期（基準日から遡る月数）',
  unit: 'か月',
  citation: cite(
    ISEHARA_DOCUMENT,
    '４（５）⑥',
    '評価表（直近6カ月以内に行った長期目標や短期目標についての評価表）',
  ),
  values: [{ from: ISEHARA_FROM, value: 6 }],
  reading:
    '「直近6カ月以内」は基準日（提出書類をそろえる日。郵送日「前月末日」を渡すのが自然）から遡って6か月の応当日以降' +
    '（両端を含む）と読む。応当日がない月は末日（core の addMonths: 8月31日の6か月前は2月末日）。' +
    '別の読み: 面談日を起点にする。起点は呼び出し側が基準日で選べる。最新の評価表であることまでは求めていないと読む。',
});

/** 課題整理総括表の様式。 */
export const ISSUE_SUMMARY_FORMS = ['kanagawaCmaModified', 'mhlw2014', 'other'] as const;

/** 課題整理総括表の様式の種類。 */
export type IssueSummaryForm = (typeof ISSUE_SUMMARY_FORMS)[number];

/**
 * 課題整理総括表として認められる様式: 神奈川県介護支援専門員協会開発様式（改変）、厚生労働省の参考様式（2014年6月17日頒布）。
 *
 * @source isehara-tenken-2024 ４（５）③
 */
export const acceptedIssueSummaryForms = defineParameter<readonly IssueSummaryForm[]>({
  id: 'isehara.preSubmission.issueSummaryForms',
  description: '課題整理総括表として認められる様式',
  citation: cite(
    ISEHARA_DOCUMENT,
    '４（５）③',
    '神奈川県介護支援専門員協会開発様式（改変）を使用する。＊厚生労働省の参考様式（2014年6月17日頒布）での提出も可。',
  ),
  values: [{ from: ISEHARA_FROM, value: ['kanagawaCmaModified', 'mhlw2014'] }],
});
