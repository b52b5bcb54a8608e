// The BUILT `kaigo serve` as a subprocess: the listening line, the warning without a token, graceful SIGTERM, and the
// curl walk-through of the root README ("HTTP サービス (kaigo serve)"), every command run against the real server.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 120_000 });

const bin = fileURLToPath(new URL('../bin/kaigo.js', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));

interface Started {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Spawns `kaigo serve …` and resolves once it printed its listening line. */
function serve(args: string[], env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, [bin, 'serve', ...args], {
    env: { ...process.env, KAIGO_SERVE_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d) => (err += String(d)));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += String(d);
      const m = /^listening on (http:\/\/\S+)\n/m.exec(out);
      if (m) resolve({ child, url: m[1] ?? '', stderr: () => err, exit });
    });
    void exit.then((code) => reject(new Error(`kaigo serve exited (${code}): ${err}`)));
  });
}

describe('kaigo serve (the built bin)', () => {
  it('prints its URL, and on SIGTERM finishes the request in flight, then exits 0', async () => {
    const s = await serve(['--port', '0']);
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.stderr()).not.toContain('auth.disabled');
    const { hostname, port } = new URL(s.url);
    // A request in flight: the body is still being sent when SIGTERM arrives.
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          hostname,
          port,
          path: '/forms/national.basicChecklist/validate',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          let body = '';
          res.on('data', (d) => (body += String(d)));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write('{"recordedDate":');
      setTimeout(() => {
        s.child.kill('SIGTERM');
        setTimeout(() => req.end('"2025-04-10"}'), 300);
      }, 200);
    });
    const done = await inFlight;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body)).toHaveProperty('ok', false);
    expect(await s.exit).toBe(0);
    // New connections are refused once it stopped.
    await expect(fetch(`${s.url}/health`)).rejects.toThrow();
    const lines = s.stderr().trim().split('\n');
    expect(JSON.parse(lines[lines.length - 1] ?? '{}')).toMatchObject({
      route: '/forms/:formId/validate',
      status: 200,
    });
  });

  it('warns when listening beyond loopback without a token; usage errors exit 2', async () => {
    const s = await serve(['--port', '0', '--host', '0.0.0.0']);
    await new Promise((r) => setTimeout(r, 100));
    expect(s.stderr()).toContain('"level":"warn","msg":"auth.disabled"');
    s.child.kill('SIGINT');
    expect(await s.exit).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'serve', '--port', 'x'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--port');
  });

  it('with KAIGO_SERVE_TOKEN, routes need the bearer token', async () => {
    const s = await serve(['--port', '0', '--host', '0.0.0.0'], { KAIGO_SERVE_TOKEN: 'tok-123' });
    const url = s.url.replace('0.0.0.0', '127.0.0.1');
    expect(s.stderr()).not.toContain('auth.disabled');
    expect((await fetch(`${url}/rules`)).status).toBe(401);
    expect(
      (await fetch(`${url}/rules`, { headers: { authorization: 'Bearer tok-123' } })).status,
    ).toBe(200);
    s.child.kill('SIGTERM');
    expect(await s.exit).toBe(0);
  });
});

// The walk-through: every command of the README section that runs curl, with the `# =>` lines under it as strings the
// output must contain.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('<!-- serve:start -->'),
  readme.indexOf('<!-- serve:end -->'),
);
const steps = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) => {
  const out: { command: string; expect: string[] }[] = [];
  let command: string[] = [];
  for (const line of (block[1] ?? '').split('\n')) {
    const promise = /^# => (.*)$/.exec(line);
    if (promise) {
      if (command.length > 0) out.push({ command: command.join('\n'), expect: [] });
      command = [];
      out[out.length - 1]?.expect.push(promise[1] ?? '');
    } else if (line.trim() !== '') command.push(line);
  }
  if (command.length > 0) out.push({ command: command.join('\n'), expect: [] });
  return out;
});

describe('README: HTTP サービス (kaigo serve) curl walk-through', () => {
  let s: Started;
  let dir = '';
  beforeAll(async () => {
    s = await serve(['--port', '0']);
    dir = mkdtempSync(join(tmpdir(), 'kaigo-serve-readme-'));
  });
  afterAll(async () => {
    s.child.kill('SIGTERM');
    await s.exit;
    rmSync(dir, { recursive: true, force: true });
  });

  it('has a curl command for every endpoint', () => {
    const all = steps.map((x) => x.command).join('\n');
    for (const path of [
      '/health',
      '/forms',
      '/schema',
      '/validate',
      '/openapi.json',
      '/rules',
      '/evaluate',
      '/parameters/',
      '/csv/write',
      '/csv/read',
    ])
      expect(all).toContain(path);
    expect(steps.every((x) => x.command.includes('curl ') && x.expect.length > 0)).toBe(true);
  });

  it('every command runs and prints what the README says', () => {
    const address = new URL(s.url).host;
    for (const step of steps) {
      const command = step.command.replaceAll('127.0.0.1:8787', address);
      const r = spawnSync('bash', ['-eo', 'pipefail', '-c', command], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(r.status, `${step.command}\n${r.stderr}`).toBe(0);
      for (const text of step.expect) expect(r.stdout, step.command).toContain(text);
    }
  });
});
