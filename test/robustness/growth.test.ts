// Costs grow linearly with the input: for strings that reach a parser (a referenceDate, a date field, 和暦, ids),
// the time at size 4n stays under 8× the time at size n (linear gives ~4×, quadratic ~16×). Short-by-nature fields
// are refused by length before any work, so these inputs cost next to nothing. The attack shape is a run of spaces
// between two non-space characters, which made `normalizeDigits`' old `\s+$` trim quadratic (60,000 spaces: seconds).
import {
  checkDocumentSet,
  normalizeDigits,
  parseDateInput,
  parseInsuredNumber,
  parseIsoDate,
  parseRuleContext,
  parseWareki,
  parseYearMonth,
} from '@kaigo/core';
import { compileValidator, validate } from '@kaigo/forms';
import { describe, expect, it } from 'vitest';
import { formsUnderTest } from '../differential/forms';
import { RULES_BY_CITY } from './cityRules';
import { assertLinearTime } from './harness';

/** The attack shapes at size n. */
const SHAPES: Record<string, (n: number) => string> = {
  spacesBetween: (n) => `1${' '.repeat(n)}1`,
  ideographicSpaces: (n) => `令和${'\u3000'.repeat(n)}7年`,
  fullWidthDigits: (n) => '２'.repeat(n),
  trailingSpaces: (n) => `2025-04-01${' '.repeat(n)}x`,
};

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

describe('core parsers cost linear time', () => {
  const parsers: Record<string, (v: unknown) => unknown> = {
    normalizeDigits: (v) => normalizeDigits(v as string),
    parseIsoDate,
    parseDateInput,
    parseWareki,
    parseYearMonth,
    parseInsuredNumber,
    parseRuleContext: (v) => parseRuleContext({ referenceDate: v }),
  };
  for (const [name, parse] of Object.entries(parsers)) {
    for (const [shape, make] of Object.entries(SHAPES)) {
      it(`${name} (${shape})`, () => {
        assertLinearTime(`${name} ${shape}`, make, parse);
      });
    }
  }
  it('a 60,000-space referenceDate is refused by length, in well under a millisecond each', () => {
    const huge = `1${' '.repeat(60_000)}1`;
    const r = parseRuleContext({ referenceDate: huge });
    expect(r).toMatchObject({ ok: false, error: { code: 'context.referenceDate.invalid' } });
    const start = performance.now();
    for (let i = 0; i < 100; i++) parseRuleContext({ referenceDate: huge });
    expect((performance.now() - start) / 100).toBeLessThan(5);
  });
  it('normalizeDigits itself (unbounded) is linear on 240,000 spaces', () => {
    assertLinearTime(
      'normalizeDigits',
      SHAPES['spacesBetween'] ?? String,
      (v) => normalizeDigits(v as string),
      {
        n: 60_000,
      },
    );
  });
});

/** Every path to a string leaf that looks like a date (YYYY-MM-DD) in a JSON-like value. */
function datePaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return DATE_TEXT.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => datePaths(v, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => datePaths(v, [...path, k]));
  return [];
}

function setAt(value: unknown, path: readonly (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (
    Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }
  ) as Record<string | number, unknown>;
  copy[head] = setAt(copy[head], rest, leaf);
  return copy;
}

describe('forms: a huge string in a date field costs linear time', () => {
  for (const f of formsUnderTest()) {
    const seed = f.seeds[0];
    const paths = datePaths(seed).slice(0, 3);
    if (paths.length === 0) continue;
    it(f.form.id, () => {
      const fast = compileValidator(f.form);
      for (const path of paths) {
        const make = (n: number) => setAt(seed, path, SHAPES['spacesBetween']?.(n));
        assertLinearTime(
          `validate ${f.form.id} ${path.join('.')}`,
          make,
          (v) => validate(f.form, v),
          { runs: 3 },
        );
        assertLinearTime(`validateFast ${f.form.id} ${path.join('.')}`, make, (v) => fast(v), {
          runs: 3,
        });
      }
    });
  }
});

describe('city rules: a huge referenceDate and a huge date field cost linear time', () => {
  for (const { city, rules } of RULES_BY_CITY) {
    for (const rule of rules) {
      const ex = rule.examples[0];
      if (!ex) continue;
      it(`${city} ${rule.id}`, () => {
        const contextWith = (n: number) => ({
          ...(ex.context as object),
          referenceDate: SHAPES['spacesBetween']?.(n),
        });
        assertLinearTime(
          `${rule.id} referenceDate`,
          contextWith,
          (c) => rule.evaluate(ex.input, c),
          {
            runs: 3,
          },
        );
        const path = datePaths(ex.input)[0];
        if (path) {
          assertLinearTime(
            `${rule.id} input ${path.join('.')}`,
            (n) => setAt(ex.input, path, SHAPES['spacesBetween']?.(n)),
            (i) => rule.evaluate(i, ex.context),
            { runs: 3 },
          );
        }
      });
    }
  }
});

describe('core document checks cost linear time in the number of documents', () => {
  it('checkDocumentSet with many duplicated ids', () => {
    assertLinearTime(
      'checkDocumentSet',
      (n) => Array.from({ length: 2 * n }, (_, i) => `doc${i >> 1}`),
      (submitted) => checkDocumentSet(['doc0', 'x'], submitted as string[]),
      { n: 2_000 }, // small enough that Set growth itself stays linear on a loaded machine
    );
  });
});
