import { cite, defineParameter, isoDate } from '@kaigo/core';
import type { Citation, DeadlineRule, Severity } from '@kaigo/core';
import type { OfficeCategory } from '../02-overview/officeKinds';
import { KOBAYASHI_DOCUMENT } from '../document';

/**
 * 支援（支払い）の対象となる取組（３ 事業の流れの表）。コードは様式の `KOBAYASHI_ACTIVITY_CODES` と同じ。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（表）
 */
export type Activity =
  | 'preAssessment'
  | 'postAssessment'
  | 'assessmentSupport'
  | 'shortTermIntensive'
  | 'communityCareMeeting';

/**
 * 取組の日本語名（要領の表記）。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（表）
 * @example
 * ```ts
 * ACTIVITY_LABELS.assessmentSupport; // => 'アセスメント支援事業活用'
 * ```
 */
export const ACTIVITY_LABELS: Readonly<Record<Activity, string>> = {
  preAssessment: '事前アセスメント',
  postAssessment: '事後アセスメント',
  assessmentSupport: 'アセスメント支援事業活用',
  shortTermIntensive: '短期集中予防サービス事業導入',
  communityCareMeeting: '地域ケア自立支援会議事例提出',
};

/** 支援額の表（事業所の区分 → 取組 → 円/件）。表にない取組はその区分では請求できない。 */
export type FeeTable = Readonly<
  Record<OfficeCategory, Readonly<Partial<Record<Activity, number>>>>
>;

/**
 * 支援額（円/件）。事業所の区分と取組ごと。
 *
 * 読み方: 原文の表は列見出し「サービス提供事業所 居宅介護支援事業所」の下に金額が1列しか残っていない
 * （PDF の平坦化）。２（２）でサービス提供事業所は「事前事後アセスメント実施」、居宅介護支援事業所は
 * 「統一様式を使用したプランの作成、アセスメント支援事業、短期集中予防サービス事業活用、地域ケア自立支援会議事例提出」
 * が支援の対象とされ、４ ウは居宅の提出書類を「事前アセスメント（プラン作成時）」「事後アセスメント(評価 総括表作成時)」
 * と呼ぶ。そこで、事前アセスメント 3,000円・事後アセスメント 7,000円は両区分に共通（表の結合セル）、
 * アセスメント支援事業活用 2,500円・短期集中予防サービス事業導入 2,500円・地域ケア自立支援会議事例提出 5,000円は
 * 居宅介護支援事業所のみ、と読んだ。別の読み方: 事前・事後はサービス提供事業所のみで居宅は下の3行のみ
 * （表の並びではこちらも同じくらい自然。その場合、２（２）の「プランの作成」への支援に当たる金額がなくなる）。
 * どちらの読み方にするかはこの表ではなくスイッチ {@link feeTableReading}（`kobayashi.feeTableReading`）で選ぶ
 * （この表は両区分の金額を持ち、別の読み方では居宅介護支援事業所の事前・事後の行を使わない）。金額を変えるときはこの表を差し替える。
 *
 * @source kobayashi-jiritsu-2025 ２（２）、３ 事業の流れ（表）
 * @example
 * ```ts
 * fees.values[0]?.value.careManagement.communityCareMeeting; // => 5000
 * fees.values[0]?.value.serviceProvider.assessmentSupport; // => undefined
 * ```
 */
export const fees = defineParameter<FeeTable>({
  id: 'kobayashi.fees',
  description: '支援額（事業所の区分・取組ごと）',
  unit: '円/件',
  citation: cite(
    KOBAYASHI_DOCUMENT,
    '３ 事業の流れ（表）',
    '事前アセスメント 3,000 円/1件 事後アセスメント 7,000 円/１件 アセスメント支援事業活用 2,500 円/１件 短期集中予防サービス事業導入 2,500 円/１件 地域ケア自立支援会議事例提出 5,000 円/1件',
  ),
  values: [
    {
      from: isoDate('2025-05-01'),
      value: {
        serviceProvider: { preAssessment: 3000, postAssessment: 7000 },
        careManagement: {
          preAssessment: 3000,
          postAssessment: 7000,
          assessmentSupport: 2500,
          shortTermIntensive: 2500,
          communityCareMeeting: 5000,
        },
      },
    },
  ],
  reading:
    '金額が1列しか残っていない表を、事前 3,000円・事後 7,000円は両区分共通、アセスメント支援事業活用・短期集中予防サービス事業導入 2,500円と地域ケア自立支援会議事例提出 5,000円は居宅介護支援事業所のみ、と読んだ（２（２）と４ ウによる）。別の読み方: 事前・事後はサービス提供事業所のみ（kobayashi.feeTableReading で選ぶ）。',
});

