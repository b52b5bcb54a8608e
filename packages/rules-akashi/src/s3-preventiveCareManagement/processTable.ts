import type { DatedParameter } from '@kaigo/core';
import { cite, defineParameter } from '@kaigo/core';
import { AKASHI_DOCUMENT, AKASHI_POLICY_FROM } from '../document';

/*
 * 【介護予防ケアマネジメントのタイプ別プロセス】の復元（３（３）類型の表）
 *
 * PDF から抽出した原文では表の列が行の並びに平たくなっている。原文の並び（行番号は seed の行）:
 *   216    区分
 *   217-18 アセス／メント                      → 列1 アセスメント
 *   220-21 ケアプラン／原案作成                → 列2 ケアプラン原案作成
 *   223-25 サービス／担当者／会議              → 列3 サービス担当者会議
 *   227-29 利用者へ／の説明・／同意            → 列4 利用者への説明・同意
 *   231-32 ケアプラン／確定・交付              → 列5 ケアプラン確定・交付
 *   234-35 サービス／提供                      → 列6 サービス提供
 *   237-38 モニタ／リング                      → 列7 モニタリング
 *   240-43 ケアマネジ／メントＡ  「○ ○ ○ ○ ○ ○ ○」
 *   245-48 ケアマネジ／メントＢ  「○ ○ △ ○ ○ ○ △」
 *   250-53 ケアマネジ／メントＣ  「○ × × ○ （○） ○ ○」
 *   255    凡例「○･･･実施 △･･･必要に応じて実施 ×･･･不要」
 *
 * 見出しは「区分」の後に7つ、各行の記号も空白区切りで7つあるため、記号を左から順に列1〜7に当てた
 * （各行の記号数と見出しの数が一致するので、この当て方以外の読み方はない）。
 *
 *   区分             | アセスメント | 原案作成 | 担当者会議 | 説明・同意 | 確定・交付 | サービス提供 | モニタリング
 *   ケアマネジメントＡ |     ○      |    ○    |     ○     |     ○     |     ○     |      ○      |      ○
 *   ケアマネジメントＢ |     ○      |    ○    |     △     |     ○     |     ○     |      ○      |      △
 *   ケアマネジメントＣ |     ○      |    ×    |     ×     |     ○     |   （○）    |      ○      |      ○
 *
 * 凡例が定義するのは ○（実施）・△（必要に応じて実施）・×（不要）の3つだけで、（○）の意味は
 * 文書のどこにも書かれていない（脚注もない）。→ {@link PROCESS_MARK_MEANINGS} と
 * {@link akashiBracketedStepMissingSeverity} を参照。
 *
 * ケアマネジメントＣのモニタリング: 表は ○（実施）だが、本文（３（３））はＣを「基本的にサービス利用開始時のみ行う
 * ケアマネジメント」と説明し、サービス利用開始後に行うモニタリングと食い違う（（○）はモニタリングではなく
 * 「ケアプラン確定・交付」の列にある）。表どおり ○ として持ち、食い違いは指摘のメッセージと読み方に書く
 * （{@link akashiProcessTable}）。
 *
 * 手順の順序: 文書は表を示すだけで、手順の順序を文章では定めていない。列の並びを順序とする読み方は
 * {@link akashiStepOrder}（順序の違いは warning）。
 */

/**
 * ケアマネジメントのプロセスの手順（表の列の順）。
 *
 * @source akashi-policy-2023 ３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】
 */
export const PROCESS_STEPS = [
  'assessment',
  'draftPlan',
  'serviceMeeting',
  'explanationConsent',
  'planDelivery',
  'serviceProvision',
  'monitoring',
] as const;

/** プロセスの手順（{@link PROCESS_STEPS} の要素）。 */
export type ProcessStep = (typeof PROCESS_STEPS)[number];

/**
 * 手順の日本語名（表の見出しの表記）。
 *
 * @source akashi-policy-2023 ３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】
 */
export const PROCESS_STEP_LABELS: Readonly<Record<ProcessStep, string>> = {
  assessment: 'アセスメント',
  draftPlan: 'ケアプラン原案作成',
  serviceMeeting: 'サービス担当者会議',
  explanationConsent: '利用者への説明・同意',
  planDelivery: 'ケアプラン確定・交付',
  serviceProvision: 'サービス提供',
  monitoring: 'モニタリング',
};

/**
 * 介護予防ケアマネジメントの類型（表の「区分」）。
 *
 * @source akashi-policy-2023 ３（３）類型
 */
export const CARE_MANAGEMENT_TYPES = ['A', 'B', 'C'] as const;

/** 介護予防ケアマネジメントの類型（ケアマネジメントＡ・Ｂ・Ｃ）。 */
export type CareManagementType = (typeof CARE_MANAGEMENT_TYPES)[number];

