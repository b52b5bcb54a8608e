import { cite, compareIsoDates, defineRule, fiscalYearLabel, fiscalYearOf } from '@kaigo/core';
import type { Finding, IsoDate, MissingInput, RuleEnv } from '@kaigo/core';
import { dateField, ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { KOBAYASHI_DOCUMENT } from '../document';
import { fiscalYearCrossingAllowed, programStart } from './parameters';

const CITE_1 = cite(
  KOBAYASHI_DOCUMENT,
  '５ その他 ①',
  '事業開始時以降に、プラン開始時の事前アセスメントを実施した者からが対象となる。',
);
const CITE_2 = cite(
  KOBAYASHI_DOCUMENT,
  '５ その他 ➁',
  'プランが年度をこえる者についての申請は、妨げない。',
);

/** {@link evaluateProgramCoverage} の入力（検証済みの日付）。 */
export interface ProgramCoverageFacts {
  /** プラン開始時の事前アセスメントの実施日。 */
  readonly preAssessmentDate?: IsoDate | undefined;
  /** プラン開始日。 */
  readonly planStartDate?: IsoDate | undefined;
  /** プラン終了日（予定を含む）。 */
  readonly planEndDate?: IsoDate | undefined;
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
}

/** 年度をこえるプランの指摘（➁。妨げないなら info、パラメータで妨げるなら warning）。 */
function crossingFinding(allowed: boolean, planStart: IsoDate, planEnd: IsoDate): Finding {
  return allowed
    ? {
        code: 'coverage.crossesFiscalYear',
        severity: 'info',
        message: `プランが年度をこえます（${fiscalYearLabel(fiscalYearOf(planStart))}から${fiscalYearLabel(fiscalYearOf(planEnd))}）。年度をこえる者についての申請は妨げられません。`,
        citation: CITE_2,
      }
    : {
        code: 'coverage.fiscalYearCrossingNotAllowed',
        severity: 'warning',
        message: 'プランが年度をこえるため、申請できません（パラメータの設定による）。',
        citation: CITE_2,
      };
}

/** {@link assessmentOnOrAfterProgramStart} の結果。 */
export interface ProgramStartCheck {
  /** 使用した事業開始日。 */
  readonly programStart: IsoDate;
  /** 事前アセスメントの実施日が事業開始日以降か（開始日当日を含む）。 */
  readonly onOrAfter: boolean;
}

/**
 * プラン開始時の事前アセスメントの実施日が事業開始日（{@link programStart}）以降かを判定し、トレースに残す
 * （５ その他 ①「事業開始時以降に、プラン開始時の事前アセスメントを実施した者からが対象となる」）。
 * {@link evaluateProgramCoverage} と請求書・明細書（`buildInvoice`）が使う。事業開始日はルールの環境 `env` から読む
 * （基準日が事業開始日より前でも事業開始時の定めを使う）。
 *
 * @source kobayashi-jiritsu-2025 ５ その他 ①
 * @example
 * ```ts
 * // ルール本体の中で（env は defineRule が渡す環境）
 * assessmentOnOrAfterProgramStart(isoDate('2025-04-30'), env); // => { programStart: '2025-05-01', onOrAfter: false }
 * ```
 */
export function assessmentOnOrAfterProgramStart(
  preAssessmentDate: IsoDate,
  env: RuleEnv,
): ProgramStartCheck {
  const start = env.value(programStart, { beforeFirst: 'first' });
  const onOrAfter = compareIsoDates(preAssessmentDate, start) >= 0;
  env.trace({
    kind: 'condition',
    code: 'coverage.assessmentOnOrAfterProgramStart',
    label: '事前アセスメントが事業開始日以降',
    outcome: onOrAfter,
  });
  return { programStart: start, onOrAfter };
}

/**
 * 事業期間の対象かを判定する純粋関数（５ その他 ①➁）。{@link checkProgramCoverage} と対象者の判定が使う。
 * 事前アセスメント実施日が事業開始日以降なら対象（開始日当日は対象）。プランが年度（4月1日）をこえても
 * 申請は妨げない（パラメータ {@link fiscalYearCrossingAllowed}）。パラメータはルールの環境 `env` から読む
 * （文脈の上書きが効き、使用記録とトレースが残る）。基準日が事業開始日より前でも、事業開始時の定めを使う。
 *
 * @source kobayashi-jiritsu-2025 ５ その他 ①➁
 * @example
 * ```ts
 * // ルール本体の中で（env は defineRule が渡す環境）
 * evaluateProgramCoverage({ preAssessmentDate: isoDate('2025-05-01') }, env).decision?.covered; // => true
 * ```
 */
export function evaluateProgramCoverage(
  facts: ProgramCoverageFacts,
  env: RuleEnv,
): ProgramCoverageParts {
  const findings: Finding[] = [];
  const missing: MissingInput[] = [];
  const start = env.value(programStart, { beforeFirst: 'first' });
  const crossingAllowed = env.value(fiscalYearCrossingAllowed, { beforeFirst: 'first' });
  const planStart = facts.planStartDate ?? facts.preAssessmentDate;
  if (facts.planStartDate && facts.planEndDate && facts.planEndDate < facts.planStartDate) {
    findings.push({
      code: 'coverage.planPeriodReversed',
      severity: 'error',
      message: 'プラン終了日がプラン開始日より前です。',
      path: ['planEndDate'],
    });
    return { findings, missing };
  }
  let crossesFiscalYear: boolean | undefined;
  if (planStart && facts.planEndDate) {
    crossesFiscalYear = fiscalYearOf(planStart) !== fiscalYearOf(facts.planEndDate);
    env.trace({
      kind: 'condition',
      code: 'coverage.crossesFiscalYear',
      label: 'プランが年度をこえる',
      outcome: crossesFiscalYear,
    });
    if (crossesFiscalYear)
      findings.push(crossingFinding(crossingAllowed, planStart, facts.planEndDate));
  } else if (!crossingAllowed && !facts.planEndDate) {
    missing.push({ path: ['planEndDate'], label: 'プラン終了日' });
  }
  if (!facts.preAssessmentDate) {
    missing.push({ path: ['preAssessmentDate'], label: '事前アセスメント実施日（プラン開始時）' });
    return { findings, missing };
  }
  const before = !assessmentOnOrAfterProgramStart(facts.preAssessmentDate, env).onOrAfter;
  if (before) {
    findings.push({
      code: 'coverage.assessmentBeforeProgramStart',
      severity: 'warning',
      message: `事前アセスメントが事業開始日（${start}）より前に実施されているため、対象になりません。`,
      path: ['preAssessmentDate'],
      citation: CITE_1,
    });
  }
  const covered = !before && !(crossesFiscalYear === true && !crossingAllowed);
  if (missing.length > 0 && covered) return { findings, missing };
  return {
    decision: {
      covered,
      assessmentOnOrAfterProgramStart: !before,
      programStart: start,
      ...(crossesFiscalYear === undefined ? {} : { crossesFiscalYear }),
    },
    findings,
    missing,
  };
}

/**
 * 事業期間の対象かの判定の入力スキーマ。
 *
 * @source kobayashi-jiritsu-2025 ５ その他
 */
export const programCoverageInputSchema = z.strictObject({
  /** プラン開始時の事前アセスメントの実施日。 */
  preAssessmentDate: dateField({ label: '事前アセスメント実施日（プラン開始時）' }).optional(),
  /** プラン開始日。 */
  planStartDate: dateField({ label: 'プラン開始日' }).optional(),
  /** プラン終了日（予定を含む）。 */
  planEndDate: dateField({ label: 'プラン終了日' }).optional(),
});

/** 事業期間の対象かの判定の入力。日付は `YYYY-MM-DD`。 */
export type ProgramCoverageInput = z.infer<typeof programCoverageInputSchema>;

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
 * // what-if: 事業開始日を 2025-06-01 とする読み方
 * checkProgramCoverage(
 *   { preAssessmentDate: '2025-05-20' },
 *   { referenceDate: '2025-06-10', parameters: { 'kobayashi.programStart': '2025-06-01' } },
 * ).decision?.covered; // => false
 * ```
 */
export const checkProgramCoverage = defineRule<ProgramCoverageInput, ProgramCoverageDecision>({
  id: 'kobayashi.programCoverage',
  title: '事業開始時以降・年度をこえるプラン',
  description:
    '事業開始時以降にプラン開始時の事前アセスメントを実施した者か。プランが年度をこえても申請は妨げない。',
  sources: [CITE_1, CITE_2],
  input: ruleInput(programCoverageInputSchema),
  parameters: [programStart, fiscalYearCrossingAllowed],
  examples: [
    {
      title: '令和8年3月開始、9月終了のプラン',
      input: {
        preAssessmentDate: '2026-03-02',
        planStartDate: '2026-03-02',
        planEndDate: '2026-08-31',
      },
      context: { referenceDate: '2026-03-02' },
      expect: { status: 'decided', decision: { covered: true, crossesFiscalYear: true } },
    },
  ],
  evaluate: (data, env) =>
    evaluateProgramCoverage(
      {
        preAssessmentDate: data.preAssessmentDate as IsoDate | undefined,
        planStartDate: data.planStartDate as IsoDate | undefined,
        planEndDate: data.planEndDate as IsoDate | undefined,
      },
      env,
    ),
});
