import { checkDocumentSet, defineRule, isIsoDate } from '@kaigo/core';
import type { DocumentSetCheck, Finding, IsoDate, Rule, RuleEnv, RuleOutcome } from '@kaigo/core';
import { booleanField, dateField, ruleInput, withMeta } from '@kaigo/forms';
import type { KumamotoPlanEvent } from '../../forms/index';
import * as z from 'zod';
import { PLAN_EVENT_LABEL, planEventField } from '../../planEvent';
import { SECTIONS } from '../../sourceDocument';
import {
  EVALUATION_FORM_ID,
  evaluationSheetAtCreate,
  optionalDocuments,
  requiredDocuments,
} from './documentParameters';
import type { RequestedDocument } from './documentParameters';

/** {@link checkDocuments} の入力。 */
export interface DocumentsInput {
  /** 計画の区分（新規作成・更新・変更）。 */
  readonly planEvent?: KumamotoPlanEvent | undefined;
  /** 提出日（YYYY-MM-DD。パラメータの適用日。なければ基準日）。 */
  readonly submittedOn?: string | undefined;
  /** 提出した資料の様式 id。 */
  readonly documents: readonly string[];
  /** ささえりあから経過記録の提出を求められたか。 */
  readonly progressRecordRequested?: boolean | undefined;
}

/** {@link checkDocuments} の入力スキーマ。 */
export const documentsInputSchema: z.ZodType<DocumentsInput> = z.strictObject({
  planEvent: planEventField.optional(),
  submittedOn: dateField({ label: '提出日' }).optional(),
  documents: withMeta(z.array(z.string().max(100)).max(50), {
    label: '提出した資料（様式 id）',
  }),
  progressRecordRequested: booleanField({
    label: 'ささえりあから経過記録の提出を求められたか',
  }).optional(),
});

/** {@link checkDocuments} の判定。 */
export interface DocumentsDecision {
  /** 【必須】の資料がそろっているか。 */
  readonly complete: boolean;
  /** この計画の区分で必須の資料。 */
  readonly required: readonly RequestedDocument[];
  /** 不足している必須の資料。 */
  readonly missing: readonly RequestedDocument[];
  /** 提出された【任意】の資料。 */
  readonly optionalProvided: readonly RequestedDocument[];
  /** 提出を求める資料の一覧にない資料の件数（内容は結果に写さない。位置は指摘に）。 */
  readonly unrequestedCount: number;
  /** 評価表を求めるか（新規作成時はパラメータ `kumamoto.evaluationSheetAtCreate` による）。 */
  readonly evaluationSheetRequired: boolean;
}

type Outcome = RuleOutcome<DocumentsDecision>;

function requiredFor(
  all: readonly RequestedDocument[],
  event: KumamotoPlanEvent,
  evaluationAtCreate: boolean,
): readonly RequestedDocument[] {
  if (event !== 'create' || evaluationAtCreate) return all;
  return all.filter((d) => d.formId !== EVALUATION_FORM_ID);
}

/** その日に有効な資料の一覧と、評価表の読み方。 */
interface DocumentLists {
  readonly all: readonly RequestedDocument[];
  readonly optional: readonly RequestedDocument[];
  readonly evaluationAtCreate: boolean;
}

/** 1. 一覧は提出日（なければ基準日）の値。開始前は専用の指摘にするため、範囲外を例外にしない。 */
function listsOn(on: IsoDate, env: RuleEnv): DocumentLists | undefined {
  const req = env.inForce(requiredDocuments, { at: on });
  const opt = env.inForce(optionalDocuments, { at: on });
  const evalAtCreate = env.inForce(evaluationSheetAtCreate, { at: on });
  if (!req.ok || !opt.ok || !evalAtCreate.ok) return undefined;
  return {
    all: req.value.value,
    optional: opt.value.value,
    evaluationAtCreate: evalAtCreate.value.value,
  };
}

/** 2. 新規作成時に評価表をどう扱ったか（読み方の分かれる箇所なので、どちらでも示す）。 */
function evaluationAtCreateNote(required: boolean): Finding {
  return {
    code: 'documents.evaluationAtCreate',
    severity: 'info',
    message: required
      ? '評価表は【必須】で、資料は新規作成時と更新時を区別していないため、文言どおり新規作成時にも求める読み方（kumamoto.evaluationSheetAtCreate が true）で判定しています。'
      : '【必須】の一覧は評価表（介護予防支援・介護予防ケアマネジメントサービス評価表）を挙げていますが、新規作成時には評価する前回の計画がないため、評価表を求めない読み方で判定しています（新規作成時にも求める文言どおりの読み方は kumamoto.evaluationSheetAtCreate を true）。',
    path: ['planEvent'],
    citation: SECTIONS.requiredDocuments,
  };
}

