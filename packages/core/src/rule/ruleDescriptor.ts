import type { DatedParameter } from '../params/datedParameter';
import type { Citation, RuleResult, RuleStatus } from '../result/types';
import type { CompactRuleResult } from '../result/compactResult';
import type { RuleInput } from './ruleInput';

/** ルールの例（カタログの入出力表とドキュメントに使う。実行して結果を得る）。 */
export interface RuleExample {
  /** 例の見出し（日本語）。 */
  readonly title: string;
  /** 入力（架空の人物・事業所のみ）。 */
  readonly input: unknown;
  /** 文脈（基準日・パラメータの上書き）。 */
  readonly context: unknown;
  /** 期待する結果（あればテストが照合する）。 */
  readonly expect?: {
    /** 判定状態。 */
    readonly status?: RuleStatus;
    /** 判定（部分一致: 書いたキーだけを比べる）。 */
    readonly decision?: unknown;
    /** 含まれるべき指摘のコード。 */
    readonly findings?: readonly string[];
  };
}

/**
 * ルールの記述子。市のパッケージは `rules` としてこれの一覧を公開し、CLI（`kaigo check`）と
 * ルールカタログの生成が共通に使う。
 *
 * @typeParam D 判定の型
 * @example
 * ```ts
 * const rule: RuleDescriptor = {
 *   id: 'example.always',
 *   title: '例',
 *   sources: [cite('kobayashi-jiritsu-2025', '２')],
 *   evaluate: () => ruleResult({ rule: 'example.always', sources: [], decision: true }),
 *   examples: [],
 * };
 * ```
 */
export interface RuleDescriptor<D = unknown> {
  /** ルール id（`<city>.<name>`）。CLI ではこの `<name>` 部分で指定する。 */
  readonly id: string;
  /** 日本語の名称。 */
  readonly title: string;
  /** 何を判定するか（日本語）。 */
  readonly description?: string;
  /** 出典。 */
  readonly sources: readonly Citation[];
  /** ルール本体（どんな入力でも例外を投げない）。 */
  readonly evaluate: (input: unknown, context?: unknown) => RuleResult<D>;
  /** 例（カタログに実行結果を載せる）。 */
  readonly examples: readonly RuleExample[];
  /** 入力の検証（`defineRule` で宣言したルールのみ）。 */
  readonly input?: RuleInput<unknown>;
  /** ルールが読むパラメータ（`defineRule` で宣言したルールのみ）。 */
  readonly parameters?: readonly DatedParameter<unknown>[];
  /** 簡潔な結果で評価する（`defineRule` で宣言したルールのみ。ほかは {@link compactResult} で同じ形になる）。 */
  readonly compact?: (input: unknown, context?: unknown) => CompactRuleResult<D>;
  /** 文脈を1度だけ読み、入力ごとに評価する関数を返す（`defineRule` で宣言したルールのみ）。 */
  readonly bind?: (
    context: unknown,
    options?: { readonly result?: 'full' | 'compact' },
  ) => (input: unknown) => CompactRuleResult<D>;
}
