import { isoDate } from '@kaigo/core';
import type { Citation, CitySourceDocument, IsoDate } from '@kaigo/core';

/**
 * 明石市のルールが引用する出典文書の id（`shared/seeds/README.md` の id）。引用は core の
 * `cite(AKASHI_DOCUMENT, 節, 引用)` で作る。
 *
 * @example
 * ```ts
 * cite(AKASHI_DOCUMENT, '３（３）類型'); // => { document: 'akashi-policy-2023', section: '３（３）類型' }
 * ```
 */
export const AKASHI_DOCUMENT = 'akashi-policy-2023' as const;

/**
 * 明石市の基本方針等の書誌情報（市の定義 `city` が登録する）。
 *
 * @example
 * ```ts
 * AKASHI_SOURCE_DOCUMENT.publisher; // => '明石市'
 * ```
 */
export const AKASHI_SOURCE_DOCUMENT: CitySourceDocument = {
  id: AKASHI_DOCUMENT,
  title: '自立支援等に資するケアマネジメントに関する明石市の基本方針等',
  publisher: '明石市',
  date: '2023年4月',
  kind: 'municipal',
};

/**
 * 明石市の基本方針等の適用開始日。文書は「2023年（令和５年）４月」とだけ記し日を示さないため、
 * 4月1日から適用と読む（月の初日が最も字義に近い読み方）。
 *
 * @source akashi-policy-2023 表題（2023年（令和５年）４月）
 * @example
 * ```ts
 * AKASHI_POLICY_FROM; // => '2023-04-01'
 * ```
 */
export const AKASHI_POLICY_FROM: IsoDate = isoDate('2023-04-01');

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
