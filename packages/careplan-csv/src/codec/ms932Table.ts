/**
 * Internal: the MS932 (Windows-31J) tables and the raw byte loops. Not exported from the package: the public
 * functions in `ms932.ts` check every character first and never substitute.
 *
 * No Node built-ins: the tables are derived once, lazily, from the platform's WHATWG `TextDecoder('shift_jis')`
 * (browsers; Node.js with full ICU, the default build), and only for the double-byte sequences. Single bytes,
 * invalid sequences and 外字 (EUDC) follow the WHATWG Shift_JIS decoder algorithm here, in JavaScript, so every
 * platform reads the same bytes the same way (Node's ICU converter, unlike browsers, swaps the control bytes
 * 0x1A/0x1C/0x7F and swallows an ASCII byte after an invalid lead byte; doing the byte loop ourselves avoids both).
 */

/** Lead bytes 0x81–0x9F and 0xE0–0xFC; trail bytes 0x40–0x7E and 0x80–0xFC: 60 × 188 pointers. */
const POINTERS = 60 * 188;
/** WHATWG: pointers 8836–10715 are the user-defined area (外字, F040–F9FC), decoded to U+E000–U+E757. */
const EUDC_FIRST = 8836;
const EUDC_LAST = 10715;
/** WHATWG "index Shift_JIS pointer": the NEC-selected IBM extensions (ED40–EEFC) are never chosen when encoding. */
const NEC_IBM_FIRST = 8272;
const NEC_IBM_LAST = 8835;

/** Thrown (and caught by the public functions) when the platform has no Shift_JIS TextDecoder. */
export class Ms932Unavailable extends Error {}

let decodeTable: Uint16Array | undefined;
let encodeTable: Uint16Array | undefined;

function pointerBytes(pointer: number): [number, number] {
  const lead = Math.floor(pointer / 188);
  const trail = pointer % 188;
  return [lead + (lead < 0x1f ? 0x81 : 0xc1), trail + (trail < 0x3f ? 0x40 : 0x41)];
}

/** Pointer → UTF-16 code unit (0: no character). Built once from TextDecoder('shift_jis'). */
export function ms932DecodeTable(): Uint16Array {
  if (decodeTable) return decodeTable;
  let td: InstanceType<typeof TextDecoder>;
  try {
    td = new TextDecoder('shift_jis');
  } catch {
    throw new Ms932Unavailable('TextDecoder("shift_jis") is not available');
  }
  const table = new Uint16Array(POINTERS);
  // Every pair followed by LF, decoded in one call; each LF-separated segment is one pair's text. If the platform
  // ever consumed a separator (the count of segments is off), fall back to one call per pair.
  const buf = new Uint8Array(POINTERS * 3);
  for (let p = 0; p < POINTERS; p++) {
    const [lead, trail] = pointerBytes(p);
    buf[p * 3] = lead;
    buf[p * 3 + 1] = trail;
    buf[p * 3 + 2] = 0x0a;
  }
  let segments = td.decode(buf).split('\n');
  if (segments.length !== POINTERS + 1) {
    segments = [];
    for (let p = 0; p < POINTERS; p++) segments.push(td.decode(buf.subarray(p * 3, p * 3 + 2)));
  }
  for (let p = 0; p < POINTERS; p++) {
    if (p >= EUDC_FIRST && p <= EUDC_LAST) {
      table[p] = 0xe000 + p - EUDC_FIRST;
      continue;
    }
    const s = segments[p] ?? '';
    const u = s.charCodeAt(0);
    // One BMP character that is not a replacement and not a surrogate (never expected, but never trusted).
    if (s.length === 1 && u !== 0xfffd && (u < 0xd800 || u > 0xdfff) && u >= 0x80) table[p] = u;
  }
  decodeTable = table;
  return table;
}

/**
 * Code unit → MS932 bytes (`lead << 8 | trail`, or the single byte for half-width katakana; 0: not encodable).
 * Only characters that decode back to themselves are present: ASCII is handled by the caller, 外字 (private use)
 * and U+0080 are left out on purpose (the spec forbids 外字; 0x80 is not an MS932 character).
 */
export function ms932EncodeTable(): Uint16Array {
  if (encodeTable) return encodeTable;
  const dec = ms932DecodeTable();
  const table = new Uint16Array(0x10000);
  for (let b = 0xa1; b <= 0xdf; b++) table[0xff61 - 0xa1 + b] = b;
  const fallback: [number, number][] = [];
  for (let p = 0; p < POINTERS; p++) {
    const u = dec[p] ?? 0;
    if (u === 0 || (p >= EUDC_FIRST && p <= EUDC_LAST)) continue;
    if (p >= NEC_IBM_FIRST && p <= NEC_IBM_LAST) {
      fallback.push([u, p]);
      continue;
    }
    if (table[u] === 0) {
      const [lead, trail] = pointerBytes(p);
      table[u] = (lead << 8) | trail;
    }
  }
  // A character found only among the NEC-selected IBM extensions would still be encodable (none is, in
  // Windows-31J: each has an IBM extension twin at FA40–FC4B; kept so that no character is ever lost).
  for (const [u, p] of fallback) {
    if (table[u] === 0) {
      const [lead, trail] = pointerBytes(p);
      table[u] = (lead << 8) | trail;
    }
  }
  encodeTable = table;
  return table;
}

