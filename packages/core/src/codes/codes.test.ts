import { describe, expect, it } from 'vitest';
import { parseInsuredNumber, parseInsurerNumber, parseOfficeNumber } from '../ids/identifiers';
import {
  CARE_LEVELS,
  CARE_LEVEL_CODES_KIHON,
  CARE_LEVEL_CODES_KYOTAKU,
  SUPPORT_LEVEL_CODES_YOBO,
  careLevelFromCode,
  careLevelToCode,
} from './careLevel';
import { codeLabel, isCodeOf } from './codeTable';

describe('care level code tables', () => {
  it('keeps the three code sets distinct', () => {
    expect(careLevelFromCode(CARE_LEVEL_CODES_KYOTAKU, '06')).toEqual({
      ok: true,
      value: 'jigyoTaishosha',
    });
    expect(careLevelFromCode(CARE_LEVEL_CODES_KIHON, '06').ok).toBe(false);
    expect(careLevelFromCode(CARE_LEVEL_CODES_KIHON, '01')).toEqual({
      ok: true,
      value: 'nonApplicable',
    });
    expect(careLevelFromCode(SUPPORT_LEVEL_CODES_YOBO, '3')).toEqual({
      ok: true,
      value: 'jigyoTaishosha',
    });
    expect(careLevelFromCode(SUPPORT_LEVEL_CODES_YOBO, '12').ok).toBe(false);
    expect(careLevelToCode(SUPPORT_LEVEL_CODES_YOBO, 'care1').ok).toBe(false);
    expect(careLevelToCode(CARE_LEVEL_CODES_KIHON, 'jigyoTaishosha').ok).toBe(false);
  });
  it('round-trips every representable level through every table', () => {
    for (const table of [
      CARE_LEVEL_CODES_KYOTAKU,
      CARE_LEVEL_CODES_KIHON,
      SUPPORT_LEVEL_CODES_YOBO,
    ]) {
      let representable = 0;
      for (const level of CARE_LEVELS) {
        const code = careLevelToCode(table, level);
        if (!code.ok) continue;
        representable++;
        expect(careLevelFromCode(table, code.value)).toEqual({ ok: true, value: level });
      }
      expect(representable).toBe(table.entries.length);
    }
  });
  it('labels and membership', () => {
    expect(codeLabel(CARE_LEVEL_CODES_KYOTAKU, '25')).toBe('要介護５');
    expect(isCodeOf(CARE_LEVEL_CODES_KYOTAKU, 25)).toBe(false);
    expect(careLevelFromCode(CARE_LEVEL_CODES_KYOTAKU, { toString: () => '06' }).ok).toBe(false);
  });
});

describe('identifiers', () => {
  it('被保険者番号', () => {
    expect(parseInsuredNumber('０１２３４５６７８９')).toEqual({ ok: true, value: '0123456789' });
    expect(parseInsuredNumber('h123456789')).toEqual({ ok: true, value: 'H123456789' });
    expect(parseInsuredNumber('123456789').ok).toBe(false);
    expect(parseInsuredNumber(123456789).ok).toBe(false);
  });
  it('保険者番号 and 事業所番号', () => {
    expect(parseInsurerNumber('282251').ok).toBe(true);
    expect(parseInsurerNumber('28225').ok).toBe(false);
    expect(parseOfficeNumber('2870000001').ok).toBe(true);
    expect(parseOfficeNumber('287000000').ok).toBe(false);
  });
  it('messages never contain the number', () => {
    const r = parseInsuredNumber('98765x4321');
    expect(!r.ok && !r.error.message.includes('98765')).toBe(true);
  });
});
