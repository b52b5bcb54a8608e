import type { PolicyStatement } from '../document';
import { cite } from '@kaigo/core';
import { AKASHI_DOCUMENT } from '../document';

/**
 * ２ 基本取扱方針（１）介護予防ケアマネジメント等 — 3項の原文と要旨（参照データ。判定には使わない）。
 *
 * @source akashi-policy-2023 ２（１）介護予防ケアマネジメント等
 */
export const PREVENTIVE_CARE_MANAGEMENT_HANDLING: readonly PolicyStatement[] = [
  {
    id: 'preventionAndMedicalCollaboration',
    summary: '介護予防に資するよう行い、医療サービスとの連携に十分配慮する。',
    text: '介護予防ケアマネジメント等は、利用者の介護予防に資するよう行われるとともに、医療サービスとの連携に十分配慮して行わなければならない。',
    citation: cite(AKASHI_DOCUMENT, '２（１）第1項'),
  },
  {
    id: 'preventivePlanForFunctioning',
    summary:
      '介護予防の効果を最大限に発揮し、生活機能の維持・改善のための適切なサービスを選べるよう介護予防サービス計画を策定する。',
    text: '介護予防ケアマネジメント等の事業を行う者は、介護予防の効果を最大限に発揮し、利用者が生活機能の維持・改善を実現するための適切なサービスを選択できるよう、介護予防サービス計画を策定しなければならない。',
    citation: cite(AKASHI_DOCUMENT, '２（１）第2項'),
  },
  {
    id: 'qualitySelfEvaluation',
    summary: '自ら提供する介護予防ケアマネジメント等の質を評価し、常に改善を図る。',
    text: '介護予防ケアマネジメント等の事業を行う者は、自らその提供する介護予防ケアマネジメント等の質の評価を行い、常にその改善を図らなければならない。',
    citation: cite(AKASHI_DOCUMENT, '２（１）第3項'),
  },
];

/**
 * ２ 基本取扱方針（２）指定居宅介護支援 — 2項の原文と要旨（参照データ。判定には使わない）。
 *
 * @source akashi-policy-2023 ２（２）指定居宅介護支援
 */
export const HOME_CARE_SUPPORT_HANDLING: readonly PolicyStatement[] = [
  {
    id: 'mitigationAndMedicalCollaboration',
    summary: '要介護状態の軽減又は悪化の防止に資するよう行い、医療サービスとの連携に十分配慮する。',
    text: '指定居宅介護支援は、要介護状態の軽減又は悪化の防止に資するよう行われるとともに、医療サービスとの連携に十分配慮して行われなければならない。',
    citation: cite(AKASHI_DOCUMENT, '２（２）第1項'),
  },
  {
    id: 'qualitySelfEvaluation',
    summary: '自ら提供する指定居宅介護支援の質を評価し、常に改善を図る。',
    text: '指定居宅介護支援事業者は、自らその提供する指定居宅介護支援の質の評価を行い、常にその改善を図らなければならない。',
    citation: cite(AKASHI_DOCUMENT, '２（２）第2項'),
  },
];
