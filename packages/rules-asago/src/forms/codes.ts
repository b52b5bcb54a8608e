import { cite, defineCodeTable } from '@kaigo/core';

/**
 * 朝来市いきいき長生き応援事業の評価の種類（事前評価・中間評価①②・事後評価）。ラベルは評価の名称だけで、
 * 実施時期（中間評価①の年月など）は書かない: 実施時期は `@kaigo/rules-asago` の日付付きパラメータ
 * `asago.evaluationSchedule` が持ち（上書きできる）、実施時期を添えた表記はそこから作る
 * （`@kaigo/rules-asago` の `evaluationKindLabels`）。
 *
 * @example
 * ```ts
 * codeLabel(ASAGO_EVALUATION_KIND_CODES, 'interim2'); // => '中間評価②'
 * ```
 */
export const ASAGO_EVALUATION_KIND_CODES = defineCodeTable(
  'asagoEvaluationKind',
  '評価の種類（朝来市いきいき長生き応援事業）',
  cite('asago-ikiiki-2024', '４ 内容 評価（ア）（イ）（ウ）'),
  [
    { code: 'pre', label: '事前評価' },
    { code: 'interim1', label: '中間評価①' },
    { code: 'interim2', label: '中間評価②' },
    { code: 'post', label: '事後評価' },
  ] as const,
);

/**
 * モデル対象者の要支援状態区分（モデル対象者は要支援１・２から選ぶ）。
 *
 * @example
 * ```ts
 * codeLabel(ASAGO_SUPPORT_LEVEL_CODES, 'support2'); // => '要支援２'
 * ```
 */
export const ASAGO_SUPPORT_LEVEL_CODES = defineCodeTable(
  'asagoSupportLevel',
  '要支援状態区分（モデル対象者）',
  cite('asago-ikiiki-2024', '２ 事業概要', 'モデル対象者を要支援１・２から１名ずつ選定'),
  [
    { code: 'support1', label: '要支援１' },
    { code: 'support2', label: '要支援２' },
  ] as const,
);
