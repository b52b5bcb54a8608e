import type { CsvIssue } from './issue';
import {
  Ms932Unavailable,
  codePointLabel,
  decodeMs932Bytes,
  encodeMs932Checked,
  isEncodableCodePoint,
} from './ms932Table';

const UNAVAILABLE_MESSAGE =
  'この実行環境には Shift-JIS（MS932）の文字コード表（TextDecoder の shift_jis）がありません。';

/**
 * 文字（コードポイント）が MS932（Windows-31J、CP932）で表せるか。変換して戻したときに同じ文字になるものだけを表せるとみなす
 * （`¥` U+00A5 は 0x5C になり `\` に戻るので表せない。外字（私用領域）と、未定義のバイト 0x80 に当たる U+0080 も表せないとする）。
 * 数でない値・範囲外の値は false（例外を投げない）。
 *
 * @source mhlw-careplan-csv-v4 別紙 文字コード（Shift-JIS（MS932）の範囲外の文字は含まない。外字は不可）
 * @example
 * ```ts
 * isMs932Encodable('①'.codePointAt(0)!); // => true（NEC 特殊文字）
 * isMs932Encodable('〜'.codePointAt(0)!); // => false（U+301C。MS932 の「～」は U+FF5E）
 * ```
 */
export function isMs932Encodable(codePoint: unknown): boolean {
  if (typeof codePoint !== 'number' || !Number.isInteger(codePoint)) return false;
  try {
    return isEncodableCodePoint(codePoint);
  } catch {
    return false; // no Shift_JIS table on this platform: nothing beyond ASCII can be vouched for
  }
}

/** 文字列の中で MS932 で表せない文字の位置（1 始まりの文字位置とコードポイント）。 */
export interface UnencodableChar {
  /** 1 始まりの文字位置（コードポイント単位。対になっていないサロゲートは1文字と数える）。 */
  readonly position: number;
  /** `U+XXXX` 形式。 */
  readonly codePoint: string;
}

/**
 * 文字列の中で MS932 で表せない文字をすべて返す（なければ空配列）。対になっていないサロゲート、絵文字、
 * 第3・第4水準の一部（𠮷 など）、外字を含む。型つきの補助関数: 文字列でない値には空配列を返す（例外を投げない）。
 *
 * @example
 * ```ts
 * findUnencodable('髙橋〜'); // => [{ position: 3, codePoint: 'U+301C' }]
 * ```
 */
export function findUnencodable(text: string): UnencodableChar[] {
  const out: UnencodableChar[] = [];
  if (typeof text !== 'string') return out;
  let position = 0;
  for (const ch of text) {
    position++;
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x80 && !isMs932Encodable(cp)) out.push({ position, codePoint: codePointLabel(cp) });
  }
  return out;
}

/**
 * {@link encodeMs932} の結果。表せない文字が1つでもあればバイト列を作らず、その文字の位置とコードポイントをすべて返す
 * （`?` などに置き換えない。どう直すかは呼び出し側が決める）。
 */
export type Ms932EncodeResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | {
      readonly ok: false;
      /** 表せない文字（文字列でないときは空）。 */
      readonly unencodable: readonly UnencodableChar[];
      /** 指摘（表せない文字ごとに `encoding.unencodable`、または `text.type`・`encoding.unavailable`）。 */
      readonly issues: readonly CsvIssue[];
    };

/**
 * 文字列を MS932（Windows-31J）のバイト列にする。どんな入力でも例外を投げない。MS932 で表せない文字
 * （`〜` U+301C、`𠮷`、絵文字、対になっていないサロゲート、外字）が1つでもあれば、**置き換えずに** `ok: false` と
 * その文字の位置（1 始まりの文字位置）・コードポイントを返す。指摘のメッセージに文字そのものは含めない。
 * 重複のある文字（NEC 特殊文字と IBM 拡張など）は Windows と同じバイトにする（WHATWG の Shift_JIS 符号化と同じ規則）。
 *
 * @source mhlw-careplan-csv-v4 別紙 文字コード（Shift-JIS（MS932）の範囲外の文字は含まない）
 * @example
 * ```ts
 * encodeMs932('ア'); // => { ok: true, bytes: Uint8Array [0x83, 0x41] }
 * encodeMs932('波〜'); // => { ok: false, unencodable: [{ position: 2, codePoint: 'U+301C' }], issues: [...] }
 * ```
 */
export function encodeMs932(text: unknown): Ms932EncodeResult {
  if (typeof text !== 'string') {
    return {
      ok: false,
      unencodable: [],
      issues: [{ code: 'text.type', severity: 'error', message: '文字列を指定してください。' }],
    };
  }
  try {
    const bytes = encodeMs932Checked(text);
    if (bytes) return { ok: true, bytes };
  } catch (error) {
    return { ok: false, unencodable: [], issues: [failureIssue(error)] };
  }
  const unencodable = findUnencodable(text);
  return {
    ok: false,
    unencodable,
    issues: unencodable.map((u) => ({
      code: 'encoding.unencodable',
      severity: 'error',
      message: `Shift-JIS（MS932）で表せない文字があります（${u.position}文字目）。`,
      position: u.position,
      codePoint: u.codePoint,
    })),
  };
}

/** {@link decodeMs932} の結果。 */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly suspicious: boolean }
  | { readonly ok: false; readonly issue: CsvIssue };

// Characters that can only come from bytes that are not valid MS932 text: U+FFFD (invalid sequence),
// U+0080 (the undefined byte 0x80, as the WHATWG decoder reads it) and the private use area (外字, F040–F9FC).
const SUSPICIOUS = /[\uFFFD\u0080\uE000-\uF8FF]/;

function failureIssue(error: unknown): CsvIssue {
  return error instanceof Ms932Unavailable
    ? { code: 'encoding.unavailable', severity: 'error', message: UNAVAILABLE_MESSAGE }
    : {
        code: 'encoding.failed',
        severity: 'error',
        message: '文字コードの変換ができませんでした（メモリ不足など）。',
      };
}

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
export function decodeMs932(input: unknown, file?: string): DecodeResult {
  const at = typeof file === 'string' ? { file } : {};
  const bytes = ArrayBuffer.isView(input) && input instanceof Uint8Array ? input : undefined;
  if (!bytes) {
    return {
      ok: false,
      issue: {
        code: 'file.type',
        severity: 'error',
        message: 'バイト列（Uint8Array）を指定してください。',
        ...at,
      },
    };
  }
  if (bytes.length === 0) {
    return {
      ok: false,
      issue: {
        code: 'file.empty',
        severity: 'error',
        message: 'ファイルが空です（0 バイト）。',
        ...at,
      },
    };
  }
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
  let text: string;
  try {
    text = decodeMs932Bytes(bytes);
  } catch (error) {
    return { ok: false, issue: { ...failureIssue(error), ...at } };
  }
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

/** MS932 として読めなかったバイトや外字を示す文字を含むか（文字列でなければ false）。 */
export function hasSuspiciousChar(value: unknown): boolean {
  return typeof value === 'string' && SUSPICIOUS.test(value);
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

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let k = 0; k < index; k++) if (bytes[k] === 0x0a) line++;
  return line;
}
