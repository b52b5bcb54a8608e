// The one error shape of `kaigo serve`: `{ error: { code, message } }`, English code, Japanese message, never input text.

/** HTTP の失敗（4xx・5xx）。本文は `{ error: { code, message } }`（英語のコード、日本語のメッセージ）。 */
export class HttpError extends Error {
  /**
   * @param status HTTP のステータスコード
   * @param code 英語の安定したコード（`body.tooLarge` など）
   * @param message 日本語のメッセージ（入力の値を含めない）
   * @param headers 応答に加えるヘッダー（`Retry-After` など）
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The error body. */
export function errorBody(
  code: string,
  message: string,
): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/** A JSON response with the error body. */
export function errorResponse(error: HttpError): Response {
  return new Response(JSON.stringify(errorBody(error.code, error.message)), {
    status: error.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...error.headers },
  });
}

/** The catch-all: an unexpected exception is a 500 with a fixed message (no stack, no detail). */
export const INTERNAL = (): HttpError =>
  new HttpError(500, 'internal', '内部エラーが発生しました（SDK の不具合です）。');
