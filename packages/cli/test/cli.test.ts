// Runs the BUILT `kaigo` binary (and the built `runCli` with test doubles) as a subprocess and checks
// output and exit codes on valid, invalid and malformed input.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Every test starts Node subprocesses; the machine may be busy.
vi.setConfig({ testTimeout: 120_000 });

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const bin = join(pkgDir, 'dist', 'cli.js');
const doubles = join(pkgDir, 'test', 'fixtures', 'doubles-cli.mjs');
let tmp = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], stdin?: string | Uint8Array): Run {
  const r = spawnSync(process.execPath, [script, ...args], {
    input: stdin ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const kaigo = (args: string[], stdin?: string | Uint8Array): Run => run(bin, args, stdin);
const withDoubles = (args: string[], stdin?: string | Uint8Array): Run => run(doubles, args, stdin);

function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

/** No stack trace, no internal error class names. */
function expectCleanError(r: Run): void {
  expect(r.stderr).toMatch(/^kaigo: /);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

const MARK = 'MARKER架空花子';
const valid = { name: '架空太郎', visitedOn: '2025-06-01' };
const invalid = {
  name: MARK,
  visitedOn: '2025-02-30',
  items: [{ note: `${MARK}長い` }],
  extra: MARK,
};

beforeAll(() => {
  if (!existsSync(bin))
    execFileSync('npx', ['--no-install', 'tsup'], { cwd: pkgDir, stdio: 'ignore' });
  tmp = mkdtempSync(join(tmpdir(), 'kaigo-cli-'));
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('usage', () => {
  it('prints help with exit 0, and usage on stderr with exit 2 when no command is given', () => {
    const help = kaigo(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('使い方: kaigo');
    expect(kaigo(['--help']).stdout).toBe(help.stdout);
    const none = kaigo([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('使い方: kaigo');
  });

  it('rejects unknown commands, unknown options and wrong argument counts with exit 2', () => {
    for (const args of [['frobnicate'], ['forms', '--frob'], ['validate', 'x'], ['schema']]) {
      const r = kaigo(args);
      expect(r.code, args.join(' ')).toBe(2);
      expectCleanError(r);
    }
    expect(kaigo(['forms', '--frob']).stderr).toContain('不明なオプションです: --frob');
  });

  it('each command has its own help (usage, options, an example); help <command> is the same', () => {
    for (const command of ['forms', 'schema', 'validate', 'rules', 'check', 'test']) {
      const r = kaigo([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(new RegExp(`^使い方: kaigo ${command}`));
      expect(r.stdout, command).toContain('例:');
      expect(kaigo(['help', command]).stdout, command).toBe(r.stdout);
    }
    expect(kaigo(['check', '--help']).stdout).toContain('--date YYYY-MM-DD');
  });

  it('an unknown command says so and suggests the nearest one, exit 2, whatever options follow', () => {
    for (const args of [['chek'], ['chek', '--help'], ['chek', '--frob'], ['help', 'chek']]) {
      const r = kaigo(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr, args.join(' ')).toMatch(
        /^kaigo: 不明なコマンドです。もしかして kaigo check ですか？/,
      );
    }
    const far = kaigo(['zzzzzz', '--help']);
    expect(far.code).toBe(2);
    expect(far.stderr).toContain('コマンド: forms、schema');
    expect(far.stderr).not.toContain('zzzzzz'); // the typed text is not echoed
  });

  it('prints the package version', () => {
    const r = kaigo(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('kaigo forms / schema / rules (real registry)', () => {
  it('lists form ids with Japanese titles, the same in text and JSON, （モデル化） at most once', () => {
    const json = kaigo(['forms', '--json']);
    expect(json.code).toBe(0);
    const list = JSON.parse(json.stdout) as { id: string; title: string; modelled: boolean }[];
    const text = kaigo(['forms']);
    expect(text.code).toBe(0);
    for (const f of list) expect(text.stdout).toMatch(new RegExp(`^${f.id}\\s+${f.title}`, 'm'));
    for (const line of text.stdout.trim().split('\n'))
      expect(line.split('モデル化').length, line).toBeLessThanOrEqual(2);
    expect(
      list.some((f) => f.id.startsWith('kumamoto.')),
      'local forms from the city packages',
    ).toBe(true);
  });

  it('rules <city> <rule>: a summary, --example (ready for kaigo check) and --schema (the input JSON Schema)', () => {
    const summary = kaigo(['rules', 'kobayashi', 'deadlines']);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(/^kobayashi\.deadlines — /);
    expect(summary.stdout).toContain('kobayashi.programStart');
    const example = kaigo(['rules', 'kobayashi', 'deadlines', '--example']);
    expect(example.code).toBe(0);
    const file = join(tmp, 'example-case.json');
    writeFileSync(file, example.stdout);
    const checked = kaigo(['check', 'kobayashi', 'deadlines', file]);
    expect(checked.code, checked.stderr).toBeLessThan(2);
    // Readable by default: key: value lines, list items led by their Japanese title, no JSON braces.
    expect(checked.stdout).toMatch(/^判定:\n {2}officeKind: tsusho$/m);
    expect(checked.stdout).toMatch(/^ {4}- 「対象者名簿」を市に提出（id: /m);
    expect(checked.stdout).not.toMatch(/^\s*[{}[\]]/m);
    const schema = JSON.parse(kaigo(['rules', 'kobayashi', 'deadlines', '--schema']).stdout) as {
      $schema: string;
      properties: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toContain('officeKind');
    expect(kaigo(['rules', 'kobayashi', '--schema']).code).toBe(2);
  });

  it('prints a draft 2020-12 JSON Schema (national forms and one local form), and exit 2 for an unknown form', () => {
    const all = JSON.parse(kaigo(['forms', '--json']).stdout) as {
      id: string;
      typeName: string;
      city?: string;
    }[];
    // One subprocess per form is slow on a busy machine: every national form and the first local one.
    const list = [
      ...all.filter((f) => f.city === undefined),
      ...all.filter((f) => f.city).slice(0, 1),
    ];
    expect(list.length).toBeGreaterThan(1);
    for (const f of list) {
      const r = kaigo(['schema', f.id]);
      expect(r.code, f.id).toBe(0);
      const schema = JSON.parse(r.stdout) as Record<string, unknown>;
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['title']).toBe(f.typeName);
    }
    const first = list[0];
    if (first) {
      const d7 = JSON.parse(kaigo(['schema', first.id, '--draft-07']).stdout) as Record<
        string,
        unknown
      >;
      expect(d7['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    }
    const unknown = kaigo(['schema', 'national.noSuchForm']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('様式 id が見つかりません');
  });

  it('lists every city package (packages/rules-*, in name order) and their rules', () => {
    const r = kaigo(['rules', '--json']);
    expect(r.code).toBe(0);
    const cities = JSON.parse(r.stdout) as { city: string; rules: unknown[] }[];
    const packages = readdirSync(new URL('../../', import.meta.url))
      .filter((d) => d.startsWith('rules-'))
      .map((d) => d.slice('rules-'.length))
      .sort();
    expect(packages.length).toBeGreaterThanOrEqual(5);
    expect(cities.map((c) => c.city)).toEqual(packages);
    for (const c of cities) expect(c.rules.length, c.city).toBeGreaterThan(0);
    expect(kaigo(['rules', 'nowhere']).code).toBe(2);
  });
});

describe('kaigo validate', () => {
  it('exit 0 and a Japanese confirmation for a valid file', () => {
    const r = withDoubles(['validate', 'test.visit', file('valid.json', JSON.stringify(valid))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('有効です: 訪問記録（テスト）（test.visit）\n');
  });

  it('exit 1 with labels, paths and codes for an invalid file, never echoing input values', () => {
    const r = withDoubles([
      'validate',
      'test.visit',
      file('invalid.json', JSON.stringify(invalid)),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('無効です: 訪問記録（テスト）（test.visit） — 指摘 3 件');
    expect(r.stdout).toContain(
      '訪問日: 存在しない日付です（月の日数を確かめてください）。形式: YYYY-MM-DD（例: 2025-05-12） [visitedOn] (invalid_format)',
    );
    expect(r.stdout).toContain(
      '明細一覧 › 明細 › 内容: 5文字以内で入力してください。 [items[0].note] (too_big)',
    );
    expect(r.stdout).toContain('[extra] (unrecognized_key)');
    expect(r.stdout + r.stderr).not.toContain('MARKER');
  });

  it('--json gives machine output with path arrays', () => {
    const r = withDoubles(['validate', 'test.visit', '-', '--json'], JSON.stringify(invalid));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      issues: { path: unknown[]; code: string }[];
    };
    expect(out.ok).toBe(false);
    expect(out.issues.map((i) => i.path)).toEqual([['visitedOn'], ['items', 0, 'note'], ['extra']]);
    expect(r.stdout).not.toContain('MARKER');
    const ok = withDoubles(['validate', 'test.visit', '-', '--json'], JSON.stringify(valid));
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ ok: true, form: 'test.visit', issues: [] });
  });

  it('reads stdin when the file is -, and accepts a UTF-8 BOM and CRLF', () => {
    const r = withDoubles(
      ['validate', 'test.visit', '-'],
      `\uFEFF${JSON.stringify(valid, null, 2).replace(/\n/g, '\r\n')}`,
    );
    expect(r.code).toBe(0);
  });

  it('validates the real 基本チェックリスト form through the real binary', () => {
    const ok = kaigo(
      ['validate', 'national.basicChecklist', '-'],
      JSON.stringify({ answers: { q01: 'yes' } }),
    );
    expect(ok.code).toBe(0);
    const bad = kaigo(
      ['validate', 'national.basicChecklist', '-'],
      JSON.stringify({ answers: { q01: 'maybe' } }),
    );
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('[answers.q01]');
  });

  describe('malformed input: exit 2 with a clear Japanese message and no stack trace', () => {
    const cases: [string, () => string, RegExp][] = [
      ['non-JSON', () => file('bad.json', '{"name": 架空, }'), /JSON として読めません/],
      [
        'truncated JSON',
        () => file('cut.json', '{"name": "架空"'),
        /JSON として読めません（[^）]+）/,
      ],
      ['empty', () => file('empty.json', ''), /入力が空です/],
      ['whitespace only', () => file('blank.json', ' \n\t\n'), /入力が空です/],
      [
        'Shift_JIS bytes',
        // {"name":"架空太郎"} in Shift_JIS
        () =>
          file(
            'sjis.json',
            Buffer.from([
              0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0x89, 0xcb, 0x8b, 0xf3, 0x91, 0xbe, 0x98, 0x59,
              0x22, 0x7d,
            ]),
          ),
        /UTF-8 ではありません。Shift_JIS のようです/,
      ],
      [
        'UTF-16LE with BOM',
        () =>
          file(
            'utf16.json',
            Buffer.concat([
              Buffer.from([0xff, 0xfe]),
              Buffer.from(JSON.stringify(valid), 'utf16le'),
            ]),
          ),
        /UTF-16 です/,
      ],
      [
        'UTF-16LE without BOM',
        () => file('utf16nobom.json', Buffer.from(JSON.stringify(valid), 'utf16le')),
        /UTF-16/,
      ],
      ['missing file', () => join(tmp, 'nope.json'), /ファイルが見つかりません/],
      [
        'directory',
        () => {
          const d = join(tmp, 'dir.json');
          mkdirSync(d, { recursive: true });
          return d;
        },
        /フォルダ/,
      ],
    ];
    for (const [name, make, message] of cases) {
      it(name, () => {
        const r = withDoubles(['validate', 'test.visit', make()]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(message);
        expectCleanError(r);
      });
    }

    it('huge input (over the 32 MiB ceiling) from a file and from stdin', () => {
      const huge = `{"name":"${'架'.repeat(12 * 1024 * 1024)}"}`; // ~36 MiB of UTF-8
      const r = withDoubles(['validate', 'test.visit', file('huge.json', huge)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/入力が大きすぎます（上限 32 MiB）/);
      expectCleanError(r);
      const small = withDoubles(
        ['validate', 'test.visit', '-', '--max-bytes', '10'],
        JSON.stringify(valid),
      );
      expect(small.code).toBe(2);
      expect(small.stderr).toMatch(/入力が大きすぎます（上限 10 バイト）/);
    });

    it('--json still reports the error as JSON on stdout', () => {
      const r = withDoubles(['validate', 'test.visit', '-', '--json'], 'not json');
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout)).toEqual({
        ok: false,
        error: { code: 'input.notJson', message: 'JSON として読めません。' },
      });
    });
  });
});

describe('JSON Lines', () => {
  const N = 5000;
  const sjisLine = Buffer.from([
    0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0x89, 0xcb, 0x8b, 0xf3, 0x22, 0x7d,
  ]);
  function jsonl(): Buffer {
    const parts: Buffer[] = [];
    for (let i = 1; i <= N; i++) {
      if (i === 10) parts.push(Buffer.from('{not json}'));
      else if (i === 20) parts.push(sjisLine);
      else if (i === 30) parts.push(Buffer.from(JSON.stringify(invalid)));
      else if (i === 40) parts.push(Buffer.from(''));
      else parts.push(Buffer.from(JSON.stringify({ ...valid, name: `架空${i}` })));
      parts.push(Buffer.from(i % 2 === 0 ? '\r\n' : '\n'));
    }
    return Buffer.concat(parts);
  }

  it('streams thousands of records, reports bad lines by number, never stops, and sums up', () => {
    const r = withDoubles(['validate', 'test.visit', file('many.jsonl', jsonl())]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^10行目: JSON として読めません（2文字目付近）。$/m);
    expect(r.stdout).toMatch(/^20行目: 文字コードが UTF-8 ではありません。/m);
    expect(r.stdout).toMatch(/^30行目: 無効です: 訪問記録（テスト）（test.visit） — 指摘 3 件$/m);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(
      `合計 ${N - 1} 件: 有効 ${N - 4} 件、無効 1 件、読めない行 2 件`,
    );
    expect(r.stdout).not.toContain('MARKER');
    // not a terminal: no progress line
    expect(r.stderr).toBe('');
  });

  it('--jsonl on stdin with --json: one object per record and a summary', () => {
    const r = withDoubles(['validate', 'test.visit', '-', '--jsonl', '--json'], jsonl());
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(N); // N-1 records + summary
    expect(lines[9]).toEqual({
      line: 10,
      ok: false,
      error: { code: 'input.notJson', message: 'JSON として読めません（2文字目付近）。' },
    });
    expect(lines[19]).toMatchObject({
      line: 20,
      ok: false,
      error: { code: 'input.encoding.notUtf8' },
    });
    expect(lines.at(-1)).toEqual({ summary: { total: N - 1, ok: N - 4, failed: 1, bad: 2 } });
  });

  it('all-valid JSON Lines exit 0; a UTF-16 stream is refused as a whole', () => {
    const ok = withDoubles(
      ['validate', 'test.visit', '-', '--jsonl'],
      `${JSON.stringify(valid)}\n${JSON.stringify(valid)}`,
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('合計 2 件: 有効 2 件、無効 0 件、読めない行 0 件\n');
    const utf16 = withDoubles([
      'validate',
      'test.visit',
      file(
        'u16.jsonl',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(valid), 'utf16le')]),
      ),
    ]);
    expect(utf16.code).toBe(2);
    expect(utf16.stderr).toMatch(/UTF-16/);
    const empty = withDoubles(['validate', 'test.visit', file('empty.jsonl', '\n\n')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/入力が空です/);
  });
});

describe('kaigo check', () => {
  it('prints decision, findings with citations and parameters; exit 1 on an error finding', () => {
    const r = withDoubles(
      ['check', 'testcity', 'onTime', '-', '--date', '2025-06-01'],
      '{"submittedOn":"2025-06-05"}',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ルール: testcity.onTime — 期限内の提出');
    expect(r.stdout).toContain('状態: 判定済み (decided)');
    expect(r.stdout).toContain('判定: いいえ');
    expect(r.stdout).toContain('✗ 提出日が基準日より後です。 [submittedOn] (test.future)');
    expect(r.stdout).toContain(
      '出典: 自立支援型ケアマネジメント促進事業実施要領（kobayashi-jiritsu-2025） ５ その他 ①',
    );
    expect(r.stdout).toContain('＄ testcity.days = 14（2025-05-01 から適用');
  });

  it('uses the file’s own context, and --date (和暦 too) overrides it; exit 0 when decided without errors', () => {
    const envelope = JSON.stringify({
      input: { submittedOn: '2025-06-05' },
      context: { referenceDate: '2025-06-10' },
    });
    const own = withDoubles(['check', 'testcity', 'testcity.onTime', file('env.json', envelope)]);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain('判定: はい');
    const overridden = withDoubles([
      'check',
      'testcity',
      'onTime',
      file('env.json', envelope),
      '--date',
      '令和7年6月1日',
    ]);
    expect(overridden.code).toBe(1);
    expect(overridden.stdout).toContain('判定: いいえ');
  });

  it('lists missing inputs (undetermined) and invalid input findings, exit 1, no input values', () => {
    const missing = withDoubles(['check', 'testcity', 'onTime', '-', '-d', '2025-06-01'], '{}');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('不足している入力:\n  ? 提出日 [submittedOn]');
    const bad = withDoubles(
      ['check', 'testcity', 'onTime', '-', '--date', '2025-06-01', '--json'],
      JSON.stringify({ name: MARK, submittedOn: MARK }),
    );
    expect(bad.code).toBe(1);
    const out = JSON.parse(bad.stdout) as { ok: boolean; result: { status: string } };
    expect(out).toMatchObject({
      ok: false,
      result: { status: 'invalid', rule: 'testcity.onTime' },
    });
    expect(bad.stdout).not.toContain('MARKER');
  });

  it('usage errors: no date, bad date, unknown city or rule → exit 2', () => {
    const noDate = withDoubles(['check', 'testcity', 'onTime', '-'], '{}');
    expect(noDate.code).toBe(2);
    expect(noDate.stderr).toContain('基準日がありません');
    expect(
      withDoubles(['check', 'testcity', 'onTime', '-', '--date', '2025-02-30'], '{}').code,
    ).toBe(2);
    const city = withDoubles(['check', 'nowhere', 'onTime', '-'], '{}');
    expect(city.code).toBe(2);
    expect(city.stderr).toContain('指定できる市: testcity（テスト市）');
    const rule = withDoubles(['check', 'testcity', 'nothing', '-'], '{}');
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('指定できるルール: onTime, boom');
    for (const r of [noDate, city, rule]) expectCleanError(r);
  });

  it('JSON Lines: one result per line, a bad line is reported and the run goes on', () => {
    const input = [
      '{"submittedOn":"2025-05-01"}',
      'garbage',
      '{}',
      '{"submittedOn":"2025-07-01"}',
    ].join('\n');
    const r = withDoubles(
      ['check', 'testcity', 'onTime', '-', '--jsonl', '--date', '2025-06-01'],
      input,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^2行目: JSON として読めません。$/m);
    expect(r.stdout).toMatch(
      /^3行目: 判定不能（入力不足） \(undetermined\)\n {2}不足している入力:$/m,
    );
    expect(r.stdout.trim().split('\n').at(-1)).toBe(
      '合計 4 件: 問題なし 1 件、要確認 2 件、読めない行 1 件',
    );
  });

  it('the real binary knows every city; an unknown rule is a usage error', () => {
    for (const city of ['asago', 'akashi', 'isehara', 'kobayashi', 'kumamoto']) {
      const r = kaigo(['check', city, 'no-such-rule', '-', '--date', '2025-06-01'], '{}');
      expect(r.code, city).toBe(2);
      expectCleanError(r);
    }
  });
});
