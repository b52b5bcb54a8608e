import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FILE_LAYOUTS } from '../layout/registry';
import { fileRowsArb } from '../../test/arbitraries';
import { readCsv } from './readCsv';
import { writeCsv } from './writeCsv';

describe.each(FILE_LAYOUTS.map((l) => [l.prefix, l] as const))(
  '%s round trip',
  (_prefix, layout) => {
    it('records → MS932 bytes → records is the identity, and bytes → records → bytes too', () => {
      fc.assert(
        fc.property(fileRowsArb(layout), (records) => {
          const w = writeCsv(layout, records);
          if (!w.ok) throw new Error(JSON.stringify(w.issues));
          const r = readCsv(w.bytes, { layout });
          expect(r.issues).toEqual([]);
          expect(r.rejected).toEqual([]);
          expect(r.rows.map((row) => row.record)).toEqual(records);
          const again = writeCsv(
            layout,
            r.rows.map((row) => row.record),
          );
          expect(again.ok && Buffer.from(again.bytes).equals(Buffer.from(w.bytes))).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  },
);
