import type { Finding, IsoDate, MissingInput, RuleEnv } from '@kaigo/core';
import { cite, defineRule } from '@kaigo/core';
import { ruleInput } from '@kaigo/forms';
import type { CarePlanRecord, FunctioningDomain } from '../carePlanRecord';
import {
  CARE_MANAGEMENT_KIND_LABELS,
  FUNCTIONING_DOMAINS,
  FUNCTIONING_DOMAIN_LABELS,
  carePlanRecordSchema,
} from '../carePlanRecord';
import { AKASHI_DOCUMENT } from '../document';
import { akashiBalanceApplicableKinds } from './balance';

const PRINCIPLE = cite(AKASHI_DOCUMENT, '１（１）第5項');

/** {@link checkFunctionActivityParticipationBalance} の判定。 */
export interface BalanceDecision {
  /** この計画の種類に助言を行うか。 */
  readonly applies: boolean;
  /** 分類済みの目標が扱う視点（心身機能・活動・参加の順）。 */
  readonly domains: readonly FunctioningDomain[];
  /** 分類済みの目標がすべて「心身機能」だけか（分類のない目標があればこの判定はしない）。 */
  readonly onlyBodyFunction: boolean;
  /** 「活動」「参加」のうち、どの目標にも付いていない視点。 */
  readonly lacking: readonly FunctioningDomain[];
}

type Goals = NonNullable<CarePlanRecord['goals']>;

/** 分類済みの目標が扱う視点と、分類のない目標（不足入力）。 */
function coverageOf(goals: Goals): { covered: Set<FunctioningDomain>; missing: MissingInput[] } {
  const missing: MissingInput[] = [];
  const covered = new Set<FunctioningDomain>();
  goals.forEach((g, i) => {
    if (g.domains === undefined || g.domains.length === 0)
      missing.push({
        path: ['goals', i, 'domains'],
        label: `目標${i + 1}の視点（心身機能・活動・参加）`,
      });
    else for (const d of g.domains) covered.add(d);
  });
  return { covered, missing };
}

/** 目標の視点から助言を作る（warning / info のみ）。 */
function adviseOnGoals(
  goals: Goals,
  env: RuleEnv,
): { decision?: BalanceDecision; findings?: Finding[]; missing: MissingInput[] } {
  const { covered, missing } = coverageOf(goals);
  const domains = FUNCTIONING_DOMAINS.filter((d) => covered.has(d));
  const lacking = (['activity', 'participation'] as const).filter((d) => !covered.has(d));
  const addressesActivityOrParticipation = lacking.length < 2;
  // 分類のない目標が「活動」「参加」かもしれないので、まだ決められない。
  if (!addressesActivityOrParticipation && missing.length > 0) return { missing };
  const findings: Finding[] = [];
  const onlyBodyFunction = !addressesActivityOrParticipation && covered.has('bodyFunction');
  env.trace({
    kind: 'condition',
    code: 'akashi.balance.onlyBodyFunction',
    label: '分類済みの目標がすべて「心身機能」だけか',
    outcome: onlyBodyFunction,
  });
  if (onlyBodyFunction)
    findings.push({
      code: 'akashi.balance.onlyBodyFunction',
      severity: 'warning',
      message:
        '目標がすべて「心身機能」の分類です。「活動」「参加」にもバランスよく働きかける目標を検討してください。',
      path: ['goals'],
      citation: PRINCIPLE,
    });
  else if (missing.length === 0)
    for (const d of lacking)
      findings.push({
        code: 'akashi.balance.domainNotAddressed',
        severity: 'info',
        message: `「${FUNCTIONING_DOMAIN_LABELS[d]}」を扱う目標がありません（参考）。`,
        path: ['goals'],
        citation: PRINCIPLE,
      });
  return { decision: { applies: true, domains, onlyBodyFunction, lacking }, findings, missing };
}

