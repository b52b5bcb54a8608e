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

/** 文書が参照する別資料（別冊・別添など。SDK の出典には含まれない）。 */
export interface ExternalReference {
  /** 資料名。 */
  readonly title: string;
  /** 注記。 */
  readonly note: string;
  /** 参照している箇所。 */
  readonly citation: Citation;
}
