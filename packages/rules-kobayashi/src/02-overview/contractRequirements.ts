import { cite, defineRule } from '@kaigo/core';
import type { Finding, MissingInput, RuleEnv } from '@kaigo/core';
import { booleanField, ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { KOBAYASHI_DOCUMENT } from '../document';
import { OFFICE_CATEGORY_LABELS, officeCategoryOf, officeKindField } from './officeKinds';
import type { OfficeKind } from './officeKinds';
import { contractRequirements } from './parameters';
import type { ContractRequirementId, ContractRequirementSpec } from './parameters';

const CITE = cite(KOBAYASHI_DOCUMENT, '２（１）', '契約事業所の要件');

/** 契約事業所の要件の入力（参加申込書の項目と同じ名前）。未入力の要件は「不明」。 */
export interface ContractRequirementsInput {
  /** 事業所の種類。 */
  officeKind: OfficeKind;
  /** 市内に住所を有する。 */
  locatedInCity?: boolean | undefined;
  /** 市作成の「自立支援型アセスメントマニュアル」を用いてアセスメントを行う。 */
  usesAssessmentManual?: boolean | undefined;
  /** 市の統一様式にて計画書等を作成する。 */
  usesUnifiedForms?: boolean | undefined;
  /** 包括支援システムを導入している（サービス提供事業所のみ）。 */
  hokatsuSystemInstalled?: boolean | undefined;
  /** 包括支援システムでデータ連携している（サービス提供事業所のみ）。 */
  hokatsuSystemDataLinked?: boolean | undefined;
}

/**
 * 契約事業所の要件の入力スキーマ。項目名は様式 `kobayashi.participationApplication`（参加申込書）と同じなので、
 * 参加申込書のデータをそのまま渡せる（要件に関係しない項目は読み捨てる）。
 *
 * @source kobayashi-jiritsu-2025 ２ 事業概要、２（１）
 */
export const contractRequirementsInputSchema: z.ZodType<ContractRequirementsInput> = z.object({
  officeKind: officeKindField(),
  locatedInCity: booleanField({ label: '市内に住所を有する' }).optional(),
  usesAssessmentManual: booleanField({
    label: '「自立支援型アセスメントマニュアル」を用いてアセスメントを行う',
  }).optional(),
  usesUnifiedForms: booleanField({ label: '市の統一様式にて計画書等を作成する' }).optional(),
  hokatsuSystemInstalled: booleanField({ label: '包括支援システムを導入している' }).optional(),
  hokatsuSystemDataLinked: booleanField({
    label: '包括支援システムでデータ連携している',
  }).optional(),
});

/** 要件1件の判定。 */
export interface ContractRequirementStatus {
  /** 要件の id。 */
  readonly id: ContractRequirementId;
  /** 要件の説明。 */
  readonly label: string;
  /** `met` 満たす、`unmet` 満たさない、`unknown` 入力なし、`notApplicable` この区分には求められない。 */
  readonly status: 'met' | 'unmet' | 'unknown' | 'notApplicable';
}

/** 契約事業所の要件の判定。 */
export interface ContractRequirementsDecision {
  /** すべての要件を満たすか。 */
  readonly meetsAll: boolean;
  /** 要件ごとの判定。 */
  readonly requirements: readonly ContractRequirementStatus[];
}

/** 要件1件を入力に照らす（未入力は不足、満たさなければ指摘）。 */
function requirementStatus(
  spec: ContractRequirementSpec,
  data: ContractRequirementsInput,
  out: { findings: Finding[]; missing: MissingInput[] },
  env: RuleEnv,
): ContractRequirementStatus {
  const category = officeCategoryOf(data.officeKind);
  const status = (s: ContractRequirementStatus['status']): ContractRequirementStatus => ({
    id: spec.id,
    label: spec.label,
    status: s,
  });
  if (!spec.appliesTo.includes(category)) return status('notApplicable');
  const answer = data[spec.id];
  if (answer === undefined) {
    out.missing.push({ path: [spec.id], label: spec.label });
    return status('unknown');
  }
  env.trace({
    kind: 'condition',
    code: `contract.${spec.id}`,
    label: '契約事業所の要件を満たす',
    outcome: answer,
  });
  if (answer) return status('met');
  out.findings.push({
    code: 'contract.requirementUnmet',
    severity: 'error',
    message: `契約事業所の要件「${spec.label}」を満たしていません（${OFFICE_CATEGORY_LABELS[category]}）。`,
    path: [spec.id],
    citation: spec.citation,
  });
  return status('unmet');
}

/**
 * 事業所が契約事業所の要件を満たすかを判定し、満たさない要件を1件ずつ指摘する。
 *
 * - 居宅・事業所共通: 市内に住所を有する（２ 事業概要）、市作成の「自立支援型アセスメントマニュアル」を用いて
 *   アセスメントを行う、市の統一様式にて計画書等を作成する（２（１））。
 * - サービス提供事業所（訪問型・通所型）のみ: 包括支援システムを導入している、データ連携している（２（１））。
 * - 満たさない要件が1つでもあれば対象外と判定する。なければ、未入力の要件があるとき undetermined。
 *
 * @source kobayashi-jiritsu-2025 ２ 事業概要、２（１）
 * @example
 * ```ts
 * checkContractRequirements(
 *   { officeKind: 'kyotaku', locatedInCity: true, usesAssessmentManual: true, usesUnifiedForms: true },
 *   { referenceDate: '2025-05-12' },
 * ).decision?.meetsAll; // => true
 * checkContractRequirements(
 *   { officeKind: 'tsusho', locatedInCity: true, usesAssessmentManual: true, usesUnifiedForms: true,
 *     hokatsuSystemInstalled: true, hokatsuSystemDataLinked: false },
 *   { referenceDate: '2025-05-12' },
 * ).decision?.meetsAll; // => false
 * // what-if: データ連携を求めない読み方（要件の表から外す）
 * const specs = contractRequirements.values[0]!.value.filter((r) => r.id !== 'hokatsuSystemDataLinked');
 * checkContractRequirements(
 *   { officeKind: 'tsusho', locatedInCity: true, usesAssessmentManual: true, usesUnifiedForms: true,
 *     hokatsuSystemInstalled: true, hokatsuSystemDataLinked: false },
 *   { referenceDate: '2025-05-12', parameters: { 'kobayashi.contractRequirements': specs } },
 * ).decision?.meetsAll; // => true
 * ```
 */
export const checkContractRequirements = defineRule<
  ContractRequirementsInput,
  ContractRequirementsDecision
>({
  id: 'kobayashi.contractRequirements',
  title: '契約事業所の要件',
  description:
    '市内の事業所で、自立支援型アセスメントマニュアルと統一様式を使い、サービス提供事業所は包括支援システムを導入しデータ連携しているか。',
  sources: [cite(KOBAYASHI_DOCUMENT, '２ 事業概要'), CITE],
  input: ruleInput(contractRequirementsInputSchema),
  parameters: [contractRequirements],
  examples: [
    {
      title: '通所型事業所（すべて満たす）',
      input: {
        officeKind: 'tsusho',
        locatedInCity: true,
        usesAssessmentManual: true,
        usesUnifiedForms: true,
        hokatsuSystemInstalled: true,
        hokatsuSystemDataLinked: true,
      },
      context: { referenceDate: '2025-05-12' },
      expect: { status: 'decided', decision: { meetsAll: true } },
    },
    {
      title: '訪問型事業所（データ連携なし）',
      input: {
        officeKind: 'homon',
        locatedInCity: true,
        usesAssessmentManual: true,
        usesUnifiedForms: true,
        hokatsuSystemInstalled: true,
        hokatsuSystemDataLinked: false,
      },
      context: { referenceDate: '2025-05-12' },
      expect: { status: 'decided', decision: { meetsAll: false } },
    },
  ],
  evaluate: (data, env) => {
    const specs = env.value(contractRequirements, { beforeFirst: 'first' });
    const out: { findings: Finding[]; missing: MissingInput[] } = { findings: [], missing: [] };
    const requirements = specs.map((spec) => requirementStatus(spec, data, out, env));
    const unmet = requirements.some((r) => r.status === 'unmet');
    if (!unmet && out.missing.length > 0) return out;
    return { decision: { meetsAll: !unmet, requirements }, ...out };
  },
});
