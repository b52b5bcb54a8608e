import type { CareLevel, DatedParameter } from '@kaigo/core';
import { cite, defineParameter } from '@kaigo/core';
import { AKASHI_DOCUMENT, AKASHI_POLICY_FROM } from '../document';

/**
 * リハビリテーション専門職の同行訪問の対象となる区分（「要支援者等」）。
 *
 * 読み方: 文書は「要支援者等」と書く。同じ文書の１（１）第1項が「要支援者、事業対象者に対してそれぞれ行う
 * 第１号介護予防支援」と書き、３（１）が総合事業の介護予防ケアマネジメントの対象を「要支援者等」とすることから、
 * 要支援1・要支援2・事業対象者と読む。要支援者だけと読むなら `jigyoTaishosha` を除く。
 *
 * @source akashi-policy-2023 ４（２）リハビリテーション専門職の同行訪問による支援
 * @example
 * ```ts
 * // 「要支援者等」を要支援者だけと読むなら（what-if）
 * const context = { referenceDate: '2024-05-01', parameters: { 'akashi.rehabVisit.targetLevels': ['support1', 'support2'] } };
 * ```
 */
export const akashiRehabVisitTargetLevels: DatedParameter<readonly CareLevel[]> = defineParameter<
  readonly CareLevel[]
>({
  id: 'akashi.rehabVisit.targetLevels',
  description: 'リハビリテーション専門職の同行訪問の対象区分（要支援者等）',
  citation: cite(
    AKASHI_DOCUMENT,
    '４（２）リハビリテーション専門職の同行訪問による支援',
    '新規にサービスの利用を開始する要支援者等に対し、本人の同意を得て',
  ),
  reading:
    '「要支援者等」を要支援1・2と事業対象者と読む（１（１）第1項、３（１））。要支援者だけと読むなら事業対象者を除く。',
  values: [{ from: AKASHI_POLICY_FROM, value: ['support1', 'support2', 'jigyoTaishosha'] }],
});

/**
 * 再見！生活プログラムの対象となる区分（「要支援者又は事業対象者」）。
 *
 * @source akashi-policy-2023 ４（３）短期集中介護予防サービス（再見！生活プログラム）の実施
 * @example
 * ```ts
 * valueAt(akashiSaikenTargetLevels, isoDate('2024-05-01')); // 値: ['support1', 'support2', 'jigyoTaishosha']
 * ```
 */
export const akashiSaikenTargetLevels: DatedParameter<readonly CareLevel[]> = defineParameter<
  readonly CareLevel[]
>({
  id: 'akashi.saiken.targetLevels',
  description: '再見！生活プログラムの対象区分（要支援者又は事業対象者）',
  citation: cite(
    AKASHI_DOCUMENT,
    '４（３）短期集中介護予防サービス（再見！生活プログラム）の実施',
    '再見！生活プログラムは、要支援者又は事業対象者を対象として',
  ),
  values: [{ from: AKASHI_POLICY_FROM, value: ['support1', 'support2', 'jigyoTaishosha'] }],
});
