// decodeText is the one-pass decoder of JSON Lines: it must give exactly textError's verdicts (and the same text).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, decodeText, textError } from './input';

const bytesLike = fc.oneof(
  fc.uint8Array({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => new TextEncoder().encode(s)),
  fc.constantFrom(
    new Uint8Array([0xff, 0xfe, 0x41, 0x00]),
    new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
    new Uint8Array([0x82, 0xa0]), // Shift_JIS あ
    new Uint8Array([0x7b, 0x00, 0x7d]),
    new Uint8Array([0x7b, 0x09, 0x7d]),
  ),
);

describe('decodeText', () => {
  it('refuses what textError refuses, with the same code, and decodes the rest', () => {
    fc.assert(
      fc.property(bytesLike, (bytes) => {
        const expected = textError(bytes);
        const got = decodeText(bytes);
        if (expected) {
          expect(got).toBeInstanceOf(InputError);
          expect((got as InputError).code).toBe(expected.code);
        } else expect(got).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });
});
