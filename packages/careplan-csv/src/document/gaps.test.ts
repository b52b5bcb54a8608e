// Issue #18 gaps 4, 5, 7, 9 and the layout versions: each test cites the layout item it follows.
import { describe, expect, it } from 'vitest';
import { validate, carePlan6Form, userBasicInfoForm } from '@kaigo/forms';
import { encodeMs932 } from '../codec/ms932';
import { parseFileName } from '../fileName/fileName';
import { UP3KYO } from '../layout/files/kyotaku1';
import { UPSIKYU } from '../layout/files/kyotaku6';
import { FILE_LAYOUTS, V4_LAYOUTS } from '../layout/registry';
import { defineLayoutVersion } from '../layout/version';
import { readCsv } from '../record/readCsv';
import { writeCsv } from '../record/writeCsv';
import { CARE_PLAN3_CSV, USER_SUPPLEMENT_CSV } from './mappings';
import { readForms } from './readForms';

function ms932(text: string): Uint8Array {
  const r = encodeMs932(text);
  if (!r.ok) throw new Error('not MS932');
  return r.bytes;
}
const TAIL = '0300000100_43_0300000201_11_20250410120000.CSV';
const codes = (issues: readonly { code: string }[]): string[] => issues.map((i) => i.code);

/** A fictional 利用者基本情報 with only its required items. */
const BASIC_INFO = {
  insurerNumber: '039999',
  insuredNumber: '0000000001',
  consultationDate: '2025-04-01',
  planType: '1',
  nameKana: 'ｶｸｳ',
  name: '架空',
  sex: '2',
  birthDate: '1940-01-01',
};

describe('gap 4: phone numbers as the layout allows them (UPHOSOKU No.12, length 15 only)', () => {
  it('reads another vendor’s 利用者補足情報 with a spaced phone number back as a valid form', () => {
    const line = [
      '202407,039999,0000000001,20250410,"ｶｸｳ ﾊﾅｺ","架空 花子",2,19400101,000-0000,"架空町1",,079 672 0000',
      ...Array<string>(50).fill(''),
      '000000',
    ].join(',');
    const r = readForms(USER_SUPPLEMENT_CSV, [
      { fileName: `UPHOSOKU_000000_${TAIL}`, bytes: ms932(`${line}\r\n`) },
    ]);
    expect(r.issues).toEqual([]);
    expect(r.forms[0]?.value.phone).toBe('079 672 0000');
  });
  it('accepts full-width digits and 内線 up to 15 characters, refuses 16 and CSV delimiters', () => {
    const form = (phone: string) => validate(userBasicInfoForm, { ...BASIC_INFO, phone }).ok;
    expect(form('０７９－６７２－００００')).toBe(true);
    expect(form('0796720000内線123')).toBe(true); // 15 characters
    expect(form('0796720000内線1234')).toBe(false); // 16
    expect(form('079,672')).toBe(false);
  });
});

describe('gap 5: 第7表 lengths follow the V4 text (UPSIKYU No.17, 24–26, 28–30)', () => {
  const lengths = Object.fromEntries(UPSIKYU.columns.map((c) => [c.no, c.length]));
  it('has the lengths of the layout text', () => {
    expect([17, 24, 25, 26, 28, 29, 30].map((no) => lengths[no])).toEqual([5, 6, 6, 6, 6, 6, 2]);
  });
  it('a later version changes No.30 to 5 digits in its own layout, picked by the CSV version', () => {
    const later = defineLayoutVersion({
      id: 'TEST-NEXT',
      title: 'a later version (test only)',
      csvVersions: ['209904'],
      layouts: FILE_LAYOUTS.map((l) =>
        l.prefix !== 'UPSIKYU'
          ? l
          : { ...l, columns: l.columns.map((c) => (c.no === 30 ? { ...c, length: 5 } : c)) },
      ),
    });
    const row = (version: string) =>
      [version, '039999', '0000000001', '20250425', '202505', '', '9999999999', '', '999999']
        .concat(['', '', '', '0', '', '', '0'], Array<string>(13).fill(''), ['123'])
        .concat(Array<string>(7).fill(''))
        .join(',');
    const fileName = `UPSIKYU_202505_${TAIL}`;
    const versions = [V4_LAYOUTS, later];
    const v4 = readCsv(ms932(`${row('202407')}\r\n`), { fileName, versions });
    expect(v4.version).toBe('V4');
    expect(codes(v4.issues)).toEqual(['field.length']);
    expect(v4.issues[0]).toMatchObject({ column: 30 });
    const next = readCsv(ms932(`${row('209904')}\r\n`), { fileName, versions });
    expect(next.version).toBe('TEST-NEXT');
    expect(next.issues).toEqual([]);
    expect(next.rows[0]?.record.daysBeforeMonth).toBe(123);
    // The version can be forced, whatever the file says.
    const forced = readCsv(ms932(`${row('202407')}\r\n`), {
      fileName,
      versions,
      version: 'TEST-NEXT',
    });
    expect(forced.issues.map((i) => i.code)).toEqual(['file.csvVersion']);
    expect(
      readCsv(ms932(`${row('202407')}\r\n`), { fileName, version: 'NONE' }).issues[0]?.code,
    ).toBe('options.version');
  });
});

