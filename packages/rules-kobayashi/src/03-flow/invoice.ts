import { cite, defineRule, endOfMonth, firstDayOfYearMonth, yearMonthOf } from '@kaigo/core';
import type { DeadlineRule, Finding, IsoDate, RuleEnv, RuleOutcome, YearMonth } from '@kaigo/core';
import {
  codeField,
  countField,
  dateField,
  ruleInput,
  withMeta,
  yearMonthField,
} from '@kaigo/forms';
import { KOBAYASHI_ACTIVITY_CODES } from '../forms/index';
import * as z from 'zod';
import { officeCategoryOf, officeKindField } from '../02-overview/officeKinds';
import type { OfficeKind } from '../02-overview/officeKinds';
import { KOBAYASHI_DOCUMENT } from '../document';
import { feeFor } from './fees';
import { ACTIVITY_LABELS, deadlineSchedule, fees } from './parameters';
import type { Activity } from './parameters';

const CITE_TABLE = cite(KOBAYASHI_DOCUMENT, '３ 事業の流れ（表）');
const CITE_BUDGET = cite(KOBAYASHI_DOCUMENT, '２（２）', 'ただし、支援は予算の範囲内で行う。');
const CITE_DEADLINE = cite(KOBAYASHI_DOCUMENT, '３ 事業の流れ（提出期限）', '翌月10日まで');

/** 請求する取組1件。 */
export interface InvoiceActivityInput {
  /** 利用者の識別子（被保険者番号や事業所内の番号。明細には出すが、指摘のメッセージには出さない）。 */
  userRef: string;
  /** 取組。 */
  activity: Activity;
  /** 実施日（`YYYY-MM-DD`）。 */
  date: string;
}

/** 請求（明細の作成）の入力。 */
export interface InvoiceInput {
  /** 事業所の種類。 */
  officeKind: OfficeKind;
  /** 請求対象年月（`YYYY-MM`）。 */
  billingMonth: string;
  /** 予算の残額（円、任意）。 */
  budgetRemaining?: number | undefined;
  /** 取組。 */
  activities: InvoiceActivityInput[];
}

/**
 * 請求（明細の作成）の入力スキーマ。1事業所の1か月分の取組。`userRef` は利用者を区別するための値
 * （被保険者番号や事業所内の番号。明細には出すが、指摘のメッセージには出さない）。
 *
 * @source kobayashi-jiritsu-2025 ２（２）、３ 事業の流れ
 */
export const invoiceInputSchema: z.ZodType<InvoiceInput> = z.strictObject({
  officeKind: officeKindField(),
  billingMonth: yearMonthField({ label: '請求対象年月' }),
  budgetRemaining: countField({ label: '予算の残額（円）' }).optional(),
  activities: withMeta(
    z
      .array(
        z.strictObject({
          userRef: withMeta(z.string().min(1).max(100), { label: '利用者の識別子' }),
          activity: codeField(KOBAYASHI_ACTIVITY_CODES, { label: '取組' }),
          date: dateField({ label: '実施日' }),
        }),
      )
      .max(5000),
    { label: '取組' },
  ),
});

/** 明細の1行。 */
export interface InvoiceLine {
  /** 入力の何番目の取組か（0 から）。 */
  readonly index: number;
  /** 利用者の識別子（入力どおり）。 */
  readonly userRef: string;
  /** 取組。 */
  readonly activity: Activity;
  /** 取組の日本語名。 */
  readonly activityLabel: string;
  /** 実施日。 */
  readonly date: IsoDate;
  /** 単価（円/件）。 */
  readonly unitPrice: number;
  /** 件数（常に 1）。 */
  readonly quantity: 1;
  /** 金額（円）。 */
  readonly amount: number;
}

/** 明細に載せなかった取組の理由。 */
export type ExclusionReason = 'notClaimable' | 'duplicate' | 'outsideProgram';

/** 明細に載せなかった取組。 */
export interface ExcludedActivity {
  /** 入力の何番目の取組か。 */
  readonly index: number;
  /** 取組。 */
  readonly activity: Activity;
  /** 理由。 */
  readonly reason: ExclusionReason;
}

/** 請求の判定（明細と合計）。 */
export interface InvoiceDecision {
  /** 事業所の種類。 */
  readonly officeKind: OfficeKind;
  /** 請求対象年月。 */
  readonly billingMonth: YearMonth;
  /** 明細。 */
  readonly lines: readonly InvoiceLine[];
  /** 合計（円）。 */
  readonly total: number;
  /** 明細に載せなかった取組（指摘つき）。 */
  readonly excluded: readonly ExcludedActivity[];
  /** 請求書・明細書の提出期限（請求対象月の翌月10日）。 */
  readonly submissionDeadline: IsoDate;
  /** 予算の残額の範囲内で支払える額（予算の残額が入力されたときのみ）。 */
  readonly payableWithinBudget?: number;
}

