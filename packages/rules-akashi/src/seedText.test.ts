// Checks that every quoted seed text in this package occurs in the seed document itself
// (whitespace removed, since the seed is a PDF extraction with line breaks inside sentences).
// The seed lives outside the repository (../shared/seeds); the test is skipped where it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parameters, REFERENCE_STATEMENTS } from './index';

const SEED = new URL('../../../../shared/seeds/001_d92102ae3d681b87.txt', import.meta.url);
const present = existsSync(SEED);
const squash = (s: string): string => s.replace(/\s+/g, '');

describe.skipIf(!present)('quotes match the seed akashi-policy-2023', () => {
  const seed = present ? squash(readFileSync(SEED, 'utf8')) : '';
  it.each(REFERENCE_STATEMENTS.map((s) => [s.citation.section, s.text] as const))(
    '%s',
    (_section, text) => {
      expect(seed).toContain(squash(text));
    },
  );
  it.each(parameters.flatMap((p) => (p.citation.quote ? [[p.id, p.citation.quote] as const] : [])))(
    'parameter %s',
    (_id, quote) => {
      expect(seed).toContain(squash(quote));
    },
  );
  it('the printed table rows occur in the seed', () => {
    for (const row of ['○○○○○○○', '○○△○○○△', '○××○（○）○○']) expect(seed).toContain(row);
  });
});
