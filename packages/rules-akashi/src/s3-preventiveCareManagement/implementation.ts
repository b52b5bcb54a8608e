import type { DatedParameter } from '@kaigo/core';
import { cite, defineParameter } from '@kaigo/core';
import type { ExternalReference, PolicyStatement } from '../document';
import { AKASHI_DOCUMENT, AKASHI_POLICY_FROM } from '../document';
import type { CareManagementType } from './processTable';

/*
 * 原文の節番号について: ３ の中で「（３）類型」の表の後に「（２）実施主体」が続く（番号の重複・逆行）。
 * 出典では「３（２）実施主体」と見出しの語を付けて「３（２）考え方」と区別する。
 */

/**
 * 介護予防ケアマネジメントの実施主体（参照データ）。利用者本人が居住する日常生活圏域を担当する
 * 地域総合支援センターが実施し、業務の一部を指定居宅介護支援事業所へ委託できる。
 *
 * @source akashi-policy-2023 ３（２）実施主体
 */
export const PREVENTIVE_CARE_MANAGEMENT_IMPLEMENTER: PolicyStatement = {
  id: 'implementer',
  summary:
    '利用者本人が居住する日常生活圏域を担当する地域総合支援センターが実施する。業務の一部を指定居宅介護支援事業所へ委託でき、委託するのはケアマネジメントＡのケース。',
  text: '利用者本人が居住する日常生活圏域を担当する地域総合支援センターにおいて実施する。なお、従来の指定介護予防支援と同様、業務の一部を指定居宅介護支援事業所へ委託することができる。委託するのは、ケアマネジメントＡを行うケースとなる。',
  citation: cite(AKASHI_DOCUMENT, '３（２）実施主体'),
};

/**
 * 指定居宅介護支援事業所へ委託できる類型。
 *
 * 読み方: 原文「委託するのは、ケアマネジメントＡを行うケースとなる。」を、委託できるのはＡのケースだけ
 * （Ｃのケースは委託しない）と読む。委託先は指定居宅介護支援事業所（同じ節）。
 *
 * @source akashi-policy-2023 ３（２）実施主体
 * @example
 * ```ts
 * valueAt(akashiDelegableTypes, isoDate('2024-06-01')); // 値: ['A']
 * ```
 */
export const akashiDelegableTypes: DatedParameter<readonly CareManagementType[]> = defineParameter<
  readonly CareManagementType[]
>({
  id: 'akashi.careManagement.delegableTypes',
  description: '指定居宅介護支援事業所へ委託できる介護予防ケアマネジメントの類型',
  citation: cite(
    AKASHI_DOCUMENT,
    '３（２）実施主体',
    '委託するのは、ケアマネジメントＡを行うケースとなる。',
  ),
  reading:
    '「委託するのは、ケアマネジメントＡを行うケースとなる」を、委託できるのはＡのケースのみと読む。',
  values: [{ from: AKASHI_POLICY_FROM, value: ['A'] }],
});

/**
 * 詳細を定める別冊（SDK の出典に含まれない）。
 *
 * @source akashi-policy-2023 ３（２）実施主体 ※
 */
export const PREVENTIVE_CARE_MANAGEMENT_MANUAL: ExternalReference = {
  title:
    '明石市版 介護予防ケアマネジメントマニュアル～自立支援にむけた、適切なケアマネジメントを目指して～',
  note: '介護予防ケアマネジメントの詳細は別冊を参照（別冊は SDK の出典に含まれない）。',
  citation: cite(AKASHI_DOCUMENT, '３（２）実施主体 ※'),
};
