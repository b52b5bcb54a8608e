import { defineParameter, defineRule, isIsoDate, isoDate } from '@kaigo/core';
import type {
  DatedParameter,
  Finding,
  MissingInput,
  Rule,
  RuleEnv,
  RuleOutcome,
} from '@kaigo/core';
import { ruleInput } from '@kaigo/forms';
import {
  KUMAMOTO_ADVICE_VIEWPOINT_IDS,
  KUMAMOTO_ADVICE_VIEWPOINT_LABELS,
  kumamotoAdviceReviewSchema,
} from '../../forms/index';
import type {
  KumamotoAdviceReview,
  KumamotoAdviceViewpointId,
  KumamotoPlanEvent,
} from '../../forms/index';
import { verificationTriggers } from '../../01-background/applicability';
import { PLAN_EVENT_LABEL } from '../../planEvent';
import { SECTIONS } from '../../sourceDocument';

/** アドバイス等の視点1つ。 */
export interface AdviceViewpoint {
  /** 視点の id（様式 `kumamoto.adviceReview` の項目名）。 */
  readonly id: KumamotoAdviceViewpointId;
  /** 資料どおりの文言。 */
  readonly label: string;
  /** この視点を確認する計画の区分。 */
  readonly appliesTo: readonly KumamotoPlanEvent[];
}

/** 検証（ケアプラン等の提出）を行う計画の区分（３（１）①「作成・更新する際に」）。 */
const VERIFICATION_EVENTS: readonly KumamotoPlanEvent[] = ['create', 'update'];

/**
 * アドバイス等の視点（３（２）≪アドバイス等の視点≫）。資料の順。
 *
 * 読み方: 視点は３（２）検証の方法等の一部で、検証（ケアプラン等の提出）の時期である新規作成時・更新時に確認する
 * （３（１）①「作成・更新する際に」、≪国の考え≫「新規作成時や更新時」。{@link verificationTriggers}）。最後の視点は
 * 「ケアプラン更新時においては」と書かれているので更新時（`update`）だけ、ほかの4つは新規作成時・更新時
 * （`create`・`update`）に当てはめる。更新以外の変更（`change`）は検証の時期でないので、どの視点も当てはめない。
 * 別の読み方（変更時も検証する）にするときは、`kumamoto.verificationTriggers` と、この一覧の `appliesTo` の両方に
 * `change` を加える。
 *
 * @source kumamoto-kanyo-2024 ３（２）≪アドバイス等の視点≫
 * @example
 * ```ts
 * adviceViewpoints.values[0]?.value.find((v) => v.id === 'revisionOnUpdate')?.appliesTo; // => ['update']
 * ```
 */
export const adviceViewpoints: DatedParameter<readonly AdviceViewpoint[]> = defineParameter<
  readonly AdviceViewpoint[]
>({
  id: 'kumamoto.adviceViewpoints',
  description: 'アドバイス等の視点',
  citation: SECTIONS.viewpoints,
  values: [
    {
      from: isoDate('2024-04-01'),
      value: KUMAMOTO_ADVICE_VIEWPOINT_IDS.map((id) => ({
        id,
        label: KUMAMOTO_ADVICE_VIEWPOINT_LABELS[id],
        appliesTo: id === 'revisionOnUpdate' ? (['update'] as const) : VERIFICATION_EVENTS,
      })),
    },
  ],
  reading:
    '視点は検証（３（１）①「作成・更新する際に」・≪国の考え≫「新規作成時や更新時」）の中で確認するものと読み、' +
    '「ケアプラン更新時においては」の視点は更新時だけ、ほかの4つは新規作成時・更新時の両方に当てはめる。' +
    '更新以外の変更は検証の時期でないので当てはめない（別の読み方: 変更時も検証する。kumamoto.verificationTriggers と appliesTo の両方に change を加える）。',
});

/** {@link reviewAdviceViewpoints} の判定。 */
export interface AdviceViewpointsDecision {
  /**
   * 計画の区分が検証（ケアプラン等の提出）の時期か（`kumamoto.verificationTriggers`。既定は新規作成・更新）。
   * false なら、どの視点も当てはめない。
   */
  readonly triggersVerification: boolean;
  /** この計画の区分で確認する視点（資料の順）。 */
  readonly applicable: readonly KumamotoAdviceViewpointId[];
  /** 回答済みの視点。 */
  readonly answered: readonly KumamotoAdviceViewpointId[];
  /** 未回答の視点（未回答は「適切」ではなく「未確認」）。 */
  readonly unanswered: readonly KumamotoAdviceViewpointId[];
  /** アドバイス等すべき事項ありと回答された視点。 */
  readonly adviceNeeded: readonly KumamotoAdviceViewpointId[];
  /** すべての視点に回答があるか。 */
  readonly complete: boolean;
  /**
   * アドバイス等すべき事項があるか（検証の流れの `adviceNeeded` に渡せる）。1つでも「あり」なら true、
   * すべて回答済みで「あり」がなければ false、未回答が残り「あり」もなければ未定（省略）。検証の時期でない区分では省略。
   */
  readonly anyAdviceNeeded?: boolean;
}

