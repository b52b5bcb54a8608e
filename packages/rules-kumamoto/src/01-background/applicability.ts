import { defineParameter, defineRule, isIsoDate, isoDate } from '@kaigo/core';
import type {
  DatedParameter,
  IsoDate,
  MissingInput,
  Rule,
  RuleEnv,
  RuleOutcome,
} from '@kaigo/core';
import { dateField, ruleInput, textField, withMeta } from '@kaigo/forms';
import type { KumamotoPlanEvent } from '../forms/index';
import * as z from 'zod';
import { PLAN_EVENT_LABEL, planEventField } from '../planEvent';
import { SECTIONS } from '../sourceDocument';

/**
 * 検証（ケアプラン等の提出）のきっかけとなる計画の区分。令和６年４月１日（直接契約の開始日）から。
 * この日より前の日付には値がなく、ルールは「制度開始前」と判定する。
 *
 * 読み方: ３（１）①「作成・更新する際に」と ≪国の考え≫「新規作成時や更新時」をそのまま読み、`create`・`update` とする。
 * 更新以外の計画の変更（`change`）は資料に記載がないので含めない。別の読み方: 「作成」に変更時の再作成を含め `change` も加える。
 *
 * @source kumamoto-kanyo-2024 ３（１）①
 * @example
 * ```ts
 * // 別の読み方（変更時も対象）で判定する:
 * checkApplicability(input, { referenceDate: '2024-10-01', parameters: { 'kumamoto.verificationTriggers': ['create', 'update', 'change'] } });
 * ```
 */
export const verificationTriggers: DatedParameter<readonly KumamotoPlanEvent[]> = defineParameter<
  readonly KumamotoPlanEvent[]
>({
  id: 'kumamoto.verificationTriggers',
  description: '検証（ケアプラン等の提出）を行う計画の区分',
  citation: SECTIONS.frequency1,
  values: [{ from: isoDate('2024-04-01'), value: ['create', 'update'] }],
  reading:
    '３（１）①「作成・更新する際に」・≪国の考え≫「新規作成時や更新時」の文言どおり新規作成と更新に限る。' +
    '更新以外の変更は資料に記載がないため含めない（別の読み方: 変更時も「作成」に含め、対象とする）。',
});

/**
 * 介護予防サービス計画の作成者。
 * - `designatedOfficeDirect`: 介護予防支援事業所の指定を受けた居宅介護支援事業所（利用者と直接契約）
 * - `consignedOffice`: 地域包括支援センターから委託を受けた居宅介護支援事業所
 * - `communityCenter`: 地域包括支援センター（ささえりあ）自身
 */
export const PLAN_AUTHORS = [
  'designatedOfficeDirect',
  'consignedOffice',
  'communityCenter',
] as const;

/** 介護予防サービス計画の作成者。 */
export type PlanAuthor = (typeof PLAN_AUTHORS)[number];

/** {@link checkApplicability} の入力。未入力の項目は「不明」として扱う。 */
export interface ApplicabilityInput {
  /** 計画の作成者。 */
  readonly author?: PlanAuthor | undefined;
  /** 計画の区分（新規作成・更新・変更）。 */
  readonly planEvent?: KumamotoPlanEvent | undefined;
  /** 計画の作成日・更新日（YYYY-MM-DD）。 */
  readonly planDate?: string | undefined;
  /** 利用者が居住する圏域を担当するささえりあ（利用者側でそろえた名称または番号）。 */
  readonly residenceAreaSasaeria?: string | undefined;
  /** 実際の提出先のささえりあ（照合する場合）。 */
  readonly submittedTo?: string | undefined;
}

const AUTHOR_LABEL = '計画の作成者（直接契約の指定事業所・委託・ささえりあ自身）';
const PLAN_DATE_LABEL = '計画の作成日・更新日';
const RESIDENCE_AREA_LABEL = '利用者が居住する圏域を担当するささえりあ';

/** {@link checkApplicability} の入力スキーマ。 */
export const applicabilityInputSchema: z.ZodType<ApplicabilityInput> = z.strictObject({
  author: withMeta(z.enum(PLAN_AUTHORS), { label: AUTHOR_LABEL }).optional(),
  planEvent: planEventField.optional(),
  planDate: dateField({ label: PLAN_DATE_LABEL }).optional(),
  residenceAreaSasaeria: textField({ label: RESIDENCE_AREA_LABEL }, 100).optional(),
  submittedTo: textField({ label: '提出先のささえりあ' }, 100).optional(),
});

/** {@link checkApplicability} の判定。 */
export interface ApplicabilityDecision {
  /** この計画の出来事で検証（ケアプラン等の提出）が必要か。 */
  readonly triggersVerification: boolean;
  /** 理由。 */
  readonly reason: 'applies' | 'beforeStart' | 'notDirectContract' | 'planEventNotCovered';
  /**
   * 提出先。必要なときは常に「利用者が居住する圏域を担当するささえりあ」（入力 `residenceAreaSasaeria`）。
   * 事業所の所在地の圏域ではない。入力値そのものは結果に複写しない。
   */
  readonly recipient?: 'residenceAreaSasaeria';
  /** 入力 `submittedTo` が与えられたとき、それが提出先（居住圏域のささえりあ）と一致するか。 */
  readonly submittedToRecipient?: boolean;
}

