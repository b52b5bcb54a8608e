// HTTP load test of `kaigo serve` on loopback with autocannon (a few seconds per case): requests/s and p50/p99
// latency for validate and evaluate, beside the same framework serving a constant response (the limit).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/** One endpoint measured against `kaigo serve` and against the constant server. */
export interface ServeRow {
  readonly endpoint: string;
  readonly sdk: Load;
  readonly constant: Load;
}

/** One autocannon run. */
export interface Load {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

/** Connections kept open by autocannon (pipelining 1). */
export const SERVE_CONNECTIONS = 10;
/** Seconds per measured run (after a 1 s warm-up run). */
export const SERVE_SECONDS = 3;

function startTarget(mode: 'sdk' | 'constant'): Promise<{ child: ChildProcess; port: number }> {
  const script = fileURLToPath(new URL('./serveTarget.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, mode], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', (d) => resolve({ child, port: Number(String(d).trim()) }));
    child.once('exit', (code) => reject(new Error(`${mode} server exited (${code})`)));
  });
}

async function load(url: string, body: string, duration: number): Promise<Load> {
  const r = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: SERVE_CONNECTIONS,
    duration,
  });
  return {
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

const answers = Object.fromEntries(
  Array.from({ length: 25 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`)
    .filter((q) => q !== 'q12')
    .map((q) => [q, i(q)]),
);
function i(q: string): string {
  return Number(q.slice(1)) % 3 === 0 ? 'yes' : 'no';
}

const CASES: readonly { endpoint: string; path: string; body: string }[] = [
  {
    endpoint: 'POST /forms/national.basicChecklist/validate (valid record)',
    path: '/forms/national.basicChecklist/validate',
    body: JSON.stringify({
      recordedDate: '2025-04-10',
      name: '架空 花子',
      birthDate: '1945-06-01',
      answers,
    }),
  },
  {
    endpoint: 'POST /rules/kobayashi.fee/evaluate (trace included)',
    path: '/rules/kobayashi.fee/evaluate',
    body: JSON.stringify({
      input: { officeKind: 'kyotaku', activity: 'communityCareMeeting', date: '2025-07-15' },
      context: { referenceDate: '2025-07-15' },
    }),
  },
];

/** Runs every case against both servers, one server process at a time. */
export async function serveBench(log: (line: string) => void): Promise<ServeRow[]> {
  const results = new Map<string, { sdk?: Load; constant?: Load }>();
  for (const mode of ['sdk', 'constant'] as const) {
    const { child, port } = await startTarget(mode);
    try {
      for (const c of CASES) {
        const url = `http://127.0.0.1:${port}${c.path}`;
        await load(url, c.body, 1); // warm-up
        const measured = await load(url, c.body, SERVE_SECONDS);
        log(`  ${mode} ${c.path}: ${Math.round(measured.requestsPerSecond)} req/s`);
        results.set(c.endpoint, { ...results.get(c.endpoint), [mode]: measured });
      }
    } finally {
      child.kill('SIGTERM');
    }
  }
  return CASES.map((c) => {
    const r = results.get(c.endpoint);
    if (!r?.sdk || !r.constant) throw new Error(`no result for ${c.endpoint}`);
    return { endpoint: c.endpoint, sdk: r.sdk, constant: r.constant };
  });
}

/** The Markdown table of {@link serveBench}. */
export function serveTable(rows: readonly ServeRow[]): string {
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
  const lines = [
    '| endpoint | kaigo serve req/s | p50 ms | p99 ms | constant req/s | p50 ms | p99 ms | kaigo serve ÷ constant |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.endpoint} | ${fmt(r.sdk.requestsPerSecond)} | ${r.sdk.p50} | ${r.sdk.p99} | ${fmt(r.constant.requestsPerSecond)} | ${r.constant.p50} | ${r.constant.p99} | ${Math.round((r.sdk.requestsPerSecond / r.constant.requestsPerSecond) * 100)} % |`,
    );
  const errors = rows.reduce((s, r) => s + r.sdk.errors + r.constant.errors, 0);
  lines.push('', `Errors and non-2xx responses during the runs: ${errors}.`);
  return lines.join('\n');
}

// `npx tsx bench/serve.ts`: this table alone (npm run bench runs it as part of the whole report).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(serveTable(await serveBench((line) => console.error(line))));
}
