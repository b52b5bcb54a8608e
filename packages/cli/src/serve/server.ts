// Starting and stopping the HTTP server (Node's http server through @hono/node-server).
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { defaultRegistry } from '../registry';
import type { CliRegistry } from '../registry';
import { DEFAULT_LIMITS, createApp } from './app';
import type { RequestLog, ServeLimits } from './app';

declare const __KAIGO_CLI_VERSION__: string | undefined;
const VERSION = typeof __KAIGO_CLI_VERSION__ === 'string' ? __KAIGO_CLI_VERSION__ : '0.0.0-dev';

/** {@link startServer} のオプション。 */
export interface ServeOptions {
  /** ポート（既定 8787。0 なら空いているポートを OS が選ぶ）。 */
  readonly port?: number;
  /** 待ち受けるアドレス（既定 `127.0.0.1`、ループバックのみ）。 */
  readonly host?: string;
  /** 設定すると /health 以外のすべてのルートで `Authorization: Bearer <token>` が必要になる。 */
  readonly token?: string;
  /** 上限（本文の大きさ・時間・同時に処理する数）。省略した項目は既定値。 */
  readonly limits?: Partial<ServeLimits>;
  /** 様式とルールの一覧（既定は SDK のすべて）。 */
  readonly registry?: CliRegistry;
  /** 構造化ログの1行（JSON）を書く先（既定は標準エラー）。 */
  readonly log?: (line: string) => void;
}

/** 起動したサーバー。 */
export interface RunningServer {
  /** `http://HOST:PORT`。 */
  readonly url: string;
  /** 実際に待ち受けているポート。 */
  readonly port: number;
  /** 新しい接続を断り、処理中の要求が終わるのを待って閉じる（`graceMs` を過ぎたら接続を切る）。 */
  readonly close: (graceMs?: number) => Promise<void>;
}

const stderrLine = (line: string): void => {
  try {
    process.stderr.write(`${line}\n`);
  } catch {
    // stderr is gone: nothing to do
  }
};

/** Host as written in a URL (`[::1]` for IPv6). */
const urlHost = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/**
 * `kaigo serve` の HTTP サーバーを起動する。様式の検証・ルールの実行・CSV の読み書きを JSON で提供し、
 * 待ち受けを始めてから解決する。
 *
 * @param options ポート・アドレス・トークン・上限
 * @returns 起動したサーバー（`url` と `close`）
 * @example
 * ```ts
 * const server = await startServer({ port: 0 });
 * const health = await fetch(`${server.url}/health`);
 * await server.close();
 * ```
 */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const host = options.host ?? '127.0.0.1';
  const write = options.log ?? stderrLine;
  const app = createApp({
    registry: options.registry ?? defaultRegistry(),
    limits,
    ...(options.token === undefined ? {} : { token: options.token }),
    version: VERSION,
    log: (entry: RequestLog) => write(JSON.stringify(entry)),
  });
  const server = createAdaptorServer({
    fetch: app.fetch,
    createServer,
    serverOptions: {
      // The whole request (headers and body) must arrive within the time limit; Node answers 408 otherwise.
      requestTimeout: limits.timeoutMs,
      headersTimeout: Math.min(limits.timeoutMs, 10_000),
      keepAliveTimeout: 5_000,
    },
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost(host)}:${port}`,
    port,
    close: (graceMs = 10_000) =>
      (closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // Idle keep-alive connections would hold the server open: close them now, busy ones when they finish.
        server.closeIdleConnections();
      })),
  };
}
