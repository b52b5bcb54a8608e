import {
  checkDocumentSet,
  defineParameter,
  firstDayOfYearMonth,
  resolveDeadline,
  resolveParameters,
  ruleResult,
} from '@kaigo/core';
import type { Finding, IsoDate, MissingInput, RuleResult, YearMonth } from '@kaigo/core';
import {
  enumField,
  booleanField,
  dateField,
  prepareRuleInput,
  withMeta,
  yearMonthField,
} from '@kaigo/forms';
import * as z from 'zod';
import { UNKNOWN_KEYS } from '../../internal/inputOptions';
import { ISEHARA_FROM, iseharaCite } from '../../internal/source';
import { monthlySteps, resubmissionDeadline } from '../03-flow/parameters';

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
  citation: iseharaCite('４（８）', 'ケアプラン点検（面談）後に作成したケアプランの提出（再提出）'),
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

const RULE = 'isehara.resubmission';
const SOURCES = [
  iseharaCite('４（８）'),
  iseharaCite('４（３）月次スケジュール 5', '翌々月25日頃'),
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
export function checkResubmission(input: unknown, context: unknown): RuleResult<ResubmissionCheck> {
  const p = prepareRuleInput(resubmissionInputSchema, input, context, UNKNOWN_KEYS);
  if (!p.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: p.findings });
  const params = resolveParameters(p.context.referenceDate, {
    documents: resubmissionDocuments,
    steps: monthlySteps,
    section48: resubmissionDeadline,
  });
  if (!params.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: params.findings });
  const { documents: list, steps, section48 } = params.values;
  const docs = p.data.documents;
  const findings: Finding[] = [];
  const missing: MissingInput[] = [];

  const set = checkDocumentSet(
    list.map((i) => i.kind),
    docs.map((d) => d.kind),
  );
  for (const kind of set.missing) {
    const item = list.find((i) => i.kind === kind);
    if (!item) continue;
    findings.push({
      code: 'isehara.resubmission.missing',
      severity: 'error',
      message: `${item.label}が提出されていません。`,
      path: ['documents'],
      citation: iseharaCite(`４（８）${item.item}`, item.note),
    });
  }
  const notSignedCopies: number[] = [];
  docs.forEach((d, i) => {
    const item = list.find((x) => x.kind === d.kind);
    if (!item?.signedCopyRequired) return;
    if (d.signedCopy === undefined)
      missing.push({
        path: ['documents', i, 'signedCopy'],
        label: `${item.label}が署名押印済のコピーか`,
      });
    else if (!d.signedCopy) {
      notSignedCopies.push(i);
      findings.push({
        code: 'isehara.resubmission.notSignedCopy',
        severity: 'error',
        message: `${item.label}は利用者等の署名押印済のコピーを提出してください。`,
        path: ['documents', i, 'signedCopy'],
        citation: iseharaCite(`４（８）${item.item}`, item.note),
      });
    }
  });

  let timing: ResubmissionTiming | undefined;
  const tableDef = steps.find((s) => s.id === 'resubmission');
  if (p.data.interviewMonth !== undefined && p.data.submittedOn !== undefined && tableDef?.timing) {
    const first = firstDayOfYearMonth(p.data.interviewMonth as YearMonth);
    const submittedOn = p.data.submittedOn as IsoDate;
    const section48Deadline = resolveDeadline(section48.timing, first);
    const monthlyTableDate = resolveDeadline(tableDef.timing, first);
    timing = {
      section48Deadline,
      monthlyTableDate,
      afterSection48: submittedOn > section48Deadline,
      afterMonthlyTable: submittedOn > monthlyTableDate,
    };
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
        citation: iseharaCite('４（３）月次スケジュール 5', '翌々月25日頃'),
      });
  }

  const complete = set.missing.length === 0 && notSignedCopies.length === 0;
  const decision: ResubmissionCheck = {
    complete,
    missingKinds: set.missing,
    notSignedCopies,
    ...(timing ? { timing } : {}),
  };
  return ruleResult({
    rule: RULE,
    sources: SOURCES,
    ...(!complete || missing.length === 0 ? { decision } : {}),
    findings,
    missing,
    parameters: params.uses,
  });
}
