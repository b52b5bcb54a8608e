import type {
  Citation,
  Finding,
  MissingInput,
  ParameterUse,
  RuleResult,
  RuleStatus,
} from './types';

/**
 * 成功の {@link Outcome} を作る。
 *
 * @example
 * ```ts
 * success(3); // => { ok: true, value: 3 }
 * ```
 */
export function success<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * 失敗の {@link Outcome} を作る（重大度は `error`）。
 *
 * @example
 * ```ts
 * failure('date.invalid', '日付の形式が正しくありません。');
 * ```
 */
export function failure(
  code: string,
  message: string,
  path?: readonly (string | number)[],
): { readonly ok: false; readonly error: Finding } {
  return {
    ok: false,
    error: path ? { code, severity: 'error', message, path } : { code, severity: 'error', message },
  };
}

/** {@link ruleResult} の入力。 */
export interface RuleResultParts<D> {
  /** ルール id。 */
  readonly rule: string;
  /** ルールの出典。 */
  readonly sources: readonly Citation[];
  /** 判定（入力不足・不正でなければ必須）。 */
  readonly decision?: D;
  /** 指摘。 */
  readonly findings?: readonly Finding[];
  /** 不足入力。 */
  readonly missing?: readonly MissingInput[];
  /** 使用パラメータ。 */
  readonly parameters?: readonly ParameterUse[];
}

/**
 * ルール結果を組み立てる。状態は次の順で決まる: error の指摘があり判定がない → `invalid`、
 * 不足入力があり判定がない → `undetermined`、それ以外 → `decided`。
 *
 * @example
 * ```ts
 * ruleResult({ rule: 'x', sources: [], decision: true }).status; // => 'decided'
 * ruleResult({ rule: 'x', sources: [], missing: [{ path: ['a'], label: 'A' }] }).status; // => 'undetermined'
 * ```
 */
export function ruleResult<D>(parts: RuleResultParts<D>): RuleResult<D> {
  const findings = parts.findings ?? [];
  const missing = parts.missing ?? [];
  const base = {
    rule: parts.rule,
    findings,
    missing,
    parameters: parts.parameters ?? [],
    sources: parts.sources,
    status: ruleStatus(parts.decision, missing),
  };
  return parts.decision === undefined ? base : { ...base, decision: parts.decision };
}

/**
 * 判定と不足入力から判定状態を決める（{@link ruleResult} と簡潔な結果が共通に使う）: 判定あり → `decided`、
 * 判定がなく不足入力あり → `undetermined`、それ以外 → `invalid`。
 *
 * @example
 * ```ts
 * ruleStatus(true, []); // => 'decided'
 * ruleStatus(undefined, [{ path: ['a'], label: 'A' }]); // => 'undetermined'
 * ```
 */
export function ruleStatus(decision: unknown, missing: readonly MissingInput[]): RuleStatus {
  if (decision !== undefined) return 'decided';
  return missing.length > 0 ? 'undetermined' : 'invalid';
}

/**
 * 結果に error の指摘が含まれるか。
 *
 * @example
 * ```ts
 * hasErrors([{ code: 'a', severity: 'warning', message: '' }]); // => false
 * ```
 */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
