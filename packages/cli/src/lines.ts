import { InputError, decodeUtf8 } from './input';
import type { ChunkSource } from './input';

/** One line of a JSON Lines input: its 1-based number and either its text or why it is unreadable. */
export type Line =
  | { readonly lineNo: number; readonly text: string }
  | { readonly lineNo: number; readonly error: InputError };

/** Longest accepted line (one record). Longer lines are reported and skipped, never buffered whole. */
export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  if (a.byteLength === 0) return b;
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
};

/**
 * Splits a byte stream into lines (LF or CRLF) and decodes each one as UTF-8 on its own, so one
 * badly encoded or overlong record is reported by its line number and the rest still run.
 * A UTF-16 stream is refused as a whole (every line would be unreadable).
 */
export async function* readLines(
  chunks: ChunkSource,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<Line> {
  let pending: Uint8Array = new Uint8Array(0);
  let lineNo = 0;
  let skipping = false; // inside an overlong line: drop bytes until the next LF
  let first = true;
  const emit = (bytes: Uint8Array): Line => {
    lineNo += 1;
    if (bytes.byteLength > maxLineBytes)
      return {
        lineNo,
        error: new InputError(
          'input.lineTooLong',
          `1行が長すぎます（上限 ${maxLineBytes} バイト）。`,
        ),
      };
    let b = bytes;
    if (b.byteLength > 0 && b[b.byteLength - 1] === 0x0d) b = b.subarray(0, b.byteLength - 1);
    try {
      return { lineNo, text: decodeUtf8(b) };
    } catch (error) {
      return {
        lineNo,
        error:
          error instanceof InputError ? error : new InputError('input.unreadable', '読めません。'),
      };
    }
  };
  for await (const raw of chunks) {
    let chunk = raw;
    if (first && chunk.byteLength > 0) {
      first = false;
      const b0 = chunk[0];
      const b1 = chunk[1];
      if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
        throw new InputError(
          'input.encoding.utf16',
          '文字コードが UTF-16 です。UTF-8 で保存し直してください。',
        );
      if (b0 === 0xef && b1 === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    let start = 0;
    for (let i = 0; i < chunk.byteLength; i++) {
      if (chunk[i] !== 0x0a) continue;
      const piece = chunk.subarray(start, i);
      start = i + 1;
      if (skipping) {
        skipping = false;
        pending = new Uint8Array(0);
        continue;
      }
      const line = concat(pending, piece);
      pending = new Uint8Array(0);
      yield emit(line);
    }
    const rest = chunk.subarray(start);
    if (skipping) continue;
    if (pending.byteLength + rest.byteLength > maxLineBytes) {
      lineNo += 1;
      skipping = true;
      pending = new Uint8Array(0);
      yield {
        lineNo,
        error: new InputError(
          'input.lineTooLong',
          `1行が長すぎます（上限 ${maxLineBytes} バイト）。`,
        ),
      };
      continue;
    }
    pending = concat(pending, rest.slice());
  }
  if (!skipping && pending.byteLength > 0) yield emit(pending);
}
