import type { ExampleExpectation, RuleExample } from '@kaigo/core';
import { parseDocument } from 'yaml';

/** YAML の事例ファイルの1件（`kaigo test`・テストが実行する）。 */
export interface ExampleCase extends RuleExample {
  /** ルール id（`kobayashi.eligibility`）。ファイルの `rule` を各事例で上書きできる。 */
  readonly rule: string;
  /** 期待する結果。 */
  readonly expect?: ExampleExpectation;
  /** ファイル内の番号（1 から）。 */
  readonly index: number;
}

/** {@link parseExamplesFile} の結果。失敗なら日本語の理由（事例の番号つき）。 */
export type ExamplesFile =
  | { readonly ok: true; readonly cases: readonly ExampleCase[] }
  | { readonly ok: false; readonly errors: readonly string[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STATUSES = new Set(['decided', 'undetermined', 'invalid']);
const CASE_KEYS = new Set(['rule', 'title', 'input', 'context', 'expect']);

function readCase(
  raw: unknown,
  index: number,
  rule: unknown,
  errors: string[],
): ExampleCase | undefined {
  const at = `事例 ${index}`;
  if (!isObject(raw)) {
    errors.push(`${at}: 事例はオブジェクト（title・input・context・expect）で書いてください。`);
    return undefined;
  }
  const unknown = Object.keys(raw).filter((k) => !CASE_KEYS.has(k));
  if (unknown.length > 0)
    errors.push(
      `${at}: 使えない項目があります（使える項目: rule, title, input, context, expect）。`,
    );
  const id = raw['rule'] ?? rule;
  if (typeof id !== 'string' || id === '') errors.push(`${at}: ルール id（rule）がありません。`);
  if (typeof raw['title'] !== 'string') errors.push(`${at}: 見出し（title）がありません。`);
  if (!isObject(raw['context']))
    errors.push(`${at}: 文脈（context: { referenceDate: YYYY-MM-DD }）がありません。`);
  const expect = raw['expect'];
  if (expect !== undefined) {
    if (!isObject(expect)) errors.push(`${at}: expect はオブジェクトで書いてください。`);
    else if (expect['status'] !== undefined && !STATUSES.has(String(expect['status'])))
      errors.push(`${at}: expect.status は decided・undetermined・invalid のどれかです。`);
    else if (
      expect['findings'] !== undefined &&
      !(Array.isArray(expect['findings']) && expect['findings'].every((c) => typeof c === 'string'))
    )
      errors.push(`${at}: expect.findings は指摘のコードの一覧で書いてください。`);
  }
  if (errors.length > 0) return undefined;
  return {
    rule: id as string,
    title: raw['title'] as string,
    input: raw['input'],
    context: raw['context'],
    ...(expect === undefined ? {} : { expect: expect as ExampleExpectation }),
    index,
  };
}

/**
 * YAML の事例ファイルを読む。形式:
 *
 * ```yaml
 * rule: kobayashi.eligibility      # ファイル全体のルール（各事例の rule で上書きできる）
 * cases:
 *   - title: 要支援1、令和7年6月に事前アセスメント
 *     input: { careLevel: support1, preAssessmentDate: 2025-06-02 }
 *     context: { referenceDate: 2025-06-10 }
 *     expect: { status: decided, decision: { eligible: true } }
 * ```
 *
 * 日付は YAML 1.2 の規則で文字列として読む（`2025-06-02` は日付型にならない）。例外は投げない。
 *
 * @example
 * ```ts
 * const file = parseExamplesFile('rule: x.y\ncases:\n  - title: t\n    input: {}\n    context: { referenceDate: 2025-06-10 }\n');
 * file.ok; // => true
 * ```
 */
export function parseExamplesFile(text: string): ExamplesFile {
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
  });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map(
        (e) => `YAML として読めません（${e.linePos?.[0]?.line ?? '?'}行目）。`,
      ),
    };
  }
  const root: unknown = doc.toJS({ maxAliasCount: 100 });
  if (!isObject(root) || !Array.isArray(root['cases']) || root['cases'].length === 0) {
    return { ok: false, errors: ['事例ファイルには cases:（事例の一覧）が必要です。'] };
  }
  const errors: string[] = [];
  const cases: ExampleCase[] = [];
  root['cases'].forEach((raw: unknown, i: number) => {
    const c = readCase(raw, i + 1, root['rule'], errors);
    if (c) cases.push(c);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, cases };
}
