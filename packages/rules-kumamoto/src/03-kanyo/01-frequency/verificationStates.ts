import type { Citation } from '@kaigo/core';
import { SECTIONS } from '../../sourceDocument';

/**
 * 1つの計画（新規作成または更新の1回分）の検証の流れで起きる出来事（３（１）①〜⑤）。
 * - `submitted`: ① ケアプラン等の提出。日付はささえりあが受け取った日（受理日。郵送なら到達日）で、アドバイス等の期限の起算日
 * - `adviceGiven`: ② ささえりあからのアドバイス等の連絡（複数回可）
 * - `planFinalised`: ケアプランの確定（③の「ケアプラン確定後に」の基準日。任意）
 * - `finalPlanSubmitted`: ③ アドバイス等を反映させたケアプラン等の、確定後の提出
 * - `informationConsolidated`: ④ 情報の集約（ささえりあが圏域の高齢者の状況として整理・把握した日）
 * - `caseConference`: ⑤ 自立支援型地域ケア会議で事例として検討した日（任意）
 */
export const VERIFICATION_EVENT_KINDS = [
  'submitted',
  'adviceGiven',
  'planFinalised',
  'finalPlanSubmitted',
  'informationConsolidated',
  'caseConference',
] as const;

/** 検証の流れの出来事の種類。 */
export type VerificationEventKind = (typeof VERIFICATION_EVENT_KINDS)[number];

/** 出来事の日本語名。 */
export const VERIFICATION_EVENT_LABELS: Readonly<Record<VerificationEventKind, string>> = {
  submitted: 'ケアプラン等の提出（ささえりあの受理）',
  adviceGiven: 'アドバイス等の連絡',
  planFinalised: 'ケアプランの確定',
  finalPlanSubmitted: 'アドバイス等を反映させたケアプラン等の提出（確定後）',
  informationConsolidated: '情報の集約',
  caseConference: '自立支援型地域ケア会議での事例検討',
};

/**
 * 検証の流れの状態（進む順。後戻りしない）。状態は「まだ済んでいない最初の段階」を表す。
 * - `notSubmitted`: ケアプラン等が未提出
 * - `underReview`: 受理済み。アドバイス等の期限内で、まだ連絡がない
 * - `adviceOverdue`: アドバイス等すべき事項がある（入力 `adviceNeeded`）のに、期限を過ぎても連絡がない
 * - `awaitingFinalPlan`: 確認が終わり（連絡済み・事項なし・期限経過）、確定後のケアプラン等の提出待ち
 * - `awaitingConsolidation`: 確定後の提出済み（または不要）。情報の集約の記録待ち
 * - `consolidated`: 情報の集約まで済んだ
 * - `discussedAtCaseConference`: さらに自立支援型地域ケア会議で事例として検討された
 */
export const VERIFICATION_STATES = [
  'notSubmitted',
  'underReview',
  'adviceOverdue',
  'awaitingFinalPlan',
  'awaitingConsolidation',
  'consolidated',
  'discussedAtCaseConference',
] as const;

/** 検証の流れの状態。 */
export type VerificationState = (typeof VERIFICATION_STATES)[number];

/** 状態の日本語名。 */
export const VERIFICATION_STATE_LABELS: Readonly<Record<VerificationState, string>> = {
  notSubmitted: 'ケアプラン等の提出前',
  underReview: 'ささえりあが確認中（アドバイス等の期限内）',
  adviceOverdue: 'アドバイス等の連絡が期限を過ぎている',
  awaitingFinalPlan: '確定後のケアプラン等の提出待ち',
  awaitingConsolidation: '情報の集約の記録待ち',
  consolidated: '情報の集約まで完了',
  discussedAtCaseConference: '自立支援型地域ケア会議で事例検討済み',
};

/**
 * 状態の順位（0 から。流れが進むほど大きい）。
 *
 * @source kumamoto-kanyo-2024 ３（１）①〜⑤
 * @example
 * ```ts
 * verificationStateRank('underReview') < verificationStateRank('consolidated'); // => true
 * ```
 */
export function verificationStateRank(state: VerificationState): number {
  return VERIFICATION_STATES.indexOf(state);
}

/**
 * 状態を進める事実: 入力の出来事（①③④⑤）と、期限・入力・パラメータから導く事実（②の結論、③を求めないこと）。
 * - `adviceGiven`: ② アドバイス等の連絡があった
 * - `adviceNotNeeded`: ② アドバイス等すべき事項がない（入力 `adviceNeeded: false`）
 * - `periodEndedWithoutAdvice`: ② 連絡のないまま期限が過ぎ、事項の有無は入力されていない
 * - `adviceOverdue`: ② 事項がある（入力 `adviceNeeded: true`）のに、連絡のないまま期限が過ぎた
 * - `finalPlanNotRequired`: ③ アドバイス等がなく、確定後の提出を求めない読み方（`kumamoto.finalPlanWithoutAdvice: false`）
 */
