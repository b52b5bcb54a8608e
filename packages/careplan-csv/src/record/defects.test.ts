// Regression tests for the defects of issue 13 (each stands for its class): unterminated quotes, empty files,
// blank lines, argument spreading over input-sized arrays, throws on malformed headers and null options.
import { describe, expect, it } from 'vitest';
import { encodeMs932 } from '../codec/ms932';
import { PREVENTION_PLAN_CSV } from '../document/mappings';
import { readForms } from '../document/readForms';
import { writeForms } from '../document/writeForms';
import type { TransmissionHeader } from '../document/writeForms';
import { DLTYOBO } from '../layout/files/upyobo';
import type { FileLayout } from '../layout/layout';
import { readCsv } from './readCsv';
import { writeCsv } from './writeCsv';

const bytes = (text: string): Uint8Array => {
  const r = encodeMs932(text);
  if (!r.ok) throw new Error('not MS932');
  return r.bytes;
};
const row = (n: number): string => `202407,039999,${String(n).padStart(10, '0')},20250401`;
const header: TransmissionHeader = {
  sender: { officeNumber: '0300000100', serviceType: '46' },
  receiver: { officeNumber: '0300000005', serviceType: 'A1' },
  timestamp: '20250401093000',
};
const DLT_NAME = 'DLTYOBO_0300000100_46_0300000005_A1_20250405100000.CSV';

describe('readCsv: unterminated quotes', () => {
  it('are reported at the line and column where the quote opened, and keep the following records', () => {
    const text = `${row(1)}\r\n202407,039999,"0000000002,20250401\r\n${row(3)}\r\n202407,"039999",0000000004,20250401\r\n`;
    const r = readCsv(bytes(text), { layout: DLTYOBO });
    expect(r.rows.map((x) => x.line)).toEqual([1, 3, 4]);
    expect(r.rejected.map((x) => x.line)).toEqual([2]);
    expect(r.rejected[0]?.fields).toEqual(['202407', '039999', '0000000002,20250401']);
    const issue = r.issues.find((i) => i.code === 'row.quote.unterminated');
    expect(issue).toMatchObject({ severity: 'error', line: 2, column: 3 });
    expect(r.ok).toBe(false);
  });
  it('to the end of the file: the other lines are still records', () => {
    const r = readCsv(bytes(`${row(1)}\n202407,"x\n${row(3)}\n${row(4)}\n`), { layout: DLTYOBO });
    expect(r.rows.map((x) => x.line)).toEqual([1, 3, 4]);
    expect(r.issues.find((i) => i.code === 'row.quote.unterminated')?.line).toBe(2);
  });
});

describe('readCsv: empty files and blank lines', () => {
  it('a 0-byte file is an error, not ok with nothing', () => {
    const r = readCsv(new Uint8Array(0), { layout: DLTYOBO, fileName: DLT_NAME });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity, i.file])).toEqual([
      ['file.empty', 'error', DLT_NAME],
    ]);
  });
  it('a file of blank lines (or only a header) has no records: an error', () => {
    const blank = readCsv(bytes('\r\n\r\n\r\n'), { layout: DLTYOBO });
    expect(blank.ok).toBe(false);
    expect(blank.issues.map((i) => i.code).sort()).toEqual(['file.noRecords', 'row.blank']);
    const onlyHeader = readCsv(bytes('CSVバージョン,保険者番号,被保険者番号,計画作成日\r\n'), {
      layout: DLTYOBO,
    });
    expect(onlyHeader.issues.map((i) => i.code)).toEqual(['row.header', 'file.noRecords']);
  });
  it('blank lines are reported (one warning per run, at its first line), records are kept', () => {
    const r = readCsv(bytes(`${row(1)}\r\n\r\n${row(2)}\r\n\r\n\r\n\r\n${row(3)}\r\n`), {
      layout: DLTYOBO,
    });
    expect(r.ok).toBe(true);
    expect(r.rows).toHaveLength(3);
    const blanks = r.issues.filter((i) => i.code === 'row.blank');
    expect(blanks.map((i) => [i.line, i.severity])).toEqual([
      [2, 'warning'],
      [4, 'warning'],
    ]);
    expect(blanks[1]?.message).toContain('3 行');
  });
  it('a first line with digits is a (wrong) record, not a header to skip silently', () => {
    const r = readCsv(bytes(`20240,039999,0000000001,20250401\r\n${row(2)}\r\n`), {
      layout: DLTYOBO,
    });
    expect(r.rejected.map((x) => x.line)).toEqual([1]);
    expect(r.issues.some((i) => i.code === 'row.header')).toBe(false);
  });
});

