import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { YearMonth } from '@kaigo/core';
import { FILE_LAYOUTS } from '../layout/registry';
import type { FilePrefix } from '../layout/registry';
import {
  buildFileName,
  buildImageFileName,
  isValidTimestamp,
  parseFileName,
  parseImageFileName,
} from './fileName';

const sender = { officeNumber: '0300000100', serviceType: '43' };
const receiver = { officeNumber: '0300000005', serviceType: '11' };

describe('file names', () => {
  it('parses the spec examples', () => {
    for (const name of [
      'UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV',
      'UPHOSOKU_201909_0300000100_43_0300000005_11_20191025200201.CSV',
      'UP1KYO_0300000100_43_0300000005_11_20191025200201.CSV',
      'UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV',
      'UPJSK_201912_0300000005_43_0300000100_11_20191025200201.CSV',
      'UPKIHON_0300000100_43_0300000005_11_20191025200201.CSV',
      'UPKIHON_SUB1_0300000100_43_0300000005_11_20191025200201.CSV',
      'UPYOBO_SUB_0300000100_43_0300000005_11_20191025200201.CSV',
      'DLTYOBO_0300000100_43_0300000005_11_20191025200201.CSV',
    ]) {
      const r = parseFileName(name);
      expect(r.ok, name).toBe(true);
      if (r.ok) expect(buildFileName(r.value)).toEqual({ ok: true, value: name });
    }
    const sub = parseFileName('UPYOBO_SUB_0300000100_43_0300000005_11_20191025200201.CSV');
    expect(sub.ok && sub.value.prefix).toBe('UPYOBO_SUB');
    const hosoku = parseFileName('UPHOSOKU_201909_0300000100_43_0300000005_11_20191025200201.CSV');
    expect(hosoku.ok && hosoku.value.month).toBe('2019-09');
  });
  it('rejects names that break the rules', () => {
    for (const [name, code] of [
      ['UPKIHON_000000_123456789_43_0300000005_11_20191025200201.CSV', 'fileName.parts'],
      ['UPKIHON_030000010_43_0300000005_11_20191025200201.CSV', 'fileName.party'],
      ['UPPLAN_0300000100_43_0300000005_11_20191025200201.CSV', 'fileName.parts'],
      ['UPPLAN_000000_0300000100_43_0300000005_11_20191025200201.CSV', 'fileName.month'],
      ['UP1KYO_0300000100_43_0300000005_11_20190230200201.CSV', 'fileName.timestamp'],
      ['UP1KYO_0300000100_43_0300000005_11_20191025200201.TXT', 'fileName.extension'],
      ['UP9KYO_0300000100_43_0300000005_11_20191025200201.CSV', 'fileName.prefix'],
      ['UPPLAN_0300000100_43_0300000005_11_20191025200201', 'fileName.extension'],
    ] as const) {
      const r = parseFileName(name);
      expect(r.ok ? 'ok' : r.error.code, name).toBe(code);
    }
    expect(parseFileName(42).ok).toBe(false);
    expect(
      buildFileName({ prefix: 'UPPLAN', sender, receiver, timestamp: '20191025200201' }).ok,
    ).toBe(false);
    expect(
      buildFileName({
        prefix: 'UP1KYO',
        month: '2019-12' as YearMonth,
        sender,
        receiver,
        timestamp: '20191025200201',
      }).ok,
    ).toBe(false);
  });
  it('accepts a lower-case extension and ignores directories', () => {
    const r = parseFileName('C:\\in\\UP2KYO_0300000100_43_0300000005_11_20191025200201.csv');
    expect(r.ok && r.value.prefix).toBe('UP2KYO');
  });
  it('build ∘ parse is the identity for every file kind (property)', () => {
    const office = fc.stringMatching(/^\d{10}$/);
    const type = fc.stringMatching(/^[0-9A-Z]{2}$/);
    const ts = fc
      .record({
        y: fc.integer({ min: 2000, max: 2099 }),
        mo: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
        h: fc.integer({ min: 0, max: 23 }),
        mi: fc.integer({ min: 0, max: 59 }),
        s: fc.integer({ min: 0, max: 59 }),
      })
      .map((t) =>
        [t.y, t.mo, t.d, t.h, t.mi, t.s]
          .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
          .join(''),
      );
    const month = fc
      .record({ y: fc.integer({ min: 2000, max: 2099 }), m: fc.integer({ min: 1, max: 12 }) })
      .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}` as YearMonth);
    fc.assert(
      fc.property(
        fc.constantFrom(...FILE_LAYOUTS),
        office,
        type,
        office,
        type,
        ts,
        fc.option(month, { nil: undefined }),
        (layout, so, st, ro, rt, timestamp, m) => {
          const name = {
            prefix: layout.prefix as FilePrefix,
            ...(layout.monthSegment === 'none' ||
            (m === undefined && layout.monthSegment === 'optional')
              ? {}
              : { month: m ?? ('2025-04' as YearMonth) }),
            sender: { officeNumber: so, serviceType: st },
            receiver: { officeNumber: ro, serviceType: rt },
            timestamp,
          };
          const built = buildFileName(name);
          expect(built.ok).toBe(true);
          if (built.ok) expect(parseFileName(built.value)).toEqual({ ok: true, value: name });
        },
      ),
    );
  });
  it('image file names', () => {
    const img = buildImageFileName({
      parent: { sender, receiver, timestamp: '20191025200201' },
      branch: 1,
    });
    expect(img).toEqual({
      ok: true,
      value: 'UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.jpg',
    });
    const back = parseImageFileName(
      'UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.JPG',
    );
    expect(back).toEqual({
      ok: true,
      value: { parent: { sender, receiver, timestamp: '20191025200201' }, branch: 1 },
    });
    expect(
      buildImageFileName({ parent: { sender, receiver, timestamp: '20191025200201' }, branch: 0 })
        .ok,
    ).toBe(false);
    expect(parseImageFileName('UPKIHON_IMAGE_x.jpg').ok).toBe(false);
  });
  it('timestamps are real date-times', () => {
    expect(isValidTimestamp('20240229235959')).toBe(true);
    expect(isValidTimestamp('20230229000000')).toBe(false);
    expect(isValidTimestamp('20240101240000')).toBe(false);
    expect(isValidTimestamp(20240101000000)).toBe(false);
  });
});
