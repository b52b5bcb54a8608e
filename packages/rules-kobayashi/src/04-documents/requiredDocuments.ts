import { checkDocumentSet, cite, defineRule } from '@kaigo/core';
import type { DocumentSetCheck, Finding, IsoDate, RuleEnv, RuleOutcome } from '@kaigo/core';
import { codeField, ruleInput, textField, withMeta } from '@kaigo/forms';
import { KOBAYASHI_PHASE_CODES } from '../forms/index';
import * as z from 'zod';
import { OFFICE_KIND_LABELS, officeKindField } from '../02-overview/officeKinds';
import type { OfficeKind } from '../02-overview/officeKinds';
import { KOBAYASHI_DOCUMENT } from '../document';
import { PHASE_LABELS, requiredDocuments } from './parameters';
import type { Phase, RequiredDocumentSpec } from './parameters';

const CITE = cite(KOBAYASHI_DOCUMENT, '４ 提出(入力)書類');

/**
 * 事業所の種類と時期に必要な提出（入力）書類の一覧。パラメータ {@link requiredDocuments} の `date` の値を
 * ルールの環境 `env` から読む（文脈の上書きが効き、使用記録とトレースが残る。事業開始前の日付は事業開始時の値）。
 *
 * @source kobayashi-jiritsu-2025 ４ 提出(入力)書類 ア・イ・ウ
 * @example
 * ```ts
 * // ルール本体の中で（env は defineRule が渡す環境）
 * requiredDocumentsFor('homon', 'post', isoDate('2025-10-01'), env).map((d) => d.id);
 * // => ['kobayashi.careMenuAssessmentHomon', 'kobayashi.dailyLivingAssessment', 'kobayashi.servicePlanEvaluationHomon']
 * ```
 */
export function requiredDocumentsFor(
  kind: OfficeKind,
  phase: Phase,
  date: IsoDate,
  env: RuleEnv,
): readonly RequiredDocumentSpec[] {
  return env.value(requiredDocuments, { at: date, beforeFirst: 'first' })[kind][phase];
}

/** 提出書類の照合の入力。 */
export interface DocumentCompletenessInput {
  /** 事業所の種類。 */
  officeKind: OfficeKind;
  /** アセスメントの時期。 */
  phase: Phase;
  /** 提出（入力）した書類の様式 id（例: `kobayashi.summarySheet`、`national.basicChecklist`）。 */
  submitted: string[];
}

/**
 * 提出書類の照合の入力スキーマ。`submitted` は提出（入力）した書類の様式 id。
 *
 * @source kobayashi-jiritsu-2025 ４ 提出(入力)書類
 */
export const documentCompletenessInputSchema: z.ZodType<DocumentCompletenessInput> = z.strictObject(
  {
    officeKind: officeKindField(),
    phase: codeField(KOBAYASHI_PHASE_CODES, { label: 'アセスメントの時期' }),
    submitted: withMeta(z.array(textField({ label: '様式 id' }, 100)).max(100), {
      label: '提出した書類',
    }),
  },
);

/** 提出書類の照合の判定。 */
export interface DocumentCompletenessDecision {
  /** 不足・場面違い・余分がないか。 */
  readonly complete: boolean;
  /** この事業所の種類・時期に必要な書類。 */
  readonly required: readonly RequiredDocumentSpec[];
  /** 提出済みの必要書類の id。 */
  readonly present: readonly string[];
  /** 不足している書類の id。 */
  readonly missing: readonly string[];
  /** 別の時期の書類（例: 事前のみの個別計画書を事後に）の id。 */
  readonly wrongPhase: readonly string[];
  /** この事業所の種類に求められていない書類の id（提出順）。 */
  readonly extra: readonly string[];
  /** 重複して提出された書類の id。 */
  readonly duplicated: readonly string[];
}

/** 照合の対象: この時期に必要な書類と、もう一方の時期の書類。 */
interface PhaseDocuments {
  readonly phase: Phase;
  readonly otherPhase: Phase;
  readonly here: readonly RequiredDocumentSpec[];
  readonly there: readonly RequiredDocumentSpec[];
}

/** 1. 不足（error）と時期違い（warning）の指摘。 */
function missingAndMisplaced(
  data: DocumentCompletenessInput,
  docs: PhaseDocuments,
  check: DocumentSetCheck,
): Finding[] {
  const labelOf = (id: string): string =>
    [...docs.here, ...docs.there].find((d) => d.id === id)?.label ?? '書類';
  const who = `${OFFICE_KIND_LABELS[data.officeKind]}の${PHASE_LABELS[docs.phase]}アセスメント`;
  const findings: Finding[] = [];
  for (const id of check.missing) {
    const spec = docs.here.find((d) => d.id === id);
    findings.push({
      code: 'documents.missing',
      severity: 'error',
      message: `${who}に必要な「${labelOf(id)}」がありません。`,
      path: ['submitted'],
      ...(spec ? { citation: spec.citation } : {}),
    });
  }
  for (const id of check.misplaced) {
    const spec = docs.there.find((d) => d.id === id);
    findings.push({
      code: 'documents.wrongPhase',
      severity: 'warning',
      message: spec?.preOnly
        ? `「${labelOf(id)}」は事前アセスメント時のみの書類です（${PHASE_LABELS[docs.phase]}には不要）。`
        : `「${labelOf(id)}」は${PHASE_LABELS[docs.otherPhase]}アセスメントの書類です。`,
      path: ['submitted', data.submitted.indexOf(id)],
      ...(spec ? { citation: spec.citation } : {}),
    });
  }
  return findings;
}

