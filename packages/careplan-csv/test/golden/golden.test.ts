import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CARE_PLAN1_CSV,
  CARE_PLAN2_CSV,
  CARE_PLAN3_CSV,
  CARE_PLAN6_CSV,
  CARE_PLAN7_CSV,
  PREVENTION_PLAN_CSV,
  USER_BASIC_INFO_CSV,
  USER_SUPPLEMENT_CSV,
  encodeMs932,
  readCsv,
  readForms,
  writeCsv,
  writeForms,
  layoutOf,
  parseFileName,
} from '@kaigo/careplan-csv';
import type { CsvFileInput, FormFileMapping } from '@kaigo/careplan-csv';
import * as expected from './expected';

/** Test helper: MS932 bytes of text that is known to be encodable (fails the test otherwise). */
function ms932Bytes(text: string): Uint8Array {
  const r = encodeMs932(text);
  if (!r.ok) throw new Error(`not MS932: ${r.unencodable.map((u) => u.codePoint).join(' ')}`);
  return r.bytes;
}

// Golden files are kept as UTF-8 text with LF line ends (readable in review); the test turns them
// into what travels on the wire: CRLF and MS932 bytes.
const dir = fileURLToPath(new URL('.', import.meta.url));
const load = (name: string): CsvFileInput => {
  const text = readFileSync(`${dir}/${name}.txt`, 'utf8').replace(/\r?\n/g, '\r\n');
  return { fileName: name, bytes: ms932Bytes(text) };
};
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.CSV.txt'))
  .map((f) => f.slice(0, -4));
const files = (...prefixes: string[]): CsvFileInput[] =>
  prefixes.flatMap((prefix) =>
    names
      .filter((n) => {
        const p = parseFileName(n);
        return p.ok && p.value.prefix === prefix;
      })
      .map(load),
  );

const cases: [string, FormFileMapping, CsvFileInput[], unknown[]][] = [
  [
    '利用者基本情報 (UPKIHON + SUB1 + SUB2)',
    USER_BASIC_INFO_CSV,
    files('UPKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2'),
    expected.userBasicInfo,
  ],
  [
    '介護予防サービス・支援計画書 (UPYOBO + SUB)',
    PREVENTION_PLAN_CSV,
    files('UPYOBO', 'UPYOBO_SUB'),
    expected.preventionPlan,
  ],
  [
    '利用者補足情報 (第1・2表に紐づく)',
    USER_SUPPLEMENT_CSV,
    [load('UPHOSOKU_000000_0300000100_43_0300000201_11_20250410120000.CSV')],
    expected.userSupplementForPlan,
  ],
  [
    '利用者補足情報 (第6・7表に紐づく)',
    USER_SUPPLEMENT_CSV,
    [load('UPHOSOKU_202505_0300000100_43_0300000201_11_20250425180000.CSV')],
    expected.userSupplementForMonth,
  ],
  ['第1表 (UP1KYO)', CARE_PLAN1_CSV, files('UP1KYO'), expected.carePlan1],
  ['第2表 (UP2KYO)', CARE_PLAN2_CSV, files('UP2KYO'), expected.carePlan2],
  ['第3表 (UP3KYO)', CARE_PLAN3_CSV, files('UP3KYO'), expected.carePlan3],
  [
    '第6表 予定・実績 (UPPLAN, UPJSK)',
    CARE_PLAN6_CSV,
    files('UPPLAN', 'UPJSK'),
    expected.carePlan6,
  ],
  ['第7表 (UPSIKYU)', CARE_PLAN7_CSV, files('UPSIKYU'), expected.carePlan7],
];

describe('golden files parse to the expected forms', () => {
  it('readers accept quoted codes and dates and unquoted free text', () => {
    const text = '"202407","039999","0000012346","20250301"\r\n';
    const r = readCsv(ms932Bytes(text), {
      fileName: 'DLTKIHON_0300000100_46_0300000005_A1_20250401093000.CSV',
    });
    expect(r.rows.map((row) => row.record)).toEqual(expected.deletions.DLTKIHON);
    const sub = '202407,039999,0000012345,20250401,6:00,起床,\r\n';
    const s = readCsv(ms932Bytes(sub), {
      fileName: 'UPKIHON_SUB1_0300000100_46_0300000005_A1_20250401093000.CSV',
    });
    expect(s.rows[0]?.record).toMatchObject({ time: '6:00', personActivity: '起床' });
  });
  it('there is a golden file for every file kind', () => {
    const prefixes = new Set(
      names.map((n) =>
        parseFileName(n).ok ? (parseFileName(n) as { value: { prefix: string } }).value.prefix : n,
      ),
    );
    expect([...prefixes].sort()).toEqual([
      'DLT1KYO',
      'DLTJSK',
      'DLTKIHON',
      'DLTPLAN',
      'DLTYOBO',
      'UP1KYO',
      'UP2KYO',
      'UP3KYO',
      'UPHOSOKU',
      'UPJSK',
      'UPKIHON',
      'UPKIHON_SUB1',
      'UPKIHON_SUB2',
      'UPPLAN',
      'UPSIKYU',
      'UPYOBO',
      'UPYOBO_SUB',
    ]);
  });
  it.each(cases)('%s', (_title, mapping, input, want) => {
    expect(input.length).toBeGreaterThan(0);
    const r = readForms(mapping, input);
    expect(r.issues).toEqual([]);
    expect(r.forms.map((f) => f.value)).toEqual(want);
    // Writing the forms back gives the same bytes as the golden files (they are written canonically).
    const header = parseFileName(input[0]?.fileName);
    if (!header.ok) throw new Error('bad golden name');
    const byName = new Map(input.map((f) => [f.fileName, f.bytes]));
    for (const kind of mapping.kind ? Object.values(mapping.kind.byPrefix) : [undefined]) {
      const subset = r.forms.filter(
        (f) => kind === undefined || (f.value as { kind?: string }).kind === kind,
      );
      const source = parseFileName(subset[0]?.file);
      if (!source.ok) throw new Error('bad golden name');
      const { sender, receiver, timestamp, month } = source.value;
      const w = writeForms(
        mapping,
        subset.map((f) => f.value),
        {
          sender,
          receiver,
          timestamp,
          ...(month === undefined ? {} : { month }),
        },
      );
      expect(w.ok).toBe(true);
      if (w.ok)
        for (const f of w.files)
          expect(Buffer.from(f.bytes).equals(Buffer.from(byName.get(f.fileName) ?? []))).toBe(true);
    }
  });
  it.each(Object.entries(expected.deletions))('%s (deletion file, row records)', (prefix, want) => {
    const [input] = files(prefix);
    if (!input) throw new Error(`no golden ${prefix}`);
    const r = readCsv(input.bytes, { fileName: input.fileName });
    expect(r.issues).toEqual([]);
    expect(r.rows.map((row) => row.record)).toEqual(want);
    const layout = layoutOf(prefix);
    if (!layout) throw new Error('layout');
    const w = writeCsv(layout, want, { fileName: input.fileName });
    expect(w.ok && Buffer.from(w.bytes).equals(Buffer.from(input.bytes))).toBe(true);
  });
});
