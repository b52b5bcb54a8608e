import { cite, defineRule, endOfMonth, firstDayOfYearMonth, yearMonthOf } from '@kaigo/core';
import type {
  Citation,
  DeadlineRule,
  Finding,
  IsoDate,
  MissingInput,
  RuleEnv,
  RuleOutcome,
  Severity,
  YearMonth,
} from '@kaigo/core';
import {
  booleanField,
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
import type { OfficeCategory, OfficeKind } from '../02-overview/officeKinds';
import { KOBAYASHI_DOCUMENT } from '../document';
import { programStart } from '../05-programCoverage/parameters';
import { assessmentOnOrAfterProgramStart } from '../05-programCoverage/programCoverage';
import { feeFor } from './fees';
import {
  ACTIVITY_LABELS,
  deadlineSchedule,
  duplicateClaimSeverity,
  feeTableReading,
  fees,
} from './parameters';
import type { Activity } from './parameters';

const CITE_TABLE = cite(KOBAYASHI_DOCUMENT, '３ 事業の流れ（表）');
const CITE_BUDGET = cite(KOBAYASHI_DOCUMENT, '２（２）', 'ただし、支援は予算の範囲内で行う。');
const CITE_DEADLINE = cite(KOBAYASHI_DOCUMENT, '３ 事業の流れ（提出期限）', '翌月10日まで');
const CITE_COVERAGE = cite(
  KOBAYASHI_DOCUMENT,
  '５ その他 ①',
  '事業開始時以降に、プラン開始時の事前アセスメントを実施した者からが対象となる。',
);
/** 支払いの前の「包括の確認欄入力」（区分ごとの流れの表の文言）。 */
const CITE_PAYMENT: Readonly<Record<OfficeCategory, Citation>> = {
  serviceProvider: cite(
    KOBAYASHI_DOCUMENT,
    '３（１）サービス提供事業所',
    '包括の確認欄入力にて提出を確認後、支払い。',
  ),
  careManagement: cite(
    KOBAYASHI_DOCUMENT,
    '３（２）居宅介護支援事業所',
    '包括の確認欄入力を確認後、支払い。',
  ),
};

/** 請求する取組1件。 */
export interface InvoiceActivityInput {
  /** 利用者の識別子（被保険者番号や事業所内の番号。明細には出すが、指摘のメッセージには出さない）。 */
  userRef: string;
  /** 取組。 */
  activity: Activity;
  /** 実施日（`YYYY-MM-DD`）。 */
  date: string;
  /**
   * その利用者のプラン開始時の事前アセスメントの実施日（`YYYY-MM-DD`、５ その他 ①）。事前アセスメントの行で省略すると、
   * その行の実施日を使う。ほかの取組の行で省略すると支払いの可否を判定できない（不足入力）。
   */
  preAssessmentDate?: string | undefined;
  /**
   * 包括（地域包括支援センター）が「対象者一覧」のこの取組の確認欄に入力したか（３ 事業の流れ「包括の確認欄入力を
   * 確認後、支払い」）。`false` は未入力（支払い待ち）、省略は不明（不足入力）。
   */
  hokatsuConfirmed?: boolean | undefined;
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
          preAssessmentDate: dateField({
            label: 'プラン開始時の事前アセスメント実施日',
          }).optional(),
          hokatsuConfirmed: booleanField({ label: '包括の確認欄入力（対象者一覧）' }).optional(),
        }),
      )
      .max(5000),
    { label: '取組' },
  ),
});

/**
 * 明細の1行の支払いの状況: `payable` 支払える（５ ①の対象で、包括の確認欄入力あり）、
 * `awaitingHokatsuConfirmation` 包括の確認欄入力がまだ（入力の後に支払われる）、`undetermined` 判定に必要な事実
 * （事前アセスメントの実施日・確認欄入力の有無）が入力にない。支払える額（`payableTotal`）は `payable` の行だけの合計。
 */
export type LinePayment = 'payable' | 'awaitingHokatsuConfirmation' | 'undetermined';

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
  /** 支払いの状況（５ ①と包括の確認欄入力）。 */
  readonly payment: LinePayment;
}

