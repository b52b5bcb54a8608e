import { defineParameter, isoDate, parameterUse, ruleResult, valueAt } from '@kaigo/core';
import type { DatedParameter, Finding, IsoDate, MissingInput, RuleResult } from '@kaigo/core';
import {
  KUMAMOTO_ADVICE_VIEWPOINT_IDS,
  KUMAMOTO_ADVICE_VIEWPOINT_LABELS,
  kumamotoAdviceReviewSchema,
  prepareRuleInput,
} from '@kaigo/forms';
import type { KumamotoAdviceViewpointId, KumamotoPlanEvent } from '@kaigo/forms';
import { asIsoDate } from '../../shared/isoDates';
import { SECTIONS } from '../../shared/sections';

const RULE = 'kumamoto.adviceViewpoints';
const SOURCES = [SECTIONS.viewpoints, SECTIONS.method];

/** アドバイス等の視点1つ。 */
export interface AdviceViewpoint {
  /** 視点の id（様式 `kumamoto.adviceReview` の項目名）。 */
  readonly id: KumamotoAdviceViewpointId;
  /** 資料どおりの文言。 */
  readonly label: string;
  /** この視点を確認する計画の区分。 */
  readonly appliesTo: readonly KumamotoPlanEvent[];
}

const ALL_EVENTS: readonly KumamotoPlanEvent[] = ['create', 'update', 'change'];

/**
 * アドバイス等の視点（３（２）≪アドバイス等の視点≫）。資料の順。
 *
 * 読み方: 最後の視点は「ケアプラン更新時においては」と書かれているので更新時（`update`）だけに当てはめる。
 * ほかの4つは時期の限定がないので、どの区分にも当てはめる。
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
        appliesTo: id === 'revisionOnUpdate' ? (['update'] as const) : ALL_EVENTS,
      })),
    },
  ],
  reading:
    '「ケアプラン更新時においては」の視点は更新時だけ、ほかの4つは新規作成時・更新時の両方に当てはめる。',
});

/** {@link reviewAdviceViewpoints} の判定。 */
export interface AdviceViewpointsDecision {
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
   * すべて回答済みで「あり」がなければ false、未回答が残り「あり」もなければ未定（省略）。
   */
  readonly anyAdviceNeeded?: boolean;
}

/** {@link reviewAdviceViewpoints} が使うパラメータ（差し替え可能）。 */
export interface AdviceViewpointsParameters {
  /** アドバイス等の視点。 */
  readonly adviceViewpoints: DatedParameter<readonly AdviceViewpoint[]>;
}

const DEFAULTS: AdviceViewpointsParameters = { adviceViewpoints };

/**
 * ささえりあの確認記録（様式 `kumamoto.adviceReview`）について、計画の区分に当てはまる「アドバイス等の視点」と、
 * 未回答の視点、アドバイス等すべき事項がある視点を判定する。
 *
 * 「ケアプラン更新時においては、これまでの経過や目標の達成状況等を踏まえ、適切な見直しが行われているか」は更新時だけ。
 * 当てはまらない視点への回答は警告して無視する。計画の区分がなければ判定しない（不足入力）。未回答の視点は `missing` にも挙げる。
 * パラメータの適用日は確認日（なければ基準日）。
 *
 * @source kumamoto-kanyo-2024 ３（２）≪アドバイス等の視点≫
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
export function reviewAdviceViewpoints(
  input: unknown,
  context: unknown,
  params: AdviceViewpointsParameters = DEFAULTS,
): RuleResult<AdviceViewpointsDecision> {
  const p = prepareRuleInput(kumamotoAdviceReviewSchema, input, context);
  if (!p.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: p.findings });
  const { data } = p;
  let on: IsoDate = p.context.referenceDate;
  if (data.reviewedOn !== undefined) {
    const d = asIsoDate(data.reviewedOn);
    if (d === undefined) {
      return ruleResult({
        rule: RULE,
        sources: SOURCES,
        findings: [
          {
            code: 'input.invalid_date',
            severity: 'error',
            message: '確認日: 暦にない日付です。',
            path: ['reviewedOn'],
          },
        ],
      });
    }
    on = d;
  }
  const inForce = valueAt(params.adviceViewpoints, on);
  if (!inForce.ok) {
    return ruleResult({
      rule: RULE,
      sources: SOURCES,
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
    });
  }
  const parameters = [parameterUse(params.adviceViewpoints, inForce.value)];
  if (data.planEvent === undefined) {
    return ruleResult({
      rule: RULE,
      sources: SOURCES,
      missing: [{ path: ['planEvent'], label: '計画の区分（新規作成・更新・変更）' }],
      parameters,
    });
  }
  const event = data.planEvent;
  const findings: Finding[] = [];
  const applicable = inForce.value.value.filter((v) => v.appliesTo.includes(event));
  const answers = data.viewpoints;
  for (const v of inForce.value.value) {
    if (!v.appliesTo.includes(event) && answers[v.id] !== undefined) {
      findings.push({
        code: 'viewpoints.notApplicable',
        severity: 'warning',
        message: `「${v.label}」はこの計画の区分では確認しない視点です（${v.id === 'revisionOnUpdate' ? 'ケアプラン更新時のみ' : '対象外'}）。回答は判定に使いません。`,
        path: ['viewpoints', v.id],
        citation: v.id === 'revisionOnUpdate' ? SECTIONS.viewpointOnUpdate : SECTIONS.viewpoints,
      });
    }
  }
  const answered = applicable.filter((v) => answers[v.id] !== undefined).map((v) => v.id);
  const unansweredViewpoints = applicable.filter((v) => answers[v.id] === undefined);
  const unanswered = unansweredViewpoints.map((v) => v.id);
  const adviceNeeded = applicable
    .filter((v) => answers[v.id]?.result === 'adviceNeeded')
    .map((v) => v.id);
  const missing: MissingInput[] = unansweredViewpoints.map((v) => ({
    path: ['viewpoints', v.id],
    label: v.label,
  }));
  for (const v of applicable.filter((x) => answers[x.id]?.result === 'adviceNeeded')) {
    findings.push({
      code: 'viewpoints.adviceNeeded',
      severity: 'info',
      message: `「${v.label}」について、アドバイス等すべき事項があります。２週間以内に指定居宅介護支援事業所へ連絡します。`,
      path: ['viewpoints', v.id],
      citation: SECTIONS.frequency2,
    });
  }
  const anyAdviceNeeded =
    adviceNeeded.length > 0 ? true : unanswered.length === 0 ? false : undefined;
  return ruleResult({
    rule: RULE,
    sources: SOURCES,
    decision: {
      applicable: applicable.map((v) => v.id),
      answered,
      unanswered,
      adviceNeeded,
      complete: unanswered.length === 0,
      ...(anyAdviceNeeded === undefined ? {} : { anyAdviceNeeded }),
    },
    findings,
    missing,
    parameters,
  });
}
