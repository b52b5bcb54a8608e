import { describe, expect, it } from 'vitest';
import { encodeMs932 } from '../codec/ms932';
import { CARE_PLAN2_CSV, PREVENTION_PLAN_CSV, USER_BASIC_INFO_CSV } from './mappings';
import { readForms } from './readForms';

/** Test helper: MS932 bytes of text that is known to be encodable (fails the test otherwise). */
function ms932Bytes(text: string): Uint8Array {
  const r = encodeMs932(text);
  if (!r.ok) throw new Error(`not MS932: ${r.unencodable.map((u) => u.codePoint).join(' ')}`);
  return r.bytes;
}

const TAIL = '0300000100_46_0300000005_A1_20250401093000.CSV';
const file = (prefix: string, lines: string[], tail = TAIL) => ({
  fileName: `${prefix}_${tail}`,
  bytes: ms932Bytes(`${lines.join('\r\n')}\r\n`),
});
const kihon = (insured: string, date: string): string =>
  [
    `202407,039999,${insured},${date},1,,,,,,,,,"ｼｹﾝ","試験",2,19400101`,
    ...Array(54).fill(''),
  ].join(',');
const yobo = (insured: string, name: string): string =>
  [`202407,039999,${insured},20250405,1,,,"${name}"`, ...Array(49).fill('')].join(',');

describe('readForms reports what it cannot place', () => {
  it('別表 rows without a parent are rejected with their line, not dropped', () => {
    const r = readForms(USER_BASIC_INFO_CSV, [
      file('UPKIHON', [kihon('0000000001', '20250401')]),
      file('UPKIHON_SUB1', [
        '202407,039999,0000000001,20250401,"6:00","起床",',
        '202407,039999,0000000009,20250401,"7:00","朝食",',
      ]),
    ]);
    expect(r.forms[0]?.value.timeSchedule).toEqual([{ time: '6:00', personActivity: '起床' }]);
    expect(r.issues.map((i) => [i.code, i.file?.slice(0, 12), i.line])).toEqual([
      ['row.orphan', 'UPKIHON_SUB1', 2],
    ]);
    expect(r.rejected[0]?.record).toMatchObject({ insuredNumber: '0000000009', time: '7:00' });
  });
  it('別表 file names must carry the parent file name parts', () => {
    const r = readForms(USER_BASIC_INFO_CSV, [
      file('UPKIHON', [kihon('0000000001', '20250401')]),
      file(
        'UPKIHON_SUB2',
        ['202407,039999,0000000001,20250401,,,,,,,'],
        '0300000100_46_0300000005_A1_20250401093001.CSV',
      ),
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(['fileName.childMismatch']);
  });
  it('files of another form, and bad names, are reported', () => {
    const r = readForms(PREVENTION_PLAN_CSV, [
      file('UPKIHON', [kihon('0000000001', '20250401')]),
      { fileName: 'plan.csv', bytes: new Uint8Array() },
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(['file.notInForm', 'fileName.prefix']);
  });
  it('form validation findings point at the file line and the form path', () => {
    const r = readForms(PREVENTION_PLAN_CSV, [
      file('UPYOBO', [yobo('0000000001', '試験'), yobo('0000000002', '試験')]),
      file('UPYOBO_SUB', [
        '202407,039999,0000000001,20250405,1,"課題",,,,1,,,,1,,,',
        '202407,039999,0000000001,20250405,0,"課題",,,,1,,,,1,,,',
        '202407,039999,0000000002,20250405,0,"課題",,,,1,,,,1,,,',
      ]),
    ]);
    expect(r.forms).toHaveLength(0);
    expect(r.invalid).toHaveLength(2);
    expect(r.issues.map((i) => [i.code, i.file?.slice(0, 10), i.line, i.key])).toEqual([
      ['form.too_small', 'UPYOBO_SUB', 2, 'supportPlan.1.issueNo'],
      ['form.too_small', 'UPYOBO_SUB', 3, 'supportPlan.0.issueNo'],
    ]);
  });
  it('rows of one 第2表 plan must agree on the header fields', () => {
    const row = (created: string, n: number): string =>
      `202407,039999,0000000001,${created},20250401,1,"課題",1,,,,,${n},"内容",Y,,,,,,,`;
    const r = readForms(CARE_PLAN2_CSV, [
      file('UP2KYO', [row('20250401', 1), row('20250402', 2), row('20250401', 3)]),
    ]);
    expect(r.forms[0]?.value.rows.map((x) => x.serviceNo)).toEqual([1, 3]);
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([['row.headerConflict', 2, 4]]);
  });
});
