import { CARE_LEVEL_LABELS, CARE_LEVELS, cite, defineRule } from '@kaigo/core';
import type { CareLevel, Finding, IsoDate, MissingInput, RuleEnv } from '@kaigo/core';
import { dateField, ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { KOBAYASHI_DOCUMENT } from '../document';
import { fiscalYearCrossingAllowed, programStart } from '../05-programCoverage/parameters';
import { evaluateProgramCoverage } from '../05-programCoverage/programCoverage';
import { eligibleCareLevels, userCharge } from './parameters';

const CITE = cite(
  KOBAYASHI_DOCUMENT,
  '２ 事業概要',
  '対象者となる利用者及び利用者負担金：事業対象者、要支援１・２とし、利用者負担なし',
);

/** 対象者の判定の入力。日付は `YYYY-MM-DD`。 */
export interface EligibilityInput {
  /** 要介護状態区分等（SDK 共通の `CareLevel`（`@kaigo/core`）。CSV のコードからは `careLevelFromCode` で変換する）。 */
  careLevel?: CareLevel | undefined;
  /** プラン開始時の事前アセスメントの実施日。 */
  preAssessmentDate?: string | undefined;
  /** プラン開始日。 */
  planStartDate?: string | undefined;
  /** プラン終了日（予定を含む）。 */
  planEndDate?: string | undefined;
}

/**
 * 対象者の判定の入力スキーマ。
 *
 * @source kobayashi-jiritsu-2025 ２ 事業概要、５ その他
 */
export const eligibilityInputSchema: z.ZodType<EligibilityInput> = z.strictObject({
  careLevel: withMeta(z.enum(CARE_LEVELS as [CareLevel, ...CareLevel[]]), {
    label: '要介護状態区分等',
  }).optional(),
  preAssessmentDate: dateField({ label: '事前アセスメント実施日（プラン開始時）' }).optional(),
  planStartDate: dateField({ label: 'プラン開始日' }).optional(),
  planEndDate: dateField({ label: 'プラン終了日' }).optional(),
});

/** 対象者の判定。 */
export interface EligibilityDecision {
  /** 事業の対象者か。 */
  readonly eligible: boolean;
  /** 要介護状態区分等が対象（事業対象者・要支援1・要支援2）か（分かるときのみ）。 */
  readonly careLevelCovered?: boolean;
  /** 事前アセスメントが事業開始時以降か（分かるときのみ）。 */
  readonly assessmentOnOrAfterProgramStart?: boolean;
  /** プランが年度をこえるか（プランの期間が分かるときのみ。こえても申請は妨げない）。 */
  readonly crossesFiscalYear?: boolean;
  /** 利用者負担金（円）。要領は「利用者負担なし」（0円）。 */
  readonly userCharge: number;
}

/** 区分が対象か（分からなければ undefined。不足・対象外の指摘を加える）。 */
function careLevelCovered(
  careLevel: CareLevel | undefined,
  levels: readonly CareLevel[],
  out: { findings: Finding[]; missing: MissingInput[] },
  env: RuleEnv,
): boolean | undefined {
  if (careLevel === undefined) {
    out.missing.push({ path: ['careLevel'], label: '要介護状態区分等' });
    return undefined;
  }
  const covered = levels.includes(careLevel);
  env.trace({
    kind: 'condition',
    code: 'eligibility.careLevelCovered',
    label: '要介護状態区分等が対象',
    outcome: covered,
  });
  if (!covered) {
    out.findings.push({
      code: 'eligibility.careLevelNotCovered',
      severity: 'warning',
      message: `${CARE_LEVEL_LABELS[careLevel]}は対象外です（対象は${levels.map((l) => CARE_LEVEL_LABELS[l]).join('・')}）。`,
      path: ['careLevel'],
      citation: CITE,
    });
  }
  return covered;
}

/**
 * 利用者が小林市自立支援型ケアマネジメント促進事業の対象者かを判定する。
 *
 * - 対象は事業対象者・要支援１・要支援２（２ 事業概要）。それ以外（要介護1〜5・非該当）は対象外で、理由を返す。
 * - 利用者負担はなし（0円、パラメータ {@link userCharge}）。
 * - 事業開始時（2025-05-01 と読んだ）以降にプラン開始時の事前アセスメントを実施した者が対象（５ その他 ①）。
 * - プランが年度をこえても申請は妨げない（５ その他 ➁。年度をこえることは info で示す）。
 * - 区分か事前アセスメント実施日が分からず、ほかに対象外の理由もなければ undetermined（不足を `missing` に挙げる）。
 *   どちらかで対象外と分かれば、もう一方が不明でも対象外と判定する。
 *
 * @source kobayashi-jiritsu-2025 ２ 事業概要、５ その他 ①➁
 * @example
 * ```ts
 * checkEligibility(
 *   { careLevel: 'support1', preAssessmentDate: '2025-06-02' },
 *   { referenceDate: '2025-06-10' },
 * ).decision;
 * // => { eligible: true, careLevelCovered: true, assessmentOnOrAfterProgramStart: true, userCharge: 0 }
 * checkEligibility({ careLevel: 'care1' }, { referenceDate: '2025-06-10' }).decision?.eligible; // => false
 * checkEligibility({ careLevel: 'support2' }, { referenceDate: '2025-06-10' }).status; // => 'undetermined'
 * // what-if: 要介護1も対象とする読み方
 * checkEligibility(
 *   { careLevel: 'care1', preAssessmentDate: '2025-06-02' },
 *   { referenceDate: '2025-06-10', parameters: { 'kobayashi.eligibleCareLevels': ['support1', 'support2', 'care1'] } },
 * ).decision?.eligible; // => true
 * ```
 */
export const checkEligibility = defineRule<EligibilityInput, EligibilityDecision>({
  id: 'kobayashi.eligibility',
  title: '対象者（事業対象者・要支援１・２、利用者負担なし）',
  description:
    '利用者が事業の対象者か。事業対象者・要支援1・2で、事業開始時以降にプラン開始時の事前アセスメントを実施した者。利用者負担は0円。',
  sources: [CITE, cite(KOBAYASHI_DOCUMENT, '５ その他 ①➁')],
  input: ruleInput(eligibilityInputSchema),
  parameters: [eligibleCareLevels, userCharge, programStart, fiscalYearCrossingAllowed],
  examples: [
    {
      title: '要支援1、令和7年6月に事前アセスメント',
      input: { careLevel: 'support1', preAssessmentDate: '2025-06-02' },
      context: { referenceDate: '2025-06-10' },
      expect: { status: 'decided', decision: { eligible: true, userCharge: 0 } },
    },
    {
      title: '要介護1（対象外）',
      input: { careLevel: 'care1', preAssessmentDate: '2025-06-02' },
      context: { referenceDate: '2025-06-10' },
      expect: { status: 'decided', decision: { eligible: false, careLevelCovered: false } },
    },
    {
      title: '事業開始前（令和7年4月）に事前アセスメント',
      input: { careLevel: 'jigyoTaishosha', preAssessmentDate: '2025-04-25' },
      context: { referenceDate: '2025-06-10' },
      expect: {
        status: 'decided',
        decision: { eligible: false, assessmentOnOrAfterProgramStart: false },
      },
    },
  ],
  evaluate: (data, env) => {
    const out: { findings: Finding[]; missing: MissingInput[] } = { findings: [], missing: [] };
    const levels = env.value(eligibleCareLevels, { beforeFirst: 'first' });
    const charge = env.value(userCharge, { beforeFirst: 'first' });
    const levelCovered = careLevelCovered(data.careLevel, levels, out, env);
    const coverage = evaluateProgramCoverage(
      {
        preAssessmentDate: data.preAssessmentDate as IsoDate | undefined,
        planStartDate: data.planStartDate as IsoDate | undefined,
        planEndDate: data.planEndDate as IsoDate | undefined,
      },
      env,
    );
    const findings = [...out.findings, ...coverage.findings];
    const missing = [...out.missing, ...coverage.missing];
    if (coverage.findings.some((f) => f.severity === 'error')) return { findings };
    const known = [levelCovered, coverage.decision?.covered];
    const eligible = known.includes(false)
      ? false
      : known.every((k) => k === true)
        ? true
        : undefined;
    if (eligible === undefined) return { findings, missing };
    env.trace({
      kind: 'condition',
      code: 'eligibility.eligible',
      label: '事業の対象者',
      outcome: eligible,
    });
    findings.push({
      code: eligible ? 'eligibility.eligible' : 'eligibility.notEligible',
      severity: 'info',
      message: eligible
        ? '事業の対象者です。利用者負担はありません。'
        : '事業の対象者ではありません（理由は上記）。',
      citation: CITE,
    });
    const c = coverage.decision;
    const decision: EligibilityDecision = {
      eligible,
      ...(levelCovered === undefined ? {} : { careLevelCovered: levelCovered }),
      ...(c === undefined
        ? {}
        : { assessmentOnOrAfterProgramStart: c.assessmentOnOrAfterProgramStart }),
      ...(c?.crossesFiscalYear === undefined ? {} : { crossesFiscalYear: c.crossesFiscalYear }),
      userCharge: charge,
    };
    return { decision, findings, missing };
  },
});
