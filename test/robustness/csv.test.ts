// The CSV reader (@kaigo/careplan-csv readCsv, bytes in) and the file-name parsers survive hostile input.
import {
  FILE_LAYOUTS,
  encodeMs932,
  parseFileName,
  parseImageFileName,
  readCsv,
} from '@kaigo/careplan-csv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertNoMarkers, assertSurvives, deepFreeze } from './harness';

const RUNS = 60;
// CSV-shaped text: digits, commas, quotes, line breaks, Japanese and characters MS932 cannot hold.
const csvText = fc
  .array(
    fc.constantFrom(
      '0',
      '1',
      '9',
      ',',
      '"',
      '\r\n',
      '\n',
      '\r',
      'あ',
      '漢',
      '－',
      '〜',
      '①',
      '𠮷',
      ' ',
      '2024',
      '202407',
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(''));

describe('careplan-csv: readCsv survives arbitrary bytes, for every layout', () => {
  it('raw bytes, with and without a file name', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        const r = readCsv(deepFreeze(bytes));
        expect(Array.isArray(r.issues)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    // The options object is typed; its file name is free text from the caller.
    assertSurvives('readCsv({ fileName })', (v) =>
      readCsv(new Uint8Array([0x31, 0x2c, 0x32]), { fileName: v } as Parameters<typeof readCsv>[1]),
    );
  });
  for (const layout of FILE_LAYOUTS) {
    it(`CSV-shaped text against ${layout.prefix}`, () => {
      fc.assert(
        fc.property(csvText, (text) => {
          let bytes: Uint8Array;
          try {
            bytes = encodeMs932(text);
          } catch {
            bytes = new TextEncoder().encode(text); // not MS932: the reader must say so, not throw
          }
          const r = readCsv(bytes, { layout });
          expect(Array.isArray(r.issues)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    });
  }
  it('huge and degenerate inputs', () => {
    for (const bytes of [
      new Uint8Array(0),
      new Uint8Array(200_000).fill(0x2c), // 200,000 commas
      new Uint8Array(200_000).fill(0x22), // 200,000 quotes
      new Uint8Array(100_000).fill(0x0a),
      new Uint8Array([0xef, 0xbb, 0xbf, 0x31]), // UTF-8 BOM
      new Uint8Array([0xff, 0xfe, 0x31, 0x00]), // UTF-16
    ])
      for (const layout of [undefined, FILE_LAYOUTS[0], FILE_LAYOUTS[FILE_LAYOUTS.length - 1]])
        expect(() => readCsv(bytes, layout ? { layout } : {})).not.toThrow();
  }, 60_000);
});

describe('careplan-csv: file-name parsers', () => {
  it('survive arbitrary input', () => {
    assertSurvives('parseFileName', parseFileName);
    assertSurvives('parseImageFileName', parseImageFileName);
  });
  it('never echo the file name in their findings', () => {
    const name = 'ZQX0QXZ_架空_0300000100.CSV';
    assertNoMarkers(parseFileName(name), ['ZQX0QXZ']);
    assertNoMarkers(parseImageFileName(name), ['ZQX0QXZ']);
  });
});
