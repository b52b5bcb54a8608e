import {
  checkDeadline,
  cite,
  defineRule,
  describeDeadlineRule,
  differenceInDays,
  endOfMonth,
  firstDayOfYearMonth,
} from '@kaigo/core';
import type {
  Citation,
  DeadlineRule,
  Finding,
  IsoDate,
  MissingInput,
  RuleEnv,
  RuleOutcome,
  YearMonth,
} from '@kaigo/core';
import { booleanField, dateField, ruleInput, withMeta, yearMonthField } from '@kaigo/forms';
import * as z from 'zod';
import { officeCategoryOf, officeKindField } from '../02-overview/officeKinds';
import type { OfficeKind } from '../02-overview/officeKinds';
import { KOBAYASHI_DOCUMENT } from '../document';
import { programStart } from '../05-programCoverage/parameters';
import { CASE_EVENT_LABELS, deadlineSchedule } from './parameters';
import type { CaseEvent, DeadlineSpec, Submission } from './parameters';

const CITE = cite(KOBAYASHI_DOCUMENT, '３ 事業の流れ（提出期限）');

/** 期限の起点となる出来事の日（`YYYY-MM-DD`、請求対象年月は `YYYY-MM`）。 */
export interface DeadlineEventsInput {
  /** 支援開始日。 */
  supportStart?: string | undefined;
  /** 支援終了日。 */
  supportEnd?: string | undefined;
  /** 担当者会議の日。 */
  careMeeting?: string | undefined;
  /** プラン作成開始日。 */
  planCreationStart?: string | undefined;
  /** プラン作成日。 */
  planCreated?: string | undefined;
  /** 評価（総括表作成）日。 */
  evaluation?: string | undefined;
  /** 請求対象年月。 */
  billingMonth?: string | undefined;
}

/** 提出（入力）日（`YYYY-MM-DD`）。 */
export interface DeadlineSubmissionsInput {
  /** 参加申込書の提出日。 */
  participationApplication?: string | undefined;
  /** 対象者名簿の提出日。 */
  targetRoster?: string | undefined;
  /** 事前アセスメントの提出（入力）日。居宅はプラン作成時の様式。 */
  preAssessment?: string | undefined;
  /** 事後アセスメントの提出（入力）日。居宅は総括表。 */
  postAssessment?: string | undefined;
  /** 請求書・明細書の提出日。 */
  invoice?: string | undefined;
}

/** 期限一覧の入力。 */
export interface DeadlinesInput {
  /** 事業所の種類。 */
  officeKind: OfficeKind;
  /** 短期集中予防サービスCか（サービス提供事業所の事後アセスメントの期限が変わる）。 */
  shortTermIntensiveC?: boolean | undefined;
  /** 出来事の日。 */
  events?: DeadlineEventsInput | undefined;
  /** 提出日。 */
  submissions?: DeadlineSubmissionsInput | undefined;
}

/**
 * 期限一覧の入力スキーマ。出来事の日と提出日はすべて任意（分からない出来事に依る期限は `unknown`）。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（提出期限）
 */
export const deadlinesInputSchema: z.ZodType<DeadlinesInput> = z.strictObject({
  officeKind: officeKindField(),
  shortTermIntensiveC: booleanField({ label: '短期集中予防サービスC' }).optional(),
  events: withMeta(
    z.strictObject({
      supportStart: dateField({ label: '支援開始日' }).optional(),
      supportEnd: dateField({ label: '支援終了日' }).optional(),
      careMeeting: dateField({ label: '担当者会議の日' }).optional(),
      planCreationStart: dateField({ label: 'プラン作成開始日' }).optional(),
      planCreated: dateField({ label: 'プラン作成日' }).optional(),
      evaluation: dateField({ label: '評価（総括表作成）日' }).optional(),
      billingMonth: yearMonthField({ label: '請求対象年月' }).optional(),
    }),
    { label: '出来事' },
  ).optional(),
  submissions: withMeta(
    z.strictObject({
      participationApplication: dateField({ label: '参加申込書の提出日' }).optional(),
      targetRoster: dateField({ label: '対象者名簿の提出日' }).optional(),
      preAssessment: dateField({ label: '事前アセスメントの提出（入力）日' }).optional(),
      postAssessment: dateField({ label: '事後アセスメント（総括表）の提出（入力）日' }).optional(),
      invoice: dateField({ label: '請求書・明細書の提出日' }).optional(),
    }),
    { label: '提出日' },
  ).optional(),
});