/** 3. 【任意】の資料: 求めがあったのにない（警告）、求めがないのにある（参考）。 */
function optionalFindings(optional: readonly RequestedDocument[], data: DocumentsInput): Finding[] {
  const findings: Finding[] = [];
  for (const d of optional) {
    const provided = data.documents.includes(d.formId);
    if (data.progressRecordRequested === true && !provided) {
      findings.push({
        code: 'documents.requestedOptionalMissing',
        severity: 'warning',
        message: `ささえりあから求められた「${d.label}」が含まれていません（求めに応じて提出する資料）。`,
        path: ['documents'],
        citation: SECTIONS.optionalDocuments,
      });
    }
    if (provided && data.progressRecordRequested !== true) {
      findings.push({
        code: 'documents.optionalWithoutRequest',
        severity: 'info',
        message: `「${d.label}」は【任意】の資料で、ささえりあの求めに応じて提出するものです。`,
        path: ['documents', data.documents.indexOf(d.formId)],
        citation: SECTIONS.optionalDocuments,
      });
    }
  }
  return findings;
}

/** 4. 求められていない資料（新規作成時の評価表・一覧にない資料・重複）は参考情報。位置だけを示し、値は写さない。 */
function extraFindings(
  check: DocumentSetCheck,
  data: DocumentsInput,
  evaluationSheetRequired: boolean,
): Finding[] {
  const findings: Finding[] = [];
  if (
    data.planEvent === 'create' &&
    !evaluationSheetRequired &&
    data.documents.includes(EVALUATION_FORM_ID)
  ) {
    findings.push({
      code: 'documents.notRequiredHere',
      severity: 'info',
      message:
        'この読み方では、新規作成時の評価表は求められていません（提出は差し支えありません）。',
      path: ['documents', data.documents.indexOf(EVALUATION_FORM_ID)],
      citation: SECTIONS.requiredDocuments,
    });
  }
  for (const id of check.unexpected) {
    findings.push({
      code: 'documents.unrequested',
      severity: 'info',
      message: 'この資料は、提出を求める資料（【必須】【任意】）の一覧にありません。',
      path: ['documents', data.documents.indexOf(id)],
      citation: SECTIONS.method,
    });
  }
  for (const id of check.duplicated) {
    findings.push({
      code: 'documents.duplicated',
      severity: 'info',
      message: '同じ資料が2回以上含まれています。',
      path: ['documents', data.documents.lastIndexOf(id)],
    });
  }
  return findings;
}

/** 5. 必須の資料と提出された資料を照らし合わせる。 */
function compare(
  lists: DocumentLists,
  required: readonly RequestedDocument[],
  data: DocumentsInput,
  env: RuleEnv,
): Outcome {
  const { all, optional } = lists;
  const findings: Finding[] = [];
  const evaluationSheetRequired = required.some((d) => d.formId === EVALUATION_FORM_ID);
  if (data.planEvent === 'create' && all.some((d) => d.formId === EVALUATION_FORM_ID))
    findings.push(evaluationAtCreateNote(evaluationSheetRequired));
  const known = [...all, ...optional];
  const check = checkDocumentSet(
    required.map((d) => d.formId),
    data.documents,
    known.map((d) => d.formId),
  );
  const missing = check.missing.flatMap((id) => known.filter((d) => d.formId === id).slice(0, 1));
  for (const d of missing) {
    findings.push({
      code: 'documents.missing',
      severity: 'error',
      message: `【必須】の資料「${d.label}」がありません。`,
      path: ['documents'],
      citation: SECTIONS.requiredDocuments,
    });
  }
  env.trace({
    kind: 'condition',
    code: 'documents.missingCount',
    label: '不足している【必須】の資料の件数',
    outcome: missing.length,
  });
  findings.push(...optionalFindings(optional, data));
  findings.push(...extraFindings(check, data, evaluationSheetRequired));
  return {
    decision: {
      complete: missing.length === 0,
      required,
      missing,
      optionalProvided: optional.filter((d) => data.documents.includes(d.formId)),
      unrequestedCount: check.unexpected.length,
      evaluationSheetRequired,
    },
    findings,
  };
}

function evaluateDocuments(data: DocumentsInput, env: RuleEnv): Outcome {
  if (data.submittedOn !== undefined && !isIsoDate(data.submittedOn)) {
    return {
      findings: [
        {
          code: 'input.invalid_date',
          severity: 'error',
          message: '提出日: 暦にない日付です。',
          path: ['submittedOn'],
        },
      ],
    };
  }
  const lists = listsOn(data.submittedOn ?? env.referenceDate, env);
  if (lists === undefined) {
    return {
      findings: [
        {
          code: 'documents.beforeStart',
          severity: 'error',
          message:
            '提出日（または基準日）が、この資料の提出の仕組みの開始日（令和６年４月１日）より前です。',
          path: data.submittedOn === undefined ? [] : ['submittedOn'],
          citation: SECTIONS.directContract,
        },
      ],
    };
  }
  const { all, evaluationAtCreate } = lists;
  // 区分が分からなくても、新規作成と更新で必須が同じなら判定できる。
  const forCreate = requiredFor(all, 'create', evaluationAtCreate);
  if (data.planEvent === undefined && forCreate.length !== all.length)
    return { missing: [{ path: ['planEvent'], label: PLAN_EVENT_LABEL }] };
  const required =
    data.planEvent === undefined ? all : requiredFor(all, data.planEvent, evaluationAtCreate);
  return compare(lists, required, data, env);
}

