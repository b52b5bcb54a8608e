import { defineAgenda } from '@kaigo/core';
import type { AgendaItemDraft, AgendaStatus, Citation, Finding, IsoDate } from '@kaigo/core';
import { countField, dateField, ruleInput, withMeta, yearMonthField } from '@kaigo/forms';
import * as z from 'zod';
import { casesPerCareManager, checkCaseAssignment } from './04-method/04-cases/caseRules';
import { checkMailing } from './04-method/03-flow/mailing';
import { monthlySchedule } from './04-method/03-flow/schedule';
import type { MonthlySchedule, ScheduledStep } from './04-method/03-flow/schedule';

const done = (label: string) => dateField({ label }).optional();

/**
 * 伊勢原市の予定表の事例1件: 点検対象のケアマネジャー1人（`caseRef` はケアマネジャーの仮名の参照、`group` は事業所など）。
 * 面談月と、済んだ段階の日付、提出した点検ケースの件数。
 */
export const iseharaAgendaCaseSchema = z.strictObject({
  /** 面談月（YYYY-MM）。 */
  interviewMonth: yearMonthField({ label: '面談月' }),
  /** 済んだ段階の日付（月次スケジュールの段階の id ごと）。 */
  done: withMeta(
    z.strictObject({
      notice: done('通知書類の発送日'),
      mailing: done('提出書類の郵送日'),
      interview: done('事業所面談の日'),
      results: done('点検結果の送付日'),
      resubmission: done('委託先への再提出の日'),
      resubmissionToCity: done('市への再提出の日'),
      reportToCity: done('市への報告書の提出日'),
    }),
    { label: '済んだ段階の日付' },
  ).optional(),
  /** このケアマネジャーが提出した点検ケースの件数（１人につき１ケース）。 */
  auditCases: countField({ label: '点検ケースの件数' }, 100).optional(),
});

/** 伊勢原市の予定表の事例1件の型。 */
export type IseharaAgendaCase = z.infer<typeof iseharaAgendaCaseSchema>;

type DoneKey = keyof NonNullable<IseharaAgendaCase['done']>;

const CARE_MANAGER = '対象ケアマネジャー';

const DONE_LABELS: Readonly<Record<DoneKey, string>> = {
  notice: '通知書類の発送日',
  mailing: '提出書類の郵送日',
  interview: '事業所面談の日',
  results: '点検結果の送付日',
  resubmission: '委託先への再提出の日',
  resubmissionToCity: '市への再提出の日',
  reportToCity: '市への報告書の提出日',
};

interface StepFacts {
  readonly id: DoneKey;
  readonly what: string;
  readonly date: IsoDate | undefined;
  readonly approximate: boolean;
  readonly ownedByCareManager: boolean;
  readonly citation: Citation;
}

/**
 * 段階1つの状態。済んだ日があれば `met`（確定日の後なら `late`）。未済で日付がまだ先なら `pending`。日付を過ぎて未済のとき、
 * ケアマネジャーが送るもの（郵送・再提出）は `overdue`、委託先・市・面談の段階は済んだかが分からないので `unknown`
 * （`missing` に済んだ日）。随時の段階（日付なし）は `pending`。
 */
function stepDraft(step: StepFacts, doneOn: IsoDate | undefined, env: { referenceDate: IsoDate }) {
  const base = {
    id: step.id,
    ruleId: monthlySchedule.id,
    what: step.what,
    ...(step.date === undefined ? {} : { due: step.date }),
    citation: step.citation,
  };
  let status: Exclude<AgendaStatus, 'dueSoon'>;
  let missing: string[] = [];
  if (doneOn !== undefined) status = 'met';
  else if (step.date === undefined || step.date >= env.referenceDate) status = 'pending';
  else if (step.ownedByCareManager) status = 'overdue';
  else {
    status = 'unknown';
    missing = [DONE_LABELS[step.id]];
  }
  const late =
    status === 'met' && !step.approximate && step.date !== undefined && doneOn! > step.date;
  return { ...base, status, ...(late ? { late: true } : {}), missing } satisfies AgendaItemDraft;
}

function stepFacts(schedule: MonthlySchedule): StepFacts[] {
  const out: StepFacts[] = schedule.steps.map((s: ScheduledStep) => ({
    id: s.id,
    what:
      s.id === 'notice' && s.documents
        ? `【${s.actor}】${s.label}（通知書類１〜${s.documents.length}）`
        : `【${s.actor}】${s.label}${s.approximate ? `（${s.phrase}、目安）` : ''}`,
    date: s.date,
    approximate: s.approximate,
    ownedByCareManager: s.actor === CARE_MANAGER,
    citation: s.citation,
  }));
  const s48 = schedule.resubmission.section48;
  out.push({
    id: 'resubmissionToCity',
    what: `【${CARE_MANAGER}】点検後のケアプランを市へ再提出（４（８）${s48.phrase}${s48.approximate ? '、目安' : ''}）`,
    date: s48.date,
    approximate: s48.approximate,
    ownedByCareManager: true,
    citation: s48.citation,
  });
  return out;
}

