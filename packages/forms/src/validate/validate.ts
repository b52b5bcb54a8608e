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

/** 様式（またはスキーマ）として使えない値を渡されたときの指摘（`getForm('typo')` の undefined など）。 */
export const INVALID_FORM_ISSUE: ValidationIssue = {
  code: 'invalid_form',
  path: [],
  label: '',
  message:
    '様式（またはスキーマ）が正しくありません。様式 id を確かめてください（getForm が undefined を返した可能性があります）。',
};

const UNREADABLE_ISSUE: ValidationIssue = {
  code: 'unreadable_input',
  path: [],
  label: '',
  message: '入力を読み取れません。',
};

/**
 * 様式の定義またはスキーマから zod スキーマを取り出す。様式でもスキーマでもない値（undefined、読むと例外を投げる
 * Proxy など）なら undefined。例外は投げない。
 *
 * @example
 * ```ts
 * schemaOf(getForm('national.basicChecklist')) !== undefined; // => true
 * schemaOf(getForm('typo')); // => undefined
 * ```
 */
export function schemaOf<S extends z.ZodType>(
  formOrSchema: FormDefinition<S> | S | undefined,
): S | undefined {
  try {
    if (formOrSchema instanceof z.ZodType) return formOrSchema;
    if (typeof formOrSchema !== 'object' || formOrSchema === null) return undefined;
    const schema: unknown = (formOrSchema as { schema?: unknown }).schema;
    return schema instanceof z.ZodType ? (schema as S) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * 入力を様式（またはスキーマ）で検証する。どんな入力でも例外を投げない。様式として `getForm` の結果の
 * undefined のような正しくない値を渡しても、例外ではなく `invalid_form` の指摘を返す。成功なら型つきのデータ、
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
  const schema = schemaOf(formOrSchema);
  if (schema === undefined) return { ok: false, issues: [INVALID_FORM_ISSUE] };
  try {
    const result = schema.safeParse(input, { error: japaneseMessage, reportInput: false });
    if (result.success) return { ok: true, data: result.data, issues: [] };
    return { ok: false, issues: toIssues(schema, result.error.issues) };
  } catch {
    // Only exotic inputs (throwing getters, revoked proxies) get here: report, never crash.
    return { ok: false, issues: [UNREADABLE_ISSUE] };
  }
}