/**
 * 支援額の表の読み方（{@link feeTableReading} の値）。
 *
 * - `prePostBothCategories`: 事前アセスメント 3,000円・事後アセスメント 7,000円はサービス提供事業所と
 *   居宅介護支援事業所の両方に支払う（既定）
 * - `prePostServiceProvidersOnly`: 事前・事後アセスメントの支援額はサービス提供事業所（訪問型・通所型）のみ。
 *   居宅介護支援事業所が請求できるのはアセスメント支援事業活用・短期集中予防サービス事業導入・地域ケア自立支援会議事例提出のみ
 */
export type FeeTableReading = 'prePostBothCategories' | 'prePostServiceProvidersOnly';

/**
 * 支援額の表の読み方の一覧（{@link FeeTableReading}）。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（表）
 * @example
 * ```ts
 * FEE_TABLE_READINGS; // => ['prePostBothCategories', 'prePostServiceProvidersOnly']
 * ```
 */
export const FEE_TABLE_READINGS: readonly FeeTableReading[] = [
  'prePostBothCategories',
  'prePostServiceProvidersOnly',
];

/**
 * 支援額の表の読み方のスイッチ: 事前アセスメント 3,000円・事後アセスメント 7,000円を居宅介護支援事業所にも支払うか。
 *
 * 読み方: 原文の表は列見出し「サービス提供事業所 居宅介護支援事業所」の2列の下に金額が1列しか残っておらず（PDF の平坦化）、
 * どの行がどの列の金額かは表からは決まらない。表の並び（事前・事後の2行が上、居宅の取組の3行が下）からは
 * 「事前・事後はサービス提供事業所のみ」（`prePostServiceProvidersOnly`）とも同じくらい自然に読める。
 * 既定は、２（２）が居宅介護支援事業所にも「統一様式を使用したプランの作成」への支援を挙げ、４ ウが居宅の提出書類を
 * 「事前アセスメント（プラン作成時）」「事後アセスメント(評価 総括表作成時)」と呼ぶことから、事前・事後は両区分に共通
 * （`prePostBothCategories`）とした。別の読み方では、居宅介護支援事業所の事前・事後アセスメントは請求できない取組になり、
 * 請求書の合計が変わる（ルールカタログの `kobayashi.invoice` の例に両方の合計がある）。
 *
 * @source kobayashi-jiritsu-2025 ２（２）、３ 事業の流れ（表）、４ ウ
 * @example
 * ```ts
 * feeTableReading.values[0]?.value; // => 'prePostBothCategories'
 * // 別の読み方（what-if）: 事前・事後はサービス提供事業所のみ
 * const context = { referenceDate: '2025-07-01', parameters: { 'kobayashi.feeTableReading': 'prePostServiceProvidersOnly' } };
 * ```
 */
export const feeTableReading = defineParameter<FeeTableReading>({
  id: 'kobayashi.feeTableReading',
  description:
    '支援額の表の読み方（事前・事後アセスメントの支援額を居宅介護支援事業所にも支払うか）',
  citation: cite(
    KOBAYASHI_DOCUMENT,
    '３ 事業の流れ（表）',
    'サービス提供事業所 居宅介護支援事業所 事前アセスメント 3,000 円/1件 事後アセスメント 7,000 円/１件',
  ),
  values: [{ from: isoDate('2025-05-01'), value: 'prePostBothCategories' }],
  accepts: (value) => FEE_TABLE_READINGS.includes(value as FeeTableReading),
  reading:
    '金額が1列しか残っていない表を、事前 3,000円・事後 7,000円は両区分共通と読んだ（prePostBothCategories。２（２）の居宅への「プランの作成」の支援と４ ウの「事前アセスメント（プラン作成時）」による）。別の読み方: 表の並びのとおり事前・事後はサービス提供事業所のみ（prePostServiceProvidersOnly。居宅介護支援事業所の事前・事後アセスメントは請求できない）。',
});

