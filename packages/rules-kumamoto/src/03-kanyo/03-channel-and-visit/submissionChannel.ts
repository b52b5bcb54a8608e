import { defineRule } from '@kaigo/core';
import type { Citation, Finding, Rule, RuleEnv, RuleOutcome } from '@kaigo/core';
import { booleanField, ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { SECTIONS } from '../../sourceDocument';
import {
  SUBMISSION_CHANNELS,
  SUBMISSION_CHANNEL_LABELS,
  submissionChannelGrades,
} from './channelParameters';
import type { ChannelBasis, ChannelGrade, SubmissionChannel } from './channelParameters';

/** {@link gradeSubmissionChannel} の入力。 */
export interface SubmissionChannelInput {
  /** 提出方法。 */
  readonly channel: SubmissionChannel;
  /** くまもとメディカルネットワーク・ケアプランデータ連携システムによりがたい事情があるか。 */
  readonly principalChannelsUnavailable?: boolean | undefined;
}

const UNAVAILABLE_LABEL =
  'くまもとメディカルネットワーク・ケアプランデータ連携システムによりがたい事情があるか';

/** {@link gradeSubmissionChannel} の入力スキーマ。 */
export const submissionChannelInputSchema: z.ZodType<SubmissionChannelInput> = z.strictObject({
  channel: withMeta(z.enum(SUBMISSION_CHANNELS), { label: '提出方法' }),
  principalChannelsUnavailable: booleanField({ label: UNAVAILABLE_LABEL }).optional(),
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

function evaluateChannel(
  data: SubmissionChannelInput,
  env: RuleEnv,
): RuleOutcome<SubmissionChannelDecision> {
  // 評価の表に開始前の値はない。専用の指摘にするため、範囲外を例外にしない。
  const grades = env.inForce(submissionChannelGrades);
  if (!grades.ok) {
    return {
      findings: [
        {
          code: 'channel.beforeStart',
          severity: 'error',
          message: '基準日が、この資料の提出の仕組みの開始日（令和６年４月１日）より前です。',
          path: [],
          citation: SECTIONS.directContract,
        },
      ],
    };
  }
  const { channel, principalChannelsUnavailable } = data;
  const grading = grades.value.value[channel];
  const conditional =
    grading.gradeWhenPrincipalUnavailable !== undefined &&
    grading.gradeWhenPrincipalUnavailable !== grading.grade;
  if (conditional && principalChannelsUnavailable === undefined)
    return { missing: [{ path: ['principalChannelsUnavailable'], label: UNAVAILABLE_LABEL }] };
  const grade: ChannelGrade =
    conditional && principalChannelsUnavailable === true && grading.gradeWhenPrincipalUnavailable
      ? grading.gradeWhenPrincipalUnavailable
      : grading.grade;
  env.trace({ kind: 'condition', code: 'channel.grade', label: '提出方法の評価', outcome: grade });
  const why = reason(channel, grading.basis, principalChannelsUnavailable);
  const finding: Finding = {
    code: `channel.${grading.basis}`,
    severity: grade === 'ok' ? 'info' : grade,
    message: why.message,
    path: ['channel'],
    citation: why.citation,
  };
  return { decision: { channel, grade, basis: grading.basis }, findings: [finding] };
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
export const gradeSubmissionChannel: Rule<SubmissionChannelInput, SubmissionChannelDecision> =
  defineRule({
    id: 'kumamoto.submissionChannel',
    title: 'ケアプラン等の提出方法',
    description: '提出方法を ok／warning／error で評価し、理由と出典を示す。',
    sources: [SECTIONS.channel, SECTIONS.channelEmail],
    input: ruleInput(submissionChannelInputSchema),
    parameters: [submissionChannelGrades],
    examples: [
      {
        title: 'ケアプランデータ連携システム（原則）',
        input: { channel: 'careplanDataSystem' },
        context: { referenceDate: '2024-09-02' },
        expect: { status: 'decided', decision: { grade: 'ok', basis: 'principle' } },
      },
      {
        title: '原則によりがたいので簡易書留で郵送',
        input: { channel: 'postWithDeliveryRecord', principalChannelsUnavailable: true },
        context: { referenceDate: '2024-09-02' },
        expect: { status: 'decided', decision: { grade: 'ok', basis: 'recommendedFallback' } },
      },
      {
        title: '電子メール（推奨しない）',
        input: { channel: 'email' },
        context: { referenceDate: '2024-09-02' },
        expect: { status: 'decided', decision: { grade: 'warning', basis: 'notRecommended' } },
      },
    ],
    evaluate: evaluateChannel,
  });
