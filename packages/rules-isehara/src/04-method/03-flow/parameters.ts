import { cite, defineParameter, isoDate } from '@kaigo/core';
import type { DeadlineRule, IsoDate } from '@kaigo/core';
import { ISEHARA_DOCUMENT, ISEHARA_FROM } from '../../document';

/**
 * 月次スケジュールの1段階の定義（面談月を基準にした時期）。
 * `timing` が `null` のものは「随時」（日付を決めない）。
 */
export interface MonthlyStepDefinition {
  /** 段階の id。 */
  readonly id: 'notice' | 'mailing' | 'interview' | 'results' | 'resubmission' | 'reportToCity';
  /** 表の番号（1〜6）。 */
  readonly no: number;
  /** 原文の時期の表記。 */
  readonly phrase: string;
  /** 内容。 */
  readonly label: string;
  /** 誰が行うか。 */
  readonly actor: string;
  /** 面談月の1日から見た時期（`null` は随時）。 */
  readonly timing: DeadlineRule | null;
  /** 「頃」「前後」の付いた目安の日付か。 */
  readonly approximate: boolean;
}

/**
 * 月次スケジュール（予定）。時期は面談月を基準に読む（「前月」「面談月」「翌々月」はいずれも面談月から見た月）。
 *
 * @source isehara-tenken-2024 ４（３）月次スケジュール（予定）
 */
export const monthlySteps = defineParameter<readonly MonthlyStepDefinition[]>({
  id: 'isehara.schedule.monthlySteps',
  description: 'ケアプラン点検の月次スケジュール（面談月を基準とする各段階の時期）',
  citation: cite(ISEHARA_DOCUMENT, '４（３）月次スケジュール（予定）'),
  values: [
    {
      from: ISEHARA_FROM,
      value: [
        {
          id: 'notice',
          no: 1,
          phrase: '前月１日頃',
          label: '委託先（介護の未来）から対象ケアマネジャーへ通知書類を発送',
          actor: '委託先',
          timing: { kind: 'dayOfMonth', monthOffset: -1, day: 1 },
          approximate: true,
        },
        {
          id: 'mailing',
          no: 2,
          phrase: '前月末日',
          label: '対象ケアマネジャーが委託先（介護の未来）に提出書類を郵送',
          actor: '対象ケアマネジャー',
          timing: { kind: 'endOfMonth', monthOffset: -1 },
          approximate: false,
        },
        {
          id: 'interview',
          no: 3,
          phrase: '面談月15日前後',
          label: '事業所面談（面談場所：伊勢原市役所）',
          actor: '点検（確認）従事者・対象ケアマネジャー',
          timing: { kind: 'dayOfMonth', monthOffset: 0, day: 15 },
          approximate: true,
        },
        {
          id: 'results',
          no: 4,
          phrase: '面談月25日頃',
          label: '委託先（介護の未来）から対象ケアマネジャーにケアプラン点検結果を送付',
          actor: '委託先',
          timing: { kind: 'dayOfMonth', monthOffset: 0, day: 25 },
          approximate: true,
        },
        {
          id: 'resubmission',
          no: 5,
          phrase: '翌々月25日頃',
          label:
            '対象ケアマネジャーがケアプラン点検後に作成したケアプランを委託先（介護の未来）に提出',
          actor: '対象ケアマネジャー',
          timing: { kind: 'dayOfMonth', monthOffset: 2, day: 25 },
          approximate: true,
        },
        {
          id: 'reportToCity',
          no: 6,
          phrase: '随時',
          label: '③④⑤について委託先（介護の未来）から市へ報告書を提出',
          actor: '委託先',
          timing: null,
          approximate: true,
        },
      ],
    },
  ],
  reading:
    '「前月」「面談月」「翌々月」はいずれも表の基準である面談月から見た月と読む（翌々月 = 面談月の2か月後）。' +
    '「頃」「前後」の付いた日は目安（approximate）として示す。「前月末日」は目安の語がないので確定日とする。',
});

