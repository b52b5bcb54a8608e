// dateField / yearMonthField accept exactly the supported calendar (1873-01-01..2099-12-31) and say so in Japanese.
import { addDays, isIsoDate, isoDate } from '@kaigo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { compileValidator } from '../fast/validateFast';
import { getForm } from '../registry';
import { validate } from '../validate/validate';
import {
  SUPPORTED_DATE_PATTERN,
  SUPPORTED_YEAR_MONTH_PATTERN,
  dateField,
  yearMonthField,
} from './primitives';

describe('SUPPORTED_DATE_PATTERN', () => {
  it('agrees with isIsoDate on every day 1872-12-01..1874-03-01 and 2095-01-01..2100-03-01, and on Feb 29ths', () => {
    for (const [from, days] of [
      ['1872-12-01', 500],
      ['2095-01-01', 1900],
    ] as const) {
      // Walk by text so the days outside the range are checked too.
      let d = new Date(`${from}T00:00:00Z`);
      for (let i = 0; i < days; i++) {
        const text = d.toISOString().slice(0, 10);
        expect(SUPPORTED_DATE_PATTERN.test(text), text).toBe(isIsoDate(text));
        d = new Date(d.getTime() + 86_400_000);
      }
    }
    for (let y = 1860; y <= 2110; y++) {
      const text = `${y}-02-29`;
      expect(SUPPORTED_DATE_PATTERN.test(text), text).toBe(isIsoDate(text));
    }
  });
  it('property: agrees with isIsoDate on any YYYY-MM-DD shaped string', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const year = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
    fc.assert(
      fc.property(year, two, two, (y, m, d) => {
        const text = `${y}-${m}-${d}`;
        return SUPPORTED_DATE_PATTERN.test(text) === isIsoDate(text);
      }),
      { numRuns: 2000 },
    );
    expect(addDays(isoDate('2099-12-30'), 1)).toBe('2099-12-31');
  });
  it('year-months', () => {
    expect(SUPPORTED_YEAR_MONTH_PATTERN.test('1873-01')).toBe(true);
    expect(SUPPORTED_YEAR_MONTH_PATTERN.test('2099-12')).toBe(true);
    expect(SUPPORTED_YEAR_MONTH_PATTERN.test('1872-12')).toBe(false);
    expect(SUPPORTED_YEAR_MONTH_PATTERN.test('2100-01')).toBe(false);
  });
});

describe('date fields outside the range', () => {
  const schema = z.strictObject({
    on: dateField({ label: '実施日' }),
    month: yearMonthField({ label: '対象年月' }).optional(),
  });
  it('validate and validateFast refuse 9999-12-31 with the range in Japanese, without the value', () => {
    for (const run of [(v: unknown) => validate(schema, v), compileValidator(schema)]) {
      const r = run({ on: '9999-12-31', month: '2100-01' });
      expect(r.ok).toBe(false);
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_format', ['on']],
        ['invalid_format', ['month']],
      ]);
      expect(r.issues[0]?.message).toBe(
        '実施日: 対応範囲外の日付です（1873-01-01〜2099-12-31、明治6年1月1日〜令和81年12月31日）。',
      );
      expect(JSON.stringify(r)).not.toContain('9999');
    }
    expect(validate(schema, { on: '2099-12-31' }).ok).toBe(true);
    // The right shape but no such day: said as such, with the format and an example, never the value.
    expect(validate(schema, { on: '2025-13-45' }).issues[0]?.message).toBe(
      '実施日: 存在しない日付です（月の日数を確かめてください）。形式: YYYY-MM-DD（例: 2025-05-12）',
    );
    expect(validate(schema, { on: '2025/05/12' }).issues[0]?.message).toBe(
      '実施日: 日付の形式で入力してください。形式: YYYY-MM-DD（例: 2025-05-12）',
    );
  });
});

describe('a wrong form is a result, not a throw', () => {
  it('validate(getForm("typo"), x) and compileValidator(undefined)', () => {
    const form = getForm('typo');
    expect(validate(form as never, {})).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_form' }],
    });
    expect(compileValidator(form as never)({})).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_form' }],
    });
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(validate(hostile as never, {}).ok).toBe(false);
    expect(compileValidator(hostile as never)({}).ok).toBe(false);
  });
});