type Outcome = RuleOutcome<AdviceViewpointsDecision>;

/** 1. 当てはまらない視点への回答は判定に使わない（警告）。 */
function notApplicableFindings(
  all: readonly AdviceViewpoint[],
  applicable: readonly AdviceViewpoint[],
  answers: KumamotoAdviceReview['viewpoints'],
): Finding[] {
  return all
    .filter((v) => !applicable.includes(v) && answers[v.id] !== undefined)
    .map((v) => ({
      code: 'viewpoints.notApplicable',
      severity: 'warning',
      message: `「${v.label}」はこの計画の区分では確認しない視点です（${v.id === 'revisionOnUpdate' ? 'ケアプラン更新時のみ' : '対象外'}）。回答は判定に使いません。`,
      path: ['viewpoints', v.id],
      citation: v.id === 'revisionOnUpdate' ? SECTIONS.viewpointOnUpdate : SECTIONS.viewpoints,
    }));
}

/** 2. 検証の時期でない区分（既定では更新以外の変更）: 視点は当てはめない（参考情報）。 */
function notVerifiedFinding(): Finding {
  return {
    code: 'viewpoints.notVerificationEvent',
    severity: 'info',
    message:
      'アドバイス等の視点は、検証（ケアプラン等の提出）の時期である介護予防サービス計画の新規作成時・更新時に確認するものです。この計画の区分（更新以外の変更など）での確認は定められていないため、視点を当てはめません。',
    path: ['planEvent'],
    citation: SECTIONS.frequency1,
  };
}

/** 3. 当てはまる視点の回答を分ける: 回答済み・未回答（未確認。適切とはみなさない）・アドバイス等あり。 */
function review(
  all: readonly AdviceViewpoint[],
  event: KumamotoPlanEvent,
  triggers: readonly KumamotoPlanEvent[],
  answers: KumamotoAdviceReview['viewpoints'],
  env: RuleEnv,
): Outcome {
  const triggersVerification = triggers.includes(event);
  env.trace({
    kind: 'condition',
    code: 'viewpoints.verificationEvent',
    label: '計画の区分が検証の時期（パラメータ kumamoto.verificationTriggers）に当たるか',
    outcome: triggersVerification,
  });
  const applicable = triggersVerification ? all.filter((v) => v.appliesTo.includes(event)) : [];
  const unanswered = applicable.filter((v) => answers[v.id] === undefined);
  const advised = applicable.filter((v) => answers[v.id]?.result === 'adviceNeeded');
  const findings: Finding[] = [
    ...(triggersVerification ? [] : [notVerifiedFinding()]),
    ...notApplicableFindings(all, applicable, answers),
    ...advised.map((v): Finding => ({
      code: 'viewpoints.adviceNeeded',
      severity: 'info',
      message: `「${v.label}」について、アドバイス等すべき事項があります。２週間以内に指定居宅介護支援事業所へ連絡します。`,
      path: ['viewpoints', v.id],
      citation: SECTIONS.frequency2,
    })),
  ];
  const missing: MissingInput[] = unanswered.map((v) => ({
    path: ['viewpoints', v.id],
    label: v.label,
  }));
  // 1つでも「あり」なら事項あり。未回答が残れば「なし」とは言えない。検証の時期でなければ言わない。
  const anyAdviceNeeded = !triggersVerification
    ? undefined
    : advised.length > 0
      ? true
      : unanswered.length === 0
        ? false
        : undefined;
  env.trace({
    kind: 'condition',
    code: 'viewpoints.counts',
    label: '当てはまる視点のうち、アドバイス等ありの件数',
    outcome: advised.length,
  });
  return {
    decision: {
      triggersVerification,
      applicable: applicable.map((v) => v.id),
      answered: applicable.filter((v) => answers[v.id] !== undefined).map((v) => v.id),
      unanswered: unanswered.map((v) => v.id),
      adviceNeeded: advised.map((v) => v.id),
      complete: unanswered.length === 0,
      ...(anyAdviceNeeded === undefined ? {} : { anyAdviceNeeded }),
    },
    findings,
    missing,
  };
}

