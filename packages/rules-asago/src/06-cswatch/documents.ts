import type { Finding, IsoDate, MissingInput, RuleOutcome } from '@kaigo/core';
import {
  checkDeadline,
  checkDocumentSet,
  cite,
  defineParameter,
  defineRule,
  isoDate,
} from '@kaigo/core';
import { dateField, ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { ASAGO_DOCUMENT_ID, ASAGO_GUIDELINE_DATE } from '../sourceDocument';

/** CSwatch への提出書類1つ。 */
export interface CswatchDocumentSpec {
  /** 入力で使う id。 */
  readonly id: string;
  /** 要領の番号（①〜④）。 */
  readonly no: string;
  /** 書類名（要領の表記）。 */
  readonly label: string;
  /** 番号の見出し（②「介護予防支援計画等」など、複数の書類をまとめた項目）。 */
  readonly group?: string;
  /** `@kaigo/forms` の様式 id（あるもののみ）。 */
  readonly formId?: string;
}

/** CSwatch への提出の定め。 */
export interface CswatchSubmissionValue {
  /** 提出締切。 */
  readonly deadline: IsoDate;
  /** 提出先。 */
  readonly submitTo: string;
  /** 提出する者。 */
  readonly submitters: string;
  /** 提出書類。 */
  readonly documents: readonly CswatchDocumentSpec[];
}

/**
 * CSwatch への提出書類と締切（6月10日）: ①朝来市情報共有シート、②介護予防支援計画等（ケアプラン、
 * サービス担当者会議、利用票、提供票、経過記録）、③サービス提供事業所が作成した個別援助計画、④認定調査票、主治医意見書。
 *
 * 読み方: 締切「6月 10日」に年の記載はないが、6 の手順は令和6年度の取り組み（事業の評価で「令和6年度の取り組みについて
 * 評価し」とある）なので 2024-06-10 と読む。②の括弧内（閉じ括弧が欠けている）は5つとも必要な書類と読む
 * （別の読み: 「等」の例示）。④は2つの書類として数える。
 *
 * @source asago-ikiiki-2024 ６ CSwatchによる『いきいき長生きケアマネジメント』の応援手順 準備 ◎CSwatchへの提出書類
 * @example
 * ```ts
 * CSWATCH_DOCUMENTS.values[0]?.value.deadline; // => '2024-06-10'
 * ```
 */
export const CSWATCH_DOCUMENTS = defineParameter<CswatchSubmissionValue>({
  id: 'asago.cswatchDocuments',
  description: 'CSwatch への提出書類と提出締切',
  unit: '書類',
  citation: cite(
    ASAGO_DOCUMENT_ID,
    '６ 応援手順 準備 ◎CSwatchへの提出書類',
    '①朝来市情報共有シート ②介護予防支援計画等（ケアプラン、サービス担当者会議、利用票、提供票、経過記録 ③サービス提供事業所が作成した個別援助計画 ④認定調査票、主治医意見書／提出締め切り 6月 10日',
  ),
  values: [
    {
      from: isoDate(ASAGO_GUIDELINE_DATE),
      value: {
        deadline: isoDate('2024-06-10'),
        submitTo: 'CSwatch（特定非営利活動法人）',
        submitters: '介護支援専門員全員（介護支援専門員、主任介護支援専門員、事業所管理者を含む）',
        documents: [
          {
            id: 'informationSharingSheet',
            no: '①',
            label: '朝来市情報共有シート',
            formId: 'asago.informationSharingSheet',
          },
          { id: 'carePlan', no: '②', label: 'ケアプラン', group: '介護予防支援計画等' },
          {
            id: 'serviceMeeting',
            no: '②',
            label: 'サービス担当者会議',
            group: '介護予防支援計画等',
          },
          { id: 'usageTicket', no: '②', label: '利用票', group: '介護予防支援計画等' },
          { id: 'provisionTicket', no: '②', label: '提供票', group: '介護予防支援計画等' },
          { id: 'progressRecord', no: '②', label: '経過記録', group: '介護予防支援計画等' },
          {
            id: 'individualServicePlan',
            no: '③',
            label: 'サービス提供事業所が作成した個別援助計画',
          },
          { id: 'certificationSurvey', no: '④', label: '認定調査票' },
          { id: 'physicianOpinion', no: '④', label: '主治医意見書' },
        ],
      },
    },
  ],
  reading:
    '締切の年は令和6年度（2024-06-10）。②の括弧内の5つはすべて必要。別の読み: ②は「等」の例示で、いずれかがあればよい。',
});

/** {@link checkCswatchDocuments} の入力スキーマ。 */
export const cswatchDocumentsInputSchema = z.strictObject({
  /** 提出した書類の id（{@link CSWATCH_DOCUMENTS} の `documents[].id`）。 */
  submitted: z.array(z.string().max(100)).max(100),
  /** 提出日。 */
  submittedOn: dateField({ label: 'CSwatch への提出日' }).optional(),
});

/** {@link checkCswatchDocuments} の入力。 */
export type CswatchDocumentsInput = z.input<typeof cswatchDocumentsInputSchema>;

/** {@link checkCswatchDocuments} の判定。 */
export interface CswatchDocumentsDecision {
  /** 必要な書類がそろっているか。 */
  readonly complete: boolean;
  /** 提出された必要書類の id（要領の順）。 */
  readonly present: readonly string[];
  /** 足りない書類の id（要領の順）。 */
  readonly missing: readonly string[];
  /** 提出締切。 */
  readonly deadline: IsoDate;
  /** 締切までに提出したか（提出日がなければ null）。 */
  readonly onTime: boolean | null;
}

/** 1. 足りない書類（1つずつ error）と、要領にない書類 id（warning。値は表示しない）。 */
function documentFindings(
  docs: CswatchSubmissionValue,
  submitted: readonly string[],
  missing: readonly string[],
): Finding[] {
  const findings: Finding[] = [];
  for (const id of missing) {
    const doc = docs.documents.find((d) => d.id === id);
    findings.push({
      code: 'cswatch.documentMissing',
      severity: 'error',
      message: `${doc?.no ?? ''}${doc?.group ? `${doc.group}の` : ''}「${doc?.label ?? id}」がありません。`,
      path: ['submitted'],
      citation: CSWATCH_DOCUMENTS.citation,
    });
  }
  submitted.forEach((id, i) => {
    if (!docs.documents.some((d) => d.id === id))
      findings.push({
        code: 'cswatch.documentUnknown',
        severity: 'warning',
        message: '要領の提出書類にない書類 id です。',
        path: ['submitted', i],
        citation: CSWATCH_DOCUMENTS.citation,
      });
  });
  return findings;
}

/**
 * CSwatch への提出書類がそろっているか（①〜④の9書類）と、提出締切（令和6年6月10日）までに提出したかを確かめる。
 * 足りない書類は1つずつ error。要領にない id は warning（値は表示しない）。締切後で提出日がなければ不足入力。
 *
 * @source asago-ikiiki-2024 ６ CSwatchによる『いきいき長生きケアマネジメント』の応援手順 準備 ◎CSwatchへの提出書類
 * @example
 * ```ts
 * checkCswatchDocuments({ submitted: ['informationSharingSheet', 'carePlan'], submittedOn: '2024-06-10' }, { referenceDate: '2024-06-11' })
 *   .decision?.missing.length; // => 7
 * ```
 */
export const checkCswatchDocuments = defineRule({
  id: 'asago.cswatchDocuments',
  title: 'CSwatch への提出書類（6月10日締切）',
  description: 'CSwatch への提出書類①〜④がそろっているか、締切までに提出したかを確かめる。',
  sources: [cite(ASAGO_DOCUMENT_ID, '６ 応援手順 準備 ◎CSwatchへの提出書類')],
  input: ruleInput(cswatchDocumentsInputSchema),
  parameters: [CSWATCH_DOCUMENTS],
  examples: [
    {
      title: 'すべてそろえて締切日に提出',
      input: {
        submitted: [
          'informationSharingSheet',
          'carePlan',
          'serviceMeeting',
          'usageTicket',
          'provisionTicket',
          'progressRecord',
          'individualServicePlan',
          'certificationSurvey',
          'physicianOpinion',
        ],
        submittedOn: '2024-06-10',
      },
      context: { referenceDate: '2024-06-11' },
      expect: { status: 'decided', decision: { complete: true, onTime: true } },
    },
    {
      title: '主治医意見書と経過記録が不足、1日遅れ',
      input: {
        submitted: [
          'informationSharingSheet',
          'carePlan',
          'serviceMeeting',
          'usageTicket',
          'provisionTicket',
          'individualServicePlan',
          'certificationSurvey',
        ],
        submittedOn: '2024-06-11',
      },
      context: { referenceDate: '2024-06-12' },
      expect: {
        status: 'decided',
        decision: {
          complete: false,
          missing: ['progressRecord', 'physicianOpinion'],
          onTime: false,
        },
      },
    },
  ],
  evaluate: (data, env): RuleOutcome<CswatchDocumentsDecision> => {
    const docs = env.value(CSWATCH_DOCUMENTS);
    const check = checkDocumentSet(
      docs.documents.map((d) => d.id),
      data.submitted,
    );
    const findings = documentFindings(docs, data.submitted, check.missing);
    const missingInputs: MissingInput[] = [];
    // 2. The deadline: late is an error; after the deadline without a date, the date is missing.
    let onTime: boolean | null = null;
    const submittedOn = data.submittedOn as IsoDate | undefined;
    if (submittedOn !== undefined) {
      const c = checkDeadline(docs.deadline, submittedOn);
      onTime = c.met;
      if (!c.met)
        findings.push({
          code: 'cswatch.late',
          severity: 'error',
          message: `CSwatch への提出が締切（${docs.deadline}）を${c.daysLate}日過ぎています。`,
          path: ['submittedOn'],
          citation: CSWATCH_DOCUMENTS.citation,
        });
    } else if (env.referenceDate > docs.deadline) {
      missingInputs.push({ path: ['submittedOn'], label: 'CSwatch への提出日' });
    }
    const complete = check.missing.length === 0;
    env.trace({
      kind: 'condition',
      code: 'cswatch.complete',
      label: '必要な書類がそろっているか',
      outcome: complete,
    });
    const errors = findings.some((f) => f.severity === 'error');
    if (!errors && missingInputs.length > 0) return { findings, missing: missingInputs };
    const decision: CswatchDocumentsDecision = {
      complete,
      present: check.present,
      missing: check.missing,
      deadline: docs.deadline,
      onTime,
    };
    return { decision, findings, missing: missingInputs };
  },
});
