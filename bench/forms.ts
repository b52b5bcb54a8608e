// Validation of every national form: `validate` (zod) vs `validateFast` vs strict Ajv2020 on the published JSON
// Schema, on the same generated records; plus the hand-written 基本チェックリスト validator, and 基本チェックリスト
// scoring / 事業対象者 determination against a hand-written loop.
import {
  basicChecklistForm,
  compileValidator,
  decideJigyoTaishosha,
  evaluateCriteria,
  itemScores,
  nationalForms,
  scoreBasicChecklist,
  scoreValidBasicChecklist,
  validate,
} from '@kaigo/forms';
import type { BasicChecklist } from '@kaigo/forms';
import fc from 'fast-check';
import { ajvValidator, publishedSchema } from '../test/differential/forms';
import { nationalFixtures } from '../packages/forms/test/fixtures/index';
import { recordsOf } from '../test/differential/records';
import type { Json } from '../test/differential/records';
import {
  handCheckAndScore,
  handScoreBasicChecklist,
  handValidateBasicChecklist,
} from './handwritten';
import type { HandChecklist } from './handwritten';
import { recordsPerSecond } from './lib';
import type { Measurement } from './lib';

/** Records per form and the share of invalid ones. */
export const RECORDS_PER_FORM = 2_000;
export const INVALID_SHARE = 0.2;
/** Measured rounds per case (median), after one warm-up pass. */
export const ROUNDS = 3;

/** One row of the forms table. */
export interface FormRow {
  readonly formId: string;
  readonly title: string;
  readonly records: number;
  readonly invalid: number;
  readonly validate: number;
  readonly validateFast: number;
  readonly ajvAllErrors: number;
  readonly ajvFirstError: number;
  readonly handWritten?: number;
}

/**
 * `count` records for a form: generated from its fixtures by the differential generator (fixed seed), then mixed
 * so that `INVALID_SHARE` of them are invalid (by `validate`).
 */
export function benchRecords(formId: string, count = RECORDS_PER_FORM): unknown[] {
  const form = nationalForms.find((f) => f.id === formId);
  const fixtures = nationalFixtures.find((f) => f.formId === formId);
  if (!form || !fixtures) throw new Error(`no fixtures for ${formId}`);
  const seeds = fixtures.valid.map((v) => v.input as Json);
  const pool = fc.sample(recordsOf(seeds, publishedSchema(formId)), {
    numRuns: count,
    seed: 20_251_123,
  });
  const valid: unknown[] = [];
  const invalid: unknown[] = [];
  for (const m of pool) (validate(form, m.record).ok ? valid : invalid).push(m.record);
  if (valid.length === 0) valid.push(...seeds);
  const out: unknown[] = [];
  const everyNth = Math.round(1 / INVALID_SHARE);
  for (let i = 0; i < count; i++) {
    const bad = invalid.length > 0 && i % everyNth === everyNth - 1;
    const src = bad ? invalid : valid;
    out.push(src[i % src.length]);
  }
  return out;
}

/** Measures every national form. */
export function benchForms(log: (line: string) => void): FormRow[] {
  const rows: FormRow[] = [];
  for (const form of nationalForms) {
    const records = benchRecords(form.id);
    const fast = compileValidator(form);
    const ajvAll = ajvValidator(form.id, true);
    const ajvFirst = ajvValidator(form.id, false);
    const row: FormRow = {
      formId: form.id,
      title: form.title,
      records: records.length,
      invalid: records.filter((r) => !validate(form, r).ok).length,
      validate: recordsPerSecond(records, (r) => validate(form, r).ok, ROUNDS),
      validateFast: recordsPerSecond(records, (r) => fast(r).ok, ROUNDS),
      ajvAllErrors: recordsPerSecond(records, (r) => ajvAll(r), ROUNDS),
      ajvFirstError: recordsPerSecond(records, (r) => ajvFirst(r), ROUNDS),
      ...(form.id === basicChecklistForm.id
        ? { handWritten: recordsPerSecond(records, handValidateBasicChecklist, ROUNDS) }
        : {}),
    };
    log(
      `  ${form.id}: validate ${Math.round(row.validate)}/s, fast ${Math.round(row.validateFast)}/s, ajv ${Math.round(row.ajvAllErrors)}/s`,
    );
    rows.push(row);
  }
  return rows;
}

/** 基本チェックリスト scoring and 事業対象者 determination vs the hand-written loop. */
export function benchChecklist(): Measurement[] {
  const all = benchRecords(basicChecklistForm.id, 5_000);
  const valid = all
    .map((r) => validate(basicChecklistForm, r))
    .filter((r) => r.ok)
    .map((r) => r.data as BasicChecklist);
  const group = '基本チェックリスト';
  const note = `${valid.length} valid records`;
  return [
    {
      group,
      name: 'scoreBasicChecklist (validate + score), 20 % invalid',
      recordsPerSecond: recordsPerSecond(all, (r) => scoreBasicChecklist(r).ok),
      note: `${all.length} records`,
    },
    {
      group,
      name: 'hand-written validate + score, 20 % invalid',
      recordsPerSecond: recordsPerSecond(all, (r) => handCheckAndScore(r) !== undefined),
      note: `${all.length} records`,
    },
    {
      group,
      name: 'scoreValidBasicChecklist (score only)',
      recordsPerSecond: recordsPerSecond(valid, (r) => scoreValidBasicChecklist(r).ok),
      note,
    },
    {
      group,
      name: '事業対象者: decideJigyoTaishosha(evaluateCriteria(itemScores))',
      recordsPerSecond: recordsPerSecond(valid, (r) => {
        const s = itemScores(r);
        return decideJigyoTaishosha(evaluateCriteria(s), s).status;
      }),
      note,
    },
    {
      group,
      name: '事業対象者: hand-written loop (score + criteria + decision)',
      recordsPerSecond: recordsPerSecond(valid, (r) => handScoreBasicChecklist(r as HandChecklist)),
      note,
    },
  ];
}
