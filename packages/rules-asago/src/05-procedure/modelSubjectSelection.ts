import type {
  CareLevel,
  DateWindow,
  Finding,
  IsoDate,
  MissingInput,
  RuleOutcome,
} from '@kaigo/core';
import {
  CARE_LEVEL_LABELS,
  CARE_LEVELS,
  checkWindow,
  cite,
  defineParameter,
  defineRule,
  differenceInDays,
  isoDate,
} from '@kaigo/core';
import { booleanField, countField, dateField, ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { ASAGO_DOCUMENT_ID, ASAGO_GUIDELINE_DATE } from '../sourceDocument';

/** モデル対象者の要支援状態区分ごとの人数。 */
export interface ModelSubjectQuotaValue {
  /** 要支援１から選ぶ人数。 */
  readonly support1: number;
  /** 要支援２から選ぶ人数。 */
  readonly support2: number;
}

/**
 * 介護支援専門員1人につき、モデル対象者を要支援１、要支援２から1名ずつ選定する。
 *
 * @source asago-ikiiki-2024 ２ 事業概要、５ 実施手順と役割 準備 ◎ケース選定
 * @example
 * ```ts
 * MODEL_SUBJECT_QUOTA.values[0]?.value; // => { support1: 1, support2: 1 }
 * ```
 */
export const MODEL_SUBJECT_QUOTA = defineParameter<ModelSubjectQuotaValue>({
  id: 'asago.modelSubjectQuota',
  description: '介護支援専門員1人あたりのモデル対象者の人数（要支援状態区分ごと）',
  unit: '人/介護支援専門員',
  citation: cite(
    ASAGO_DOCUMENT_ID,
    '５ 実施手順と役割 準備 ◎ケース選定',
    '介護支援専門員 1 人につき、モデル対象者を要支援１、要支援２から１名ずつ選定する。',
  ),
  values: [{ from: isoDate(ASAGO_GUIDELINE_DATE), value: { support1: 1, support2: 1 } }],
});

/**
 * ケース選定の時期: 令和6年5月中（2024年5月1日〜31日）。
 *
 * @source asago-ikiiki-2024 ５ 実施手順と役割 準備 ◎ケース選定（令和 6年 5月中）
 * @example
 * ```ts
 * CASE_SELECTION_PERIOD.values[0]?.value; // => { from: '2024-05-01', to: '2024-05-31' }
 * ```
 */
export const CASE_SELECTION_PERIOD = defineParameter<DateWindow>({
  id: 'asago.caseSelectionPeriod',
  description: 'モデル対象者のケース選定の時期',
  unit: '期間（両端を含む）',
  citation: cite(
    ASAGO_DOCUMENT_ID,
    '５ 実施手順と役割 準備 ◎ケース選定',
    'ケース選定（令和 6年 5月中）',
  ),
  values: [
    {
      from: isoDate(ASAGO_GUIDELINE_DATE),
      value: { from: isoDate('2024-05-01'), to: isoDate('2024-05-31') },
    },
  ],
});

/** モデル対象者の承諾。 */
export interface SelectionConsentValue {
  /** 承諾の書類。 */
  readonly document: string;
  /** 書類を準備する者。 */
  readonly preparedBy: string;
}

/**
 * 介護支援専門員が、モデル対象者に選定した利用者から承諾をもらう（承諾書は事務局で準備）。
 *
 * @source asago-ikiiki-2024 ５ 実施手順と役割 準備 ◎ケース選定
 * @example
 * ```ts
 * SELECTION_CONSENT.values[0]?.value.document; // => '承諾書'
 * ```
 */
export const SELECTION_CONSENT = defineParameter<SelectionConsentValue>({
  id: 'asago.selectionConsent',
  description: 'モデル対象者の承諾（承諾書）',
  citation: cite(
    ASAGO_DOCUMENT_ID,
    '５ 実施手順と役割 準備 ◎ケース選定',
    '介護支援専門員が、モデル対象者に選定した利用者へ承諾をもらう。※承諾書は事務局で準備します',
  ),
  values: [
    { from: isoDate(ASAGO_GUIDELINE_DATE), value: { document: '承諾書', preparedBy: '事務局' } },
  ],
});

const RECENT_CASE = cite(
  ASAGO_DOCUMENT_ID,
  '５ 実施手順と役割 準備 ◎ケース選定',
  '選定にあたっては、直近で担当した新規ケースを中心とする。※新規申請から、できるだけ経過が短い対象者を選定',
);

/** 選定したモデル対象者1人の入力スキーマ。 */
export const selectedSubjectSchema = withMeta(
  z.strictObject({
    /** 要介護状態区分等（`support1` 要支援1、`support2` 要支援2。それ以外は対象外として指摘）。 */
    careLevel: withMeta(z.literal(CARE_LEVELS as CareLevel[]), {
      label: '要介護状態区分等',
    }).optional(),
    /** 選定した日。 */
    selectedOn: dateField({ label: '選定した日' }).optional(),
    /** 利用者の承諾（承諾書）を得たか。 */
    consentObtained: booleanField({ label: '承諾（承諾書）' }).optional(),
    /** 新規ケースか（直近で担当した新規ケースを中心とする）。 */
    isNewCase: booleanField({ label: '新規ケースか' }).optional(),
    /** 新規申請の日（経過の短さの確認に使う）。 */
    newApplicationDate: dateField({ label: '新規申請の日' }).optional(),
  }),
  { label: 'モデル対象者' },
);

/** {@link checkModelSubjectSelection} の入力スキーマ。 */
export const modelSubjectSelectionInputSchema = z.strictObject({
  /** 介護支援専門員1人が選定したモデル対象者。 */
  subjects: z.array(selectedSubjectSchema).max(20),
  /** 呼び出し側が決める設定。 */
  options: withMeta(
    z.strictObject({
      /**
       * 「直近」「できるだけ経過が短い」とみなす新規申請から選定までの日数の上限。要領は数値を定めていないため
       * 既定値はなく、与えたときだけ超えた対象者を warning で知らせる。
       */
      recentCaseMaxDays: countField({ label: '直近とみなす日数の上限' }, 3650).optional(),
    }),
    { label: '設定' },
  ).optional(),
});

/** {@link checkModelSubjectSelection} の入力。 */
export type ModelSubjectSelectionInput = z.input<typeof modelSubjectSelectionInputSchema>;

/** {@link checkModelSubjectSelection} の判定。 */
export interface ModelSubjectSelectionDecision {
  /** 要領どおりの選定か（error の指摘がない）。 */
  readonly valid: boolean;
  /** 要支援状態区分ごとの人数。 */
  readonly counts: { readonly support1: number; readonly support2: number; readonly other: number };
  /** 対象者ごとの新規申請から選定までの日数（どちらかの日付がなければ null）。 */
  readonly daysSinceNewApplication: readonly (number | null)[];
}

/** 選定した対象者1人（検証済みの入力）。 */
type SelectedSubject = z.output<typeof selectedSubjectSchema>;

/** 選定の確認で集める指摘・不足入力と、区分ごとの人数。 */
interface SelectionTally {
  readonly findings: Finding[];
  readonly missing: MissingInput[];
  readonly counts: { support1: number; support2: number; other: number };
  unknownLevels: number;
}

/** 1a. 要支援状態区分を数える（要支援１・２以外は対象外の error、未入力は不足入力）。 */
function countLevel(s: SelectedSubject, i: number, tally: SelectionTally): void {
  if (s.careLevel === undefined) {
    tally.unknownLevels++;
    tally.missing.push({ path: ['subjects', i, 'careLevel'], label: '要介護状態区分等' });
  } else if (s.careLevel === 'support1' || s.careLevel === 'support2') {
    tally.counts[s.careLevel]++;
  } else {
    tally.counts.other++;
    tally.findings.push({
      code: 'selection.levelNotEligible',
      severity: 'error',
      message: `モデル対象者は要支援１・要支援２から選びます（${CARE_LEVEL_LABELS[s.careLevel]}は対象外です）。`,
      path: ['subjects', i, 'careLevel'],
      citation: MODEL_SUBJECT_QUOTA.citation,
    });
  }
}

/** 1b. 承諾（承諾書）と選定の時期を確かめる。 */
function checkConsentAndDate(
  s: SelectedSubject,
  i: number,
  consent: SelectionConsentValue,
  period: DateWindow,
  tally: SelectionTally,
): void {
  if (s.consentObtained === undefined)
    tally.missing.push({
      path: ['subjects', i, 'consentObtained'],
      label: `承諾（${consent.document}）`,
    });
  else if (!s.consentObtained)
    tally.findings.push({
      code: 'selection.noConsent',
      severity: 'error',
      message: `モデル対象者の承諾（${consent.document}）を得ていません。`,
      path: ['subjects', i, 'consentObtained'],
      citation: SELECTION_CONSENT.citation,
    });
  const selectedOn = s.selectedOn as IsoDate | undefined;
  if (selectedOn === undefined) {
    tally.missing.push({ path: ['subjects', i, 'selectedOn'], label: '選定した日' });
    return;
  }
  const w = checkWindow(period, selectedOn);
  if (w.position !== 'inside')
    tally.findings.push({
      code: 'selection.outsidePeriod',
      severity: 'error',
      message: `選定した日がケース選定の時期（${period.from}〜${period.to}）の${w.position === 'before' ? '前' : '後'}です。`,
      path: ['subjects', i, 'selectedOn'],
      citation: CASE_SELECTION_PERIOD.citation,
    });
}

/**
 * 1c. 「直近で担当した新規ケースを中心とする」（推奨）: 新規ケースでなければ warning。新規申請から選定までの日数を
 * 返し、上限（`options.recentCaseMaxDays`）が与えられたときだけ超えたものを warning にする。
 */
function checkRecency(
  s: SelectedSubject,
  i: number,
  maxDays: number | undefined,
  findings: Finding[],
): number | null {
  if (s.isNewCase === false)
    findings.push({
      code: 'selection.notNewCase',
      severity: 'warning',
      message:
        '選定は直近で担当した新規ケースを中心とします。この対象者は新規ケースではありません。',
      path: ['subjects', i, 'isNewCase'],
      citation: RECENT_CASE,
    });
  const applied = s.newApplicationDate as IsoDate | undefined;
  const selectedOn = s.selectedOn as IsoDate | undefined;
  const days =
    applied !== undefined && selectedOn !== undefined
      ? differenceInDays(selectedOn, applied)
      : null;
  if (days !== null && days < 0)
    findings.push({
      code: 'selection.applicationAfterSelection',
      severity: 'error',
      message: '新規申請の日が選定した日より後です。',
      path: ['subjects', i, 'newApplicationDate'],
    });
  else if (maxDays !== undefined && days !== null && days > maxDays)
    findings.push({
      code: 'selection.notRecent',
      severity: 'warning',
      message: `新規申請から選定まで${days}日で、指定された上限（${maxDays}日）を超えています。できるだけ経過の短い対象者を選定します。`,
      path: ['subjects', i, 'newApplicationDate'],
      citation: RECENT_CASE,
    });
  else if (maxDays !== undefined && days === null && s.isNewCase !== false)
    findings.push({
      code: 'selection.recencyUnknown',
      severity: 'info',
      message: '新規申請の日か選定した日がないため、経過の短さを確かめられません。',
      path: ['subjects', i],
      citation: RECENT_CASE,
    });
  return days;
}

/** 2. 要支援１・２の人数を定め（1名ずつ）と比べる。区分の分からない対象者はどちらにも数えうる。 */
function checkQuota(quota: ModelSubjectQuotaValue, tally: SelectionTally): void {
  for (const level of ['support1', 'support2'] as const) {
    const expected = quota[level];
    const label = CARE_LEVEL_LABELS[level];
    const count = tally.counts[level];
    if (count > expected)
      tally.findings.push({
        code: 'selection.duplicateLevel',
        severity: 'error',
        message: `${label}のモデル対象者が${count}名です（${expected}名を選定します）。`,
        path: ['subjects'],
        citation: MODEL_SUBJECT_QUOTA.citation,
      });
    else if (count + tally.unknownLevels < expected)
      tally.findings.push({
        code: 'selection.missingLevel',
        severity: 'error',
        message: `${label}のモデル対象者が${count === 0 ? 'いません' : `${count}名です`}（${expected}名を選定します）。`,
        path: ['subjects'],
        citation: MODEL_SUBJECT_QUOTA.citation,
      });
  }
}

/**
 * 介護支援専門員1人のモデル対象者の選定を確かめる: 要支援１・要支援２から1名ずつ（不足・重複・対象外の区分は error）、
 * 各対象者の承諾（承諾書。得ていなければ error）、選定の時期（令和6年5月中。外れれば error）。
 * 「直近で担当した新規ケースを中心とする」は推奨なので、新規ケースでない対象者は warning。
 * 「直近」「できるだけ経過が短い」に要領は数値を定めていないため、日数の上限は呼び出し側が `options.recentCaseMaxDays`
 * で与えたときだけ確かめる（既定値なし。与えなければ新規申請からの日数を判定に載せるだけ）。
 * 区分・承諾・選定日が分からない対象者があり、ほかに error がなければ判定不能（`undetermined`）。
 *
 * @source asago-ikiiki-2024 ２ 事業概要、５ 実施手順と役割 準備 ◎ケース選定
 * @example
 * ```ts
 * checkModelSubjectSelection(
 *   {
 *     subjects: [
 *       { careLevel: 'support1', selectedOn: '2024-05-15', consentObtained: true, isNewCase: true },
 *       { careLevel: 'support2', selectedOn: '2024-05-20', consentObtained: true, isNewCase: true },
 *     ],
 *   },
 *   { referenceDate: '2024-05-31' },
 * ).decision?.valid; // => true
 * ```
 */
export const checkModelSubjectSelection = defineRule({
  id: 'asago.modelSubjectSelection',
  title: 'モデル対象者の選定（要支援１・２から1名ずつ）',
  description:
    '介護支援専門員1人のモデル対象者の選定が、要支援１・２から1名ずつ、承諾あり、令和6年5月中かを確かめる。新規ケースでない対象者は warning。',
  sources: [
    cite(ASAGO_DOCUMENT_ID, '２ 事業概要'),
    cite(ASAGO_DOCUMENT_ID, '５ 実施手順と役割 準備 ◎ケース選定'),
  ],
  input: ruleInput(modelSubjectSelectionInputSchema),
  parameters: [MODEL_SUBJECT_QUOTA, CASE_SELECTION_PERIOD, SELECTION_CONSENT],
  examples: [
    {
      title: '要領どおりの選定',
      input: {
        subjects: [
          {
            careLevel: 'support1',
            selectedOn: '2024-05-15',
            consentObtained: true,
            isNewCase: true,
          },
          {
            careLevel: 'support2',
            selectedOn: '2024-05-20',
            consentObtained: true,
            isNewCase: true,
          },
        ],
      },
      context: { referenceDate: '2024-05-31' },
      expect: {
        status: 'decided',
        decision: { valid: true, counts: { support1: 1, support2: 1, other: 0 } },
      },
    },
    {
      title: '要支援１が2名、要支援２なし、承諾未確認',
      input: {
        subjects: [
          { careLevel: 'support1', selectedOn: '2024-05-15', consentObtained: true },
          { careLevel: 'support1', selectedOn: '2024-05-16' },
        ],
      },
      context: { referenceDate: '2024-05-31' },
      expect: {
        status: 'decided',
        decision: { valid: false, counts: { support1: 2, support2: 0, other: 0 } },
      },
    },
    {
      title: '新規申請から120日（上限90日を指定）',
      input: {
        subjects: [
          {
            careLevel: 'support1',
            selectedOn: '2024-05-15',
            consentObtained: true,
            isNewCase: true,
            newApplicationDate: '2024-01-16',
          },
          {
            careLevel: 'support2',
            selectedOn: '2024-05-20',
            consentObtained: true,
            isNewCase: true,
          },
        ],
        options: { recentCaseMaxDays: 90 },
      },
      context: { referenceDate: '2024-05-31' },
      expect: {
        status: 'decided',
        decision: { valid: true, daysSinceNewApplication: [120, null] },
      },
    },
  ],
  evaluate: (data, env): RuleOutcome<ModelSubjectSelectionDecision> => {
    const quota = env.value(MODEL_SUBJECT_QUOTA);
    const period = env.value(CASE_SELECTION_PERIOD);
    const consent = env.value(SELECTION_CONSENT);
    const maxDays = data.options?.recentCaseMaxDays;
    const tally: SelectionTally = {
      findings: [],
      missing: [],
      counts: { support1: 0, support2: 0, other: 0 },
      unknownLevels: 0,
    };
    // 1. Each subject: care level, consent, selection date, recency.
    const daysSinceNewApplication = data.subjects.map((s, i) => {
      countLevel(s, i, tally);
      checkConsentAndDate(s, i, consent, period, tally);
      return checkRecency(s, i, maxDays, tally.findings);
    });
    checkQuota(quota, tally);
    const errors = tally.findings.some((f) => f.severity === 'error');
    env.trace({
      kind: 'condition',
      code: 'selection.valid',
      label: '選定に問題（error）がないか',
      outcome: !errors,
    });
    const { findings, missing, counts } = tally;
    // 3. Decided when something is wrong, or when nothing needed is missing.
    if (!errors && missing.length > 0) return { findings, missing };
    return { decision: { valid: !errors, counts, daysSinceNewApplication }, findings, missing };
  },
});
