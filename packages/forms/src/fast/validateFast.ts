import type * as z from 'zod';
import type { FormDefinition } from '../meta/formDefinition';
import { REQUIRED_MESSAGE, japaneseMessage } from '../validate/messages';
import type { RawIssue } from '../validate/messages';
import { labelAt } from '../validate/schemaAt';
import { INVALID_FORM_ISSUE, schemaOf, validate } from '../validate/validate';
import type { ValidationIssue, ValidationResult } from '../validate/validate';
import { compileSchema } from './compile';
import type { FastNode, FastRawIssue } from './compile';

/** 事前に組み立てた検証関数（{@link compileValidator} の結果）。 */
export interface CompiledValidator<T> {
  /** 入力を検証する。結果の形は {@link validate} と同じ。例外を投げない。 */
  (input: unknown): ValidationResult<T>;
  /** zod を通さない高速な検証か（`false` ならこのスキーマは高速化できず、{@link validate} をそのまま呼ぶ）。 */
  readonly fast: boolean;
}

const UNREADABLE: ValidationIssue = {
  code: 'unreadable_input',
  path: [],
  label: '',
  message: '入力を読み取れません。',
};

/** Labels by path, per schema (a label depends only on the schema and the path). Bounded. */
type LabelCache = Map<string, string>;
const LABEL_CACHE_LIMIT = 10_000;

function cachedLabel(
  root: z.ZodType,
  path: readonly (string | number)[],
  cache: LabelCache,
): string {
  const key = path.map((k) => (typeof k === 'number' ? `#${k}` : `.${k}`)).join('\u0000');
  let label = cache.get(key);
  if (label === undefined) {
    label = labelAt(root, path);
    if (cache.size < LABEL_CACHE_LIMIT) cache.set(key, label);
  }
  return label;
}

function toIssues(
  root: z.ZodType,
  raw: readonly FastRawIssue[],
  labels: LabelCache,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of raw) {
    const base = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const message = japaneseMessage(issue as unknown as RawIssue);
    if (issue.code === 'unrecognized_keys') {
      const label = cachedLabel(root, base, labels);
      for (const key of issue['keys'] as string[]) {
        out.push({
          code: 'unrecognized_key',
          path: [...base, key],
          label: label || '（ルート）',
          message: `${label || '入力'}: ${message}`,
        });
      }
      continue;
    }
    const label = cachedLabel(root, base, labels);
    out.push({
      code: message === REQUIRED_MESSAGE ? 'required' : issue.code,
      path: base,
      label,
      message: label ? `${label}: ${message}` : message,
    });
  }
  return out;
}

const cache = new WeakMap<z.ZodType, CompiledValidator<unknown>>();

/**
 * 様式（またはスキーマ）の検証関数を事前に組み立てる。構造だけのスキーマ（厳格なオブジェクト、文字数・正規表現・日付、
 * 数値の範囲と整数、真偽値、コード表、配列、union）は zod を通さない関数に変換し、{@link validate} と同じ結果
 * （同じ成否、同じデータ、同じ指摘とメッセージ）を数倍速く返す。変換できない部分（refine、transform、default など）を
 * 含むスキーマは {@link validate} をそのまま使う（`fast === false`）。同じスキーマの2回目以降は組み立て済みのものを返す。
 *
 * @example
 * ```ts
 * const check = compileValidator(basicChecklistForm);
 * for (const record of records) if (!check(record).ok) rejected++;
 * ```
 */
export function compileValidator<S extends z.ZodType>(
  formOrSchema: FormDefinition<S> | S,
): CompiledValidator<z.output<S>> {
  const schema = schemaOf(formOrSchema);
  if (schema === undefined) {
    // getForm('typo') and the like: a validator that reports the wrong form for every input, never a throw.
    const invalid = (): ValidationResult<z.output<S>> => ({
      ok: false,
      issues: [INVALID_FORM_ISSUE],
    });
    return Object.assign(invalid, { fast: false });
  }
  const cached = cache.get(schema);
  if (cached) return cached as CompiledValidator<z.output<S>>;
  const node: FastNode | undefined = compileSchema(schema);
  const labels: LabelCache = new Map();
  const run = node
    ? (input: unknown): ValidationResult<z.output<S>> => {
        const raw: FastRawIssue[] = [];
        let data: unknown;
        try {
          data = node(input, null, raw);
          if (raw.length === 0) return { ok: true, data: data as z.output<S>, issues: [] };
          return { ok: false, issues: toIssues(schema, raw, labels) };
        } catch {
          // Throwing getters and revoked proxies, as in validate.
          return { ok: false, issues: [UNREADABLE] };
        }
      }
    : (input: unknown): ValidationResult<z.output<S>> => validate(schema, input);
  const compiled = Object.assign(run, { fast: node !== undefined });
  cache.set(schema, compiled as CompiledValidator<unknown>);
  return compiled;
}

/**
 * {@link validate} の高速版（結果は同じ）。スキーマごとの検証関数を初回に組み立てて使い回す。
 * 大量の記録を検証するバッチ処理向け。
 *
 * @example
 * ```ts
 * validateFast(basicChecklistForm, { answers: { q01: 'no' } }).ok; // => true
 * ```
 */
export function validateFast<S extends z.ZodType>(
  formOrSchema: FormDefinition<S> | S,
  input: unknown,
): ValidationResult<z.output<S>> {
  return compileValidator(formOrSchema)(input);
}
