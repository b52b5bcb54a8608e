import type { IsoDate } from '../date/isoDate';
import type { DatedParameter } from '../params/datedParameter';
import type { RuleContext } from '../params/ruleContext';
import { parseRuleContext } from '../params/ruleContext';
import { ruleResult, ruleStatus } from '../result/build';
import type { CompactRuleResult } from '../result/compactResult';
import type { Citation, Finding, MissingInput, RuleResult } from '../result/types';
import type { ParameterOverrides } from './parameterOverride';
import { overrideParameter } from './parameterOverride';
import type { RuleEnv } from './ruleEnv';
import { createRuleEnv, ParameterUnavailableError } from './ruleEnv';
import type { RuleDescriptor, RuleExample } from './ruleDescriptor';
import type { RuleInput } from './ruleInput';
import type { TraceStep } from '../result/trace';

/** ルール本体が返すもの。`rule`・`sources`・`parameters`・`trace` は `defineRule` が付ける。 */
export interface RuleOutcome<D> {
  /** 判定（判定できたとき）。 */
  readonly decision?: D;
  /** 指摘。 */
  readonly findings?: readonly Finding[];
  /** 判定に不足した入力。 */
  readonly missing?: readonly MissingInput[];
}

/**
 * ルールの宣言。1つのルールにつき1度だけ書き、文書・CLI・HTTP・結果はすべてここから作る。
 *
 * @typeParam I 検証済みの入力の型
 * @typeParam D 判定の型
 */
export interface RuleDeclaration<I, D> {
  /** ルール id（`<市>.<名前>`）。 */
  readonly id: string;
  /** 日本語の名称。 */
  readonly title: string;
  /** 何を判定するか（日本語）。 */
  readonly description?: string;
  /** 出典（カタログと結果の `sources` はこれと同じ）。 */
  readonly sources: readonly Citation[];
  /** 入力の検証（zod のスキーマは `@kaigo/forms` の `ruleInput(schema)`）。 */
  readonly input: RuleInput<I>;
  /** ルールが読むパラメータ（文脈の `parameters` で上書きできる）。 */
  readonly parameters: readonly DatedParameter<unknown>[];
  /** 例（架空の事例。カタログとテストが実行する）。 */
  readonly examples: readonly RuleExample[];
  /** 本体。純粋（I/O も時計も使わない）。例外は `internal.error` の指摘になる。 */
  readonly evaluate: (input: I, env: RuleEnv) => RuleOutcome<D>;
}

/**
 * 宣言から作ったルール。関数として呼べ（`rule(input, context)`）、記述子（id・名称・出典・パラメータ・例）も持つ。
 *
 * @typeParam I 検証済みの入力の型
 * @typeParam D 判定の型
 */
export interface Rule<I, D> extends RuleDescriptor<D> {
  /** ルールを評価する。どんな入力・文脈でも例外を投げない。 */
  (input: unknown, context?: unknown): RuleResult<D>;
  /** 入力の検証。 */
  readonly input: RuleInput<I>;
  /** ルールが読むパラメータ。 */
  readonly parameters: readonly DatedParameter<unknown>[];
  /** 簡潔な結果で評価する（判定・指摘・不足入力は `rule(input, context)` と同じ。パラメータ・出典・トレースなし）。 */
  compact(input: unknown, context?: unknown): CompactRuleResult<D>;
  /**
   * 文脈を1度だけ読み、入力ごとに評価する関数を返す（同じ基準日・上書きで多数の事例を評価するバッチ向け）。
   * `{ result: 'compact' }` で簡潔な結果。
   */
  bind(context: unknown): (input: unknown) => RuleResult<D>;
  bind(
    context: unknown,
    options: { readonly result: 'compact' },
  ): (input: unknown) => CompactRuleResult<D>;
  bind(context: unknown, options?: BindOptions): (input: unknown) => CompactRuleResult<D>;
}

/** {@link Rule.bind} の任意設定。 */
export interface BindOptions {
  /** 結果の形: `full`（既定。パラメータ・出典・トレースつき）か `compact`（{@link CompactRuleResult}）。 */
  readonly result?: 'full' | 'compact';
}

const INTERNAL: Finding = {
  code: 'internal.error',
  severity: 'error',
  message: 'ルールの評価中に予期しない誤りがありました。入力を確認してください。',
};

function isCodedError(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/.test((error as unknown as { code: string }).code)
  );
}

/** 例外を指摘にする。メッセージに入力値を含めない例外（コードつき）だけはそのメッセージを使う。 */
function findingOf(error: unknown): Finding {
  if (error instanceof ParameterUnavailableError) {
    return {
      code: error.code,
      severity: 'error',
      message: error.message,
      citation: error.citation,
    };
  }
  if (isCodedError(error) && error.code.startsWith('date.')) {
    return { code: error.code, severity: 'error', message: error.message };
  }
  return INTERNAL;
}

function readOverrides(context: unknown): { value?: ParameterOverrides; error?: Finding } {
  const raw = (context as { parameters?: unknown }).parameters;
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      error: {
        code: 'context.parameters.type',
        severity: 'error',
        message:
          'パラメータの上書き（parameters）は、パラメータ id をキーとするオブジェクトで指定してください。',
        path: ['context', 'parameters'],
      },
    };
  }
  return { value: raw as ParameterOverrides };
}

interface Prepared {
  readonly context: RuleContext;
  readonly overridden: Map<string, { parameter: DatedParameter<unknown>; from: IsoDate }>;
  readonly findings: Finding[];
}