/**
 * 同じ請求（1事業所1か月分）の中で、同じ利用者の同じ取組が2件以上あるときの指摘の重大度。
 *
 * 読み方: 要領は取組ごとの支援額を「円/1件」で定めるだけで、同じ利用者の同じ取組を1か月に2件以上請求できるかどうかを
 * 定めていない（重複を禁じる文はない）。そこで禁止とはせず `warning`（要確認）とし、2件目以降も明細に載せる。
 * `error` にすると、重複を請求できないものとして2件目以降を明細から外す（以前の読み方: 同じ利用者・同じ取組は
 * 1回の請求に1件）。`info` なら参考として示すだけ。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（表）（重複についての定めなし）
 * @example
 * ```ts
 * duplicateClaimSeverity.values[0]?.value; // => 'warning'
 * // 重複を請求できないと読むなら（what-if）
 * const context = { referenceDate: '2025-07-03', parameters: { 'kobayashi.duplicateClaimSeverity': 'error' } };
 * ```
 */
export const duplicateClaimSeverity = defineParameter<Severity>({
  id: 'kobayashi.duplicateClaimSeverity',
  description: '同じ請求の中の同じ利用者・同じ取組の重複の指摘の重大度',
  citation: cite(KOBAYASHI_DOCUMENT, '３ 事業の流れ（表）', '事前アセスメント 3,000 円/1件'),
  values: [{ from: isoDate('2025-05-01'), value: 'warning' }],
  accepts: (value) => value === 'error' || value === 'warning' || value === 'info',
  reading:
    '要領は「円/1件」の支援額を定めるだけで、同じ利用者・同じ取組の重複を禁じていない。warning（要確認）とし、2件目以降も明細に載せる。error なら2件目以降を明細から外す（重複は請求できないと読む）。info なら参考のみ。',
});

/** 期限の起点となる出来事。 */
export type CaseEvent =
  | 'programStart'
  | 'supportStart'
  | 'supportEnd'
  | 'careMeeting'
  | 'planCreationStart'
  | 'planCreated'
  | 'evaluation'
  | 'billingMonthEnd';

/**
 * 出来事の日本語名。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ
 * @example
 * ```ts
 * CASE_EVENT_LABELS.careMeeting; // => '担当者会議'
 * ```
 */
export const CASE_EVENT_LABELS: Readonly<Record<CaseEvent, string>> = {
  programStart: '事業開始',
  supportStart: '支援開始',
  supportEnd: '支援終了',
  careMeeting: '担当者会議',
  planCreationStart: 'プラン作成開始',
  planCreated: 'プラン作成',
  evaluation: '評価（総括表作成）',
  billingMonthEnd: '請求対象月の末日',
};

/** 提出物（提出日の入力のキー）。 */
export type Submission =
  'participationApplication' | 'targetRoster' | 'preAssessment' | 'postAssessment' | 'invoice';

/** 期限1件の定め（データ）。 */
export interface DeadlineSpec {
  /** 期限の id。 */
  readonly id: string;
  /** 何をするか（要領の表記）。 */
  readonly title: string;
  /** 適用される事業所の区分。 */
  readonly appliesTo: OfficeCategory;
  /** 起点となる出来事。 */
  readonly event: CaseEvent;
  /** 期限の規則。`null` は「随時」（出来事の日から提出できる。期限なし）。 */
  readonly rule: DeadlineRule | null;
  /** 原文の期限の文言。 */
  readonly wording: string;
  /** 照合する提出日のキー。 */
  readonly submission: Submission;
  /** 短期集中予防サービスCのときだけ（true）・そうでないときだけ（false）適用。省略時は常に適用。 */
  readonly shortTermIntensiveC?: boolean;
  /** 「望ましい」時期（守らなくても期限切れではない）。 */
  readonly recommended?: boolean;
  /** 出典。 */
  readonly citation: Citation;
}

const FLOW_SP = '３（１）サービス提供事業所';
const FLOW_CM = '３（２）居宅介護支援事業所';

