import { compareIsoDates, fiscalYearLabel, fiscalYearOf } from '@kaigo/core';
import type { Finding, IsoDate, MissingInput, ParameterUse, RuleResult } from '@kaigo/core';
import { dateField } from '@kaigo/forms';
import * as z from 'zod';
import { structuralValue } from '../internal/params';
import { checkedDate, runRule } from '../internal/run';
import { kobayashiCite } from '../source';
import { fiscalYearCrossingAllowed, programStart } from './parameters';

const CITE_1 = kobayashiCite(
  '５ その他 ①',
  '事業開始時以降に、プラン開始時の事前アセスメントを実施した者からが対象となる。',
);
const CITE_2 = kobayashiCite('５ その他 ➁', 'プランが年度をこえる者についての申請は、妨げない。');

/** {@link evaluateProgramCoverage} の入力（検証済みの日付）。 */
export interface ProgramCoverageFacts {
  /** プラン開始時の事前アセスメントの実施日。 */
  readonly preAssessmentDate?: IsoDate | undefined;
  /** プラン開始日。 */
  readonly planStartDate?: IsoDate | undefined;
  /** プラン終了日（予定を含む）。 */
  readonly planEndDate?: IsoDate | undefined;
  /** 基準日。 */
  readonly referenceDate: IsoDate;
}

/** 事業期間の対象かの判定。 */
export interface ProgramCoverageDecision {
  /** 対象か（事業開始時以降にプラン開始時の事前アセスメントを実施した者）。 */
  readonly covered: boolean;
  /** 事前アセスメントの実施日が事業開始日以降か。 */
  readonly assessmentOnOrAfterProgramStart: boolean;
  /** 使用した事業開始日。 */
  readonly programStart: IsoDate;
  /** プランが年度をこえるか（プランの期間が分かるときのみ）。 */
  readonly crossesFiscalYear?: boolean;
}

/** {@link evaluateProgramCoverage} の結果（ルール結果の部品）。 */
export interface ProgramCoverageParts {
  /** 判定（判定できたときのみ）。 */
  readonly decision?: ProgramCoverageDecision;
  /** 指摘。 */
  readonly findings: Finding[];
  /** 不足入力。 */
  readonly missing: MissingInput[];
  /** 使用パラメータ。 */
  readonly parameters: ParameterUse[];
}

/**
 * 事業期間の対象かを判定する純粋関数（５ その他 ①➁）。{@link checkProgramCoverage} と対象者の判定が使う。
 * 事前アセスメント実施日が事業開始日以降なら対象（開始日当日は対象）。プランが年度（4月1日）をこえても
 * 申請は妨げない（パラメータ {@link fiscalYearCrossingAllowed}）。
 *
 * @source kobayashi-jiritsu-2025 ５ その他 ①➁
 * @example
 * ```ts
 * evaluateProgramCoverage({ preAssessmentDate: isoDate('2025-05-01'), referenceDate: isoDate('2025-06-01') })
 *   .decision?.covered; // => true
 * ```
 */
