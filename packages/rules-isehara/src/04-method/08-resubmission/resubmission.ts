import {
  checkDocumentSet,
  cite,
  defineParameter,
  defineRule,
  firstDayOfYearMonth,
} from '@kaigo/core';
import type {
  Citation,
  DeadlineRule,
  Finding,
  IsoDate,
  MissingInput,
  RuleEnv,
  YearMonth,
} from '@kaigo/core';
import {
  booleanField,
  dateField,
  enumField,
  ruleInput,
  withMeta,
  yearMonthField,
} from '@kaigo/forms';
import * as z from 'zod';
import { ISEHARA_DOCUMENT, ISEHARA_FROM } from '../../document';
import { monthlySteps, resubmissionDeadline } from '../03-flow/parameters';
import type { ResubmissionDeadlineDefinition } from '../03-flow/parameters';

/** 再提出書類の種類の id。 */
export const RESUBMISSION_KINDS = [
  'carePlanTable1',
  'carePlanTable2',
  'carePlanTable3',
  'selfCheckSheet',
  'carePlanPoints',
  'questionnaire',
] as const;

/** 再提出書類の種類。 */
export type ResubmissionKind = (typeof RESUBMISSION_KINDS)[number];

/** 再提出書類1種類の定義。 */
export interface ResubmissionItem {
  /** 種類の id。 */
  readonly kind: ResubmissionKind;
  /** 書類名。 */
  readonly label: string;
  /** 原文の番号（①〜④）。 */
  readonly item: string;
  /** 利用者等の署名押印済のコピーであること。 */
  readonly signedCopyRequired: boolean;
  /** 原文の注記。 */
  readonly note?: string;
}

/**
 * ケアプラン点検（面談）後に作成したケアプランの提出（再提出）の書類。①「第１表から第３表まで」は表ごとに分けて数える。
 *
 * @source isehara-tenken-2024 ４（８）
 */
export const resubmissionDocuments = defineParameter<readonly ResubmissionItem[]>({
  id: 'isehara.resubmission.documents',
  description: 'ケアプラン点検（面談）後の再提出書類の一覧',
  citation: cite(
    ISEHARA_DOCUMENT,
    '４（８）',
    'ケアプラン点検（面談）後に作成したケアプランの提出（再提出）',
  ),
  values: [
    {
      from: ISEHARA_FROM,
      value: [
        {
          kind: 'carePlanTable1',
          label: '居宅サービス計画書（第１表）',
          item: '①',
          signedCopyRequired: true,
          note: '利用者等の署名押印済のコピー',
        },
        {
          kind: 'carePlanTable2',
          label: '居宅サービス計画書（第２表）',
          item: '①',
          signedCopyRequired: true,
          note: '利用者等の署名押印済のコピー',
        },
        {
          kind: 'carePlanTable3',
          label: '居宅サービス計画書（第３表）',
          item: '①',
          signedCopyRequired: true,
          note: '利用者等の署名押印済のコピー',
        },
        { kind: 'selfCheckSheet', label: '自己チェック表', item: '②', signedCopyRequired: false },
        {
          kind: 'carePlanPoints',
          label: 'ケアプラン作成のポイント',
          item: '③',
          signedCopyRequired: false,
          note: 'ケアプラン点検結果と一緒に送付したものを使用する',
        },
        { kind: 'questionnaire', label: 'アンケート', item: '④', signedCopyRequired: false },
      ],
    },
  ],
  reading:
    '「（利用者等の署名押印済のコピー）」は①の第１表から第３表までのすべてに掛かると読む（文字どおり）。' +
    '別の読み: 署名欄のある第１表だけに掛かる。変えるときは `signedCopyRequired` を変える。',
});

/** 再提出書類1通。 */
export interface ResubmissionDocument {
  /** 書類の種類。 */
  readonly kind: ResubmissionKind;
  /** 利用者等の署名押印済のコピーか（居宅サービス計画書のみ）。 */
  readonly signedCopy?: boolean | undefined;
}

/** 再提出書類1通のスキーマ。 */
export const resubmissionDocumentSchema: z.ZodType<ResubmissionDocument> = z.strictObject({
  kind: enumField(RESUBMISSION_KINDS, { label: '書類の種類' }),
  signedCopy: booleanField({ label: '利用者等の署名押印済のコピーか' }).optional(),
});

/** 再提出の判定の入力。面談月と提出日があれば、時期も示す。 */
export interface ResubmissionInput {
  /** 提出する書類。 */
  readonly documents: readonly ResubmissionDocument[];
  /** 面談月（YYYY-MM、任意）。 */
  readonly interviewMonth?: string | undefined;
  /** 提出日（任意）。 */
  readonly submittedOn?: string | undefined;
}

/** 再提出の判定の入力のスキーマ。 */
export const resubmissionInputSchema: z.ZodType<ResubmissionInput> = z.strictObject({
  documents: withMeta(z.array(resubmissionDocumentSchema).max(100), { label: '提出書類' }),
  interviewMonth: yearMonthField({ label: '面談月' }).optional(),
  submittedOn: dateField({ label: '提出日' }).optional(),
});