/**
 * 提出期限の表（３ 事業の流れの「提出期限」行）。サービス提供事業所と居宅介護支援事業所の別に、起点の出来事・
 * 期限の規則（core の `DeadlineRule`）・原文の文言・出典を持つ。
 *
 * 読み方（暦の約束事）:
 * - 「R7.5～随時」: 事業開始日（{@link programStart}）から提出でき、期限はない（`rule: null`）。
 * - 「支援開始後10日以内」: 支援開始日を数えず（初日不算入）、支援開始日＋10日が最終日。別の読み方: 開始日を1日目と数える（＋9日）。
 * - 「支援開始月14日まで」「終了月10日まで」: その月の14日・10日。「支援終了前月10日まで」: 支援終了日の前月10日。
 * - 「担当者会議前まで」「支援期間終了前」「プラン作成時」「評価(総括表作成)時」: 出来事の日まで（当日を含む）。
 *   別の読み方: 「前まで」を前日までとする（`{ kind: 'daysAfter', days: -1 }` に差し替える）。
 * - 「翌月10日まで」（請求書・明細書）: 請求対象月の翌月10日。
 * - 休日による繰り延べは要領にないので行わない。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（提出期限）
 * @example
 * ```ts
 * deadlineSchedule.values[0]?.value.find((d) => d.id === 'serviceProvider.preAssessment')?.wording;
 * // => '支援開始月14日まで'
 * ```
 */
