import iconv from 'iconv-lite';
import type { CsvIssue } from './issue';

const ENCODING = 'cp932';
const encodable = new Map<number, boolean>();

/**
 * 文字（コードポイント）が MS932（CP932）で表せるか。変換して戻したときに同じ文字になるものだけを表せるとみなす
 * （`¥` U+00A5 は 0x5C になり `\` に戻るので表せない。外字（私用領域）と、未定義のバイト 0x80 に当たる U+0080 も表せないとする）。
 *
 * @source mhlw-careplan-csv-v4 別紙 文字コード（Shift-JIS（MS932）の範囲外の文字は含まない。外字は不可）
 * @example
 * ```ts
 * isMs932Encodable('①'.codePointAt(0)!); // => true（NEC 特殊文字）
 * isMs932Encodable('〜'.codePointAt(0)!); // => false（U+301C。MS932 の「～」は U+FF5E）
 * ```
 */
export function isMs932Encodable(codePoint: number): boolean {
  if (codePoint < 0x80) return true;
  let ok = encodable.get(codePoint);
  if (ok === undefined) {
    const ch = String.fromCodePoint(codePoint);
    ok =
      codePoint !== 0x80 &&
      !(codePoint >= 0xe000 && codePoint <= 0xf8ff) &&
      iconv.decode(iconv.encode(ch, ENCODING), ENCODING) === ch;
    encodable.set(codePoint, ok);
  }
  return ok;
}

/** 文字列の中で MS932 で表せない文字の位置（1 始まりの文字位置とコードポイント）。 */
export interface UnencodableChar {
  /** 1 始まりの文字位置（コードポイント単位）。 */
  readonly position: number;
  /** `U+XXXX` 形式。 */
  readonly codePoint: string;
}

/**
 * 文字列の中で MS932 で表せない文字をすべて返す（なければ空配列）。
 *
 * @example
 * ```ts
 * findUnencodable('髙橋〜'); // => [{ position: 3, codePoint: 'U+301C' }]
 * ```
 */
export function findUnencodable(text: string): UnencodableChar[] {
  const out: UnencodableChar[] = [];
  let position = 0;
  for (const ch of text) {
    position++;
    const cp = ch.codePointAt(0) ?? 0;
    if (!isMs932Encodable(cp)) {
      out.push({
        position,
        codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
      });
    }
  }
  return out;
}

/**
 * 文字列を MS932 のバイト列にする。表せない文字は事前に {@link findUnencodable} で検査すること
 * （この関数自体は `?` に置き換えてしまうため、公開の書き込み関数は必ず検査してから呼ぶ）。
 *
 * @example
 * ```ts
 * encodeMs932('ア'); // => Uint8Array [0x83, 0x41]
 * ```
 */
export function encodeMs932(text: string): Uint8Array {
  return iconv.encode(text, ENCODING);
}

/** {@link decodeMs932} の結果。 */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly suspicious: boolean }
  | { readonly ok: false; readonly issue: CsvIssue };

// Characters that can only come from bytes that are not valid MS932 text: U+FFFD (invalid sequence),
// U+0080 (iconv-lite maps the undefined byte 0x80 to it) and the private use area (外字, 0xF040–0xF9FC).
const SUSPICIOUS = /[\uFFFD\u0080\uE000-\uF8FF]/;

/**
 * バイト列を MS932 として読む。MS932 でないファイル（UTF-8 の BOM、UTF-8 の多バイト文字、UTF-16）はファイル全体の
 * 指摘を返す。MS932 として読めないバイトや外字が一部にあるときは `suspicious: true` を返し、項目ごとの指摘は
 * 行の読み込みで出す（{@link SUSPICIOUS_CHAR} を含む項目）。
 *
 * @source mhlw-careplan-csv-v4 別紙 文字コード（Shift-JIS（MS932））
 * @example
 * ```ts
 * decodeMs932(new Uint8Array([0x83, 0x41])); // => { ok: true, text: 'ア', suspicious: false }
 * decodeMs932(new TextEncoder().encode('ア')).ok; // => false（UTF-8）
 * ```
 */
export function decodeMs932(bytes: Uint8Array, file?: string): DecodeResult {
  const at = file === undefined ? {} : { file };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      ok: false,
      issue: {
        code: 'encoding.utf8Bom',
        severity: 'error',
        message:
          'ファイルの先頭に UTF-8 の BOM があります。UTF-8 のファイルは読めません。Shift-JIS（MS932）で保存し直してください。',
        ...at,
        line: 1,
      },
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      issue: {
        code: 'encoding.utf16',
        severity: 'error',
        message: 'ファイルが UTF-16 です。Shift-JIS（MS932）で保存し直してください。',
        ...at,
        line: 1,
      },
    };
  }
  let high = false;
  for (let k = 0; k < bytes.length; k++) {
    const b = bytes[k] ?? 0;
    if (b === 0) {
      return {
        ok: false,
        issue: {
          code: 'encoding.binary',
          severity: 'error',
          message:
            'ファイルに NUL バイトがあります（UTF-16 またはテキストでないファイル）。Shift-JIS（MS932）の CSV を指定してください。',
          ...at,
          line: lineOfByte(bytes, k),
        },
      };
    }
    if (b >= 0x80) high = true;
  }
  const text = high ? iconv.decode(bytes, ENCODING) : asciiText(bytes);
  const suspicious = high && SUSPICIOUS.test(text);
  if (high) {
    const utf8 = tryUtf8(bytes);
    if (utf8 !== undefined && looksLikeUtf8Japanese(utf8, suspicious)) {
      const firstWide = utf8.search(/[\u0800-\uffff]/);
      return {
        ok: false,
        issue: {
          code: 'encoding.utf8',
          severity: 'error',
          message:
            'ファイルが UTF-8 で書かれています。Shift-JIS（MS932）で保存し直してください（仕様は MS932 のみ）。',
          ...at,
          line: utf8.slice(0, firstWide).split('\n').length,
        },
      };
    }
  }
  return { ok: true, text, suspicious };
}

/** MS932 として読めなかったバイトや外字を示す文字を含むか。 */
export function hasSuspiciousChar(value: string): boolean {
  return SUSPICIOUS.test(value);
}

/** {@link hasSuspiciousChar} が見る文字（U+FFFD、U+0080、私用領域）。 */
export const SUSPICIOUS_CHAR = SUSPICIOUS;

const WIDE = /[\u0800-\uffff]/g;
const JAPANESE = /^[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]$/;

// Bytes that are valid UTF-8 with 3-byte characters are UTF-8 when reading them as MS932 fails, or when
// there are at least three such characters and all are Japanese (kana, kanji, full-width forms).
// Short runs of MS932 kanji can be valid UTF-8 by chance (about 1 in 1,000 random 2-character strings);
// real Japanese MS932 text almost never is.
function looksLikeUtf8Japanese(utf8: string, ms932Suspicious: boolean): boolean {
  const wide = utf8.match(WIDE) ?? [];
  if (wide.length === 0) return false;
  if (ms932Suspicious) return true;
  return wide.length >= 3 && wide.every((ch) => JAPANESE.test(ch));
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function asciiText(bytes: Uint8Array): string {
  let s = '';
  const CHUNK = 8192;
  for (let k = 0; k < bytes.length; k += CHUNK) {
    s += String.fromCharCode(...bytes.subarray(k, k + CHUNK));
  }
  return s;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let k = 0; k < index; k++) if (bytes[k] === 0x0a) line++;
  return line;
}
