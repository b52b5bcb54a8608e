// Test-only generators (not exported from the package): valid values for every column type,
// valid records for every layout, and files of rows that respect the "same as above" rules.
import fc from 'fast-check';
import { daysInMonth } from '@kaigo/core';
import { isMs932Encodable } from '../src/codec/ms932';
import type { ColumnDef } from '../src/layout/column';
import type { FileLayout } from '../src/layout/layout';
import { prune, setAt, splitKey } from '../src/record/path';
import { makeStructural } from './structure';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** A few hand-picked characters that stress quoting and MS932 (NEC/IBM extensions, half-width kana). */
const SPECIAL = [
  '"',
  ',',
  '\r\n',
  '\n',
  '①',
  'Ⅱ',
  '㈱',
  '髙',
  '﨑',
  '～',
  'ｱ',
  '\\',
  '~',
  '　',
  '?',
];

const ms932Char = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(...'あいうアイウ試験花子太郎介護予防通所訪問'.split('')),
  },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0xa0, max: 0xffef })
      .filter((cp) => (cp < 0xd800 || cp > 0xdfff) && isMs932Encodable(cp))
      .map((cp) => String.fromCodePoint(cp)),
  },
);

/** Free text that MS932 can encode (non-empty). */
export const textArb = fc.array(ms932Char, { minLength: 1, maxLength: 12 }).map((a) => a.join(''));

export const dateArb = fc
  .record({
    y: fc.integer({ min: 1900, max: 2099 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, daysInMonth(y, m)), 2)}`);

export const monthArb = fc
  .record({ y: fc.integer({ min: 1900, max: 2099 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${pad(y, 4)}-${pad(m, 2)}`);

const timeArb = fc
  .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })
  .map(({ h, m }) => `${pad(h, 2)}:${pad(m, 2)}`);

const plainStringChar = ms932Char.filter((c) => !/[",\r\n]/.test(c));

/** A valid object value for a column (never absent). */
export function valueArb(col: ColumnDef): fc.Arbitrary<unknown> {
  const t = col.type;
  switch (t.kind) {
    case 'date':
      return dateArb;
    case 'month':
      return monthArb;
    case 'time':
      return t.endOfDay === true ? fc.oneof(timeArb, fc.constant('24:00')) : timeArb;
    case 'digits':
      return fc.stringMatching(new RegExp(`^\\d{${t.length}}$`));
    case 'code':
    case 'flag':
      return t.kind === 'flag'
        ? fc.boolean()
        : fc.constantFrom(...t.table.entries.map((e) => e.code));
    case 'text':
      return textArb;
    case 'string':
      if (t.patternLabel !== '文字列' && t.pattern)
        return fc.stringMatching(t.pattern).filter((s) => s !== '');
      return fc
        .array(plainStringChar, { minLength: 1, maxLength: col.length ?? 12 })
        .map((a) => a.join(''));
    case 'integer': {
      const max = col.length === undefined ? 999999 : 10 ** Math.min(col.length, 9) - 1;
      return fc.integer({ min: 0, max });
    }
    case 'decimal':
      return fc.stringMatching(/^\d{1,2}\.\d{2}$/);
  }
}

/** Options that pin some columns (file-level values such as the CSV version). */
export type Pinned = Readonly<Record<string, fc.Arbitrary<unknown>>>;

/** A valid flat value list for a layout (index = column). */
export function valuesArb(layout: FileLayout, pinned: Pinned = {}): fc.Arbitrary<unknown[]> {
  return fc.tuple(
    ...layout.columns.map((col) => {
      const p = pinned[col.key];
      if (p) return p;
      return col.required ? valueArb(col) : fc.option(valueArb(col), { nil: undefined, freq: 2 });
    }),
  );
}

/** Builds the record object a reader returns for a value list. */
export function toRecord(layout: FileLayout, values: readonly unknown[]): Record<string, unknown> {
  const rec: Record<string, unknown> = {};
  layout.columns.forEach((col, k) => {
    if (values[k] !== undefined) setAt(rec, splitKey(col.key), values[k]);
  });
  return (prune(rec) ?? {}) as Record<string, unknown>;
}

/**
 * Rows for one file: one CSV version, one target month where the layout needs it, keys and
 * repeat scopes drawn from small pools so consecutive rows share them, and absent repeat fields
 * filled the way a reader fills them (so the rows are exactly what a round trip gives back).
 */
export function fileRowsArb(
  layout: FileLayout,
  maxRows = 6,
): fc.Arbitrary<Record<string, unknown>[]> {
  const keyPool = fc.constantFrom('0000000001', '0000000002');
  const pinned: Record<string, fc.Arbitrary<unknown>> = { csvVersion: fc.constant('202407') };
  if (layout.monthSegment === 'required') pinned.targetMonth = fc.constant('2025-04');
  if (layout.repeats) {
    pinned.insuredNumber = keyPool;
    pinned.insurerNumber = fc.constant('039999');
    for (const k of layout.key) if (k.endsWith('Date')) pinned[k] = fc.constant('2025-04-01');
    for (const rule of layout.repeats)
      for (const s of rule.scope) pinned[s] = fc.constantFrom(1, 2);
  }
  return fc.array(valuesArb(layout, pinned), { minLength: 1, maxLength: maxRows }).map((rows) => {
    const idx = (key: string): number => layout.columns.findIndex((c) => c.key === key);
    let prev: unknown[] | undefined;
    for (const values of rows) {
      const p = prev;
      const sameDoc = p !== undefined && layout.key.every((k) => p[idx(k)] === values[idx(k)]);
      for (const rule of layout.repeats ?? []) {
        if (!sameDoc || !rule.scope.every((s) => p?.[idx(s)] === values[idx(s)])) continue;
        for (const f of rule.fields) if (values[idx(f)] === undefined) values[idx(f)] = p?.[idx(f)];
      }
      prev = values;
    }
    return makeStructural(
      layout.prefix,
      rows.map((v) => toRecord(layout, v)),
    );
  });
}