/**
 * 期限1件の状態: `met` 期限内に提出、`late` 期限後に提出、`early` 提出できる日より前に提出、
 * `pending` 未提出で期限前（または期限のない随時）、`overdue` 未提出で期限（基準日）を過ぎた、
 * `unknown` 起点の出来事の日が分からない・適用されるか分からない。
 */
export type DeadlineStatus = 'met' | 'late' | 'early' | 'pending' | 'overdue' | 'unknown';

/** 事例の期限1件。 */
export interface CaseDeadline {
  /** 期限の id（パラメータ {@link deadlineSchedule} の id）。 */
  readonly id: string;
  /** 何をするか。 */
  readonly title: string;
  /** 原文の期限の文言。 */
  readonly wording: string;
  /** 期限の規則（`null` は随時）。 */
  readonly rule: DeadlineRule | null;
  /** 起点の出来事。 */
  readonly event: CaseEvent;
  /** 起点の出来事の日（分かるときのみ）。 */
  readonly eventDate?: IsoDate;
  /** 期限日（随時のものにはない）。 */
  readonly deadline?: IsoDate;
  /** 提出できる最初の日（随時のもの）。 */
  readonly opensOn?: IsoDate;
  /** 「望ましい」時期か。 */
  readonly recommended: boolean;
  /** 提出日（入力があれば）。 */
  readonly submittedOn?: IsoDate;
  /** 状態。 */
  readonly status: DeadlineStatus;
  /** 期限を過ぎた日数（提出済みなら提出日、未提出なら基準日で数える）。 */
  readonly daysLate: number;
  /** 文言どおりに計算すると期限日が起点の出来事の日より前になるか。 */
  readonly precedesEvent: boolean;
  /** 出典。 */
  readonly citation: Citation;
}

/** 期限一覧の判定。 */
export interface DeadlinesDecision {
  /** 事業所の種類。 */
  readonly officeKind: OfficeKind;
  /** 期限（要領の表の順）。 */
  readonly deadlines: readonly CaseDeadline[];
}

type Events = DeadlineEventsInput;

function eventDate(event: CaseEvent, events: Events, start: IsoDate): IsoDate | undefined {
  switch (event) {
    case 'programStart':
      return start;
    case 'billingMonthEnd':
      return events.billingMonth
        ? endOfMonth(firstDayOfYearMonth(events.billingMonth as YearMonth))
        : undefined;
    default: {
      const v = events[event];
      return v ? (v as IsoDate) : undefined;
    }
  }
}

function eventMissing(event: CaseEvent): MissingInput {
  return event === 'billingMonthEnd'
    ? { path: ['events', 'billingMonth'], label: '請求対象年月' }
    : { path: ['events', event], label: `${CASE_EVENT_LABELS[event]}の日` };
}

function precedesHint(spec: DeadlineSpec): string {
  const rule = spec.rule;
  if (rule?.kind === 'dayOfMonth' && rule.monthOffset === 0)
    return `（${CASE_EVENT_LABELS[spec.event]}が${rule.day + 1}日以降のとき）`;
  if (rule?.kind === 'dayOfMonth' && rule.monthOffset < 0)
    return `（期限は常に${CASE_EVENT_LABELS[spec.event]}より前の月になります）`;
  return '';
}

