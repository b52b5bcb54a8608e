import { akashiForms } from './local/akashi/index';
import { asagoForms } from './local/asago/index';
import { iseharaForms } from './local/isehara/index';
import { kobayashiForms } from './local/kobayashi/index';
import { kumamotoForms } from './local/kumamoto/index';
import type { FormDefinition } from './meta/formDefinition';
import { nationalForms } from './national/index';
import { validate } from './validate/validate';
import type { ValidationResult } from './validate/validate';

/**
 * 登録済みのすべての様式（全国様式、続いて市町村独自様式）。
 *
 * @example
 * ```ts
 * for (const f of allForms()) console.log(f.id, f.title);
 * ```
 */
export function allForms(): readonly FormDefinition[] {
  return [
    ...nationalForms,
    ...asagoForms,
    ...akashiForms,
    ...iseharaForms,
    ...kobayashiForms,
    ...kumamotoForms,
  ];
}

/**
 * id で様式を探す。
 *
 * @example
 * ```ts
 * getForm('national.basicChecklist')?.title;
 * ```
 */
export function getForm(id: unknown): FormDefinition | undefined {
  return typeof id === 'string' ? allForms().find((f) => f.id === id) : undefined;
}

/**
 * 様式 id を指定して検証する（{@link validate} の id 版）。未登録の id は指摘 `unknown_form` を返す。
 * すべての様式を読み込むので、バンドルを小さくしたいときは様式定義を直接 {@link validate} に渡す。
 *
 * @example
 * ```ts
 * validateForm('national.basicChecklist', input).ok;
 * ```
 */
export function validateForm(id: unknown, input: unknown): ValidationResult<unknown> {
  const form = getForm(id);
  if (!form) {
    return {
      ok: false,
      issues: [
        { code: 'unknown_form', path: [], label: '', message: '登録されていない様式 id です。' },
      ],
    };
  }
  return validate(form, input);
}