/** 類型の名称と説明。 */
export interface CareManagementTypeLabel {
  /** 日本語名（例: ケアマネジメントＡ）。 */
  readonly label: string;
  /** 本文が括弧内に書く説明。 */
  readonly description: string;
}

/**
 * 類型の日本語名と、本文（３（３））が括弧内に書く説明。
 *
 * @source akashi-policy-2023 ３（３）類型
 */
export const CARE_MANAGEMENT_TYPE_LABELS: Readonly<
  Record<CareManagementType, CareManagementTypeLabel>
> = {
  A: { label: 'ケアマネジメントＡ', description: '指定介護予防支援と同様のケアマネジメント' },
  B: {
    label: 'ケアマネジメントＢ',
    description: 'サービス担当者会議やモニタリングを省略したケアマネジメント',
  },
  C: {
    label: 'ケアマネジメントＣ',
    description: '基本的にサービス利用開始時のみ行うケアマネジメント',
  },
};

/**
 * 表の記号。`implement` ○、`asNeeded` △、`notNeeded` ×、`bracketed` （○）。
 */
export type ProcessMark = 'implement' | 'asNeeded' | 'notNeeded' | 'bracketed';

/** 記号の表記と凡例の意味。 */
export interface ProcessMarkMeaning {
  /** 表の記号（○・△・×・（○））。 */
  readonly symbol: string;
  /** 凡例の文言。凡例に定義がなければ null。 */
  readonly legend: string | null;
}

/**
 * 記号の表記と、文書が示す意味（凡例の文言そのまま）。（○）は凡例に定義がないため `legend` は `null`。
 *
 * @source akashi-policy-2023 ３（３）類型（表の凡例「○･･･実施 △･･･必要に応じて実施 ×･･･不要」）
 */
export const PROCESS_MARK_MEANINGS: Readonly<Record<ProcessMark, ProcessMarkMeaning>> = {
  implement: { symbol: '○', legend: '実施' },
  asNeeded: { symbol: '△', legend: '必要に応じて実施' },
  notNeeded: { symbol: '×', legend: '不要' },
  bracketed: { symbol: '（○）', legend: null },
};

/** プロセス表（類型 × 手順 → 記号）。 */
export type ProcessTable = Readonly<
  Record<CareManagementType, Readonly<Record<ProcessStep, ProcessMark>>>
>;

/**
 * 表の各行を、抽出した原文の記号の並びのまま持つ（復元の検証用。テストで {@link akashiProcessTable} と照合する）。
 *
 * @source akashi-policy-2023 ３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】
 */
export const PROCESS_TABLE_AS_PRINTED: Readonly<Record<CareManagementType, string>> = {
  A: '○ ○ ○ ○ ○ ○ ○',
  B: '○ ○ △ ○ ○ ○ △',
  C: '○ × × ○ （○） ○ ○',
};

/**
 * 介護予防ケアマネジメントのタイプ別プロセス（３（３）の表を、上のコメントのとおりセルごとに復元したもの）。
 * 明石市が実施しない類型Ｂの行も、表にあるとおり持つ。
 *
 * ケアマネジメントＣのモニタリング（表では ○）は、本文の「基本的にサービス利用開始時のみ行うケアマネジメント」と
 * 食い違う。表が最も字義どおりなので ○（実施。記録がなければ error）とし、食い違いを指摘のメッセージで示す。
 * 本文どおりに読む（Ｃはモニタリングを原則行わない）なら、`{ C: { monitoring: 'notNeeded' } }`（または
 * `'asNeeded'`）でこのパラメータを上書きする。
 *
 * @source akashi-policy-2023 ３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】
 * @example
 * ```ts
 * const t = valueAt(akashiProcessTable, isoDate('2024-06-01'));
 * if (t.ok) t.value.value.C.planDelivery; // => 'bracketed'（（○））
 * ```
 */
