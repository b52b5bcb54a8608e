// Every public @kaigo/forms entry point that takes unknown input survives hostile input.
import {
  compileValidator,
  getForm,
  scoreBasicChecklist,
  validate,
  validateForm,
} from '@kaigo/forms';
import { describe, it } from 'vitest';
import { ALL_FORMS } from '../kit/cities';
import { assertSurvives } from './harness';

const RUNS = 60;

describe('forms: validate survives arbitrary input, for every registered form', () => {
  for (const form of ALL_FORMS) {
    it(form.id, () => {
      assertSurvives(`validate(${form.id})`, (v) => validate(form, v), RUNS);
      const fast = compileValidator(form);
      assertSurvives(`validateFast(${form.id})`, (v) => fast(v), RUNS);
    });
  }
});

describe('forms: registry and scoring entry points', () => {
  it('validateForm with a hostile id and with a hostile record', () => {
    assertSurvives('validateForm(id)', (v) => validateForm(v, {}));
    assertSurvives('validateForm(national.basicChecklist, input)', (v) =>
      validateForm('national.basicChecklist', v),
    );
    assertSurvives('getForm', (v) => getForm(v));
  });
  it('scoreBasicChecklist', () => {
    assertSurvives('scoreBasicChecklist', scoreBasicChecklist);
  });
});
