// Exhaustive equivalence of the pure-JS MS932 (Windows-31J) codec with iconv-lite's cp932 (a devDependency kept
// only for this proof). Every single byte and every two-byte sequence is decoded by both; every BMP code point,
// every surrogate and a sample of astral code points is encoded by both. The only differences are the documented
// ones (README「文字コード」):
//   1. An invalid lead byte followed by a non-ASCII byte: one U+FFFD (WHATWG, as browsers and Windows read it);
//      iconv-lite gives U+FFFD and then reads the second byte again (as half-width katakana, U+0080, or U+FFFD).
//   2. 外字 F941–F9FC: U+E69D–U+E757 (Windows, WHATWG: the whole user-defined area F040–F9FC is U+E000–U+E757);
//      iconv-lite's table stops at F940 and gives U+FFFD (then re-reads the second byte).
// In both cases both results carry a character the reader flags (U+FFFD, U+0080 or private use), so readCsv reports
// the same field with the same code whichever decoder is used.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeMs932, encodeMs932, isMs932Encodable } from './ms932';
import { decodeMs932Bytes } from './ms932Table';

const SUSPICIOUS = /[\uFFFD\u0080\uE000-\uF8FF]/;
const iconvDecode = (bytes: Uint8Array): string => iconv.decode(Buffer.from(bytes), 'cp932');
const isLead = (b: number): boolean => (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);

describe('MS932 codec ≡ iconv-lite cp932 (exhaustive)', () => {
  it('decodes every single byte the same way', () => {
    for (let b = 0; b < 0x100; b++) {
      const bytes = new Uint8Array([b]);
      expect(decodeMs932Bytes(bytes), `0x${b.toString(16)}`).toBe(iconvDecode(bytes));
    }
  });

  it('decodes every two-byte sequence the same way, except the two documented classes', () => {
    const invalidPair: string[] = [];
    const eudcTail: string[] = [];
    for (let lead = 0; lead < 0x100; lead++) {
      for (let trail = 0; trail < 0x100; trail++) {
        const bytes = new Uint8Array([lead, trail]);
        const ours = decodeMs932Bytes(bytes);
        const theirs = iconvDecode(bytes);
        if (ours === theirs) continue;
        const where = `${lead.toString(16)}${trail.toString(16).padStart(2, '0')}`;
        // Both sides are flagged by the reader.
        expect(SUSPICIOUS.test(ours), where).toBe(true);
        expect(SUSPICIOUS.test(theirs), where).toBe(true);
        if (lead === 0xf9 && trail >= 0x41 && trail !== 0x7f && trail <= 0xfc) {
          expect(ours, where).toBe(
            String.fromCharCode(0xe000 + 1692 + trail - (trail < 0x7f ? 0x40 : 0x41)),
          );
          expect(theirs.startsWith('\uFFFD'), where).toBe(true);
          eudcTail.push(where);
        } else {
          expect(isLead(lead) && trail >= 0x80, where).toBe(true);
          expect(ours, where).toBe('\uFFFD');
          expect(theirs, where).toBe(`\uFFFD${iconvDecode(new Uint8Array([trail]))}`);
          invalidPair.push(where);
        }
      }
    }
    expect(eudcTail.length).toBe(187); // F941–F9FC without F97F
    expect(invalidPair.length).toBe(1364);
  });

  it('decodes all valid pairs in one buffer exactly as iconv-lite does', () => {
    const parts: number[] = [];
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (!isLead(lead)) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const ours = decodeMs932Bytes(new Uint8Array([lead, trail]));
        if (ours.length === 1 && !SUSPICIOUS.test(ours)) parts.push(lead, trail, 0x2c);
      }
    }
    const bytes = new Uint8Array(parts);
    expect(parts.length / 3).toBe(7_724); // mapped pairs outside 外字, duplicates included
    expect(decodeMs932Bytes(bytes)).toBe(iconvDecode(bytes));
    const d = decodeMs932(bytes);
    expect(d.ok && d.text).toBe(iconvDecode(bytes));
  });

  it('encodes every BMP code point, every surrogate and astral code points as iconv-lite does (round-trip rule)', () => {
    let encodable = 0;
    let all = '';
    const mismatches: string[] = [];
    const check = (cp: number): void => {
      const ch = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      const theirs = iconv.encode(ch, 'cp932');
      // iconv-lite substitutes (`?`, best fit ¥ → 0x5C): a character is encodable when it decodes back to itself.
      // 外字 (private use) and U+0080 are refused on purpose (the spec forbids 外字; 0x80 is not a character).
      const theirsOk =
        cp !== 0x80 && !(cp >= 0xe000 && cp <= 0xf8ff) && iconv.decode(theirs, 'cp932') === ch;
      const ours = encodeMs932(ch);
      const label = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      if (isMs932Encodable(cp) !== theirsOk || ours.ok !== theirsOk) mismatches.push(`${label} ok`);
      else if (ours.ok) {
        if (!Buffer.from(ours.bytes).equals(theirs)) mismatches.push(`${label} bytes`);
        encodable++;
        if (cp >= 0x20) all += ch;
      } else if (ours.unencodable.length !== 1 || ours.unencodable[0]?.codePoint !== label)
        mismatches.push(`${label} report`);
    };
    for (let cp = 0; cp <= 0xffff; cp++) check(cp);
    for (let cp = 0x10000; cp <= 0x10ffff; cp += 0x101) check(cp);
    for (const cp of [0x20bb7, 0x1f600, 0x1f468, 0x2000b, 0x10ffff]) check(cp);
    expect(mismatches).toEqual([]);
    expect(encodable).toBe(128 + 63 + 7_326); // ASCII, half-width katakana, double-byte characters
    // One long string: the same bytes, and back to the same text.
    const r = encodeMs932(all);
    expect(r.ok && Buffer.from(r.bytes).equals(iconv.encode(all, 'cp932'))).toBe(true);
    expect(r.ok && decodeMs932Bytes(r.bytes)).toBe(all);
  }, 60_000);

  it('duplicates resolve as Windows does (NEC row 13 / IBM extensions, never NEC-selected IBM ED/EE)', () => {
    const bytesOf = (ch: string): number[] => {
      const r = encodeMs932(ch);
      return r.ok ? [...r.bytes] : [];
    };
    expect(bytesOf('∵')).toEqual([0x81, 0xe6]); // also 879A, FA5B
    expect(bytesOf('￢')).toEqual([0x81, 0xca]); // also EEF9, FA54
    expect(bytesOf('Ⅰ')).toEqual([0x87, 0x54]); // also FA4A
    expect(bytesOf('ⅰ')).toEqual([0xfa, 0x40]); // also EEEF
    expect(bytesOf('纊')).toEqual([0xfa, 0x5c]); // also ED40
    expect(bytesOf('㈱')).toEqual([0x87, 0x8a]); // also FA58
  });
});
