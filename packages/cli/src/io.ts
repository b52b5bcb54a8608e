import { fstatSync } from 'node:fs';

/** 入出力（コマンドの実体を Node のプロセスから切り離し、テストで差し替えられるようにする）。 */
export interface CliIo {
  /** 標準入力のバイト列。 */
  readonly stdin: AsyncIterable<Uint8Array>;
  /**
   * 標準出力に書く（背圧があれば待つ）。書けなければ {@link OutputError} を投げる（終了コード 3）。
   */
  readonly stdout: (text: string) => void | Promise<void>;
  /** 標準エラーに書く（書けなくても投げない）。 */
  readonly stderr: (text: string) => void;
  /** 標準エラーが端末か（進捗行は端末のときだけ出す）。 */
  readonly stderrIsTTY: boolean;
  /** 書いた出力がすべて出力先に届くまで待つ。届かなければ {@link OutputError} を投げる。 */
  readonly flush?: () => Promise<void>;
}

/** 標準出力に書けなかった（出力先が閉じた・ディスクがいっぱい…）。終了コード 3。 */
export class OutputError extends Error {
  /**
   * @param code OS のエラーコード（`EPIPE`、`ENOSPC`、`EBADF`…）。わからなければ `EIO`
   */
  constructor(readonly code: string) {
    super(`output failed: ${code}`);
    this.name = 'OutputError';
  }
}

/** An OutputError for any write failure, keeping only its OS code (never a message or a stack). */
export function toOutputError(error: unknown): OutputError {
  if (error instanceof OutputError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  return new OutputError(typeof code === 'string' && /^E[A-Z0-9]{1,20}$/.test(code) ? code : 'EIO');
}

/** Standard input, opened only when read; a folder on stdin (`< dir`) is an error, not "empty". */
async function* stdinChunks(): AsyncGenerator<Uint8Array> {
  let folder = false;
  try {
    folder = fstatSync(0).isDirectory();
  } catch {
    // not a file descriptor we can inspect: read it as it is
  }
  if (folder) throw Object.assign(new Error('stdin is a folder'), { code: 'EISDIR' });
  yield* process.stdin;
}

/**
 * 実際のプロセスの標準入出力。標準出力への書き込みの失敗（`EPIPE`、`ENOSPC`、`EBADF`…）は次の書き込みか
 * `flush` で {@link OutputError} になり、標準エラーへの書き込みの失敗は無視する（終了コードは変わらない）。
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), processIo(), defaultRegistry());
 * ```
 */
export function processIo(): CliIo {
  const out = process.stdout;
  let failure: OutputError | undefined;
  let pending = 0; // writes whose callback has not run yet
  let idle: (() => void)[] = [];
  const fail = (error: unknown): void => {
    failure ??= toOutputError(error);
  };
  const whenIdle = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const check = (): void => (failure ? reject(failure) : resolve());
      if (pending === 0) check();
      else idle.push(check);
    });
  const settle = (error?: Error | null): void => {
    if (error) fail(error);
    pending -= 1;
    if (pending === 0) {
      const waiting = idle;
      idle = [];
      for (const resolve of waiting) resolve();
    }
  };
  // Errors are also reported to the write callbacks; the listeners keep them from being uncaught.
  out.on('error', fail);
  process.stderr.on('error', () => undefined);
  return {
    stdin: stdinChunks(),
    stdout: (text) => {
      if (failure) throw failure;
      pending += 1;
      let more: boolean;
      try {
        more = out.write(text, (error) => settle(error));
      } catch (error) {
        // A file or device on stdout is written synchronously: /dev/full throws ENOSPC here.
        pending -= 1;
        fail(error);
        throw failure;
      }
      // Back pressure: wait until everything written so far has gone out.
      return more ? undefined : whenIdle();
    },
    stderr: (text) => {
      try {
        process.stderr.write(text);
      } catch {
        // stderr is gone too: the exit code still tells what happened.
      }
    },
    stderrIsTTY: process.stderr.isTTY === true,
    flush: whenIdle,
  };
}
