import { describe, expect, it } from 'vitest';
import { UPHOSOKU } from '../layout/files/kyotaku1';
import { UPPLAN, UPSIKYU } from '../layout/files/kyotaku6';
import { readCsv } from '../record/readCsv';
import { writeCsv } from '../record/writeCsv';
import { STRUCTURE_CHECKS } from './structureChecks';

const HEAD = { csvVersion: '202407', insurerNumber: '039999', insuredNumber: '0000000001' };
const TAIL = '0300000100_43_0300000201_11_20250425180000.CSV';
const codes = (issues: readonly { code: string }[]): string[] => issues.map((i) => i.code);

describe('利用者補足情報 links to exactly one plan (gap 1; UPHOSOKU No.4, No.63, ファイル名規約)', () => {
  const supplement = (extra: Record<string, unknown>) => ({ ...HEAD, name: '架空 花子', ...extra });
  it('writes a row tied to 第1・2表 (No.63 = 000000) and one tied to 第6・7表 (No.4 = 00000000)', () => {
    const plan = writeCsv(UPHOSOKU, [supplement({ planDate: '2025-04-10' })], {
      fileName: `UPHOSOKU_000000_${TAIL}`,
    });
    expect(plan.ok && plan.text.split(',').at(-1)).toBe('000000\r\n');
    const month = writeCsv(UPHOSOKU, [supplement({ targetMonth: '2025-05' })], {
      fileName: `UPHOSOKU_202505_${TAIL}`,
    });
    expect(month.ok && month.text.split(',')[3]).toBe('00000000');
  });
  it('refuses a row with both links, or with neither (an orphan of 00000000 and 000000)', () => {
    const both = writeCsv(UPHOSOKU, [
      supplement({ planDate: '2025-04-10', targetMonth: '2025-05' }),
    ]);
    expect(both.ok).toBe(false);
    expect(codes(both.issues)).toEqual(['structure.supplementBothLinks']);
    expect(both.issues[0]).toMatchObject({
      line: 1,
      column: 63,
      source: { document: 'mhlw-careplan-csv-v4' },
    });
    const orphan = writeCsv(UPHOSOKU, [supplement({})]);
    expect(codes(orphan.issues)).toEqual(['structure.supplementNoLink']);
  });
  it('checks the same on read, against the file name month', () => {
    const line = (no4: string, no63: string): string =>
      ['202407', '039999', '0000000001', no4, ...Array<string>(58).fill(''), no63].join(',');
    const bytes = (text: string) => new TextEncoder().encode(`${text}\r\n`);
    const orphan = readCsv(bytes(line('00000000', '000000')), {
      fileName: `UPHOSOKU_000000_${TAIL}`,
    });
    expect(orphan.ok).toBe(false);
    expect(codes(orphan.issues)).toEqual(['structure.supplementNoLink']);
    expect(orphan.rows).toHaveLength(1); // kept, with the finding
    const wrongFile = readCsv(bytes(line('00000000', '202505')), {
      fileName: `UPHOSOKU_000000_${TAIL}`,
    });
    expect(codes(wrongFile.issues)).toEqual(['structure.supplementFileMonth']);
    const otherMonth = readCsv(bytes(line('00000000', '202506')), {
      fileName: `UPHOSOKU_202505_${TAIL}`,
    });
    expect(codes(otherMonth.issues)).toEqual(['structure.supplementFileMonth']);
    const fine = readCsv(bytes(line('00000000', '202505')), {
      fileName: `UPHOSOKU_202505_${TAIL}`,
    });
    expect(fine.issues).toEqual([]);
  });
});

