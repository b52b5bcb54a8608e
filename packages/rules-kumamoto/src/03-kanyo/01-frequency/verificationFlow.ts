import {
  describeDeadlineRule,
  differenceInDays,
  findStepOrderViolations,
  checkDeadline,
  parameterUse,
  resolveDeadline,
  ruleResult,
  valueAt,
} from '@kaigo/core';
import type {
  DatedParameter,
  DeadlineRule,
  Finding,
  IsoDate,
  ParameterUse,
  RuleResult,
} from '@kaigo/core';
import { booleanField, dateField, prepareRuleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { asIsoDate } from '../../shared/isoDates';
import { SECTIONS } from '../../shared/sections';
import { adviceDeadline, finalPlanWithoutAdvice } from './flowParameters';

const RULE = 'kumamoto.verificationFlow';
const SOURCES = [
  SECTIONS.frequency1,
  SECTIONS.frequency2,
  SECTIONS.frequency3,
  SECTIONS.frequency4,
  SECTIONS.frequency5,
];

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

const eventSchema = z.strictObject({
  kind: withMeta(z.enum(VERIFICATION_EVENT_KINDS), { label: '出来事の種類' }),
  date: dateField({ label: '出来事の日付' }),
});

/** 検証の流れの出来事1件。 */
export interface VerificationEvent {
  /** 出来事の種類。 */
  readonly kind: VerificationEventKind;
  /** 日付（YYYY-MM-DD）。 */
  readonly date: string;
}

/** {@link evaluateVerificationFlow} の入力。 */
export interface VerificationFlowInput {
  /** ささえりあの確認の結果、アドバイス等すべき事項があるか（未入力なら不明）。 */
  readonly adviceNeeded?: boolean | undefined;
  /** 1つの計画の出来事（順不同。日付で並べ替える）。 */
  readonly events: readonly VerificationEvent[];
}

/** {@link evaluateVerificationFlow} の入力スキーマ。 */
export const verificationFlowInputSchema: z.ZodType<VerificationFlowInput> = z.strictObject({
  adviceNeeded: booleanField({
    label: 'アドバイス等すべき事項の有無（ささえりあの確認結果）',
  }).optional(),
  events: withMeta(z.array(eventSchema).max(200), { label: '出来事' }),
});

/** アドバイス等の連絡1回分の期限判定。 */
export interface AdviceContactCheck {
  /** 連絡日。 */
  readonly date: IsoDate;
  /** 受理日の翌日を1日目とした日数（受理日当日は0）。 */
  readonly dayNumber: number;
  /** 期限内か。 */
  readonly met: boolean;
  /** 期限を過ぎた日数。 */
  readonly daysLate: number;
}

/** アドバイス等（３（１）②）の状況。 */
export interface AdviceStatus {
  /** 起算日（ケアプラン等の受理日）。 */
  readonly receivedOn: IsoDate;
  /** 期限の最終日（受理日 + 14日）。 */
  readonly deadline: IsoDate;
  /** 期限の言い回し（例: `2週間以内`）。 */
  readonly rule: string;
  /** 日の数え方。 */
  readonly convention: string;
  /**
   * - `pending`: 期限内で、まだ連絡がない
   * - `given`: 連絡があった（`met` で期限内か）
   * - `notNeeded`: アドバイス等すべき事項がない（入力 `adviceNeeded: false`）
   * - `noneWithinPeriod`: 期限までに連絡がなく、事項の有無は入力されていない
   * - `overdue`: 事項があるのに期限を過ぎても連絡がない
   */
  readonly status: 'pending' | 'given' | 'notNeeded' | 'noneWithinPeriod' | 'overdue';
  /** すべての連絡が期限内だったか（連絡があったときのみ）。 */
  readonly met?: boolean;
  /** 連絡ごとの判定（日付順）。 */
  readonly contacts: readonly AdviceContactCheck[];
  /** 期限の最終日まであと何日か（`pending` のとき。最終日当日は0）。 */
  readonly daysRemaining?: number;
}

/** 基準日時点で期限を過ぎている事項。 */
export interface OverdueItem {
  /** 期限を過ぎている出来事。 */
  readonly step: 'adviceGiven';
  /** 期限の最終日。 */
  readonly deadline: IsoDate;
  /** 基準日時点で期限を過ぎた日数。 */
  readonly daysOverdue: number;
}

/** 確定後のケアプラン等の提出（３（１）③）の状況。 */
export interface FinalPlanStatus {
  /** 提出が求められるか（パラメータ `kumamoto.finalPlanWithoutAdvice` とアドバイス等の有無による）。 */
  readonly required: boolean;
  /** ケアプランの確定日（入力があれば）。 */
  readonly finalisedOn?: IsoDate;
  /** 提出日（提出済みなら）。 */
  readonly submittedOn?: IsoDate;
}

/** {@link evaluateVerificationFlow} の判定。 */
export interface VerificationFlowDecision {
  /** 現在の状態。 */
  readonly state: VerificationState;
  /** 現在の状態の日本語名。 */
  readonly stateLabel: string;
  /** アドバイス等の状況（提出済みのとき）。 */
  readonly advice?: AdviceStatus;
  /** 確定後の提出の状況（提出済みのとき）。 */
  readonly finalPlan?: FinalPlanStatus;
  /** 情報の集約の日。 */
  readonly informationConsolidatedOn?: IsoDate;
  /** 自立支援型地域ケア会議で検討した日。 */
  readonly caseConferenceOn?: IsoDate;
  /** 基準日時点で期限を過ぎている事項。 */
  readonly overdue: readonly OverdueItem[];
}

/** {@link evaluateVerificationFlow} が使うパラメータ（差し替え可能）。 */
export interface VerificationFlowParameters {
  /** アドバイス等の連絡期限。 */
  readonly adviceDeadline: DatedParameter<DeadlineRule>;
  /** アドバイス等がなくても確定後の提出を求めるか。 */
  readonly finalPlanWithoutAdvice: DatedParameter<boolean>;
}

const DEFAULTS: VerificationFlowParameters = { adviceDeadline, finalPlanWithoutAdvice };

/** 日の数え方の説明（判定に載せる）。 */
export const ADVICE_DAY_COUNTING =
  '受理日は数えず（初日不算入）、受理日の翌日を1日目として14日目（受理日 + 14日）が最終日。15日目の連絡は期限後。土日祝日でも期限は動かさない。';

interface DatedEvent {
  readonly kind: VerificationEventKind;
  readonly date: IsoDate;
  readonly index: number;
}

const SINGLE_KINDS: readonly VerificationEventKind[] = [
  'submitted',
  'planFinalised',
  'finalPlanSubmitted',
  'informationConsolidated',
  'caseConference',
];

function eventPath(e: DatedEvent): (string | number)[] {
  return ['events', e.index, 'date'];
}

/**
 * 1つの計画の検証の流れ（３（１）①〜⑤）を、日付つきの出来事から判定する: 現在の状態、アドバイス等の期限（受理日から
 * ２週間以内。受理日は数えず14日目が最終日、15日目は期限後）と期限内だったか、基準日時点で期限を過ぎている事項。
 *
 * - ② の連絡は「アドバイス等すべき事項がある場合」だけ求められる。期限までに連絡がなくても、事項の有無（`adviceNeeded`）が
 *   入力されていなければ「期限超過」とは判定しない（`noneWithinPeriod`、参考情報）。`adviceNeeded: true` で期限を過ぎて
 *   連絡がなければ `overdue`。
 * - ③ 確定後の提出に期限は定められていない（期限は作らない）。アドバイス等がない場合も求めるかはパラメータ
 *   `kumamoto.finalPlanWithoutAdvice`（既定: 求める）。
 * - ④ 情報の集約・⑤ 地域ケア会議にも期限はない。⑤ は任意の段階。
 * - 起こりえない並び（受理前のアドバイス等・受理前の提出・確定前の「確定後の提出」・基準日より後の日付・同じ段階の重複、
 *   事項なしなのに連絡あり）はエラーの指摘を返し、判定しない（`invalid`）。全く同じ出来事の重複は警告して1件として扱う。
 *   確定後のアドバイス等、アドバイス等より前の確定後提出、集約前の会議などの順序の乱れは警告。
 *
 * @source kumamoto-kanyo-2024 ３（１）①
 * @source kumamoto-kanyo-2024 ３（１）②
 * @source kumamoto-kanyo-2024 ３（１）③
 * @source kumamoto-kanyo-2024 ３（１）④
 * @source kumamoto-kanyo-2024 ３（１）⑤
 * @example
 * ```ts
 * const r = evaluateVerificationFlow(
 *   { events: [{ kind: 'submitted', date: '2024-09-02' }, { kind: 'adviceGiven', date: '2024-09-16' }] },
 *   { referenceDate: '2024-09-20' },
 * );
 * r.decision?.advice?.deadline; // => '2024-09-16'
 * r.decision?.advice?.met; // => true
 * r.decision?.state; // => 'awaitingFinalPlan'
 * ```
 */
export function evaluateVerificationFlow(
  input: unknown,
  context: unknown,
  params: VerificationFlowParameters = DEFAULTS,
): RuleResult<VerificationFlowDecision> {
  const p = prepareRuleInput(verificationFlowInputSchema, input, context);
  if (!p.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: p.findings });
  const today = p.context.referenceDate;
  const errors: Finding[] = [];
  const notes: Finding[] = [];

  // 1. Read the events, drop exact duplicates, reject dates after the reference date.
  const events: DatedEvent[] = [];
  const seen = new Set<string>();
  p.data.events.forEach((raw, index) => {
    const date = asIsoDate(raw.date);
    if (date === undefined) {
      errors.push({
        code: 'flow.invalidDate',
        severity: 'error',
        message: '出来事の日付が暦にありません。',
        path: ['events', index, 'date'],
      });
      return;
    }
    const key = `${raw.kind}|${date}`;
    if (seen.has(key)) {
      notes.push({
        code: 'flow.duplicateEvent',
        severity: 'warning',
        message: `「${VERIFICATION_EVENT_LABELS[raw.kind]}」が同じ日付で重複しています。1件として扱います。`,
        path: ['events', index],
      });
      return;
    }
    seen.add(key);
    if (date > today) {
      errors.push({
        code: 'flow.futureEvent',
        severity: 'error',
        message: `「${VERIFICATION_EVENT_LABELS[raw.kind]}」の日付が基準日より後です。起きた出来事だけを入力してください。`,
        path: ['events', index, 'date'],
      });
    }
    events.push({ kind: raw.kind, date, index });
  });
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));

  // 2. Steps that happen once per plan.
  const first = new Map<VerificationEventKind, DatedEvent>();
  for (const e of events) {
    const prior = first.get(e.kind);
    if (prior === undefined) {
      first.set(e.kind, e);
    } else if (SINGLE_KINDS.includes(e.kind)) {
      errors.push({
        code: 'flow.repeatedEvent',
        severity: 'error',
        message: `「${VERIFICATION_EVENT_LABELS[e.kind]}」が異なる日付で複数あります。1つの計画（新規作成または更新の1回分）ごとに別々に入力してください。`,
        path: eventPath(e),
        citation: SECTIONS.frequency1,
      });
    }
  }
  const submitted = first.get('submitted');
  const advices = events.filter((e) => e.kind === 'adviceGiven');
  const finalised = first.get('planFinalised');
  const finalPlan = first.get('finalPlanSubmitted');
  const consolidated = first.get('informationConsolidated');
  const conference = first.get('caseConference');

  // 3. Nothing can happen before the plan reaches the ささえりあ.
  for (const e of events) {
    if (e.kind === 'submitted') continue;
    if (submitted === undefined) {
      errors.push({
        code: 'flow.missingSubmission',
        severity: 'error',
        message: `「${VERIFICATION_EVENT_LABELS[e.kind]}」がありますが、ケアプラン等の提出（受理）がありません。検証の流れはケアプラン等の提出から始まります。`,
        path: ['events', e.index, 'kind'],
        citation: SECTIONS.frequency1,
      });
    } else if (e.date < submitted.date && e.kind !== 'planFinalised') {
      errors.push({
        code: 'flow.beforeSubmission',
        severity: 'error',
        message: `「${VERIFICATION_EVENT_LABELS[e.kind]}」の日付が、ケアプラン等の受理日より前です。`,
        path: eventPath(e),
        citation: SECTIONS.frequency1,
      });
    } else if (e.kind === 'planFinalised' && e.date < submitted.date) {
      notes.push({
        code: 'flow.finalisedBeforeSubmission',
        severity: 'warning',
        message:
          'ケアプランの確定日がケアプラン等の受理日より前です。確定後の計画にささえりあのアドバイス等を反映できません。',
        path: eventPath(e),
        citation: SECTIONS.frequency3,
      });
    }
  }
  if (finalPlan !== undefined && finalised !== undefined && finalPlan.date < finalised.date) {
    errors.push({
      code: 'flow.finalPlanBeforeFinalisation',
      severity: 'error',
      message:
        '「確定後」に提出するケアプラン等の提出日が、ケアプランの確定日より前です（③ ケアプラン確定後に提出）。',
      path: eventPath(finalPlan),
      citation: SECTIONS.frequency3,
    });
  }
  if (p.data.adviceNeeded === false && advices.length > 0) {
    errors.push({
      code: 'flow.contradictoryAdvice',
      severity: 'error',
      message:
        'アドバイス等すべき事項が「なし」と入力されていますが、アドバイス等の連絡があります。どちらかを直してください。',
      path: ['adviceNeeded'],
      citation: SECTIONS.frequency2,
    });
  }

  // 4. Order warnings (possible, but the flow loses its point).
  for (const a of advices) {
    if (finalised !== undefined && a.date > finalised.date) {
      notes.push({
        code: 'flow.adviceAfterFinalisation',
        severity: 'warning',
        message:
          'ケアプランの確定後にアドバイス等の連絡があります。確定後の計画にはアドバイス等が反映されていない可能性があります。',
        path: eventPath(a),
        citation: SECTIONS.frequency3,
      });
    } else if (finalPlan !== undefined && a.date > finalPlan.date) {
      notes.push({
        code: 'flow.adviceAfterFinalPlan',
        severity: 'warning',
        message:
          '確定後のケアプラン等の提出より後にアドバイス等の連絡があります。提出された計画にはアドバイス等が反映されていません。',
        path: eventPath(a),
        citation: SECTIONS.frequency3,
      });
    }
  }
  const laterSteps: readonly VerificationEventKind[] = [
    'finalPlanSubmitted',
    'informationConsolidated',
    'caseConference',
  ];
  for (const v of findStepOrderViolations(
    laterSteps,
    events.map((e) => ({ step: e.kind, date: e.date })),
  )) {
    const e = first.get(v.step);
    notes.push({
      code: 'flow.outOfOrder',
      severity: 'warning',
      message: `「${VERIFICATION_EVENT_LABELS[v.step]}」が、資料の順序で先に来る「${v.expectedBefore
        .map((k) => VERIFICATION_EVENT_LABELS[k])
        .join('」「')}」より前の日付です（③ 確定後の提出 → ④ 情報の集約 → ⑤ 地域ケア会議）。`,
      ...(e ? { path: eventPath(e) } : {}),
      citation: v.step === 'caseConference' ? SECTIONS.frequency5 : SECTIONS.frequency4,
    });
  }

  if (errors.length > 0) {
    return ruleResult({ rule: RULE, sources: SOURCES, findings: [...errors, ...notes] });
  }
  if (submitted === undefined) {
    return ruleResult({
      rule: RULE,
      sources: SOURCES,
      decision: {
        state: 'notSubmitted',
        stateLabel: VERIFICATION_STATE_LABELS.notSubmitted,
        overdue: [],
      },
      findings: notes,
    });
  }

  // 5. The advice deadline (②).
  const parameters: ParameterUse[] = [];
  const ruleInForce = valueAt(params.adviceDeadline, submitted.date);
  const finalInForce = valueAt(params.finalPlanWithoutAdvice, submitted.date);
  if (!ruleInForce.ok || !finalInForce.ok) {
    return ruleResult({
      rule: RULE,
      sources: SOURCES,
      findings: [
        {
          code: 'flow.beforeStart',
          severity: 'error',
          message:
            'ケアプラン等の受理日が、この検証の仕組みの開始日（令和６年４月１日）より前です。この資料の期限は適用できません。',
          path: eventPath(submitted),
          citation: SECTIONS.directContract,
        },
        ...notes,
      ],
    });
  }
  parameters.push(parameterUse(params.adviceDeadline, ruleInForce.value));
  const deadline = resolveDeadline(ruleInForce.value.value, submitted.date);
  const contacts: AdviceContactCheck[] = advices.map((a) => {
    const c = checkDeadline(deadline, a.date);
    return {
      date: a.date,
      dayNumber: differenceInDays(a.date, submitted.date),
      met: c.met,
      daysLate: c.daysLate,
    };
  });
  const windowOpen = today <= deadline;
  const overdue: OverdueItem[] = [];
  let adviceStatus: AdviceStatus['status'];
  if (contacts.length > 0) adviceStatus = 'given';
  else if (p.data.adviceNeeded === false) adviceStatus = 'notNeeded';
  else if (windowOpen) adviceStatus = 'pending';
  else if (p.data.adviceNeeded === true) adviceStatus = 'overdue';
  else adviceStatus = 'noneWithinPeriod';

  const findings: Finding[] = [...notes];
  const ruleText = describeDeadlineRule(ruleInForce.value.value);
  for (const [i, c] of contacts.entries()) {
    const a = advices[i];
    findings.push(
      c.met
        ? {
            code: 'advice.onTime',
            severity: 'info',
            message: `アドバイス等の連絡は受理日から${c.dayNumber}日目で、期限（${ruleText}、最終日 ${deadline}）内です。`,
            ...(a ? { path: eventPath(a) } : {}),
            citation: SECTIONS.frequency2,
          }
        : {
            code: 'advice.late',
            severity: 'warning',
            message: `アドバイス等の連絡は受理日から${c.dayNumber}日目で、期限（${ruleText}、最終日 ${deadline}）を${c.daysLate}日過ぎています。`,
            ...(a ? { path: eventPath(a) } : {}),
            citation: SECTIONS.frequency2,
          },
    );
  }
  if (adviceStatus === 'pending') {
    findings.push({
      code: 'advice.pending',
      severity: 'info',
      message: `アドバイス等すべき事項がある場合の連絡期限は ${deadline}（${ruleText}）です。あと${differenceInDays(deadline, today)}日です。`,
      citation: SECTIONS.frequency2,
    });
  } else if (adviceStatus === 'overdue') {
    const days = differenceInDays(today, deadline);
    overdue.push({ step: 'adviceGiven', deadline, daysOverdue: days });
    findings.push({
      code: 'advice.overdue',
      severity: 'warning',
      message: `アドバイス等すべき事項がありますが、連絡期限（${ruleText}、最終日 ${deadline}）を${days}日過ぎても連絡がありません。`,
      path: ['adviceNeeded'],
      citation: SECTIONS.frequency2,
    });
  } else if (adviceStatus === 'noneWithinPeriod') {
    findings.push({
      code: 'advice.noneWithinPeriod',
      severity: 'info',
      message: `連絡期限（最終日 ${deadline}）までにアドバイス等の連絡はありませんでした。アドバイス等すべき事項の有無は入力されていないため、期限超過とは判定しません。`,
      citation: SECTIONS.frequency2,
    });
  }
  const advice: AdviceStatus = {
    receivedOn: submitted.date,
    deadline,
    rule: ruleText,
    convention: ADVICE_DAY_COUNTING,
    status: adviceStatus,
    ...(contacts.length > 0 ? { met: contacts.every((c) => c.met) } : {}),
    contacts,
    ...(adviceStatus === 'pending' ? { daysRemaining: differenceInDays(deadline, today) } : {}),
  };

  // 6. The final plan (③): required always (literal reading) or only after advice.
  const finalRequired = finalInForce.value.value || contacts.length > 0;
  parameters.push(parameterUse(params.finalPlanWithoutAdvice, finalInForce.value));
  if (consolidated !== undefined && finalRequired && finalPlan === undefined) {
    findings.push({
      code: 'flow.consolidatedBeforeFinalPlan',
      severity: 'info',
      message:
        '確定後のケアプラン等の提出がまだないのに、情報の集約が記録されています（資料の順序は ③ 確定後の提出 → ④ 情報の集約）。',
      path: eventPath(consolidated),
      citation: SECTIONS.frequency4,
    });
  }
  const finalPlanStatus: FinalPlanStatus = {
    required: finalRequired,
    ...(finalised ? { finalisedOn: finalised.date } : {}),
    ...(finalPlan ? { submittedOn: finalPlan.date } : {}),
  };

  // 7. The current state: the first step not yet done.
  let state: VerificationState;
  const reviewConcluded = adviceStatus !== 'pending' && adviceStatus !== 'overdue';
  if (adviceStatus === 'overdue') state = 'adviceOverdue';
  else if (!reviewConcluded) state = 'underReview';
  else if (finalRequired && finalPlan === undefined) state = 'awaitingFinalPlan';
  else if (consolidated === undefined) state = 'awaitingConsolidation';
  else if (conference === undefined) state = 'consolidated';
  else state = 'discussedAtCaseConference';

  if (state === 'awaitingFinalPlan') {
    findings.push({
      code: 'finalPlan.pending',
      severity: 'info',
      message:
        'ケアプラン確定後に、アドバイス等を反映させたケアプラン等をささえりあに提出します。資料はこの提出の期限を定めていません。',
      citation: SECTIONS.frequency3,
    });
  } else if (!finalRequired && finalPlan === undefined) {
    findings.push({
      code: 'finalPlan.notRequired',
      severity: 'info',
      message:
        'アドバイス等がなかったため、確定後のケアプラン等の提出は求めない読み方（パラメータ kumamoto.finalPlanWithoutAdvice）で判定しています。',
      citation: SECTIONS.frequency3,
    });
  }

  return ruleResult({
    rule: RULE,
    sources: SOURCES,
    decision: {
      state,
      stateLabel: VERIFICATION_STATE_LABELS[state],
      advice,
      finalPlan: finalPlanStatus,
      ...(consolidated ? { informationConsolidatedOn: consolidated.date } : {}),
      ...(conference ? { caseConferenceOn: conference.date } : {}),
      overdue,
    },
    findings,
    parameters,
  });
}