export type VerificationTrigger =
  | 'submitted'
  | 'adviceGiven'
  | 'adviceNotNeeded'
  | 'periodEndedWithoutAdvice'
  | 'adviceOverdue'
  | 'finalPlanSubmitted'
  | 'finalPlanNotRequired'
  | 'informationConsolidated'
  | 'caseConference';

/** 状態の遷移1つ: `from` の状態で `on` が成り立てば `to` に進む。 */
export interface VerificationTransition {
  /** 遷移前の状態。 */
  readonly from: VerificationState;
  /** 遷移させる事実。 */
  readonly on: VerificationTrigger;
  /** 遷移後の状態。 */
  readonly to: VerificationState;
  /** 遷移の日本語の説明（トレースに載せる定型文）。 */
  readonly label: string;
  /** 遷移を定める資料の節。 */
  readonly citation: Citation;
}

/**
 * 検証の流れの遷移表（状態 × 事実 → 次の状態、節つき）。状態は `notSubmitted` から始め、成り立つ事実の遷移を
 * たどれなくなったところが現在の状態（まだ済んでいない最初の段階）。表は後戻りせず、同じ状態から出る事実は
 * 互いに排他的（②の結論は1つ、③は「提出済み」か「求めない」）。
 *
 * @source kumamoto-kanyo-2024 ３（１）①
 * @source kumamoto-kanyo-2024 ３（１）②
 * @source kumamoto-kanyo-2024 ３（１）③
 * @source kumamoto-kanyo-2024 ３（１）④
 * @source kumamoto-kanyo-2024 ３（１）⑤
 * @example
 * ```ts
 * VERIFICATION_TRANSITIONS.filter((t) => t.from === 'underReview').map((t) => t.to);
 * // => ['adviceOverdue', 'awaitingFinalPlan', 'awaitingFinalPlan', 'awaitingFinalPlan']
 * ```
 */
export const VERIFICATION_TRANSITIONS: readonly VerificationTransition[] = [
  {
    from: 'notSubmitted',
    on: 'submitted',
    to: 'underReview',
    label: '① ケアプラン等の提出（ささえりあの受理）',
    citation: SECTIONS.frequency1,
  },
  {
    from: 'underReview',
    on: 'adviceOverdue',
    to: 'adviceOverdue',
    label: '② アドバイス等すべき事項があるのに、期限までに連絡がない',
    citation: SECTIONS.frequency2,
  },
  {
    from: 'underReview',
    on: 'adviceGiven',
    to: 'awaitingFinalPlan',
    label: '② アドバイス等の連絡',
    citation: SECTIONS.frequency2,
  },
  {
    from: 'underReview',
    on: 'adviceNotNeeded',
    to: 'awaitingFinalPlan',
    label: '② アドバイス等すべき事項なし',
    citation: SECTIONS.frequency2,
  },
  {
    from: 'underReview',
    on: 'periodEndedWithoutAdvice',
    to: 'awaitingFinalPlan',
    label: '② 連絡のないまま期限が経過（事項の有無は不明）',
    citation: SECTIONS.frequency2,
  },
  {
    from: 'awaitingFinalPlan',
    on: 'finalPlanSubmitted',
    to: 'awaitingConsolidation',
    label: '③ 確定後のケアプラン等の提出',
    citation: SECTIONS.frequency3,
  },
  {
    from: 'awaitingFinalPlan',
    on: 'finalPlanNotRequired',
    to: 'awaitingConsolidation',
    label: '③ アドバイス等がなく、確定後の提出を求めない読み方',
    citation: SECTIONS.frequency3,
  },
  {
    from: 'awaitingConsolidation',
    on: 'informationConsolidated',
    to: 'consolidated',
    label: '④ 情報の集約',
    citation: SECTIONS.frequency4,
  },
  {
    from: 'consolidated',
    on: 'caseConference',
    to: 'discussedAtCaseConference',
    label: '⑤ 自立支援型地域ケア会議での事例検討',
    citation: SECTIONS.frequency5,
  },
];

/**
 * 成り立つ事実から、遷移表をたどった道筋（遷移の列）を返す。最後の遷移の `to`（遷移がなければ `notSubmitted`）が現在の状態。
 *
 * @source kumamoto-kanyo-2024 ３（１）①〜⑤
 * @example
 * ```ts
 * verificationPath(new Set(['submitted', 'adviceGiven'])).map((t) => t.to); // => ['underReview', 'awaitingFinalPlan']
 * ```
 */
export function verificationPath(
  facts: ReadonlySet<VerificationTrigger>,
): readonly VerificationTransition[] {
  const path: VerificationTransition[] = [];
  let state: VerificationState = 'notSubmitted';
  // 表は後戻りしないので、遷移の数より多くは進まない（表の誤りでも止まる）。
  for (let step = 0; step < VERIFICATION_TRANSITIONS.length; step++) {
    const next = VERIFICATION_TRANSITIONS.find((t) => t.from === state && facts.has(t.on));
    if (next === undefined) break;
    path.push(next);
    state = next.to;
  }
  return path;
}
