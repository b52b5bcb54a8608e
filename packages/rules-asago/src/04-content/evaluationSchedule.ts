import type { Citation, DateWindow, Finding, IsoDate, RuleEnv, RuleOutcome } from '@kaigo/core';
import {
  addDays,
  cite,
  compareIsoDates,
  defineParameter,
  defineRule,
  isoDate,
  isWithinWindow,
} from '@kaigo/core';
import { dateField, ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { PROGRAM_PERIOD, programPeriodWindow } from '../03-period/programPeriod';
import { ASAGO_DOCUMENT_ID, ASAGO_GUIDELINE_DATE } from '../sourceDocument';

/** 評価の種類（事前評価、中間評価①②、事後評価）。 */
export type EvaluationKind = 'pre' | 'interim1' | 'interim2' | 'post';

/** 評価の種類の一覧（実施順）。 */
export const EVALUATION_KINDS: readonly EvaluationKind[] = ['pre', 'interim1', 'interim2', 'post'];

/** 要領が定める1回の評価（実施時期・提出期限・対象者の除外）。 */
export interface EvaluationSpec {
  /** 評価の種類。 */
  readonly kind: EvaluationKind;
  /** 日本語の名称（要領の表記）。 */
  readonly label: string;
  /** 実施時期（両端を含む）。 */
  readonly window: DateWindow;
  /** 事務局への提出締切（要領が定めるもののみ。事前評価の令和6年6月10日）。 */
  readonly submissionDeadline: IsoDate | null;
  /** 対象者から「施設入所あるいは死亡されている人」を除くか（中間評価）。 */
  readonly excludesLeftSubjects: boolean;
  /** 施設入所・死亡のとき「その時点で」実施するか（事後評価）。 */
  readonly onLeaving: boolean;
  /** 出典。 */
  readonly citation: Citation;
}

/**
 * 評価の実施時期: 事前評価 2024年5月10日〜6月10日（令和6年6月10日提出締め切り）、中間評価 2024年12月1日〜31日
 * と 2025年10月1日〜31日、事後評価 2026年10月1日〜31日。実施者はいずれも担当ケアマネジャー。
 * 中間評価の対象者は「施設入所あるいは死亡されている人以外」、事後評価は施設入所・死亡の「その時点で」実施する。
 *
 * @source asago-ikiiki-2024 ４ 内容 評価（ア）（イ）（ウ）、５ 実施手順と役割 準備・評価
 * @example
 * ```ts
 * EVALUATION_SCHEDULE.values[0]?.value[0]?.window; // => { from: '2024-05-10', to: '2024-06-10' }
 * ```
 */
export const EVALUATION_SCHEDULE = defineParameter<readonly EvaluationSpec[]>({
  id: 'asago.evaluationSchedule',
  description: '事前・中間・事後評価の実施時期と提出締切',
  unit: '期間（両端を含む）',
  citation: cite(ASAGO_DOCUMENT_ID, '４ 内容 評価'),
  values: [
    {
      from: isoDate(ASAGO_GUIDELINE_DATE),
      value: [
        {
          kind: 'pre',
          label: '事前評価',
          window: { from: isoDate('2024-05-10'), to: isoDate('2024-06-10') },
          submissionDeadline: isoDate('2024-06-10'),
          excludesLeftSubjects: false,
          onLeaving: false,
          citation: cite(
            ASAGO_DOCUMENT_ID,
            '４ 内容 評価（ア）事前評価、５ 準備 事前評価の実施',
            '2024年 5月 10日～6月 10日／（令和 6年 6月 10日提出締め切り）',
          ),
        },
        {
          kind: 'interim1',
          label: '中間評価①',
          window: { from: isoDate('2024-12-01'), to: isoDate('2024-12-31') },
          submissionDeadline: null,
          excludesLeftSubjects: true,
          onLeaving: false,
          citation: cite(
            ASAGO_DOCUMENT_ID,
            '４ 内容 評価（イ）中間評価、５ 評価 中間評価',
            '2024年 12月１日～31日（施設入所あるいは死亡されている人以外）',
          ),
        },
        {
          kind: 'interim2',
          label: '中間評価②',
          window: { from: isoDate('2025-10-01'), to: isoDate('2025-10-31') },
          submissionDeadline: null,
          excludesLeftSubjects: true,
          onLeaving: false,
          citation: cite(
            ASAGO_DOCUMENT_ID,
            '４ 内容 評価（イ）中間評価、５ 評価 中間評価',
            '2025年 10月 1日～31日（施設入所あるいは死亡されている人以外）',
          ),
        },
        {
          kind: 'post',
          label: '事後評価',
          window: { from: isoDate('2026-10-01'), to: isoDate('2026-10-31') },
          submissionDeadline: null,
          excludesLeftSubjects: false,
          onLeaving: true,
          citation: cite(
            ASAGO_DOCUMENT_ID,
            '４ 内容 評価（ウ）事後評価、５ 評価 事後評価（最終）',
            '2026年 10月１日～31日／施設入所あるいは死亡された場合は、その時点で事後評価を実施する。',
          ),
        },
      ],
    },
  ],
});

/**
 * 実施期間の年月の表記（例: `2024年12月`、`2024年5月〜6月`、`2025年3月〜2027年3月`）。日付はパラメータ
 * （{@link EVALUATION_SCHEDULE}）や施設入所・死亡で決まった実施期間から取り、コードに年月を書かない。
 *
 * @source asago-ikiiki-2024 ４ 内容 評価 ◎実施時期、５ 実施手順と役割 評価（時期 ①2024年 12月 ②2025年 10月）
 * @example
 * ```ts
 * windowMonthsLabel({ from: isoDate('2024-12-01'), to: isoDate('2024-12-31') }); // => '2024年12月'
 * windowMonthsLabel({ from: isoDate('2024-05-10'), to: isoDate('2024-06-10') }); // => '2024年5月〜6月'
 * ```
 */
export function windowMonthsLabel(window: DateWindow): string {
  const [fy, fm] = window.from.split('-').map(Number);
  const [ty, tm] = window.to.split('-').map(Number);
  const from = `${fy}年${fm}月`;
  if (fy === ty && fm === tm) return from;
  return fy === ty ? `${from}〜${tm}月` : `${from}〜${ty}年${tm}月`;
}

/**
 * 評価の名称に実施時期を添えた表記（例: `中間評価①（2024年12月）`）。年月は実施期間から作る。
 *
 * @source asago-ikiiki-2024 ５ 実施手順と役割 評価（中間評価 時期 ①2024年 12月 ②2025年 10月）
 * @example
 * ```ts
 * evaluationPeriodLabel('中間評価②', { from: isoDate('2025-10-01'), to: isoDate('2025-10-31') }); // => '中間評価②（2025年10月）'
 * ```
 */
export function evaluationPeriodLabel(label: string, window: DateWindow): string {
  return `${label}（${windowMonthsLabel(window)}）`;
}

/**
 * 評価の種類のコード（`@kaigo/forms` の `ASAGO_EVALUATION_KIND_CODES`: pre・interim1・interim2・post）ごとの、実施時期を
 * 添えた表記。様式のコード表のラベルは名称だけ（`中間評価①`）なので、実施時期つきで示すときはこれを使う。実施時期は
 * 渡した評価の実施時期（{@link EVALUATION_SCHEDULE} の値。上書きした値でもよい）から作り、コードに年月を書かない。
 *
 * @param schedule 評価の実施時期（{@link EVALUATION_SCHEDULE} の値）
 * @source asago-ikiiki-2024 ４ 内容 評価（ア）（イ）（ウ）、５ 実施手順と役割 評価
 * @example
 * ```ts
 * const schedule = valueAt(EVALUATION_SCHEDULE, isoDate('2024-06-01'));
 * if (schedule.ok) evaluationKindLabels(schedule.value.value).interim1; // => '中間評価①（2024年12月）'
 * ```
 */
export function evaluationKindLabels(
  schedule: readonly EvaluationSpec[],
): Readonly<Partial<Record<EvaluationKind, string>>> {
  return Object.fromEntries(
    schedule.map((spec) => [spec.kind, evaluationPeriodLabel(spec.label, spec.window)]),
  );
}

/** 施設入所・死亡のときの評価の扱い（要領の「その時点で」「されている人以外」の読み方）。 */
export interface LeavingRuleValue {
  /**
   * 「その時点で」実施する事後評価の期間の初日: 施設入所・死亡の日からの日数（0 = その日から）。
   */
  readonly postFromOffsetDays: number;
  /**
   * 同じく末日: 施設入所・死亡の日からの日数。`null` は「要領に期限の定めなし」で、事業期間の末日（令和8年度末）まで。
   */
  readonly postToOffsetDays: number | null;
  /**
   * 中間評価の期間中に施設入所・死亡があったとき:
   * `notDue` = その中間評価は求めない（「その時点で」の事後評価が代わる。期間前の入所・死亡と同じ扱い）、
   * `dueUntilEvent` = 期間の初日から入所・死亡の前日までを期間として求める。
   */
  readonly interimWhenLeavingInWindow: 'notDue' | 'dueUntilEvent';
}

/**
 * 施設入所・死亡のときの評価の扱い。
 *
 * 読み方（要領に数値の定めがないため、文言に最も近い読みを採りパラメータにした）:
 * - 「その時点で事後評価を実施する」: 期間は施設入所・死亡の日に始まり（`postFromOffsetDays: 0`）、要領に期限がないので
 *   末日は事業期間の末日（`postToOffsetDays: null`）。期限を設ける市は日数を入れる（例: 0 ならその日のみ）。
 *   入所・死亡が通常の事後評価期間（2026年10月）の中なら、期間は通常の初日から上の末日まで。期間の後なら通常どおり。
 * - 中間評価の対象者「施設入所あるいは死亡されている人以外」: 中間評価の期間の初日より前（当日を含む）の入所・死亡は
 *   対象外。期間中の入所・死亡は、その時点の事後評価が代わるので求めない（`notDue`）。別の読みは `dueUntilEvent`。
 * - 事前評価には除外の定めがないので、入所・死亡があっても求め続ける（事前評価の前の入所・死亡は info で知らせる）。
 *
 * @source asago-ikiiki-2024 ４ 内容 評価（イ）（ウ）、５ 評価 事後評価（最終）
 * @example
 * ```ts
 * EVALUATION_ON_LEAVING.values[0]?.value.postToOffsetDays; // => null
 * ```
 */
export const EVALUATION_ON_LEAVING = defineParameter<LeavingRuleValue>({
  id: 'asago.evaluationOnLeaving',
  description: '施設入所・死亡のときの中間評価・事後評価の扱い',
  unit: '日（施設入所・死亡の日から）',
  citation: cite(
    ASAGO_DOCUMENT_ID,
    '４ 内容 評価（ウ）事後評価',
    '施設入所あるいは死亡された場合は、その時点で事後評価を実施する。',
  ),
  values: [
    {
      from: isoDate(ASAGO_GUIDELINE_DATE),
      value: {
        postFromOffsetDays: 0,
        postToOffsetDays: null,
        interimWhenLeavingInWindow: 'notDue',
      },
    },
  ],
  reading:
    '「その時点で」は施設入所・死亡の日から、期限は要領に定めがないため事業期間末まで（postToOffsetDays: null）。' +
    '中間評価の期間中の入所・死亡はその中間評価を求めない（notDue）。別の読み: 入所・死亡の日のみ（postToOffsetDays: 0）、' +
    '中間評価は入所・死亡の前日まで求める（dueUntilEvent）。',
});

/** 評価の様式（評価ごとに両方必要）。 */
export interface EvaluationSheetSpec {
  /** 入力で使う短い id。 */
  readonly id: string;
  /** `@kaigo/forms` の様式 id。 */
  readonly formId: string;
  /** 様式名。 */
  readonly label: string;
}

/**
 * 各評価の評価項目: 対象者を評価する「いきいき長生き応援シート（対象者用）」と、ケアマネジメントを評価する
 * 「いきいき長生き応援シート（ケアマネジャー用）」。事前・中間・事後評価のすべてで両方。
 *
 * @source asago-ikiiki-2024 ４ 内容 評価（ア）（イ）（ウ）評価項目
 * @example
 * ```ts
 * EVALUATION_SHEETS.values[0]?.value.map((s) => s.id); // => ['subject', 'careManager']
 * ```
 */
export const EVALUATION_SHEETS = defineParameter<readonly EvaluationSheetSpec[]>({
  id: 'asago.evaluationSheets',
  description: '評価ごとに必要な様式',
  unit: '様式',
  citation: cite(
    ASAGO_DOCUMENT_ID,
    '４ 内容 評価 ◎評価項目',
    '【対象者を評価する項目】いきいき長生き応援シート（対象者用）【ケアマネジメントを評価する項目】いきいき長生き応援シート（ケアマネジャー用）',
  ),
  values: [
    {
      from: isoDate(ASAGO_GUIDELINE_DATE),
      value: [
        {
          id: 'subject',
          formId: 'asago.ikiikiSheetSubject',
          label: 'いきいき長生き応援シート（対象者用）',
        },
        {
          id: 'careManager',
          formId: 'asago.ikiikiSheetCareManager',
          label: 'いきいき長生き応援シート（ケアマネジャー用）',
        },
      ],
    },
  ],
});

/** 評価の提出先（実施者は担当ケアマネジャー、提出は事務局へ 朝来市 Logoフォーム で）。 */
export interface EvaluationSubmissionValue {
  /** 実施者。 */
  readonly performedBy: string;
  /** 提出先。 */
  readonly submitTo: string;
  /** 提出の方法。 */
  readonly channel: string;
}

/**
 * 評価の実施者と提出先: 担当ケアマネジャーが実施し、事務局へ 朝来市 Logoフォーム で提出する。
 *
 * @source asago-ikiiki-2024 ４ 内容 評価 ◎実施者、５ 実施手順と役割 準備・評価（特記事項）
 * @example
 * ```ts
 * EVALUATION_SUBMISSION.values[0]?.value.channel; // => '朝来市 Logoフォーム'
 * ```
 */
export const EVALUATION_SUBMISSION = defineParameter<EvaluationSubmissionValue>({
  id: 'asago.evaluationSubmission',
  description: '評価の実施者と提出先・提出方法',
  citation: cite(
    ASAGO_DOCUMENT_ID,
    '５ 実施手順と役割 準備・評価 特記事項',
    '事務局へ提出 朝来市 Logoフォーム',
  ),
  values: [
    {
      from: isoDate(ASAGO_GUIDELINE_DATE),
      value: {
        performedBy: '担当ケアマネジャー',
        submitTo: '事務局',
        channel: '朝来市 Logoフォーム',
      },
    },
  ],
});

/** 施設入所・死亡の出来事の種類。 */
export type LeavingKind = 'facilityAdmission' | 'death';

/** 施設入所・死亡の出来事。 */
export interface LeavingEvent {
  /** 種類（`facilityAdmission` = 施設入所、`death` = 死亡）。 */
  readonly kind: LeavingKind;
  /** 日付。 */
  readonly date: IsoDate;
}

/** 日本語名。 */
const LEAVING_LABELS: Record<LeavingKind, string> = {
  facilityAdmission: '施設入所',
  death: '死亡',
};

/** 対象者に求められる1回の評価。 */
export interface DueEvaluation {
  /** 評価の種類。 */
  readonly kind: EvaluationKind;
  /** 日本語の名称。 */
  readonly label: string;
  /** 実施期間（両端を含む）。 */
  readonly window: DateWindow;
  /** 名称に実施期間の年月を添えた表記（例: `中間評価①（2024年12月）`。実施期間から作る）。 */
  readonly periodLabel: string;
  /** 提出締切（要領の定めがあるもののみ）。 */
  readonly submissionDeadline: IsoDate | null;
  /** 期間の根拠: 通常の実施時期か、施設入所・死亡の「その時点」か、その前日までに短縮されたものか。 */
  readonly basis: 'regular' | 'onLeaving' | 'untilLeaving';
  /** 出典。 */
  readonly citation: Citation;
}

/** 求められない評価とその理由。 */
export interface SkippedEvaluation {
  /** 評価の種類。 */
  readonly kind: EvaluationKind;
  /** 日本語の名称。 */
  readonly label: string;
  /** 理由（施設入所・死亡）。 */
  readonly reason: LeavingKind;
}

/** 対象者ごとの評価の一覧。 */
export interface EvaluationPlan {
  /** 求められる評価（実施順）。 */
  readonly due: readonly DueEvaluation[];
  /** 求められない評価。 */
  readonly skipped: readonly SkippedEvaluation[];
  /** 最初の施設入所・死亡（なければ null）。 */
  readonly leaving: LeavingEvent | null;
}

/**
 * 施設入所・死亡の出来事から、対象者に求められる評価と実施期間を求める（純粋な計算。ルール関数の中身）。
 * 出来事が複数あれば最も早いものを使う。
 *
 * @param schedule 評価の実施時期（{@link EVALUATION_SCHEDULE} の値）
 * @param onLeaving 施設入所・死亡のときの扱い（{@link EVALUATION_ON_LEAVING} の値）
 * @param programEnd 事業期間の末日（「その時点で」の事後評価の期限の定めがないときの末日）
 * @param events 施設入所・死亡の出来事
 * @source asago-ikiiki-2024 ４ 内容 評価（ア）（イ）（ウ）
 * @example
 * ```ts
 * planEvaluations(schedule, onLeaving, isoDate('2027-03-31'), [{ kind: 'facilityAdmission', date: isoDate('2025-03-01') }]);
 * // => due: 事前評価, 中間評価①, 事後評価（2025-03-01〜2027-03-31）; skipped: 中間評価②
 * ```
 */
export function planEvaluations(
  schedule: readonly EvaluationSpec[],
  onLeaving: LeavingRuleValue,
  programEnd: IsoDate,
  events: readonly LeavingEvent[],
): EvaluationPlan {
  const leaving = [...events].sort((a, b) => compareIsoDates(a.date, b.date))[0] ?? null;
  const due: DueEvaluation[] = [];
  const skipped: SkippedEvaluation[] = [];
  for (const spec of schedule) {
    const dueIn = (window: DateWindow, basis: DueEvaluation['basis']): DueEvaluation => ({
      kind: spec.kind,
      label: spec.label,
      submissionDeadline: spec.submissionDeadline,
      citation: spec.citation,
      window,
      periodLabel: evaluationPeriodLabel(spec.label, window),
      basis,
    });
    if (leaving === null) {
      due.push(dueIn(spec.window, 'regular'));
      continue;
    }
    const e = leaving.date;
    if (spec.excludesLeftSubjects && e <= spec.window.to) {
      const inWindow = e > spec.window.from;
      if (inWindow && onLeaving.interimWhenLeavingInWindow === 'dueUntilEvent') {
        due.push(dueIn({ from: spec.window.from, to: addDays(e, -1) }, 'untilLeaving'));
      } else skipped.push({ kind: spec.kind, label: spec.label, reason: leaving.kind });
      continue;
    }
    if (spec.onLeaving && e <= spec.window.to) {
      const from = addDays(e, onLeaving.postFromOffsetDays);
      const to =
        onLeaving.postToOffsetDays === null ? programEnd : addDays(e, onLeaving.postToOffsetDays);
      const window =
        e < spec.window.from
          ? { from, to }
          : { from: spec.window.from, to: to > spec.window.to ? to : spec.window.to };
      due.push(dueIn(window, 'onLeaving'));
      continue;
    }
    due.push(dueIn(spec.window, 'regular'));
  }
  return { due, skipped, leaving };
}

/** 施設入所・死亡の出来事の入力スキーマ。 */
export const leavingEventSchema = z.strictObject({
  /** 種類。 */
  kind: z.literal(['facilityAdmission', 'death']),
  /** 日付。 */
  date: dateField({ label: '施設入所・死亡の日' }),
});

/** 実施済みの評価の入力スキーマ（予定の判定用。日付のみ）。 */
export const recordedEvaluationSchema = z.strictObject({
  /** 評価の種類。 */
  kind: z.literal(['pre', 'interim1', 'interim2', 'post']),
  /** 実施日。 */
  date: dateField({ label: '評価の実施日' }),
});

/**
 * 検証済みの出来事の入力を {@link LeavingEvent} にする（内部用。日付は検証済み）。
 *
 * @source asago-ikiiki-2024 ４ 内容 評価（ウ）
 * @example
 * ```ts
 * leavingEventsOf([{ kind: 'death', date: '2025-01-01' }]);
 * ```
 */
export function leavingEventsOf(
  events: readonly { kind: LeavingKind; date: string }[] | undefined,
): readonly LeavingEvent[] {
  return (events ?? []).map((e) => ({ kind: e.kind, date: e.date as IsoDate }));
}

/** {@link scheduleEvaluations} の入力スキーマ。 */
export const evaluationScheduleInputSchema = z.strictObject({
  /** 施設入所・死亡の出来事（なければ空か省略）。 */
  events: z.array(leavingEventSchema).max(10).optional(),
  /** 実施済みの評価（与えると、各評価が実施済みか・未実施のまま期間を過ぎたかも判定する）。 */
  recorded: z.array(recordedEvaluationSchema).max(20).optional(),
});

/** {@link scheduleEvaluations} の入力。 */
export type EvaluationScheduleInput = z.input<typeof evaluationScheduleInputSchema>;

/**
 * 予定の評価の状況: `upcoming` 期間前、`open` 期間中、`closed` 期間後（実施記録を与えなかったとき）、
 * `done` 期間内に実施済み、`doneOutsideWindow` 実施済みだが期間外、`missed` 未実施のまま期間を過ぎた。
 */
export type DueEvaluationStatus =
  'upcoming' | 'open' | 'closed' | 'done' | 'doneOutsideWindow' | 'missed';

/** 予定の評価1件（状況と必要な様式つき）。 */
export interface ScheduledEvaluation extends DueEvaluation {
  /** 基準日時点の状況。 */
  readonly status: DueEvaluationStatus;
  /** 必要な様式（様式 id）。 */
  readonly requiredForms: readonly string[];
}

/** {@link scheduleEvaluations} の判定。 */
export interface EvaluationScheduleDecision {
  /** 求められる評価（実施順）。 */
  readonly due: readonly ScheduledEvaluation[];
  /** 求められない評価と理由。 */
  readonly skipped: readonly SkippedEvaluation[];
  /** 最初の施設入所・死亡（なければ null）。 */
  readonly leaving: LeavingEvent | null;
  /** 期間を過ぎても未実施の評価があるか（実施記録を与えたときのみ判定。与えなければ null）。 */
  readonly anyMissed: boolean | null;
}

/** 評価の予定を求めるのに使うパラメータの値と、求めた予定（{@link planEvaluationsFor} の結果）。 */
export interface EvaluationPlanInForce {
  /** 評価の実施時期（{@link EVALUATION_SCHEDULE} の値）。 */
  readonly schedule: readonly EvaluationSpec[];
  /** 評価ごとに必要な様式（{@link EVALUATION_SHEETS} の値）。 */
  readonly sheets: readonly EvaluationSheetSpec[];
  /** 対象者の評価の予定。 */
  readonly plan: EvaluationPlan;
}

/**
 * ルールの環境からパラメータ（実施時期、施設入所・死亡のときの扱い、様式、事業期間）を読み、対象者の評価の予定を
 * {@link planEvaluations} で求める。文脈の上書きが効くよう、値は必ず `env` から読む。施設入所・死亡で期間が
 * 変わった評価は、その日付の計算をトレースに残す。
 *
 * @param env ルールの環境
 * @param events 施設入所・死亡の出来事
 * @source asago-ikiiki-2024 ４ 内容 評価（ア）（イ）（ウ）
 * @example
 * ```ts
 * evaluate: (data, env) => {
 *   const { plan } = planEvaluationsFor(env, leavingEventsOf(data.events));
 *   return { decision: plan.due.map((d) => d.kind) };
 * }
 * ```
 */
export function planEvaluationsFor(
  env: RuleEnv,
  events: readonly LeavingEvent[],
): EvaluationPlanInForce {
  const schedule = env.value(EVALUATION_SCHEDULE);
  const onLeaving = env.value(EVALUATION_ON_LEAVING);
  const sheets = env.value(EVALUATION_SHEETS);
  const programEnd = programPeriodWindow(env.value(PROGRAM_PERIOD)).to;
  const plan = planEvaluations(schedule, onLeaving, programEnd, events);
  env.trace({
    kind: 'condition',
    code: 'evaluation.leaving',
    label: '施設入所・死亡があるか',
    outcome: plan.leaving !== null,
  });
  for (const d of plan.due) {
    if (plan.leaving === null || d.basis === 'regular') continue;
    env.trace({
      kind: 'date',
      label:
        d.basis === 'onLeaving'
          ? '施設入所・死亡の時点で行う評価の実施期間の末日'
          : '施設入所・死亡の前日までに短縮した評価の実施期間の末日',
      phrase: d.basis === 'onLeaving' ? 'その時点で' : '施設入所あるいは死亡されている人以外',
      from: plan.leaving.date,
      to: d.window.to,
    });
  }
  return { schedule, sheets, plan };
}

/** 予定の評価1件の状況を、基準日と実施記録から決める（{@link scheduleEvaluations} の手順1）。 */
function scheduledStatus(
  ev: DueEvaluation,
  today: IsoDate,
  recorded: readonly { kind: EvaluationKind; date: IsoDate }[] | undefined,
  findings: Finding[],
): DueEvaluationStatus {
  const timing: DueEvaluationStatus =
    today < ev.window.from ? 'upcoming' : today <= ev.window.to ? 'open' : 'closed';
  if (recorded === undefined) return timing;
  const records = recorded.filter((r) => r.kind === ev.kind);
  if (records.some((r) => isWithinWindow(ev.window, r.date))) return 'done';
  if (records.length > 0) {
    findings.push({
      code: 'evaluation.outsideWindow',
      severity: 'error',
      message: `${ev.label}の実施日が実施期間（${ev.window.from}〜${ev.window.to}）の外です。`,
      path: ['recorded', recorded.indexOf(records[0] as (typeof recorded)[number])],
      citation: ev.citation,
    });
    return 'doneOutsideWindow';
  }
  if (timing === 'closed') {
    findings.push({
      code: 'evaluation.missed',
      severity: 'error',
      message: `${ev.label}が実施期間（${ev.window.from}〜${ev.window.to}）に実施されていません。`,
      path: ['recorded'],
      citation: ev.citation,
    });
    return 'missed';
  }
  return timing;
}

/** 2. 求められない評価の実施記録を知らせる（入所・死亡の前に実施済みなら info、後なら warning）。 */
function notRequiredRecords(
  plan: EvaluationPlan,
  recorded: readonly { kind: EvaluationKind; date: IsoDate }[] | undefined,
): Finding[] {
  const findings: Finding[] = [];
  const leaving = plan.leaving;
  if (recorded === undefined || leaving === null) return findings;
  recorded.forEach((r, i) => {
    const skip = plan.skipped.find((s) => s.kind === r.kind);
    if (!skip) return;
    const before = r.date < leaving.date;
    findings.push({
      code: before ? 'evaluation.notRequiredDoneBeforeLeaving' : 'evaluation.notRequired',
      severity: before ? 'info' : 'warning',
      message: before
        ? `${skip.label}は${LEAVING_LABELS[skip.reason]}により求められませんが、${LEAVING_LABELS[skip.reason]}の前に実施されています。`
        : `${skip.label}は${LEAVING_LABELS[skip.reason]}の後のため求められません（事後評価に代わります）。`,
      path: ['recorded', i],
      citation: EVALUATION_ON_LEAVING.citation,
    });
  });
  return findings;
}

/** 3. 事前評価の期間の終わりまでの入所・死亡は、要領に定めがないことを知らせる（事前評価は求めたまま）。 */
function leftBeforePre(plan: EvaluationPlan, schedule: readonly EvaluationSpec[]): Finding[] {
  const pre = schedule.find((s) => s.kind === 'pre');
  if (plan.leaving === null || !pre || plan.leaving.date > pre.window.to) return [];
  return [
    {
      code: 'evaluation.leftBeforePre',
      severity: 'info',
      message: `事前評価の実施期間の終わりまでに${LEAVING_LABELS[plan.leaving.kind]}があります。要領はこの場合の事前評価の扱いを定めていません（事前評価は求めたままにしています）。`,
      path: ['events'],
      citation: pre.citation,
    },
  ];
}

/**
 * モデル対象者1人の評価の予定（事前評価・中間評価①②・事後評価）と各期間を、施設入所・死亡の出来事から求める。
 * 各評価の `periodLabel`（例: `中間評価①（2024年12月）`）は実施期間（{@link EVALUATION_SCHEDULE} と施設入所・死亡で
 * 決まった期間）から作る（年月をコードに書かないので、実施時期を上書きすれば表記も変わる）。
 * 施設入所・死亡があれば以後の中間評価は求めず、事後評価は「その時点で」（{@link EVALUATION_ON_LEAVING}）。
 * 実施記録を与えると、各評価が期間内に実施済みか、未実施のまま期間を過ぎたかも判定する（基準日で判断）。
 * 各評価で「いきいき長生き応援シート（対象者用）」「（ケアマネジャー用）」の両方が必要。
 *
 * @source asago-ikiiki-2024 ４ 内容 評価（ア）（イ）（ウ）、５ 実施手順と役割 評価
 * @example
 * ```ts
 * scheduleEvaluations({ events: [{ kind: 'death', date: '2025-03-01' }] }, { referenceDate: '2025-03-10' }).decision?.due.map((e) => e.kind);
 * // => ['pre', 'interim1', 'post']
 * ```
 */
export const scheduleEvaluations = defineRule({
  id: 'asago.evaluationSchedule',
  title: '評価の予定（事前・中間・事後評価）',
  description:
    'モデル対象者1人の評価の予定と実施期間を求める。施設入所・死亡があれば以後の中間評価は求めず、事後評価はその時点で行う。',
  sources: [
    cite(ASAGO_DOCUMENT_ID, '４ 内容 評価'),
    cite(ASAGO_DOCUMENT_ID, '５ 実施手順と役割 評価'),
  ],
  input: ruleInput(evaluationScheduleInputSchema),
  parameters: [EVALUATION_SCHEDULE, EVALUATION_ON_LEAVING, EVALUATION_SHEETS, PROGRAM_PERIOD],
  examples: [
    {
      title: '施設入所・死亡なし（中間評価①の期間中）',
      input: {},
      context: { referenceDate: '2024-12-10' },
      expect: {
        status: 'decided',
        decision: {
          due: [
            { periodLabel: '事前評価（2024年5月〜6月）' },
            { periodLabel: '中間評価①（2024年12月）', status: 'open' },
            { periodLabel: '中間評価②（2025年10月）' },
            { periodLabel: '事後評価（2026年10月）' },
          ],
          skipped: [],
          leaving: null,
          anyMissed: null,
        },
      },
    },
    {
      title: '2025年3月に施設入所',
      input: { events: [{ kind: 'facilityAdmission', date: '2025-03-01' }] },
      context: { referenceDate: '2025-03-10' },
      expect: {
        status: 'decided',
        decision: {
          due: [
            { kind: 'pre' },
            { kind: 'interim1' },
            { kind: 'post', periodLabel: '事後評価（2025年3月〜2027年3月）', basis: 'onLeaving' },
          ],
          skipped: [{ kind: 'interim2', reason: 'facilityAdmission' }],
          leaving: { kind: 'facilityAdmission', date: '2025-03-01' },
        },
      },
    },
    {
      title: '実施記録つき（中間評価①が未実施）',
      input: { recorded: [{ kind: 'pre', date: '2024-05-20' }] },
      context: { referenceDate: '2025-01-15' },
      expect: { status: 'decided', decision: { anyMissed: true } },
    },
  ],
  evaluate: (data, env): RuleOutcome<EvaluationScheduleDecision> => {
    const today = env.referenceDate;
    const { schedule, sheets, plan } = planEvaluationsFor(env, leavingEventsOf(data.events));
    const recorded = data.recorded as
      readonly { kind: EvaluationKind; date: IsoDate }[] | undefined;
    const findings: Finding[] = [];
    const requiredForms = sheets.map((s) => s.formId);
    const due = plan.due.map((ev): ScheduledEvaluation => ({
      ...ev,
      status: scheduledStatus(ev, today, recorded, findings),
      requiredForms,
    }));
    findings.push(...notRequiredRecords(plan, recorded), ...leftBeforePre(plan, schedule));
    const anyMissed = recorded === undefined ? null : due.some((d) => d.status === 'missed');
    if (anyMissed !== null)
      env.trace({
        kind: 'condition',
        code: 'evaluation.anyMissed',
        label: '期間を過ぎても未実施の評価があるか',
        outcome: anyMissed,
      });
    const decision: EvaluationScheduleDecision = {
      due,
      skipped: plan.skipped,
      leaving: plan.leaving,
      anyMissed,
    };
    return { decision, findings };
  },
});