describe('no argument spreading over input-sized arrays', () => {
  it('readForms on 300,000 blank lines returns a finding (it threw RangeError)', () => {
    const file = {
      fileName: 'UPYOBO_0300000100_46_0300000005_A1_20250405100000.CSV',
      bytes: new Uint8Array(600_000).fill(0x0a).map((_, k) => (k % 2 === 0 ? 0x0d : 0x0a)),
    };
    const r = readForms(PREVENTION_PLAN_CSV, [file]);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code).sort()).toEqual(['file.noRecords', 'row.blank']);
    expect(r.issues.find((i) => i.code === 'row.blank')).toMatchObject({
      line: 1,
      severity: 'warning',
    });
  });
  it('readForms with 200,000 issues from one file (every line a bad record)', () => {
    const text = '1\r\n'.repeat(200_000);
    const r = readForms(PREVENTION_PLAN_CSV, [
      { fileName: 'UPYOBO_0300000100_46_0300000005_A1_20250405100000.CSV', bytes: bytes(text) },
    ]);
    expect(r.rejected).toHaveLength(200_000);
    expect(r.issues.length).toBeGreaterThanOrEqual(200_000);
  }, 60_000);
});

describe('writers never throw on careless calls', () => {
  it('writeCsv(layout, rows, null) and non-object options', () => {
    const rec = {
      csvVersion: '202407',
      insurerNumber: '039999',
      insuredNumber: '0000000001',
      planDate: '2025-04-01',
    };
    for (const options of [null, undefined, 1, 'x', []]) {
      const w = writeCsv(DLTYOBO, [rec], options as never);
      expect(w.ok, String(options)).toBe(true);
    }
  });
  it('writeForms with a malformed header returns findings (it threw)', () => {
    const headers: unknown[] = [
      null,
      {},
      { ...header, sender: null },
      { ...header, sender: { officeNumber: 300000100, serviceType: '46' } },
      { ...header, receiver: 'x' },
      { ...header, timestamp: 20250401093000 },
      { ...header, month: 202504 },
      { ...header, csvVersion: 202407 },
      Object.defineProperty({ ...header }, 'sender', {
        get() {
          throw new Error('boom');
        },
      }),
      new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
        },
      ),
    ];
    for (const h of headers) {
      const w = writeForms(PREVENTION_PLAN_CSV, [], h as never);
      expect(w.ok).toBe(false);
      expect(w.issues[0]?.code).toMatch(/^header\./);
    }
  });
  it('an unquoted field must not carry a delimiter (it would shift the columns)', () => {
    const layout: FileLayout = {
      ...DLTYOBO,
      columns: DLTYOBO.columns.map((c) =>
        c.key === 'insuredNumber' ? { ...c, type: { kind: 'string' } } : c,
      ),
    };
    const w = writeCsv(layout, [
      {
        csvVersion: '202407',
        insurerNumber: '039999',
        insuredNumber: 'a,b',
        planDate: '2025-04-01',
      },
    ]);
    expect(w.ok).toBe(false);
    expect(w.issues.map((i) => [i.code, i.column])).toEqual([['field.delimiter', 3]]);
  });
  it('writeCsv of no records warns that the file will be empty', () => {
    const w = writeCsv(DLTYOBO, []);
    expect(w.ok && w.issues.map((i) => i.code)).toEqual(['records.empty']);
  });
});
