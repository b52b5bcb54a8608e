// Runs the BUILT `kaigo agenda` on the example caseload (examples/agenda/) in every output format and reads
// each output back with an independent parser (csv-parse for CSV, ical.js for iCalendar).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it, vi } from 'vitest';
import { agendaUid, csvField } from '../src/commands/agendaCommand';

vi.setConfig({ testTimeout: 120_000 });

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const bin = join(pkgDir, 'dist', 'cli.js');
const caseload = fileURLToPath(
  new URL('../../../examples/agenda/kobayashi-caseload.json', import.meta.url),
);

function kaigo(
  args: string[],
  stdin = '',
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const agenda = (...more: string[]) =>
  kaigo(['agenda', 'kobayashi', caseload, '--date', '2025-07-01', ...more]);

interface JsonItem {
  caseRef: string;
  itemId: string;
  due?: string;
  status: string;
  late?: boolean;
  missing: string[];
}

describe('kaigo agenda', () => {
  it('json: every case, items sorted by due date (undated last), summary', () => {
    const r = agenda('--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      items: JsonItem[];
      summary: {
        byStatus: Record<string, number>;
        beyondHorizon: number;
        cases: { total: number };
      };
    };
    expect(out.summary.cases.total).toBe(4);
    const dues = out.items.map((i) => i.due ?? '9999');
    expect(dues).toEqual([...dues].sort());
    expect(
      out.items.find((i) => i.caseRef === 'K-001' && i.itemId === 'serviceProvider.targetRoster'),
    ).toMatchObject({ due: '2025-06-30', status: 'met', late: true });
    expect(
      out.items.find((i) => i.caseRef === 'K-003' && i.itemId === 'serviceProvider.targetRoster'),
    ).toMatchObject({ status: 'overdue' });
    expect(out.items.filter((i) => i.status === 'dueSoon').map((i) => i.due)).toEqual([
      '2025-07-10',
      '2025-07-10',
      '2025-07-10',
    ]);
    expect(out.summary.byStatus).toEqual({
      overdue: 3,
      dueSoon: 3,
      pending: 5,
      met: 7,
      unknown: 6,
    });
    const wider = JSON.parse(agenda('--format', 'json', '--horizon', '120').stdout) as typeof out;
    expect(wider.summary.beyondHorizon).toBeLessThan(out.summary.beyondHorizon);
  });

  it('table: Japanese columns and a summary line', () => {
    const r = agenda();
    expect(r.code).toBe(0);
    const [header] = r.stdout.split('\n');
    expect(header?.split(/\s{2,}/)).toEqual(['期限', '状態', '事例', '内容', '出典']);
    expect(r.stdout).toContain('期限切れ');
    expect(r.stdout).toContain('済（期限後）');
    expect(r.stdout).toMatch(/事例 4 件（読めない事例 0 件）/);
  });

  it('csv: UTF-8 BOM, Japanese header, parses back with csv-parse', () => {
    const r = agenda('--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(r.stdout, { bom: true }) as string[][];
    expect(rows[0]?.slice(0, 5)).toEqual(['期限', '状態', '事例', '内容', '出典']);
    const json = JSON.parse(agenda('--format', 'json').stdout) as { items: JsonItem[] };
    expect(rows.length - 1).toBe(json.items.length);
    expect(rows.slice(1).map((row) => row[2])).toEqual(json.items.map((i) => i.caseRef));
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField('=1+1')).toBe("'=1+1");
  });

  it('ics: one all-day VEVENT per owed dated item, stable UIDs, no personal data beyond caseRef', () => {
    const r = agenda('--format', 'ics', '--horizon', '30');
    expect(r.code).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const json = JSON.parse(agenda('--format', 'json', '--horizon', '30').stdout) as {
      items: (JsonItem & {
        ruleId: string;
        what: string;
        citation: { document: string; section: string };
      })[];
    };
    const owed = json.items.filter((i) => i.due !== undefined && i.status !== 'met');
    expect(events).toHaveLength(owed.length);
    for (const [n, e] of events.entries()) {
      const item = owed[n]!;
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(item.due);
      expect(e.uid).toBe(agendaUid(item));
      expect(e.summary).toContain(item.caseRef);
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    // Same input, same UIDs (a calendar re-import updates instead of duplicating).
    expect(agenda('--format', 'ics', '--horizon', '30').stdout).toBe(r.stdout);
  });

  it('reads JSON Lines from stdin, reports bad cases and lines, and refuses bad options', () => {
    const lines = [
      JSON.stringify({ caseRef: 'K-101', input: { officeKind: 'tsusho' } }),
      '{not json',
      JSON.stringify({ caseRef: 'K-102', input: { officeKind: 'nope' } }),
    ].join('\n');
    const r = kaigo(
      ['agenda', 'kobayashi', '-', '--jsonl', '--date', '2025-07-01', '--format', 'json'],
      lines,
    );
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      cases: { status: string }[];
      unreadableLines: { line: number }[];
    };
    expect(out.cases.map((c) => c.status)).toEqual(['ok', 'invalid']);
    expect(out.unreadableLines.map((l) => l.line)).toEqual([2]);
    expect(kaigo(['agenda', 'kobayashi', caseload]).code).toBe(2); // no --date
    expect(agenda('--format', 'pdf').code).toBe(2);
    expect(agenda('--horizon', '-3').code).toBe(2);
    expect(kaigo(['agenda', 'nowhere', caseload, '--date', '2025-07-01']).code).toBe(2); // no such city
    expect(kaigo(['help', 'agenda']).stdout).toMatch(/^使い方: kaigo agenda/);
  });
});
