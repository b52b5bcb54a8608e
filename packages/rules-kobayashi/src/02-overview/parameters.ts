import { cite, defineParameter, isoDate } from '@kaigo/core';
import type { CareLevel, Citation } from '@kaigo/core';
import { KOBAYASHI_DOCUMENT } from '../document';
import type { OfficeCategory } from './officeKinds';

/**
 * 対象者となる利用者の要介護状態区分等（事業対象者、要支援１・２）。
 *
 * @source kobayashi-jiritsu-2025 ２ 事業概要
 * @example
 * ```ts
 * eligibleCareLevels.values[0]?.value; // => ['jigyoTaishosha', 'support1', 'support2']
 * ```
 */
export const eligibleCareLevels = defineParameter<readonly CareLevel[]>({
  id: 'kobayashi.eligibleCareLevels',
  description: '対象者となる利用者（要介護状態区分等）',
  citation: cite(
    KOBAYASHI_DOCUMENT,
    '２ 事業概要',
    '対象者となる利用者及び利用者負担金：事業対象者、要支援１・２とし',
  ),
  values: [{ from: isoDate('2025-05-01'), value: ['jigyoTaishosha', 'support1', 'support2'] }],
});

/**
 * 利用者負担金（円）。要領は「利用者負担なし」。
 *
 * @source kobayashi-jiritsu-2025 ２ 事業概要
 * @example
 * ```ts
 * userCharge.values[0]?.value; // => 0
 * ```
 */
export const userCharge = defineParameter<number>({
  id: 'kobayashi.userCharge',
  description: '利用者負担金',
  unit: '円',
  citation: cite(KOBAYASHI_DOCUMENT, '２ 事業概要', '利用者負担なし'),
  values: [{ from: isoDate('2025-05-01'), value: 0 }],
});

/** 契約事業所の要件の id。 */
export type ContractRequirementId =
  | 'locatedInCity'
  | 'usesAssessmentManual'
  | 'usesUnifiedForms'
  | 'hokatsuSystemInstalled'
  | 'hokatsuSystemDataLinked';

/** 契約事業所の要件1件（データ）。 */
export interface ContractRequirementSpec {
  /** 要件の id（入力の項目名と同じ）。 */
  readonly id: ContractRequirementId;
  /** 要件の日本語の説明。 */
  readonly label: string;
  /** 適用される事業所の区分。 */
  readonly appliesTo: readonly OfficeCategory[];
  /** 出典。 */
  readonly citation: Citation;
}

/**
 * 契約事業所の要件（２（１））と、事業の対象となる事業所の所在（２ 事業概要「市内に住所を有する」）。
 * マニュアル・統一様式は居宅・事業所共通、包括支援システムの導入とデータ連携はサービス提供事業所のみ。
 * 「包括支援システムを導入しデータ連携していること」は、導入とデータ連携の2つの要件に分けて確認する。
 *
 * @source kobayashi-jiritsu-2025 ２ 事業概要、２（１）
 * @example
 * ```ts
 * contractRequirements.values[0]?.value.map((r) => r.id);
 * // => ['locatedInCity', 'usesAssessmentManual', 'usesUnifiedForms', 'hokatsuSystemInstalled', 'hokatsuSystemDataLinked']
 * ```
 */
export const contractRequirements = defineParameter<readonly ContractRequirementSpec[]>({
  id: 'kobayashi.contractRequirements',
  description: '契約事業所の要件',
  citation: cite(KOBAYASHI_DOCUMENT, '２（１）', '契約事業所の要件'),
  values: [
    {
      from: isoDate('2025-05-01'),
      value: [
        {
          id: 'locatedInCity',
          label: '市内に住所を有する',
          appliesTo: ['serviceProvider', 'careManagement'],
          citation: cite(
            KOBAYASHI_DOCUMENT,
            '２ 事業概要',
            '市内に住所を有するサービス提供事業所、居宅介護支援事業所が',
          ),
        },
        {
          id: 'usesAssessmentManual',
          label: '市作成の「自立支援型アセスメントマニュアル」を用いてアセスメントを行っている',
          appliesTo: ['serviceProvider', 'careManagement'],
          citation: cite(
            KOBAYASHI_DOCUMENT,
            '２（１）',
            '市作成の「自立支援型アセスメントマニュアル」を用いてアセスメントを行い',
          ),
        },
        {
          id: 'usesUnifiedForms',
          label: '市の統一様式にて計画書等を作成している',
          appliesTo: ['serviceProvider', 'careManagement'],
          citation: cite(
            KOBAYASHI_DOCUMENT,
            '２（１）',
            '市の統一様式にて計画書等を作成していること（居宅、事業所共通）',
          ),
        },
        {
          id: 'hokatsuSystemInstalled',
          label: '包括支援システムを導入している',
          appliesTo: ['serviceProvider'],
          citation: cite(
            KOBAYASHI_DOCUMENT,
            '２（１）',
            '包括支援システムを導入しデータ連携していること（サービス提供事業所のみ）',
          ),
        },
        {
          id: 'hokatsuSystemDataLinked',
          label: '包括支援システムでデータ連携している',
          appliesTo: ['serviceProvider'],
          citation: cite(
            KOBAYASHI_DOCUMENT,
            '２（１）',
            '包括支援システムを導入しデータ連携していること（サービス提供事業所のみ）',
          ),
        },
      ],
    },
  ],
});