/** `U+XXXX` (at least 4 upper-case hex digits). */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let utf16: InstanceType<typeof TextDecoder> | undefined;
let ascii: InstanceType<typeof TextDecoder> | undefined;

function unitsToString(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) {
    utf16 ??= new TextDecoder('utf-16le');
    return utf16.decode(units.subarray(0, length));
  }
  let s = '';
  const CHUNK = 8192; // bounded argument lists: never spread an input-sized array
  for (let k = 0; k < length; k += CHUNK)
    s += String.fromCharCode.apply(
      null,
      units.subarray(k, Math.min(length, k + CHUNK)) as unknown as number[],
    );
  return s;
}

/**
 * WHATWG Shift_JIS decoder (https://encoding.spec.whatwg.org/#shift_jis-decoder) over the Windows-31J table:
 * ASCII and 0x80 as themselves, A1–DF half-width katakana, lead + trail through the table, 外字 to U+E000–U+E757,
 * anything else U+FFFD; an ASCII byte after a lead byte is never swallowed (it is read again as itself).
 */
export function decodeMs932Bytes(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint16Array(n);
  let o = 0;
  let k = 0;
  // ASCII-only prefix (the common case for codes and dates) without touching the table.
  while (k < n && (bytes[k] as number) < 0x80) out[o++] = bytes[k++] as number;
  if (k === n) {
    ascii ??= new TextDecoder('utf-8');
    return ascii.decode(bytes); // ASCII is UTF-8: a one-byte string, faster for everything downstream
  }
  const table = ms932DecodeTable();
  while (k < n) {
    const b = bytes[k++] as number;
    if (b < 0x81) {
      out[o++] = b; // ASCII and 0x80 (WHATWG; flagged as suspicious by the reader)
    } else if (b >= 0xa1 && b <= 0xdf) {
      out[o++] = 0xff61 - 0xa1 + b;
    } else if ((b <= 0x9f || (b >= 0xe0 && b <= 0xfc)) && k < n) {
      const t = bytes[k] as number;
      const u =
        (t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfc)
          ? (table[(b - (b < 0xa0 ? 0x81 : 0xc1)) * 188 + t - (t < 0x7f ? 0x40 : 0x41)] ?? 0)
          : 0;
      if (u !== 0) {
        out[o++] = u;
        k++;
      } else {
        out[o++] = 0xfffd;
        if (t >= 0x80) k++; // a non-ASCII trail byte is part of the error; an ASCII one is read again
      }
    } else {
      out[o++] = 0xfffd; // A0, FD–FF, or a lead byte at the end
    }
  }
  return unitsToString(out, o);
}

/**
 * Encodes text whose every character is known to be encodable; returns undefined (never a substitute byte) if
 * one is not, so a caller that skipped the check cannot lose a character.
 */
export function encodeMs932Checked(text: string): Uint8Array | undefined {
  const n = text.length;
  const out = new Uint8Array(n * 2);
  let o = 0;
  let table: Uint16Array | undefined;
  for (let k = 0; k < n; k++) {
    const u = text.charCodeAt(k);
    if (u < 0x80) {
      out[o++] = u;
      continue;
    }
    table ??= ms932EncodeTable();
    const v = table[u] ?? 0;
    if (v === 0) return undefined;
    if (v < 0x100) out[o++] = v;
    else {
      out[o++] = v >> 8;
      out[o++] = v & 0xff;
    }
  }
  return o === out.length ? out : out.slice(0, o);
}

/** Whether a code point is in the encode table (ASCII always; astral, surrogates, 外字, U+0080 never). */
export function isEncodableCodePoint(cp: number): boolean {
  if (cp < 0x80) return cp >= 0;
  if (cp > 0xffff) return false;
  return (ms932EncodeTable()[cp] ?? 0) !== 0;
}

/**
 * The bytes of a Uint8Array (a Node.js Buffer included) or an ArrayBuffer; undefined for anything else. Never
 * throws, never runs a Proxy trap for a real view (`ArrayBuffer.isView` reads an internal slot, not a property).
 */
export function toBytes(value: unknown): Uint8Array | undefined {
  if (ArrayBuffer.isView(value)) return value instanceof Uint8Array ? value : undefined;
  try {
    return value instanceof ArrayBuffer ? new Uint8Array(value) : undefined;
  } catch {
    return undefined;
  }
}
