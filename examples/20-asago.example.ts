import { BASIC_CHECKLIST_ITEMS, validate, type BasicChecklist } from '@kaigo/forms';
import {
  checkCswatchDocuments,
  checkModelSubjectSelection,
  checkProfessionalDispatch,
  evaluateChecklistGoal,
  listTrainingCalendar,
  scheduleEvaluations,
  asagoIkiikiSheetSubjectForm,
  type AsagoIkiikiSheetSubject,
  type EvaluationKind,
} from '@kaigo/rules-asago';
import { printResult } from './print';

export const title = '@kaigo/rules-asago — 朝来市いきいき長生き応援事業（架空のモデル対象者）';

/** 架空の回答: 先頭の項目から順に `total` 個が該当する基本チェックリスト（`skip` の項目は未回答）。 */
function checklist(total: number, skip: readonly string[] = []): BasicChecklist {
  const answers: Record<string, 'yes' | 'no'> = {};
  let n = 0;
  let underweight = false;
  for (const item of BASIC_CHECKLIST_ITEMS) {
    const point = n < total;
    if (point) n++;
    if (item.no === 12) {
      underweight = point;
      continue;
    }
    if (skip.includes(item.key)) continue;
    const scoring = item.scoringAnswer === 'yes' ? 'yes' : 'no';
    answers[item.key] = point ? scoring : scoring === 'yes' ? 'no' : 'yes';
  }
  return { answers, heightCm: 155, weightKg: underweight ? 40 : 55 } as BasicChecklist;
}

interface FictionalSubject {
  readonly label: string;
  readonly events: readonly { kind: 'facilityAdmission' | 'death'; date: string }[];
  readonly recorded: readonly { kind: EvaluationKind; date: string }[];
  readonly pre: AsagoIkiikiSheetSubject | null;
  readonly post: AsagoIkiikiSheetSubject | null;
}

const sheet = (
  evaluationKind: 'pre' | 'post',
  evaluatedOn: string,
  body: Partial<AsagoIkiikiSheetSubject>,
): AsagoIkiikiSheetSubject => ({ evaluationKind, evaluatedOn, ...body });

// 架空の3事業所・6人のモデル対象者（各介護支援専門員が要支援１・２から1名ずつ）。
const COHORT: readonly FictionalSubject[] = [
  {
    label: 'A事業所 要支援１',
    events: [],
    recorded: [
      { kind: 'pre', date: '2024-05-20' },
      { kind: 'interim1', date: '2024-12-10' },
      { kind: 'interim2', date: '2025-10-08' },
      { kind: 'post', date: '2026-10-15' },
    ],
    pre: sheet('pre', '2024-05-20', { basicChecklist: checklist(9) }),
    post: sheet('post', '2026-10-15', { basicChecklist: checklist(7) }),
  },
  {
    label: 'A事業所 要支援２',
    events: [],
    recorded: [
      { kind: 'pre', date: '2024-06-03' },
      { kind: 'interim1', date: '2024-12-20' },
      { kind: 'interim2', date: '2025-10-20' },
      { kind: 'post', date: '2026-10-28' },
    ],
    pre: sheet('pre', '2024-06-03', { basicChecklistTotal: 12 }),
    post: sheet('post', '2026-10-28', { basicChecklistTotal: 11 }),
  },
  {
    label: 'B事業所 要支援１',
    events: [],
    recorded: [
      { kind: 'pre', date: '2024-05-27' },
      { kind: 'interim1', date: '2025-01-06' },
      { kind: 'interim2', date: '2025-10-02' },
      { kind: 'post', date: '2026-10-05' },
    ],
    pre: sheet('pre', '2024-05-27', { basicChecklist: checklist(8) }),
    post: sheet('post', '2026-10-05', { basicChecklist: checklist(6, ['q20']) }),
  },
  {
    label: 'B事業所 要支援２',
    events: [{ kind: 'facilityAdmission', date: '2025-03-01' }],
    recorded: [
      { kind: 'pre', date: '2024-06-07' },
      { kind: 'interim1', date: '2024-12-12' },
      { kind: 'post', date: '2025-03-04' },
    ],
    pre: sheet('pre', '2024-06-07', { basicChecklistTotal: 14 }),
    post: sheet('post', '2025-03-04', { basicChecklistTotal: 15 }),
  },
  {
    label: 'C事業所 要支援１',
    events: [{ kind: 'death', date: '2025-11-20' }],
    recorded: [
      { kind: 'pre', date: '2024-05-15' },
      { kind: 'interim1', date: '2024-12-03' },
      { kind: 'interim2', date: '2025-10-14' },
    ],
    pre: sheet('pre', '2024-05-15', { basicChecklist: checklist(10) }),
    post: null,
  },
  {
    label: 'C事業所 要支援２',
    events: [],
    recorded: [
      { kind: 'pre', date: '2024-05-30' },
      { kind: 'interim1', date: '2024-12-16' },
      { kind: 'interim2', date: '2025-10-30' },
      { kind: 'post', date: '2026-10-21' },
    ],
    pre: sheet('pre', '2024-05-30', { basicChecklistTotal: 11 }),
    post: sheet('post', '2026-10-21', { basicChecklistTotal: 9 }),
  },
];