/** 点検ケースの件数（１人につき１ケース、`isehara.cases`）を項目にする。期限は提出書類の郵送（前月末日）。 */
function casesDraft(
  input: IseharaAgendaCase,
  mailingDue: IsoDate | undefined,
  env: { referenceDate: IsoDate; ruleContext: { referenceDate: IsoDate; parameters?: unknown } },
): { draft: AgendaItemDraft; findings: readonly Finding[] } {
  const n = input.auditCases;
  const base = {
    id: 'auditCase',
    ruleId: checkCaseAssignment.id,
    what: `【${CARE_MANAGER}】点検ケースの提出（１人につき１ケース、提出書類とともに郵送）`,
    ...(mailingDue === undefined ? {} : { due: mailingDue }),
    citation: casesPerCareManager.citation,
  };
  if (n === undefined)
    return { draft: { ...base, status: 'unknown', missing: ['点検ケースの件数'] }, findings: [] };
  // The rule counts cases per care manager; this case is one care manager, so its cases all carry one reference.
  const r = checkCaseAssignment(
    {
      cases: Array.from({ length: n }, () => ({ careManagerRef: 'cm', selectedBy: 'city' })),
      careManagers: ['cm'],
    },
    env.ruleContext,
  );
  const findings = r.findings.map((f) => ({ ...f, path: ['auditCases'] }));
  if (r.decision?.ok === true) return { draft: { ...base, status: 'met' }, findings };
  const past = mailingDue !== undefined && mailingDue < env.referenceDate;
  return { draft: { ...base, status: past ? 'overdue' : 'pending' }, findings };
}

/**
 * 伊勢原市の予定表（ケアプラン点検の月次スケジュール、ケアマネジャーごと）。事例1件は点検対象のケアマネジャー1人で、
 * 面談月から `isehara.monthlySchedule` の段階（通知・郵送・面談・結果送付・再提出・報告書）を項目にする。
 * 再提出は原文の2つの記述（月次スケジュールの翌々月25日頃・委託先へ、４（８）の翌月末までに市へ）をそのまま2項目にする。
 * 郵送は `isehara.mailing`（前月末日、当日まで間に合う）で判定し、点検ケースは `isehara.cases`（１人につき１ケース）。
 *
 * - 各項目の `what` は【誰が】で始まる。ケアマネジャーが送るもの（郵送・再提出・点検ケース）は、日付を過ぎて未済なら `overdue`
 * - 委託先・市・面談の段階は、日付を過ぎて済んだ日がなければ `unknown`（`missing` に済んだ日）。随時の報告書は `pending`
 * - 「頃」「前後」の目安の日付は、後で済んでも `late` にしない
 *
 * @source isehara-tenken-2024 ４（３）月次スケジュール（予定）
 * @source isehara-tenken-2024 ４（４）
 * @source isehara-tenken-2024 ４（８）
 * @example
 * 実行されるテスト（`agenda.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./agenda.test.ts#iseharaAgenda}
 */
export const iseharaAgenda = defineAgenda<IseharaAgendaCase>({
  id: 'isehara.agenda',
  title: 'ケアプラン点検の月次スケジュール（ケアマネジャーごと）',
  groupLabel: '事業所',
  caseInput: ruleInput(iseharaAgendaCaseSchema, { unknownKeyPath: 'parent' }),
  items: (input, env) => {
    const r = monthlySchedule({ interviewMonth: input.interviewMonth }, env.ruleContext);
    const schedule = r.decision;
    if (!schedule) return { items: [], findings: r.findings };
    const doneOn = (k: DoneKey) => input.done?.[k] as IsoDate | undefined;
    const items: AgendaItemDraft[] = stepFacts(schedule).map((s) =>
      stepDraft(s, doneOn(s.id), env),
    );
    const findings: Finding[] = [...r.findings];
    // The mailing: the rule that checks 前月末日 decides late / overdue (its findings stay with the case).
    const mailing = checkMailing(
      {
        interviewMonth: input.interviewMonth,
        ...(doneOn('mailing') ? { mailedOn: doneOn('mailing') } : {}),
      },
      env.ruleContext,
    );
    const i = items.findIndex((d) => d.id === 'mailing');
    const m = mailing.decision;
    if (i >= 0 && m) {
      const d = items[i] as AgendaItemDraft;
      items[i] = {
        ...d,
        ruleId: checkMailing.id,
        status: m.mailed ? 'met' : 'overdue',
        ...(m.mailed && !m.met ? { late: true } : {}),
      };
    }
    findings.push(...mailing.findings);
    const cases = casesDraft(
      input,
      m?.deadline ?? schedule.steps.find((s) => s.id === 'mailing')?.date,
      env,
    );
    items.push(cases.draft);
    findings.push(...cases.findings);
    return { items, findings };
  },
});