export const akashiProcessTable: DatedParameter<ProcessTable> = defineParameter<ProcessTable>({
  id: 'akashi.careManagement.processTable',
  description: '介護予防ケアマネジメントのタイプ別プロセス（類型ごとの各手順の記号）',
  citation: cite(AKASHI_DOCUMENT, '３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】'),
  reading:
    '平たくなった表の見出し7つと各行の記号7つを左から順に対応させた。凡例は ○（実施）・△（必要に応じて実施）・×（不要）のみを定義し、ケアマネジメントＣの「ケアプラン確定・交付」の（○）には定義がない。' +
    'ケアマネジメントＣのモニタリングは表では ○ だが、本文はＣを「基本的にサービス利用開始時のみ行うケアマネジメント」とし、食い違う。表どおり ○ とした。別の読み方（本文どおりモニタリングを原則行わない）: C.monitoring を notNeeded（または asNeeded）に上書きする。',
  values: [
    {
      from: AKASHI_POLICY_FROM,
      value: {
        A: {
          assessment: 'implement',
          draftPlan: 'implement',
          serviceMeeting: 'implement',
          explanationConsent: 'implement',
          planDelivery: 'implement',
          serviceProvision: 'implement',
          monitoring: 'implement',
        },
        B: {
          assessment: 'implement',
          draftPlan: 'implement',
          serviceMeeting: 'asNeeded',
          explanationConsent: 'implement',
          planDelivery: 'implement',
          serviceProvision: 'implement',
          monitoring: 'asNeeded',
        },
        C: {
          assessment: 'implement',
          draftPlan: 'notNeeded',
          serviceMeeting: 'notNeeded',
          explanationConsent: 'implement',
          planDelivery: 'bracketed',
          serviceProvision: 'implement',
          monitoring: 'implement',
        },
      },
    },
  ],
});

/**
 * （○）の手順が記録されていないときの指摘の重大度。
 *
 * 読み方: 凡例は（○）を定義していない。記号そのものは ○（実施）を括弧でくくったもので、「実施するが条件つき・
 * 簡略な形」とも「実施に準じる」とも読め、文書からはどちらとも決められない。そこで、○ の欠落（error）とも
 * △ の欠落（指摘なし）とも扱わず、要確認（`warning`）とする。○ と同じに扱うなら `error`、△ と同じに扱うなら
 * `info` に値を変える。
 *
 * @source akashi-policy-2023 ３（３）類型（ケアマネジメントＣ「ケアプラン確定・交付」の（○）、凡例に定義なし）
 * @example
 * ```ts
 * // （○）を ○ と同じに読むなら（what-if）
 * const context = { referenceDate: '2024-07-01', parameters: { 'akashi.careManagement.bracketedStepMissingSeverity': 'error' } };
 * ```
 */
export const akashiBracketedStepMissingSeverity: DatedParameter<'error' | 'warning' | 'info'> =
  defineParameter<'error' | 'warning' | 'info'>({
    id: 'akashi.careManagement.bracketedStepMissingSeverity',
    description: '（○）の手順が記録されていないときの指摘の重大度',
    citation: cite(AKASHI_DOCUMENT, '３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】'),
    reading:
      '凡例に（○）の定義がないため、○（error）とも △（指摘なし）とも決めず warning とした。○ と読むなら error、△ と読むなら info に変える。',
    values: [{ from: AKASHI_POLICY_FROM, value: 'warning' }],
  });

/**
 * 手順の順序（この順に行うとみなす手順の並び）。順序の検査（`checkCareManagementCase` の `outOfOrder`）に使う。
 *
 * 読み方: 文書は【介護予防ケアマネジメントのタイプ別プロセス】の表を示すだけで、手順をこの順に行うことを文章では
 * 定めていない。表の題が「プロセス」であることから列の並び（アセスメント → ケアプラン原案作成 → サービス担当者会議 →
 * 利用者への説明・同意 → ケアプラン確定・交付 → サービス提供 → モニタリング）を順序と読むが、文書が定めた決まりでは
 * ないので、順序の違いは error ではなく warning（要確認）にとどめる。順序を検査しないなら空の配列 `[]`、一部の手順の
 * 前後だけを見るならその手順だけを並べる（並べなかった手順は順序の検査から外れる）。
 *
 * @source akashi-policy-2023 ３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】（表の列の並び）
 * @example
 * ```ts
 * const order = valueAt(akashiStepOrder, isoDate('2024-06-01'));
 * if (order.ok) order.value.value[0]; // => 'assessment'
 * // 順序を検査しない読み方（what-if）
 * const context = { referenceDate: '2024-07-01', parameters: { 'akashi.careManagement.stepOrder': [] } };
 * ```
 */
export const akashiStepOrder: DatedParameter<readonly ProcessStep[]> = defineParameter<
  readonly ProcessStep[]
>({
  id: 'akashi.careManagement.stepOrder',
  description: 'ケアマネジメントの手順の順序（表の列の並び）',
  citation: cite(AKASHI_DOCUMENT, '３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】'),
  reading:
    '文書は表を示すだけで順序を文章では定めていないため、表の列の並びを順序と読み、違いは warning（要確認）とした。順序を検査しないなら []、一部の手順だけならその手順を並べる。',
  values: [{ from: AKASHI_POLICY_FROM, value: PROCESS_STEPS }],
  accepts: (value) =>
    Array.isArray(value) &&
    value.every((s) => (PROCESS_STEPS as readonly unknown[]).includes(s)) &&
    new Set(value).size === value.length,
});
