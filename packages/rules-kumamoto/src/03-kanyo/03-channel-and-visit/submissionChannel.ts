import { parameterUse, ruleResult, valueAt } from '@kaigo/core';
import type { Citation, DatedParameter, Finding, RuleResult } from '@kaigo/core';
import { booleanField, prepareRuleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { SECTIONS } from '../../shared/sections';
import {
  SUBMISSION_CHANNELS,
  SUBMISSION_CHANNEL_LABELS,
  submissionChannelGrades,
} from './channelParameters';
import type {
  ChannelBasis,
  ChannelGrade,
  ChannelGrading,
  SubmissionChannel,
} from './channelParameters';

const RULE = 'kumamoto.submissionChannel';
const SOURCES = [SECTIONS.channel, SECTIONS.channelEmail];

/** {@link gradeSubmissionChannel} の入力。 */
export interface SubmissionChannelInput {
  /** 提出方法。 */
  readonly channel: SubmissionChannel;
  /** くまもとメディカルネットワーク・ケアプランデータ連携システムによりがたい事情があるか。 */
  readonly principalChannelsUnavailable?: boolean | undefined;
}

/** {@link gradeSubmissionChannel} の入力スキーマ。 */
export const submissionChannelInputSchema: z.ZodType<SubmissionChannelInput> = z.strictObject({
  channel: withMeta(z.enum(SUBMISSION_CHANNELS), { label: '提出方法' }),
  principalChannelsUnavailable: booleanField({
    label: 'くまもとメディカルネットワーク・ケアプランデータ連携システムによりがたい事情があるか',
  }).optional(),
});

/** {@link gradeSubmissionChannel} の判定。 */
export interface SubmissionChannelDecision {
  /** 提出方法。 */
  readonly channel: SubmissionChannel;
  /** 評価。 */
  readonly grade: ChannelGrade;
  /** 資料上の位置づけ。 */
  readonly basis: ChannelBasis;
}

/** {@link gradeSubmissionChannel} が使うパラメータ（差し替え可能）。 */
export interface SubmissionChannelParameters {
  /** 提出方法ごとの評価。 */
  readonly submissionChannelGrades: DatedParameter<
    Readonly<Record<SubmissionChannel, ChannelGrading>>
  >;
}

const DEFAULTS: SubmissionChannelParameters = { submissionChannelGrades };

const PRINCIPAL = '「くまもとメディカルネットワーク」または「ケアプランデータ連携システム」';

function reason(
  channel: SubmissionChannel,
  basis: ChannelBasis,
  unavailable: boolean | undefined,
): { message: string; citation: Citation } {
  const name = SUBMISSION_CHANNEL_LABELS[channel];
  switch (basis) {
    case 'principle':
      return {
        message: `${name}は、ケアプラン等の提出の原則の方法です。`,
        citation: SECTIONS.channel,
      };
    case 'recommendedFallback':
      return unavailable === true
        ? {
            message: `${PRINCIPAL}によりがたい場合に推奨される方法（送達過程の確認が可能な郵送）です。`,
            citation: SECTIONS.channel,
          }
        : {
            message: `送達過程の確認が可能な郵送は、${PRINCIPAL}によりがたい場合に推奨される方法です。原則の方法を使えるなら、原則の方法で提出します。`,
            citation: SECTIONS.channel,
          };
    case 'outsideRecommendation':
      return {
        message: `郵送で推奨されるのは、簡易書留など送達過程の確認が可能なものです。原則は${PRINCIPAL}です。`,
        citation: SECTIONS.channel,
      };
    case 'notRecommended':
      return {
        message: `個人情報保護の観点から、電子メールでの提供は推奨されていません（禁止とは書かれていません）。原則は${PRINCIPAL}です。`,
        citation: SECTIONS.channelEmail,
      };
    case 'notMentioned':
      return {
        message: `${name}による提出は、資料に記載がありません（認めるとも認めないとも書かれていません）。原則は${PRINCIPAL}、これによりがたい場合は送達過程の確認が可能な郵送が推奨されています。`,
        citation: SECTIONS.channel,
      };
  }
}

/**
 * ケアプラン等の提出方法を評価する（ok／warning／error と理由・出典）。
 *
 * 原則はくまもとメディカルネットワークまたはケアプランデータ連携システム（ok）。これによりがたい場合は送達過程の確認が可能な
 * 郵送（簡易書留など）を推奨: 原則によりがたい事情があれば ok、なければ warning、分からなければ判定しない（`undetermined`）。
 * 電子メールは「推奨しない」ので warning。ファクシミリ・持参などは資料に記載がないため warning（記載がないことを理由として示す）。
 * 評価の表はパラメータ `kumamoto.submissionChannelGrades`。
 *
 * @source kumamoto-kanyo-2024 ３（３）【ケアプラン等の提出方法】
 * @example
 * ```ts
 * gradeSubmissionChannel({ channel: 'careplanDataSystem' }, { referenceDate: '2024-09-02' }).decision?.grade; // => 'ok'
 * gradeSubmissionChannel({ channel: 'email' }, { referenceDate: '2024-09-02' }).decision?.grade; // => 'warning'
 * ```
 */
export function gradeSubmissionChannel(
  input: unknown,
  context: unknown,
  params: SubmissionChannelParameters = DEFAULTS,
): RuleResult<SubmissionChannelDecision> {
  const p = prepareRuleInput(submissionChannelInputSchema, input, context);
  if (!p.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: p.findings });
  const grades = valueAt(params.submissionChannelGrades, p.context.referenceDate);
  if (!grades.ok) {
    return ruleResult({
      rule: RULE,
      sources: SOURCES,
      findings: [
        {
          code: 'channel.beforeStart',
          severity: 'error',
          message: '基準日が、この資料の提出の仕組みの開始日（令和６年４月１日）より前です。',
          path: [],
          citation: SECTIONS.directContract,
        },
      ],
    });
  }
  const parameters = [parameterUse(params.submissionChannelGrades, grades.value)];
  const { channel, principalChannelsUnavailable } = p.data;
  const grading = grades.value.value[channel];
  const conditional =
    grading.gradeWhenPrincipalUnavailable !== undefined &&
    grading.gradeWhenPrincipalUnavailable !== grading.grade;
  if (conditional && principalChannelsUnavailable === undefined) {
    return ruleResult({
      rule: RULE,
      sources: SOURCES,
      missing: [
        {
          path: ['principalChannelsUnavailable'],
          label:
            'くまもとメディカルネットワーク・ケアプランデータ連携システムによりがたい事情があるか',
        },
      ],
      parameters,
    });
  }
  const grade: ChannelGrade =
    conditional && principalChannelsUnavailable === true && grading.gradeWhenPrincipalUnavailable
      ? grading.gradeWhenPrincipalUnavailable
      : grading.grade;
  const why = reason(channel, grading.basis, principalChannelsUnavailable);
  const finding: Finding = {
    code: `channel.${grading.basis}`,
    severity: grade === 'ok' ? 'info' : grade,
    message: why.message,
    path: ['channel'],
    citation: why.citation,
  };
  return ruleResult({
    rule: RULE,
    sources: SOURCES,
    decision: { channel, grade, basis: grading.basis },
    findings: [finding],
    parameters,
  });
}
