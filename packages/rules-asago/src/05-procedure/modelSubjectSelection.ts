import type {
  DateWindow,
  Finding,
  IsoDate,
  MissingInput,
  RuleDescriptor,
  RuleResult,
} from '@kaigo/core';
import {
  CARE_LEVEL_LABELS,
  CARE_LEVELS,
  checkWindow,
  defineParameter,
  differenceInDays,
  isoDate,
  ruleResult,
} from '@kaigo/core';
import type { CareLevel } from '@kaigo/core';
import { booleanField, countField, dateField, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { ASAGO_GUIDELINE_DATE, asagoCite } from '../internal/citation';
import { prepare, resolveAll } from '../internal/prepare';

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
  citation: asagoCite(
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
  citation: asagoCite('５ 実施手順と役割 準備 ◎ケース選定', 'ケース選定（令和 6年 5月中）'),
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
  citation: asagoCite(
    '５ 実施手順と役割 準備 ◎ケース選定',
    '介護支援専門員が、モデル対象者に選定した利用者へ承諾をもらう。※承諾書は事務局で準備します',
  ),
  values: [
    { from: isoDate(ASAGO_GUIDELINE_DATE), value: { document: '承諾書', preparedBy: '事務局' } },
  ],
});

const RECENT_CASE = asagoCite(
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

const RULE = 'asago.modelSubjectSelection';
const SOURCES = [asagoCite('２ 事業概要'), asagoCite('５ 実施手順と役割 準備 ◎ケース選定')];

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
export function checkModelSubjectSelection(
  input: unknown,
  context: unknown,
): RuleResult<ModelSubjectSelectionDecision> {
  const p = prepare(RULE, SOURCES, modelSubjectSelectionInputSchema, input, context);
  if (!p.ok) return p.result;
  const params = resolveAll(RULE, SOURCES, p.context.referenceDate, {
    quota: MODEL_SUBJECT_QUOTA,
    period: CASE_SELECTION_PERIOD,
    consent: SELECTION_CONSENT,
  });
  if (!params.ok) return params.result;
  const { quota, period, consent } = params.values;
  const subjects = p.data.subjects;
  const maxDays = p.data.options?.recentCaseMaxDays;
  const findings: Finding[] = [];
  const missing: MissingInput[] = [];
  const counts = { support1: 0, support2: 0, other: 0 };
  let unknownLevels = 0;
  const daysSinceNewApplication: (number | null)[] = [];

  subjects.forEach((s, i) => {
    if (s.careLevel === undefined) {
      unknownLevels++;
      missing.push({ path: ['subjects', i, 'careLevel'], label: '要介護状態区分等' });
    } else if (s.careLevel === 'support1' || s.careLevel === 'support2') {
      counts[s.careLevel]++;
    } else {
      counts.other++;
      findings.push({
        code: 'selection.levelNotEligible',
        severity: 'error',
        message: `モデル対象者は要支援１・要支援２から選びます（${CARE_LEVEL_LABELS[s.careLevel]}は対象外です）。`,
        path: ['subjects', i, 'careLevel'],
        citation: MODEL_SUBJECT_QUOTA.citation,
      });
    }
    if (s.consentObtained === undefined)
      missing.push({
        path: ['subjects', i, 'consentObtained'],
        label: `承諾（${consent.document}）`,
      });
    else if (!s.consentObtained)
      findings.push({
        code: 'selection.noConsent',
        severity: 'error',
        message: `モデル対象者の承諾（${consent.document}）を得ていません。`,
        path: ['subjects', i, 'consentObtained'],
        citation: SELECTION_CONSENT.citation,
      });
    const selectedOn = s.selectedOn as IsoDate | undefined;
    if (selectedOn === undefined)
      missing.push({ path: ['subjects', i, 'selectedOn'], label: '選定した日' });
    else {
      const w = checkWindow(period, selectedOn);
      if (w.position !== 'inside')
        findings.push({
          code: 'selection.outsidePeriod',
          severity: 'error',
          message: `選定した日がケース選定の時期（${period.from}〜${period.to}）の${w.position === 'before' ? '前' : '後'}です。`,
          path: ['subjects', i, 'selectedOn'],
          citation: CASE_SELECTION_PERIOD.citation,
        });
    }
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
    const days =
      applied !== undefined && selectedOn !== undefined
        ? differenceInDays(selectedOn, applied)
        : null;
    daysSinceNewApplication.push(days);
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
  });

  for (const level of ['support1', 'support2'] as const) {
    const expected = quota[level];
    const label = CARE_LEVEL_LABELS[level];
    if (counts[level] > expected)
      findings.push({
        code: 'selection.duplicateLevel',
        severity: 'error',
        message: `${label}のモデル対象者が${counts[level]}名です（${expected}名を選定します）。`,
        path: ['subjects'],
        citation: MODEL_SUBJECT_QUOTA.citation,
      });
    else if (counts[level] + unknownLevels < expected)
      findings.push({
        code: 'selection.missingLevel',
        severity: 'error',
        message: `${label}のモデル対象者が${counts[level] === 0 ? 'いません' : `${counts[level]}名です`}（${expected}名を選定します）。`,
        path: ['subjects'],
        citation: MODEL_SUBJECT_QUOTA.citation,
      });
  }

  const errors = findings.some((f) => f.severity === 'error');
  return ruleResult({
    rule: RULE,
    sources: SOURCES,
    ...(errors || missing.length === 0
      ? { decision: { valid: !errors, counts, daysSinceNewApplication } }
      : {}),
    findings,
    missing,
    parameters: params.uses,
  });
}

/**
 * {@link checkModelSubjectSelection} の記述子。
 *
 * @source asago-ikiiki-2024 ５ 実施手順と役割 準備 ◎ケース選定
 */
export const modelSubjectSelectionRule: RuleDescriptor<ModelSubjectSelectionDecision> = {
  id: RULE,
  title: 'モデル対象者の選定（要支援１・２から1名ずつ）',
  description:
    '介護支援専門員1人のモデル対象者の選定が、要支援１・２から1名ずつ、承諾あり、令和6年5月中かを確かめる。新規ケースでない対象者は warning。',
  sources: SOURCES,
  evaluate: checkModelSubjectSelection,
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
    },
  ],
};