function evaluateViewpoints(data: KumamotoAdviceReview, env: RuleEnv): Outcome {
  if (data.reviewedOn !== undefined && !isIsoDate(data.reviewedOn)) {
    return {
      findings: [
        {
          code: 'input.invalid_date',
          severity: 'error',
          message: '確認日: 暦にない日付です。',
          path: ['reviewedOn'],
        },
      ],
    };
  }
  // 視点と検証の時期は確認日（なければ基準日）の値。開始前は専用の指摘にするため、範囲外を例外にしない。
  const at = data.reviewedOn ?? env.referenceDate;
  const inForce = env.inForce(adviceViewpoints, { at });
  const triggers = env.inForce(verificationTriggers, { at });
  if (!inForce.ok || !triggers.ok) {
    return {
      findings: [
        {
          code: 'viewpoints.beforeStart',
          severity: 'error',
          message:
            '確認日（または基準日）が、この資料の仕組みの開始日（令和６年４月１日）より前です。',
          path: data.reviewedOn === undefined ? [] : ['reviewedOn'],
          citation: SECTIONS.directContract,
        },
      ],
    };
  }
  if (data.planEvent === undefined)
    return { missing: [{ path: ['planEvent'], label: PLAN_EVENT_LABEL }] };
  return review(inForce.value.value, data.planEvent, triggers.value.value, data.viewpoints, env);
}

/**
 * ささえりあの確認記録（様式 `kumamoto.adviceReview`）について、計画の区分に当てはまる「アドバイス等の視点」と、
 * 未回答の視点、アドバイス等すべき事項がある視点を判定する。
 *
 * 視点は検証の時期（`kumamoto.verificationTriggers`: 新規作成時・更新時）に当てはめる。更新以外の変更時は検証の時期で
 * ないので、どの視点も当てはめず（`triggersVerification: false`、`applicable` は空）、参考情報（`info`）を付ける。
 * 「ケアプラン更新時においては、これまでの経過や目標の達成状況等を踏まえ、適切な見直しが行われているか」は更新時だけ。
 * 当てはまらない視点への回答は警告して無視する。計画の区分がなければ判定しない（不足入力）。未回答の視点は `missing` にも挙げる。
 * パラメータの適用日は確認日（なければ基準日）。
 *
 * @source kumamoto-kanyo-2024 ３（２）≪アドバイス等の視点≫
 * @source kumamoto-kanyo-2024 ３（２）
 * @source kumamoto-kanyo-2024 ３（１）①
 * @example
 * ```ts
 * const r = reviewAdviceViewpoints(
 *   { planEvent: 'create', viewpoints: { selfReliance: { result: 'adequate' } } },
 *   { referenceDate: '2024-09-05' },
 * );
 * r.decision?.applicable.length; // => 4
 * r.decision?.unanswered; // => ['issuesClear', 'goalsAppropriate', 'communityServices']
 * ```
 */
export const reviewAdviceViewpoints: Rule<KumamotoAdviceReview, AdviceViewpointsDecision> =
  defineRule({
    id: 'kumamoto.adviceViewpoints',
    title: 'アドバイス等の視点（確認記録）',
    description:
      '検証の時期（新規作成・更新）に、計画の区分に当てはまる視点（更新時のみの視点を含む）と、未回答・アドバイス等ありの視点を示す。変更時は当てはめない。',
    sources: [SECTIONS.viewpoints, SECTIONS.method, SECTIONS.frequency1],
    input: ruleInput(kumamotoAdviceReviewSchema),
    parameters: [adviceViewpoints, verificationTriggers],
    examples: [
      {
        title: '更新時（5つの視点）、1つでアドバイス等あり',
        input: {
          planEvent: 'update',
          reviewedOn: '2024-09-05',
          viewpoints: {
            selfReliance: { result: 'adequate' },
            issuesClear: { result: 'adequate' },
            goalsAppropriate: { result: 'adviceNeeded' },
            communityServices: { result: 'adequate' },
            revisionOnUpdate: { result: 'adequate' },
          },
        },
        context: { referenceDate: '2024-09-05' },
        expect: {
          status: 'decided',
          decision: { adviceNeeded: ['goalsAppropriate'], complete: true, anyAdviceNeeded: true },
        },
      },
      {
        title: '新規作成時（4つの視点）、未回答あり',
        input: { planEvent: 'create', viewpoints: { selfReliance: { result: 'adequate' } } },
        context: { referenceDate: '2024-09-05' },
        expect: {
          status: 'decided',
          decision: {
            triggersVerification: true,
            unanswered: ['issuesClear', 'goalsAppropriate', 'communityServices'],
            complete: false,
          },
        },
      },
      {
        title: '変更時（検証の時期でないので視点を当てはめない）',
        input: {
          planEvent: 'change',
          viewpoints: { selfReliance: { result: 'adequate' } },
        },
        context: { referenceDate: '2024-09-05' },
        expect: {
          status: 'decided',
          decision: { triggersVerification: false, applicable: [], adviceNeeded: [] },
          findings: ['viewpoints.notVerificationEvent', 'viewpoints.notApplicable'],
        },
      },
    ],
    evaluate: evaluateViewpoints,
  });
