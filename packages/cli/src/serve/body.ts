// Request bodies: content types, size limits (checked on Content-Length and while reading), the deadline, JSON.
import { InputError, decodeUtf8, mib, parseJson } from '../input';
import { HttpError } from './errors';

/** The media type of a request, lower case, without parameters (`application/json`). */
export function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Refuses a request whose media type is not one of `accepted` (415). */
export function requireMediaType(request: Request, accepted: readonly string[]): string {
  const type = mediaType(request);
  if (!accepted.includes(type))
    throw new HttpError(
      415,
      'content.type',
      `Content-Type は ${accepted.join(' または ')} にしてください。`,
    );
  return type;
}

/** 413 for a body over `limit` bytes. */
export const tooLarge = (limit: number): HttpError =>
  new HttpError(413, 'body.tooLarge', `本文が大きすぎます（上限 ${mib(limit)}）。`);

/** 408 when the body did not arrive before the request's deadline. */
export const timedOut = (): HttpError =>
  new HttpError(
    408,
    'request.timeout',
    '時間内に処理を終えられませんでした（要求の時間の上限を超えました）。',
  );

/** The declared length is refused before reading when it already exceeds the limit. */
export function checkDeclaredLength(request: Request, limit: number): void {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d{1,16}$/.test(declared) && Number(declared) > limit)
    throw tooLarge(limit);
}

/**
 * The body's chunks, stopping with 413 as soon as more than `limit` bytes arrived (an endless body never fills
 * memory) and with 408 once `deadline` (ms since the epoch) has passed. `incoming` is Node's request stream
 * when there is one (faster than the web stream of `request`).
 */
export async function* bodyChunks(
  request: Request,
  limit: number,
  deadline: number,
  incoming?: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  checkDeclaredLength(request, limit);
  const source: AsyncIterable<Uint8Array> | null = incoming ?? request.body;
  if (!source) return;
  const iterator = source[Symbol.asyncIterator]();
  let total = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()));
    timer.unref?.();
  });
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), expired]);
      if (next === 'timeout') throw timedOut();
      if (next.done) return;
      total += next.value.byteLength;
      if (total > limit) throw tooLarge(limit);
      yield next.value;
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, 'body.unreadable', '本文を最後まで受け取れませんでした。');
  } finally {
    clearTimeout(timer);
    // Stop reading (a refused body is not drained into memory); the connection is closed after the response.
    iterator.return?.(undefined)?.catch(() => undefined);
  }
}

/** The whole body as bytes (at most `limit`). */
export async function readBody(
  request: Request,
  limit: number,
  deadline: number,
  incoming?: AsyncIterable<Uint8Array>,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of bodyChunks(request, limit, deadline, incoming)) {
    parts.push(chunk);
    total += chunk.byteLength;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

/** An input error of the CLI's readers (not JSON, not UTF-8, empty…) as a 400 with the same code and message. */
export function badInput(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof InputError) return new HttpError(400, error.code, error.message);
  return new HttpError(400, 'input.unreadable', '入力を読めません。');
}

/** A JSON body (UTF-8, at most `limit` bytes): 415 for another media type, 400 when it is not JSON. */
export async function readJson(
  request: Request,
  limit: number,
  deadline: number,
  incoming?: AsyncIterable<Uint8Array>,
): Promise<unknown> {
  requireMediaType(request, ['application/json']);
  const bytes = await readBody(request, limit, deadline, incoming);
  try {
    return parseJson(decodeUtf8(bytes));
  } catch (error) {
    throw badInput(error);
  }
}

/** Is `value` a plain JSON object? */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
