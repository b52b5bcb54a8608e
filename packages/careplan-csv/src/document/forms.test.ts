import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validate } from '@kaigo/forms';
import { FORM_FILE_MAPPINGS } from './mappings';
import { readForms } from './readForms';
import { writeForms } from './writeForms';
import { MS932_COMMON_SUBSTITUTIONS } from '../codec/substitutions';
import type { TransmissionHeader } from './writeForms';
import { formsArb } from '../../test/formArbitraries';

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

// The national form fixtures of @kaigo/forms (written by the forms engineer) are a second, independent
// source of valid objects: each must survive CSV → form → CSV unchanged.
import { nationalFixtures } from '../../../forms/test/fixtures/index';

describe('@kaigo/forms fixtures travel through CSV', () => {
  const withFixtures = FORM_FILE_MAPPINGS.map(
    (m) =>
      [m.form.id, m, nationalFixtures.find((f) => f.formId === m.form.id)?.valid ?? []] as const,
  );
  it.each(withFixtures)('%s', (_id, mapping, valid) => {
    expect(valid.length).toBeGreaterThan(0);
    for (const { input } of valid) {
      const plain = writeForms(mapping, [input], header);
      // Some fixtures hold 〜 (U+301C), which MS932 lacks: the writer must refuse, then succeed with
      // the explicit substitution table and report each replacement.
      const w = writeForms(mapping, [input], header, { substitutions: MS932_COMMON_SUBSTITUTIONS });
      if (!w.ok) throw new Error(JSON.stringify(w.issues));
      const substituted = w.issues.filter((i) => i.code === 'encoding.substituted');
      expect(plain.ok).toBe(substituted.length === 0);
      if (!plain.ok)
        expect(plain.issues.map((i) => [i.code, i.key, i.codePoint])).toEqual(
          substituted.map((i) => ['encoding.unencodable', i.key, i.codePoint]),
        );
      const r = readForms(mapping, w.files);
      expect(r.issues).toEqual([]);
      expect(r.forms).toHaveLength(1);
      const back = r.forms[0]?.value as Record<string, unknown>;
      expect(back).toMatchObject({ csvVersion: '202407' });
      const again = writeForms(mapping, [back], header);
      expect(again.ok && again.files.map((f) => f.text)).toEqual(w.files.map((f) => f.text));
    }
  });
});