/** 1. 請求対象月の末日に有効な提出期限の表から、この事業所の区分の「翌月10日まで」を引く。 */
function invoiceDeadlineRule(
  kind: OfficeKind,
  monthEnd: IsoDate,
  env: RuleEnv,
): DeadlineRule | undefined {
  const schedule = env.value(deadlineSchedule, { at: monthEnd, beforeFirst: 'first' });
  const spec = schedule.find(
    (s) => s.submission === 'invoice' && s.appliesTo === officeCategoryOf(kind),
  );
  return spec?.rule ?? undefined;
}

/** 明細づくりの途中の状態。 */
interface InvoiceDraft {
  readonly lines: InvoiceLine[];
  readonly excluded: ExcludedActivity[];
  readonly findings: Finding[];
  /** 請求済みの（利用者, 取組）。 */
  readonly claimed: Set<string>;
}

/** 2. 請求できない取組・事業期間外の取組を明細から外す（指摘つき）。 */
function excludeUnpriced(
  error: { code: string; message: string },
  index: number,
  activity: Activity,
  draft: InvoiceDraft,
): void {
  const reason: ExclusionReason =
    error.code === 'fee.notClaimable' ? 'notClaimable' : 'outsideProgram';
  draft.excluded.push({ index, activity, reason });
  draft.findings.push({
    code: reason === 'notClaimable' ? 'invoice.activityNotClaimable' : 'invoice.outsideProgram',
    severity: 'error',
    message: `${index + 1}件目: ${error.message}明細に載せていません。`,
    path: ['activities', index, reason === 'notClaimable' ? 'activity' : 'date'],
    citation: CITE_TABLE,
  });
}

/** 3. 取組1件を明細に載せる（重複は外し、請求対象月の外は載せたうえで指摘する）。 */
function claimActivity(
  a: InvoiceActivityInput,
  index: number,
  data: InvoiceInput,
  draft: InvoiceDraft,
  env: RuleEnv,
): void {
  const date = a.date as IsoDate;
  const label = ACTIVITY_LABELS[a.activity];
  const quote = feeFor(data.officeKind, a.activity, date, env);
  if (!quote.ok) {
    excludeUnpriced(quote.error, index, a.activity, draft);
    return;
  }
  const key = JSON.stringify([a.userRef, a.activity]);
  if (draft.claimed.has(key)) {
    draft.excluded.push({ index, activity: a.activity, reason: 'duplicate' });
    draft.findings.push({
      code: 'invoice.duplicateClaim',
      severity: 'error',
      message: `${index + 1}件目: 同じ利用者の「${label}」が重複しています。明細に載せていません。`,
      path: ['activities', index],
      citation: CITE_TABLE,
    });
    return;
  }
  draft.claimed.add(key);
  if (yearMonthOf(date) !== data.billingMonth) {
    draft.findings.push({
      code: 'invoice.outsideBillingMonth',
      severity: 'warning',
      message: `${index + 1}件目: 「${label}」の実施日が請求対象年月の外です（請求は月ごと、翌月10日まで）。`,
      path: ['activities', index, 'date'],
      citation: CITE_DEADLINE,
    });
  }
  const amount = quote.value.amount;
  draft.lines.push({
    index,
    userRef: a.userRef,
    activity: a.activity,
    activityLabel: label,
    date,
    unitPrice: amount,
    quantity: 1,
    amount,
  });
}

/** 4. 予算の残額（任意）: 超えれば指摘し、範囲内で支払える額を返す。 */
function payableWithinBudget(
  total: number,
  budgetRemaining: number | undefined,
  findings: Finding[],
  env: RuleEnv,
): number | undefined {
  if (budgetRemaining === undefined) return undefined;
  const over = total > budgetRemaining;
  env.trace({
    kind: 'condition',
    code: 'invoice.overBudget',
    label: '合計が予算の残額を超える',
    outcome: over,
  });
  if (over) {
    findings.push({
      code: 'invoice.overBudget',
      severity: 'warning',
      message: `合計が予算の残額を${total - budgetRemaining}円超えています。支援は予算の範囲内で行われます。`,
      path: ['budgetRemaining'],
      citation: CITE_BUDGET,
    });
  }
  return Math.min(total, budgetRemaining);
}