/** 期限一覧を作る途中の状態（1件ずつ加える）。 */
interface DeadlineDraft {
  readonly data: DeadlinesInput;
  readonly start: IsoDate;
  readonly referenceDate: IsoDate;
  readonly deadlines: CaseDeadline[];
  readonly findings: Finding[];
  readonly missing: MissingInput[];
}

function addMissing(draft: DeadlineDraft, m: MissingInput): void {
  if (!draft.missing.some((x) => x.path.join('.') === m.path.join('.'))) draft.missing.push(m);
}

/** 期限1件の、状態を除いた部分。 */
type DeadlineBase = Omit<CaseDeadline, 'status' | 'daysLate' | 'precedesEvent'>;

/**
 * 1. 短期集中予防サービスCかで分かれる期限: 合わなければ `skip`、入力がなければ `unknown`（不足に挙げる）。
 */
function applicability(spec: DeadlineSpec, draft: DeadlineDraft): 'applies' | 'skip' | 'unknown' {
  if (spec.shortTermIntensiveC === undefined) return 'applies';
  const given = draft.data.shortTermIntensiveC;
  if (given === undefined) {
    addMissing(draft, { path: ['shortTermIntensiveC'], label: '短期集中予防サービスCか' });
    return 'unknown';
  }
  return given === spec.shortTermIntensiveC ? 'applies' : 'skip';
}

/** 2. 随時（期限なし）のもの: 提出できる日より前の提出は warning。 */
function anytimeDeadline(
  spec: DeadlineSpec,
  base: DeadlineBase,
  opensOn: IsoDate,
  conditionUnknown: boolean,
  draft: DeadlineDraft,
): CaseDeadline {
  const submittedOn = base.submittedOn;
  const early = submittedOn !== undefined && submittedOn < opensOn;
  if (early) {
    draft.findings.push({
      code: 'deadline.beforeOpening',
      severity: 'warning',
      message: `${spec.title} — 提出できる日（${spec.wording}、${opensOn}から）より前に提出されています。`,
      path: ['submissions', spec.submission],
      citation: spec.citation,
    });
  }
  const status: DeadlineStatus = conditionUnknown
    ? 'unknown'
    : early
      ? 'early'
      : submittedOn
        ? 'met'
        : 'pending';
  return { ...base, opensOn, status, daysLate: 0, precedesEvent: false };
}

/** 3. 文言どおりの期限日が起点の出来事より前になるときの info。 */
function precedesFinding(spec: DeadlineSpec, evDate: IsoDate, deadline: IsoDate): Finding {
  return {
    code: 'deadline.precedesEvent',
    severity: 'info',
    message: `${spec.title} — 期限（${spec.wording}）は、文言どおりに計算すると${CASE_EVENT_LABELS[spec.event]}の日より${differenceInDays(evDate, deadline)}日前（${deadline}）になります${precedesHint(spec)}。要領の文言どおりの期限として扱っています。`,
    path: ['events', spec.event],
    citation: spec.citation,
  };
}

/** 4. 期限後の提出・未提出の期限切れの指摘（「望ましい」時期なら info）。 */
function lateFinding(
  spec: DeadlineSpec,
  status: 'late' | 'overdue',
  deadline: IsoDate,
  daysLate: number,
): Finding {
  const what = `${spec.title} — `;
  const limit = `期限（${spec.wording}、${deadline}）`;
  return {
    code: spec.recommended
      ? 'deadline.afterRecommended'
      : status === 'late'
        ? 'deadline.late'
        : 'deadline.overdue',
    severity: spec.recommended ? 'info' : 'warning',
    message: spec.recommended
      ? `${what}望ましい時期（${spec.wording.replace(/[（）]/g, '')}）より後です。`
      : status === 'late'
        ? `${what}${limit}を${daysLate}日過ぎて提出されています。`
        : `${what}未提出のまま${limit}を${daysLate}日過ぎています。`,
    path: ['submissions', spec.submission],
    citation: spec.citation,
  };
}

