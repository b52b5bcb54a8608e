import { cite } from '@kaigo/core';
import * as z from 'zod';
import { withMeta } from '@kaigo/forms';
import { defineForm } from '@kaigo/forms';
import type { FormDefinition } from '@kaigo/forms';
import { dateField, textField } from '@kaigo/forms';

const SOURCE = cite('kumamoto-kanyo-2024', '３（２）≪アドバイス等の視点≫');

/**
 * 熊本市「アドバイス等の視点」の項目 id（資料の箇条書きの順）。
 *
 * - `selfReliance`: 利用者の介護予防や自立支援に向けたプランとなっているか
 * - `issuesClear`: 解決すべき課題が明確にされているか
 * - `goalsAppropriate`: 目標設定が適切か（本人の望む日常を目指す具体的な内容となっているか）
 * - `communityServices`: 地域において、利用可能な地域支え合い型サービスや短期集中予防サービスがないか
 * - `revisionOnUpdate`: ケアプラン更新時においては、これまでの経過や目標の達成状況等を踏まえ、適切な見直しが行われているか
 */
export const KUMAMOTO_ADVICE_VIEWPOINT_IDS = [
  'selfReliance',
  'issuesClear',
  'goalsAppropriate',
  'communityServices',
  'revisionOnUpdate',
] as const;

/** 熊本市「アドバイス等の視点」の項目 id。 */
export type KumamotoAdviceViewpointId = (typeof KUMAMOTO_ADVICE_VIEWPOINT_IDS)[number];

/** 各視点の資料どおりの文言（ラベル）。 */
export const KUMAMOTO_ADVICE_VIEWPOINT_LABELS: Readonly<Record<KumamotoAdviceViewpointId, string>> =
  {
    selfReliance: '利用者の介護予防や自立支援に向けたプランとなっているか',
    issuesClear: '解決すべき課題が明確にされているか',
    goalsAppropriate: '目標設定が適切か（本人の望む日常を目指す具体的な内容となっているか）',
    communityServices:
      '地域において、利用可能な地域支え合い型サービスや短期集中予防サービスがないか',
    revisionOnUpdate:
      'ケアプラン更新時においては、これまでの経過や目標の達成状況等を踏まえ、適切な見直しが行われているか',
  };

/**
 * 計画の区分（検証のきっかけとなった出来事）。`create` 新規作成、`update` 更新、`change` 変更（更新以外の見直し）。
 * 資料が検証の時期として挙げるのは「作成・更新」で、`change` は資料に記載がない区分として受け付ける。
 */
export const KUMAMOTO_PLAN_EVENTS = ['create', 'update', 'change'] as const;

/** 計画の区分。 */
export type KumamotoPlanEvent = (typeof KUMAMOTO_PLAN_EVENTS)[number];

/** 視点ごとの確認結果: `adequate` 適切（アドバイス等なし）、`adviceNeeded` アドバイス等すべき事項あり。 */
export const KUMAMOTO_VIEWPOINT_RESULTS = ['adequate', 'adviceNeeded'] as const;

/** 視点ごとの確認結果。 */
export type KumamotoViewpointResult = (typeof KUMAMOTO_VIEWPOINT_RESULTS)[number];

function answerSchema(id: KumamotoAdviceViewpointId) {
  const label = KUMAMOTO_ADVICE_VIEWPOINT_LABELS[id];
  return withMeta(
    z.strictObject({
      result: withMeta(z.enum(KUMAMOTO_VIEWPOINT_RESULTS), {
        label: '確認結果',
        description: 'adequate = 適切、adviceNeeded = アドバイス等すべき事項あり',
      }),
      note: textField({ label: 'アドバイス等の内容（メモ）' }, 1000).optional(),
    }),
    { label, source: SOURCE },
  ).optional();
}

/** 視点1つの確認結果。 */
export interface KumamotoViewpointAnswer {
  /** 確認結果（適切／アドバイス等すべき事項あり）。 */
  readonly result: KumamotoViewpointResult;
  /** アドバイス等の内容（メモ。ルールの結果には写さない）。 */
  readonly note?: string | undefined;
}

