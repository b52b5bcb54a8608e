import { cite, defineParameter, isoDate } from '@kaigo/core';
import type { Citation } from '@kaigo/core';
import type { OfficeKind } from '../02-overview/officeKinds';
import { KOBAYASHI_DOCUMENT } from '../document';

/** アセスメントの時期: `pre` 事前、`post` 事後。 */
export type Phase = 'pre' | 'post';

/**
 * 時期の日本語名。
 *
 * @source kobayashi-jiritsu-2025 ４
 * @example
 * ```ts
 * PHASE_LABELS.post; // => '事後'
 * ```
 */
export const PHASE_LABELS: Readonly<Record<Phase, string>> = { pre: '事前', post: '事後' };

/** 提出（入力）書類1件（データ）。id は様式 id（`@kaigo/forms` の全国様式・小林市様式）。 */
export interface RequiredDocumentSpec {
  /** 様式 id。 */
  readonly id: string;
  /** 要領の表記。 */
  readonly label: string;
  /** 事前アセスメント時のみか。 */
  readonly preOnly?: boolean;
  /** 出典。 */
  readonly citation: Citation;
}

/** 事業所の種類ごと・時期ごとの提出（入力）書類。 */
export type RequiredDocumentTable = Readonly<
  Record<OfficeKind, Readonly<Record<Phase, readonly RequiredDocumentSpec[]>>>
>;

const homonTsusho = (kind: 'homon' | 'tsusho'): Record<Phase, RequiredDocumentSpec[]> => {
  const s =
    kind === 'homon'
      ? { sec: '４ ア', label: '訪問用', id: 'Homon' }
      : { sec: '４ イ', label: '通所用', id: 'Tsusho' };
  const both: RequiredDocumentSpec[] = [
    {
      id: `kobayashi.careMenuAssessment${s.id}`,
      label: `介護メニューアセスメント（${s.label}）`,
      citation: cite(KOBAYASHI_DOCUMENT, `${s.sec} ①`),
    },
    {
      id: 'kobayashi.dailyLivingAssessment',
      label: '生活行為アセスメント(訪問・通所共通)',
      citation: cite(KOBAYASHI_DOCUMENT, `${s.sec} ➁`),
    },
    {
      id: `kobayashi.servicePlanEvaluation${s.id}`,
      label: `介護予防サービス計画・総合評価(${s.label}）`,
      citation: cite(KOBAYASHI_DOCUMENT, `${s.sec} ③`),
    },
  ];
  const plan: RequiredDocumentSpec = {
    id: `kobayashi.individualPlan${s.id}`,
    label: `介護予防サービス 個別計画書(${s.label})`,
    preOnly: true,
    citation: cite(KOBAYASHI_DOCUMENT, `${s.sec} ④`, '･･･事前アセスメント時のみ'),
  };
  return { pre: [...both, plan], post: both };
};

/**
 * 提出（入力）書類（４）。事業所の種類（訪問型・通所型・居宅介護支援）と時期（事前・事後）ごと。
 *
 * 読み方: ア・イの①〜③は事前・事後の両方、④個別計画書は「事前アセスメント時のみ」。ウは事前アセスメント
 * （プラン作成時）に①〜⑥、事後アセスメント（評価 総括表作成時）に①総括表。ウ➁「介護予防のアセスメント【１】
 * 基本チェックリスト・【２】追加項目」は2つの書類（全国様式の基本チェックリストと小林市の追加項目）、
 * ③「リスク確認【１】・【２】」も2つ、⑥「ケアプラン」は全国様式の介護予防サービス・支援計画書
 * （`national.preventionPlan`）、①「利用者基本情報」は `national.userBasicInfo` と読んだ。
 * 各書類の細かな提出タイミングは要領が参照する「R7.3 事業所とプラン作成者で共有する資料一覧」にあり、
 * この要領にはないので符号化していない。
 *
 * @source kobayashi-jiritsu-2025 ４ 提出(入力)書類 ア・イ・ウ
 * @example
 * ```ts
 * requiredDocuments.values[0]?.value.kyotaku.post.map((d) => d.id); // => ['kobayashi.summarySheet']
 * ```
 */
export const requiredDocuments = defineParameter<RequiredDocumentTable>({
  id: 'kobayashi.requiredDocuments',
  description: '提出（入力）書類',
  citation: cite(KOBAYASHI_DOCUMENT, '４ 提出(入力)書類'),
  values: [
    {
      from: isoDate('2025-05-01'),
      value: {
        homon: homonTsusho('homon'),
        tsusho: homonTsusho('tsusho'),
        kyotaku: {
          pre: [
            {
              id: 'national.userBasicInfo',
              label: '利用者基本情報',
              citation: cite(KOBAYASHI_DOCUMENT, '４ ウ ①'),
            },
            {
              id: 'national.basicChecklist',
              label: '介護予防のアセスメント【１】基本チェックリスト',
              citation: cite(KOBAYASHI_DOCUMENT, '４ ウ ➁'),
            },
            {
              id: 'kobayashi.assessmentAdditionalItems',
              label: '介護予防のアセスメント【２】追加項目',
              citation: cite(KOBAYASHI_DOCUMENT, '４ ウ ➁'),
            },
            {
              id: 'kobayashi.riskCheck1',
              label: '介護予防メニュー リスク確認【１】',
              citation: cite(KOBAYASHI_DOCUMENT, '４ ウ ③'),
            },
            {
              id: 'kobayashi.riskCheck2',
              label: '介護予防メニュー リスク確認【２】',
              citation: cite(KOBAYASHI_DOCUMENT, '４ ウ ③'),
            },
            {
              id: 'kobayashi.lifeFunctionEvaluation',
              label: '生活機能評価（アセスメント）',
              citation: cite(KOBAYASHI_DOCUMENT, '４ ウ ④'),
            },
            {
              id: 'kobayashi.factorAnalysis',
              label: '因子分解表',
              citation: cite(KOBAYASHI_DOCUMENT, '４ ウ ⑤'),
            },
            {
              id: 'national.preventionPlan',
              label: 'ケアプラン',
              citation: cite(KOBAYASHI_DOCUMENT, '４ ウ ⑥'),
            },
          ],
          post: [
            {
              id: 'kobayashi.summarySheet',
              label: '総括表',
              citation: cite(
                KOBAYASHI_DOCUMENT,
                '４ ウ 事後アセスメント ①',
                '事後アセスメント(評価 総括表作成時) ①総括表',
              ),
            },
          ],
        },
      },
    },
  ],
  reading:
    'ア・イの①〜③は事前・事後の両方、④は事前のみ。ウは事前に①〜⑥（➁③はそれぞれ2書類）、事後に総括表のみ。書類ごとの細かなタイミングは要領外の「R7.3 事業所とプラン作成者で共有する資料一覧」による（未符号化）。',
});
