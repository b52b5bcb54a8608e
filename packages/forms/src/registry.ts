import type { FormDefinition } from './meta/formDefinition';
import { nationalForms } from './national/index';
import { validate } from './validate/validate';
import type { ValidationResult } from './validate/validate';

/**
 * このパッケージの様式（全国様式）。市町村独自様式はその市のパッケージの `city.forms` にある
 * （`[...allForms(), ...city.forms]` で合わせて使う）。
 *
 * @example
 * ```ts
 * for (const f of allForms()) console.log(f.id, f.title);
 * ```
 */
export function allForms(): readonly FormDefinition[] {
  return nationalForms;
}

/**
 * id で全国様式を探す（市町村独自様式は `city.form(id)`）。
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
 * 全国様式の id を指定して検証する（{@link validate} の id 版）。未登録の id は指摘 `unknown_form` を返す。
 * 市町村独自様式は定義を直接 {@link validate} に渡す。すべての全国様式を読み込むので、バンドルを小さくしたいときは様式定義を直接 {@link validate} に渡す。
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
