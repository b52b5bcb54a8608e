// `kaigo check --param` and `kaigo test` on the real cities, through runCli with in-memory I/O.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../registry';
import { runCli } from '../run';

async function run(
  argv: string[],
  stdin = '',
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(
    argv,
    {
      stdin: (async function* () {
        yield new TextEncoder().encode(stdin);
      })(),
      stdout: (t) => {
        out += t;
      },
      stderr: (t) => {
        err += t;
      },
      stderrIsTTY: false,
    },
    defaultRegistry(),
  );
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'kaigo-test-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('kaigo check --param', () => {
  const period = '{"firstFiscalYear":2024,"lastFiscalYear":2027,"planTerm":9}';

  it('overrides a parameter for a what-if and says the value is an override', async () => {
    const base = await run(
      ['check', 'asago', 'programPeriod', '-', '--date', '2027-10-01', '--json'],
      '{"date":"2027-10-01"}',
    );
    expect(JSON.parse(base.out).result.decision.withinProgram).toBe(false);
    const what = await run(
      [
        'check',
        'asago',
        'programPeriod',
        '-',
        '--date',
        '2027-10-01',
        '--param',
        `asago.programPeriod=${period}`,
        '--json',
      ],
      '{"date":"2027-10-01"}',
    );
    const result = JSON.parse(what.out).result;
    expect(result.decision.withinProgram).toBe(true);
    expect(result.parameters[0]).toMatchObject({ id: 'asago.programPeriod', origin: 'override' });
    const human = await run(
      [
        'check',
        'asago',
        'programPeriod',
        '-',
        '--date',
        '2027-10-01',
        '-p',
        `asago.programPeriod=${period}`,
      ],
      '{"date":"2027-10-01"}',
    );
    expect(human.out).toContain('上書きした値');
  });

  it('reports an override of the wrong shape as a finding (exit 1) and a malformed option as usage (exit 2)', async () => {
    const bad = await run(
      [
        'check',
        'asago',
        'programPeriod',
        '-',
        '--date',
        '2025-01-01',
        '--param',
        'asago.programPeriod=7',
      ],
      '{"date":"2025-10-01"}',
    );
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('context.parameters.invalid');
    const usage = await run(
      ['check', 'asago', 'programPeriod', '-', '--date', '2025-01-01', '--param', 'noequals'],
      '{}',
    );
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--param');
  });
});

describe('kaigo test', () => {
  const yaml = (year: number): string => `rule: asago.programPeriod
cases:
  - title: 事業最終日
    input: { date: 2027-03-31 }
    context: { referenceDate: 2027-03-31 }
    expect: { status: decided, decision: { programYear: ${year} } }
`;

  it('passes a file whose cases meet their expectations (exit 0)', async () => {
    const r = await run(['test', file('ok.yaml', yaml(3))]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 passed, 0 failed');
  });

  it('reports each failing case with what differs (exit 1)', async () => {
    const r = await run(['test', file('bad.yaml', yaml(2))]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ 事例 1');
    expect(r.out).toContain('decision.programYear: 期待 2、実際 3');
  });

  it('refuses unreadable files and unknown rules (exit 2)', async () => {
    expect((await run(['test', file('broken.yaml', 'cases: [')])).code).toBe(2);
    expect(
      (
        await run([
          'test',
          file('norule.yaml', yaml(3).replace('asago.programPeriod', 'asago.nope')),
        ])
      ).code,
    ).toBe(2);
    expect((await run(['test', file('empty.yaml', 'rule: x\n')])).code).toBe(2);
  });
});
