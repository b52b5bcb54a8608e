import * as z from 'zod';
import type { FormDefinition } from '../meta/formDefinition';
import { REQUIRED_MESSAGE, japaneseMessage } from './messages';
import { labelAt } from './schemaAt';

/** 検証の指摘1件。メッセージに入力値を含めない。 */
export interface ValidationIssue {
  /** 安定した英語のコード（`required`、`invalid_type`、`too_big`、`invalid_format`、`invalid_value`、`unrecognized_key` など）。 */
  readonly code: string;
  /** 入力の位置。 */
  readonly path: readonly (string | number)[];
  /** 項目の日本語ラベル（階層は ` › ` で区切る）。 */
  readonly label: string;
  /** 日本語のメッセージ（ラベルつき）。 */
  readonly message: string;
}

/** 検証の結果。成功なら型つきのデータ、失敗なら指摘の一覧。 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly data: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

function toIssues(root: z.ZodType, issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const base = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      // One issue per unknown key, so the caller sees exactly what would otherwise be lost.
      for (const key of issue.keys) {
        const path = [...base, key];
        out.push({
          code: 'unrecognized_key',
          path,
          label: labelAt(root, base) || '（ルート）',
          message: `${labelAt(root, base) || '入力'}: ${issue.message}`,
        });
      }
      continue;
    }
    const label = labelAt(root, base);
    const code = issue.message === REQUIRED_MESSAGE ? 'required' : issue.code;
    out.push({
      code,
      path: base,
      label,
      message: label ? `${label}: ${issue.message}` : issue.message,
    });
  }
  return out;
}

/**
 * 入力を様式（またはスキーマ）で検証する。どんな入力でも例外を投げない。成功なら型つきのデータ、
 * 失敗なら日本語ラベル・日本語メッセージ・位置・コードつきの指摘を返す。メッセージに入力値は含めない。
 * zod のグローバル設定（`z.config`）には触れず、日本語のメッセージはこの呼び出しにだけ渡す。
 *
 * @example
 * ```ts
 * const r = validate(basicChecklistForm, input);
 * if (r.ok) r.data.answers;
 * else for (const i of r.issues) console.log(i.message);
 * ```
 */
export function validate<S extends z.ZodType>(
  formOrSchema: FormDefinition<S> | S,
  input: unknown,
): ValidationResult<z.output<S>> {
  const schema: S = formOrSchema instanceof z.ZodType ? formOrSchema : formOrSchema.schema;
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(input, { error: japaneseMessage, reportInput: false });
  } catch {
    // Only exotic inputs (throwing getters, revoked proxies) get here: report, never crash.
    return {
      ok: false,
      issues: [
        { code: 'unreadable_input', path: [], label: '', message: '入力を読み取れません。' },
      ],
    };
  }
  if (result.success) return { ok: true, data: result.data, issues: [] };
  return { ok: false, issues: toIssues(schema, result.error.issues) };
}