/**
 * ささえりあに提出するケアプラン等の資料がそろっているかを判定する（３（２）≪提出を求める資料≫）。
 *
 * - 【必須】利用者基本情報・基本チェックリスト・介護予防サービス・支援計画書・介護予防支援・介護予防ケアマネジメントサービス評価表。
 *   不足はエラー。
 * - 評価表: 前回の計画の評価なので、既定では更新時（と変更時）に求め、新規作成時には求めない（最初の評価の前には存在しない）。
 *   新規作成時は、【必須】の一覧が評価表を挙げていることと読み方を参考情報（`info`）で示す。資料は新規作成時と更新時を
 *   区別していないので、文言どおり新規作成時にも求める読み方はパラメータ `kumamoto.evaluationSheetAtCreate` を `true` にする。
 * - 【任意】経過記録: ささえりあの求めに応じて提出。求めがあったのに含まれていなければ警告（必須の完備には数えない）。
 * - 一覧にない資料は参考情報（受け付けるが、提出は求められていない）。
 *
 * 資料は様式 id で示す（`national.userBasicInfo`・`national.basicChecklist`・`national.preventionPlan`・
 * `national.preventionEvaluation`・経過記録は `national.carePlan5`）。パラメータの適用日は提出日（なければ基準日）。
 *
 * @source kumamoto-kanyo-2024 ３（２）
 * @source kumamoto-kanyo-2024 ３（２）≪提出を求める資料≫【必須】
 * @source kumamoto-kanyo-2024 ３（２）≪提出を求める資料≫【任意】
 * @example
 * ```ts
 * checkDocuments(
 *   { planEvent: 'update', documents: ['national.userBasicInfo', 'national.basicChecklist', 'national.preventionPlan'] },
 *   { referenceDate: '2024-10-01' },
 * ).decision?.missing; // => [{ formId: 'national.preventionEvaluation', label: '介護予防支援・介護予防ケアマネジメントサービス評価表' }]
 * ```
 */
export const checkDocuments: Rule<DocumentsInput, DocumentsDecision> = defineRule({
  id: 'kumamoto.documents',
  title: '提出を求める資料（【必須】【任意】）',
  description:
    'ケアプラン等の資料がそろっているか。評価表は更新時に求め、新規作成時は一覧にあることを参考情報で示す（文言どおり新規作成時にも求める読み方はパラメータで切り替える）。',
  sources: [SECTIONS.method, SECTIONS.requiredDocuments, SECTIONS.optionalDocuments],
  input: ruleInput(documentsInputSchema),
  parameters: [requiredDocuments, optionalDocuments, evaluationSheetAtCreate],
  examples: [
    {
      title: '更新時に4点そろっている（求められた経過記録も提出）',
      input: {
        planEvent: 'update',
        progressRecordRequested: true,
        documents: [
          'national.userBasicInfo',
          'national.basicChecklist',
          'national.preventionPlan',
          'national.preventionEvaluation',
          'national.carePlan5',
        ],
      },
      context: { referenceDate: '2024-10-01' },
      expect: {
        status: 'decided',
        decision: {
          complete: true,
          missing: [],
          evaluationSheetRequired: true,
          optionalProvided: [{ formId: 'national.carePlan5' }],
        },
      },
    },
    {
      title:
        '新規作成時に評価表がない（既定: 評価表は更新時に求める。一覧にあることを info で示す）',
      input: {
        planEvent: 'create',
        documents: ['national.userBasicInfo', 'national.basicChecklist', 'national.preventionPlan'],
      },
      context: { referenceDate: '2024-10-01' },
      expect: {
        status: 'decided',
        decision: { complete: true, missing: [], evaluationSheetRequired: false },
        findings: ['documents.evaluationAtCreate'],
      },
    },
    {
      title:
        '新規作成時に評価表がない（文言どおりの読み方 evaluationSheetAtCreate: true では不足）',
      input: {
        planEvent: 'create',
        documents: ['national.userBasicInfo', 'national.basicChecklist', 'national.preventionPlan'],
      },
      context: {
        referenceDate: '2024-10-01',
        parameters: { 'kumamoto.evaluationSheetAtCreate': true },
      },
      expect: {
        status: 'decided',
        decision: {
          complete: false,
          missing: [{ formId: 'national.preventionEvaluation' }],
          evaluationSheetRequired: true,
        },
        findings: ['documents.evaluationAtCreate', 'documents.missing'],
      },
    },
  ],
  evaluate: evaluateDocuments,
});
