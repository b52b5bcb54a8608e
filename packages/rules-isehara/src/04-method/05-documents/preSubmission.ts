import { checkDatedDocumentSet, cite, defineRule, describeDatedDocumentProblem } from '@kaigo/core';
import type {
  Citation,
  DatedDocumentRequirementCheck,
  DatedDocumentProblem,
  DatedDocumentRequirement,
  Finding,
  IsoDate,
  MissingInput,
} from '@kaigo/core';
import { booleanField, dateField, enumField, ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { ISEHARA_DOCUMENT } from '../../document';
import {
  ISSUE_SUMMARY_FORMS,
  PRE_SUBMISSION_KINDS,
  acceptedIssueSummaryForms,
  evaluationWithinMonths,
  monitoringCount,
  preSubmissionDocuments,
} from './parameters';
import type { IssueSummaryForm, PreSubmissionItem, PreSubmissionKind } from './parameters';

/** 提出書類1通（事前）。 */
export interface PreSubmissionDocument {
  /** 書類の種類。 */
  readonly kind: PreSubmissionKind;
  /** 書類の日付（モニタリング・評価の実施日、会議の開催日など。サービス利用票・別表は対象月の任意の日、例えば1日）。 */
  readonly date?: string | undefined;
  /** 課題整理総括表の様式（課題整理総括表のみ）。 */
  readonly issueSummaryForm?: IssueSummaryForm | undefined;
  /** 提出プランの協議を行ったサービス担当者会議の要点か（サービス担当者会議の要点のみ）。 */
  readonly discussesSubmittedPlan?: boolean | undefined;
}

/** 提出書類1通（事前）のスキーマ。 */
export const preSubmissionDocumentSchema: z.ZodType<PreSubmissionDocument> = z.strictObject({
  kind: enumField(PRE_SUBMISSION_KINDS, { label: '書類の種類' }),
  date: dateField({ label: '書類の日付' }).optional(),
  issueSummaryForm: enumField(ISSUE_SUMMARY_FORMS, { label: '課題整理総括表の様式' }).optional(),
  discussesSubmittedPlan: booleanField({ label: '提出プランの協議を行ったものか' }).optional(),
});

/** ある種類の書類として存在するもの（提出したものを含む）の日付の一覧。 */
export interface PreSubmissionInventory {
  /** 書類の種類。 */
  readonly kind: PreSubmissionKind;
  /** 存在する書類の日付。 */
  readonly dates: readonly string[];
}

/** 存在する書類の一覧（1種類分）のスキーマ。 */
export const preSubmissionInventorySchema: z.ZodType<PreSubmissionInventory> = z.strictObject({
  kind: enumField(PRE_SUBMISSION_KINDS, { label: '書類の種類' }),
  dates: z.array(dateField({ label: '書類の日付' })).max(500),
});

/**
 * 事前提出書類の判定の入力。「直近」の判定（モニタリング表・サービス利用票・別表）には、その種類の `inventory` が必要
 * （ない種類は「他に新しいものがあるか分からない」ので未決）。
 */
export interface PreSubmissionInput {
  /** 提出する書類。 */
  readonly documents: readonly PreSubmissionDocument[];
  /** ケースの記録に存在する書類の一覧（種類ごと。任意）。 */
  readonly inventory?: readonly PreSubmissionInventory[] | undefined;
}

/** 事前提出書類の判定の入力のスキーマ。 */
export const preSubmissionInputSchema: z.ZodType<PreSubmissionInput> = z.strictObject({
  documents: withMeta(z.array(preSubmissionDocumentSchema).max(200), { label: '提出書類' }),
  inventory: withMeta(z.array(preSubmissionInventorySchema).max(50), {
    label: '存在する書類の一覧',
  }).optional(),
});

/** 書類1種類の判定。 */
export interface PreSubmissionItemCheck {
  /** 種類の id。 */
  readonly kind: PreSubmissionKind;
  /** 書類名。 */
  readonly label: string;
  /** 原文の番号。 */
  readonly item: string;
  /** 既にあるものの写しか。 */
  readonly copyOfExisting: boolean;
  /** 提出された通数。 */
  readonly submittedCount: number;
  /** 存在する通数（一覧があるとき）。 */
  readonly existingCount?: number;
  /** 不備のコード（`missing`・`tooFew`・`tooOld`・`afterReferenceDate`・`notLatest`・`formNotAccepted`・`notForSubmittedPlan`）。 */
  readonly problems: readonly string[];
  /** 要件を満たすか（判定できなければ undefined）。 */
  readonly satisfied: boolean | undefined;
}

/** 事前提出書類の判定。 */
export interface PreSubmissionCheck {
  /** 一式がそろっているか。 */
  readonly complete: boolean;
  /** 書類ごとの判定（原文の順）。 */
  readonly items: readonly PreSubmissionItemCheck[];
}

function requirementOf(
  item: PreSubmissionItem,
  count: number,
  months: number,
): DatedDocumentRequirement {
  const base = { kind: item.kind, label: item.label };
  switch (item.recency) {
    case 'latestCount':
      return { ...base, count, latest: true };
    case 'withinMonths':
      return { ...base, withinMonths: months };
    case 'latestMonth':
      return { ...base, latest: true, granularity: 'month' };
    case 'none':
      return base;
  }
}

function problemPath(p: DatedDocumentProblem): (string | number)[] {
  return p.kind === 'tooOld' || p.kind === 'afterReferenceDate'
    ? ['documents', p.index, 'date']
    : ['documents'];
}

/** 1種類の判定の途中経過: 不備のコード、指摘、不足入力。 */
interface ItemNotes {
  readonly problems: string[];
  readonly findings: Finding[];
  readonly missing: MissingInput[];
}

/** 書類の組の照合（core）の結果を、伊勢原市の指摘（出典つき）と不足入力にする。 */
function datedItemNotes(
  item: PreSubmissionItem,
  c: DatedDocumentRequirementCheck,
  count: number,
  citation: Citation,
): ItemNotes {
  const notes: ItemNotes = { problems: [], findings: [], missing: [] };
  for (const problem of c.problems) {
    notes.problems.push(problem.kind);
    notes.findings.push({
      code: `isehara.preSubmission.${problem.kind}`,
      severity: 'error',
      message: describeDatedDocumentProblem(item.label, problem),
      path: problemPath(problem),
      citation,
    });
  }
  for (const u of c.undecided)
    notes.missing.push(
      u.kind === 'date'
        ? { path: ['documents', u.index, 'date'], label: `${item.label}の日付` }
        : {
            path: ['inventory'],
            label: `存在する${item.label}の一覧（直近かどうかの判定に必要）`,
          },
    );
  if (item.recency === 'latestCount' && c.existingCount !== undefined && c.existingCount < count)
    notes.findings.push({
      code: 'isehara.preSubmission.fewerExist',
      severity: 'info',
      message: `存在する${item.label}は${c.existingCount}通で、直近${count}回分に足りません。`,
      path: ['inventory'],
      citation,
    });
  return notes;
}

/**
 * 市が定めた書類の属性（課題整理総括表の様式、提出プランの協議を行った会議か）の判定。どれか1通が満たせば満たす、
 * 満たすものがなく未入力があれば未決、すべて満たさなければ不備。
 */
function attributeCheck<V>(
  docs: readonly PreSubmissionDocument[],
  indices: readonly number[],
  read: (d: PreSubmissionDocument | undefined) => V | undefined,
  accepted: (v: V) => boolean,
  missingInput: (i: number) => MissingInput,
): { extra: boolean | undefined; missing: MissingInput[] } {
  const values = indices.map((i) => read(docs[i]));
  if (values.some((v) => v !== undefined && accepted(v))) return { extra: true, missing: [] };
  const unknown = indices.filter((i) => read(docs[i]) === undefined);
  if (unknown.length > 0) return { extra: undefined, missing: unknown.map(missingInput) };
  return { extra: false, missing: [] };
}

/** 課題整理総括表の様式（認められる様式か）と、サービス担当者会議の要点（提出プランの協議か）。 */
function cityAttributeNotes(
  item: PreSubmissionItem,
  docs: readonly PreSubmissionDocument[],
  forms: readonly IssueSummaryForm[],
  citation: Citation,
  notes: ItemNotes,
): boolean | undefined {
  const indices = docs.flatMap((d, i) => (d.kind === item.kind ? [i] : []));
  if (indices.length === 0) return true;
  if (item.kind === 'issueSummary') {
    const r = attributeCheck(
      docs,
      indices,
      (d) => d?.issueSummaryForm,
      (v) => forms.includes(v),
      (i) => ({ path: ['documents', i, 'issueSummaryForm'], label: '課題整理総括表の様式' }),
    );
    notes.missing.push(...r.missing);
    if (r.extra === false) {
      notes.problems.push('formNotAccepted');
      notes.findings.push({
        code: 'isehara.preSubmission.formNotAccepted',
        severity: 'error',
        message:
          '課題整理総括表は、神奈川県介護支援専門員協会開発様式（改変）または厚生労働省の参考様式（2014年6月17日頒布）で提出してください。',
        path: ['documents', indices[0] ?? 0, 'issueSummaryForm'],
        citation: acceptedIssueSummaryForms.citation,
      });
    }
    return r.extra;
  }
  if (item.kind === 'serviceMeeting') {
    const r = attributeCheck(
      docs,
      indices,
      (d) => d?.discussesSubmittedPlan,
      (v) => v,
      (i) => ({
        path: ['documents', i, 'discussesSubmittedPlan'],
        label: 'サービス担当者会議の要点が提出プランの協議を行ったものか',
      }),
    );
    notes.missing.push(...r.missing);
    if (r.extra === false) {
      notes.problems.push('notForSubmittedPlan');
      notes.findings.push({
        code: 'isehara.preSubmission.notForSubmittedPlan',
        severity: 'error',
        message: 'サービス担当者会議の要点は、提出プランの協議を行ったものを提出してください。',
        path: ['documents', indices[0] ?? 0, 'discussesSubmittedPlan'],
        citation,
      });
    }
    return r.extra;
  }
  return true;
}

/** 1種類の書類の判定（core の照合に市の属性を重ねる）。 */
function checkItem(
  item: PreSubmissionItem,
  c: DatedDocumentRequirementCheck,
  docs: readonly PreSubmissionDocument[],
  values: { readonly count: number; readonly forms: readonly IssueSummaryForm[] },
): { check: PreSubmissionItemCheck; notes: ItemNotes } {
  const citation = cite(ISEHARA_DOCUMENT, `４（５）${item.item}`, item.note);
  const notes = datedItemNotes(item, c, values.count, citation);
  const extra = cityAttributeNotes(item, docs, values.forms, citation, notes);
  const satisfied =
    c.satisfied === false || extra === false
      ? false
      : c.satisfied === undefined || extra === undefined
        ? undefined
        : true;
  const base = {
    kind: item.kind,
    label: item.label,
    item: item.item,
    copyOfExisting: item.copyOfExisting,
    submittedCount: c.submittedCount,
    problems: notes.problems,
    satisfied,
  };
  return {
    check: c.existingCount === undefined ? base : { ...base, existingCount: c.existingCount },
    notes,
  };
}

/** 例の一式（すべてそろっているもの）。 */
const completePackage = {
  documents: [
    { kind: 'selfCheckSheet' },
    { kind: 'basicInformation' },
    { kind: 'assessment' },
    { kind: 'issueSummary', issueSummaryForm: 'kanagawaCmaModified' },
    { kind: 'carePlanTable1' },
    { kind: 'carePlanTable2' },
    { kind: 'carePlanTable3' },
    { kind: 'monitoring', date: '2024-06-05' },
    { kind: 'monitoring', date: '2024-05-08' },
    { kind: 'monitoring', date: '2024-04-10' },
    { kind: 'evaluation', date: '2024-03-28' },
    { kind: 'serviceMeeting', date: '2024-03-29', discussesSubmittedPlan: true },
    { kind: 'serviceUseSlip', date: '2024-06-01' },
    { kind: 'serviceUseSlipAnnex', date: '2024-06-01' },
  ],
  inventory: [
    { kind: 'monitoring', dates: ['2024-03-12', '2024-04-10', '2024-05-08', '2024-06-05'] },
    { kind: 'serviceUseSlip', dates: ['2024-05-01', '2024-06-01'] },
    { kind: 'serviceUseSlipAnnex', dates: ['2024-05-01', '2024-06-01'] },
  ],
};

/**
 * ケアプラン点検の提出書類（事前）がそろっているか: ①ケアプラン自己チェック表、②基本情報（フェイスシート）・
 * アセスメント（課題分析表）、③課題整理総括表（神奈川県介護支援専門員協会開発様式（改変）または厚生労働省の参考様式
 * （2014年6月17日頒布））、④居宅・施設サービス計画書 第１表〜第３表、⑤モニタリング表（直近３回分）、⑥評価表
 * （直近6カ月以内に行ったもの）、⑦サービス担当者会議の要点（提出プランの協議を行ったもの）、⑧サービス利用票・別表
 * （直近の月）。書類ごとに、ない・足りない・古すぎる・基準日より後・直近でない・様式違い・提出プランの会議でない、を
 * 出典つきで指摘する。
 *
 * 「直近」は何が存在するかを知らないと判定できない: 呼び出し側は `inventory` に種類ごとの存在する書類の日付を渡す。
 * ない種類は未決（`missing` に挙げる）。日付がなく期間・直近を判定できない書類、様式や会議の対象が未入力のものも未決。
 * 不備が1つでもあれば一式は不備（`complete: false`）と判定し、未決の項目も `missing` に挙げる。
 * ⑥の期間は基準日から遡る（{@link evaluationWithinMonths} の読み方を参照）。②④⑤⑥⑦⑧が既にあるものの写しであることは
 * 各項目の `copyOfExisting` に示す。
 *
 * @source isehara-tenken-2024 ４（５）
 * @source isehara-tenken-2024 ４（５）注記（文書末尾）「②④⑤⑥⑦⑧は既にあるものの写し」
 * @example
 * ```ts
 * const r = checkPreSubmission(
 *   {
 *     documents: [
 *       { kind: 'selfCheckSheet' },
 *       { kind: 'monitoring', date: '2024-06-10' },
 *       // …
 *     ],
 *     inventory: [{ kind: 'monitoring', dates: ['2024-03-10'] }],
 *   },
 *   { referenceDate: '2024-06-30' },
 * );
 * r.status; // => 'decided'
 * r.decision?.complete; // => false（足りない書類がある）
 * ```
 */
export const checkPreSubmission = defineRule<PreSubmissionInput, PreSubmissionCheck>({
  id: 'isehara.preSubmission',
  title: '提出書類（事前）',
  description: '①〜⑧の書類がそろい、直近・期間・様式の要件を満たすか。',
  sources: [
    cite(ISEHARA_DOCUMENT, '４（５）', '提出書類（事前）'),
    cite(ISEHARA_DOCUMENT, '４（５）注記（文書末尾）', '②④⑤⑥⑦⑧は既にあるものの写し'),
  ],
  input: ruleInput(preSubmissionInputSchema, { unknownKeyPath: 'parent' }),
  parameters: [
    preSubmissionDocuments,
    monitoringCount,
    evaluationWithinMonths,
    acceptedIssueSummaryForms,
  ],
  examples: [
    {
      title: 'すべてそろっている',
      input: completePackage,
      context: { referenceDate: '2024-06-28' },
      expect: { status: 'decided', decision: { complete: true } },
    },
    {
      title: 'モニタリング表が2回分',
      input: {
        ...completePackage,
        documents: completePackage.documents.filter((d) => d.date !== '2024-04-10'),
      },
      context: { referenceDate: '2024-06-28' },
      expect: { status: 'decided', decision: { complete: false } },
    },
    {
      title: '存在する書類の一覧なし（直近を判定できない）',
      input: { documents: completePackage.documents },
      context: { referenceDate: '2024-06-28' },
      expect: { status: 'undetermined' },
    },
  ],
  evaluate: (data, env) => {
    // 1. Parameters, in the order the result lists them.
    const list = env.value(preSubmissionDocuments);
    const count = env.value(monitoringCount);
    const months = env.value(evaluationWithinMonths);
    const forms = env.value(acceptedIssueSummaryForms);
    const docs = data.documents;
    // 2. Presence, counts and recency: core's dated document set.
    const core = checkDatedDocumentSet({
      referenceDate: env.referenceDate,
      requirements: list.map((item) => requirementOf(item, count, months)),
      submitted: docs.map((d) => ({ kind: d.kind, date: d.date as IsoDate | undefined })),
      ...(data.inventory
        ? { inventory: data.inventory.map((v) => ({ kind: v.kind, dates: v.dates as IsoDate[] })) }
        : {}),
    });
    // 3. Each item, with the city's own attributes on top.
    const findings: Finding[] = [];
    const missing: MissingInput[] = [];
    const items: PreSubmissionItemCheck[] = [];
    list.forEach((item, n) => {
      const c = core.items[n];
      if (!c) return;
      const { check, notes } = checkItem(item, c, docs, { count, forms });
      items.push(check);
      findings.push(...notes.findings);
      missing.push(...notes.missing);
    });
    for (const i of core.unexpected)
      findings.push({
        code: 'isehara.preSubmission.unexpected',
        severity: 'warning',
        message: '提出書類（事前）の一覧にない種類の書類です。',
        path: ['documents', i, 'kind'],
        citation: preSubmissionDocuments.citation,
      });
    // 4. One definite problem decides; otherwise any undetermined item leaves the package undetermined.
    const unsatisfied = items.filter((i) => i.satisfied === false).length;
    const unknown = items.filter((i) => i.satisfied === undefined).length;
    env.trace({
      kind: 'condition',
      code: 'isehara.preSubmission.unsatisfied',
      label: '要件を満たさない書類の種類の数',
      outcome: unsatisfied,
    });
    env.trace({
      kind: 'condition',
      code: 'isehara.preSubmission.undetermined',
      label: '判定できない書類の種類の数',
      outcome: unknown,
    });
    return {
      ...(unsatisfied > 0 || unknown === 0
        ? { decision: { complete: unsatisfied === 0, items } }
        : {}),
      findings,
      missing,
    };
  },
});
