import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validate } from '@kaigo/forms';
import { FORM_FILE_MAPPINGS } from './mappings';
import { readForms } from './readForms';
import { writeForms } from './writeForms';
import type { TransmissionHeader } from './writeForms';
import { formsArb } from '../testing/formArbitraries';

const header: TransmissionHeader = {
  sender: { officeNumber: '0300000100', serviceType: '46' },
  receiver: { officeNumber: '0300000005', serviceType: 'A1' },
  timestamp: '20250401093000',
};

describe.each(FORM_FILE_MAPPINGS.map((m) => [m.form.id, m] as const))(
  '%s ⇄ CSV',
  (_id, mapping) => {
    it('form → CSV bytes → form is the identity, and CSV → form → CSV gives the same bytes', () => {
      fc.assert(
        fc.property(formsArb(mapping), (forms) => {
          for (const f of forms) {
            const v = validate(mapping.form, f);
            if (!v.ok) throw new Error(JSON.stringify(v.issues));
          }
          const w = writeForms(mapping, forms, header);
          if (!w.ok) throw new Error(JSON.stringify(w.issues));
          const r = readForms(
            mapping,
            w.files.map((f) => ({ fileName: f.fileName, bytes: f.bytes })),
          );
          expect(r.issues).toEqual([]);
          const sortKey = (f: Record<string, unknown>): string =>
            JSON.stringify([f.kind ?? '', f.insuredNumber]);
          const got = r.forms
            .map((f) => f.value as Record<string, unknown>)
            .sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
          const want = [...forms].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
          expect(got).toEqual(want);
          const again = writeForms(
            mapping,
            r.forms.map((f) => f.value),
            header,
          );
          expect(again.ok).toBe(true);
          if (again.ok) {
            expect(again.files.map((f) => f.fileName)).toEqual(w.files.map((f) => f.fileName));
            again.files.forEach((f, i) =>
              expect(Buffer.from(f.bytes).equals(Buffer.from(w.files[i]?.bytes ?? []))).toBe(true),
            );
          }
        }),
        { numRuns: 40 },
      );
    });
  },
);