/** 2. 余分（warning）と重複（info）の指摘。入力の id は出さず、添字で示す。 */
function extraAndDuplicated(data: DocumentCompletenessInput, check: DocumentSetCheck): Finding[] {
  const findings: Finding[] = [];
  for (const id of check.unexpected) {
    const index = data.submitted.indexOf(id);
    findings.push({
      code: 'documents.extra',
      severity: 'warning',
      message: `${index + 1}件目の書類は${OFFICE_KIND_LABELS[data.officeKind]}の提出書類にありません。`,
      path: ['submitted', index],
      citation: CITE,
    });
  }
  for (const id of check.duplicated) {
    const index = data.submitted.lastIndexOf(id);
    findings.push({
      code: 'documents.duplicated',
      severity: 'info',
      message: `${index + 1}件目の書類は重複しています。`,
      path: ['submitted', index],
    });
  }
  return findings;
}

const TIMING_REFERENCE: Finding = {
  code: 'documents.timingReference',
  severity: 'info',
  message:
    '書類ごとの提出タイミングは「R7.3 事業所とプラン作成者で共有する資料一覧」によります（この SDK には収録していません）。',
  citation: cite(
    KOBAYASHI_DOCUMENT,
    '４',
    '提出タイミングは、「R7.3 事業所とプラン作成者で共有する資料一覧」参照',
  ),
};

/** 本体: 必要書類を引き（1 不足・時期違い、2 余分・重複）、照合する。 */
function evaluateDocuments(
  data: DocumentCompletenessInput,
  env: RuleEnv,
): RuleOutcome<DocumentCompletenessDecision> {
  const otherPhase: Phase = data.phase === 'pre' ? 'post' : 'pre';
  const docs: PhaseDocuments = {
    phase: data.phase,
    otherPhase,
    here: requiredDocumentsFor(data.officeKind, data.phase, env.referenceDate, env),
    there: requiredDocumentsFor(data.officeKind, otherPhase, env.referenceDate, env),
  };
  const check = checkDocumentSet(
    docs.here.map((d) => d.id),
    data.submitted,
    docs.there.map((d) => d.id),
  );
  env.trace({
    kind: 'condition',
    code: 'documents.complete',
    label: '提出書類がそろっている',
    outcome: check.complete,
  });
  const findings = [
    ...missingAndMisplaced(data, docs, check),
    ...extraAndDuplicated(data, check),
    TIMING_REFERENCE,
  ];
  return {
    decision: {
      complete: check.complete,
      required: docs.here,
      present: check.present,
      missing: check.missing,
      wrongPhase: check.misplaced,
      extra: check.unexpected,
      duplicated: check.duplicated,
    },
    findings,
  };
}

/**
 * 提出（入力）した書類を、事業所の種類（訪問型・通所型・居宅介護支援）と時期（事前・事後）の必要書類と照合し、
 * 不足（error）、時期違い（warning。例: 事前アセスメント時のみの個別計画書を事後に、事後の総括表を事前に）、
 * 余分（warning。この種類に求められていない書類）、重複（info）を返す。書類ごとの提出タイミングは要領外の
 * 「R7.3 事業所とプラン作成者で共有する資料一覧」によることを info で添える。照合は core の `checkDocumentSet`。
 * 余分な書類はメッセージに id（入力値）を出さず、添字（`path`）で示す（判定の `extra` には id を返す）。
 *
 * @source kobayashi-jiritsu-2025 ４ 提出(入力)書類 ア・イ・ウ
 * @example
 * ```ts
 * const r = checkDocumentCompleteness(
 *   { officeKind: 'homon', phase: 'post', submitted: [
 *     'kobayashi.careMenuAssessmentHomon', 'kobayashi.dailyLivingAssessment', 'kobayashi.individualPlanHomon'] },
 *   { referenceDate: '2025-10-01' },
 * );
 * r.decision?.missing; // => ['kobayashi.servicePlanEvaluationHomon']
 * r.decision?.wrongPhase; // => ['kobayashi.individualPlanHomon']
 * ```
 */
export const checkDocumentCompleteness = defineRule<
  DocumentCompletenessInput,
  DocumentCompletenessDecision
>({
  id: 'kobayashi.documentCompleteness',
  title: '提出（入力）書類の照合',
  description:
    '事業所の種類（訪問型・通所型・居宅介護支援）と時期（事前・事後）の必要書類に対し、不足・時期違い・余分を返す。',
  sources: [CITE],
  input: ruleInput(documentCompletenessInputSchema),
  parameters: [requiredDocuments],
  examples: [
    {
      title: '訪問型の事後（個別計画書を誤って提出）',
      input: {
        officeKind: 'homon',
        phase: 'post',
        submitted: [
          'kobayashi.careMenuAssessmentHomon',
          'kobayashi.dailyLivingAssessment',
          'kobayashi.individualPlanHomon',
        ],
      },
      context: { referenceDate: '2025-10-01' },
      expect: {
        status: 'decided',
        decision: { complete: false, wrongPhase: ['kobayashi.individualPlanHomon'] },
      },
    },
    {
      title: '居宅の事後（総括表）',
      input: { officeKind: 'kyotaku', phase: 'post', submitted: ['kobayashi.summarySheet'] },
      context: { referenceDate: '2025-12-20' },
      expect: { status: 'decided', decision: { complete: true } },
    },
  ],
  evaluate: evaluateDocuments,
});