describe('gap 7: 24:00 end times (UP3KYO No.9, No.12; UPPLAN/UPJSK No.13)', () => {
  const row = (start: string, end: string) =>
    `202407,039999,0000000001,20250410,20250410,"訪問介護",1,${start},${end},,,,`;
  const file = (lines: string[]) => [
    { fileName: `UP3KYO_${TAIL}`, bytes: ms932(`${lines.join('\r\n')}\r\n`) },
  ];
  it('reads a 第3表 row ending at 2400 and writes it back', () => {
    const r = readForms(CARE_PLAN3_CSV, file([row('2200', '2400')]));
    expect(r.issues).toEqual([]);
    expect(r.forms[0]?.value.rows[0]?.serviceEnd).toBe('24:00');
    expect(
      writeCsv(UP3KYO, [
        { ...(r.forms[0]?.value ?? {}), rows: undefined, ...r.forms[0]?.value.rows[0] },
      ]).ok,
    ).toBe(true);
    expect(
      validate(carePlan6Form, {
        kind: 'plan',
        insurerNumber: '039999',
        insuredNumber: '0000000001',
        createdDate: '2025-04-25',
        targetMonth: '2025-05',
        rows: [
          {
            serviceDate: '2025-05-01',
            startTime: '22:00',
            endTime: '24:00',
            count: 1,
            serviceCode: '111111',
            providerCode: '1399999997',
            over30Days: '0',
          },
        ],
      }).ok,
    ).toBe(true);
  });
  it('never returns a form whose row was dropped: a start at 2400 makes the whole form invalid', () => {
    const r = readForms(CARE_PLAN3_CSV, file([row('0900', '1000'), row('2400', '2400')]));
    expect(r.forms).toEqual([]);
    expect(r.rejected).toHaveLength(1);
    expect(r.invalid).toHaveLength(1);
    expect(codes(r.issues)).toEqual(['field.time', 'form.rowsRejected']);
    expect(r.issues[1]).toMatchObject({ line: 2 });
  });
});

describe('gap 9: smaller mismatches', () => {
  it('free text has no cap of its own where the layout length is 「―」 (UPKIHON No.64)', () => {
    const v = validate(userBasicInfoForm, { ...BASIC_INFO, lifeHistory: 'あ'.repeat(5000) });
    expect(v.ok).toBe(true);
  });
  it('the 明細判別コード has the same (absent) length in the form and the CSV (UPPLAN No.19)', () => {
    const col = FILE_LAYOUTS.find((l) => l.prefix === 'UPPLAN')?.columns[18];
    expect(col?.length).toBeUndefined();
    const row = {
      serviceDate: '2025-05-01',
      count: 1,
      serviceCode: '171007',
      taisCode: '00001-000010',
      detailDiscriminator: 1234,
      providerCode: '1399999997',
      over30Days: '0',
    };
    const head = { kind: 'plan', insurerNumber: '039999', insuredNumber: '0000000001' };
    expect(
      validate(carePlan6Form, {
        ...head,
        createdDate: '2025-04-25',
        targetMonth: '2025-05',
        rows: [row],
      }).ok,
    ).toBe(true);
  });
  it('the writer refuses NUL (and 外字) per field instead of writing a file the reader rejects', () => {
    const w = writeCsv(UP3KYO, [
      {
        csvVersion: '202407',
        insurerNumber: '039999',
        insuredNumber: '0000000001',
        createdDate: '2025-04-10',
        planDate: '2025-04-10',
        serviceContent: '訪問\u0000介護\uE000',
      },
    ]);
    expect(w.ok).toBe(false);
    expect(w.issues.map((i) => [i.code, i.column, i.position, i.codePoint])).toEqual([
      ['encoding.unreadableChar', 6, 3, 'U+0000'],
      ['encoding.unreadableChar', 6, 6, 'U+E000'],
    ]);
  });
});

describe('readCsv takes an already-parsed file name', () => {
  it('uses the parsed name as it is, for the layout and the findings', () => {
    const fileName = `UP3KYO_${TAIL}`;
    const parsed = parseFileName(fileName);
    if (!parsed.ok) throw new Error('fixture');
    const bytes = ms932('202407,039999,0000000001,20250410,20250410,,,,,,,,\r\n');
    const a = readCsv(bytes, { fileName: parsed.value });
    const b = readCsv(bytes, { fileName, parsedFileName: parsed.value });
    expect(a.layout?.prefix).toBe('UP3KYO');
    expect(a.issues).toEqual([]);
    expect(b.fileName).toBe(parsed.value);
    const bad = readCsv(ms932('x\r\n'), { fileName: parsed.value });
    expect(bad.issues.at(-1)?.file).toBe(fileName);
  });
});
