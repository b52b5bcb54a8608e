import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeMs932 } from '../codec/ms932';
import { UPHOSOKU } from '../layout/files/kyotaku1';
import { UP2KYO } from '../layout/files/kyotaku1';
import { UPPLAN } from '../layout/files/kyotaku6';
import { DLTKIHON, UPKIHON } from '../layout/files/upkihon';
import { DLTYOBO, UPYOBO_SUB } from '../layout/files/upyobo';
import { FILE_LAYOUTS } from '../layout/registry';
import { readCsv } from './readCsv';
import { writeCsv } from './writeCsv';

const DLT = 'DLTKIHON_0300000100_46_0300000005_A1_20250401093000.CSV';
const ms932 = (text: string): Uint8Array => {
  const r = encodeMs932(text);
  if (!r.ok) throw new Error('not MS932');
  return r.bytes;
};

describe('readCsv: errors point at file, line and column', () => {
  it('reports a UTF-8 file as such', () => {
    const r = readCsv(
      new TextEncoder().encode('202407,039999,0000000001,20250401\r\n"試験花子"\r\n'),
      {
        fileName: DLT,
      },
    );
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'encoding.utf8', severity: 'error', file: DLT, line: 2 }),
    ]);
  });
  it('rejects (and returns) rows that cannot be mapped, keeps the others', () => {
    const text = [
      '202407,039999,0000000001,20250401',
      '202407,039999,0000000002,20250230',
      '202407,039999,0000000003',
      '202407,03999X,0000000004,20250401',
      '202407,039999,0000000005,20250401',
      '',
    ].join('\r\n');
    const r = readCsv(ms932(text), { fileName: DLT });
    expect(r.rows.map((row) => [row.line, row.record.insuredNumber])).toEqual([
      [1, '0000000001'],
      [5, '0000000005'],
    ]);
    expect(r.rejected.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(r.issues.map((i) => [i.code, i.line, i.column, i.field])).toEqual([
      ['field.date', 2, 4, '相談日'],
      ['row.columnCount', 3, 4, undefined],
      ['field.digits', 4, 2, '保険者番号'],
    ]);
    expect(r.rejected[1]?.fields).toEqual(['202407', '039999', '0000000003']);
    expect(r.issues.every((i) => i.file === DLT)).toBe(true);
  });
  it('reports unknown codes, missing required values and quote errors', () => {
    const row = (cols: Record<number, string>): string =>
      Array.from({ length: 71 }, (_, k) => cols[k + 1] ?? '').join(',');
    const base = {
      1: '202407',
      2: '039999',
      3: '0000000001',
      4: '20250401',
      5: '1',
      14: '"ｼｹﾝ"',
      15: '"試験"',
      16: '2',
      17: '19400101',
    };
    const text = [
      row({ ...base, 16: '3' }),
      row({ ...base, 15: '' }),
      row({ ...base, 18: '"unterminated' }),
    ].join('\r\n');
    const r = readCsv(ms932(text), { layout: UPKIHON });
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['field.code', 1, 16],
      ['field.required', 2, 15],
      ['row.quote.unterminated', 3, 18],
    ]);
  });
  it('points at the field that holds bytes MS932 cannot read, and at 外字', () => {
    const head = ms932('202407,039999,0000000001,');
    const bytes = new Uint8Array([...head, 0x85, 0x40, 0x0d, 0x0a]); // 0x8540 is unassigned in MS932
    const r = readCsv(bytes, { layout: DLTYOBO });
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['encoding.invalidBytes', 1, 4],
    ]);
    const sub = ms932('202407,039999,0000000001,20250401,1,');
    const gaiji = new Uint8Array([...sub, 0x22, 0xf0, 0x40, 0x22, ...ms932(',,,,,,,,,,,\r\n')]);
    const g = readCsv(gaiji, { layout: UPYOBO_SUB });
    expect(g.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['encoding.invalidBytes', 1, 6],
    ]);
  });
  it('skips a header line and accepts LF, saying so', () => {
    const r = readCsv(
      ms932('CSVバージョン,保険者番号,被保険者番号,相談日\n202407,039999,0000000001,20250401\n'),
      {
        layout: DLTKIHON,
      },
    );
    expect(r.ok).toBe(true);
    expect(r.rows).toHaveLength(1);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['file.lineBreak', 'info'],
      ['row.header', 'info'],
    ]);
  });
  it('one CSV version per file; one month per 第6表 file, matching the file name', () => {
    const v = readCsv(
      ms932('202407,039999,0000000001,20250401\r\n202208,039999,0000000002,20250401\r\n'),
      {
        layout: DLTKIHON,
      },
    );
    expect(v.issues.map((i) => [i.code, i.line])).toEqual([['file.mixedVersions', 2]]);
    const plan = (month: string): string =>
      `202407,039999,0000000001,20250301,${month},,,100,,20250402,,0900,1000,1,111111,,,,,0300000005,,,0,,`;
    const p = readCsv(ms932(`${plan('202504')}\r\n${plan('202505')}\r\n`), {
      fileName: 'UPPLAN_202504_0300000100_43_0300000005_11_20250325180000.CSV',
    });
    expect(p.rows).toHaveLength(1);
    expect(p.issues.map((i) => [i.code, i.line, i.column])).toEqual([['file.mixedMonths', 2, 5]]);
  });
  it('placeholders 00000000 / 000000 / 9999 map to absent values and back', () => {
    const hosoku = Array.from({ length: 63 }, () => '');
    Object.assign(hosoku, {
      0: '202407',
      1: '039999',
      2: '0000000001',
      3: '00000000',
      62: '202504',
    });
    const text = `${hosoku.join(',')}\r\n`;
    const r = readCsv(ms932(text), { layout: UPHOSOKU });
    expect(r.rows[0]?.record).toEqual({
      csvVersion: '202407',
      insurerNumber: '039999',
      insuredNumber: '0000000001',
      targetMonth: '2025-04',
    });
    const w = writeCsv(UPHOSOKU, [r.rows[0]?.record]);
    expect(w.ok && w.text).toBe(text);
    const plan =
      '202407,039999,0000000001,20250301,202504,,,100,,20250402,,9999,9999,1,111111,,,,,0300000005,,,0,,\r\n';
    const p = readCsv(ms932(plan), { layout: UPPLAN });
    expect(p.rows[0]?.record.startTime).toBeUndefined();
    const back = writeCsv(UPPLAN, [p.rows[0]?.record]);
    expect(back.ok && back.text).toBe(plan);
  });
  it('reads leading zeros in integers with a warning', () => {
    const row = '202407,039999,0000000001,20250401,01,"課題",,,,1,,,,1,,,\r\n';
    const r = readCsv(ms932(row), { layout: UPYOBO_SUB });
    expect(r.rows[0]?.record.issueNo).toBe(1);
    expect(r.issues.map((i) => [i.code, i.severity, i.column])).toEqual([
      ['field.integerNotCanonical', 'warning', 5],
    ]);
  });
  it('forward-fills "same as above" blanks in UP2KYO and accepts repeated text', () => {
    const rows = [
      '202407,039999,0000000001,20250401,20250401,1,"課題１",1,"長期１","短期１","aaaa","bbbb",1,"サービス1",Y,,,,,,,',
      '202407,039999,0000000001,20250401,20250401,1,,1,,,,,2,"サービス2",N,,,,,,,',
      '202407,039999,0000000001,20250401,20250401,1,"課題１",1,,"短期２",,"eeee",3,"サービス3",Y,,,,,,,',
      '202407,039999,0000000001,20250401,20250401,2,"課題２",1,"長期３","短期４","jjjj","kkkk",1,"サービス5",Y,,,,,,,',
    ];
    const r = readCsv(ms932(`${rows.join('\r\n')}\r\n`), { layout: UP2KYO });
    expect(r.ok).toBe(true);
    expect(
      r.rows.map((row) => [row.record.need, row.record.longTermGoal, row.record.shortTermGoal]),
    ).toEqual([
      ['課題１', '長期１', '短期１'],
      ['課題１', '長期１', '短期１'],
      ['課題１', '長期１', '短期２'],
      ['課題２', '長期３', '短期４'],
    ]);
    const w = writeCsv(
      UP2KYO,
      r.rows.map((row) => row.record),
    );
    // Written back as printed: the repeated 課題 on row 3 becomes blank.
    expect(w.ok && w.text.split('\r\n')[2]).toBe(
      '202407,039999,0000000001,20250401,20250401,1,,1,,"短期２",,"eeee",3,"サービス3",Y,,,,,,,',
    );
  });
  it('never throws and never echoes input values (property over arbitrary bytes and text)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FILE_LAYOUTS),
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc
            .array(
              fc.constantFrom('202407', 'MARKER秘密', '"', ',', '\r\n', '\n', '20250401', '1', ''),
              { maxLength: 60 },
            )
            .map((parts) => ms932(parts.join(''))),
        ),
        (layout, bytes) => {
          const r = readCsv(bytes, { layout });
          for (const i of r.issues) expect(i.message).not.toContain('MARKER');
        },
      ),
      { numRuns: 300 },
    );
    expect(readCsv(undefined as unknown as Uint8Array, { layout: DLTYOBO }).ok).toBe(false);
    expect(readCsv(new Uint8Array(), {}).issues[0]?.code).toBe('file.layoutUnknown');
  });
});