/**
 * 明細に載せなかった取組の理由: `notClaimable` その事業所の種類が請求できない、`duplicate` 重複（重複の重大度
 * {@link duplicateClaimSeverity} が `error` のときだけ）、`outsideProgram` 事業期間外、
 * `assessmentBeforeProgramStart` プラン開始時の事前アセスメントが事業開始日より前（５ その他 ①の対象外）。
 */
export type ExclusionReason =
  'notClaimable' | 'duplicate' | 'outsideProgram' | 'assessmentBeforeProgramStart';

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
  /** 合計（円。明細に載せたすべての行）。 */
  readonly total: number;
  /** 支払える額（円。支払いの状況が `payable` の行だけの合計。確認欄入力待ち・判定できない行は含めない）。 */
  readonly payableTotal: number;
  /** 明細に載せなかった取組（指摘つき）。 */
  readonly excluded: readonly ExcludedActivity[];
  /** 請求書・明細書の提出期限（請求対象月の翌月10日）。 */
  readonly submissionDeadline: IsoDate;
  /** 予算の残額の範囲内で支払える額（支払える額と予算の残額の小さいほう。予算の残額が入力されたときのみ）。 */
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
  readonly missing: MissingInput[];
  /** 請求済みの（利用者, 取組）。 */
  readonly claimed: Set<string>;
  /** 重複の指摘の重大度（{@link duplicateClaimSeverity}）。 */
  readonly duplicateSeverity: Severity;
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

/**
 * 3. ５ その他 ①: プラン開始時の事前アセスメントが事業開始日以降か。事業開始日より前なら明細から外して false、
 * 実施日が分からなければ不足入力にして undefined、以降なら true。事前アセスメントの行は、実施日の入力がなければ
 * その行の実施日を使う。
 */
function coveredByProgram(
  a: InvoiceActivityInput,
  index: number,
  draft: InvoiceDraft,
  env: RuleEnv,
): boolean | undefined {
  const own = a.activity === 'preAssessment' && a.preAssessmentDate === undefined;
  const assessed = (a.preAssessmentDate ?? (own ? a.date : undefined)) as IsoDate | undefined;
  if (assessed === undefined) {
    draft.missing.push({
      path: ['activities', index, 'preAssessmentDate'],
      label: 'プラン開始時の事前アセスメント実施日',
    });
    return undefined;
  }
  const check = assessmentOnOrAfterProgramStart(assessed, env);
  if (check.onOrAfter) return true;
  draft.excluded.push({ index, activity: a.activity, reason: 'assessmentBeforeProgramStart' });
  draft.findings.push({
    code: 'invoice.assessmentBeforeProgramStart',
    severity: 'error',
    message: `${index + 1}件目: プラン開始時の事前アセスメントが事業開始日（${check.programStart}）より前に実施されているため、対象になりません。明細に載せていません。`,
    path: ['activities', index, own ? 'date' : 'preAssessmentDate'],
    citation: CITE_COVERAGE,
  });
  return false;
}

/** 4. 同じ利用者・同じ取組の重複。重大度が error なら明細から外して true（載せない）、それ以外は指摘だけして false。 */
function excludedAsDuplicate(a: InvoiceActivityInput, index: number, draft: InvoiceDraft): boolean {
  const key = JSON.stringify([a.userRef, a.activity]);
  if (!draft.claimed.has(key)) {
    draft.claimed.add(key);
    return false;
  }
  const exclude = draft.duplicateSeverity === 'error';
  if (exclude) draft.excluded.push({ index, activity: a.activity, reason: 'duplicate' });
  draft.findings.push({
    code: 'invoice.duplicateClaim',
    severity: draft.duplicateSeverity,
    message: exclude
      ? `${index + 1}件目: 同じ利用者の「${ACTIVITY_LABELS[a.activity]}」が重複しています。明細に載せていません。`
      : `${index + 1}件目: 同じ利用者の「${ACTIVITY_LABELS[a.activity]}」がこの請求に2件以上あります（要領に重複の定めはないため明細に載せています。確認してください）。`,
    path: ['activities', index],
    citation: CITE_TABLE,
  });
  return exclude;
}

