import type { DatedParameter } from '@kaigo/core';
import { cite, defineParameter } from '@kaigo/core';
import type { CareManagementKind } from '../carePlanRecord';
import { AKASHI_DOCUMENT, AKASHI_POLICY_FROM } from '../document';

/**
 * 心身機能・活動・参加のバランスの助言を行うケアマネジメントの種類。
 *
 * 読み方: １（１）第5項は主語を「介護予防ケアマネジメント」（「等」なし）と書き、他の項の
 * 「介護予防ケアマネジメント等」（指定介護予防支援を含む）と区別しているため、字義どおり介護予防ケアマネジメント
 * （第１号介護予防支援）だけとした。同（１）第1項が両者を共通の考え方で一体的に行うとしていることから
 * 指定介護予防支援にも及ぼす読み方もあり、その場合は値に `preventiveSupport` を加える。
 * 指定居宅介護支援（１（２））にはこの項がない。
 *
 * @source akashi-policy-2023 １（１）第5項
 * @example
 * ```ts
 * valueAt(akashiBalanceApplicableKinds, isoDate('2024-05-10')); // 値: ['preventiveCareManagement']
 * ```
 */
export const akashiBalanceApplicableKinds: DatedParameter<readonly CareManagementKind[]> =
  defineParameter<readonly CareManagementKind[]>({
    id: 'akashi.balance.applicableKinds',
    description: '心身機能・活動・参加のバランスの助言を行うケアマネジメントの種類',
    citation: cite(
      AKASHI_DOCUMENT,
      '１（１）第5項',
      '「心身機能」の改善だけではなく、「活動」「参加」にもバランスよくアプローチし、利用者の自立に資するよう支援するものでなければならない。',
    ),
    reading:
      '第5項の主語は「介護予防ケアマネジメント」（「等」なし）のため第１号介護予防支援のみ。指定介護予防支援にも及ぼすなら preventiveSupport を加える。',
    values: [{ from: AKASHI_POLICY_FROM, value: ['preventiveCareManagement'] }],
  });
