import type { PolicyStatement } from '../document';
import { cite } from '@kaigo/core';
import { AKASHI_DOCUMENT } from '../document';

/**
 * ３ 介護予防ケアマネジメントの概要等（１）概要 — 原文と要旨（参照データ）。
 *
 * @source akashi-policy-2023 ３（１）概要
 */
export const PREVENTIVE_CARE_MANAGEMENT_OVERVIEW: PolicyStatement = {
  id: 'overview',
  summary:
    '総合事業の介護予防ケアマネジメントは、地域総合支援センターが要支援者等をアセスメントし、目標を設定し、介護予防の取組を日常生活に取り入れて自ら実施・評価できるよう支援する。',
  text: '介護予防・日常生活支援総合事業（総合事業）における介護予防ケアマネジメントは、地域総合支援センターが要支援者等に対するアセスメントを行い、その状態や置かれている環境等に応じて目標を設定し、その達成に向け、介護予防の取組を日常生活の中に取り入れ、自ら実施・評価できるよう支援する。',
  citation: cite(AKASHI_DOCUMENT, '３（１）概要'),
};

/**
 * ３ 介護予防ケアマネジメントの概要等（２）考え方 — 3項の原文と要旨（参照データ）。
 * 第2項（心身機能・活動・参加の視点）は {@link checkFunctionActivityParticipationBalance} の出典の一つ。
 *
 * @source akashi-policy-2023 ３（２）考え方
 */
export const PREVENTIVE_CARE_MANAGEMENT_APPROACH: readonly PolicyStatement[] = [
  {
    id: 'selfCareAwareness',
    summary:
      '高齢者一人一人が健康増進や介護予防の意識を持ち、自ら情報にアクセスし、介護予防・健康の維持増進に取り組むことが重要。',
    text: '高齢者が健康を維持し、改善可能な場合は適切な支援を受けて改善に向かい、医療や介護を必要とする状態となってもその生活の質を維持・向上させるためには、高齢者一人一人が自分の健康増進や介護予防についての意識を持ち、自ら必要な情報にアクセスするとともに、介護予防、健康の維持・増進に向けた取組を行うことが重要となる。',
    citation: cite(AKASHI_DOCUMENT, '３（２）考え方 第1項'),
  },
  {
    id: 'functionActivityParticipationPerspective',
    summary:
      '心身機能の改善だけでなく、地域で生きがいや役割をもって生活できる活動への参加など、心身機能・活動・参加の視点を踏まえた内容となるよう要支援者等の選択を支援する。',
    text: '高齢者自身が地域で何らかの役割を果たせる活動を継続することにより、日常生活上の何らかの困りごとに対して、心身機能の改善だけではなく、地域の中で生きがいや役割をもって生活できるような活動に参加するなど、心身機能・活動・参加の視点を踏まえた内容となるよう、要支援者等の選択を支援することが重要である。',
    citation: cite(AKASHI_DOCUMENT, '３（２）考え方 第2項'),
  },
  {
    id: 'userOwnedPlan',
    summary:
      'ケアプランは利用者本人の計画。意向を十分に聴き取り、その意向を根拠に、専門職として検討・提案できる支援を落とし込む。',
    text: 'ケアプランは利用者本人の計画であることを意識し、利用者の意向を十分に聴き取り、その意向を踏まえたうえで（その意向を根拠に）、専門職としてどのような支援を検討し、提案できるのかをケアプランに落とし込むことが必要である。',
    citation: cite(AKASHI_DOCUMENT, '３（２）考え方 第3項'),
  },
];
