import { cite, defineCodeTable } from '@kaigo/core';

/**
 * 小林市 自立支援型ケアマネジメント促進事業の事業所の種類（４ 提出(入力)書類 ア・イ・ウ）。
 * `homon`・`tsusho` は「サービス提供事業所」（２（２）、３（１））、`kyotaku` は「居宅介護支援事業所」（３（２））。
 *
 * @example
 * ```ts
 * codeLabel(KOBAYASHI_OFFICE_KIND_CODES, 'tsusho'); // => '通所型事業所'
 * ```
 */
export const KOBAYASHI_OFFICE_KIND_CODES = defineCodeTable(
  'kobayashi.officeKind',
  '事業所の種類（小林市 自立支援型ケアマネジメント促進事業）',
  cite('kobayashi-jiritsu-2025', '４ ア・イ・ウ'),
  [
    { code: 'homon', label: '訪問型事業所' },
    { code: 'tsusho', label: '通所型事業所' },
    { code: 'kyotaku', label: '居宅介護支援事業所' },
  ] as const,
);

/**
 * 支援（支払い）の対象となる取組（３ 事業の流れの表）。金額は `@kaigo/rules-kobayashi` のパラメータにある。
 *
 * @example
 * ```ts
 * codeLabel(KOBAYASHI_ACTIVITY_CODES, 'postAssessment'); // => '事後アセスメント'
 * ```
 */
export const KOBAYASHI_ACTIVITY_CODES = defineCodeTable(
  'kobayashi.activity',
  '支援の対象となる取組（小林市 自立支援型ケアマネジメント促進事業）',
  cite('kobayashi-jiritsu-2025', '３ 事業の流れ（表）'),
  [
    { code: 'preAssessment', label: '事前アセスメント' },
    { code: 'postAssessment', label: '事後アセスメント' },
    { code: 'assessmentSupport', label: 'アセスメント支援事業活用' },
    { code: 'shortTermIntensive', label: '短期集中予防サービス事業導入' },
    { code: 'communityCareMeeting', label: '地域ケア自立支援会議事例提出' },
  ] as const,
);

/**
 * 居宅介護支援事業所の立場（３（２））: 委託居宅（包括から委託を受けた居宅。システムへ入力）と
 * 指定居宅（指定を受けてプランを担当する居宅。包括に写しを提出）。
 *
 * @example
 * ```ts
 * codeLabel(KOBAYASHI_KYOTAKU_ARRANGEMENT_CODES, 'shitei'); // => '指定居宅'
 * ```
 */
export const KOBAYASHI_KYOTAKU_ARRANGEMENT_CODES = defineCodeTable(
  'kobayashi.kyotakuArrangement',
  '居宅介護支援事業所の立場（委託居宅・指定居宅）',
  cite('kobayashi-jiritsu-2025', '３（２）', '委託居宅：システムへ入力 指定居宅：包括に写し提出'),
  [
    { code: 'itaku', label: '委託居宅' },
    { code: 'shitei', label: '指定居宅' },
  ] as const,
);

/**
 * アセスメントの時期（事前・事後）。
 *
 * @example
 * ```ts
 * codeLabel(KOBAYASHI_PHASE_CODES, 'pre'); // => '事前'
 * ```
 */
export const KOBAYASHI_PHASE_CODES = defineCodeTable(
  'kobayashi.phase',
  'アセスメントの時期',
  cite('kobayashi-jiritsu-2025', '４'),
  [
    { code: 'pre', label: '事前' },
    { code: 'post', label: '事後' },
  ] as const,
);
