import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** A failure to read the input: Japanese message, stable code, never the input's content. */
export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Default ceiling for a whole (non-streamed) JSON input. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

const mib = (n: number): string =>
  n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB` : `${n} バイト`;

/** Where the input comes from: a path, or `-` for standard input. */
export type InputSource =
  { readonly kind: 'stdin' } | { readonly kind: 'file'; readonly path: string };

/** Reads the chunks of a source. */
export type ChunkSource = AsyncIterable<Uint8Array>;

/** Opens a file or stdin as an async iterable of byte chunks, with a Japanese error on failure. */
export async function openSource(source: InputSource, stdin: ChunkSource): Promise<ChunkSource> {
  if (source.kind === 'stdin') return stdin;
  let info;
  try {
    info = await stat(source.path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new InputError('input.notFound', 'ファイルが見つかりません。');
    if (code === 'EACCES')
      throw new InputError('input.permission', 'ファイルを読む権限がありません。');
    throw new InputError('input.unreadable', 'ファイルを読めません。');
  }
  if (info.isDirectory())
    throw new InputError('input.directory', 'ファイルではなくフォルダが指定されています。');
  return createReadStream(source.path);
}

/**
 * Reads a whole source into memory, refusing more than `maxBytes` (stops reading as soon as the
 * ceiling is passed, so a huge file or endless stdin never fills memory).
 */
export async function readAll(chunks: ChunkSource, maxBytes: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of chunks) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        throw new InputError(
          'input.tooLarge',
          `入力が大きすぎます（上限 ${mib(maxBytes)}）。多数の記録は JSON Lines（1行に1件、拡張子 .jsonl または --jsonl）にすると逐次処理できます。`,
        );
      }
      parts.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('input.unreadable', '入力を読めません。');
  } finally {
    const maybe = chunks as { destroy?: () => void };
    if (total > maxBytes && typeof maybe.destroy === 'function') maybe.destroy();
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function looksLikeShiftJis(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes bytes as UTF-8 (a UTF-8 BOM is removed). UTF-16 and non-UTF-8 bytes (e.g. Shift_JIS)
 * are refused with a message saying how to fix the file.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    throw new InputError(
      'input.encoding.utf16',
      '文字コードが UTF-16 です。UTF-8 で保存し直してください。',
    );
  }
  // UTF-16 without a BOM: ASCII characters come with a NUL byte beside them.
  const head = bytes.subarray(0, 64);
  if (head.length >= 2 && head.includes(0)) {
    throw new InputError(
      'input.encoding.utf16',
      '文字コードが UTF-16（または バイナリ）のようです。UTF-8 で保存し直してください。',
    );
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const hint = looksLikeShiftJis(bytes) ? 'Shift_JIS のようです。' : '';
    throw new InputError(
      'input.encoding.notUtf8',
      `文字コードが UTF-8 ではありません。${hint}UTF-8 で保存し直してください。`,
    );
  }
}

/**
 * Parses JSON text. The error names the line and column when the engine reports a position,
 * and never quotes the input.
 */
export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new InputError('input.empty', '入力が空です。');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = String((error as Error).message ?? '');
    const pos = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    let where = '';
    const oneLine = !text.includes('\n');
    if (lc) where = oneLine ? `（${lc[2]}文字目付近）` : `（${lc[1]}行目 ${lc[2]}文字目付近）`;
    else if (pos) {
      const offset = Number(pos[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      where = oneLine ? `（${column}文字目付近）` : `（${line}行目 ${column}文字目付近）`;
    } else if (/end of JSON input/i.test(message)) where = '（途中で終わっています）';
    throw new InputError('input.notJson', `JSON として読めません${where}。`);
  }
}
