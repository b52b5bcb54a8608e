/** 入出力（コマンドの実体を Node のプロセスから切り離し、テストで差し替えられるようにする）。 */
export interface CliIo {
  /** 標準入力のバイト列。 */
  readonly stdin: AsyncIterable<Uint8Array>;
  /** 標準出力に書く（背圧があれば待つ）。 */
  readonly stdout: (text: string) => void | Promise<void>;
  /** 標準エラーに書く。 */
  readonly stderr: (text: string) => void;
  /** 標準エラーが端末か（進捗行は端末のときだけ出す）。 */
  readonly stderrIsTTY: boolean;
}

/**
 * 実際のプロセスの標準入出力。
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), processIo(), defaultRegistry());
 * ```
 */
export function processIo(): CliIo {
  // The reader went away (`kaigo … | head`): stop quietly, like other command-line tools.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdin: process.stdin,
    stdout: (text) => {
      if (process.stdout.write(text)) return;
      return new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
