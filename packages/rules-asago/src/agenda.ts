import { defineAgenda } from '@kaigo/core';
import type {
  AgendaEnv,
  AgendaItemDraft,
  AgendaStatus,
  DateWindow,
  Finding,
  IsoDate,
  RuleResult,
} from '@kaigo/core';
import { ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import {
  evaluationScheduleInputSchema,
  scheduleEvaluations,
} from './04-content/evaluationSchedule';
import type { DueEvaluationStatus, ScheduledEvaluation } from './04-content/evaluationSchedule';
import {
  CASE_SELECTION_PERIOD,
  checkModelSubjectSelection,
  MODEL_SUBJECT_QUOTA,
  selectedSubjectSchema,
} from './05-procedure/modelSubjectSelection';
import type { ModelSubjectQuotaValue } from './05-procedure/modelSubjectSelection';
import {
  checkProfessionalDispatch,
  dispatchSchema,
  PROFESSIONAL_DISPATCH,
} from './05-procedure/professionalDispatch';
import type { DispatchYearRow } from './05-procedure/professionalDispatch';
import {
  checkCswatchDocuments,
  CSWATCH_DOCUMENTS,
  cswatchDocumentsInputSchema,
} from './06-cswatch/documents';
import type { CswatchSubmissionValue } from './06-cswatch/documents';

/** モデル対象者1人の事実（選定・評価・専門職派遣。各ルールの入力の欄をまとめたもの）。 */
const agendaSubjectSchema = withMeta(
  selectedSubjectSchema.extend({
    ...evaluationScheduleInputSchema.shape,
    /** 専門職派遣（同行訪問）の記録。 */
    dispatches: z.array(dispatchSchema).max(200).optional(),
  }),
  { label: 'モデル対象者' },
);

/**
 * 朝来市の予定表の事例1件: 介護支援専門員1人（`caseRef` は介護支援専門員の仮名の参照、`group` は事業所など）。
 * 選定したモデル対象者（選定・施設入所・死亡・評価の実施・専門職派遣の記録）と、CSwatch への提出。
 */
export const asagoAgendaCaseSchema = z.strictObject({
  /** 選定したモデル対象者（要領は要支援１・２から1名ずつ）。 */
  subjects: withMeta(z.array(agendaSubjectSchema).max(20), { label: 'モデル対象者' }),
  /** CSwatch への提出（`asago.cswatchDocuments` の入力と同じ形。未提出なら省略）。 */
  cswatch: withMeta(cswatchDocumentsInputSchema, { label: 'CSwatch への提出' }).optional(),
});

/** 朝来市の予定表の事例1件の型。 */
export type AsagoAgendaCase = z.infer<typeof asagoAgendaCaseSchema>;

type Draft = AgendaItemDraft;
type Parts = { items: Draft[]; findings: readonly Finding[] };

/** The value the rule actually used (overrides included), read back from its result. */
function used<T>(r: RuleResult<unknown>, id: string): T | undefined {
  return r.parameters.find((p) => p.id === id)?.value as T | undefined;
}

/** Findings of a rule run on one subject, with the path put back under `subjects[i]`. */
function under(findings: readonly Finding[], prefix: readonly (string | number)[]): Finding[] {
  return findings.map((f) => ({ ...f, path: [...prefix, ...(f.path ?? [])] }));
}

/**
 * ケース選定（５ 準備）: 要支援１・要支援２のモデル対象者がそろったか（{@link MODEL_SUBJECT_QUOTA} の人数）を1項目ずつ。
 * 期限はケース選定の時期（{@link CASE_SELECTION_PERIOD}）の末日。
 */
function selectionDrafts(input: AsagoAgendaCase, env: AgendaEnv): Parts {
  const subjects = input.subjects.map((s) => ({
    ...(s.careLevel === undefined ? {} : { careLevel: s.careLevel }),
    ...(s.selectedOn === undefined ? {} : { selectedOn: s.selectedOn }),
    ...(s.consentObtained === undefined ? {} : { consentObtained: s.consentObtained }),
    ...(s.isNewCase === undefined ? {} : { isNewCase: s.isNewCase }),
    ...(s.newApplicationDate === undefined ? {} : { newApplicationDate: s.newApplicationDate }),
  }));
  const r = checkModelSubjectSelection({ subjects }, env.ruleContext);
  const quota = used<ModelSubjectQuotaValue>(r, MODEL_SUBJECT_QUOTA.id);
  const period = used<DateWindow>(r, CASE_SELECTION_PERIOD.id);
  if (!quota) return { items: [], findings: r.findings };
  const unknownLevels = input.subjects.filter((s) => s.careLevel === undefined).length;
  const items = (['support1', 'support2'] as const).map((level): Draft => {
    const have = input.subjects.filter((s) => s.careLevel === level).length;
    const label = level === 'support1' ? '要支援１' : '要支援２';
    const enough = have >= quota[level];
    const status: Exclude<AgendaStatus, 'dueSoon'> = enough
      ? 'met'
      : unknownLevels > 0
        ? 'unknown'
        : period && period.to < env.referenceDate
          ? 'overdue'
          : 'pending';
    return {
      id: `selection.${level}`,
      ruleId: checkModelSubjectSelection.id,
      what: `${label}のモデル対象者の選定（${quota[level]}名）`,
      ...(period ? { due: period.to, opensOn: period.from } : {}),
      status,
      citation: MODEL_SUBJECT_QUOTA.citation,
      ...(status === 'unknown' ? { missing: ['要介護状態区分等'] } : {}),
    };
  });
  return { items, findings: r.findings };
}

/** 評価の状況（`asago.evaluationSchedule`）を予定表の状態に。期間の後で実施記録がなければ分からない（`unknown`）。 */
const EVALUATION_STATUS: Readonly<Record<DueEvaluationStatus, Exclude<AgendaStatus, 'dueSoon'>>> = {
  upcoming: 'pending',
  open: 'pending',
  closed: 'unknown',
  done: 'met',
  doneOutsideWindow: 'met',
  missed: 'overdue',
};

function evaluationDraft(ev: ScheduledEvaluation, i: number): Draft {
  const status = EVALUATION_STATUS[ev.status];
  const basis =
    ev.basis === 'onLeaving'
      ? '（施設入所・死亡の時点）'
      : ev.basis === 'untilLeaving'
        ? '（施設入所・死亡の前日まで）'
        : '';
  return {
    id: `subject${i + 1}.${ev.kind}`,
    ruleId: scheduleEvaluations.id,
    what: `モデル対象者${i + 1}の${ev.periodLabel}${basis}`,
    due: ev.submissionDeadline ?? ev.window.to,
    opensOn: ev.window.from,
    status,
    ...(ev.status === 'doneOutsideWindow' ? { late: true } : {}),
    citation: ev.citation,
    ...(status === 'unknown' ? { missing: ['評価の実施日'] } : {}),
  };
}

/** 評価（４ 内容 評価）: モデル対象者ごとに事前・中間①②・事後評価（施設入所・死亡なら事後評価はその時点）。 */
function evaluationDrafts(input: AsagoAgendaCase, env: AgendaEnv): Parts {
  const items: Draft[] = [];
  const findings: Finding[] = [];
  input.subjects.forEach((s, i) => {
    const r = scheduleEvaluations(
      {
        ...(s.events === undefined ? {} : { events: s.events }),
        ...(s.recorded === undefined ? {} : { recorded: s.recorded }),
      },
      env.ruleContext,
    );
    findings.push(...under(r.findings, ['subjects', i]));
    for (const ev of r.decision?.due ?? []) items.push(evaluationDraft(ev, i));
  });
  return { items, findings };
}

/** 専門職派遣（年１回以上）: 年度ごとの行を1項目に。期限は年度末（3月31日）。施設入所・死亡の後の年度は項目にしない。 */
function dispatchDrafts(input: AsagoAgendaCase, env: AgendaEnv): Parts {
  const r = checkProfessionalDispatch(
    {
      subjects: input.subjects.map((s) => ({
        dispatches: s.dispatches ?? [],
        ...(s.events === undefined ? {} : { events: s.events }),
      })),
    },
    env.ruleContext,
  );
  const rows: readonly DispatchYearRow[] = r.decision?.rows ?? [];
  const items = rows
    .filter((row) => row.status !== 'notApplicable')
    .map((row): Draft => ({
      id: `dispatch.${row.subjectIndex === null ? 'careManager' : `subject${row.subjectIndex + 1}`}.${row.fiscalYear}`,
      ruleId: checkProfessionalDispatch.id,
      what: `${row.subjectIndex === null ? '' : `モデル対象者${row.subjectIndex + 1}の`}専門職派遣の活用（${row.fiscalYearLabel}に${r.decision?.minPerFiscalYear ?? 1}回以上、${row.count}回済）`,
      due: `${row.fiscalYear + 1}-03-31` as IsoDate,
      opensOn: `${row.fiscalYear}-04-01` as IsoDate,
      status: row.status === 'met' ? 'met' : row.status === 'notMet' ? 'overdue' : 'pending',
      citation: PROFESSIONAL_DISPATCH.citation,
    }));
  return { items, findings: r.findings };
}

/** CSwatch への提出書類（６ 準備）: 書類ごとに1項目、期限は提出締切（6月10日）。 */
function cswatchDrafts(input: AsagoAgendaCase, env: AgendaEnv): Parts {
  const given = input.cswatch;
  const r = checkCswatchDocuments(given ?? { submitted: [] }, env.ruleContext);
  const docs = used<CswatchSubmissionValue>(r, CSWATCH_DOCUMENTS.id);
  if (!docs) return { items: [], findings: r.findings };
  const submitted = new Set(given?.submitted ?? []);
  const on = given?.submittedOn as IsoDate | undefined;
  const items = docs.documents.map((doc): Draft => {
    const present = submitted.has(doc.id);
    const status: Exclude<AgendaStatus, 'dueSoon'> =
      present && on !== undefined
        ? 'met'
        : present
          ? 'unknown'
          : docs.deadline < env.referenceDate
            ? 'overdue'
            : 'pending';
    return {
      id: `cswatch.${doc.id}`,
      ruleId: checkCswatchDocuments.id,
      what: `CSwatch へ${doc.no}${doc.group ? `${doc.group}の` : ''}「${doc.label}」を提出`,
      due: docs.deadline,
      status,
      ...(status === 'met' && on !== undefined && on > docs.deadline ? { late: true } : {}),
      citation: CSWATCH_DOCUMENTS.citation,
      ...(status === 'unknown' ? { missing: ['CSwatch への提出日'] } : {}),
    };
  });
  // Without any submission, the rule's "document missing" errors would repeat the items: keep them only once given.
  return { items, findings: given ? r.findings : [] };
}

/**
 * 朝来市の予定表（いきいき長生き応援事業、介護支援専門員ごと）。事例1件は介護支援専門員1人で、市のルールの判定を項目にする:
 *
 * - `asago.modelSubjectSelection`: 要支援１・要支援２のモデル対象者がまだいないか（期限はケース選定の時期の末日、令和6年5月末）
 * - `asago.evaluationSchedule`: モデル対象者ごとの事前・中間①②・事後評価（`opensOn`〜`due` が実施期間。施設入所・死亡があれば
 *   以後の中間評価はなく、事後評価はその時点から）。実施記録があれば済・未実施、期間の後で記録がなければ `unknown`
 * - `asago.professionalDispatch`: 専門職派遣（年１回以上）を年度ごとに（期限は年度末。年度が終わって不足なら `overdue`）
 * - `asago.cswatchDocuments`: CSwatch への提出書類①〜④を書類ごとに（期限は提出締切 6月10日）
 *
 * 事例ごとの `byStatus`（`runAgenda` の結果の `cases`）が介護支援専門員ごとの状況表になる。
 *
 * @source asago-ikiiki-2024 ５ 実施手順と役割 準備 ◎ケース選定
 * @source asago-ikiiki-2024 ４ 内容 評価
 * @source asago-ikiiki-2024 ５ 実施手順と役割 実施 （２）専門職派遣の活用
 * @source asago-ikiiki-2024 ６ CSwatchによる『いきいき長生きケアマネジメント』の応援手順 準備 ◎CSwatchへの提出書類
 * @example
 * 実行されるテスト（`agenda.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./agenda.test.ts#asagoAgenda}
 */
export const asagoAgenda = defineAgenda<AsagoAgendaCase>({
  id: 'asago.agenda',
  title: 'いきいき長生き応援事業の予定（介護支援専門員ごと）',
  groupLabel: '事業所',
  caseInput: ruleInput(asagoAgendaCaseSchema),
  items: (input, env) => {
    const parts = [
      selectionDrafts(input, env),
      evaluationDrafts(input, env),
      dispatchDrafts(input, env),
      cswatchDrafts(input, env),
    ];
    return {
      items: parts.flatMap((p) => p.items),
      findings: parts.flatMap((p) => p.findings),
    };
  },
});