describe('第7表 totals (gap 2; UPSIKYU No.7, No.9)', () => {
  const row = (serviceCode: string, providerCode = '1399999997') => ({
    ...HEAD,
    createdDate: '2025-04-25',
    targetMonth: '2025-05',
    providerCode,
    serviceCode,
    units: serviceCode.endsWith('AAAA') || serviceCode === '999999' ? 0 : 567,
    count: 4,
  });
  const total = row('999999', '9999999999');
  const fileName = `UPSIKYU_202505_${TAIL}`;
  it('writes a plan with its 種類別小計 and 全合計', () => {
    const w = writeCsv(UPSIKYU, [row('151111'), row('151121'), row('15AAAA'), total], { fileName });
    expect(w.issues).toEqual([]);
    expect(w.ok).toBe(true);
  });
  it('refuses a plan without the 全合計 row (必須出力)', () => {
    const w = writeCsv(UPSIKYU, [row('151111')], { fileName });
    expect(codes(w.issues)).toEqual(['structure.grandTotalMissing']);
    expect(w.issues[0]).toMatchObject({ column: 9, field: 'サービスコード' });
  });
  it('refuses a type with several service code rows and no ‹種類›AAAA subtotal', () => {
    const w = writeCsv(UPSIKYU, [row('151111'), row('151121'), total], { fileName });
    expect(codes(w.issues)).toEqual(['structure.subtotalMissing']);
    // One row of a type needs no subtotal; a 区分支給対象外 type may carry EEEE instead.
    expect(writeCsv(UPSIKYU, [row('151111'), total], { fileName }).ok).toBe(true);
    expect(writeCsv(UPSIKYU, [row('311111'), row('311112'), row('31EEEE'), total]).ok).toBe(true);
  });
  it('refuses a total whose two codes are not paired, and a second total', () => {
    const half = writeCsv(UPSIKYU, [row('151111'), row('999999')], { fileName });
    expect(codes(half.issues)).toEqual(['structure.grandTotalCodes']);
    const twice = writeCsv(UPSIKYU, [row('151111'), total, total], { fileName });
    expect(codes(twice.issues)).toEqual(['structure.grandTotalDuplicate']);
  });
  it('checks the structure on read', () => {
    const w = writeCsv(UPSIKYU, [row('151111'), total], { fileName });
    if (!w.ok) throw new Error('fixture');
    const withoutTotal = w.text.split('\r\n')[0] as string;
    const r = readCsv(new TextEncoder().encode(`${withoutTotal}\r\n`), { fileName });
    expect(codes(r.issues)).toEqual(['structure.grandTotalMissing']);
    expect(r.rows).toHaveLength(1);
  });
});

describe('第6表 cross-field checks (gap 8; UPPLAN/UPJSK No.5, No.10, No.15–17)', () => {
  const row = (extra: Record<string, unknown>) => ({
    ...HEAD,
    createdDate: '2025-04-25',
    targetMonth: '2025-05',
    serviceDate: '2025-05-07',
    count: 1,
    serviceCode: '151111',
    providerCode: '1399999997',
    over30Days: '0',
    ...extra,
  });
  it('refuses a service date outside the file month', () => {
    const w = writeCsv(UPPLAN, [row({ serviceDate: '2025-06-01' })]);
    expect(codes(w.issues)).toEqual(['structure.serviceDateOutsideMonth']);
    expect(w.issues[0]).toMatchObject({ column: 10 });
    expect(writeCsv(UPPLAN, [row({ serviceDate: '2025-05-31' })]).ok).toBe(true);
  });
  it('refuses a 福祉用具貸与 (17) or 介護予防福祉用具貸与 (67) row without TAIS or 届出 code', () => {
    for (const serviceCode of ['171001', '671001'])
      expect(codes(writeCsv(UPPLAN, [row({ serviceCode })]).issues)).toEqual([
        'structure.equipmentCodeMissing',
      ]);
    expect(writeCsv(UPPLAN, [row({ serviceCode: '171001', taisCode: '00001-000010' })]).ok).toBe(
      true,
    );
    expect(
      writeCsv(UPPLAN, [row({ serviceCode: '671001', equipmentNotificationCode: '00001-000010' })])
        .ok,
    ).toBe(true);
  });
  it('declares every check once, with a citation of the layout item', () => {
    for (const check of STRUCTURE_CHECKS) {
      expect(check.source.document).toBe('mhlw-careplan-csv-v4');
      expect(check.source.section).toMatch(/No\.\d/);
    }
  });
});
