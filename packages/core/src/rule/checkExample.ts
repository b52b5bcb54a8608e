import type { RuleResult, RuleStatus } from '../result/types';
import type { RuleDescriptor, RuleExample } from './ruleDescriptor';

/** 期待する結果（例の `expect`）。指摘は英語のコードで、含まれていればよい。 */
export interface ExampleExpectation {
  /** 判定状態。 */
  readonly status?: RuleStatus;
  /** 判定（部分一致: 書いたキーだけを比べる。配列は長さも比べる）。 */
  readonly decision?: unknown;
  /** 含まれるべき指摘のコード。 */
  readonly findings?: readonly string[];
}

/** {@link checkRuleExample} の結果。 */
export interface ExampleCheck {
  /** 期待どおりか。 */
  readonly pass: boolean;
  /** 食い違い（日本語。位置と期待値・実際の値を示す。値は例の作者が書いたもの）。 */
  readonly problems: readonly string[];
  /** ルールの結果。 */
  readonly result: RuleResult<unknown>;
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** `actual` が `expected` を部分として含むか。食い違いを `problems` に加える。 */
function matchPartial(expected: unknown, actual: unknown, at: string, problems: string[]): void {
  if (expected === null || typeof expected !== 'object') {
    if (!Object.is(expected, actual))
      problems.push(`${at}: 期待 ${describeValue(expected)}、実際 ${describeValue(actual)}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      problems.push(`${at}: 期待 ${expected.length}件の配列、実際 ${describeValue(actual)}`);
      return;
    }
    expected.forEach((e, i) => matchPartial(e, actual[i], `${at}[${i}]`, problems));
    return;
  }
  if (typeof actual !== 'object' || actual === null) {
    problems.push(`${at}: 期待 オブジェクト、実際 ${describeValue(actual)}`);
    return;
  }
  for (const [key, value] of Object.entries(expected)) {
    matchPartial(value, (actual as Record<string, unknown>)[key], `${at}.${key}`, problems);
  }
}

/**
 * ルールの例を実行し、期待（`expect`）と照らし合わせる。市の職員が YAML で書いた事例の検査（`kaigo test`）と
 * テストが使う。例外は投げない（ルールが投げないため）。
 *
 * @example
 * ```ts
 * const check = checkRuleExample(checkEligibility, {
 *   title: '要支援1',
 *   input: { careLevel: 'support1', preAssessmentDate: '2025-06-02' },
 *   context: { referenceDate: '2025-06-10' },
 *   expect: { status: 'decided', decision: { eligible: true } },
 * });
 * check.pass; // => true
 * ```
 */
export function checkRuleExample(
  rule: RuleDescriptor,
  example: RuleExample & { readonly expect?: ExampleExpectation },
): ExampleCheck {
  const result = rule.evaluate(example.input, example.context);
  const problems: string[] = [];
  const expected = example.expect ?? {};
  if (expected.status !== undefined && expected.status !== result.status)
    problems.push(`status: 期待 ${expected.status}、実際 ${result.status}`);
  if (expected.decision !== undefined)
    matchPartial(expected.decision, result.decision, 'decision', problems);
  for (const code of expected.findings ?? []) {
    if (!result.findings.some((f) => f.code === code))
      problems.push(`findings: ${code} がありません`);
  }
  return { pass: problems.length === 0, problems, result };
}