const STATUS: Record<string, string> = {
  upcoming: '予定',
  open: '実施期間中',
  closed: '期間終了',
  done: '実施済み',
  doneOutsideWindow: '期間外に実施',
  missed: '未実施',
};

const REASON: Record<string, string> = {
  noBeforeScore: '点数なし',
  noAfterScore: '点数なし',
  incompleteChecklist: '未回答の項目あり',
};

const CALENDAR_STATUS: Record<string, string> = {
  past: '済み',
  today: '本日',
  upcoming: 'これから',
  withinPeriodDayUnknown: '今月（日は未定）',
  unknown: '日付不明',
};

export function run(): void {
  const context = { referenceDate: '2026-11-30' };

  // 1. モデル対象者の選定（A事業所の介護支援専門員）
  printResult(
    'A事業所のモデル対象者の選定',
    checkModelSubjectSelection(
      {
        subjects: [
          {
            careLevel: 'support1',
            selectedOn: '2024-05-13',
            consentObtained: true,
            isNewCase: true,
          },
          {
            careLevel: 'support2',
            selectedOn: '2024-05-22',
            consentObtained: true,
            isNewCase: false,
          },
        ],
      },
      { referenceDate: '2024-05-31' },
    ),
  );

  // 2. 評価の予定と実施状況（2026年11月30日時点）
  console.log('  【評価の予定と実施状況（2026-11-30 時点）】');
  for (const s of COHORT) {
    const r = scheduleEvaluations({ events: s.events, recorded: s.recorded }, context);
    if (r.decision === undefined) {
      printResult(s.label, r);
      continue;
    }
    const due = r.decision.due
      .map((d) => `${d.label} ${d.window.from}〜${d.window.to} ${STATUS[d.status] ?? d.status}`)
      .join(' ／ ');
    const skipped = r.decision.skipped.map((x) => `${x.label}は対象外`).join('、');
    console.log(`    ${s.label}: ${due}${skipped ? `（${skipped}）` : ''}`);
    for (const f of r.findings)
      console.log(`      ${f.severity === 'error' ? '✗' : 'i'} ${f.message}`);
  }

  // 3. CSwatch への提出書類（B事業所は主治医意見書が不足、1日遅れ）
  printResult(
    'B事業所の CSwatch への提出書類',
    checkCswatchDocuments(
      {
        submitted: [
          'informationSharingSheet',
          'carePlan',
          'serviceMeeting',
          'usageTicket',
          'provisionTicket',
          'progressRecord',
          'individualServicePlan',
          'certificationSurvey',
        ],
        submittedOn: '2024-06-11',
      },
      { referenceDate: '2024-06-12' },
    ),
  );

  // 4. 専門職派遣（C事業所: 令和6年度は要支援２の対象者に派遣なし）
  printResult(
    'C事業所の専門職派遣',
    checkProfessionalDispatch(
      {
        subjects: [
          {
            dispatches: [
              { date: '2024-08-20', profession: 'therapist' },
              { date: '2025-07-09', profession: 'dentalHygienist' },
            ],
            events: [{ kind: 'death', date: '2025-11-20' }],
          },
          { dispatches: [{ date: '2025-09-01', profession: 'dietitian' }, { date: '2026-06-10' }] },
        ],
      },
      context,
    ),
  );

  // 5. 目標: 基本チェックリストの平均点を事前評価から 0.9点下げる（対象者用シートから）
  const subjects = COHORT.map((s) => {
    for (const sh of [s.pre, s.post])
      if (sh !== null && !validate(asagoIkiikiSheetSubjectForm, sh).ok)
        console.log(`    ✗ ${s.label} のシートが不正です`);
    const entry = (sh: AsagoIkiikiSheetSubject | null) =>
      sh === null
        ? null
        : {
            ...(sh.basicChecklist ? { checklist: sh.basicChecklist } : {}),
            ...(sh.basicChecklistTotal !== undefined ? { total: sh.basicChecklistTotal } : {}),
          };
    return { before: entry(s.pre), after: entry(s.post) };
  });
  const goal = evaluateChecklistGoal({ subjects }, context);
  printResult('市全体の目標（基本チェックリストの平均点）', goal);
  if (goal.decision) {
    const d = goal.decision;
    console.log(
      `    事前評価の平均 ${d.meanBefore.toFixed(2)}点 → 事後評価の平均 ${d.meanAfter.toFixed(2)}点（変化 ${d.change.toFixed(2)}点、目標 −${d.targetReduction}点）: ${d.met ? '達成' : '未達成'}（${d.included}人で比較）`,
    );
    for (const x of d.excluded)
      console.log(
        `    除外: ${COHORT[x.index]?.label ?? x.index} — ${x.reasons.map((r) => `${r.evaluation === 'before' ? '事前評価' : '事後評価'}の${REASON[r.reason] ?? r.reason}`).join('、')}`,
      );
  }

  // 5b. もしも（what-if）: 目標の下げ幅が 1.5点なら? 文脈の parameters でパラメータを上書きする（SDK の値は変えない）。
  const whatIf = evaluateChecklistGoal(
    { subjects },
    { ...context, parameters: { 'asago.checklistGoal': { reductionPoints: 1.5, maxScore: 25 } } },
  );
  console.log(
    `    もしも目標が −1.5点なら: ${whatIf.decision?.met ? '達成' : '未達成'}（上書き: ${whatIf.parameters.some((p) => p.origin === 'override') ? 'あり' : 'なし'}）`,
  );
  for (const step of goal.trace ?? [])
    if (step.kind === 'condition') console.log(`    道筋: ${step.label} → ${String(step.outcome)}`);

  // 6. 研修の日程（2024年7月15日時点。日が空欄の研修は日を補わない）
  const cal = listTrainingCalendar({}, { referenceDate: '2024-07-15' });
  console.log('  【説明会・研修の日程（2024-07-15 時点）】');
  for (const e of cal.decision?.events ?? []) {
    const when =
      e.when.precision === 'day'
        ? e.when.date
        : e.when.precision === 'month'
          ? `${e.when.yearMonth}（日は要領で空欄）`
          : e.when.precision === 'earlyMonth'
            ? `${e.when.yearMonth} 上旬`
            : e.when.precision === 'after'
              ? '2月の研修の後'
              : '日付の定めなし';
    const time = e.time ? ` ${e.time.start}〜${e.time.end}` : '';
    console.log(`    ${e.title}: ${when}${time} [${CALENDAR_STATUS[e.status] ?? e.status}]`);
  }
}