/** 1「前月１日頃」に委託先から対象ケアマネジャーへ発送する通知書類の1点。 */
export interface NoticeDocument {
  /** 原文の番号（１〜５）。 */
  readonly no: number;
  /** 書類名（原文の表記。抽出の誤りもそのまま）。 */
  readonly label: string;
}

/**
 * 月次スケジュール 1「前月１日頃 委託先（介護の未来）から対象ケアマネジャーへ通知書類を発送」の通知書類
 * １〜５（原文の順）。
 *
 * @source isehara-tenken-2024 ４（３）月次スケジュール 1
 */
export const noticeDocuments = defineParameter<readonly NoticeDocument[]>({
  id: 'isehara.schedule.noticeDocuments',
  description: '通知書類（月次スケジュール 1 で委託先から対象ケアマネジャーへ発送する書類）',
  citation: cite(
    ISEHARA_DOCUMENT,
    '４（３）月次スケジュール 1',
    '委託先（介護の未来）から対象ケアマネジャーへ通知書類を発送',
  ),
  values: [
    {
      from: ISEHARA_FROM,
      value: [
        { no: 1, label: 'ケアプラン点検の実施について（通知）' },
        { no: 2, label: '個人情報使用同意書' },
        { no: 3, label: 'ケアプラン点検事業について（お願い）' },
        { no: 4, label: '課題整理総括表のデータ頌布と提出について' },
        { no: 5, label: '課題整理総括表（原紙）記入例）' },
      ],
    },
  ],
  reading:
    '表の 1「前月１日頃」の行の下に並ぶ１〜５を、その行で発送する「通知書類」と読む（5点）。書類名は原文どおり' +
    '（４の「頌布」は「頒布」、５の括弧は抽出で崩れていると思われるが、直さない）。５「課題整理総括表（原紙）記入例）」は' +
    '番号が1つなので1点（原紙と記入例の組）と数える。別の読み: 原紙と記入例を別の2点とする（値の一覧を6点にする）。' +
    '年間スケジュールの第１回（令和６年４月８日）の通知も同じ書類と読む（原文は書類を月次スケジュールにだけ書いている）。',
});

/** ４（８）の再提出の期限の定義。 */
export interface ResubmissionDeadlineDefinition {
  /** 原文の表記。 */
  readonly phrase: string;
  /** 面談月の1日から見た期限。 */
  readonly timing: DeadlineRule;
  /** 目安の日付か（「約1カ月後」）。 */
  readonly approximate: boolean;
  /** 提出先。 */
  readonly recipient: string;
}

/**
 * ４（８）の再提出の期限「事業所面談の翌月（約1カ月後）までに市へ提出する」。
 *
 * @source isehara-tenken-2024 ４（８）
 */
export const resubmissionDeadline = defineParameter<ResubmissionDeadlineDefinition>({
  id: 'isehara.schedule.resubmissionDeadline',
  description: '点検（面談）後に作成したケアプランの再提出期限（４（８）の文言）',
  citation: cite(ISEHARA_DOCUMENT, '４（８）', '事業所面談の翌月（約1カ月後）までに市へ提出する'),
  values: [
    {
      from: ISEHARA_FROM,
      value: {
        phrase: '事業所面談の翌月（約1カ月後）までに',
        timing: { kind: 'endOfMonth', monthOffset: 1 },
        approximate: true,
        recipient: '市',
      },
    },
  ],
  reading:
    '「翌月…までに」を面談月の翌月の末日までと読む（最も文字どおりの読み）。「（約1カ月後）」があるので目安として示す。' +
    '別の読み: 面談日の1か月後の応当日（面談月15日前後なら翌月15日前後）。' +
    '月次スケジュールの「翌々月25日頃」（委託先に提出）とは月が1つ違い、原文からはどちらかに寄せられないので、両方の日付を返す。',
});

