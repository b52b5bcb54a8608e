import type { TraceStep } from './trace';
import type { Citation } from '../sources/citation';

/** 指摘の重大度。`error` は判定・提出を妨げるもの、`warning` は要確認、`info` は参考情報。 */
export type Severity = 'error' | 'warning' | 'info';

/** 入力値の位置（オブジェクトのキーと配列の添字の並び）。 */
export type Path = readonly (string | number)[];

/**
 * 指摘（ルールや検証が返す一件の所見）。メッセージに入力値（氏名・住所・被保険者番号など）を含めない。
 *
 * @example
 * ```ts
 * const f: Finding = {
 *   code: 'deadline.late',
 *   severity: 'error',
 *   message: '提出期限を3日過ぎています。',
 *   path: ['submittedOn'],
 * };
 * ```
 */
export interface Finding {
  /** 安定した英語のコード（機械処理用）。 */
  readonly code: string;
  /** 重大度。 */
  readonly severity: Severity;
  /** 日本語のメッセージ。入力値を含めない。 */
  readonly message: string;
  /** 指摘の対象となる入力の位置。 */
  readonly path?: Path;
  /** 指摘の根拠。 */
  readonly citation?: Citation;
}

/** 判定に必要だが入力になかった項目。「未入力」は「いいえ」ではない。 */
export interface MissingInput {
  /** 入力の位置。 */
  readonly path: Path;
  /** 項目の日本語名。 */
  readonly label: string;
}

/** 判定に使ったパラメータとその時点で有効な値。 */
export interface ParameterUse {
  /** パラメータ id。 */
  readonly id: string;
  /** 使用した値。 */
  readonly value: unknown;
  /** その値の適用開始日（YYYY-MM-DD）。 */
  readonly effectiveFrom: string;
  /** 出典。 */
  readonly citation: Citation;
  /** 文脈 `parameters` で上書きした値なら `override`（収録した値のときは省略）。 */
  readonly origin?: 'override';
}

/**
 * ルールの判定状態。
 * - `decided`: 判定できた（`decision` あり）
 * - `undetermined`: 入力不足で判定できない（`missing` に不足項目）
 * - `invalid`: 入力が不正で判定できない（`findings` にエラー）
 */
export type RuleStatus = 'decided' | 'undetermined' | 'invalid';

/**
 * ルール関数の結果。判定、指摘、不足入力、使用したパラメータを持ち、それ自体で説明できる。
 *
 * @typeParam D 判定の型
 * @example
 * ```ts
 * const r: RuleResult<boolean> = {
 *   rule: 'example.rule',
 *   status: 'decided',
 *   decision: true,
 *   findings: [],
 *   missing: [],
 *   parameters: [],
 *   sources: [{ document: 'kobayashi-jiritsu-2025', section: '２' }],
 * };
 * ```
 */
export interface RuleResult<D> {
  /** ルール id（例: `kobayashi.eligibility`）。 */
  readonly rule: string;
  /** 判定状態。 */
  readonly status: RuleStatus;
  /** 判定（`status` が `decided` のときのみ）。 */
  readonly decision?: D;
  /** 指摘。 */
  readonly findings: readonly Finding[];
  /** 判定に不足した入力。 */
  readonly missing: readonly MissingInput[];
  /** 使用したパラメータと値。 */
  readonly parameters: readonly ParameterUse[];
  /** ルールの出典。 */
  readonly sources: readonly Citation[];
  /** 判定の道筋（`defineRule` で宣言したルールのみ）。個人情報を含まない。 */
  readonly trace?: readonly TraceStep[];
}

/**
 * 成功または失敗を表す値（例外を投げない API の戻り値）。
 *
 * @example
 * ```ts
 * const r: Outcome<number> = { ok: true, value: 1 };
 * if (r.ok) console.log(r.value);
 * ```
 */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Finding };

export type { Citation } from '../sources/citation';
