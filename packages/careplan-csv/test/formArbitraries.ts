// Test-only generators of valid @kaigo/forms objects for each CSV mapping.
import fc from 'fast-check';
import type { ColumnDef } from '../src/layout/column';
import type { FileLayout } from '../src/layout/layout';
import type { FormFileMapping } from '../src/document/mappings';
import { prune, setAt, splitKey } from '../src/record/path';
import { valueArb } from './arbitraries';
import { completePlan7, fixUsageRow, linkSupplement } from './structure';

// What the layout allows (length 15 only): other vendors send spaces, full-width digits and 内線.
const PHONE = fc.oneof(
  fc.stringMatching(/^[0-9()+-]{1,15}$/),
  fc.constantFrom('079 672 0000', '０７９－６７２－００００', '0796720000内線12'),
);
const CHECKLIST_MAX: Readonly<Record<string, number>> = {
  exercise: 5,
  nutrition: 2,
  oral: 3,
  housebound: 2,
  memory: 3,
  depression: 5,
};
const NO_KEYS = new Set(['issueNo', 'supportPlanNo', 'serviceNo', 'needNo', 'goalNo']);
const REPEAT_POOL = fc.constantFrom(1, 2);

/** Where a form is stricter than the CSV column (phone patterns, 1–99 row numbers, checklist maxima). */
function formValueArb(col: ColumnDef, repeatScope: ReadonlySet<string>): fc.Arbitrary<unknown> {
  const last = col.key.split('.').pop() ?? col.key;
  if (/phone$|^fax$|Phone$/i.test(last)) return PHONE;
  if (repeatScope.has(col.key)) return REPEAT_POOL;
  if (NO_KEYS.has(last)) return fc.integer({ min: 1, max: 99 });
  if (col.key.startsWith('checklistCounts.'))
    return fc.integer({ min: 0, max: CHECKLIST_MAX[last] ?? 0 });
  if (last === 'detailDiscriminator') return fc.integer({ min: 0, max: 999 });
  return valueArb(col);
}

function objectArb(
  columns: readonly ColumnDef[],
  pinned: Readonly<Record<string, fc.Arbitrary<unknown>>>,
  repeatScope: ReadonlySet<string> = new Set(),
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      ...columns.map((col) => {
        const p = pinned[col.key];
        if (p) return p;
        const a = formValueArb(col, repeatScope);
        return col.required ? a : fc.option(a, { nil: undefined, freq: 2 });
      }),
    )
    .map((values) => {
      const rec: Record<string, unknown> = {};
      columns.forEach((col, k) => {
        if (values[k] !== undefined) setAt(rec, splitKey(col.key), values[k]);
      });
      return (prune(rec) ?? {}) as Record<string, unknown>;
    });
}

/** Fills absent "same as above" fields from the previous row in scope, as a reader does. */
function fillRepeats(
  layout: FileLayout,
  rows: Record<string, unknown>[],
): Record<string, unknown>[] {
  let prev: Record<string, unknown> | undefined;
  for (const row of rows) {
    for (const rule of layout.repeats ?? []) {
      if (!prev || !rule.scope.every((s) => prev?.[s] === row[s])) continue;
      for (const f of rule.fields)
        if (row[f] === undefined && prev[f] !== undefined) row[f] = prev[f];
    }
    prev = row;
  }
  return rows;
}

const PINNED_FILE: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  csvVersion: fc.constant('202407'),
};

/** One valid form object for a mapping (the shape a reader returns, csvVersion included). */
export function formArb(mapping: FormFileMapping): fc.Arbitrary<Record<string, unknown>> {
  const main = mapping.layouts[0] as FileLayout;
  const pinned: Record<string, fc.Arbitrary<unknown>> = { ...PINNED_FILE };
  if (main.monthSegment === 'required') pinned.targetMonth = fc.constant('2025-04');
  const kindArb = mapping.kind
    ? fc.constantFrom(...Object.values(mapping.kind.byPrefix))
    : fc.constant(undefined);
  if (mapping.rowsKey) {
    const header = new Set(mapping.headerKeys ?? []);
    const headerCols = main.columns.filter((c) => header.has(c.key));
    const rowCols = main.columns.filter((c) => !header.has(c.key));
    const scope = new Set((main.repeats ?? []).flatMap((r) => r.scope));
    return fc
      .record({
        head: objectArb(headerCols, pinned),
        rows: fc.array(objectArb(rowCols, {}, scope), { minLength: 1, maxLength: 4 }),
        kind: kindArb,
      })
      .map(({ head, rows, kind }) => {
        const filled = fillRepeats(main, rows);
        const structural =
          main.prefix === 'UPSIKYU'
            ? completePlan7(filled)
            : main.prefix === 'UPPLAN'
              ? filled.map((r) => fixUsageRow(r, head.targetMonth as string))
              : filled;
        return {
          ...(kind === undefined || !mapping.kind ? {} : { [mapping.kind.key]: kind }),
          ...head,
          [mapping.rowsKey as string]: structural,
        };
      });
  }
  const children = mapping.children ?? [];
  return fc
    .record({
      head: objectArb(main.columns, pinned),
      children: fc.tuple(
        ...children.map((c) => {
          const link = new Set(['csvVersion', ...c.layout.key]);
          const scope = new Set((c.layout.repeats ?? []).flatMap((r) => r.scope));
          const cols = c.layout.columns.filter((col) => !link.has(col.key));
          return fc.option(fc.array(objectArb(cols, {}, scope), { minLength: 1, maxLength: 4 }), {
            nil: undefined,
          });
        }),
      ),
    })
    .map(({ head, children: lists }) => {
      const out: Record<string, unknown> = { ...head };
      children.forEach((c, i) => {
        const list = lists[i];
        if (list) out[c.key] = fillRepeats(c.layout, list);
      });
      // 利用者補足情報: every used 限度額 slot needs its サービス種類コード in the form.
      if (Array.isArray(out.typeLimits)) {
        out.typeLimits = (out.typeLimits as Record<string, unknown>[]).map((slot) =>
          slot.serviceTypeCode === undefined ? { ...slot, serviceTypeCode: '11' } : slot,
        );
      }
      return main.prefix === 'UPHOSOKU' ? linkSupplement(out) : out;
    });
}

/** Several forms for one transmission, with distinct record keys. */
export function formsArb(mapping: FormFileMapping): fc.Arbitrary<Record<string, unknown>[]> {
  const main = mapping.layouts[0] as FileLayout;
  return fc.uniqueArray(formArb(mapping), {
    minLength: 1,
    maxLength: 3,
    selector: (f) =>
      JSON.stringify([mapping.kind ? f[mapping.kind.key] : '', ...main.key.map((k) => f[k])]),
  });
}
