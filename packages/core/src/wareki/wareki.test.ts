import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../date/arithmetic';
import { isoDate } from '../date/isoDate';
import type { IsoDate } from '../date/isoDate';
import { eraOf } from './eras';
import { formatWareki } from './formatWareki';
import { parseDateInput } from './parseDateInput';
import { parseWareki } from './parseWareki';

describe('parseWareki', () => {
  it.each([
    ['令和7年5月1日', '2025-05-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['令和７年５月１日', '2025-05-01'],
    ['R7.5.1', '2025-05-01'],
    ['R7/5/1', '2025-05-01'],
    ['r7-5-1', '2025-05-01'],
    ['Ｒ７．５．１', '2025-05-01'],
    ['S20.3.3', '1945-03-03'],
    ['大正15年12月24日', '1926-12-24'],
    ['昭和元年12月25日', '1926-12-25'],
    ['昭和64年1月7日', '1989-01-07'],
    ['平成元年1月8日', '1989-01-08'],
    ['平成31年4月30日', '2019-04-30'],
    ['明治45年7月29日', '1912-07-29'],
    ['大正元年7月30日', '1912-07-30'],
  ])('%s → %s', (text, iso) => {
    const r = parseWareki(text);
    expect(r.ok && r.value.precision === 'day' && r.value.date).toBe(iso);
  });
  it('month precision', () => {
    expect(parseWareki('R7.5')).toEqual({
      ok: true,
      value: { precision: 'month', era: '令和', yearMonth: '2025-05' },
    });
    expect(parseWareki('令和6年4月')).toMatchObject({ ok: true, value: { yearMonth: '2024-04' } });
    expect(parseWareki('平成31年4月').ok).toBe(true);
    expect(parseWareki('令和元年4月').ok).toBe(false);
  });
  it.each([
    '平成31年5月1日',
    '令和元年4月30日',
    '昭和64年1月8日',
    '平成元年1月7日',
    '大正15年12月25日',
    '令和7年2月29日',
    '令和0年1月1日',
    '明治5年1月1日',
    '慶応4年1月1日',
    '',
    'R7',
    '令和7年13月1日',
  ])('rejects %s', (text) => expect(parseWareki(text).ok).toBe(false));
  it('never throws on non-strings', () => {
    for (const v of [undefined, null, 7, {}, []]) expect(parseWareki(v).ok).toBe(false);
  });
});

describe('formatWareki', () => {
  it('uses 元年 and letters', () => {
    expect(formatWareki(isoDate('2019-05-01'))).toEqual({ ok: true, value: '令和元年5月1日' });
    expect(formatWareki(isoDate('2019-04-30'))).toEqual({ ok: true, value: '平成31年4月30日' });
    expect(formatWareki(isoDate('1945-03-03'), 'letter')).toEqual({ ok: true, value: 'S20.3.3' });
    expect(formatWareki('1872-12-31' as IsoDate).ok).toBe(false);
  });
  it('round-trips every day 1900-01-01..2035-12-31 in both styles', () => {
    let d = isoDate('1900-01-01');
    let n = 0;
    while (d <= '2035-12-31') {
      for (const style of ['kanji', 'letter'] as const) {
        const text = formatWareki(d, style);
        if (!text.ok) throw new Error(`format ${d}`);
        const back = parseWareki(text.value);
        if (!back.ok || back.value.precision !== 'day' || back.value.date !== d)
          throw new Error(`${d} ${text.value}`);
      }
      d = addDays(d, 1);
      n++;
    }
    expect(n).toBe(49673);
  });
  it('era boundaries are day-exact', () => {
    expect(eraOf(isoDate('1989-01-07'))?.name).toBe('昭和');
    expect(eraOf(isoDate('1989-01-08'))?.name).toBe('平成');
    expect(eraOf(isoDate('2019-04-30'))?.name).toBe('平成');
    expect(eraOf(isoDate('2019-05-01'))?.name).toBe('令和');
  });
});

describe('parseDateInput', () => {
  it.each([
    ['2025-05-01', '2025-05-01'],
    ['2025/5/1', '2025-05-01'],
    ['2025年5月1日', '2025-05-01'],
    ['R7.5.1', '2025-05-01'],
    ['令和７年５月１日', '2025-05-01'],
  ])('%s', (text, iso) => expect(parseDateInput(text)).toEqual({ ok: true, value: iso }));
  it('rejects month precision and impossible dates', () => {
    expect(parseDateInput('R7.5').ok).toBe(false);
    expect(parseDateInput('2025/2/30').ok).toBe(false);
  });
  it('property: any ISO day parses to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60000 }), (n) => {
        const d = addDays(isoDate('1900-01-01'), n);
        const r = parseDateInput(d);
        return r.ok && r.value === d;
      }),
    );
  });
});
