import type { Finding, IsoDate, RuleOutcome } from '@kaigo/core';
import {
  cite,
  defineParameter,
  defineRule,
  fiscalYearEnd,
  fiscalYearLabel,
  fiscalYearOf,
  fiscalYearStart,
  isoDate,
} from '@kaigo/core';
import { dateField, ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import type { ProgramPeriodValue } from '../03-period/programPeriod';
import { PROGRAM_PERIOD } from '../03-period/programPeriod';
import type { LeavingEvent } from '../04-content/evaluationSchedule';
import { leavingEventSchema, leavingEventsOf } from '../04-content/evaluationSchedule';
import { ASAGO_DOCUMENT_ID, ASAGO_GUIDELINE_DATE } from '../sourceDocument';

/** 専門職派遣の専門職の種類（要領の例示と「等」）。 */
export type DispatchProfession =
  'therapist' | 'dietitian' | 'dentalHygienist' | 'psychologist' | 'pharmacist' | 'other';

/** 専門職派遣の活用の定め。 */
export interface ProfessionalDispatchValue {
  /** 1年度あたりの最低回数。 */
  readonly minPerFiscalYear: number;
  /** 回数を数える単位: `subject` モデル対象者ごと、`careManager` 介護支援専門員ごと（別の読み）。 */
  readonly unit: 'subject' | 'careManager';
  /** 派遣元。 */
  readonly provider: string;
  /** 活用の形。 */
  readonly form: string;
  /** 専門職の種類と名称（要領の表記。「等」なので `other` も受け付ける）。 */
  readonly professions: Readonly<Record<DispatchProfession, string>>;
}

/**
 * 専門職派遣の活用（年1回以上）: 但馬長寿の郷のセラピスト、管理栄養士、歯科衛生士、公認心理士（要領の表記）、
 * 薬剤師等の専門職と同行訪問し、ケアチームの関わり方を改善する。
 *
 * 読み方: 「年１回以上」の「年」は事業が年度で区切られている（令和6年度〜令和8年度）ため年度（4月〜3月）と読み、
 * 回数はモデル対象者ごとに数える（`unit: 'subject'`）。要領はこの項目を介護支援専門員の「実施」に置いているため、
 * 介護支援専門員ごとに数える読み（`unit: 'careManager'`）もパラメータで選べる。
 *
 * @source asago-ikiiki-2024 ５ 実施手順と役割 実施 （２）専門職派遣の活用（年１回以上）
 * @example
 * ```ts
 * PROFESSIONAL_DISPATCH.values[0]?.value.minPerFiscalYear; // => 1
 * ```
 */
export const PROFESSIONAL_DISPATCH = defineParameter<ProfessionalDispatchValue>({
  id: 'asago.professionalDispatch',
  description: '専門職派遣（同行訪問）の年度あたりの最低回数と数える単位',
  unit: '回/年度',
  citation: cite(
    ASAGO_DOCUMENT_ID,
    '５ 実施手順と役割 実施 （２）専門職派遣の活用（年１回以上）',
    '但馬長寿の郷セラピスト、管理栄養士、歯科衛生士、公認心理士、薬剤師等の専門職と同行訪問し、ケアチームの関わり方を改善する。',
  ),
  values: [
    {
      from: isoDate(ASAGO_GUIDELINE_DATE),
      value: {
        minPerFiscalYear: 1,
        unit: 'subject',
        provider: '但馬長寿の郷',
        form: '同行訪問',
        professions: {
          therapist: 'セラピスト',
          dietitian: '管理栄養士',
          dentalHygienist: '歯科衛生士',
          psychologist: '公認心理士',
          pharmacist: '薬剤師',
          other: 'その他の専門職（「等」）',
        },
      },
    },
  ],
  reading:
    '「年」は年度、回数はモデル対象者ごと（unit: subject）。別の読み: 介護支援専門員ごと（unit: careManager）。' +
    '施設入所・死亡の後の年度は求めない。年度の途中で施設入所・死亡した対象者のその年度の不足は warning（要領に定めなし）。',
});

/** 専門職派遣1回の入力スキーマ。 */
export const dispatchSchema = withMeta(
  z.strictObject({
    /** 同行訪問の日。 */
    date: dateField({ label: '同行訪問の日' }),
    /** 専門職の種類。 */
    profession: withMeta(
      z.literal([
        'therapist',
        'dietitian',
        'dentalHygienist',
        'psychologist',
        'pharmacist',
        'other',
      ]),
      { label: '専門職の種類' },
    ).optional(),
  }),
  { label: '専門職派遣' },
);

/** 対象者1人の専門職派遣の日付と施設入所・死亡（{@link assessDispatches} の入力）。 */
export interface DispatchSubject {
  /** 同行訪問の日。 */
  readonly dates: readonly IsoDate[];
  /** 施設入所・死亡の出来事。 */
  readonly events: readonly LeavingEvent[];
}

/**
 * 専門職派遣の回数を年度ごとに数えて状況を決める（{@link checkProfessionalDispatch} の中身。パラメータの値を直接渡す）。
 *
 * @param dispatch 専門職派遣の定め（{@link PROFESSIONAL_DISPATCH} の値）
 * @param period 事業期間（{@link PROGRAM_PERIOD} の値）
 * @param subjects 対象者ごとの派遣日と施設入所・死亡
 * @param today 基準日
 * @source asago-ikiiki-2024 ５ 実施手順と役割 実施 （２）専門職派遣の活用（年１回以上）
 * @example
 * ```ts
 * assessDispatches(value, period, [{ dates: [isoDate('2024-09-10')], events: [] }], isoDate('2025-04-01')).rows[0]?.status; // => 'met'
 * ```
 */
export function assessDispatches(
  dispatch: ProfessionalDispatchValue,
  period: ProgramPeriodValue,
  subjects: readonly DispatchSubject[],
  today: IsoDate,
): { readonly rows: readonly DispatchYearRow[]; readonly findings: readonly Finding[] } {
  const years: number[] = [];
  for (let fy = period.firstFiscalYear; fy <= period.lastFiscalYear; fy++) years.push(fy);
  const findings: Finding[] = [];
  const rows: DispatchYearRow[] = [];
  const firstLeaving = (events: readonly LeavingEvent[]): IsoDate | null =>
    events.reduce<IsoDate | null>((min, e) => (min === null || e.date < min ? e.date : min), null);
  const withLeaving = subjects.map((s) => ({ dates: s.dates, leaving: firstLeaving(s.events) }));
  const groups =
    dispatch.unit === 'subject'
      ? withLeaving.map((s, i) => ({ index: i as number | null, ...s }))
      : [
          {
            index: null,
            dates: withLeaving.flatMap((s) => s.dates),
            // Per care manager: required while at least one subject is still in the program.
            leaving: withLeaving.some((s) => s.leaving === null)
              ? null
              : withLeaving.reduce<IsoDate | null>(
                  (max, s) =>
                    max === null || (s.leaving !== null && s.leaving > max) ? s.leaving : max,
                  null,
                ),
          },
        ];
  for (const g of groups) {
    for (const fy of years) {
      const start = fiscalYearStart(fy);
      const end = fiscalYearEnd(fy);
      const count = g.dates.filter((d) => fiscalYearOf(d) === fy).length;
      const label = fiscalYearLabel(fy);
      const path = g.index === null ? ['subjects'] : ['subjects', g.index, 'dispatches'];
      let status: DispatchYearStatus;
      if (g.leaving !== null && g.leaving <= start && count === 0) status = 'notApplicable';
      else if (count >= dispatch.minPerFiscalYear) status = 'met';
      else if (today <= end) status = 'pending';
      else {
        status = 'notMet';
        const partial = g.leaving !== null && g.leaving <= end;
        findings.push({
          code: partial ? 'dispatch.noneBeforeLeaving' : 'dispatch.none',
          severity: partial ? 'warning' : 'error',
          message: partial
            ? `${label}の専門職派遣が${count}回です（年${dispatch.minPerFiscalYear}回以上）。年度の途中で施設入所・死亡があり、要領はこの場合を定めていません。`
            : `${label}の専門職派遣が${count}回です（年${dispatch.minPerFiscalYear}回以上）。`,
          path,
          citation: PROFESSIONAL_DISPATCH.citation,
        });
      }
      rows.push({ subjectIndex: g.index, fiscalYear: fy, fiscalYearLabel: label, count, status });
    }
  }
  return { rows, findings };
}

/** {@link checkProfessionalDispatch} の入力スキーマ。 */
export const professionalDispatchInputSchema = z.strictObject({
  /** 介護支援専門員1人のモデル対象者（順序は結果の `subjectIndex` に対応）。 */
  subjects: z
    .array(
      withMeta(
        z.strictObject({
          /** 専門職派遣（同行訪問）の記録。 */
          dispatches: z.array(dispatchSchema).max(200),
          /** 施設入所・死亡の出来事（以後の年度は求めない）。 */
          events: z.array(leavingEventSchema).max(10).optional(),
        }),
        { label: 'モデル対象者' },
      ),
    )
    .max(50),
});

/** {@link checkProfessionalDispatch} の入力。 */
export type ProfessionalDispatchInput = z.input<typeof professionalDispatchInputSchema>;

/**
 * 年度ごとの状況: `met` 回数を満たす、`notMet` 年度が終わって不足、`pending` 年度の途中（または前）で不足、
 * `notApplicable` 施設入所・死亡の後の年度。
 */
export type DispatchYearStatus = 'met' | 'notMet' | 'pending' | 'notApplicable';

/** 年度ごとの回数と状況。 */
export interface DispatchYearRow {
  /** モデル対象者の位置（介護支援専門員ごとに数えるときは null）。 */
  readonly subjectIndex: number | null;
  /** 年度（西暦の開始年）。 */
  readonly fiscalYear: number;
  /** 年度の表示名。 */
  readonly fiscalYearLabel: string;
  /** その年度の回数。 */
  readonly count: number;
  /** 状況。 */
  readonly status: DispatchYearStatus;
}

/** {@link checkProfessionalDispatch} の判定。 */
export interface ProfessionalDispatchDecision {
  /** 数えた単位。 */
  readonly unit: 'subject' | 'careManager';
  /** 1年度あたりの最低回数。 */
  readonly minPerFiscalYear: number;
  /** 年度ごとの回数と状況。 */
  readonly rows: readonly DispatchYearRow[];
  /** 終わった年度で不足があるか。 */
  readonly anyNotMet: boolean;
}

/**
 * 専門職派遣の活用（年1回以上）を年度ごとに確かめる。事業期間（令和6年度〜令和8年度）の各年度について、
 * モデル対象者ごと（パラメータで介護支援専門員ごとも可）の同行訪問の回数を数え、年度が終わって1回もなければ error、
 * 年度の途中なら `pending`。施設入所・死亡の後の年度は求めず、その年度の途中の施設入所・死亡で不足するときは warning。
 *
 * @source asago-ikiiki-2024 ５ 実施手順と役割 実施 （２）専門職派遣の活用（年１回以上）
 * @example
 * ```ts
 * checkProfessionalDispatch(
 *   { subjects: [{ dispatches: [{ date: '2024-09-10', profession: 'therapist' }] }, { dispatches: [] }] },
 *   { referenceDate: '2025-04-01' },
 * ).findings.map((f) => f.code); // => ['dispatch.none']（2人目の令和6年度）
 * ```
 */
export const checkProfessionalDispatch = defineRule({
  id: 'asago.professionalDispatch',
  title: '専門職派遣の活用（年1回以上）',
  description:
    'モデル対象者ごとに、事業期間の各年度に専門職派遣（同行訪問）が1回以上あるかを確かめる。年度が終わって不足なら error。',
  sources: [cite(ASAGO_DOCUMENT_ID, '５ 実施手順と役割 実施 （２）専門職派遣の活用')],
  input: ruleInput(professionalDispatchInputSchema),
  parameters: [PROFESSIONAL_DISPATCH, PROGRAM_PERIOD],
  examples: [
    {
      title: '令和6年度の終了後、1人は派遣なし',
      input: {
        subjects: [
          { dispatches: [{ date: '2024-09-10', profession: 'therapist' }] },
          { dispatches: [] },
        ],
      },
      context: { referenceDate: '2025-04-01' },
      expect: { status: 'decided', decision: { unit: 'subject', anyNotMet: true } },
    },
    {
      title: '令和7年度の途中で施設入所',
      input: {
        subjects: [
          {
            dispatches: [{ date: '2024-07-01', profession: 'dietitian' }],
            events: [{ kind: 'facilityAdmission', date: '2025-06-01' }],
          },
        ],
      },
      context: { referenceDate: '2026-05-01' },
      expect: {
        status: 'decided',
        decision: {
          anyNotMet: true,
          rows: [{ status: 'met' }, { status: 'notMet' }, { status: 'notApplicable' }],
        },
      },
    },
  ],
  evaluate: (data, env): RuleOutcome<ProfessionalDispatchDecision> => {
    const dispatch = env.value(PROFESSIONAL_DISPATCH);
    const period = env.value(PROGRAM_PERIOD);
    const subjects = data.subjects.map((s) => ({
      dates: s.dispatches.map((d) => d.date as IsoDate),
      events: leavingEventsOf(s.events),
    }));
    const { rows, findings } = assessDispatches(dispatch, period, subjects, env.referenceDate);
    // Dispatches outside the programme are not counted; say so rather than drop them silently.
    const notes: Finding[] = [];
    data.subjects.forEach((s, i) =>
      s.dispatches.forEach((d, j) => {
        const fy = fiscalYearOf(d.date as IsoDate);
        if (fy < period.firstFiscalYear || fy > period.lastFiscalYear)
          notes.push({
            code: 'dispatch.outsideProgram',
            severity: 'info',
            message: '事業期間の外の専門職派遣は数えていません。',
            path: ['subjects', i, 'dispatches', j, 'date'],
            citation: PROGRAM_PERIOD.citation,
          });
      }),
    );
    const anyNotMet = rows.some((r) => r.status === 'notMet');
    env.trace({
      kind: 'condition',
      code: 'dispatch.anyNotMet',
      label: '終わった年度で回数の不足があるか',
      outcome: anyNotMet,
    });
    const decision: ProfessionalDispatchDecision = {
      unit: dispatch.unit,
      minPerFiscalYear: dispatch.minPerFiscalYear,
      rows,
      anyNotMet,
    };
    return { decision, findings: [...findings, ...notes] };
  },
});
