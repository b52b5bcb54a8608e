import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from './lines';

async function collect(
  chunks: Uint8Array[],
  max?: number,
): Promise<(string | { error: string })[]> {
  async function* source(): AsyncGenerator<Uint8Array> {
    yield* chunks;
  }
  const out: (string | { error: string })[] = [];
  for await (const line of readLines(source(), max === undefined ? {} : { maxLineBytes: max }))
    out.push('text' in line ? line.text : { error: line.error.code });
  return out;
}

function cut(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let start = 0;
  for (const p of points) {
    out.push(bytes.subarray(start, p));
    start = p;
  }
  out.push(bytes.subarray(start));
  return out;
}

describe('readLines', () => {
  it('yields the same lines however the bytes are chunked (multi-byte characters split too)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\r\n\uFEFF]/g, '')),
          { minLength: 1, maxLength: 20 },
        ),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.boolean(),
        async (lines, cuts, crlf) => {
          const bytes = new TextEncoder().encode(lines.join(crlf ? '\r\n' : '\n'));
          // A final empty line is just the last separator.
          const expected = lines.at(-1) === '' ? lines.slice(0, -1) : lines;
          expect(await collect(cut(bytes, cuts))).toEqual(expected);
        },
      ),
    );
  });

  it('reports an undecodable or overlong line by number and continues', async () => {
    const enc = new TextEncoder();
    const chunks = [
      enc.encode('{"a":1}\n'),
      new Uint8Array([0x89, 0xcb, 0x0a]),
      enc.encode('x'.repeat(30)),
      enc.encode('y'.repeat(30) + '\n{"b":2}'),
    ];
    expect(await collect(chunks, 40)).toEqual([
      '{"a":1}',
      { error: 'input.encoding.notUtf8' },
      { error: 'input.lineTooLong' },
      '{"b":2}',
    ]);
  });

  it('drops a UTF-8 BOM and refuses a UTF-16 stream', async () => {
    expect(await collect([new Uint8Array([0xef, 0xbb, 0xbf, 0x31, 0x0a, 0x32])])).toEqual([
      '1',
      '2',
    ]);
    await expect(collect([new Uint8Array([0xff, 0xfe, 0x31, 0x00])])).rejects.toMatchObject({
      code: 'input.encoding.utf16',
    });
  });

  it('gives the same lines and the same stop, whatever the bytes and however they are chunked', async () => {
    const limits = { maxLineBytes: 8, maxSkipBytes: 20, maxUnreadableLines: 5 };
    const outcome = async (chunks: Uint8Array[]): Promise<unknown[]> => {
      async function* source(): AsyncGenerator<Uint8Array> {
        yield* chunks;
      }
      const out: unknown[] = [];
      try {
        for await (const line of readLines(source(), limits))
          out.push('text' in line ? [line.lineNo, line.text] : [line.lineNo, line.error.code]);
      } catch (error) {
        out.push({ stop: (error as { code?: string }).code });
      }
      return out;
    };
    const byte = fc.oneof(
      fc.constantFrom(0x0a, 0x0d, 0x00, 0x7b, 0x20, 0xe6, 0x9e, 0xb6, 0xff, 0xfe, 0xef, 0xbb, 0xbf),
      fc.integer({ min: 0, max: 255 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(byte, { maxLength: 120 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (bytes, cuts) => {
          const all = Uint8Array.from(bytes);
          expect(await outcome(cut(all, cuts))).toEqual(await outcome([all]));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('costs linear time in the length of a line, however finely it is chunked (n vs 4n)', async () => {
    const time = async (n: number): Promise<number> => {
      const chunk = new Uint8Array(1024).fill(0x20);
      async function* source(): AsyncGenerator<Uint8Array> {
        for (let i = 0; i < n / 1024; i++) yield chunk;
        yield new TextEncoder().encode('{}\n');
      }
      let best = Infinity;
      for (let attempt = 0; attempt < 3; attempt++) {
        const t0 = performance.now();
        let lines = 0;
        for await (const line of readLines(source())) if ('text' in line) lines += 1;
        best = Math.min(best, performance.now() - t0);
        expect(lines).toBe(1);
      }
      return best;
    };
    const small = await time(1024 * 1024);
    const large = await time(4 * 1024 * 1024);
    // Linear: about 4×; joining the parts again for every chunk (quadratic) was about 16×.
    expect(large, `n: ${small.toFixed(1)} ms, 4n: ${large.toFixed(1)} ms`).toBeLessThan(
      8 * small + 100,
    );
  });
});
