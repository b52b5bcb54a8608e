import type { Finding, MissingInput, RuleResult } from '@kaigo/core';
import { booleanField } from '@kaigo/forms';
import * as z from 'zod';
import { structuralValue } from '../internal/params';
import { runRule } from '../internal/run';
import { kobayashiCite } from '../source';
import { OFFICE_CATEGORY_LABELS, officeCategoryOf, officeKindField } from './officeKinds';
import type { OfficeKind } from './officeKinds';
import { contractRequirements } from './parameters';
import type { ContractRequirementId } from './parameters';

const CITE = kobayashiCite('２（１）', '契約事業所の要件');

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
 * ```
 */
export function checkContractRequirements(
  input: unknown,
  context: unknown,
): RuleResult<ContractRequirementsDecision> {
  return runRule(
    'kobayashi.contractRequirements',
    [kobayashiCite('２ 事業概要'), CITE],
    contractRequirementsInputSchema,
    input,
    context,
    (data, ctx) => {
      const specs = structuralValue(contractRequirements, ctx.referenceDate);
      if (!specs) {
        return {
          findings: [
            {
              code: 'parameter.outOfRange',
              severity: 'error',
              message: '基準日に有効な契約事業所の要件の定めがありません。',
              citation: CITE,
            },
          ],
        };
      }
      const category = officeCategoryOf(data.officeKind);
      const findings: Finding[] = [];
      const missing: MissingInput[] = [];
      const requirements: ContractRequirementStatus[] = specs.value.map((spec) => {
        if (!spec.appliesTo.includes(category)) {
          return { id: spec.id, label: spec.label, status: 'notApplicable' };
        }
        const answer = data[spec.id];
        if (answer === undefined) {
          missing.push({ path: [spec.id], label: spec.label });
          return { id: spec.id, label: spec.label, status: 'unknown' };
        }
        if (!answer) {
          findings.push({
            code: 'contract.requirementUnmet',
            severity: 'error',
            message: `契約事業所の要件「${spec.label}」を満たしていません（${OFFICE_CATEGORY_LABELS[category]}）。`,
            path: [spec.id],
            citation: spec.citation,
          });
          return { id: spec.id, label: spec.label, status: 'unmet' };
        }
        return { id: spec.id, label: spec.label, status: 'met' };
      });
      const unmet = requirements.some((r) => r.status === 'unmet');
      if (!unmet && missing.length > 0) return { findings, missing, parameters: [specs.use] };
      return {
        decision: { meetsAll: !unmet, requirements },
        findings,
        missing,
        parameters: [specs.use],
      };
    },
  );
}
