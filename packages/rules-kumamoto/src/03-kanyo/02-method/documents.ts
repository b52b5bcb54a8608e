import { checkDocumentSet, parameterUse, ruleResult, valueAt } from '@kaigo/core';
import type { DatedParameter, Finding, IsoDate, ParameterUse, RuleResult } from '@kaigo/core';
import { booleanField, dateField, prepareRuleInput, withMeta } from '@kaigo/forms';
import type { KumamotoPlanEvent } from '@kaigo/forms';
import * as z from 'zod';
import { asIsoDate } from '../../shared/isoDates';
import { planEventField } from '../../shared/planEvent';
import { SECTIONS } from '../../shared/sections';
import {
  EVALUATION_FORM_ID,
  evaluationSheetAtCreate,
  optionalDocuments,
  requiredDocuments,
} from './documentParameters';
import type { RequestedDocument } from './documentParameters';

const RULE = 'kumamoto.documents';
const SOURCES = [SECTIONS.method, SECTIONS.requiredDocuments, SECTIONS.optionalDocuments];

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
  planEvent: planEventField().optional(),
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

/** {@link checkDocuments} が使うパラメータ（差し替え可能）。 */
export interface DocumentsParameters {
  /** 【必須】の資料。 */
  readonly requiredDocuments: DatedParameter<readonly RequestedDocument[]>;
  /** 【任意】の資料。 */
  readonly optionalDocuments: DatedParameter<readonly RequestedDocument[]>;
  /** 新規作成時にも評価表を求めるか。 */
  readonly evaluationSheetAtCreate: DatedParameter<boolean>;
}

const DEFAULTS: DocumentsParameters = {
  requiredDocuments,
  optionalDocuments,
  evaluationSheetAtCreate,
};

function requiredFor(
  all: readonly RequestedDocument[],
  event: KumamotoPlanEvent,
  evaluationAtCreate: boolean,
): readonly RequestedDocument[] {
  if (event !== 'create' || evaluationAtCreate) return all;
  return all.filter((d) => d.formId !== EVALUATION_FORM_ID);
}

/**
 * ささえりあに提出するケアプラン等の資料がそろっているかを判定する（３（２）≪提出を求める資料≫）。
 *
 * - 【必須】利用者基本情報・基本チェックリスト・介護予防サービス・支援計画書・介護予防支援・介護予防ケアマネジメントサービス評価表。
 *   不足はエラー。
 * - 評価表: 資料は新規作成時と更新時を区別しないので、既定（文言どおり）では新規作成時にも求める。更新時だけ求める読み方は
 *   パラメータ `kumamoto.evaluationSheetAtCreate` を `false` にする。新規作成時は読み方を参考情報で示す。
 * - 【任意】経過記録: ささえりあの求めに応じて提出。求めがあったのに含まれていなければ警告（必須の完備には数えない）。
 * - 一覧にない資料は参考情報（受け付けるが、提出は求められていない）。
 *
 * 資料は様式 id で示す（`national.userBasicInfo`・`national.basicChecklist`・`national.preventionPlan`・
 * `national.preventionEvaluation`・経過記録は `national.carePlan5`）。パラメータの適用日は提出日（なければ基準日）。
 *
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
export function checkDocuments(
  input: unknown,
  context: unknown,
  params: DocumentsParameters = DEFAULTS,
): RuleResult<DocumentsDecision> {
  const p = prepareRuleInput(documentsInputSchema, input, context);
  if (!p.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: p.findings });
  const { data } = p;
  const findings: Finding[] = [];
  let on: IsoDate = p.context.referenceDate;
  if (data.submittedOn !== undefined) {
    const d = asIsoDate(data.submittedOn);
    if (d === undefined) {
      return ruleResult({
        rule: RULE,
        sources: SOURCES,
        findings: [
          {
            code: 'input.invalid_date',
            severity: 'error',
            message: '提出日: 暦にない日付です。',
            path: ['submittedOn'],
          },
        ],
      });
    }
    on = d;
  }
  const req = valueAt(params.requiredDocuments, on);
  const opt = valueAt(params.optionalDocuments, on);
  const evalAtCreate = valueAt(params.evaluationSheetAtCreate, on);
  if (!req.ok || !opt.ok || !evalAtCreate.ok) {
    return ruleResult({
      rule: RULE,
      sources: SOURCES,
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
    });
  }
  const parameters: ParameterUse[] = [
    parameterUse(params.requiredDocuments, req.value),
    parameterUse(params.optionalDocuments, opt.value),
    parameterUse(params.evaluationSheetAtCreate, evalAtCreate.value),
  ];
  const all = req.value.value;
  const forCreate = requiredFor(all, 'create', evalAtCreate.value.value);
  let required: readonly RequestedDocument[];
  if (data.planEvent === undefined) {
    if (forCreate.length !== all.length) {
      return ruleResult({
        rule: RULE,
        sources: SOURCES,
        missing: [{ path: ['planEvent'], label: '計画の区分（新規作成・更新・変更）' }],
        parameters,
      });
    }
    required = all;
  } else {
    required = requiredFor(all, data.planEvent, evalAtCreate.value.value);
  }
  const evaluationSheetRequired = required.some((d) => d.formId === EVALUATION_FORM_ID);
  if (data.planEvent === 'create' && all.some((d) => d.formId === EVALUATION_FORM_ID)) {
    findings.push({
      code: 'documents.evaluationAtCreate',
      severity: 'info',
      message: evaluationSheetRequired
        ? '評価表は【必須】で、資料は新規作成時と更新時を区別していないため、新規作成時にも求めるものとして判定しています（更新時のみとする読み方は kumamoto.evaluationSheetAtCreate で切り替え）。'
        : '前回の計画の評価がない新規作成時は評価表を求めない読み方（kumamoto.evaluationSheetAtCreate）で判定しています。',
      path: ['planEvent'],
      citation: SECTIONS.requiredDocuments,
    });
  }

  const optional = opt.value.value;
  const check = checkDocumentSet(
    required.map((d) => d.formId),
    data.documents,
    [...all, ...optional].map((d) => d.formId),
  );
  const byId = (id: string): RequestedDocument | undefined =>
    [...all, ...optional].find((d) => d.formId === id);
  const missing = check.missing.flatMap((id) => {
    const d = byId(id);
    return d ? [d] : [];
  });
  for (const d of missing) {
    findings.push({
      code: 'documents.missing',
      severity: 'error',
      message: `【必須】の資料「${d.label}」がありません。`,
      path: ['documents'],
      citation: SECTIONS.requiredDocuments,
    });
  }
  const optionalProvided = optional.filter((d) => data.documents.includes(d.formId));
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
  return ruleResult({
    rule: RULE,
    sources: SOURCES,
    decision: {
      complete: missing.length === 0,
      required,
      missing,
      optionalProvided,
      unrequestedCount: check.unexpected.length,
      evaluationSheetRequired,
    },
    findings,
    parameters,
  });
}
