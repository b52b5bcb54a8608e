import type { Citation } from '@kaigo/core';

/**
 * 文書の一項（「○」で始まる段落など）を、出典つきの参照データとして持つ形。
 * 監査・研修の参照用であり、ルール（判定）ではない。
 */
export interface PolicyStatement {
  /** 安定した識別子（英語）。 */
  readonly id: string;
  /** 要旨（日本語、SDK による要約）。 */
  readonly summary: string;
  /** 原文（改行を除いたもの）。 */
  readonly text: string;
  /** 出典（節と項の位置）。 */
  readonly citation: Citation;
}
