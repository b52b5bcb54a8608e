import { defineParameter, isoDate } from '@kaigo/core';
import type { DatedParameter } from '@kaigo/core';
import { SECTIONS } from '../../sourceDocument';

/**
 * ケアプラン等の提出方法。
 * - `kumamotoMedicalNetwork`: くまもとメディカルネットワーク
 * - `careplanDataSystem`: ケアプランデータ連携システム
 * - `postWithDeliveryRecord`: 郵送（簡易書留など送達過程の確認が可能なもの）
 * - `postWithoutDeliveryRecord`: 郵送（普通郵便など送達過程の確認ができないもの）
 * - `email`: 電子メール
 * - `fax`: ファクシミリ
 * - `handDelivery`: 持参（手渡し）
 * - `other`: その他
 */
export const SUBMISSION_CHANNELS = [
  'kumamotoMedicalNetwork',
  'careplanDataSystem',
  'postWithDeliveryRecord',
  'postWithoutDeliveryRecord',
  'email',
  'fax',
  'handDelivery',
  'other',
] as const;

/** ケアプラン等の提出方法。 */
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];

/** 提出方法の日本語名。 */
export const SUBMISSION_CHANNEL_LABELS: Readonly<Record<SubmissionChannel, string>> = {
  kumamotoMedicalNetwork: 'くまもとメディカルネットワーク',
  careplanDataSystem: 'ケアプランデータ連携システム',
  postWithDeliveryRecord: '郵送（簡易書留など送達過程の確認が可能なもの）',
  postWithoutDeliveryRecord: '郵送（送達過程の確認ができないもの）',
  email: '電子メール',
  fax: 'ファクシミリ',
  handDelivery: '持参',
  other: 'その他の方法',
};

/** 提出方法の評価: `ok` 問題なし、`warning` 要確認、`error` 不可。 */
export type ChannelGrade = 'ok' | 'warning' | 'error';

/**
 * 資料上の位置づけ。
 * - `principle`: 原則の方法
 * - `recommendedFallback`: 原則によりがたい場合に推奨される方法
 * - `outsideRecommendation`: 推奨される郵送（送達過程の確認が可能なもの）に当たらない郵送
 * - `notRecommended`: 推奨しないと書かれている方法
 * - `notMentioned`: 資料に記載のない方法
 */
export type ChannelBasis =
  'principle' | 'recommendedFallback' | 'outsideRecommendation' | 'notRecommended' | 'notMentioned';

/** 提出方法1つの評価の規則。 */
export interface ChannelGrading {
  /** 資料上の位置づけ。 */
  readonly basis: ChannelBasis;
  /** 原則の方法が使える（またはそれによりがたい事情が分からない）ときの評価。 */
  readonly grade: ChannelGrade;
  /** 原則の方法によりがたいときの評価（違うときだけ）。 */
  readonly gradeWhenPrincipalUnavailable?: ChannelGrade;
}

/**
 * 提出方法ごとの評価（３（３）【ケアプラン等の提出方法】）。
 *
 * 読み方:
 * - 原則の2つ（くまもとメディカルネットワーク・ケアプランデータ連携システム）は `ok`。
 * - 送達確認のできる郵送は「これによりがたい場合には…を推奨する」ので、原則の方法によりがたいときは `ok`（推奨される代わりの方法）、
 *   原則の方法が使えるのに郵送するときは `warning`（原則から外れる）。によりがたいかどうか分からなければ判定しない（不足入力）。
 * - 送達確認のできない郵送は推奨の対象外なので `warning`。
 * - 電子メールは「推奨しない」（禁止ではない）ので `warning`。別の読み方: 個人情報保護の観点を重く見て `error`。
 * - ファクシミリ・持参・その他は資料に記載がない。原則から外れるので `warning` とし、禁止とは書かれていないので `error` にはしない。
 *
 * @source kumamoto-kanyo-2024 ３（３）【ケアプラン等の提出方法】
 * @example
 * ```ts
 * submissionChannelGrades.values[0]?.value.email; // => { basis: 'notRecommended', grade: 'warning' }
 * ```
 */
export const submissionChannelGrades: DatedParameter<
  Readonly<Record<SubmissionChannel, ChannelGrading>>
> = defineParameter<Readonly<Record<SubmissionChannel, ChannelGrading>>>({
  id: 'kumamoto.submissionChannelGrades',
  description: 'ケアプラン等の提出方法ごとの評価',
  citation: SECTIONS.channel,
  values: [
    {
      from: isoDate('2024-04-01'),
      value: {
        kumamotoMedicalNetwork: { basis: 'principle', grade: 'ok' },
        careplanDataSystem: { basis: 'principle', grade: 'ok' },
        postWithDeliveryRecord: {
          basis: 'recommendedFallback',
          grade: 'warning',
          gradeWhenPrincipalUnavailable: 'ok',
        },
        postWithoutDeliveryRecord: { basis: 'outsideRecommendation', grade: 'warning' },
        email: { basis: 'notRecommended', grade: 'warning' },
        fax: { basis: 'notMentioned', grade: 'warning' },
        handDelivery: { basis: 'notMentioned', grade: 'warning' },
        other: { basis: 'notMentioned', grade: 'warning' },
      },
    },
  ],
  reading:
    '「原則として」の2つの方法は ok。「これによりがたい場合には」送達確認のできる郵送を「推奨する」ので、原則によりがたいときだけ ok、そうでなければ warning。' +
    '電子メールは「推奨しない」であって禁止ではないので warning（別の読み方: error）。ファクシミリ・持参は資料に記載がなく、原則から外れるので warning。',
});
