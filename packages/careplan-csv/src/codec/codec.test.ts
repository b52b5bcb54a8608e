import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { parseCsvText, quoteText } from './csvText';
import { decodeMs932, encodeMs932, findUnencodable, isMs932Encodable } from './ms932';

function ms932Bytes(text: string): Uint8Array {
  const r = encodeMs932(text);
  if (!r.ok) throw new Error('not MS932');
  return r.bytes;
}

describe('parseCsvText', () => {
  it('splits fields, keeps commas, quotes and line breaks inside quotes', () => {
    const r = parseCsvText('202407,"a,""b""\r\nc",,x\r\n202407,,"",y\r\n');
    expect(r.rows.map((row) => row.fields)).toEqual([
      ['202407', 'a,"b"\r\nc', '', 'x'],
      ['202407', '', '', 'y'],
    ]);
    expect(r.rows.map((row) => row.line)).toEqual([1, 3]);
    expect(r.nonCrlfLineBreaks).toBe(false);
  });
  it('accepts LF and a missing final line break, and reports blank lines', () => {
    const r = parseCsvText('a,b\n\nc,d');
    expect(r.rows.map((row) => row.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(r.blankLines).toEqual([2]);
    expect(r.nonCrlfLineBreaks).toBe(true);
  });
  it('keeps a trailing empty field', () => {
    expect(parseCsvText('a,\r\n').rows[0]?.fields).toEqual(['a', '']);
    expect(parseCsvText('a,').rows[0]?.fields).toEqual(['a', '']);
  });
  it('reports quote errors with line and column, and continues', () => {
    const r = parseCsvText('1,"ab"c,3\r\n1,a"b,3\r\n1,2,3\r\n1,"open\r\n');
    expect(r.rows[0]?.syntaxError).toEqual({ code: 'quote.trailing', column: 2, line: 1 });
    expect(r.rows[1]?.syntaxError).toEqual({ code: 'quote.inUnquoted', column: 2, line: 2 });
    expect(r.rows[2]?.syntaxError).toBeUndefined();
    expect(r.rows[3]?.syntaxError).toEqual({ code: 'quote.unterminated', column: 2, line: 4 });
  });
  it('an unterminated quote is reported where it opened and does not swallow the next records', () => {
    // The quote of line 2 never closes on its line; the next quote (line 3) would otherwise close it.
    const r = parseCsvText('1,a\r\n2,"open,x\r\n3,"ok",y\r\n4,b\r\n');
    expect(r.rows.map((row) => [row.line, row.fields, row.syntaxError])).toEqual([
      [1, ['1', 'a'], undefined],
      [2, ['2', 'open,x'], { code: 'quote.unterminated', column: 2, line: 2 }],
      [3, ['3', 'ok', 'y'], undefined],
      [4, ['4', 'b'], undefined],
    ]);
    // To the end of the file: the same cut, every following line is still read.
    const e = parseCsvText('1,"open\n2,b\n3,c\n');
    expect(e.rows.map((row) => [row.line, row.fields, row.syntaxError?.line])).toEqual([
      [1, ['1', 'open'], 1],
      [2, ['2', 'b'], undefined],
      [3, ['3', 'c'], undefined],
    ]);
    // A quoted value that spans lines and closes properly is one record (free text keeps line breaks).
    const ok = parseCsvText('1,"a\r\nb",c\r\n2,d\r\n');
    expect(ok.rows.map((row) => [row.line, row.fields, row.syntaxError])).toEqual([
      [1, ['1', 'a\r\nb', 'c'], undefined],
      [3, ['2', 'd'], undefined],
    ]);
  });
  it('treats a non-string as empty text (never throws)', () => {
    expect(parseCsvText(42 as never)).toEqual({
      rows: [],
      blankLines: [],
      nonCrlfLineBreaks: false,
    });
  });
  it('quoteText ∘ parse is the identity on any text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 5 }),
        (fields) => {
          const line = `${fields.map(quoteText).join(',')}\r\n`;
          expect(parseCsvText(line).rows[0]?.fields).toEqual(fields);
        },
      ),
    );
  });
});

