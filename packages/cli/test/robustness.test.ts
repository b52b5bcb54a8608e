// Hostile and careless use of the BUILT `kaigo` binary, each run as a subprocess: output that cannot be
// written, input that never ends, binary data in JSON Lines, broken files and huge arguments. Every
// case must end with the documented exit code and one short Japanese line, never a stack trace or a
// hang, and cost must grow linearly with the input.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 180_000 });

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const bin = join(pkgDir, 'dist', 'cli.js');
const doubles = join(pkgDir, 'test', 'fixtures', 'doubles-cli.mjs');
let tmp = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: readonly string[], stdin: string | Uint8Array = ''): Run {
  const r = spawnSync(process.execPath, [script, ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs through `sh` so the test can close or redirect the standard streams (`redirect`). */
function shell(script: string, args: readonly string[], redirect: string): Run {
  const r = spawnSync('sh', ['-c', `"$0" "$@" ${redirect}`, process.execPath, script, ...args], {
    encoding: 'utf8',
    input: '',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

/** One Japanese line on stderr, no stack trace, no error class names. */
function expectCleanError(r: Run, message?: RegExp): void {
  expect(r.stderr).toMatch(/^kaigo: /);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
  if (message) expect(r.stderr).toMatch(message);
}

const valid = { name: '架空太郎', visitedOn: '2025-06-01' };
const invalid = { name: '架空太郎', visitedOn: '2025-02-30' };
const SAVE_AS_UTF8 = /UTF-8 で保存し直してください。/;

beforeAll(() => {
  if (!existsSync(bin))
    execFileSync('npx', ['--no-install', 'tsup'], { cwd: pkgDir, stdio: 'ignore' });
  tmp = mkdtempSync(join(tmpdir(), 'kaigo-cli-robust-'));
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Many invalid JSON Lines records: far more output than a pipe holds. */
function manyInvalid(): string {
  return file(
    'many-invalid.jsonl',
    `${Array.from({ length: 5000 }, () => JSON.stringify(invalid)).join('\n')}\n`,
  );
}

describe('output that cannot be written: exit 3', () => {
  it('a full disk (/dev/full) on stdout: exit 3 and one Japanese line, for every command', () => {
    const jsonl = manyInvalid();
    const cases: [string, string[]][] = [
      [bin, ['forms']],
      [bin, ['forms', '--json']],
      [bin, ['schema', 'national.basicChecklist']],
      [bin, ['rules']],
      [bin, ['help']],
      [doubles, ['validate', 'test.visit', file('v.json', JSON.stringify(valid))]],
      [doubles, ['validate', 'test.visit', jsonl]], // JSON Lines, streamed
      [doubles, ['validate', 'test.visit', jsonl, '--json']],
      [doubles, ['check', 'testcity', 'onTime', file('c.json', '{}'), '--date', '2025-06-01']],
    ];
    for (const [script, args] of cases) {
      const r = shell(script, args, '> /dev/full');
      expect(r.code, args.join(' ')).toBe(3);
      expectCleanError(
        r,
        /^kaigo: 出力を最後まで書き込めませんでした（ENOSPC: ディスクの空きがありません）。\n$/,
      );
    }
  });

  it('stdout and stderr both unusable: still exit 3, nothing printed', () => {
    for (const redirect of ['> /dev/full 2>&-', '> /dev/full 2> /dev/full']) {
      const r = shell(bin, ['forms'], redirect);
      expect(r.code, redirect).toBe(3);
      expect(r.stderr).toBe('');
    }
  });

  it('a reader that goes away (`kaigo … | head -1`): quiet, exit 3, and the run stops early', async () => {
    const child = spawn(process.execPath, [doubles, 'validate', 'test.visit', manyInvalid()], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(3);
    expect(stderr).toBe('');
  });

  it('a closed stdout (`>&-`) is /dev/null to Node.js, so it acts like `> /dev/null` (documented)', () => {
    // Node reopens a closed fd 0–2 on /dev/null before the program starts: indistinguishable from
    // `> /dev/null` or a caller's subprocess.DEVNULL, where the exit code is all that is wanted.
    const closed = shell(bin, ['forms'], '>&-');
    expect(closed.code).toBe(0);
    expect(closed.stderr).toBe('');
    const invalidFile = file('i.json', JSON.stringify(invalid));
    expect(shell(doubles, ['validate', 'test.visit', invalidFile], '>&-').code).toBe(1);
  });
});

/** Writes `chunk` to the child's stdin until it exits; returns what it printed and its exit code. */
async function endless(
  args: readonly string[],
  chunk: Uint8Array,
): Promise<Run & { written: number; maxRssKiB: number }> {
  const child = spawn(process.execPath, [doubles, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, KAIGO_TEST_REPORT_RSS: '1' },
  });
  let stdout = '';
  let stderr = '';
  let written = 0;
  let open = true;
  child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  child.stdin.on('error', () => (open = false)); // EPIPE once the CLI stops reading
  const pump = (): void => {
    while (open && written < 1024 * 1024 * 1024) {
      written += chunk.byteLength;
      if (!child.stdin.write(chunk)) {
        child.stdin.once('drain', pump);
        return;
      }
    }
  };
  pump();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  open = false;
  const rss = /maxRSS=(\d+)\n/.exec(stderr);
  return {
    code,
    stdout,
    stderr: stderr.replace(/maxRSS=\d+\n/, ''),
    written,
    maxRssKiB: Number(rss?.[1] ?? NaN),
  };
}

describe('JSON Lines limits: an endless or binary stream ends with exit 2, memory bounded', () => {
  it('stdin that never sends a newline: stops after 32 MiB with the line number and the limit', async () => {
    const r = await endless(
      ['validate', 'test.visit', '-', '--jsonl'],
      new Uint8Array(64 * 1024).fill(0x20),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('1行目: 1行が長すぎます（上限 8 MiB）。この行は読み飛ばします。\n');
    expectCleanError(
      r,
      /^kaigo: 1行目が 32 MiB を超えても改行がなく終わらないので、読むのをやめました。/,
    );
    expect(r.written).toBeLessThan(200 * 1024 * 1024);
    // Node and zod take ~100 MB on Node 20, ~350 MB RSS on Node 24; the line buffer is at most 8 MiB.
    expect(r.maxRssKiB).toBeLessThan(512 * 1024);
  });

  it('endless NUL bytes (/dev/zero): "not UTF-8 text", not "line too long"; --json names the line', async () => {
    const r = await endless(
      ['validate', 'test.visit', '-', '--jsonl', '--json'],
      new Uint8Array(64 * 1024),
    );
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    // The first line is not text: the whole input is refused at once (exit 2), naming the line.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      line: 1,
      ok: false,
      error: { code: 'input.encoding.binary' },
    });
  });

  it('a whole (non-JSON Lines) document on endless stdin stops at 32 MiB', async () => {
    const r = await endless(['validate', 'test.visit', '-'], new Uint8Array(64 * 1024).fill(0x20));
    expect(r.code).toBe(2);
    expectCleanError(r, /^kaigo: 入力が大きすぎます（上限 32 MiB）。/);
    expect(r.maxRssKiB).toBeLessThan(512 * 1024);
  });

  it('each kind of non-UTF-8 line is reported as such, with its line number, and the run goes on', () => {
    const ok = Buffer.from(JSON.stringify(valid));
    const nl = Buffer.from('\n');
    const lines = [
      ok,
      Buffer.from('{"name":"\u0000"}'), // 2: NUL
      Buffer.from('{"name":"\u0007"}'), // 3: another control byte
      Buffer.from([0x7b, 0x22, 0x89, 0xcb, 0x8b, 0xf3, 0x22, 0x7d]), // 4: Shift_JIS
      Buffer.from([0x7b, 0xc3, 0x28, 0x7d]), // 5: invalid UTF-8
      Buffer.concat([Buffer.from('{"name":"'), Buffer.alloc(9 * 1024 * 1024), Buffer.from('"}')]), // 6: 9 MiB with NULs
      Buffer.from(`{"name":"${' '.repeat(9 * 1024 * 1024)}"}`), // 7: 9 MiB of text
      ok,
    ];
    const r = run(
      doubles,
      ['validate', 'test.visit', '-', '--jsonl'],
      Buffer.concat(lines.flatMap((l) => [l, nl])),
    );
    expect(r.code).toBe(1);
    const out = r.stdout.split('\n');
    for (const n of [2, 3, 6])
      expect(out).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^${n}行目: 文字コードが UTF-8 のテキストではありません（NUL などの制御文字があります。`,
          ),
        ),
      );
    expect(out).toContain(
      '4行目: 文字コードが UTF-8 ではありません。Shift_JIS のようです。UTF-8 で保存し直してください。',
    );
    expect(out).toContainEqual(
      expect.stringMatching(/^5行目: 文字コードが UTF-8 ではありません。/),
    );
    expect(out).toContain('7行目: 1行が長すぎます（上限 8 MiB）。この行は読み飛ばします。');
    for (const n of [2, 3, 4, 5, 6])
      expect(out.find((l) => l.startsWith(`${n}行目: `))).toMatch(SAVE_AS_UTF8);
    expect(out).toContain('合計 8 件: 有効 2 件、無効 0 件、読めない行 6 件');
    // A UTF-16 file (byte order mark) is refused as a whole, like a whole document.
    const utf16 = run(
      doubles,
      ['validate', 'test.visit', '-', '--jsonl'],
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`${JSON.stringify(valid)}\n`, 'utf16le'),
      ]),
    );
    expect(utf16.code).toBe(2);
    expectCleanError(utf16, /UTF-16 です。UTF-8 で保存し直してください。/);
  });

  it('a Shift_JIS .jsonl (its first record is not UTF-8) exits 2 like a whole file does', () => {
    const sjis = Buffer.from([0x89, 0xcb, 0x8b, 0xf3, 0x0a]);
    const r = run(
      doubles,
      ['validate', 'test.visit', '-', '--jsonl'],
      Buffer.concat([Buffer.from('\n'), ...Array.from({ length: 50 }, () => sjis)]),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectCleanError(
      r,
      /^kaigo: 文字コードが UTF-8 ではありません。Shift_JIS のようです。UTF-8 で保存し直してください。/,
    );
  });

  it('1,000 unreadable lines after a UTF-8 record stop the input', () => {
    const sjis = Buffer.from([0x89, 0xcb, 0x8b, 0xf3, 0x0a]);
    const first = Buffer.from('{}\n');
    const r = run(
      doubles,
      ['validate', 'test.visit', '-', '--jsonl'],
      Buffer.concat([first, ...Array.from({ length: 1500 }, () => sjis)]),
    );
    expect(r.code).toBe(2);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .filter((l) => l.includes('UTF-8')),
    ).toHaveLength(1000);
    expectCleanError(
      r,
      /^kaigo: 読めない行（UTF-8 のテキストでない行・長すぎる行）が上限の 1,000 行に達したので、1001行目まで読んでやめました。/,
    );
    // Exactly 1,000 and nothing after them: everything was read, so the run ends normally.
    const exact = run(
      doubles,
      ['validate', 'test.visit', '-', '--jsonl'],
      Buffer.concat([first, ...Array.from({ length: 1000 }, () => sjis)]),
    );
    expect(exact.code).toBe(1);
  });

  it('JSON Lines piped without --jsonl: the error says to add --jsonl', () => {
    const r = run(doubles, ['validate', 'test.visit', '-'], Buffer.from('{}\n{}\n'));
    expect(r.code).toBe(2);
    expectCleanError(
      r,
      /^kaigo: JSON として読めません（2行目 1文字目付近）。1行に1件の JSON Lines なら --jsonl を付けてください/,
    );
    // A broken single document gets no such hint.
    const broken = run(doubles, ['validate', 'test.visit', '-'], Buffer.from('{\n"a": }\n'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).not.toContain('--jsonl');
  });
});

describe('files, stdin and arguments: the right exit code and no stack trace', () => {
  it('a folder on stdin, a read error, a huge file name: exit 2', () => {
    const folder = shell(doubles, ['validate', 'test.visit', '-'], `< "${tmp}"`);
    expect(folder.code).toBe(2);
    expectCleanError(folder, /フォルダ/);
    const jsonlFolder = shell(doubles, ['validate', 'test.visit', '-', '--jsonl'], `< "${tmp}"`);
    expect(jsonlFolder.code).toBe(2);
    if (existsSync('/proc/self/mem'))
      for (const extra of [[], ['--jsonl']]) {
        // Reading /proc/self/mem from offset 0 fails with EIO.
        const r = run(doubles, ['validate', 'test.visit', '/proc/self/mem', ...extra]);
        expect(r.code).toBe(2);
        expectCleanError(r, /^kaigo: 入力を読めません（EIO）。\n$/);
      }
    const long = run(doubles, ['validate', 'test.visit', 'x'.repeat(10_000)]);
    expect(long.code).toBe(2);
    expectCleanError(long, /ファイル名が長すぎます/);
    expect(long.stderr).not.toContain('xxxx');
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission: exit 2', () => {
    const locked = file('locked.json', JSON.stringify(valid));
    chmodSync(locked, 0o000);
    for (const extra of [[], ['--jsonl']]) {
      const r = run(doubles, ['validate', 'test.visit', locked, ...extra]);
      expect(r.code).toBe(2);
      expectCleanError(r, /ファイルを読む権限がありません/);
    }
  });

  it('huge or malformed arguments: exit 2 at once, never echoed', () => {
    const started = performance.now();
    const huge = ' '.repeat(100_000);
    const date = run(
      doubles,
      ['check', 'testcity', 'onTime', '-', '--date', `${huge}2025-06-01`],
      '{}',
    );
    expect(date.code).toBe(2);
    expectCleanError(date, /--date は YYYY-MM-DD/);
    const option = run(doubles, ['forms', `--${'x'.repeat(100_000)}`]);
    expect(option.code).toBe(2);
    expectCleanError(option, /^kaigo: 不明なオプションです。\n$/);
    const negative = run(doubles, ['validate', 'test.visit', '-', '--max-bytes', '-1'], '{}');
    expect(negative.code).toBe(2);
    expectCleanError(negative, /オプションの値が正しくありません: --max-bytes/);
    for (const value of ['99999999999999999999', '1e9', '0', '268435457']) {
      const r = run(doubles, ['validate', 'test.visit', '-', '--max-bytes', value], '{}');
      expect(r.code, value).toBe(2);
      expectCleanError(r, /--max-bytes には 1 から 268435456（256 MiB）までの整数/);
    }
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it('a rule that throws is an internal error (exit 3), and in JSON Lines the other lines still run', () => {
    const whole = run(doubles, ['check', 'testcity', 'boom', '-', '--date', '2025-06-01'], '{}');
    expect(whole.code).toBe(3);
    expectCleanError(whole, /^kaigo: ルールの実行中に例外が発生しました（SDK の不具合です）。\n$/);
    const lines = run(
      doubles,
      ['check', 'testcity', 'boom', '-', '--jsonl', '--date', '2025-06-01'],
      '{}\n{}\n',
    );
    expect(lines.code).toBe(3);
    expect(lines.stdout).toContain(
      '1行目: ルールの実行中に例外が発生しました（SDK の不具合です）。',
    );
    expect(lines.stdout).toContain('2行目: ');
    expect(lines.stderr).toBe('kaigo: 2 件で内部エラーが発生しました（SDK の不具合です）。\n');
  });
});

/** Seconds of the fastest of `tries` runs (the fastest is the least disturbed by other load). */
function fastest(
  tries: number,
  script: string,
  args: readonly string[],
  input: string | Uint8Array,
): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const t0 = performance.now();
    const r = run(script, args, input);
    best = Math.min(best, (performance.now() - t0) / 1000);
    expect(r.code, args.join(' ')).not.toBe(3);
  }
  return best;
}

describe('cost grows linearly with the input (n vs 4n bytes, through the real process)', () => {
  // Linear: 4n costs about the same as n here (start-up dominates). Quadratic: 16× the work.
  // The bound leaves room for a busy machine: 4n may take up to 3× n plus one second.
  const linear = (small: number, large: number): void => {
    expect(large, `n: ${small.toFixed(2)} s, 4n: ${large.toFixed(2)} s`).toBeLessThan(
      3 * small + 1,
    );
  };

  it('kaigo check with a referenceDate padded by n vs 4n spaces', () => {
    const envelope = (n: number): string =>
      JSON.stringify({ input: {}, context: { referenceDate: `${' '.repeat(n)}2025-07-01` } });
    const args = ['check', 'kobayashi', 'deadlines', '-'];
    const small = fastest(2, bin, args, envelope(20_000));
    const large = fastest(2, bin, args, envelope(80_000));
    linear(small, large);
  });

  it('kaigo validate: one JSON Lines line and one whole document of n vs 4n bytes', () => {
    const line = (n: number): string =>
      `${' '.repeat(n)}${JSON.stringify(valid)}\n${JSON.stringify(valid)}\n`;
    const jsonl = ['validate', 'test.visit', '-', '--jsonl'];
    linear(
      fastest(2, doubles, jsonl, line(1_500_000)),
      fastest(2, doubles, jsonl, line(6_000_000)),
    );
    const whole = ['validate', 'test.visit', '-'];
    const doc = (n: number): string => `${' '.repeat(n)}${JSON.stringify(valid)}`;
    linear(fastest(2, doubles, whole, doc(6_000_000)), fastest(2, doubles, whole, doc(24_000_000)));
  });
});
