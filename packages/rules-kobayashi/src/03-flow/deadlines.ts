import {
  checkDeadline,
  describeDeadlineRule,
  differenceInDays,
  endOfMonth,
  firstDayOfYearMonth,
  resolveDeadline,
} from '@kaigo/core';
import type {
  Citation,
  DeadlineRule,
  Finding,
  IsoDate,
  MissingInput,
  RuleResult,
  YearMonth,
} from '@kaigo/core';
import { booleanField, dateField, withMeta, yearMonthField } from '@kaigo/forms';
import * as z from 'zod';
import { officeCategoryOf, officeKindField } from '../02-overview/officeKinds';
import type { OfficeKind } from '../02-overview/officeKinds';
import { programStart } from '../05-other/parameters';
import { structuralValue } from '../internal/params';
import { checkedDate, runRule } from '../internal/run';
import { kobayashiCite } from '../source';
import { CASE_EVENT_LABELS, deadlineSchedule } from './parameters';
import type { CaseEvent, DeadlineSpec, Submission } from './parameters';

const CITE = kobayashiCite('３ 事業の流れ（提出期限）');

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
      return v ? checkedDate(v) : undefined;
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
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（１）（２）提出期限、４
 * @example
 * 実行されるテスト（`listDeadlines.example.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./listDeadlines.example.test.ts#listDeadlines}
 */
export function listDeadlines(input: unknown, context: unknown): RuleResult<DeadlinesDecision> {
  return runRule<typeof deadlinesInputSchema, DeadlinesDecision>(
    'kobayashi.deadlines',
    [CITE, kobayashiCite('４', '提出(入力)書類')],
    deadlinesInputSchema,
    input,
    context,
    (data, ctx) => {
      const schedule = structuralValue(deadlineSchedule, ctx.referenceDate);
      const start = structuralValue(programStart, ctx.referenceDate);
      if (!schedule || !start) {
        return {
          findings: [
            {
              code: 'parameter.outOfRange',
              severity: 'error',
              message: '基準日に有効な提出期限の定めがありません。',
              citation: CITE,
            },
          ],
        };
      }
      const category = officeCategoryOf(data.officeKind);
      const events: Events = data.events ?? {};
      const submissions: Partial<Record<Submission, string | undefined>> = data.submissions ?? {};
      const findings: Finding[] = [];
      const missing: MissingInput[] = [];
      const addMissing = (m: MissingInput): void => {
        if (!missing.some((x) => x.path.join('.') === m.path.join('.'))) missing.push(m);
      };
      const deadlines: CaseDeadline[] = [];
      for (const spec of schedule.value) {
        if (spec.appliesTo !== category) continue;
        let conditionUnknown = false;
        if (spec.shortTermIntensiveC !== undefined) {
          if (data.shortTermIntensiveC === undefined) {
            conditionUnknown = true;
            addMissing({ path: ['shortTermIntensiveC'], label: '短期集中予防サービスCか' });
          } else if (data.shortTermIntensiveC !== spec.shortTermIntensiveC) continue;
        }
        const evDate = eventDate(spec.event, events, start.value);
        const rawSubmitted = submissions[spec.submission];
        const submittedOn = rawSubmitted ? checkedDate(rawSubmitted) : undefined;
        const base = {
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
          addMissing(eventMissing(spec.event));
          deadlines.push({ ...base, status: 'unknown', daysLate: 0, precedesEvent: false });
          continue;
        }
        if (spec.rule === null) {
          const early = submittedOn !== undefined && submittedOn < evDate;
          if (early) {
            findings.push({
              code: 'deadline.beforeOpening',
              severity: 'warning',
              message: `${spec.title} — 提出できる日（${spec.wording}、${evDate}から）より前に提出されています。`,
              path: ['submissions', spec.submission],
              citation: spec.citation,
            });
          }
          deadlines.push({
            ...base,
            opensOn: evDate,
            status: conditionUnknown
              ? 'unknown'
              : early
                ? 'early'
                : submittedOn
                  ? 'met'
                  : 'pending',
            daysLate: 0,
            precedesEvent: false,
          });
          continue;
        }
        const deadline = resolveDeadline(spec.rule, evDate);
        const precedesEvent = deadline < evDate;
        if (precedesEvent && !conditionUnknown) {
          findings.push({
            code: 'deadline.precedesEvent',
            severity: 'info',
            message: `${spec.title} — 期限（${spec.wording}）は、文言どおりに計算すると${CASE_EVENT_LABELS[spec.event]}の日より${differenceInDays(evDate, deadline)}日前（${deadline}）になります${precedesHint(spec)}。要領の文言どおりの期限として扱っています。`,
            path: ['events', spec.event],
            citation: spec.citation,
          });
        }
        let status: DeadlineStatus;
        let daysLate = 0;
        if (conditionUnknown) status = 'unknown';
        else if (submittedOn) {
          const check = checkDeadline(deadline, submittedOn);
          status = check.met ? 'met' : 'late';
          daysLate = check.daysLate;
        } else {
          daysLate = Math.max(0, differenceInDays(ctx.referenceDate, deadline));
          status = daysLate > 0 ? 'overdue' : 'pending';
        }
        if (status === 'late' || status === 'overdue') {
          const what = `${spec.title} — `;
          const limit = `期限（${spec.wording}、${deadline}）`;
          findings.push({
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
          });
        }
        deadlines.push({
          ...base,
          deadline,
          status,
          daysLate,
          precedesEvent,
        });
      }
      return {
        decision: { officeKind: data.officeKind, deadlines },
        findings,
        missing,
        parameters: [schedule.use, start.use],
      };
    },
  );
}

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