describe('MS932', () => {
  it('knows the Microsoft extensions and the characters MS932 lacks', () => {
    for (const ch of ['①', 'Ⅰ', '㈱', '髙', '﨑', '～', '－', '∥', '￢', 'ｱ', '\\', '~']) {
      expect(isMs932Encodable(ch.codePointAt(0) ?? 0)).toBe(true);
    }
    // 〜 U+301C, — U+2014, ¥ U+00A5 (iconv would write 0x5C = \), emoji, 𠮷, 外字 (private use).
    for (const ch of ['〜', '—', '¥', '😀', '𠮷', '\uE000']) {
      expect(isMs932Encodable(ch.codePointAt(0) ?? 0)).toBe(false);
    }
  });
  it('encodeMs932 never substitutes: unencodable characters come back with positions', () => {
    for (const [text, expected] of [
      ['波〜', [{ position: 2, codePoint: 'U+301C' }]],
      ['𠮷田', [{ position: 1, codePoint: 'U+20BB7' }]],
      ['a😀b', [{ position: 2, codePoint: 'U+1F600' }]],
      ['x\uD800y', [{ position: 2, codePoint: 'U+D800' }]], // lone high surrogate
      ['\uDC00', [{ position: 1, codePoint: 'U+DC00' }]], // lone low surrogate
      [
        '¥\uE000',
        [
          { position: 1, codePoint: 'U+00A5' },
          { position: 2, codePoint: 'U+E000' },
        ],
      ],
    ] as const) {
      const r = encodeMs932(text);
      expect(r.ok, text).toBe(false);
      if (r.ok) continue;
      expect(r.unencodable).toEqual(expected);
      expect(r.issues.map((i) => [i.code, i.position, i.codePoint])).toEqual(
        expected.map((u) => ['encoding.unencodable', u.position, u.codePoint]),
      );
      for (const i of r.issues) expect(i.message).not.toContain(text);
    }
    expect(encodeMs932('ア①')).toEqual({
      ok: true,
      bytes: new Uint8Array([0x83, 0x41, 0x87, 0x40]),
    });
    expect(encodeMs932('')).toEqual({ ok: true, bytes: new Uint8Array(0) });
    for (const v of [undefined, null, 1, {}, ['a']]) {
      const r = encodeMs932(v);
      expect(r.ok ? '' : r.issues[0]?.code).toBe('text.type');
    }
  });
  it('findUnencodable gives code-point positions', () => {
    expect(findUnencodable('𠮷野〜')).toEqual([
      { position: 1, codePoint: 'U+20BB7' },
      { position: 3, codePoint: 'U+301C' },
    ]);
  });
  it('decodes MS932 and rejects UTF-8, BOMs and UTF-16', () => {
    const sjis = ms932Bytes('202407,"試験　花子"\r\n');
    expect(decodeMs932(sjis)).toEqual({
      ok: true,
      text: '202407,"試験　花子"\r\n',
      suspicious: false,
    });
    const utf8 = new TextEncoder().encode('202407,"試験"\r\n');
    const r = decodeMs932(utf8, 'X.CSV');
    expect(r.ok ? '' : r.issue.code).toBe('encoding.utf8');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...ms932Bytes('202407')]);
    const b = decodeMs932(bom);
    expect(b.ok ? '' : b.issue.code).toBe('encoding.utf8Bom');
    const u16 = new Uint8Array([0xff, 0xfe, 0x32, 0x00]);
    const c = decodeMs932(u16);
    expect(c.ok ? '' : c.issue.code).toBe('encoding.utf16');
    const empty = decodeMs932(new Uint8Array(0));
    expect(empty.ok ? '' : empty.issue.code).toBe('file.empty');
    const notBytes = decodeMs932('202407' as never);
    expect(notBytes.ok ? '' : notBytes.issue.code).toBe('file.type');
    const nul = new Uint8Array([0x32, 0x00, 0x30, 0x00]);
    const d = decodeMs932(nul);
    expect(d.ok ? '' : d.issue.code).toBe('encoding.binary');
  });
  it('flags invalid MS932 bytes and 外字 as suspicious', () => {
    expect(
      decodeMs932(new Uint8Array([0x41, 0x85, 0x40])).ok &&
        decodeMs932(new Uint8Array([0x41, 0x85, 0x40])),
    ).toMatchObject({ suspicious: true });
    const gaiji = decodeMs932(new Uint8Array([0xf0, 0x40]));
    expect(gaiji).toMatchObject({ ok: true, suspicious: true });
  });
  it('round-trips every encodable string (property)', () => {
    const ms932Char = fc
      .integer({ min: 0x20, max: 0xffff })
      .filter((cp) => (cp < 0xd800 || cp > 0xdfff) && isMs932Encodable(cp))
      .map((cp) => String.fromCodePoint(cp));
    fc.assert(
      fc.property(
        fc.array(ms932Char, { maxLength: 30 }).map((a) => a.join('')),
        (s) => {
          const bytes = ms932Bytes(s);
          expect(iconv.decode(Buffer.from(bytes), 'cp932')).toBe(s);
          const d = decodeMs932(bytes);
          if (s === '') expect(d.ok ? '' : d.issue.code).toBe('file.empty');
          else expect(d).toEqual({ ok: true, text: s, suspicious: false });
        },
      ),
    );
  });
});