export const deadlineSchedule = defineParameter<readonly DeadlineSpec[]>({
  id: 'kobayashi.deadlineSchedule',
  description: '提出期限',
  citation: cite(KOBAYASHI_DOCUMENT, '３ 事業の流れ（提出期限）'),
  values: [
    {
      from: isoDate('2025-05-01'),
      value: [
        {
          id: 'serviceProvider.participationApplication',
          title: '「参加申込書」を市に提出',
          appliesTo: 'serviceProvider',
          event: 'programStart',
          rule: null,
          wording: 'R7.5～随時',
          submission: 'participationApplication',
          citation: cite(KOBAYASHI_DOCUMENT, `${FLOW_SP}（提出期限）`, 'R7.5～随時'),
        },
        {
          id: 'serviceProvider.targetRoster',
          title: '「対象者名簿」を市に提出',
          appliesTo: 'serviceProvider',
          event: 'supportStart',
          rule: { kind: 'daysAfter', days: 10 },
          wording: '支援開始後10日以内',
          submission: 'targetRoster',
          citation: cite(
            KOBAYASHI_DOCUMENT,
            `${FLOW_SP}（提出期限）`,
            '新規対象者については支援開始後10日以内に「対象者名簿」を市へ提出。',
          ),
        },
        {
          id: 'serviceProvider.preAssessment',
          title: '事前アセスメントを実施し包括システムに入力',
          appliesTo: 'serviceProvider',
          event: 'supportStart',
          rule: { kind: 'dayOfMonth', monthOffset: 0, day: 14 },
          wording: '支援開始月14日まで',
          submission: 'preAssessment',
          citation: cite(KOBAYASHI_DOCUMENT, `${FLOW_SP}（提出期限）`, '支援開始月14日まで'),
        },
        {
          id: 'serviceProvider.postAssessment',
          title: '事後アセスメントを実施し包括システムに入力',
          appliesTo: 'serviceProvider',
          event: 'supportEnd',
          rule: { kind: 'dayOfMonth', monthOffset: -1, day: 10 },
          wording: '支援終了前月10日まで',
          submission: 'postAssessment',
          shortTermIntensiveC: false,
          citation: cite(KOBAYASHI_DOCUMENT, `${FLOW_SP}（提出期限）`, '支援終了前月10日まで'),
        },
        {
          id: 'serviceProvider.postAssessmentShortTermC',
          title: '事後アセスメントを実施し包括システムに入力（短期集中予防サービスC）',
          appliesTo: 'serviceProvider',
          event: 'supportEnd',
          rule: { kind: 'dayOfMonth', monthOffset: 0, day: 10 },
          wording: '（短期集中サービスCは終了月10日まで）',
          submission: 'postAssessment',
          shortTermIntensiveC: true,
          citation: cite(
            KOBAYASHI_DOCUMENT,
            `${FLOW_SP}（提出期限）`,
            '短期集中サービスCは終了月10日まで',
          ),
        },
        {
          id: 'serviceProvider.invoice',
          title: '請求書・明細書を市に提出',
          appliesTo: 'serviceProvider',
          event: 'billingMonthEnd',
          rule: { kind: 'dayOfMonth', monthOffset: 1, day: 10 },
          wording: '翌月10日まで',
          submission: 'invoice',
          citation: cite(KOBAYASHI_DOCUMENT, `${FLOW_SP}（提出期限）`, '翌月10日まで'),
        },
        {
          id: 'careManagement.participationApplication',
          title: '「参加申込書」を市に提出',
          appliesTo: 'careManagement',
          event: 'programStart',
          rule: null,
          wording: 'R7.5～随時',
          submission: 'participationApplication',
          citation: cite(KOBAYASHI_DOCUMENT, `${FLOW_CM}（提出期限）`, 'R7.5～随時'),
        },
        {
          id: 'careManagement.targetRoster',
          title: '「対象者名簿」を市に提出',
          appliesTo: 'careManagement',
          event: 'careMeeting',
          rule: { kind: 'onEvent' },
          wording: '担当者会議前まで',
          submission: 'targetRoster',
          citation: cite(
            KOBAYASHI_DOCUMENT,
            `${FLOW_CM}（提出期限）`,
            '新規対象者については担当者会議前までに「対象者名簿」を市へ提出。',
          ),
        },
        {
          id: 'careManagement.targetRosterPreferred',
          title: '「対象者名簿」を市に提出（望ましい時期）',
          appliesTo: 'careManagement',
          event: 'planCreationStart',
          rule: { kind: 'onEvent' },
          wording: '（プラン作成開始時が望ましい）',
          submission: 'targetRoster',
          recommended: true,
          citation: cite(
            KOBAYASHI_DOCUMENT,
            `${FLOW_CM}（提出期限）`,
            'プラン作成開始時が望ましい',
          ),
        },
        {
          id: 'careManagement.preAssessment',
          title:
            '統一様式を用いてアセスメント・プランを作成（委託居宅：システムへ入力、指定居宅：包括に写し提出）',
          appliesTo: 'careManagement',
          event: 'planCreated',
          rule: { kind: 'onEvent' },
          wording: 'プラン作成時',
          submission: 'preAssessment',
          citation: cite(KOBAYASHI_DOCUMENT, `${FLOW_CM}（提出期限）、４ ウ`, 'プラン作成時'),
        },
        {
          id: 'careManagement.summaryBeforeSupportEnd',
          title: '支援期間終了前の総括表を作成',
          appliesTo: 'careManagement',
          event: 'supportEnd',
          rule: { kind: 'onEvent' },
          wording: '支援期間終了前',
          submission: 'postAssessment',
          citation: cite(KOBAYASHI_DOCUMENT, FLOW_CM, '支援期間終了前の総括表を作成'),
        },
        {
          id: 'careManagement.postAssessment',
          title: '総括表を作成（委託居宅：システムへ入力、指定居宅：包括に写し提出）',
          appliesTo: 'careManagement',
          event: 'evaluation',
          rule: { kind: 'onEvent' },
          wording: '評価(総括表作成)時',
          submission: 'postAssessment',
          citation: cite(KOBAYASHI_DOCUMENT, `${FLOW_CM}（提出期限）、４ ウ`, '評価(総括表作成)時'),
        },
        {
          id: 'careManagement.invoice',
          title: '請求書・明細書を市に提出',
          appliesTo: 'careManagement',
          event: 'billingMonthEnd',
          rule: { kind: 'dayOfMonth', monthOffset: 1, day: 10 },
          wording: '翌月10日まで',
          submission: 'invoice',
          citation: cite(KOBAYASHI_DOCUMENT, `${FLOW_CM}（提出期限）`, '翌月10日まで'),
        },
      ],
    },
  ],
  reading:
    '「支援開始後10日以内」は初日不算入（開始日＋10日）。「〜前まで」「〜時」は出来事の当日まで。「支援開始月14日まで」「支援終了前月10日まで」は文言どおりで、出来事より前の日になることがある（その場合は指摘で示す）。休日の繰り延べはしない。',
});