/** 5. 包括の確認欄入力（支払いの前提）。未入力は支払い待ちの warning、不明は不足入力。 */
function hokatsuConfirmation(
  a: InvoiceActivityInput,
  index: number,
  category: OfficeCategory,
  draft: InvoiceDraft,
): boolean | undefined {
  if (a.hokatsuConfirmed === undefined) {
    draft.missing.push({
      path: ['activities', index, 'hokatsuConfirmed'],
      label: '包括の確認欄入力（対象者一覧）',
    });
    return undefined;
  }
  if (!a.hokatsuConfirmed) {
    draft.findings.push({
      code: 'invoice.awaitingHokatsuConfirmation',
      severity: 'warning',
      message: `${index + 1}件目: 包括による「対象者一覧」の確認欄入力がまだです。支払いは確認欄入力を確認した後です（支払える額に含めていません）。`,
      path: ['activities', index, 'hokatsuConfirmed'],
      citation: CITE_PAYMENT[category],
    });
  }
  return a.hokatsuConfirmed;
}

/** 支払いの状況: 対象（５ ①）と確認欄入力がともに分かって真なら支払える。 */
function paymentOf(covered: boolean | undefined, confirmed: boolean | undefined): LinePayment {
  if (covered === undefined || confirmed === undefined) return 'undetermined';
  return confirmed ? 'payable' : 'awaitingHokatsuConfirmation';
}

/**
 * 取組1件を明細に載せる: 支援額（2）、５ ①（3）、重複（4）、請求対象月、包括の確認欄入力（5）の順に確かめる。
 * 請求対象月の外は載せたうえで指摘する。
 */
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
  const covered = coveredByProgram(a, index, draft, env);
  if (covered === false) return;
  if (excludedAsDuplicate(a, index, draft)) return;
  if (yearMonthOf(date) !== data.billingMonth) {
    draft.findings.push({
      code: 'invoice.outsideBillingMonth',
      severity: 'warning',
      message: `${index + 1}件目: 「${label}」の実施日が請求対象年月の外です（請求は月ごと、翌月10日まで）。`,
      path: ['activities', index, 'date'],
      citation: CITE_DEADLINE,
    });
  }
  const confirmed = hokatsuConfirmation(a, index, officeCategoryOf(data.officeKind), draft);
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
    payment: paymentOf(covered, confirmed),
  });
}

/** 6. 支払える額（`payable` の行だけ）。判定できない行があれば info で示す（黙って支払う額に含めない）。 */
function payableTotalOf(
  lines: readonly InvoiceLine[],
  category: OfficeCategory,
  findings: Finding[],
  env: RuleEnv,
): number {
  const payable = lines.filter((l) => l.payment === 'payable');
  const undetermined = lines.filter((l) => l.payment === 'undetermined').length;
  env.trace({
    kind: 'condition',
    code: 'invoice.payableLines',
    label: '支払える明細の件数（５ ①の対象で、包括の確認欄入力あり）',
    outcome: payable.length,
  });
  if (undetermined > 0)
    findings.push({
      code: 'invoice.paymentUndetermined',
      severity: 'info',
      message: `支払いの可否を判定できない明細が${undetermined}件あります（不足入力を参照）。支払える額に含めていません。`,
      path: ['activities'],
      citation: CITE_PAYMENT[category],
    });
  return payable.reduce((sum, l) => sum + l.amount, 0);
}

/** 7. 予算の残額（任意）: 合計が超えれば指摘し、範囲内で支払える額（支払える額と残額の小さいほう）を返す。 */
function payableWithinBudget(
  total: number,
  payableTotal: number,
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
  return Math.min(payableTotal, budgetRemaining);
}

/** 本体: 1 提出期限、2〜5 取組ごとの明細、6 支払える額、7 予算。 */
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
  const draft: InvoiceDraft = {
    lines: [],
    excluded: [],
    findings: [],
    missing: [],
    claimed: new Set(),
    duplicateSeverity: env.value(duplicateClaimSeverity, { at: monthEnd, beforeFirst: 'first' }),
  };
  data.activities.forEach((a, index) => claimActivity(a, index, data, draft, env));
  const total = draft.lines.reduce((sum, l) => sum + l.amount, 0);
  const payableTotal = payableTotalOf(
    draft.lines,
    officeCategoryOf(data.officeKind),
    draft.findings,
    env,
  );
  const payable = payableWithinBudget(
    total,
    payableTotal,
    data.budgetRemaining,
    draft.findings,
    env,
  );
  const decision: InvoiceDecision = {
    officeKind: data.officeKind,
    billingMonth,
    lines: draft.lines,
    total,
    payableTotal,
    excluded: draft.excluded,
    submissionDeadline,
    ...(payable === undefined ? {} : { payableWithinBudget: payable }),
  };
  return { decision, findings: draft.findings, missing: draft.missing };
}

