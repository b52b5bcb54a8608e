import { endOfMonth, firstDayOfYearMonth, resolveDeadline, yearMonthOf } from '@kaigo/core';
import type { Finding, IsoDate, ParameterUse, RuleResult, YearMonth } from '@kaigo/core';
import {
  codeField,
  countField,
  dateField,
  KOBAYASHI_ACTIVITY_CODES,
  withMeta,
  yearMonthField,
} from '@kaigo/forms';
import * as z from 'zod';
import { officeCategoryOf, officeKindField } from '../02-overview/officeKinds';
import type { OfficeKind } from '../02-overview/officeKinds';
import { structuralValue, uniqueUses } from '../internal/params';
import { checkedDate, runRule } from '../internal/run';
import { kobayashiCite } from '../source';
import { feeFor } from './fees';
import { ACTIVITY_LABELS, deadlineSchedule } from './parameters';
import type { Activity } from './parameters';

const CITE_TABLE = kobayashiCite('３ 事業の流れ（表）');
const CITE_BUDGET = kobayashiCite('２（２）', 'ただし、支援は予算の範囲内で行う。');
const CITE_DEADLINE = kobayashiCite('３ 事業の流れ（提出期限）', '翌月10日まで');

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
 * ```
 */
export function buildInvoice(input: unknown, context: unknown): RuleResult<InvoiceDecision> {
  return runRule<typeof invoiceInputSchema, InvoiceDecision>(
    'kobayashi.invoice',
    [CITE_TABLE, CITE_BUDGET, CITE_DEADLINE],
    invoiceInputSchema,
    input,
    context,
    (data) => {
      const billingMonth = data.billingMonth as YearMonth;
      const monthEnd = endOfMonth(firstDayOfYearMonth(billingMonth));
      const schedule = structuralValue(deadlineSchedule, monthEnd);
      const deadlineSpec = schedule?.value.find(
        (s) => s.submission === 'invoice' && s.appliesTo === officeCategoryOf(data.officeKind),
      );
      if (!schedule || !deadlineSpec?.rule) {
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
      const findings: Finding[] = [];
      const uses: ParameterUse[] = [schedule.use];
      const lines: InvoiceLine[] = [];
      const excluded: ExcludedActivity[] = [];
      const claimed = new Set<string>();
      data.activities.forEach((a, index) => {
        const date = checkedDate(a.date);
        const path = ['activities', index];
        const label = ACTIVITY_LABELS[a.activity];
        const quote = feeFor(data.officeKind, a.activity, date);
        if (!quote.ok) {
          const reason: ExclusionReason =
            quote.error.code === 'fee.notClaimable' ? 'notClaimable' : 'outsideProgram';
          excluded.push({ index, activity: a.activity, reason });
          findings.push({
            code:
              reason === 'notClaimable' ? 'invoice.activityNotClaimable' : 'invoice.outsideProgram',
            severity: 'error',
            message: `${index + 1}件目: ${quote.error.message}明細に載せていません。`,
            path: [...path, reason === 'notClaimable' ? 'activity' : 'date'],
            citation: CITE_TABLE,
          });
          return;
        }
        uses.push(quote.value.parameter);
        const key = JSON.stringify([a.userRef, a.activity]);
        if (claimed.has(key)) {
          excluded.push({ index, activity: a.activity, reason: 'duplicate' });
          findings.push({
            code: 'invoice.duplicateClaim',
            severity: 'error',
            message: `${index + 1}件目: 同じ利用者の「${label}」が重複しています。明細に載せていません。`,
            path,
            citation: CITE_TABLE,
          });
          return;
        }
        claimed.add(key);
        if (yearMonthOf(date) !== billingMonth) {
          findings.push({
            code: 'invoice.outsideBillingMonth',
            severity: 'warning',
            message: `${index + 1}件目: 「${label}」の実施日が請求対象年月の外です（請求は月ごと、翌月10日まで）。`,
            path: [...path, 'date'],
            citation: CITE_DEADLINE,
          });
        }
        const amount = quote.value.amount;
        lines.push({
          index,
          userRef: a.userRef,
          activity: a.activity,
          activityLabel: label,
          date,
          unitPrice: amount,
          quantity: 1,
          amount,
        });
      });
      const total = lines.reduce((sum, l) => sum + l.amount, 0);
      let payableWithinBudget: number | undefined;
      if (data.budgetRemaining !== undefined) {
        payableWithinBudget = Math.min(total, data.budgetRemaining);
        if (total > data.budgetRemaining) {
          findings.push({
            code: 'invoice.overBudget',
            severity: 'warning',
            message: `合計が予算の残額を${total - data.budgetRemaining}円超えています。支援は予算の範囲内で行われます。`,
            path: ['budgetRemaining'],
            citation: CITE_BUDGET,
          });
        }
      }
      const decision: InvoiceDecision = {
        officeKind: data.officeKind,
        billingMonth,
        lines,
        total,
        excluded,
        submissionDeadline: resolveDeadline(deadlineSpec.rule, monthEnd),
        ...(payableWithinBudget === undefined ? {} : { payableWithinBudget }),
      };
      return { decision, findings, parameters: uniqueUses(uses) };
    },
  );
}