/** 役割の担い手。 */
export type Owner = 'city' | 'hokatsu' | 'office';

/**
 * 担い手の日本語名（要領の表記）。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ
 * @example
 * ```ts
 * OWNER_LABELS.city; // => '長寿介護課'
 * ```
 */
export const OWNER_LABELS: Readonly<Record<Owner, string>> = {
  city: '長寿介護課',
  hokatsu: '包括（プラン担当者）',
  office: '事業所',
};

/** 流れの種類: サービス提供事業所、委託居宅、指定居宅。 */
export type FlowVariant = 'serviceProvider' | 'itaku' | 'shitei';

/** 流れの手順の id。 */
export type FlowStepId =
  | 'application'
  | 'contract'
  | 'targetRoster'
  | 'userList'
  | 'hokatsuSupport'
  | 'assessmentEntry'
  | 'formsEntry'
  | 'formsCopyToHokatsu'
  | 'copiesSharedWithCity'
  | 'hokatsuConfirmation'
  | 'invoice'
  | 'payment';

/** 流れの手順1件（データ）。 */
export interface FlowStepSpec {
  /** 手順の id。 */
  readonly id: FlowStepId;
  /** 担い手。 */
  readonly owner: Owner;
  /** すること（要領の表記）。 */
  readonly action: string;
  /** 先に済んでいなければならない手順。 */
  readonly requires: readonly FlowStepId[];
  /** 出典。 */
  readonly citation: Citation;
}

const common = (section: string, rosterWhen: string, supportText: string): FlowStepSpec[] => [
  {
    id: 'application',
    owner: 'office',
    action: '「参加申込書」を市に提出（R7.5～随時）',
    requires: [],
    citation: cite(KOBAYASHI_DOCUMENT, section, '「参加申込書」を市に提出'),
  },
  {
    id: 'contract',
    owner: 'city',
    action: '申込確認後、契約',
    requires: ['application'],
    citation: cite(KOBAYASHI_DOCUMENT, section, '申込確認後、契約'),
  },
  {
    id: 'targetRoster',
    owner: 'office',
    action: `「対象者名簿」を市に提出（${rosterWhen}）`,
    requires: ['contract'],
    citation: cite(KOBAYASHI_DOCUMENT, section, '「対象者名簿」を市に提出'),
  },
  {
    id: 'userList',
    owner: 'city',
    action:
      '「対象者名簿」をもとに「対象者一覧」を作成し、包括と共有（連絡フォルダ）。新規対象者は随時追加入力',
    requires: ['targetRoster'],
    citation: cite(
      KOBAYASHI_DOCUMENT,
      section,
      '「対象者名簿」をもとに「対象者一覧」作成。包括と共有',
    ),
  },
  {
    id: 'hokatsuSupport',
    owner: 'hokatsu',
    action: supportText,
    requires: ['userList'],
    citation: cite(KOBAYASHI_DOCUMENT, section, '「対象者一覧」を確認。'),
  },
];

const tail = (section: string, entry: FlowStepId, confirmText: string): FlowStepSpec[] => [
  {
    id: 'hokatsuConfirmation',
    owner: 'hokatsu',
    action: confirmText,
    requires: ['userList', entry],
    citation: cite(KOBAYASHI_DOCUMENT, section, '「対象者一覧」の確認欄へ入力'),
  },
  {
    id: 'invoice',
    owner: 'office',
    action: '請求書・明細書を市に提出（翌月10日まで）',
    requires: [entry],
    citation: cite(KOBAYASHI_DOCUMENT, section, '請求書・明細書を市に提出'),
  },
  {
    id: 'payment',
    owner: 'city',
    action: '請求書・明細書の提出を受け「対象者一覧」を確認。包括の確認欄入力を確認後、支払い',
    requires: ['invoice', 'hokatsuConfirmation'],
    citation: cite(KOBAYASHI_DOCUMENT, section, '包括の確認欄入力を確認後、支払い。'),
  },
];