export function evaluateProgramCoverage(facts: ProgramCoverageFacts): ProgramCoverageParts {
  const findings: Finding[] = [];
  const missing: MissingInput[] = [];
  const parameters: ParameterUse[] = [];
  const start = structuralValue(programStart, facts.referenceDate);
  const crossing = structuralValue(fiscalYearCrossingAllowed, facts.referenceDate);
  if (!start || !crossing) {
    findings.push({
      code: 'parameter.outOfRange',
      severity: 'error',
      message: '基準日に有効な事業開始日の定めがありません。',
      citation: CITE_1,
    });
    return { findings, missing, parameters };
  }
  parameters.push(start.use);
  const planStart = facts.planStartDate ?? facts.preAssessmentDate;
  if (facts.planStartDate && facts.planEndDate && facts.planEndDate < facts.planStartDate) {
    findings.push({
      code: 'coverage.planPeriodReversed',
      severity: 'error',
      message: 'プラン終了日がプラン開始日より前です。',
      path: ['planEndDate'],
    });
    return { findings, missing, parameters };
  }
  let crossesFiscalYear: boolean | undefined;
  if (planStart && facts.planEndDate) {
    crossesFiscalYear = fiscalYearOf(planStart) !== fiscalYearOf(facts.planEndDate);
    parameters.push(crossing.use);
    if (crossesFiscalYear) {
      findings.push(
        crossing.value
          ? {
              code: 'coverage.crossesFiscalYear',
              severity: 'info',
              message: `プランが年度をこえます（${fiscalYearLabel(fiscalYearOf(planStart))}から${fiscalYearLabel(fiscalYearOf(facts.planEndDate))}）。年度をこえる者についての申請は妨げられません。`,
              citation: CITE_2,
            }
          : {
              code: 'coverage.fiscalYearCrossingNotAllowed',
              severity: 'warning',
              message: 'プランが年度をこえるため、申請できません（パラメータの設定による）。',
              citation: CITE_2,
            },
      );
    }
  } else if (!crossing.value) {
    parameters.push(crossing.use);
    if (!facts.planEndDate) missing.push({ path: ['planEndDate'], label: 'プラン終了日' });
  }
  if (!facts.preAssessmentDate) {
    missing.push({ path: ['preAssessmentDate'], label: '事前アセスメント実施日（プラン開始時）' });
    return { findings, missing, parameters };
  }
  const before = compareIsoDates(facts.preAssessmentDate, start.value) < 0;
  if (before) {
    findings.push({
      code: 'coverage.assessmentBeforeProgramStart',
      severity: 'warning',
      message: `事前アセスメントが事業開始日（${start.value}）より前に実施されているため、対象になりません。`,
      path: ['preAssessmentDate'],
      citation: CITE_1,
    });
  }
  const covered = !before && !(crossesFiscalYear === true && !crossing.value);
  if (missing.length > 0 && covered) return { findings, missing, parameters };
  return {
    decision: {
      covered,
      assessmentOnOrAfterProgramStart: !before,
      programStart: start.value,
      ...(crossesFiscalYear === undefined ? {} : { crossesFiscalYear }),
    },
    findings,
    missing,
    parameters,
  };
}

/** 事業期間の対象かの判定の入力。日付は `YYYY-MM-DD`。 */
export interface ProgramCoverageInput {
  /** プラン開始時の事前アセスメントの実施日。 */
  preAssessmentDate?: string | undefined;
  /** プラン開始日。 */
  planStartDate?: string | undefined;
  /** プラン終了日（予定を含む）。 */
  planEndDate?: string | undefined;
}

/**
 * 事業期間の対象かの判定の入力スキーマ。
 *
 * @source kobayashi-jiritsu-2025 ５ その他
 */
export const programCoverageInputSchema: z.ZodType<ProgramCoverageInput> = z.strictObject({
  preAssessmentDate: dateField({ label: '事前アセスメント実施日（プラン開始時）' }).optional(),
  planStartDate: dateField({ label: 'プラン開始日' }).optional(),
  planEndDate: dateField({ label: 'プラン終了日' }).optional(),
});

/**
 * 事業開始時以降に、プラン開始時の事前アセスメントを実施した者か（５ その他 ①）、プランが年度をこえるか
 * （５ その他 ➁、申請は妨げない）を判定する。事前アセスメント実施日がなければ undetermined。
 *
 * 読み方: 比べるのは「事前アセスメントの実施日」と事業開始日（{@link programStart}、2025-05-01 と読んだ）。
 * 別の読み方（プラン開始日と比べる）は採らない（①は事前アセスメントを実施した時点を基準に書かれている）。
 *
 * @source kobayashi-jiritsu-2025 ５ その他 ①➁
 * @example
 * ```ts
 * checkProgramCoverage({ preAssessmentDate: '2025-04-30' }, { referenceDate: '2025-06-01' }).decision;
 * // => { covered: false, assessmentOnOrAfterProgramStart: false, programStart: '2025-05-01' }
 * checkProgramCoverage(
 *   { preAssessmentDate: '2026-02-10', planStartDate: '2026-03-01', planEndDate: '2026-08-31' },
 *   { referenceDate: '2026-03-01' },
 * ).decision?.crossesFiscalYear; // => true
 * ```
 */
export function checkProgramCoverage(
  input: unknown,
  context: unknown,
): RuleResult<ProgramCoverageDecision> {
  return runRule(
    'kobayashi.programCoverage',
    [CITE_1, CITE_2],
    programCoverageInputSchema,
    input,
    context,
    (data, ctx) =>
      evaluateProgramCoverage({
        preAssessmentDate: data.preAssessmentDate ? checkedDate(data.preAssessmentDate) : undefined,
        planStartDate: data.planStartDate ? checkedDate(data.planStartDate) : undefined,
        planEndDate: data.planEndDate ? checkedDate(data.planEndDate) : undefined,
        referenceDate: ctx.referenceDate,
      }),
  );
}