/** 「アドバイス等の視点」への回答（未回答は省略）。 */
export interface KumamotoAdviceViewpointAnswers {
  /** 利用者の介護予防や自立支援に向けたプランとなっているか。 */
  readonly selfReliance?: KumamotoViewpointAnswer | undefined;
  /** 解決すべき課題が明確にされているか。 */
  readonly issuesClear?: KumamotoViewpointAnswer | undefined;
  /** 目標設定が適切か（本人の望む日常を目指す具体的な内容となっているか）。 */
  readonly goalsAppropriate?: KumamotoViewpointAnswer | undefined;
  /** 地域において、利用可能な地域支え合い型サービスや短期集中予防サービスがないか。 */
  readonly communityServices?: KumamotoViewpointAnswer | undefined;
  /** ケアプラン更新時においては、これまでの経過や目標の達成状況等を踏まえ、適切な見直しが行われているか（更新時のみ）。 */
  readonly revisionOnUpdate?: KumamotoViewpointAnswer | undefined;
}

/** 熊本市 ささえりあの「アドバイス等の視点」確認記録。 */
export interface KumamotoAdviceReview {
  /** 計画の区分（新規作成・更新・変更）。 */
  readonly planEvent?: KumamotoPlanEvent | undefined;
  /** 確認日（YYYY-MM-DD）。 */
  readonly reviewedOn?: string | undefined;
  /** 視点ごとの回答。 */
  readonly viewpoints: KumamotoAdviceViewpointAnswers;
}

/**
 * 熊本市 ささえりあの「アドバイス等の視点」確認記録のスキーマ（SDK によるモデル化。公式様式はない）。
 * 各視点は未回答（省略）を許す。未回答は「適切」ではなく「未確認」として扱う。
 */
export const kumamotoAdviceReviewSchema: z.ZodType<KumamotoAdviceReview> = z.strictObject({
  planEvent: withMeta(z.enum(KUMAMOTO_PLAN_EVENTS), {
    label: '計画の区分（新規作成・更新・変更）',
    source: cite('kumamoto-kanyo-2024', '３（１）①'),
  }).optional(),
  reviewedOn: dateField({ label: '確認日' }).optional(),
  viewpoints: withMeta(
    z.strictObject({
      selfReliance: answerSchema('selfReliance'),
      issuesClear: answerSchema('issuesClear'),
      goalsAppropriate: answerSchema('goalsAppropriate'),
      communityServices: answerSchema('communityServices'),
      revisionOnUpdate: answerSchema('revisionOnUpdate'),
    }),
    { label: 'アドバイス等の視点', source: SOURCE },
  ),
});

/**
 * 様式 `kumamoto.adviceReview`: ささえりあが提出されたケアプラン等を「アドバイス等の視点」で確認した記録。
 * 資料は視点の箇条書きだけを示し、記録様式は定めていないため、SDK がモデル化した（`modelled: true`）。
 *
 * @example
 * ```ts
 * validate(kumamotoAdviceReviewForm, { planEvent: 'update', viewpoints: { selfReliance: { result: 'adequate' } } }).ok; // => true
 * ```
 */
export const kumamotoAdviceReviewForm: FormDefinition<z.ZodType<KumamotoAdviceReview>> = defineForm(
  {
    id: 'kumamoto.adviceReview',
    title: 'アドバイス等の視点 確認記録（熊本市）',
    typeName: 'KumamotoAdviceReview',
    version: '1',
    source: SOURCE,
    modelled: true,
    city: '熊本市',
    description:
      '資料「令和６年度以降における包括的・継続的ケアマネジメント支援業務について」３（２）の≪アドバイス等の視点≫5項目を、' +
      'ささえりあが確認結果（適切／アドバイス等あり）で記録する。「ケアプラン更新時においては…」の視点は更新時のみ。',
    schema: kumamotoAdviceReviewSchema,
  },
);
