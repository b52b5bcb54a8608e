import {
  checkContractRequirements,
  checkDocumentCompleteness,
  checkEligibility,
  buildInvoice,
  fees,
  listDeadlines,
  lookupFee,
  nextStep,
  type DeadlineStatus,
} from '@kaigo/rules-kobayashi';
import type { RuleResult } from '@kaigo/core';
import { printResult } from './print';

export const title =
  '@kaigo/rules-kobayashi — 小林市 自立支援型ケアマネジメント促進事業（架空の通所型事業所の事例）';

const STATUS_LABELS: Record<DeadlineStatus, string> = {
  met: '期限内',
  late: '期限後',
  early: '受付前',
  pending: '未提出（期限前）',
  overdue: '未提出（期限切れ）',
  unknown: '不明',
};

/** Shortens a result for display: a summary instead of the full decision, table parameters as a count. */
function brief<D>(r: RuleResult<D>, summary?: (d: D) => unknown): RuleResult<unknown> {
  return {
    ...r,
    ...(r.decision !== undefined && summary ? { decision: summary(r.decision) } : {}),
    parameters: r.parameters.map((p) =>
      typeof p.value === 'object' && p.value !== null
        ? { ...p, value: Array.isArray(p.value) ? `（表 ${p.value.length}行）` : '（表）' }
        : p,
    ),
  };
}

