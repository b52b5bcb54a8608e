import type { Citation, DateWindow, IsoDate, RuleOutcome, YearMonth } from '@kaigo/core';
import {
  addDays,
  cite,
  defineParameter,
  defineRule,
  endOfMonth,
  firstDayOfYearMonth,
  fiscalYearLabel,
  isoDate,
} from '@kaigo/core';
import { ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { ASAGO_DOCUMENT_ID, ASAGO_GUIDELINE_DATE } from '../sourceDocument';

/**
 * 行事の日付。要領が日を空欄にしたもの（`month`）は日を補わない。
 * - `day`: 日まで決まっている
 * - `month`: 月だけ（日は要領で空欄「７月 日」など）
 * - `earlyMonth`: 月の上旬（1日〜10日）
 * - `after`: 別の行事の後（日付の定めなし）
 * - `unspecified`: 日付の定めなし
 */
export type CalendarDate =
  | { readonly precision: 'day'; readonly date: IsoDate }
  | { readonly precision: 'month'; readonly yearMonth: YearMonth }
  | { readonly precision: 'earlyMonth'; readonly yearMonth: YearMonth }
  | { readonly precision: 'after'; readonly eventId: string }
  | { readonly precision: 'unspecified' };

/** 研修・説明会などの行事1つ（要領の記載そのまま。空欄は空欄のまま）。 */
export interface CalendarEvent {
  /** id。 */
  readonly id: string;
  /** 名称（要領の表記）。 */
  readonly title: string;
  /** 担当者（実施者）。 */
  readonly organizer: string;
  /** 対象。 */
  readonly audience: string;
  /** 日付。 */
  readonly when: CalendarDate;
  /** 時刻（要領に記載があるもののみ。`HH:MM`）。 */
  readonly time: { readonly start: string; readonly end: string } | null;
  /** 条件（「希望があれば」など。なければ null）。 */
  readonly condition: string | null;
  /** 目的・内容（要領の表記）。 */
  readonly content: string;
  /** 出典。 */
  readonly citation: Citation;
}

/** 研修などの日程（年度ごと）。 */
export interface TrainingCalendarValue {
  /** 日程の年度（西暦の開始年）。 */
  readonly fiscalYear: number;
  /** 行事（日付順。日付の定めがないものは最後）。 */
  readonly events: readonly CalendarEvent[];
}

const SEC6 = '６ CSwatchによる『いきいき長生きケアマネジメント』の応援手順';
const ym = (s: string): YearMonth => s as YearMonth;

/**
 * 研修・説明会などの日程（令和6年度）: 説明会 令和6年4月26日、質問を受ける場 5月上旬（希望があれば）、
 * いきいき長生きケアマネジメント研修 6月14日 13:30〜16:00、いきいき長生き管理者ケアマネジメント支援研修
 * ①7月・②1月（日は要領で空欄）、いきいき長生きケアマネジメント支援研修 2月（日は空欄）13:30〜16:00、
 * 2月の研修受講後の Google フォームでの気づきの送信、支援役員会による令和6年度の評価。
 *
 * 読み方: 年の書かれていない月日は、6 の手順が令和6年度の取り組みであるため令和6年度の月と読む（6月・7月は2024年、
 * 1月・2月は2025年）。空欄の日は補わず、月だけの日付（`month`）として持つ。
 *
 * @source asago-ikiiki-2024 ５ 実施手順と役割 準備、実施（１）、６ 応援手順 実施・評価
 * @example
 * ```ts
 * TRAINING_CALENDAR.values[0]?.value.events.find((e) => e.id === 'managerTraining1')?.when;
 * // => { precision: 'month', yearMonth: '2024-07' }
 * ```
 */
export const TRAINING_CALENDAR = defineParameter<TrainingCalendarValue>({
  id: 'asago.trainingCalendar',
  description: '説明会・研修・振り返りの日程（令和6年度）',
  unit: '日付',
  citation: cite(ASAGO_DOCUMENT_ID, `${SEC6} 実施・評価`),
  values: [
    {
      from: isoDate(ASAGO_GUIDELINE_DATE),
      value: {
        fiscalYear: 2024,
        events: [
          {
            id: 'briefing',
            title: '説明会',
            organizer: '事務局',
            audience: '市内介護支援専門員',
            when: { precision: 'day', date: isoDate('2024-04-26') },
            time: null,
            condition: null,
            content: '市内介護支援専門員への周知',
            citation: cite(
              ASAGO_DOCUMENT_ID,
              '５ 実施手順と役割 準備 ◎説明会',
              '（令和 6年 4月 26日）',
            ),
          },
          {
            id: 'questionSession',
            title: '質問を受ける場',
            organizer: '事務局',
            audience: '市内介護支援専門員',
            when: { precision: 'earlyMonth', yearMonth: ym('2024-05') },
            time: null,
            condition: '希望があれば',
            content: '説明会についての質問を受ける',
            citation: cite(
              ASAGO_DOCUMENT_ID,
              '５ 実施手順と役割 準備 特記事項',
              '※希望があれば、5 月上旬に質問を受ける場を設定する',
            ),
          },
          {
            id: 'careManagementTraining',
            title: 'いきいき長生きケアマネジメント研修',
            organizer: 'CSwatch',
            audience: '介護支援専門員全員',
            when: { precision: 'day', date: isoDate('2024-06-14') },
            time: { start: '13:30', end: '16:00' },
            condition: null,
            content:
              '目的: 介護支援専門員全体が、適切なケアマネジメント手法の基礎を理解する。内容: 適切なケアマネジメント手法',
            citation: cite(
              ASAGO_DOCUMENT_ID,
              `${SEC6} 実施 ◎いきいき長生きケアマネジメント研修`,
              '日時：６月１４日 13：30〜16：00',
            ),
          },
          {
            id: 'managerTraining1',
            title: 'いきいき長生き管理者ケアマネジメント支援研修①（管理者向けケアプラン支援）',
            organizer: 'CSwatch',
            audience: '居宅介護支援事業所管理者（10人）',
            when: { precision: 'month', yearMonth: ym('2024-07') },
            time: null,
            condition: null,
            content:
              '目的: 事業所管理者が、ケアプラン支援の知識・技術を身につけ、事業所や地域で適切なケアマネジメントが指導できるようになる。内容: 情報収集の適切さ、課題分析及びケアプランの整合性を確認（グループワーク等）。CSwatchによるケアプラン支援研修（令和6年度は管理者を対象）',
            citation: cite(
              ASAGO_DOCUMENT_ID,
              `${SEC6} 実施 ◎いきいき長生き管理者ケアマネジメント支援研修、５ 実施（１）ケアプラン支援研修`,
              '日時：①７月  日',
            ),
          },
          {
            id: 'managerTraining2',
            title: 'いきいき長生き管理者ケアマネジメント支援研修②（管理者向けケアプラン支援）',
            organizer: 'CSwatch',
            audience: '居宅介護支援事業所管理者（10人）',
            when: { precision: 'month', yearMonth: ym('2025-01') },
            time: null,
            condition: null,
            content: '①と同じ（目的・内容）。',
            citation: cite(
              ASAGO_DOCUMENT_ID,
              `${SEC6} 実施 ◎いきいき長生き管理者ケアマネジメント支援研修、５ 実施（１）ケアプラン支援研修`,
              '②１月  日',
            ),
          },
          {
            id: 'supportTraining',
            title: 'いきいき長生きケアマネジメント支援研修',
            organizer: 'CSwatch',
            audience: '介護支援専門員全員',
            when: { precision: 'month', yearMonth: ym('2025-02') },
            time: { start: '13:30', end: '16:00' },
            condition: null,
            content:
              '目的: 介護支援専門員全体が、適切なケアマネジメント手法を事例に準えて考えることができる。内容: 情報収集の適切さ、課題分析及びケアプランの整合性を相互に確認（管理者がファシリテーターとして介入）',
            citation: cite(
              ASAGO_DOCUMENT_ID,
              `${SEC6} 実施 ◎いきいき長生きケアマネジメント支援研修`,
              '日時：2月  日 13：30〜16：00',
            ),
          },
          {
            id: 'feedbackForm',
            title: '気づきの記入・送信（Google フォーム）',
            organizer: '介護支援専門員全員',
            audience: '介護支援専門員全員',
            when: { precision: 'after', eventId: 'supportTraining' },
            time: null,
            condition: null,
            content: '本事業や研修を通じた気づきを Google フォームに記入、送信する',
            citation: cite(
              ASAGO_DOCUMENT_ID,
              `${SEC6} 評価`,
              '2 月の研修受講後に、本事業や研修を通じた気づきを Google フォームに記入、送信する。',
            ),
          },
          {
            id: 'annualReview',
            title: '令和6年度の取り組みの評価と令和7年度の協議',
            organizer: 'CSwatch、事務局、包括的・継続的ケアマネジメント支援役員会',
            audience: '—',
            when: { precision: 'unspecified' },
            time: null,
            condition: null,
            content:
              '気づき内容等を参考に、令和6年度の取り組みについて評価し、令和7年度の取り組み内容の詳細を協議する',
            citation: cite(
              ASAGO_DOCUMENT_ID,
              `${SEC6} 評価`,
              '令和 6年度の取り組みについて評価し、令和 7年度の取り組み内容の詳細を協議する。',
            ),
          },
        ],
      },
    },
  ],
  reading:
    '年のない月日は令和6年度の月（6月・7月は2024年、1月・2月は2025年）。空欄の日（７月 日、１月 日、2月 日）は不明のまま（月のみ）。',
});

/** 基準日から見た行事の状況: 済み、当日、これから、その月（日不明）の中、不明。 */
export type CalendarStatus = 'past' | 'today' | 'upcoming' | 'withinPeriodDayUnknown' | 'unknown';

/** 状況つきの行事。 */
export interface ScheduledCalendarEvent extends CalendarEvent {
  /** 行事がありうる期間（日付の定めがなければ null）。 */
  readonly window: DateWindow | null;
  /** 日が要領で空欄か。 */
  readonly dayUnknown: boolean;
  /** 基準日から見た状況。 */
  readonly status: CalendarStatus;
}

/** {@link listTrainingCalendar} の入力スキーマ。 */
export const trainingCalendarInputSchema = z.strictObject({
  /** 年度（西暦の開始年。省略時は要領の日程の年度）。 */
  fiscalYear: withMeta(z.number().int().min(2000).max(2100), { label: '年度' }).optional(),
});

/** {@link listTrainingCalendar} の入力。 */
export type TrainingCalendarInput = z.input<typeof trainingCalendarInputSchema>;

/** {@link listTrainingCalendar} の判定。 */
export interface TrainingCalendarDecision {
  /** 年度。 */
  readonly fiscalYear: number;
  /** 要領がその年度の日程を定めているか。 */
  readonly defined: boolean;
  /** 行事（定めがなければ空）。 */
  readonly events: readonly ScheduledCalendarEvent[];
}

function windowOf(when: CalendarDate): DateWindow | null {
  switch (when.precision) {
    case 'day':
      return { from: when.date, to: when.date };
    case 'month': {
      const from = firstDayOfYearMonth(when.yearMonth);
      return { from, to: endOfMonth(from) };
    }
    case 'earlyMonth': {
      const from = firstDayOfYearMonth(when.yearMonth);
      return { from, to: addDays(from, 9) };
    }
    default:
      return null;
  }
}

function statusOf(window: DateWindow | null, today: IsoDate): CalendarStatus {
  if (window === null) return 'unknown';
  if (today < window.from) return 'upcoming';
  if (today > window.to) return 'past';
  return window.from === window.to ? 'today' : 'withinPeriodDayUnknown';
}

const trainingCalendarInput = ruleInput(trainingCalendarInputSchema);

/**
 * 説明会・研修・振り返りの日程を、基準日から見た状況（済み・当日・これから・その月の中で日不明・不明）つきで示す。
 * 要領が日を空欄にした研修（管理者研修 7月・1月、支援研修 2月）は日を補わず、その月の中なら
 * `withinPeriodDayUnknown`。Google フォームは2月の研修の後（日付の定めなし）。要領が日程を定めるのは令和6年度だけで、
 * ほかの年度は `defined: false`（令和7年度の内容は協議で決まる）。
 *
 * @source asago-ikiiki-2024 ５ 実施手順と役割 準備、６ CSwatchによる『いきいき長生きケアマネジメント』の応援手順
 * @example
 * ```ts
 * listTrainingCalendar({}, { referenceDate: '2024-07-15' }).decision?.events.find((e) => e.id === 'managerTraining1')?.status;
 * // => 'withinPeriodDayUnknown'
 * ```
 */
export const listTrainingCalendar = defineRule({
  id: 'asago.trainingCalendar',
  title: '説明会・研修の日程（令和6年度）',
  description:
    '説明会・研修・振り返りの日程を基準日から見た状況つきで示す。要領で空欄の日は補わない。',
  sources: [
    cite(ASAGO_DOCUMENT_ID, '５ 実施手順と役割 準備'),
    cite(ASAGO_DOCUMENT_ID, `${SEC6} 実施・評価`),
  ],
  // 入力の省略（undefined・null）は「要領の日程の年度」の意味なので、空の入力として読む。
  input: { ...trainingCalendarInput, parse: (value) => trainingCalendarInput.parse(value ?? {}) },
  parameters: [TRAINING_CALENDAR],
  examples: [
    {
      title: '7月（管理者研修の月、日は空欄）',
      input: {},
      context: { referenceDate: '2024-07-15' },
      expect: { status: 'decided', decision: { fiscalYear: 2024, defined: true } },
    },
    {
      title: '令和7年度（日程の定めなし）',
      input: { fiscalYear: 2025 },
      context: { referenceDate: '2025-05-01' },
      expect: { status: 'decided', decision: { fiscalYear: 2025, defined: false, events: [] } },
    },
  ],
  evaluate: (data, env): RuleOutcome<TrainingCalendarDecision> => {
    const calendar = env.value(TRAINING_CALENDAR);
    const fiscalYear = data.fiscalYear ?? calendar.fiscalYear;
    const defined = fiscalYear === calendar.fiscalYear;
    env.trace({
      kind: 'condition',
      code: 'calendar.defined',
      label: '要領がその年度の日程を定めているか',
      outcome: defined,
    });
    if (!defined) {
      return {
        decision: { fiscalYear, defined: false, events: [] },
        findings: [
          {
            code: 'calendar.notDefined',
            severity: 'info',
            message: `要領は${fiscalYearLabel(calendar.fiscalYear)}の日程だけを定めています（${fiscalYearLabel(fiscalYear)}の日程は定めがありません）。`,
            path: ['fiscalYear'],
            citation: TRAINING_CALENDAR.citation,
          },
        ],
      };
    }
    const today = env.referenceDate;
    const base = calendar.events.map((e) => {
      const window = windowOf(e.when);
      return {
        ...e,
        window,
        dayUnknown: e.when.precision !== 'day',
        status: statusOf(window, today),
      };
    });
    // An event dated only "after" another is upcoming while that one is; otherwise its date is unknown.
    const events = base.map((e): ScheduledCalendarEvent => {
      if (e.when.precision !== 'after') return e;
      const ref = e.when.eventId;
      const prior = base.find((x) => x.id === ref);
      return { ...e, status: prior?.status === 'upcoming' ? 'upcoming' : 'unknown' };
    });
    return { decision: { fiscalYear, defined: true, events } };
  },
});