/** 本体: 1 提出期限、2〜3 取組ごとの明細、4 予算。 */
function evaluateInvoice(data: InvoiceInput, env: RuleEnv): RuleOutcome<InvoiceDecision> {
  const billingMonth = data.billingMonth as YearMonth;
  const monthEnd = endOfMonth(firstDayOfYearMonth(billingMonth));
  const rule = invoiceDeadlineRule(data.officeKind, monthEnd, env);
  if (!rule) {
    return {
      findings: [
        {
          code: 'parameter.outOfRange',
          severity: 'error',
          message: '請求対象年月に有効な請求書・明細書の提出期限の定めがありません。',
          citation: CITE_DEADLINE,
        },
      ],
    };
  }
  const submissionDeadline = env.deadline('請求書・明細書の提出期限', rule, monthEnd);
  const draft: InvoiceDraft = { lines: [], excluded: [], findings: [], claimed: new Set() };
  data.activities.forEach((a, index) => claimActivity(a, index, data, draft, env));
  const total = draft.lines.reduce((sum, l) => sum + l.amount, 0);
  const payable = payableWithinBudget(total, data.budgetRemaining, draft.findings, env);
  const decision: InvoiceDecision = {
    officeKind: data.officeKind,
    billingMonth,
    lines: draft.lines,
    total,
    excluded: draft.excluded,
    submissionDeadline,
    ...(payable === undefined ? {} : { payableWithinBudget: payable }),
  };
  return { decision, findings: draft.findings };
}

/**
 * 1事業所の1か月分の取組から、請求書・明細書の明細と合計を作る。
 *
 * - 単価は {@link fees}（事業所の区分・取組・実施日で引く）。利用者負担はない。
 * - その事業所の種類が請求できない取組、同じ利用者・同じ取組の重複（2件目以降）、事業期間外の取組は明細に載せず、
 *   `excluded` と error の指摘で報告する（黙って捨てない）。
 * - 実施日が請求対象月の外の取組は明細に載せたうえで warning で示す（「翌月10日まで」は月ごとの請求と読んだ）。
 * - 予算の残額（任意）が与えられ合計がそれを超えるときは warning で示し、範囲内で支払える額を返す（２（２）ただし書き）。
 * - 重複の判定はこの入力の中だけ（前の月の請求との重複は見ない）。
 *
 * @source kobayashi-jiritsu-2025 ２（２）、３ 事業の流れ（表・提出期限）
 * @example
 * ```ts
 * const r = buildInvoice(
 *   {
 *     officeKind: 'kyotaku',
 *     billingMonth: '2025-06',
 *     activities: [
 *       { userRef: 'A-001', activity: 'preAssessment', date: '2025-06-10' },
 *       { userRef: 'A-001', activity: 'assessmentSupport', date: '2025-06-20' },
 *     ],
 *   },
 *   { referenceDate: '2025-07-01' },
 * );
 * r.decision?.total; // => 5500
 * r.decision?.submissionDeadline; // => '2025-07-10'
 * r.trace.find((s) => s.kind === 'date'); // 請求書・明細書の提出期限: 2025-06-30 → 2025-07-10（翌月10日まで）
 * ```
 */
export const buildInvoice = defineRule<InvoiceInput, InvoiceDecision>({
  id: 'kobayashi.invoice',
  title: '請求書・明細書（明細と合計）',
  description:
    '1事業所1か月分の取組から明細と合計を作り、請求できない取組・重複・事業期間外を報告する。予算の残額（任意）を超えれば示す。',
  sources: [CITE_TABLE, CITE_BUDGET, CITE_DEADLINE],
  input: ruleInput(invoiceInputSchema),
  parameters: [deadlineSchedule, fees],
  examples: [
    {
      title: '居宅介護支援事業所の令和7年6月分',
      input: {
        officeKind: 'kyotaku',
        billingMonth: '2025-06',
        activities: [
          { userRef: 'A-001', activity: 'preAssessment', date: '2025-06-10' },
          { userRef: 'A-001', activity: 'shortTermIntensive', date: '2025-06-18' },
          { userRef: 'A-002', activity: 'preAssessment', date: '2025-06-24' },
        ],
      },
      context: { referenceDate: '2025-07-03' },
      expect: { status: 'decided', decision: { total: 8500, submissionDeadline: '2025-07-10' } },
    },
    {
      title: '訪問型事業所（請求できない取組と重複を含む）',
      input: {
        officeKind: 'homon',
        billingMonth: '2025-06',
        budgetRemaining: 5000,
        activities: [
          { userRef: 'B-001', activity: 'preAssessment', date: '2025-06-10' },
          { userRef: 'B-001', activity: 'preAssessment', date: '2025-06-11' },
          { userRef: 'B-002', activity: 'communityCareMeeting', date: '2025-06-12' },
          { userRef: 'B-003', activity: 'preAssessment', date: '2025-06-13' },
        ],
      },
      context: { referenceDate: '2025-07-03' },
      expect: { status: 'decided', decision: { total: 6000, payableWithinBudget: 5000 } },
    },
  ],
  evaluate: evaluateInvoice,
});