type Outcome = RuleOutcome<ApplicabilityDecision>;

/** 1. 直接契約でない計画: この資料の『一定の関与』は定めていない（それ以上は言わない）。 */
function notDirectContract(author: PlanAuthor, env: RuleEnv): Outcome {
  env.trace({
    kind: 'condition',
    code: 'applicability.directContract',
    label: '直接契約の指定居宅介護支援事業所が作成する計画か',
    outcome: false,
  });
  return {
    decision: { triggersVerification: false, reason: 'notDirectContract' },
    findings: [
      {
        code: 'applicability.notDirectContract',
        severity: 'info',
        message:
          author === 'communityCenter'
            ? 'ささえりあ（地域包括支援センター）自身が作成する計画です。この資料の「介護予防サービス計画の検証」は、指定居宅介護支援事業所が作成する計画を対象としており、この場合については定めていません。'
            : '地域包括支援センターから委託を受けて作成する計画です。この資料の「介護予防サービス計画の検証」は、委託を受けずに利用者と直接契約した指定居宅介護支援事業所の計画を対象としており、委託の場合については定めていません。',
        path: ['author'],
        citation: SECTIONS.directContract,
      },
    ],
  };
}

/** 2. 判定に要る3項目（作成者・区分・日付）のうち、入力にないもの。 */
function missingBasics(data: ApplicabilityInput): MissingInput[] {
  const missing: MissingInput[] = [];
  if (data.author === undefined) missing.push({ path: ['author'], label: AUTHOR_LABEL });
  if (data.planEvent === undefined) missing.push({ path: ['planEvent'], label: PLAN_EVENT_LABEL });
  if (data.planDate === undefined) missing.push({ path: ['planDate'], label: PLAN_DATE_LABEL });
  return missing;
}

/** 3. 計画の日付が直接契約の開始（令和６年４月１日）前なら、この仕組みの検証はない。 */
function beforeStart(): Outcome {
  return {
    decision: { triggersVerification: false, reason: 'beforeStart' },
    findings: [
      {
        code: 'applicability.beforeStart',
        severity: 'warning',
        message:
          '計画の日付が、指定居宅介護支援事業所が利用者と直接契約して介護予防支援を提供できるようになった日（令和６年４月１日）より前です。この仕組みによる検証の対象になりません。',
        path: ['planDate'],
        citation: SECTIONS.directContract,
      },
    ],
  };
}

/** 4. 検証の時期（新規作成・更新）でない計画の区分。 */
function planEventNotCovered(): Outcome {
  return {
    decision: { triggersVerification: false, reason: 'planEventNotCovered' },
    findings: [
      {
        code: 'applicability.planEventNotCovered',
        severity: 'info',
        message:
          'この資料が検証（ケアプラン等の提出）の時期として定めるのは、介護予防サービス計画の新規作成時と更新時です。それ以外の変更時の提出は定められていません。',
        path: ['planEvent'],
        citation: SECTIONS.frequency1,
      },
    ],
  };
}

/** 5. 提出先は利用者の居住圏域のささえりあ。`submittedTo` があれば一致を確かめる（入力の文字列は結果に写さない）。 */
function recipientOutcome(data: ApplicabilityInput, env: RuleEnv): Outcome {
  const area = data.residenceAreaSasaeria?.trim() ?? '';
  if (area === '') {
    return { missing: [{ path: ['residenceAreaSasaeria'], label: RESIDENCE_AREA_LABEL }] };
  }
  if (data.submittedTo === undefined) {
    return {
      decision: {
        triggersVerification: true,
        reason: 'applies',
        recipient: 'residenceAreaSasaeria',
      },
    };
  }
  const submittedToRecipient = data.submittedTo.trim() === area;
  env.trace({
    kind: 'condition',
    code: 'applicability.submittedToRecipient',
    label: '提出先が利用者の居住圏域のささえりあと一致するか',
    outcome: submittedToRecipient,
  });
  return {
    decision: {
      triggersVerification: true,
      reason: 'applies',
      recipient: 'residenceAreaSasaeria',
      submittedToRecipient,
    },
    findings: submittedToRecipient
      ? []
      : [
          {
            code: 'applicability.wrongRecipient',
            severity: 'error',
            message:
              '提出先が、利用者が居住する圏域を担当するささえりあと一致しません。ケアプラン等は利用者の居住圏域のささえりあに提出します（事業所の所在地の圏域ではありません）。',
            path: ['submittedTo'],
            citation: SECTIONS.frequency1,
          },
        ],
  };
}

