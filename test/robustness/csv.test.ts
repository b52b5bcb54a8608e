// The CSV reader (@kaigo/careplan-csv readCsv, bytes in) and the file-name parsers survive hostile input.
import * as csv from '@kaigo/careplan-csv';
import {
  DLTYOBO,
  FILE_LAYOUTS,
  PREVENTION_PLAN_CSV,
  UPYOBO,
  encodeMs932,
  parseFileName,
  parseImageFileName,
  readCsv,
  readForms,
  writeCsv,
  writeForms,
} from '@kaigo/careplan-csv';
import type { CsvIssue } from '@kaigo/careplan-csv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertLinearTime,
  assertNoMarkers,
  assertReturns,
  assertSurvives,
  deepFreeze,
  hostileVariants,
  revokedProxy,
  throwingProxy,
} from './harness';

const RUNS = 60;
// CSV-shaped text: digits, commas, quotes, line breaks, Japanese and characters MS932 cannot hold.
const csvText = fc
  .array(
    fc.constantFrom(
      '0',
      '1',
      '9',
      ',',
      '"',
      '\r\n',
      '\n',
      '\r',
      'あ',
      '漢',
      '－',
      '〜',
      '①',
      '𠮷',
      ' ',
      '2024',
      '202407',
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(''));

describe('careplan-csv: readCsv survives arbitrary bytes, for every layout', () => {
  it('raw bytes, with and without a file name', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        const r = readCsv(deepFreeze(bytes));
        expect(Array.isArray(r.issues)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    // The options object is typed; its file name is free text from the caller.
    assertSurvives('readCsv({ fileName })', (v) =>
      readCsv(new Uint8Array([0x31, 0x2c, 0x32]), { fileName: v } as Parameters<typeof readCsv>[1]),
    );
  });
  for (const layout of FILE_LAYOUTS) {
    it(`CSV-shaped text against ${layout.prefix}`, () => {
      fc.assert(
        fc.property(csvText, (text) => {
          const encoded = encodeMs932(text);
          // Not MS932 (〜, 𠮷): the reader must say so, not throw.
          const bytes = encoded.ok ? encoded.bytes : new TextEncoder().encode(text);
          const r = readCsv(bytes, { layout });
          expect(Array.isArray(r.issues)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    });
  }
  it('huge and degenerate inputs', () => {
    for (const bytes of [
      new Uint8Array(0),
      new Uint8Array(200_000).fill(0x2c), // 200,000 commas
      new Uint8Array(200_000).fill(0x22), // 200,000 quotes
      new Uint8Array(100_000).fill(0x0a),
      new Uint8Array([0xef, 0xbb, 0xbf, 0x31]), // UTF-8 BOM
      new Uint8Array([0xff, 0xfe, 0x31, 0x00]), // UTF-16
    ])
      for (const layout of [undefined, FILE_LAYOUTS[0], FILE_LAYOUTS[FILE_LAYOUTS.length - 1]])
        expect(() => readCsv(bytes, layout ? { layout } : {})).not.toThrow();
  }, 60_000);
});

describe('careplan-csv: file-name parsers', () => {
  it('survive arbitrary input', () => {
    assertSurvives('parseFileName', parseFileName);
    assertSurvives('parseImageFileName', parseImageFileName);
  });
  it('never echo the file name in their findings', () => {
    const name = 'ZQX0QXZ_架空_0300000100.CSV';
    assertNoMarkers(parseFileName(name), ['ZQX0QXZ']);
    assertNoMarkers(parseImageFileName(name), ['ZQX0QXZ']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Throwing getters and Proxies at every position of every entry point that takes data.

const HEADER = {
  sender: { officeNumber: '0300000100', serviceType: '46' },
  receiver: { officeNumber: '0300000005', serviceType: 'A1' },
  timestamp: '20250405100000',
};
const DLT_RECORD = {
  csvVersion: '202407',
  insurerNumber: '039999',
  insuredNumber: '0000000001',
  planDate: '2025-04-01',
};
const NESTED_RECORD = {
  ...DLT_RECORD,
  planType: '1',
  areas: { mobility: { currentStatus: '屋内は伝い歩き', hasIssue: '1' } },
  checklistCounts: { exercise: 1 },
};
const plan = (): Record<string, unknown> => {
  const r = readForms(PREVENTION_PLAN_CSV, [
    { fileName: 'UPYOBO_0300000100_46_0300000005_A1_20250405100000.CSV', bytes: GOLDEN_UPYOBO },
  ]);
  return (r.forms[0]?.value ?? {}) as Record<string, unknown>;
};
const ms932 = (text: string): Uint8Array => {
  const r = encodeMs932(text);
  if (!r.ok) throw new Error('not MS932');
  return r.bytes;
};
const dltBytes = ms932('202407,039999,0000000001,20250401\r\n');
// A plan written by the SDK itself (then read back), so the form positions below are realistic.
const GOLDEN_UPYOBO: Uint8Array = (() => {
  const w = writeCsv(UPYOBO, [
    {
      ...DLT_RECORD,
      planType: '1',
      delegation: '2',
      userName: '試験　花子',
      certValidFrom: '2025-01-01',
      certValidTo: '2025-12-31',
      planCategory: '11',
      certStatus: '2',
      supportLevel: '1',
      careManagerName: '介護　支援男',
      authorOfficeName: '試験居宅介護支援事業所',
      consentDate: '2025-04-01',
      consentName: '試験　花子',
    },
  ]);
  return w.ok ? w.bytes : new Uint8Array(0);
})();

function expectStructured(name: string, result: unknown): void {
  const r = result as { ok?: unknown; issues?: readonly CsvIssue[] };
  expect(typeof r.ok, name).toBe('boolean');
  for (const i of r.issues ?? []) {
    expect(typeof i.code, name).toBe('string');
    expect(i.message, name).not.toMatch(/hostile|boom|TypeError|Proxy/);
  }
}

describe('careplan-csv: throwing getters and Proxies at every position', () => {
  it('writeCsv: the layout, the records, each record, each field, the options', () => {
    const cases: { where: string; call: () => unknown }[] = [];
    for (const v of hostileVariants([DLT_RECORD, NESTED_RECORD]))
      cases.push({ where: `records ${v.where}`, call: () => writeCsv(UPYOBO, v.value as never) });
    for (const v of hostileVariants({ fileName: 'x.CSV', substitutions: { '〜': '～' } }))
      cases.push({
        where: `options ${v.where}`,
        call: () => writeCsv(DLTYOBO, [DLT_RECORD], v.value as never),
      });
    for (const v of hostileVariants({
      ...DLTYOBO,
      columns: DLTYOBO.columns.map((c) => ({ ...c, type: { ...c.type } })),
    }))
      cases.push({
        where: `layout ${v.where}`,
        call: () => writeCsv(v.value as never, [DLT_RECORD]),
      });
    expect(cases.length).toBeGreaterThan(100);
    for (const c of cases) expectStructured(c.where, assertReturns(`writeCsv ${c.where}`, c.call));
  });
  it('readCsv: the bytes, the options, the layout', () => {
    const cases: { where: string; call: () => unknown }[] = [
      {
        where: 'bytes (throwing Proxy)',
        call: () => readCsv(throwingProxy(dltBytes), { layout: DLTYOBO }),
      },
      {
        where: 'bytes (revoked Proxy)',
        call: () => readCsv(revokedProxy() as never, { layout: DLTYOBO }),
      },
      { where: 'options (revoked Proxy)', call: () => readCsv(dltBytes, revokedProxy() as never) },
    ];
    for (const v of hostileVariants({ layout: { ...DLTYOBO }, fileName: 'x.CSV' }))
      cases.push({ where: `options ${v.where}`, call: () => readCsv(dltBytes, v.value as never) });
    for (const c of cases) expectStructured(c.where, assertReturns(`readCsv ${c.where}`, c.call));
  });
  it('readForms and writeForms: the mapping, the files/forms, each one, the header, the options', () => {
    const files = [
      { fileName: 'UPYOBO_0300000100_46_0300000005_A1_20250405100000.CSV', bytes: GOLDEN_UPYOBO },
    ];
    const p = plan();
    expect(Object.keys(p).length).toBeGreaterThan(5);
    const cases: { where: string; call: () => unknown }[] = [];
    for (const v of hostileVariants(files))
      cases.push({
        where: `files ${v.where}`,
        call: () => readForms(PREVENTION_PLAN_CSV, v.value as never),
      });
    for (const v of hostileVariants({
      ...PREVENTION_PLAN_CSV,
      layouts: [...PREVENTION_PLAN_CSV.layouts],
    }))
      cases.push({ where: `mapping ${v.where}`, call: () => readForms(v.value as never, files) });
    for (const v of hostileVariants([p]))
      cases.push({
        where: `forms ${v.where}`,
        call: () => writeForms(PREVENTION_PLAN_CSV, v.value as never, HEADER),
      });
    for (const v of hostileVariants(HEADER))
      cases.push({
        where: `header ${v.where}`,
        call: () => writeForms(PREVENTION_PLAN_CSV, [p], v.value as never),
      });
    for (const v of hostileVariants({ substitutions: { '〜': '～' } }))
      cases.push({
        where: `options ${v.where}`,
        call: () => writeForms(PREVENTION_PLAN_CSV, [p], HEADER, v.value as never),
      });
    cases.push({
      where: 'mapping (revoked Proxy) for writeForms',
      call: () => writeForms(revokedProxy() as never, [p], HEADER),
    });
    expect(cases.length).toBeGreaterThan(200);
    for (const c of cases) expectStructured(c.where, assertReturns(c.where, c.call));
    // The valid calls still work (the variants above are not all failing for a trivial reason).
    expect(readForms(PREVENTION_PLAN_CSV, files).forms).toHaveLength(1);
    expect(writeForms(PREVENTION_PLAN_CSV, [p], HEADER).ok).toBe(true);
  });
  it('every exported function survives hostile arguments at every position', () => {
    // `columns`, `defineLayoutVersion` and `defineStructureCheck` are definition helpers (programs call it once with a literal table; a wrong table is a
    // programming error and throws at load time). Everything else takes data and must not throw.
    const DEFINITION_ONLY = new Set(['columns', 'defineLayoutVersion', 'defineStructureCheck']);
    const args: unknown[] = [
      undefined,
      null,
      0,
      Number.NaN,
      'x',
      Symbol('s'),
      [],
      {},
      throwingProxy({}),
      throwingProxy([]),
      revokedProxy(),
      Object.defineProperty({}, 'prefix', {
        enumerable: true,
        get() {
          throw new Error('hostile getter');
        },
      }),
    ];
    const fns = (Object.entries(csv) as [string, unknown][]).filter(
      (e): e is [string, (...a: unknown[]) => unknown] =>
        typeof e[1] === 'function' && !DEFINITION_ONLY.has(e[0]),
    );
    expect(fns.length).toBeGreaterThan(15);
    for (const [name, fn] of fns) {
      for (let position = 0; position < 4; position++) {
        for (const a of args) {
          const call: unknown[] = [DLTYOBO, [DLT_RECORD], {}, {}];
          call[position] = a;
          assertReturns(`${name} argument ${position + 1}`, () => fn(...call));
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Length growth: time at 4n must stay well under 16× (quadratic) the time at n — best of several runs.

const repeatBytes = (unit: string, n: number): Uint8Array => ms932(unit.repeat(n));

describe('careplan-csv: cost grows linearly with the input', () => {
  const growth = (
    name: string,
    make: (n: number) => Uint8Array,
    n: number,
    layout = DLTYOBO,
  ): void => {
    it(
      name,
      () => {
        assertLinearTime(name, make, (b) => readCsv(b as Uint8Array, { layout }), { n, ratio: 10 });
      },
      120_000,
    );
  };
  growth('readCsv: records', (n) => repeatBytes('202407,039999,0000000001,20250401\r\n', n), 4_000);
  growth(
    'readCsv: free text with quotes, commas and line breaks',
    (n) => repeatBytes('202407,039999,0000000001,"a,""b""\r\nc"\r\n', n),
    10_000,
    DLTYOBO,
  );
  growth('readCsv: a long run of quotes', (n) => new Uint8Array(n).fill(0x22), 100_000);
  growth(
    'readCsv: a quote then a long run of quotes and text',
    (n) => repeatBytes('"""a', n),
    50_000,
  );
  growth('readCsv: a long run of spaces', (n) => new Uint8Array(n).fill(0x20), 1_000_000);
  growth(
    'readCsv: spaces in a field',
    (n) => ms932(`202407,039999,${' '.repeat(n)},20250401\r\n`),
    200_000,
  );
  growth(
    'readCsv: CR without LF',
    (n) => repeatBytes('202407,039999,0000000001,20250401\r', n),
    10_000,
  );
  growth('readCsv: a long run of CR', (n) => new Uint8Array(n).fill(0x0d), 40_000);
  growth('readCsv: blank lines', (n) => repeatBytes('\r\n', n), 30_000);
  growth(
    'readCsv: unterminated quotes on every line',
    (n) => repeatBytes('202407,"x\r\n', n),
    20_000,
  );
  growth(
    'readCsv: a quote that never closes',
    (n) => ms932(`202407,"${'x\r\n'.repeat(n)}`),
    15_000,
  );
  growth('readCsv: lines that reopen a quote', (n) => repeatBytes('"x""\r\n', n), 20_000);
  growth('readCsv: invalid MS932 bytes', (n) => new Uint8Array(n).fill(0x85), 1_000_000);
  it('readForms: a plan file and its 別表 rows', () => {
    const make = (n: number): unknown => {
      const w = writeForms(
        PREVENTION_PLAN_CSV,
        Array.from({ length: n }, () => plan()).map((p, i) => ({
          ...p,
          insuredNumber: String(i + 1).padStart(10, '0'),
        })),
        HEADER,
      );
      return w.ok ? w.files.map((f) => ({ fileName: f.fileName, bytes: f.bytes })) : [];
    };
    assertLinearTime('readForms', make, (files) => readForms(PREVENTION_PLAN_CSV, files as never), {
      n: 150,
    });
  }, 120_000);
  it('readForms: blank lines', () => {
    assertLinearTime(
      'readForms blank lines',
      (n) => [
        {
          fileName: 'UPYOBO_0300000100_46_0300000005_A1_20250405100000.CSV',
          bytes: repeatBytes('\r\n', n),
        },
      ],
      (files) => readForms(PREVENTION_PLAN_CSV, files as never),
      { n: 30_000 },
    );
  }, 120_000);
  it('writeCsv: records', () => {
    assertLinearTime(
      'writeCsv',
      (n) => Array.from({ length: n }, () => DLT_RECORD),
      (records) => writeCsv(DLTYOBO, records as never),
      { n: 3_000 },
    );
  }, 120_000);
});
