// `kaigo serve [--port 8787] [--host 127.0.0.1]`: parses its own options, starts the server, stops on SIGTERM/SIGINT.
import { parseArgs } from 'node:util';
import { UsageError } from '../args';
import type { CliIo } from '../io';
import { ExitCode } from '../records';
import type { CliRegistry } from '../registry';
import { commandUsage } from '../usage';
import { startServer } from './server';

/** The help text of `kaigo serve` (the same as `kaigo help serve`). */
export const SERVE_USAGE = commandUsage('serve') ?? '';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function parseServeArgs(argv: readonly string[]): { port: number; host: string; help: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch {
    throw new UsageError(`kaigo serve のオプションが正しくありません。\n${SERVE_USAGE}`);
  }
  const port =
    values.port === undefined ? 8787 : /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
  if (!(port >= 0 && port <= 65535))
    throw new UsageError('--port には 0 から 65535 までの整数を指定してください。');
  const host = values.host ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:[\]-]{1,255}$/.test(host))
    throw new UsageError('--host にはアドレス（127.0.0.1、0.0.0.0、::1 など）を指定してください。');
  return { port, host: host.replace(/^\[(.*)\]$/, '$1'), help: values.help === true };
}

/**
 * Runs `kaigo serve` until SIGTERM or SIGINT. Resolves with exit code 0 after a graceful stop, 2 when the address
 * cannot be used (in use, not this machine's).
 */
export async function serveCommand(
  argv: readonly string[],
  io: CliIo,
  registry: CliRegistry,
): Promise<number> {
  const { port, host, help } = parseServeArgs(argv);
  if (help) {
    await io.stdout(SERVE_USAGE);
    return ExitCode.ok;
  }
  const token = process.env['KAIGO_SERVE_TOKEN'] || undefined;
  if (!LOOPBACK.has(host) && token === undefined)
    io.stderr(
      `${JSON.stringify({ time: new Date().toISOString(), level: 'warn', msg: 'auth.disabled', message: 'ループバック以外のアドレスで待ち受けますが、KAIGO_SERVE_TOKEN が設定されていません。同じネットワークの誰でも要求を送れます。' })}\n`,
    );
  let server;
  try {
    server = await startServer({
      port,
      host,
      registry,
      ...(token === undefined ? {} : { token }),
      log: (line) => io.stderr(`${line}\n`),
    });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const reason =
      code === 'EADDRINUSE'
        ? 'そのポートは使用中です'
        : code === 'EADDRNOTAVAIL'
          ? 'そのアドレスはこのマシンのものではありません'
          : code === 'EACCES'
            ? 'そのポートを使う権限がありません'
            : '待ち受けを始められません';
    throw new UsageError(`${reason}（--port・--host を確認してください）。`);
  }
  await io.stdout(`listening on ${server.url}\n`);
  await io.flush?.();
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  await server.close();
  return ExitCode.ok;
}
