import {
  checkDeadline,
  defineRule,
  describeDeadlineRule,
  differenceInDays,
  findStepOrderViolations,
  isIsoDate,
} from '@kaigo/core';
import type { DeadlineRule, Finding, IsoDate, Rule, RuleEnv, RuleOutcome } from '@kaigo/core';
import { booleanField, dateField, ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { SECTIONS } from '../../sourceDocument';
import { adviceDeadline, finalPlanWithoutAdvice } from './flowParameters';
import {
  VERIFICATION_EVENT_KINDS,
  VERIFICATION_EVENT_LABELS,
  VERIFICATION_STATE_LABELS,
  verificationPath,
} from './verificationStates';
import type {
  VerificationEventKind,
  VerificationState,
  VerificationTrigger,
} from './verificationStates';

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

/** 日の数え方の説明（判定に載せる）。 */
export const ADVICE_DAY_COUNTING =
  '受理日は数えず（初日不算入）、受理日の翌日を1日目として14日目（受理日 + 14日）が最終日。15日目の連絡は期限後。土日祝日でも期限は動かさない。';

interface DatedEvent {
  readonly kind: VerificationEventKind;
  readonly date: IsoDate;
  readonly index: number;
}

/** 1つの計画に1回だけ起きる段階（アドバイス等の連絡だけは複数回ありうる）。 */
const SINGLE_KINDS: readonly VerificationEventKind[] = [
  'submitted',
  'planFinalised',
  'finalPlanSubmitted',
  'informationConsolidated',
  'caseConference',
];

/** ③ 確定後の提出 → ④ 情報の集約 → ⑤ 地域ケア会議（順序の乱れは警告）。 */
const LATER_STEPS: readonly VerificationEventKind[] = [
  'finalPlanSubmitted',
  'informationConsolidated',
  'caseConference',
];

function eventPath(e: DatedEvent): (string | number)[] {
  return ['events', e.index, 'date'];
}

/** 途中で集める指摘: `errors` は判定を止める（invalid）、`notes` は判定に添える。 */
interface Checks {
  readonly errors: Finding[];
  readonly notes: Finding[];
}

/** 段階ごとの（最初の）出来事。 */
interface Steps {
  readonly first: ReadonlyMap<VerificationEventKind, DatedEvent>;
  readonly submitted: DatedEvent | undefined;
  readonly advices: readonly DatedEvent[];
  readonly finalised: DatedEvent | undefined;
  readonly finalPlan: DatedEvent | undefined;
  readonly consolidated: DatedEvent | undefined;
  readonly conference: DatedEvent | undefined;
}

/** 1. 出来事を読む: 全く同じ出来事の重複は1件にし、基準日より後の日付を拒み、日付順に並べる。 */
function readEvents(
  raw: readonly VerificationEvent[],
  today: IsoDate,
  checks: Checks,
): DatedEvent[] {
  const events: DatedEvent[] = [];
  const seen = new Set<string>();
  raw.forEach(({ kind, date }, index) => {
    if (!isIsoDate(date)) {
      checks.errors.push({
        code: 'flow.invalidDate',
        severity: 'error',
        message: '出来事の日付が暦にありません。',
        path: ['events', index, 'date'],
      });
      return;
    }
    const key = `${kind}|${date}`;
    if (seen.has(key)) {
      checks.notes.push({
        code: 'flow.duplicateEvent',
        severity: 'warning',
        message: `「${VERIFICATION_EVENT_LABELS[kind]}」が同じ日付で重複しています。1件として扱います。`,
        path: ['events', index],
      });
      return;
    }
    seen.add(key);
    if (date > today) {
      checks.errors.push({
        code: 'flow.futureEvent',
        severity: 'error',
        message: `「${VERIFICATION_EVENT_LABELS[kind]}」の日付が基準日より後です。起きた出来事だけを入力してください。`,
        path: ['events', index, 'date'],
      });
    }
    events.push({ kind, date, index });
  });
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
}

/** 2. 1回だけの段階が異なる日付で複数あればエラー（計画ごとに別々に入力する）。 */
function stepsOf(events: readonly DatedEvent[], checks: Checks): Steps {
  const first = new Map<VerificationEventKind, DatedEvent>();
  for (const e of events) {
    if (!first.has(e.kind)) first.set(e.kind, e);
    else if (SINGLE_KINDS.includes(e.kind)) {
      checks.errors.push({
        code: 'flow.repeatedEvent',
        severity: 'error',
        message: `「${VERIFICATION_EVENT_LABELS[e.kind]}」が異なる日付で複数あります。1つの計画（新規作成または更新の1回分）ごとに別々に入力してください。`,
        path: eventPath(e),
        citation: SECTIONS.frequency1,
      });
    }
  }
  return {
    first,
    submitted: first.get('submitted'),
    advices: events.filter((e) => e.kind === 'adviceGiven'),
    finalised: first.get('planFinalised'),
    finalPlan: first.get('finalPlanSubmitted'),
    consolidated: first.get('informationConsolidated'),
    conference: first.get('caseConference'),
  };
}

/** 3a. 受理より前には何も起きない（確定だけは受理前もありうるが、アドバイス等を反映できないので警告）。 */
function checkAgainstSubmission(
  events: readonly DatedEvent[],
  submitted: DatedEvent | undefined,
  checks: Checks,
): void {
  for (const e of events) {
    if (e.kind === 'submitted') continue;
    const label = VERIFICATION_EVENT_LABELS[e.kind];
    if (submitted === undefined) {
      checks.errors.push({
        code: 'flow.missingSubmission',
        severity: 'error',
        message: `「${label}」がありますが、ケアプラン等の提出（受理）がありません。検証の流れはケアプラン等の提出から始まります。`,
        path: ['events', e.index, 'kind'],
        citation: SECTIONS.frequency1,
      });
    } else if (e.date < submitted.date && e.kind !== 'planFinalised') {
      checks.errors.push({
        code: 'flow.beforeSubmission',
        severity: 'error',
        message: `「${label}」の日付が、ケアプラン等の受理日より前です。`,
        path: eventPath(e),
        citation: SECTIONS.frequency1,
      });
    } else if (e.kind === 'planFinalised' && e.date < submitted.date) {
      checks.notes.push({
        code: 'flow.finalisedBeforeSubmission',
        severity: 'warning',
        message:
          'ケアプランの確定日がケアプラン等の受理日より前です。確定後の計画にささえりあのアドバイス等を反映できません。',
        path: eventPath(e),
        citation: SECTIONS.frequency3,
      });
    }
  }
}

/** 3b. 確定前の「確定後の提出」と、事項なしなのに連絡ありは起こりえない。 */
function checkContradictions(
  steps: Steps,
  adviceNeeded: boolean | undefined,
  checks: Checks,
): void {
  const { finalPlan, finalised } = steps;
  if (finalPlan !== undefined && finalised !== undefined && finalPlan.date < finalised.date) {
    checks.errors.push({
      code: 'flow.finalPlanBeforeFinalisation',
      severity: 'error',
      message:
        '「確定後」に提出するケアプラン等の提出日が、ケアプランの確定日より前です（③ ケアプラン確定後に提出）。',
      path: eventPath(finalPlan),
      citation: SECTIONS.frequency3,
    });
  }
  if (adviceNeeded === false && steps.advices.length > 0) {
    checks.errors.push({
      code: 'flow.contradictoryAdvice',
      severity: 'error',
      message:
        'アドバイス等すべき事項が「なし」と入力されていますが、アドバイス等の連絡があります。どちらかを直してください。',
      path: ['adviceNeeded'],
      citation: SECTIONS.frequency2,
    });
  }
}

/** 4. 順序の警告（起こりうるが、流れの意味が薄れる）。 */
function checkOrderWarnings(events: readonly DatedEvent[], steps: Steps, checks: Checks): void {
  const { finalised, finalPlan } = steps;
  for (const a of steps.advices) {
    if (finalised !== undefined && a.date > finalised.date) {
      checks.notes.push({
        code: 'flow.adviceAfterFinalisation',
        severity: 'warning',
        message:
          'ケアプランの確定後にアドバイス等の連絡があります。確定後の計画にはアドバイス等が反映されていない可能性があります。',
        path: eventPath(a),
        citation: SECTIONS.frequency3,
      });
    } else if (finalPlan !== undefined && a.date > finalPlan.date) {
      checks.notes.push({
        code: 'flow.adviceAfterFinalPlan',
        severity: 'warning',
        message:
          '確定後のケアプラン等の提出より後にアドバイス等の連絡があります。提出された計画にはアドバイス等が反映されていません。',
        path: eventPath(a),
        citation: SECTIONS.frequency3,
      });
    }
  }
  const dated = events.map((e) => ({ step: e.kind, date: e.date }));
  for (const v of findStepOrderViolations(LATER_STEPS, dated)) {
    const e = steps.first.get(v.step);
    const earlier = v.expectedBefore.map((k) => VERIFICATION_EVENT_LABELS[k]).join('」「');
    checks.notes.push({
      code: 'flow.outOfOrder',
      severity: 'warning',
      message: `「${VERIFICATION_EVENT_LABELS[v.step]}」が、資料の順序で先に来る「${earlier}」より前の日付です（③ 確定後の提出 → ④ 情報の集約 → ⑤ 地域ケア会議）。`,
      ...(e ? { path: eventPath(e) } : {}),
      citation: v.step === 'caseConference' ? SECTIONS.frequency5 : SECTIONS.frequency4,
    });
  }
}

/** ②の状況と、それに添える指摘・期限超過。 */
interface AdviceReview {
  readonly advice: AdviceStatus;
  readonly findings: readonly Finding[];
  readonly overdue: readonly OverdueItem[];
}

/** 5a. ②の結論（連絡あり・事項なし・期限内・期限超過・期限経過で不明）。 */
function adviceStatusOf(
  contacts: number,
  adviceNeeded: boolean | undefined,
  windowOpen: boolean,
): AdviceStatus['status'] {
  if (contacts > 0) return 'given';
  if (adviceNeeded === false) return 'notNeeded';
  if (windowOpen) return 'pending';
  // 連絡は「事項がある場合」だけ求められるので、事項の有無が分からなければ期限超過とはしない。
  return adviceNeeded === true ? 'overdue' : 'noneWithinPeriod';
}

/** 5b. ② アドバイス等の期限（受理日から）と、連絡ごとの期限内・期限後。 */
function reviewAdvice(
  rule: DeadlineRule,
  submitted: DatedEvent,
  advices: readonly DatedEvent[],
  adviceNeeded: boolean | undefined,
  env: RuleEnv,
): AdviceReview {
  const today = env.referenceDate;
  const deadline = env.deadline('アドバイス等の連絡期限（受理日から）', rule, submitted.date);
  const ruleText = describeDeadlineRule(rule);
  const findings: Finding[] = [];
  const contacts = advices.map((a): AdviceContactCheck => {
    const c = checkDeadline(deadline, a.date);
    const dayNumber = differenceInDays(a.date, submitted.date);
    findings.push({
      code: c.met ? 'advice.onTime' : 'advice.late',
      severity: c.met ? 'info' : 'warning',
      message: c.met
        ? `アドバイス等の連絡は受理日から${dayNumber}日目で、期限（${ruleText}、最終日 ${deadline}）内です。`
        : `アドバイス等の連絡は受理日から${dayNumber}日目で、期限（${ruleText}、最終日 ${deadline}）を${c.daysLate}日過ぎています。`,
      path: eventPath(a),
      citation: SECTIONS.frequency2,
    });
    return { date: a.date, dayNumber, met: c.met, daysLate: c.daysLate };
  });
  const status = adviceStatusOf(contacts.length, adviceNeeded, today <= deadline);
  env.trace({
    kind: 'condition',
    code: 'advice.status',
    label: '② アドバイス等の状況',
    outcome: status,
  });
  const overdue: OverdueItem[] = [];
  const finding = adviceStatusFinding(status, deadline, ruleText, today);
  if (finding) findings.push(finding);
  if (status === 'overdue')
    overdue.push({ step: 'adviceGiven', deadline, daysOverdue: differenceInDays(today, deadline) });
  const advice: AdviceStatus = {
    receivedOn: submitted.date,
    deadline,
    rule: ruleText,
    convention: ADVICE_DAY_COUNTING,
    status,
    ...(contacts.length > 0 ? { met: contacts.every((c) => c.met) } : {}),
    contacts,
    ...(status === 'pending' ? { daysRemaining: differenceInDays(deadline, today) } : {}),
  };
  return { advice, findings, overdue };
}

/** 5c. 期限内の待ち・期限超過・期限経過（不明）の指摘。連絡ありと事項なしには添えない。 */
function adviceStatusFinding(
  status: AdviceStatus['status'],
  deadline: IsoDate,
  ruleText: string,
  today: IsoDate,
): Finding | undefined {
  switch (status) {
    case 'pending':
      return {
        code: 'advice.pending',
        severity: 'info',
        message: `アドバイス等すべき事項がある場合の連絡期限は ${deadline}（${ruleText}）です。あと${differenceInDays(deadline, today)}日です。`,
        citation: SECTIONS.frequency2,
      };
    case 'overdue':
      return {
        code: 'advice.overdue',
        severity: 'warning',
        message: `アドバイス等すべき事項がありますが、連絡期限（${ruleText}、最終日 ${deadline}）を${differenceInDays(today, deadline)}日過ぎても連絡がありません。`,
        path: ['adviceNeeded'],
        citation: SECTIONS.frequency2,
      };
    case 'noneWithinPeriod':
      return {
        code: 'advice.noneWithinPeriod',
        severity: 'info',
        message: `連絡期限（最終日 ${deadline}）までにアドバイス等の連絡はありませんでした。アドバイス等すべき事項の有無は入力されていないため、期限超過とは判定しません。`,
        citation: SECTIONS.frequency2,
      };
    default:
      return undefined;
  }
}

const ADVICE_TRIGGER: Readonly<Record<AdviceStatus['status'], VerificationTrigger | undefined>> = {
  pending: undefined,
  given: 'adviceGiven',
  notNeeded: 'adviceNotNeeded',
  noneWithinPeriod: 'periodEndedWithoutAdvice',
  overdue: 'adviceOverdue',
};

/** 7. 成り立つ事実から遷移表をたどり、現在の状態を決める（たどった遷移をトレースに残す）。 */
function currentState(
  facts: readonly (VerificationTrigger | undefined | false)[],
  env: RuleEnv,
): VerificationState {
  const set = new Set(facts.filter((f): f is VerificationTrigger => typeof f === 'string'));
  let state: VerificationState = 'notSubmitted';
  for (const t of verificationPath(set)) {
    env.trace({ kind: 'condition', code: `flow.${t.on}`, label: t.label, outcome: t.to });
    state = t.to;
  }
  return state;
}

/** 6・7. 受理後: ②の期限、③の要否、現在の状態と、それに添える指摘。 */
function afterSubmission(
  data: VerificationFlowInput,
  steps: Steps,
  submitted: DatedEvent,
  notes: readonly Finding[],
  env: RuleEnv,
): RuleOutcome<VerificationFlowDecision> {
  // 期限と③の読み方は受理日の値。開始前は専用の指摘にするため、範囲外を例外にしない。
  const rule = env.inForce(adviceDeadline, { at: submitted.date });
  const finalWithoutAdvice = env.inForce(finalPlanWithoutAdvice, { at: submitted.date });
  if (!rule.ok || !finalWithoutAdvice.ok) {
    const beforeStart: Finding = {
      code: 'flow.beforeStart',
      severity: 'error',
      message:
        'ケアプラン等の受理日が、この検証の仕組みの開始日（令和６年４月１日）より前です。この資料の期限は適用できません。',
      path: eventPath(submitted),
      citation: SECTIONS.directContract,
    };
    return { findings: [beforeStart, ...notes] };
  }
  const review = reviewAdvice(rule.value.value, submitted, steps.advices, data.adviceNeeded, env);
  const findings: Finding[] = [...notes, ...review.findings];
  // ③は条件のない手順（既定の読み方）。別の読み方ではアドバイス等があったときだけ。
  const finalRequired = finalWithoutAdvice.value.value || review.advice.contacts.length > 0;
  const { finalPlan, finalised, consolidated, conference } = steps;
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
  const state = currentState(
    [
      'submitted',
      ADVICE_TRIGGER[review.advice.status],
      finalPlan !== undefined && 'finalPlanSubmitted',
      !finalRequired && 'finalPlanNotRequired',
      consolidated !== undefined && 'informationConsolidated',
      conference !== undefined && 'caseConference',
    ],
    env,
  );
  const finalPlanFinding = finalPlanNote(state, finalRequired, finalPlan);
  if (finalPlanFinding) findings.push(finalPlanFinding);
  return {
    decision: {
      state,
      stateLabel: VERIFICATION_STATE_LABELS[state],
      advice: review.advice,
      finalPlan: {
        required: finalRequired,
        ...(finalised ? { finalisedOn: finalised.date } : {}),
        ...(finalPlan ? { submittedOn: finalPlan.date } : {}),
      },
      ...(consolidated ? { informationConsolidatedOn: consolidated.date } : {}),
      ...(conference ? { caseConferenceOn: conference.date } : {}),
      overdue: review.overdue,
    },
    findings,
  };
}

/** 6. ③ 確定後の提出の待ち（期限の定めなし）と、求めない読み方で判定したことの指摘。 */
function finalPlanNote(
  state: VerificationState,
  finalRequired: boolean,
  finalPlan: DatedEvent | undefined,
): Finding | undefined {
  if (state === 'awaitingFinalPlan') {
    return {
      code: 'finalPlan.pending',
      severity: 'info',
      message:
        'ケアプラン確定後に、アドバイス等を反映させたケアプラン等をささえりあに提出します。資料はこの提出の期限を定めていません。',
      citation: SECTIONS.frequency3,
    };
  }
  if (!finalRequired && finalPlan === undefined) {
    return {
      code: 'finalPlan.notRequired',
      severity: 'info',
      message:
        'アドバイス等がなかったため、確定後のケアプラン等の提出は求めない読み方（パラメータ kumamoto.finalPlanWithoutAdvice）で判定しています。',
      citation: SECTIONS.frequency3,
    };
  }
  return undefined;
}

function evaluateFlow(
  data: VerificationFlowInput,
  env: RuleEnv,
): RuleOutcome<VerificationFlowDecision> {
  const checks: Checks = { errors: [], notes: [] };
  const events = readEvents(data.events, env.referenceDate, checks);
  const steps = stepsOf(events, checks);
  checkAgainstSubmission(events, steps.submitted, checks);
  checkContradictions(steps, data.adviceNeeded, checks);
  checkOrderWarnings(events, steps, checks);
  // 起こりえない並びは判定しない（警告は添える）。
  if (checks.errors.length > 0) return { findings: [...checks.errors, ...checks.notes] };
  if (steps.submitted === undefined) {
    const state = currentState([], env);
    return {
      decision: { state, stateLabel: VERIFICATION_STATE_LABELS[state], overdue: [] },
      findings: checks.notes,
    };
  }
  return afterSubmission(data, steps, steps.submitted, checks.notes, env);
}

/**
 * 1つの計画の検証の流れ（３（１）①〜⑤）を、日付つきの出来事から判定する: 現在の状態、アドバイス等の期限（受理日から
 * ２週間以内。受理日は数えず14日目が最終日、15日目は期限後）と期限内だったか、基準日時点で期限を過ぎている事項。
 * 状態は遷移表 {@link VERIFICATION_TRANSITIONS} をたどって決め、たどった遷移をトレースに残す。
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
export const evaluateVerificationFlow: Rule<VerificationFlowInput, VerificationFlowDecision> =
  defineRule({
    id: 'kumamoto.verificationFlow',
    title:
      '検証の流れ（提出 → ２週間以内のアドバイス等 → 確定後の提出 → 情報の集約 → 地域ケア会議）',
    description:
      '1つの計画の出来事から、現在の状態、アドバイス等の期限（受理日の翌日から14日目が最終日）と期限内か、期限を過ぎた事項を判定する。',
    sources: [
      SECTIONS.frequency1,
      SECTIONS.frequency2,
      SECTIONS.frequency3,
      SECTIONS.frequency4,
      SECTIONS.frequency5,
    ],
    input: ruleInput(verificationFlowInputSchema),
    parameters: [adviceDeadline, finalPlanWithoutAdvice],
    examples: [
      {
        title: '14日目のアドバイス等（期限内）',
        input: {
          events: [
            { kind: 'submitted', date: '2024-09-02' },
            { kind: 'adviceGiven', date: '2024-09-16' },
          ],
        },
        context: { referenceDate: '2024-09-20' },
        expect: {
          status: 'decided',
          decision: {
            state: 'awaitingFinalPlan',
            advice: { deadline: '2024-09-16', status: 'given', met: true },
          },
        },
      },
      {
        title: '事項ありで期限を過ぎても連絡なし（期限超過）',
        input: { adviceNeeded: true, events: [{ kind: 'submitted', date: '2024-09-02' }] },
        context: { referenceDate: '2024-09-20' },
        expect: {
          status: 'decided',
          decision: {
            state: 'adviceOverdue',
            overdue: [{ step: 'adviceGiven', deadline: '2024-09-16', daysOverdue: 4 }],
          },
        },
      },
      {
        title: '受理前のアドバイス等（起こりえない並び）',
        input: {
          events: [
            { kind: 'adviceGiven', date: '2024-08-30' },
            { kind: 'submitted', date: '2024-09-02' },
          ],
        },
        context: { referenceDate: '2024-09-20' },
        expect: { status: 'invalid' },
      },
    ],
    evaluate: evaluateFlow,
  });