/** 例: 居宅介護支援事業所の令和7年6月分（架空の利用者。表の読み方で合計が変わる）。 */
const KYOTAKU_JUNE = {
  officeKind: 'kyotaku',
  billingMonth: '2025-06',
  activities: [
    { userRef: 'A-001', activity: 'preAssessment', date: '2025-06-10', hokatsuConfirmed: true },
    {
      userRef: 'A-001',
      activity: 'shortTermIntensive',
      date: '2025-06-18',
      preAssessmentDate: '2025-06-10',
      hokatsuConfirmed: true,
    },
    { userRef: 'A-002', activity: 'preAssessment', date: '2025-06-24', hokatsuConfirmed: true },
    {
      userRef: 'A-003',
      activity: 'postAssessment',
      date: '2025-06-26',
      preAssessmentDate: '2025-05-20',
      hokatsuConfirmed: true,
    },
  ],
};

/**
 * 1事業所の1か月分の取組から、請求書・明細書の明細と合計、支払える額を作る。
 *
 * - 単価は {@link fees}（事業所の区分・取組・実施日で引く）。利用者負担はない。居宅介護支援事業所の事前・事後
 *   アセスメントを支払うかは表の読み方 {@link feeTableReading}（既定: 両区分共通。別の読み方: サービス提供事業所のみ）。
 * - その事業所の種類が請求できない取組、事業期間外の取組は明細に載せず、`excluded` と error の指摘で報告する（黙って捨てない）。
 * - ５ その他 ①「事業開始時以降に、プラン開始時の事前アセスメントを実施した者からが対象となる」: 取組ごとに
 *   その利用者のプラン開始時の事前アセスメントの実施日（`preAssessmentDate`）を事業開始日（{@link programStart}）と比べ、
 *   より前なら対象外として明細に載せない（error、`assessmentBeforeProgramStart`）。事前アセスメントの行で実施日を
 *   省略したときはその行の実施日を使う（その行が事前アセスメントそのもの）。ほかの取組で省略すると判定できず、
 *   明細には載せるが支払いの状況は `undetermined`（不足入力を `missing` に挙げる）。
 * - ３ 事業の流れ「包括の確認欄入力を確認後、支払い」: 取組ごとに包括が「対象者一覧」の確認欄に入力したか
 *   （`hokatsuConfirmed`）を見る。`false` なら明細に載せたうえで warning（支払い待ち、`awaitingHokatsuConfirmation`）、
 *   省略なら不足入力（`undetermined`）。支払える額 `payableTotal` は ５ ①の対象で確認欄入力のある行（`payable`）だけの
 *   合計で、判定できない行は含めない（info で件数を示す）。
 * - 同じ利用者・同じ取組の重複（2件目以降）: 要領に定めがないため、既定は warning で示して明細に載せる。重大度は
 *   {@link duplicateClaimSeverity}（`error` にすると2件目以降を明細から外す）。重複の判定はこの入力の中だけ
 *   （前の月の請求との重複は見ない）。
 * - 実施日が請求対象月の外の取組は明細に載せたうえで warning で示す（「翌月10日まで」は月ごとの請求と読んだ）。
 * - 予算の残額（任意）が与えられ合計がそれを超えるときは warning で示し、範囲内で支払える額（支払える額と残額の
 *   小さいほう）を返す（２（２）ただし書き）。
 *
 * 明細に載せた行（`lines`）の合計が `total`（請求額）、そのうち支払える行の合計が `payableTotal`。
 *
 * @source kobayashi-jiritsu-2025 ２（２）、３ 事業の流れ（表・提出期限・包括の確認欄入力）、５ その他 ①
 * @example
 * ```ts
 * const r = buildInvoice(
 *   {
 *     officeKind: 'kyotaku',
 *     billingMonth: '2025-06',
 *     activities: [
 *       { userRef: 'A-001', activity: 'preAssessment', date: '2025-06-10', hokatsuConfirmed: true },
 *       {
 *         userRef: 'A-001',
 *         activity: 'assessmentSupport',
 *         date: '2025-06-20',
 *         preAssessmentDate: '2025-06-10',
 *         hokatsuConfirmed: false,
 *       },
 *     ],
 *   },
 *   { referenceDate: '2025-07-01' },
 * );
 * r.decision?.total; // => 5500
 * r.decision?.payableTotal; // => 3000（2件目は包括の確認欄入力待ち）
 * r.decision?.submissionDeadline; // => '2025-07-10'
 * r.trace.find((s) => s.kind === 'date'); // 請求書・明細書の提出期限: 2025-06-30 → 2025-07-10（翌月10日まで）
 * ```
 */