/** 5. 期限日のあるもの: 期限を計算し（トレースに残す）、提出日か基準日に照らして状態を決める。 */
function datedDeadline(
  spec: DeadlineSpec & { rule: DeadlineRule },
  base: DeadlineBase,
  evDate: IsoDate,
  conditionUnknown: boolean,
  draft: DeadlineDraft,
  env: RuleEnv,
): CaseDeadline {
  const deadline = env.deadline(`${spec.title}の期限 — ${spec.wording}`, spec.rule, evDate);
  const precedesEvent = deadline < evDate;
  if (precedesEvent && !conditionUnknown)
    draft.findings.push(precedesFinding(spec, evDate, deadline));
  let status: DeadlineStatus;
  let daysLate = 0;
  if (conditionUnknown) status = 'unknown';
  else if (base.submittedOn) {
    const check = checkDeadline(deadline, base.submittedOn);
    status = check.met ? 'met' : 'late';
    daysLate = check.daysLate;
  } else {
    daysLate = Math.max(0, differenceInDays(draft.referenceDate, deadline));
    status = daysLate > 0 ? 'overdue' : 'pending';
  }
  if (status === 'late' || status === 'overdue')
    draft.findings.push(lateFinding(spec, status, deadline, daysLate));
  return { ...base, deadline, status, daysLate, precedesEvent };
}

/** 期限1件を一覧に加える（1〜5）。 */
function addDeadline(spec: DeadlineSpec, draft: DeadlineDraft, env: RuleEnv): void {
  const applies = applicability(spec, draft);
  if (applies === 'skip') return;
  const conditionUnknown = applies === 'unknown';
  const events: Events = draft.data.events ?? {};
  const submissions: Partial<Record<Submission, string | undefined>> = draft.data.submissions ?? {};
  const evDate = eventDate(spec.event, events, draft.start);
  const rawSubmitted = submissions[spec.submission];
  const submittedOn = rawSubmitted ? (rawSubmitted as IsoDate) : undefined;
  const base: DeadlineBase = {
    id: spec.id,
    title: spec.title,
    wording: spec.wording,
    rule: spec.rule,
    event: spec.event,
    recommended: spec.recommended === true,
    citation: spec.citation,
    ...(evDate ? { eventDate: evDate } : {}),
    ...(submittedOn ? { submittedOn } : {}),
  };
  if (!evDate) {
    addMissing(draft, eventMissing(spec.event));
    draft.deadlines.push({ ...base, status: 'unknown', daysLate: 0, precedesEvent: false });
  } else if (spec.rule === null) {
    draft.deadlines.push(anytimeDeadline(spec, base, evDate, conditionUnknown, draft));
  } else {
    const dated = { ...spec, rule: spec.rule };
    draft.deadlines.push(datedDeadline(dated, base, evDate, conditionUnknown, draft, env));
  }
}

/** 本体: 提出期限の表のうち、事業所の区分に合うものを表の順に。 */
function evaluateDeadlines(data: DeadlinesInput, env: RuleEnv): RuleOutcome<DeadlinesDecision> {
  const schedule = env.value(deadlineSchedule, { beforeFirst: 'first' });
  const start = env.value(programStart, { beforeFirst: 'first' });
  const category = officeCategoryOf(data.officeKind);
  const draft: DeadlineDraft = {
    data,
    start,
    referenceDate: env.referenceDate,
    deadlines: [],
    findings: [],
    missing: [],
  };
  for (const spec of schedule) if (spec.appliesTo === category) addDeadline(spec, draft, env);
  return {
    decision: { officeKind: data.officeKind, deadlines: draft.deadlines },
    findings: draft.findings,
    missing: draft.missing,
  };
}

