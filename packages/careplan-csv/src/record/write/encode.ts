// The one place where writeCsv turns characters into bytes: the per-field character check (with the caller's
// substitution table) and the MS932 encoding of the whole text. A receiver profile (stricter than MS932, e.g.
// JIS X 0208 only) plugs in here: `checkFieldCharacters` decides which characters a field may carry.
import type { CsvIssue } from '../../codec/issue';
import { findUnencodable, isMs932Encodable } from '../../codec/ms932';
import { Ms932Unavailable, codePointLabel, encodeMs932Checked } from '../../codec/ms932Table';

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
// What the reader refuses in a whole file (NUL) or reads as broken bytes (U+0080, 外字 in the private use area):
// refused per field here, so the writer never makes a file the reader rejects.
// eslint-disable-next-line no-control-regex
const UNREADABLE_CHAR = /[\u0000\u0080\uE000-\uF8FF]/u;

type Where = Pick<CsvIssue, 'file' | 'line' | 'column' | 'field' | 'key'>;

/**
 * Checks (and, with a substitution table, replaces) the characters of one field's text; returns the text to
 * write. Findings name the field, the character position and the code point, never the character itself.
 */
export function checkFieldCharacters(
  text: string,
  fieldName: string,
  where: () => Where,
  substitutions: ReadonlyMap<string, string> | undefined,
  issues: CsvIssue[],
): string {
  if (ASCII.test(text) && !text.includes('\u0000')) return text;
  let out = text;
  if (substitutions) {
    let replaced = '';
    let position = 0;
    for (const ch of out) {
      position++;
      const to = substitutions.get(ch);
      const cp = ch.codePointAt(0) ?? 0;
      if (to !== undefined && !isMs932Encodable(cp)) {
        replaced += to;
        issues.push({
          code: 'encoding.substituted',
          severity: 'warning',
          message: `${fieldName}: MS932 にない文字を置き換え表に従って置き換えました（${position}文字目）。`,
          ...where(),
          position,
          codePoint: codePointLabel(cp),
        });
      } else replaced += ch;
    }
    out = replaced;
  }
  if (UNREADABLE_CHAR.test(out)) {
    let position = 0;
    for (const ch of out) {
      position++;
      if (!UNREADABLE_CHAR.test(ch)) continue;
      issues.push({
        code: 'encoding.unreadableChar',
        severity: 'error',
        message: `${fieldName}: 読み込みで拒否される文字（NUL、U+0080、外字）があります（${position}文字目）。`,
        ...where(),
        position,
        codePoint: codePointLabel(ch.codePointAt(0) ?? 0),
      });
    }
  }
  if (ASCII.test(out)) return out;
  for (const u of findUnencodable(out)) {
    // Already reported above (外字 in the private use area is also outside MS932's standard set).
    if (UNREADABLE_CHAR.test(String.fromCodePoint(Number.parseInt(u.codePoint.slice(2), 16))))
      continue;
    issues.push({
      code: 'encoding.unencodable',
      severity: 'error',
      message: `${fieldName}: Shift-JIS（MS932）で表せない文字があります（${u.position}文字目）。MS932 の文字に置き換えてください。`,
      ...where(),
      position: u.position,
      codePoint: u.codePoint,
    });
  }
  return out;
}

/** The MS932 bytes of the whole file, or a finding (no table in this runtime, out of memory, an unencodable char). */
export function encodePhase(
  text: string,
  at: { readonly file?: string },
):
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly issue: CsvIssue } {
  let bytes: Uint8Array | undefined;
  try {
    bytes = encodeMs932Checked(text);
  } catch (error) {
    return {
      ok: false,
      issue: {
        code: error instanceof Ms932Unavailable ? 'encoding.unavailable' : 'encoding.failed',
        severity: 'error',
        message:
          'Shift-JIS（MS932）に変換できません（この実行環境に文字コード表がないか、メモリ不足）。',
        ...at,
      },
    };
  }
  if (!bytes) {
    // Unreachable when every field was checked; never write a substitute byte.
    return {
      ok: false,
      issue: {
        code: 'encoding.unencodable',
        severity: 'error',
        message: 'Shift-JIS（MS932）で表せない文字があります。',
        ...at,
      },
    };
  }
  return { ok: true, bytes };
}