export const buildInvoice = defineRule<InvoiceInput, InvoiceDecision>({
  id: 'kobayashi.invoice',
  title: '請求書・明細書（明細と合計、支払える額）',
  description:
    '1事業所1か月分の取組から明細と合計を作り、請求できない取組・事業期間外・事業開始前の事前アセスメント（５ ①）を報告する。包括の確認欄入力のある行だけを支払える額とし、重複と予算の残額（任意）の超過を示す。',
  sources: [
    CITE_TABLE,
    CITE_BUDGET,
    CITE_DEADLINE,
    CITE_PAYMENT.serviceProvider,
    CITE_PAYMENT.careManagement,
    CITE_COVERAGE,
  ],
  input: ruleInput(invoiceInputSchema),
  parameters: [deadlineSchedule, fees, feeTableReading, duplicateClaimSeverity, programStart],
  examples: [
    {
      title: '居宅介護支援事業所の令和7年6月分（表の読み方: 事前・事後は両区分共通、既定）',
      input: KYOTAKU_JUNE,
      context: { referenceDate: '2025-07-03' },
      expect: {
        status: 'decided',
        decision: { total: 15500, payableTotal: 15500, submissionDeadline: '2025-07-10' },
      },
    },
    {
      title: '同じ請求（表の別の読み方: 事前・事後はサービス提供事業所のみ）',
      input: KYOTAKU_JUNE,
      context: {
        referenceDate: '2025-07-03',
        parameters: { 'kobayashi.feeTableReading': 'prePostServiceProvidersOnly' },
      },
      expect: {
        status: 'decided',
        decision: { total: 2500, payableTotal: 2500, submissionDeadline: '2025-07-10' },
      },
    },
    {
      title:
        '訪問型事業所（請求できない取組、事業開始前の事前アセスメント、確認欄入力待ち、重複を含む）',
      input: {
        officeKind: 'homon',
        billingMonth: '2025-06',
        budgetRemaining: 5000,
        activities: [
          {
            userRef: 'B-001',
            activity: 'preAssessment',
            date: '2025-06-10',
            hokatsuConfirmed: true,
          },
          {
            userRef: 'B-001',
            activity: 'preAssessment',
            date: '2025-06-11',
            hokatsuConfirmed: true,
          },
          { userRef: 'B-002', activity: 'communityCareMeeting', date: '2025-06-12' },
          {
            userRef: 'B-003',
            activity: 'postAssessment',
            date: '2025-06-13',
            preAssessmentDate: '2025-04-21',
            hokatsuConfirmed: true,
          },
          {
            userRef: 'B-004',
            activity: 'postAssessment',
            date: '2025-06-20',
            preAssessmentDate: '2025-05-12',
            hokatsuConfirmed: false,
          },
          { userRef: 'B-005', activity: 'preAssessment', date: '2025-06-25' },
        ],
      },
      context: { referenceDate: '2025-07-03' },
      expect: {
        status: 'decided',
        decision: { total: 16000, payableTotal: 6000, payableWithinBudget: 5000 },
        findings: [
          'invoice.duplicateClaim',
          'invoice.activityNotClaimable',
          'invoice.assessmentBeforeProgramStart',
          'invoice.awaitingHokatsuConfirmation',
          'invoice.paymentUndetermined',
          'invoice.overBudget',
        ],
      },
    },
  ],
  evaluate: evaluateInvoice,
});
