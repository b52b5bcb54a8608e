import { checkDocumentSet } from '@kaigo/core';
import type { Finding, IsoDate, ParameterUse, RuleResult } from '@kaigo/core';
import { KOBAYASHI_PHASE_CODES, codeField, textField, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { OFFICE_KIND_LABELS, officeKindField } from '../02-overview/officeKinds';
import type { OfficeKind } from '../02-overview/officeKinds';
import { structuralValue } from '../internal/params';
import { runRule } from '../internal/run';
import { kobayashiCite } from '../source';
import { PHASE_LABELS, requiredDocuments } from './parameters';
import type { Phase, RequiredDocumentSpec } from './parameters';

const CITE = kobayashiCite('４ 提出(入力)書類');

/**
 * 事業所の種類と時期に必要な提出（入力）書類の一覧（パラメータ {@link requiredDocuments} を引く純粋関数）。
 *
 * @source kobayashi-jiritsu-2025 ４ 提出(入力)書類 ア・イ・ウ
 * @example
 * ```ts
 * requiredDocumentsFor('homon', 'post', isoDate('2025-10-01'))?.documents.map((d) => d.id);
 * // => ['kobayashi.careMenuAssessmentHomon', 'kobayashi.dailyLivingAssessment', 'kobayashi.servicePlanEvaluationHomon']
 * ```
 */
export function requiredDocumentsFor(
  kind: OfficeKind,
  phase: Phase,
  date: IsoDate,
): { documents: readonly RequiredDocumentSpec[]; parameter: ParameterUse } | undefined {
  const table = structuralValue(requiredDocuments, date);
  if (!table) return undefined;
  return { documents: table.value[kind][phase], parameter: table.use };
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
export function checkDocumentCompleteness(
  input: unknown,
  context: unknown,
): RuleResult<DocumentCompletenessDecision> {
  return runRule<typeof documentCompletenessInputSchema, DocumentCompletenessDecision>(
    'kobayashi.documentCompleteness',
    [CITE],
    documentCompletenessInputSchema,
    input,
    context,
    (data, ctx) => {
      const here = requiredDocumentsFor(data.officeKind, data.phase, ctx.referenceDate);
      const otherPhase: Phase = data.phase === 'pre' ? 'post' : 'pre';
      const there = requiredDocumentsFor(data.officeKind, otherPhase, ctx.referenceDate);
      if (!here || !there) {
        return {
          findings: [
            {
              code: 'parameter.outOfRange',
              severity: 'error',
              message: '基準日に有効な提出書類の定めがありません。',
              citation: CITE,
            },
          ],
        };
      }
      const labelOf = (id: string): string =>
        [...here.documents, ...there.documents].find((d) => d.id === id)?.label ?? '書類';
      const check = checkDocumentSet(
        here.documents.map((d) => d.id),
        data.submitted,
        there.documents.map((d) => d.id),
      );
      const who = `${OFFICE_KIND_LABELS[data.officeKind]}の${PHASE_LABELS[data.phase]}アセスメント`;
      const findings: Finding[] = [];
      for (const id of check.missing) {
        const spec = here.documents.find((d) => d.id === id);
        findings.push({
          code: 'documents.missing',
          severity: 'error',
          message: `${who}に必要な「${labelOf(id)}」がありません。`,
          path: ['submitted'],
          ...(spec ? { citation: spec.citation } : {}),
        });
      }
      for (const id of check.misplaced) {
        const spec = there.documents.find((d) => d.id === id);
        findings.push({
          code: 'documents.wrongPhase',
          severity: 'warning',
          message: spec?.preOnly
            ? `「${labelOf(id)}」は事前アセスメント時のみの書類です（${PHASE_LABELS[data.phase]}には不要）。`
            : `「${labelOf(id)}」は${PHASE_LABELS[otherPhase]}アセスメントの書類です。`,
          path: ['submitted', data.submitted.indexOf(id)],
          ...(spec ? { citation: spec.citation } : {}),
        });
      }
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
      findings.push({
        code: 'documents.timingReference',
        severity: 'info',
        message:
          '書類ごとの提出タイミングは「R7.3 事業所とプラン作成者で共有する資料一覧」によります（この SDK には収録していません）。',
        citation: kobayashiCite(
          '４',
          '提出タイミングは、「R7.3 事業所とプラン作成者で共有する資料一覧」参照',
        ),
      });
      return {
        decision: {
          complete: check.complete,
          required: here.documents,
          present: check.present,
          missing: check.missing,
          wrongPhase: check.misplaced,
          extra: check.unexpected,
          duplicated: check.duplicated,
        },
        findings,
        parameters: [here.parameter],
      };
    },
  );
}