/** 年間スケジュールの1項目。日付は期間（両端を含む）で持ち、1日だけのものは `from` と `to` が同じ。 */
export interface AnnualEvent {
  /** 項目の id。 */
  readonly id: 'briefing' | 'firstNotice' | 'notice' | 'interviews' | 'report';
  /** 内容。 */
  readonly label: string;
  /** 原文の時期の表記。 */
  readonly phrase: string;
  /** 初日。 */
  readonly from: IsoDate;
  /** 末日（期限のものは期限日）。 */
  readonly to: IsoDate;
  /** 目安・予定の日付か（「予定」「目安」、月だけの表記）。 */
  readonly approximate: boolean;
  /** 節。 */
  readonly section: string;
}

/**
 * 令和6年度の年間スケジュール。
 *
 * @source isehara-tenken-2024 ４（３）年間スケジュール、５
 */
export const annualEvents = defineParameter<readonly AnnualEvent[]>({
  id: 'isehara.schedule.annualEvents',
  description: '令和6年度 ケアプラン点検の年間スケジュール',
  citation: cite(ISEHARA_DOCUMENT, '４（３）年間スケジュール'),
  values: [
    {
      from: ISEHARA_FROM,
      value: [
        {
          id: 'briefing',
          label: '伊勢原市ケアプラン点検説明会',
          phrase: '令和６年３月予定',
          from: isoDate('2024-03-01'),
          to: isoDate('2024-03-31'),
          approximate: true,
          section: '４（３）年間スケジュール 1',
        },
        {
          id: 'firstNotice',
          label: '第１回ケアプラン点検対象事業所及びケアマネジャーへ通知（発送）',
          phrase: '令和６年４月８日',
          from: isoDate('2024-04-08'),
          to: isoDate('2024-04-08'),
          approximate: false,
          section: '４（３）年間スケジュール 2',
        },
        ...(['2024-06-01', '2024-08-01', '2024-10-01'] as const).map((d): AnnualEvent => ({
          id: 'notice',
          label: '対象事業所及びケアマネジャーへ通知',
          phrase: '以後偶数月の１日を目安に',
          from: isoDate(d),
          to: isoDate(d),
          approximate: true,
          section: '４（３）年間スケジュール 2',
        })),
        {
          id: 'interviews',
          label: '事業所面談',
          phrase: '令和６年５月～令和６年１１月',
          from: isoDate('2024-05-01'),
          to: isoDate('2024-11-30'),
          approximate: false,
          section: '４（３）年間スケジュール 3',
        },
        {
          id: 'report',
          label: '報告書作成（ケアプラン点検事業の実績報告を市へ報告）',
          phrase: '令和７年３月／令和７年３月末日までに',
          from: isoDate('2025-03-01'),
          to: isoDate('2025-03-31'),
          approximate: false,
          section: '４（３）年間スケジュール 4、５',
        },
      ],
    },
  ],
  reading:
    '「以後偶数月の１日を目安に」は終わりが書かれていないため、事業所面談の期間（〜令和６年１１月）の中の偶数月' +
    '（6月・8月・10月）の1日とした。説明会は「予定」で月だけなので、その月全体を目安の期間として示す。',
});

/** 事業所面談を行う期間（年月）。 */
export interface InterviewPeriod {
  /** 最初の面談月（YYYY-MM）。 */
  readonly from: string;
  /** 最後の面談月（YYYY-MM）。 */
  readonly to: string;
}

/**
 * 事業所面談の期間「令和６年５月～令和６年１１月」。
 *
 * @source isehara-tenken-2024 ４（３）年間スケジュール 3
 */
export const interviewPeriod = defineParameter<InterviewPeriod>({
  id: 'isehara.schedule.interviewPeriod',
  description: '事業所面談の期間（面談月の範囲）',
  citation: cite(
    ISEHARA_DOCUMENT,
    '４（３）年間スケジュール 3',
    '令和６年５月～令和６年１１月　事業所面談',
  ),
  values: [{ from: ISEHARA_FROM, value: { from: '2024-05', to: '2024-11' } }],
});