export function run(): void {
  // 架空の通所型事業所「ひまわり通所（架空）」と、架空の利用者（要支援1）。
  const context = { referenceDate: '2025-07-12' };

  // 1. 契約事業所の要件（参加申込書のデータをそのまま渡す）
  printResult(
    '契約事業所の要件（参加申込書）',
    brief(
      checkContractRequirements(
        {
          officeName: 'ひまわり通所（架空）',
          officeNumber: '4500000002',
          officeKind: 'tsusho',
          appliedOn: '2025-05-12',
          locatedInCity: true,
          usesAssessmentManual: true,
          usesUnifiedForms: true,
          hokatsuSystemInstalled: true,
          hokatsuSystemDataLinked: true,
        },
        context,
      ),
      (d) => ({ meetsAll: d.meetsAll }),
    ),
  );

  // 2. 対象者（要支援1、6月13日に事前アセスメント、プランは年度をこえない）
  printResult(
    '対象者',
    checkEligibility(
      {
        careLevel: 'support1',
        preAssessmentDate: '2025-06-13',
        planStartDate: '2025-06-16',
        planEndDate: '2025-11-30',
      },
      context,
    ),
  );

  // 3. 提出期限（支援開始 6月16日 → 「支援開始月14日まで」は開始より前になる）
  const deadlines = listDeadlines(
    {
      officeKind: 'tsusho',
      shortTermIntensiveC: false,
      events: { supportStart: '2025-06-16', supportEnd: '2025-11-30', billingMonth: '2025-06' },
      submissions: {
        participationApplication: '2025-05-12',
        targetRoster: '2025-06-27',
        preAssessment: '2025-06-13',
        invoice: '2025-07-10',
      },
    },
    context,
  );
  console.log('  【提出期限の一覧】');
  for (const d of deadlines.decision?.deadlines ?? []) {
    const when = d.deadline ?? (d.opensOn ? `${d.opensOn}〜` : '—');
    console.log(
      `    ${when.padEnd(12)} ${d.wording}｜${d.title}｜${STATUS_LABELS[d.status]}${d.daysLate > 0 ? `（${d.daysLate}日）` : ''}`,
    );
  }
  printResult(
    '提出期限',
    brief(deadlines, (d) => `${d.deadlines.length}件`),
  );

  // 4. 事前アセスメントの提出（入力）書類（個別計画書を入れ忘れ）
  printResult(
    '提出(入力)書類（通所型・事前）',
    brief(
      checkDocumentCompleteness(
        {
          officeKind: 'tsusho',
          phase: 'pre',
          submitted: [
            'kobayashi.careMenuAssessmentTsusho',
            'kobayashi.dailyLivingAssessment',
            'kobayashi.servicePlanEvaluationTsusho',
          ],
        },
        context,
      ),
      (d) => ({
        complete: d.complete,
        missing: d.missing,
        wrongPhase: d.wrongPhase,
        extra: d.extra,
      }),
    ),
  );

  // 5. 6月分の請求書・明細書（通所型は地域ケア自立支援会議事例提出を請求できない、重複は要確認、
  //    包括の確認欄入力がまだの行は支払い待ち）
  const invoice = buildInvoice(
    {
      officeKind: 'tsusho',
      billingMonth: '2025-06',
      budgetRemaining: 100000,
      activities: [
        { userRef: 'T-001', activity: 'preAssessment', date: '2025-06-13', hokatsuConfirmed: true },
        { userRef: 'T-002', activity: 'preAssessment', date: '2025-06-20', hokatsuConfirmed: true },
        {
          userRef: 'T-002',
          activity: 'preAssessment',
          date: '2025-06-21',
          hokatsuConfirmed: false,
        },
        {
          userRef: 'T-003',
          activity: 'communityCareMeeting',
          date: '2025-06-25',
          preAssessmentDate: '2025-06-02',
          hokatsuConfirmed: true,
        },
      ],
    },
    context,
  );
  console.log('  【明細】');
  for (const line of invoice.decision?.lines ?? []) {
    console.log(
      `    ${line.userRef}  ${line.date}  ${line.activityLabel}  ${line.amount.toLocaleString('ja-JP')}円  ${line.payment}`,
    );
  }
  console.log(
    `    合計 ${invoice.decision?.total.toLocaleString('ja-JP') ?? '—'}円、支払える額 ${invoice.decision?.payableTotal.toLocaleString('ja-JP') ?? '—'}円（提出期限 ${invoice.decision?.submissionDeadline ?? '—'}）`,
  );
  printResult(
    '請求書・明細書',
    brief(invoice, (d) => ({
      total: d.total,
      payableTotal: d.payableTotal,
      payableWithinBudget: d.payableWithinBudget,
      excluded: d.excluded,
    })),
  );

  // 6. 次の手順と支払いの可否（請求は出したが、包括の確認欄入力がまだ）
  const step = nextStep(
    {
      officeKind: 'tsusho',
      completedSteps: [
        'application',
        'contract',
        'targetRoster',
        'userList',
        'hokatsuSupport',
        'assessmentEntry',
        'invoice',
      ],
    },
    context,
  );
  const next = step.decision?.next;
  console.log(
    `  次の手順: ${next ? `${next.ownerLabel} — ${next.action}` : 'なし'}／支払い: ${step.decision?.paymentAllowed ? '可' : '不可'}`,
  );
  printResult(
    '次の手順',
    brief(step, (d) => ({
      next: d.next?.id ?? null,
      paymentAllowed: d.paymentAllowed,
      paymentBlockedBy: d.paymentBlockedBy,
    })),
  );

  // 7. what-if: 「2026-04-01 から事前アセスメントが 3,500円なら」（文脈 parameters でパラメータを上書き）
  const table = fees.values[0]?.value;
  if (table) {
    const raised = {
      serviceProvider: { ...table.serviceProvider, preAssessment: 3500 },
      careManagement: { ...table.careManagement, preAssessment: 3500 },
    };
    printResult(
      '支援額（what-if: 2026-04-01 から事前アセスメント 3,500円）',
      brief(
        lookupFee(
          { officeKind: 'tsusho', activity: 'preAssessment', date: '2026-04-15' },
          {
            referenceDate: '2026-04-15',
            parameters: { 'kobayashi.fees': { values: [{ from: '2026-04-01', value: raised }] } },
          },
        ),
      ),
    );
  }
}
