import { DEFAULT_MAX_BYTES, InputError, decodeText, mib, textError, utf16Error } from './input';
import type { ChunkSource } from './input';

/** One line of a JSON Lines input: its 1-based number and either its text or why it is unreadable. */
export type Line =
  | { readonly lineNo: number; readonly text: string }
  | { readonly lineNo: number; readonly error: InputError };

/** Longest accepted line (one record). Longer lines are reported and skipped, never buffered whole. */
export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

/** Unreadable lines (not UTF-8 text, or too long) after which the rest of the input is not read. */
export const DEFAULT_MAX_UNREADABLE_LINES = 1000;

/** Limits of {@link readLines}. */
export interface LineLimits {
  /** Longest line kept (bytes). A longer one is reported, then skipped up to its newline. */
  readonly maxLineBytes: number;
  /** Reading stops (exit 2) when one line passes this many bytes without a newline. */
  readonly maxSkipBytes: number;
  /** Reading stops (exit 2) at this many unreadable lines (not UTF-8 text or too long). */
  readonly maxUnreadableLines: number;
}

/** The defaults: 8 MiB a line, 32 MiB without a newline, 1,000 unreadable lines. */
export const DEFAULT_LINE_LIMITS: LineLimits = {
  maxLineBytes: DEFAULT_MAX_LINE_BYTES,
  maxSkipBytes: DEFAULT_MAX_BYTES,
  maxUnreadableLines: DEFAULT_MAX_UNREADABLE_LINES,
};

/** Joins the parts of one line (each byte is copied once: linear time). */
function join(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

/**
 * Splits a byte stream into lines (LF or CRLF) and decodes each one as UTF-8 on its own, so one
 * badly encoded or overlong record is reported by its line number and the rest still run.
 * Linear time, and memory bounded by one line (`maxLineBytes`) plus one chunk, whatever the input:
 * an overlong line is reported (as "not UTF-8 text" when its start already is not text) and skipped
 * to its newline; a line with no newline after `maxSkipBytes`, or `maxUnreadableLines` unreadable
 * lines, stop the input with an {@link InputError} naming the limit and the line. A UTF-16 stream
 * (by its byte order mark) is refused as a whole; a UTF-8 byte order mark is dropped.
 */
export async function* readLines(
  chunks: ChunkSource,
  limits: Partial<LineLimits> = {},
): AsyncGenerator<Line> {
  const { maxLineBytes, maxSkipBytes, maxUnreadableLines } = { ...DEFAULT_LINE_LIMITS, ...limits };
  let parts: Uint8Array[] = [];
  let size = 0; // bytes in `parts`
  let lineNo = 0;
  let skipping = false; // inside an overlong line: drop bytes until the next LF
  let skipped = 0; // bytes of the overlong line so far
  let unreadable = 0;

  const unreadableLine = (error: InputError): Line => {
    unreadable += 1;
    return { lineNo, error };
  };
  /** Called before each further line: the limit stops the input only when more lines follow. */
  const checkUnreadable = (): void => {
    if (unreadable >= maxUnreadableLines)
      throw new InputError(
        'input.tooManyUnreadableLines',
        `読めない行（UTF-8 のテキストでない行・長すぎる行）が上限の ${maxUnreadableLines.toLocaleString('ja-JP')} 行に達したので、${lineNo}行目まで読んでやめました。ファイル全体を UTF-8 の JSON Lines（1行に1件）で保存し直してください。`,
        lineNo,
      );
  };
  /** Line 1 carries the byte order mark, if any. */
  const firstLine = (bytes: Uint8Array): Uint8Array => {
    if (lineNo !== 1) return bytes;
    const [b0, b1, b2] = bytes;
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) throw utf16Error();
    return b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  };
  const emit = (raw: Uint8Array): Line => {
    lineNo += 1;
    let bytes = firstLine(raw);
    if (bytes.byteLength > 0 && bytes[bytes.byteLength - 1] === 0x0d)
      bytes = bytes.subarray(0, bytes.byteLength - 1);
    const text = decodeText(bytes);
    if (text instanceof InputError) return unreadableLine(text);
    return { lineNo, text };
  };
  /** An overlong line: classified by its start (binary data is "not text", not "too long"). */
  const overlong = (start: Uint8Array): Line => {
    lineNo += 1;
    const error =
      textError(firstLine(start), true) ??
      new InputError(
        'input.lineTooLong',
        `1行が長すぎます（上限 ${mib(maxLineBytes)}）。この行は読み飛ばします。`,
      );
    return unreadableLine(error);
  };
  const checkSkip = (): void => {
    if (skipped > maxSkipBytes)
      throw new InputError(
        'input.lineNeverEnds',
        `${lineNo}行目が ${mib(maxSkipBytes)} を超えても改行がなく終わらないので、読むのをやめました。JSON Lines（1行に1件）の入力か確かめてください。`,
        lineNo,
      );
  };

  for await (const chunk of chunks) {
    let pos = 0;
    while (pos < chunk.byteLength) {
      const nl = chunk.indexOf(0x0a, pos);
      const end = nl === -1 ? chunk.byteLength : nl;
      const piece = chunk.subarray(pos, end);
      pos = end + 1;
      if (skipping) {
        skipped += piece.byteLength;
        checkSkip();
        if (nl !== -1) skipping = false;
        continue;
      }
      if (size + piece.byteLength > maxLineBytes) {
        const start = join(
          [...parts, piece.subarray(0, maxLineBytes - size)],
          Math.min(maxLineBytes, size + piece.byteLength),
        );
        skipped = size + piece.byteLength;
        parts = [];
        size = 0;
        skipping = nl === -1;
        checkUnreadable();
        yield overlong(start);
        checkSkip();
        continue;
      }
      if (nl === -1) {
        // The line goes on in the next chunk: keep a copy (the source may reuse its buffer).
        parts.push(piece.slice());
        size += piece.byteLength;
        continue;
      }
      parts.push(piece);
      const line = join(parts, size + piece.byteLength);
      parts = [];
      size = 0;
      checkUnreadable();
      yield emit(line);
    }
  }
  if (!skipping && size > 0) {
    checkUnreadable();
    yield emit(join(parts, size));
  }
}