/**
 * 事業の流れ（誰が何をするか）。サービス提供事業所・委託居宅・指定居宅の別に、手順・担い手・前提となる手順を持つ。
 * 支払いは請求書・明細書の提出と、包括による「対象者一覧」の確認欄入力の後（３（１）（２））。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（１）（２）
 * @example
 * ```ts
 * flowSteps.values[0]?.value.shitei.map((s) => s.id);
 * // => ['application', 'contract', 'targetRoster', 'userList', 'hokatsuSupport', 'formsCopyToHokatsu',
 * //     'copiesSharedWithCity', 'hokatsuConfirmation', 'invoice', 'payment']
 * ```
 */
export const flowSteps = defineParameter<Readonly<Record<FlowVariant, readonly FlowStepSpec[]>>>({
  id: 'kobayashi.flowSteps',
  description: '事業の流れ（手順と担い手）',
  citation: cite(KOBAYASHI_DOCUMENT, '３ 事業の流れ'),
  values: [
    {
      from: isoDate('2025-05-01'),
      value: {
        serviceProvider: [
          ...common(
            FLOW_SP,
            '支援開始後10日以内',
            '「対象者一覧」を確認し、事業所へのサポートを開始（指定居宅介護支援事業所がプラン担当者の場合は情報共有し、居宅・事業所両者を支援）',
          ),
          {
            id: 'assessmentEntry',
            owner: 'office',
            action: '事前・事後アセスメントを実施し、包括システムに入力',
            requires: ['contract'],
            citation: cite(
              KOBAYASHI_DOCUMENT,
              FLOW_SP,
              '事前、事後アセスメントを実施。包括システムに入力。',
            ),
          },
          ...tail(
            FLOW_SP,
            'assessmentEntry',
            'システムで事前・事後のアセスメント入力状況を確認し、作成や提出を支援。提出を確認後「対象者一覧」の各確認欄へ入力',
          ),
        ],
        itaku: [
          ...common(
            FLOW_CM,
            '担当者会議前まで。プラン作成開始時が望ましい',
            '「対象者一覧」を確認し、居宅へのサポートを開始。適切なタイミングでの様式作成、自立支援型のプラン作成を支援',
          ),
          {
            id: 'formsEntry',
            owner: 'office',
            action:
              '統一様式を用いてアセスメント・プラン作成と支援期間終了前の総括表を作成し、システムへ入力（委託居宅）',
            requires: ['contract'],
            citation: cite(KOBAYASHI_DOCUMENT, FLOW_CM, '委託居宅：システムへ入力'),
          },
          ...tail(
            FLOW_CM,
            'formsEntry',
            'システム及び提出書類で適切なケアマネジメントが行われているか確認し、「対象者一覧」の確認欄へ入力',
          ),
        ],
        shitei: [
          ...common(
            FLOW_CM,
            '担当者会議前まで。プラン作成開始時が望ましい',
            '「対象者一覧」を確認し、居宅へのサポートを開始。適切なタイミングでの様式作成、自立支援型のプラン作成を支援',
          ),
          {
            id: 'formsCopyToHokatsu',
            owner: 'office',
            action:
              '統一様式を用いてアセスメント・プラン作成と支援期間終了前の総括表を作成し、包括に写しを提出（指定居宅）',
            requires: ['contract'],
            citation: cite(KOBAYASHI_DOCUMENT, FLOW_CM, '指定居宅：包括に写し提出'),
          },
          {
            id: 'copiesSharedWithCity',
            owner: 'hokatsu',
            action: '指定居宅から提出された様式の写しを市へ共有（連絡フォルダ）',
            requires: ['formsCopyToHokatsu'],
            citation: cite(
              KOBAYASHI_DOCUMENT,
              FLOW_CM,
              '指定居宅から提出された様式の写しを市へ共有（連絡フォルダ）',
            ),
          },
          ...tail(
            FLOW_CM,
            'formsCopyToHokatsu',
            'システム及び提出書類で適切なケアマネジメントが行われているか確認し、「対象者一覧」の確認欄へ入力',
          ),
        ],
      },
    },
  ],
  reading:
    '支払いの前提は「請求書・明細書の提出」と「包括の確認欄入力」のみと読んだ（原文: 包括の確認欄入力を確認後、支払い）。指定居宅の写しの市への共有は支払いの前提にしていない（原文に前後関係の定めがない）。',
});
