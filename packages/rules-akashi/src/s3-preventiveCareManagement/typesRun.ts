import type { DatedParameter } from '@kaigo/core';
import { cite, defineParameter } from '@kaigo/core';
import { AKASHI_DOCUMENT, AKASHI_POLICY_FROM } from '../document';
import type { CareManagementType } from './processTable';

/**
 * 明石市が実施する介護予防ケアマネジメントの類型。ケアマネジメントＢ（サービス担当者会議やモニタリングを
 * 省略したケアマネジメント）は実施せず、Ａ（指定介護予防支援と同様）とＣ（基本的にサービス利用開始時のみ）を実施する。
 *
 * @source akashi-policy-2023 ３（３）類型
 * @example
 * ```ts
 * // 類型Ｂも実施するとしたら（what-if）: 文脈でこのパラメータを上書きする
 * const context = { referenceDate: '2024-07-01', parameters: { 'akashi.careManagement.typesRun': ['A', 'B', 'C'] } };
 * ```
 */
export const akashiCareManagementTypesRun: DatedParameter<readonly CareManagementType[]> =
  defineParameter<readonly CareManagementType[]>({
    id: 'akashi.careManagement.typesRun',
    description: '明石市が実施する介護予防ケアマネジメントの類型',
    citation: cite(
      AKASHI_DOCUMENT,
      '３（３）類型',
      '明石市では、ケアマネジメントＢ（サービス担当者会議やモニタリングを省略したケアマネジメント）は実施せず、ケアマネジメントＡ（指定介護予防支援と同様のケアマネジメント）とケアマネジメントＣ（基本的にサービス利用開始時のみ行うケアマネジメント）を実施する。',
    ),
    values: [{ from: AKASHI_POLICY_FROM, value: ['A', 'C'] }],
  });
