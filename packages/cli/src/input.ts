import { open } from 'node:fs/promises';

/** A failure to read the input: Japanese message, stable code, never the input's content. */
export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The JSON Lines line the failure is about, when it stops the whole input. */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Default ceiling for a whole (non-streamed) JSON input. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** `33554432` → `32 MiB`; small sizes in bytes. */
export const mib = (n: number): string =>
  n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB` : `${n} バイト`;

/** Where the input comes from: a path, or `-` for standard input. */
export type InputSource =
  { readonly kind: 'stdin' } | { readonly kind: 'file'; readonly path: string };

/** Reads the chunks of a source. */
export type ChunkSource = AsyncIterable<Uint8Array>;

/** Japanese reason for a file-system error code (never the path, which is input text). */
function fileError(error: unknown, reading: boolean): InputError {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputError('input.notFound', 'ファイルが見つかりません。');
    case 'EACCES':
    case 'EPERM':
      return new InputError('input.permission', 'ファイルを読む権限がありません。');
    case 'EISDIR':
      return new InputError('input.directory', 'ファイルではなくフォルダが指定されています。');
    case 'ENAMETOOLONG':
      return new InputError('input.nameTooLong', 'ファイル名が長すぎます。');
    default:
      return new InputError(
        'input.unreadable',
        `${reading ? '入力を読めません' : 'ファイルを開けません'}${typeof code === 'string' && /^E[A-Z0-9]{1,20}$/.test(code) ? `（${code}）` : ''}。`,
      );
  }
}

/** Re-throws any read failure of the chunks as an {@link InputError} (never a stack trace). */
async function* guarded(chunks: ChunkSource): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of chunks) yield chunk;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(error, true);
  }
}

/**
 * Opens a file or stdin as an async iterable of byte chunks, with a Japanese error on failure
 * (missing file, folder, no permission, a read error later on).
 */
export async function openSource(source: InputSource, stdin: ChunkSource): Promise<ChunkSource> {
  if (source.kind === 'stdin') return guarded(stdin);
  let handle;
  try {
    handle = await open(source.path, 'r');
  } catch (error) {
    throw fileError(error, false);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory())
      throw new InputError('input.directory', 'ファイルではなくフォルダが指定されています。');
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error instanceof InputError ? error : fileError(error, false);
  }
  return guarded(handle.createReadStream());
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
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

function looksLikeShiftJis(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Is `b` a control byte that never appears in JSON text (JSON allows only tab, LF and CR)? */
const isControl = (b: number): boolean => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d;

/** The refusal of a UTF-16 file (by its byte order mark). */
export const utf16Error = (): InputError =>
  new InputError(
    'input.encoding.utf16',
    '文字コードが UTF-16 です。UTF-8 で保存し直してください。',
  );

/**
 * Why `bytes` are not UTF-8 text, or `undefined` when they are: a UTF-16 byte order mark, a NUL or
 * other control byte (binary data, UTF-16 without a mark), or bytes that are not UTF-8 (Shift_JIS…).
 * Every refusal says how to fix the file. `partial`: `bytes` are only the start of the text, so a
 * multi-byte character cut at the end is not an error. Linear time.
 */
export function textError(bytes: Uint8Array, partial = false): InputError | undefined {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return utf16Error();
  for (let i = 0; i < bytes.byteLength; i++) {
    if (isControl(bytes[i] as number))
      return new InputError(
        'input.encoding.binary',
        '文字コードが UTF-8 のテキストではありません（NUL などの制御文字があります。UTF-16 かバイナリのファイルのようです）。UTF-8 で保存し直してください。',
      );
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
    return undefined;
  } catch {
    const hint = looksLikeShiftJis(bytes) ? 'Shift_JIS のようです。' : '';
    return new InputError(
      'input.encoding.notUtf8',
      `文字コードが UTF-8 ではありません。${hint}UTF-8 で保存し直してください。`,
    );
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// The control bytes of isControl: in UTF-8 they never occur inside a multi-byte character, so the decoded text has
// one of these characters exactly where the bytes had one.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * Decodes bytes that `textError` would accept, in one pass of the engine's decoder instead of a byte loop and a
 * second decode (the hot path of JSON Lines: one call per line); anything else gets `textError`'s own refusal.
 * A leading BOM is kept (the caller drops it). Same verdicts as `textError(bytes)`.
 */
export function decodeText(bytes: Uint8Array): string | InputError {
  let text: string | undefined;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    text = undefined;
  }
  if (text !== undefined && !CONTROL_CHAR.test(text) && !startsWithUtf16Mark(bytes)) return text;
  return textError(bytes) ?? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function startsWithUtf16Mark(bytes: Uint8Array): boolean {
  const b0 = bytes[0];
  const b1 = bytes[1];
  return (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff);
}

/**
 * Decodes bytes as UTF-8 (a UTF-8 BOM is removed). UTF-16, binary data (NUL and other control
 * bytes) and non-UTF-8 bytes (e.g. Shift_JIS) are refused with a message saying how to fix the file.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const error = textError(bytes);
  if (error) throw error;
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
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