/**
 * 事例（1事業所・1利用者・1請求月）のすべての提出期限を、期限日・出典・提出日に対する期限内/期限後とともに並べる。
 *
 * - 期限は {@link deadlineSchedule}（３ 事業の流れの「提出期限」行）のデータで、事業所の区分に合うものを表の順に返す。
 * - サービス提供事業所: 参加申込書（R7.5～随時）、対象者名簿（支援開始後10日以内）、事前アセスメント（支援開始月14日まで）、
 *   事後アセスメント（支援終了前月10日まで。短期集中予防サービスCは終了月10日まで）、請求書・明細書（翌月10日まで）。
 * - 居宅介護支援事業所: 参加申込書（R7.5～随時）、対象者名簿（担当者会議前まで。プラン作成開始時が望ましい）、
 *   プラン作成時の様式、支援期間終了前の総括表、評価(総括表作成)時の様式、請求書・明細書（翌月10日まで）。
 * - 文言どおりに計算すると期限日が起点の出来事より前になるもの（例: 支援開始が15日以降のときの「支援開始月14日まで」、
 *   常に前月になる「支援終了前月10日まで」）は、隠さずに info の指摘で示す。
 * - 期限後の提出・未提出の期限切れは warning。「望ましい」時期より後は info。
 * - 起点の日が分からない期限は `unknown` とし、不足を `missing` に挙げる（一覧自体は返す）。
 * - 期限日の計算はすべてトレースに残る（例: 「「対象者名簿」を市に提出の期限 — 支援開始後10日以内」 2025-06-20 → 2025-06-30、初日不算入）。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（１）（２）提出期限、４
 * @example
 * 実行されるテスト（`listDeadlines.example.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./listDeadlines.example.test.ts#listDeadlines}
 */
export const listDeadlines = defineRule<DeadlinesInput, DeadlinesDecision>({
  id: 'kobayashi.deadlines',
  title: '提出期限の一覧',
  description:
    '事例のすべての提出期限（参加申込書・対象者名簿・事前/事後アセスメント・請求書・明細書など）を期限日・出典・期限内か期限後かとともに並べる。',
  sources: [CITE, cite(KOBAYASHI_DOCUMENT, '４', '提出(入力)書類')],
  input: ruleInput(deadlinesInputSchema),
  parameters: [deadlineSchedule, programStart],
  examples: [
    {
      title: '通所型、6月20日支援開始（14日の期限が開始より前）',
      input: {
        officeKind: 'tsusho',
        shortTermIntensiveC: false,
        events: { supportStart: '2025-06-20', supportEnd: '2025-11-30', billingMonth: '2025-06' },
        submissions: {
          participationApplication: '2025-05-12',
          targetRoster: '2025-06-30',
          preAssessment: '2025-06-13',
        },
      },
      context: { referenceDate: '2025-07-01' },
      expect: { status: 'decided', decision: { officeKind: 'tsusho' } },
    },
    {
      title: '居宅、担当者会議の翌日に名簿提出',
      input: {
        officeKind: 'kyotaku',
        events: {
          planCreationStart: '2025-06-05',
          careMeeting: '2025-06-20',
          planCreated: '2025-06-20',
          supportEnd: '2025-12-31',
          billingMonth: '2025-06',
        },
        submissions: { targetRoster: '2025-06-21', preAssessment: '2025-06-20' },
      },
      context: { referenceDate: '2025-07-01' },
      expect: { status: 'decided', decision: { officeKind: 'kyotaku' } },
    },
  ],
  evaluate: evaluateDeadlines,
});

/**
 * 期限の規則の日本語表記（随時は「随時」）。表示用。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（提出期限）
 * @example
 * ```ts
 * deadlineRuleText({ kind: 'dayOfMonth', monthOffset: -1, day: 10 }); // => '前月10日まで'
 * deadlineRuleText(null); // => '随時'
 * ```
 */
export function deadlineRuleText(rule: DeadlineRule | null): string {
  return rule === null ? '随時' : describeDeadlineRule(rule);
}