describe('writeCsv: never replaces silently', () => {
  const key = {
    csvVersion: '202407',
    insurerNumber: '039999',
    insuredNumber: '0000000001',
    planDate: '2025-04-01',
  };
  it('reports a character MS932 cannot represent with its row and field', () => {
    const w = writeCsv(
      UPYOBO_SUB,
      [
        { ...key, issueNo: 1, comprehensiveIssue: '歩行が不安定' },
        { ...key, issueNo: 2, goal: '散歩を楽しむ〜毎日', serviceType: '𠮷野' },
      ],
      { fileName: 'UPYOBO_SUB_0300000100_46_0300000005_A1_20250401093000.CSV' },
    );
    expect(w.ok).toBe(false);
    expect(w.issues).toEqual([
      expect.objectContaining({
        code: 'encoding.unencodable',
        line: 2,
        column: 9,
        field: '目標',
        position: 7,
        codePoint: 'U+301C',
      }),
      expect.objectContaining({
        code: 'encoding.unencodable',
        line: 2,
        column: 15,
        key: 'serviceType',
        position: 1,
        codePoint: 'U+20BB7',
      }),
    ]);
    for (const i of w.issues) expect(i.message).not.toMatch(/散歩|𠮷/);
  });
  it('reports unknown keys, wrong types and mixed versions', () => {
    const w = writeCsv(UPYOBO_SUB, [
      { ...key, issueNo: 1, goal: 'G', extra: 'x' },
      { ...key, csvVersion: '202208', issueNo: '1' },
      { ...key, issueNo: 3, goal: 'G' },
      { ...key, issueNo: 3 },
      null,
    ]);
    expect(w.issues.map((i) => [i.code, i.line, i.key ?? i.field])).toEqual([
      ['record.unknownKey', 1, 'extra'],
      ['field.integer', 2, 'issueNo'],
      ['file.mixedVersions', 2, 'CSVバージョン'],
      ['record.type', 5, undefined],
    ]);
    expect(writeCsv(DLTYOBO, 'x' as unknown as unknown[]).ok).toBe(false);
  });
  it('rows left empty under a filled row mean "same as above", as in the forms', () => {
    const filled = [
      { ...key, issueNo: 1, goal: 'G', supportPlanNo: 1, supportPoint: 'P', serviceNo: 1 },
      { ...key, issueNo: 1, goal: 'G', supportPlanNo: 1, supportPoint: 'P', serviceNo: 2 },
    ];
    const blanked = [filled[0], { ...key, issueNo: 1, supportPlanNo: 1, serviceNo: 2 }];
    const a = writeCsv(UPYOBO_SUB, filled);
    const b = writeCsv(UPYOBO_SUB, blanked);
    expect(a.ok && b.ok && a.text === b.text).toBe(true);
    expect(a.ok && a.text.split('\r\n')[1]).toBe(
      '202407,039999,0000000001,20250401,1,,,,,1,,,,2,,,',
    );
  });
  it('writes free text quoted, codes and dates unquoted, CRLF, MS932', () => {
    const w = writeCsv(UPYOBO_SUB, [
      { ...key, issueNo: 1, comprehensiveIssue: 'a,"b"\r\nc', serviceNo: 12 },
    ]);
    expect(w.ok && w.text).toBe(
      '202407,039999,0000000001,20250401,1,"a,""b""\r\nc",,,,,,,,12,,,\r\n',
    );
    expect(w.ok && Buffer.from(w.bytes).equals(Buffer.from(ms932(w.text)))).toBe(true);
  });
});

describe('readCsv options from JavaScript callers', () => {
  it.each([null, 42, 'UPKIHON.CSV'])('reads with options %j as if none were given', (options) => {
    const bytes = new Uint8Array([0x31, 0x0d, 0x0a]);
    const expected = readCsv(bytes);
    expect(readCsv(bytes, options as unknown as undefined)).toEqual(expected);
  });
});