/** 再提出の時期（面談月と提出日があるとき）。 */
export interface ResubmissionTiming {
  /** ４（８）の期限（面談月の翌月末日、目安）。 */
  readonly section48Deadline: IsoDate;
  /** 月次スケジュールの予定日（翌々月25日頃）。 */
  readonly monthlyTableDate: IsoDate;
  /** ４（８）の期限より後か。 */
  readonly afterSection48: boolean;
  /** 月次スケジュールの予定日より後か。 */
  readonly afterMonthlyTable: boolean;
}

/** 再提出の判定。 */
export interface ResubmissionCheck {
  /** 書類がそろっているか。 */
  readonly complete: boolean;
  /** 提出されていない書類の種類。 */
  readonly missingKinds: readonly ResubmissionKind[];
  /** 署名押印済のコピーでない書類の添字。 */
  readonly notSignedCopies: readonly number[];
  /** 時期（面談月と提出日があるとき）。 */
  readonly timing?: ResubmissionTiming;
}

/** 再提出書類の節（４（８）①〜④）の引用。 */
function itemCitation(item: ResubmissionItem): Citation {
  return cite(ISEHARA_DOCUMENT, `４（８）${item.item}`, item.note);
}

/** 署名押印済のコピーでなければならない計画書を見て、コピーでないもの（error）と未入力のもの（未決）を挙げる。 */
function checkSignedCopies(
  list: readonly ResubmissionItem[],
  docs: readonly ResubmissionDocument[],
): { notSignedCopies: number[]; findings: Finding[]; missing: MissingInput[] } {
  const out = {
    notSignedCopies: [] as number[],
    findings: [] as Finding[],
    missing: [] as MissingInput[],
  };
  docs.forEach((d, i) => {
    const item = list.find((x) => x.kind === d.kind);
    if (!item?.signedCopyRequired) return;
    if (d.signedCopy === undefined)
      out.missing.push({
        path: ['documents', i, 'signedCopy'],
        label: `${item.label}が署名押印済のコピーか`,
      });
    else if (!d.signedCopy) {
      out.notSignedCopies.push(i);
      out.findings.push({
        code: 'isehara.resubmission.notSignedCopy',
        severity: 'error',
        message: `${item.label}は利用者等の署名押印済のコピーを提出してください。`,
        path: ['documents', i, 'signedCopy'],
        citation: itemCitation(item),
      });
    }
  });
  return out;
}

/** 面談月と提出日から、２つの記述の期限と、過ぎているか（目安を含むので warning）を求める。 */
function checkTiming(
  interviewMonth: string,
  submittedOn: IsoDate,
  tableTiming: DeadlineRule,
  section48: ResubmissionDeadlineDefinition,
  env: RuleEnv,
): { timing: ResubmissionTiming; findings: Finding[] } {
  const first = firstDayOfYearMonth(interviewMonth as YearMonth);
  const section48Deadline = env.deadline('４（８）の再提出の期限', section48.timing, first);
  const monthlyTableDate = env.deadline('月次スケジュール 5 の再提出の予定日', tableTiming, first);
  const timing: ResubmissionTiming = {
    section48Deadline,
    monthlyTableDate,
    afterSection48: submittedOn > section48Deadline,
    afterMonthlyTable: submittedOn > monthlyTableDate,
  };
  env.trace({
    kind: 'condition',
    code: 'isehara.resubmission.afterSection48',
    label: '提出日が４（８）の期限より後か',
    outcome: timing.afterSection48,
  });
  env.trace({
    kind: 'condition',
    code: 'isehara.resubmission.afterMonthlyTable',
    label: '提出日が月次スケジュールの予定日より後か',
    outcome: timing.afterMonthlyTable,
  });
  const findings: Finding[] = [];
  if (timing.afterSection48)
    findings.push({
      code: 'isehara.resubmission.afterSection48',
      severity: 'warning',
      message: `提出日が４（８）の期限（事業所面談の翌月まで、${section48Deadline}）より後です。`,
      path: ['submittedOn'],
      citation: resubmissionDeadline.citation,
    });
  if (timing.afterMonthlyTable)
    findings.push({
      code: 'isehara.resubmission.afterMonthlyTable',
      severity: 'warning',
      message: `提出日が月次スケジュールの予定（翌々月25日頃、${monthlyTableDate}）より後です。`,
      path: ['submittedOn'],
      citation: cite(ISEHARA_DOCUMENT, '４（３）月次スケジュール 5', '翌々月25日頃'),
    });
  return { timing, findings };
}

/** 例の書類一式（すべてそろっていて、署名押印済のコピー）。 */
const completeResubmission = [
  { kind: 'carePlanTable1', signedCopy: true },
  { kind: 'carePlanTable2', signedCopy: true },
  { kind: 'carePlanTable3', signedCopy: true },
  { kind: 'selfCheckSheet' },
  { kind: 'carePlanPoints' },
  { kind: 'questionnaire' },
];