/** 文脈を読み、宣言されたパラメータへの上書きを当てる。 */
function prepareContext(
  declared: readonly DatedParameter<unknown>[],
  context: unknown,
): Prepared | Finding[] {
  const ctx = parseRuleContext(context);
  if (!ctx.ok) return [ctx.error];
  const overrides = readOverrides(context);
  if (overrides.error) return [overrides.error];
  const overridden = new Map<string, { parameter: DatedParameter<unknown>; from: IsoDate }>();
  const findings: Finding[] = [];
  const errors: Finding[] = [];
  for (const id of Object.keys(overrides.value ?? {})) {
    const parameter = declared.find((p) => p.id === id);
    if (!parameter) {
      findings.push({
        code: 'context.parameters.unused',
        severity: 'info',
        message: 'このルールが読まないパラメータの上書きがあります（使わずに評価しました）。',
        path: ['context', 'parameters', id],
      });
      continue;
    }
    const applied = overrideParameter(parameter, overrides.value?.[id]);
    if (applied.ok) overridden.set(id, applied.value);
    else
      errors.push({
        ...applied.error,
        path: ['context', 'parameters', id],
        citation: parameter.citation,
      });
  }
  if (errors.length > 0) return errors;
  return { context: ctx.value, overridden, findings };
}

/**
 * ルールを宣言する。入力の検証、文脈（基準日・パラメータの上書き）の読み取り、例外の捕捉、使ったパラメータと
 * トレースの記録、結果の組み立てはここで1度だけ行い、市のパッケージは本体だけを書く。結果の `sources` は
 * 宣言の `sources` と同じ（カタログと結果の出典が食い違わない）。
 *
 * @example
 * ```ts
 * const checkFee = defineRule({
 *   id: 'example.fee',
 *   title: '支援額',
 *   sources: [cite('kobayashi-jiritsu-2025', '３（２）')],
 *   input: ruleInput(z.object({})),
 *   parameters: [fee],
 *   examples: [],
 *   evaluate: (_input, env) => ({ decision: env.value(fee) }),
 * });
 * checkFee({}, { referenceDate: '2025-06-01' }).decision; // => 3000
 * checkFee({}, { referenceDate: '2025-06-01', parameters: { 'example.fee': 3500 } }).decision; // => 3500
 * ```
 */
export function defineRule<I, D>(declaration: RuleDeclaration<I, D>): Rule<I, D> {
  const { id: rule, sources, input: schema } = declaration;
  const declared = declaration.parameters as readonly DatedParameter<unknown>[];
  const build = (
    record: boolean,
    parts: RuleOutcome<D>,
    uses: RuleResult<D>['parameters'] = [],
    steps: readonly TraceStep[] = [],
  ): RuleResult<D> | CompactRuleResult<D> => {
    const missing = parts.missing ?? [];
    const findings = parts.findings ?? [];
    const status = ruleStatus(parts.decision, missing);
    if (!record)
      return parts.decision === undefined
        ? { rule, status, findings, missing }
        : { rule, status, decision: parts.decision, findings, missing };
    const trace = [
      ...steps,
      ...missing.map((m): TraceStep => ({ kind: 'missing', path: m.path, label: m.label })),
    ];
    return { ...ruleResult<D>({ rule, sources, ...parts, parameters: uses }), trace };
  };
  /** The context is read once per `bind` (one batch), not once per input. */
  const prepare = (context: unknown): Prepared | Finding[] => {
    try {
      return prepareContext(declared, context);
    } catch (error) {
      return [findingOf(error)];
    }
  };
  const run = (
    prepared: Prepared | Finding[],
    input: unknown,
    record: boolean,
  ): RuleResult<D> | CompactRuleResult<D> => {
    try {
      const parsed = schema.parse(input);
      if (Array.isArray(prepared) || !parsed.ok) {
        const findings = [
          ...(Array.isArray(prepared) ? prepared : []),
          ...(parsed.ok ? [] : parsed.findings),
        ];
        return build(record, { findings });
      }
      const env = createRuleEnv(prepared.context.referenceDate, prepared.overridden, record);
      try {
        const out = declaration.evaluate(parsed.data, env);
        const findings =
          prepared.findings.length === 0
            ? (out.findings ?? [])
            : [...prepared.findings, ...(out.findings ?? [])];
        return build(record, { ...out, findings }, env.uses, env.steps);
      } catch (error) {
        const findings = [...prepared.findings, findingOf(error)];
        return build(record, { findings }, env.uses, env.steps);
      }
    } catch (error) {
      return build(record, { findings: [findingOf(error)] });
    }
  };
  const evaluate = (input: unknown, context?: unknown): RuleResult<D> =>
    run(prepare(context), input, true) as RuleResult<D>;
  const compact = (input: unknown, context?: unknown): CompactRuleResult<D> =>
    run(prepare(context), input, false);
  const bind = ((context: unknown, options: BindOptions = {}) => {
    const prepared = prepare(context);
    const record = options.result !== 'compact';
    return (input: unknown) => run(prepared, input, record);
  }) as Rule<I, D>['bind'];
  return Object.assign(evaluate, {
    id: rule,
    title: declaration.title,
    ...(declaration.description === undefined ? {} : { description: declaration.description }),
    sources,
    input: schema,
    parameters: declared,
    examples: declaration.examples,
    evaluate,
    compact,
    bind,
  });
}