function evaluateApplicability(data: ApplicabilityInput, env: RuleEnv): Outcome {
  // 作成者が直接契約でないことが分かれば、日付や区分が不足していても答えられる。
  if (data.author !== undefined && data.author !== 'designatedOfficeDirect')
    return notDirectContract(data.author, env);
  const missing = missingBasics(data);
  if (missing.length > 0 || data.planEvent === undefined || data.planDate === undefined)
    return { missing };
  if (!isIsoDate(data.planDate)) {
    return {
      findings: [
        {
          code: 'input.invalid_date',
          severity: 'error',
          message: '計画の作成日・更新日: 暦にない日付です。',
          path: ['planDate'],
        },
      ],
    };
  }
  const planDate: IsoDate = data.planDate;
  // 値がない（開始前）ことが判定そのものなので、範囲外を例外にせず自分で扱う。
  const triggers = env.inForce(verificationTriggers, { at: planDate });
  env.trace({
    kind: 'condition',
    code: 'applicability.inForce',
    label: '計画の日付が直接契約の開始（令和６年４月１日）以後か',
    outcome: triggers.ok,
  });
  if (!triggers.ok) return beforeStart();
  const covered = triggers.value.value.includes(data.planEvent);
  env.trace({
    kind: 'condition',
    code: 'applicability.planEvent',
    label: '計画の区分が検証の時期（パラメータ kumamoto.verificationTriggers）に当たるか',
    outcome: covered,
  });
  if (!covered) return planEventNotCovered();
  return recipientOutcome(data, env);
}

/**
 * 計画の出来事（新規作成・更新・変更）が、ささえりあによる「介護予防サービス計画の検証」（ケアプラン等の提出）の
 * 対象になるか、どのささえりあに提出するかを判定する。
 *
 * - 対象は、令和６年４月１日以降に、介護予防支援事業所の指定を受けた居宅介護支援事業所が利用者と直接契約して作成する
 *   介護予防サービス計画（１ 経緯）。地域包括支援センター自身の計画と委託による計画は、この資料の『一定の関与』の対象として
 *   書かれていないので「対象外（この資料は定めていない）」と判定する。それ以上のことは言わない。
 * - 時期は新規作成時・更新時（パラメータ `kumamoto.verificationTriggers`）。
 * - 提出先は利用者が居住する圏域を担当するささえりあ（３（１）①）。`submittedTo` があれば一致を確かめる
 *   （ささえりあの識別は入力の文字列の完全一致。表記ゆれは利用者側でそろえる）。
 *
 * @source kumamoto-kanyo-2024 １ 経緯
 * @source kumamoto-kanyo-2024 議事２ ≪国の考え≫
 * @source kumamoto-kanyo-2024 ３（１）①
 * @example
 * ```ts
 * checkApplicability(
 *   { author: 'designatedOfficeDirect', planEvent: 'create', planDate: '2024-09-02', residenceAreaSasaeria: 'ささえりあ（架空）' },
 *   { referenceDate: '2024-09-02' },
 * ).decision; // => { triggersVerification: true, reason: 'applies', recipient: 'residenceAreaSasaeria' }
 * ```
 */
export const checkApplicability: Rule<ApplicabilityInput, ApplicabilityDecision> = defineRule({
  id: 'kumamoto.applicability',
  title: '検証（ケアプラン等の提出）の対象と提出先',
  description:
    '直接契約の指定居宅介護支援事業所が作成する介護予防サービス計画の新規作成・更新が、ささえりあによる検証の対象か、どのささえりあに提出するかを判定する。',
  sources: [
    SECTIONS.directContract,
    SECTIONS.involvement,
    SECTIONS.nationalView,
    SECTIONS.frequency1,
  ],
  input: ruleInput(applicabilityInputSchema),
  parameters: [verificationTriggers],
  examples: [
    {
      title: '直接契約の事業所が新規作成（居住圏域のささえりあへ提出）',
      input: {
        author: 'designatedOfficeDirect',
        planEvent: 'create',
        planDate: '2024-09-02',
        residenceAreaSasaeria: 'ささえりあ架空台',
        submittedTo: 'ささえりあ架空台',
      },
      context: { referenceDate: '2024-09-02' },
      expect: {
        status: 'decided',
        decision: { triggersVerification: true, reason: 'applies', submittedToRecipient: true },
      },
    },
    {
      title: '委託による計画（この資料の対象外）',
      input: { author: 'consignedOffice', planEvent: 'update', planDate: '2024-10-01' },
      context: { referenceDate: '2024-10-01' },
      expect: {
        status: 'decided',
        decision: { triggersVerification: false, reason: 'notDirectContract' },
      },
    },
    {
      title: '制度開始（令和６年４月１日）前の計画',
      input: {
        author: 'designatedOfficeDirect',
        planEvent: 'update',
        planDate: '2024-03-29',
        residenceAreaSasaeria: 'ささえりあ架空台',
      },
      context: { referenceDate: '2024-04-10' },
      expect: {
        status: 'decided',
        decision: { triggersVerification: false, reason: 'beforeStart' },
      },
    },
  ],
  evaluate: evaluateApplicability,
});