/**
 * ケアプラン点検（面談）後に作成したケアプランの提出（再提出）の書類がそろっているか: ①居宅サービス計画書
 * 第１表〜第３表（利用者等の署名押印済のコピー）、②自己チェック表、③ケアプラン作成のポイント（点検結果と一緒に
 * 送付したもの）、④アンケート。ない書類、署名押印済のコピーでない計画書を error とし、署名押印済か未入力の計画書は
 * 未決（`missing`）。ない書類があれば未決の項目があっても不備と判定する。
 *
 * 面談月と提出日を渡すと時期も示す。再提出の時期は原文に2つの記述（４（８）「事業所面談の翌月（約1カ月後）までに」と
 * 月次スケジュール「翌々月25日頃」）があり、どちらも目安を含むので、過ぎていれば error ではなく warning とする。
 *
 * @source isehara-tenken-2024 ４（８）
 * @source isehara-tenken-2024 ４（３）月次スケジュール 5
 * @example
 * ```ts
 * checkResubmission(
 *   {
 *     documents: [
 *       { kind: 'carePlanTable1', signedCopy: true },
 *       { kind: 'carePlanTable2', signedCopy: true },
 *       { kind: 'carePlanTable3', signedCopy: true },
 *       { kind: 'selfCheckSheet' },
 *       { kind: 'carePlanPoints' },
 *     ],
 *   },
 *   { referenceDate: '2024-08-20' },
 * ).decision?.missingKinds; // => ['questionnaire']
 * ```
 */
export const checkResubmission = defineRule<ResubmissionInput, ResubmissionCheck>({
  id: 'isehara.resubmission',
  title: '点検（面談）後のケアプランの再提出',
  sources: [
    cite(ISEHARA_DOCUMENT, '４（８）'),
    cite(ISEHARA_DOCUMENT, '４（３）月次スケジュール 5', '翌々月25日頃'),
  ],
  input: ruleInput(resubmissionInputSchema, { unknownKeyPath: 'parent' }),
  parameters: [resubmissionDocuments, monthlySteps, resubmissionDeadline],
  examples: [
    {
      title: 'そろっていて期限内',
      input: {
        documents: completeResubmission,
        interviewMonth: '2024-07',
        submittedOn: '2024-08-20',
      },
      context: { referenceDate: '2024-08-20' },
      expect: {
        status: 'decided',
        decision: {
          complete: true,
          timing: { section48Deadline: '2024-08-31', afterSection48: false },
        },
      },
    },
    {
      title: 'アンケートなし、署名押印のないコピー',
      input: {
        documents: [
          { kind: 'carePlanTable1', signedCopy: false },
          ...completeResubmission.slice(1, 5),
        ],
      },
      context: { referenceDate: '2024-08-20' },
      expect: {
        status: 'decided',
        decision: { complete: false, missingKinds: ['questionnaire'], notSignedCopies: [0] },
      },
    },
  ],
  evaluate: (data, env) => {
    const list = env.value(resubmissionDocuments);
    const steps = env.value(monthlySteps);
    const section48 = env.value(resubmissionDeadline);
    const docs = data.documents;
    // 1. Documents that were not submitted.
    const set = checkDocumentSet(
      list.map((i) => i.kind),
      docs.map((d) => d.kind),
    );
    const findings: Finding[] = set.missing.flatMap((kind): Finding[] => {
      const item = list.find((i) => i.kind === kind);
      if (!item) return [];
      return [
        {
          code: 'isehara.resubmission.missing',
          severity: 'error',
          message: `${item.label}が提出されていません。`,
          path: ['documents'],
          citation: itemCitation(item),
        },
      ];
    });
    // 2. Care plans that must be signed copies.
    const signed = checkSignedCopies(list, docs);
    findings.push(...signed.findings);
    // 3. Timing, only when both the interview month and the submission date are given.
    const tableTiming = steps.find((s) => s.id === 'resubmission')?.timing;
    const timed =
      data.interviewMonth !== undefined && data.submittedOn !== undefined && tableTiming
        ? checkTiming(data.interviewMonth, data.submittedOn as IsoDate, tableTiming, section48, env)
        : undefined;
    if (timed) findings.push(...timed.findings);
    const complete = set.missing.length === 0 && signed.notSignedCopies.length === 0;
    env.trace({
      kind: 'condition',
      code: 'isehara.resubmission.complete',
      label: '再提出の書類がそろい、計画書が署名押印済のコピーか',
      outcome: complete,
    });
    const decision: ResubmissionCheck = {
      complete,
      missingKinds: set.missing,
      notSignedCopies: signed.notSignedCopies,
      ...(timed ? { timing: timed.timing } : {}),
    };
    return {
      ...(!complete || signed.missing.length === 0 ? { decision } : {}),
      findings,
      missing: signed.missing,
    };
  },
});