/**
 * ケアプランの目標が「心身機能」だけでなく「活動」「参加」にも働きかけているかを助言する（error は出さない）。
 *
 * 文書は、介護予防ケアマネジメントは「心身機能」の改善だけでなく「活動」「参加」にもバランスよくアプローチし
 * 自立に資するよう支援するものとし（１（１）第5項）、心身機能・活動・参加の視点を踏まえた内容となるよう選択を
 * 支援することが重要とする（３（２）第2項）。文書は目標の数や割合を定めていないため、判定は次の助言にとどめる。
 * - 分類済みの目標がすべて「心身機能」だけ → `warning`（`akashi.balance.onlyBodyFunction`）
 * - 「活動」または「参加」を扱う目標があるが、もう一方がない → `info`（`akashi.balance.domainNotAddressed`）
 * 目標の分類（`goals[].domains`）は計画の記録の一部で、分類のない目標は不足入力として返す。分類のない目標が
 * 残っていて、それ次第で結論が変わるときは `undetermined`。
 * 計画の種類が助言の対象外（{@link akashiBalanceApplicableKinds}）なら `applies: false`。
 * パラメータはケアプラン作成日（なければ基準日）に有効な値を使う。
 *
 * @source akashi-policy-2023 １（１）第5項
 * @source akashi-policy-2023 ３（２）考え方 第2項
 * @example
 * ```ts
 * const r = checkFunctionActivityParticipationBalance(
 *   {
 *     kind: 'preventiveCareManagement',
 *     createdOn: '2024-05-10',
 *     goals: [{ domains: ['bodyFunction'] }, { domains: ['bodyFunction'] }],
 *   },
 *   { referenceDate: '2024-05-20' },
 * );
 * r.decision?.onlyBodyFunction; // => true（warning の助言つき）
 * ```
 */
export const checkFunctionActivityParticipationBalance = defineRule<
  CarePlanRecord,
  BalanceDecision
>({
  id: 'akashi.functionActivityParticipationBalance',
  title: '心身機能・活動・参加のバランス（助言）',
  description:
    'ケアプランの目標が「心身機能」だけに偏っていないかを、目標に付けた分類から助言する（warning / info のみ）。',
  sources: [PRINCIPLE, cite(AKASHI_DOCUMENT, '３（２）考え方 第2項')],
  input: ruleInput(carePlanRecordSchema),
  parameters: [akashiBalanceApplicableKinds],
  examples: [
    {
      title: '目標が心身機能だけ',
      input: {
        kind: 'preventiveCareManagement',
        createdOn: '2024-05-10',
        goals: [{ domains: ['bodyFunction'] }, { domains: ['bodyFunction'] }],
      },
      context: { referenceDate: '2024-05-20' },
      expect: { status: 'decided', decision: { applies: true, onlyBodyFunction: true } },
    },
    {
      title: '心身機能・活動・参加にわたる目標',
      input: {
        kind: 'preventiveCareManagement',
        createdOn: '2024-05-10',
        goals: [{ domains: ['bodyFunction', 'activity'] }, { domains: ['participation'] }],
      },
      context: { referenceDate: '2024-05-20' },
      expect: { status: 'decided', decision: { onlyBodyFunction: false, lacking: [] } },
    },
  ],
  evaluate: (plan, env) => {
    const kinds = env.value(akashiBalanceApplicableKinds, {
      at: (plan.createdOn as IsoDate | undefined) ?? env.referenceDate,
    });
    if (plan.kind === undefined)
      return { missing: [{ path: ['kind'], label: 'ケアマネジメントの種類' }] };
    const applies = kinds.includes(plan.kind);
    env.trace({
      kind: 'condition',
      code: 'akashi.balance.applies',
      label: 'ケアマネジメントの種類が助言の対象か',
      outcome: applies,
    });
    if (!applies)
      return {
        decision: { applies: false, domains: [], onlyBodyFunction: false, lacking: [] },
        findings: [
          {
            code: 'akashi.balance.notApplicable',
            severity: 'info',
            message: `${CARE_MANAGEMENT_KIND_LABELS[plan.kind]}の計画は、この助言（１（１）第5項）の対象外として扱いました。`,
            path: ['kind'],
            citation: akashiBalanceApplicableKinds.citation,
          },
        ],
      };
    const goals = plan.goals ?? [];
    if (goals.length === 0) return { missing: [{ path: ['goals'], label: '目標' }] };
    return adviseOnGoals(goals, env);
  },
});
