import { cite, defineParameter, defineRule } from '@kaigo/core';
import type { Finding, MissingInput } from '@kaigo/core';
import { enumField, ruleInput, textField, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { ISEHARA_DOCUMENT, ISEHARA_FROM } from '../../document';

/**
 * ケアマネジャー等1人あたりの提出ケース数「１人につき１ケースを提出する」。
 *
 * @source isehara-tenken-2024 ４（４）1
 */
export const casesPerCareManager = defineParameter<number>({
  id: 'isehara.cases.perCareManager',
  description: 'ケアマネジャー等1人あたりの提出ケース数',
  unit: 'ケース/人',
  citation: cite(ISEHARA_DOCUMENT, '４（４）1', 'ケアマネジャー等１人につき１ケースを提出する。'),
  values: [{ from: ISEHARA_FROM, value: 1 }],
});

/** ケースを選定する者。 */
export const CASE_SELECTORS = ['city', 'careManager', 'office', 'other'] as const;

/**
 * ケース（利用者）を選定する者「ケース（利用者）の選定は伊勢原市が行う」。
 *
 * @source isehara-tenken-2024 ４（４）2
 */
export const caseSelector = defineParameter<CaseSelector>({
  id: 'isehara.cases.selector',
  description: 'ケース（利用者）を選定する者',
  citation: cite(ISEHARA_DOCUMENT, '４（４）2', 'ケース（利用者）の選定は伊勢原市が行う。'),
  values: [{ from: ISEHARA_FROM, value: 'city' }],
});

/** ケースを選定した者。 */
export type CaseSelector = (typeof CASE_SELECTORS)[number];

/** 点検ケース1件。ケアマネジャーは仮名の参照（社内 id など）で表し、氏名を入れない。 */
export interface AuditCase {
  /** 担当ケアマネジャーの参照（仮名の id）。 */
  readonly careManagerRef: string;
  /** ケースを選定した者（`city` 伊勢原市、`careManager`、`office`、`other`）。不明なら省略。 */
  readonly selectedBy?: CaseSelector | undefined;
}

/** 点検ケース1件のスキーマ。 */
export const auditCaseSchema: z.ZodType<AuditCase> = z.strictObject({
  careManagerRef: textField({ label: '担当ケアマネジャーの参照' }, 100),
  selectedBy: enumField(CASE_SELECTORS, { label: 'ケースを選定した者' }).optional(),
});

/** 対象ケースの判定の入力。 */
export interface CaseAssignmentInput {
  /** 点検ケースの一覧。 */
  readonly cases: readonly AuditCase[];
  /** 点検対象のケアマネジャーの参照の一覧（任意）。渡すと、ケースのないケアマネジャーも指摘する。 */
  readonly careManagers?: readonly string[] | undefined;
}

/** 対象ケースの判定の入力のスキーマ。 */
export const caseAssignmentInputSchema: z.ZodType<CaseAssignmentInput> = z.strictObject({
  cases: withMeta(z.array(auditCaseSchema).max(2000), { label: '点検ケース' }),
  careManagers: withMeta(z.array(textField({ label: 'ケアマネジャーの参照' }, 100)).max(2000), {
    label: '点検対象のケアマネジャー',
  }).optional(),
});

/** 対象ケースの判定。 */
export interface CaseAssignmentCheck {
  /** 規定どおりか（1人1ケース、市が選定）。 */
  readonly ok: boolean;
  /** 規定の件数を超えたケースの添字。 */
  readonly excessCases: readonly number[];
  /** 市以外が選定したケースの添字。 */
  readonly notSelectedByCity: readonly number[];
  /** ケースのないケアマネジャーの添字（`careManagers` の添字）。 */
  readonly careManagersWithoutCase: readonly number[];
}

/** ケースごとの判定の結果（件数の超過と選定者）。 */
interface CaseChecks {
  readonly excessCases: number[];
  readonly notSelectedByCity: number[];
  readonly findings: Finding[];
  readonly missing: MissingInput[];
  /** ケースのあるケアマネジャーの参照（件数つき）。結果には出さない。 */
  readonly seen: Map<string, number>;
}

/** ケースを順に見て、同じケアマネジャーの規定を超えたケースと、市以外が選定したケースを挙げる。 */
function checkCases(
  cases: readonly AuditCase[],
  perCm: number,
  selector: CaseSelector,
): CaseChecks {
  const out: CaseChecks = {
    excessCases: [],
    notSelectedByCity: [],
    findings: [],
    missing: [],
    seen: new Map(),
  };
  cases.forEach((c, i) => {
    const n = (out.seen.get(c.careManagerRef) ?? 0) + 1;
    out.seen.set(c.careManagerRef, n);
    if (n > perCm) {
      out.excessCases.push(i);
      out.findings.push({
        code: 'isehara.cases.moreThanAllowed',
        severity: 'error',
        message: `同じケアマネジャーのケースが${perCm}件を超えています（１人につき${perCm}ケース）。`,
        path: ['cases', i],
        citation: casesPerCareManager.citation,
      });
    }
    if (c.selectedBy === undefined)
      out.missing.push({ path: ['cases', i, 'selectedBy'], label: 'ケースを選定した者' });
    else if (c.selectedBy !== selector) {
      out.notSelectedByCity.push(i);
      out.findings.push({
        code: 'isehara.cases.notSelectedByCity',
        severity: 'error',
        message: 'ケース（利用者）の選定は伊勢原市が行います。',
        path: ['cases', i, 'selectedBy'],
        citation: caseSelector.citation,
      });
    }
  });
  return out;
}

/**
 * 点検ケースの一覧が「ケアマネジャー等１人につき１ケース」「ケース（利用者）の選定は伊勢原市が行う」に合うか。
 * 同じケアマネジャーの2件目以降、市以外が選定したケース、（`careManagers` を渡したとき）ケースのない
 * ケアマネジャーを error として指摘する。選定者が未入力のケースは未決（`missing`）。メッセージに参照値は含めない（添字で示す）。
 *
 * @source isehara-tenken-2024 ４（４）
 * @example
 * ```ts
 * checkCaseAssignment(
 *   { cases: [{ careManagerRef: 'cm-01', selectedBy: 'city' }, { careManagerRef: 'cm-01', selectedBy: 'city' }] },
 *   { referenceDate: '2024-04-08' },
 * ).decision?.excessCases; // => [1]
 * ```
 */
export const checkCaseAssignment = defineRule<CaseAssignmentInput, CaseAssignmentCheck>({
  id: 'isehara.caseAssignment',
  title: '対象ケース（１人１ケース、市が選定）',
  sources: [cite(ISEHARA_DOCUMENT, '４（４）', '対象ケース等')],
  input: ruleInput(caseAssignmentInputSchema, { unknownKeyPath: 'parent' }),
  parameters: [casesPerCareManager, caseSelector],
  examples: [
    {
      title: '2人に1件ずつ',
      input: {
        cases: [
          { careManagerRef: 'cm-001', selectedBy: 'city' },
          { careManagerRef: 'cm-002', selectedBy: 'city' },
        ],
        careManagers: ['cm-001', 'cm-002'],
      },
      context: { referenceDate: '2024-04-08' },
      expect: { status: 'decided', decision: { ok: true } },
    },
    {
      title: '同じケアマネジャーに2件',
      input: {
        cases: [
          { careManagerRef: 'cm-001', selectedBy: 'city' },
          { careManagerRef: 'cm-001', selectedBy: 'office' },
        ],
      },
      context: { referenceDate: '2024-04-08' },
      expect: {
        status: 'decided',
        decision: { ok: false, excessCases: [1], notSelectedByCity: [1] },
      },
    },
  ],
  evaluate: (data, env) => {
    const perCm = env.value(casesPerCareManager);
    const selector = env.value(caseSelector);
    // 1. Each case: the count per care manager and who selected it.
    const { excessCases, notSelectedByCity, findings, missing, seen } = checkCases(
      data.cases,
      perCm,
      selector,
    );
    // 2. Care managers of the list without any case (only when the list is given).
    const careManagersWithoutCase: number[] = [];
    data.careManagers?.forEach((ref, j) => {
      if (seen.has(ref)) return;
      careManagersWithoutCase.push(j);
      findings.push({
        code: 'isehara.cases.noCase',
        severity: 'error',
        message: `ケースのないケアマネジャーがいます（１人につき${perCm}ケースを提出）。`,
        path: ['careManagers', j],
        citation: casesPerCareManager.citation,
      });
    });
    // 3. Counts only in the trace: the references themselves are identifiers.
    env.trace({
      kind: 'condition',
      code: 'isehara.cases.excess',
      label: '１人あたりの件数を超えたケースの数',
      outcome: excessCases.length,
    });
    env.trace({
      kind: 'condition',
      code: 'isehara.cases.notSelectedByCity',
      label: '市以外が選定したケースの数',
      outcome: notSelectedByCity.length,
    });
    env.trace({
      kind: 'condition',
      code: 'isehara.cases.careManagersWithoutCase',
      label: 'ケースのないケアマネジャーの数',
      outcome: careManagersWithoutCase.length,
    });
    const ok =
      excessCases.length === 0 &&
      notSelectedByCity.length === 0 &&
      careManagersWithoutCase.length === 0;
    return {
      ...(!ok || missing.length === 0
        ? { decision: { ok, excessCases, notSelectedByCity, careManagersWithoutCase } }
        : {}),
      findings,
      missing,
    };
  },
});
