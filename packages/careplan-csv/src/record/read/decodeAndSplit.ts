// Phases 1 and 2 of readCsv: bytes → text (MS932), text → physical rows (quotes, line breaks, blank lines).
import type { CsvIssue } from '../../codec/issue';
import type { TextRow } from '../../codec/csvText';
import { parseCsvText } from '../../codec/csvText';
import { decodeMs932 } from '../../codec/ms932';
import { toBytes } from '../../codec/ms932Table';

/** The decoded text, or undefined after an issue (not bytes, not MS932). */
export function decodePhase(
  bytesIn: unknown,
  at: { readonly file?: string },
  issues: CsvIssue[],
): { readonly text: string; readonly suspicious: boolean } | undefined {
  const bytes = toBytes(bytesIn);
  if (!bytes) {
    issues.push({
      code: 'file.type',
      severity: 'error',
      message: 'バイト列（Uint8Array または ArrayBuffer）を指定してください。',
      ...at,
    });
    return undefined;
  }
  const decoded = decodeMs932(bytes, at.file);
  if (!decoded.ok) {
    issues.push(decoded.issue);
    return undefined;
  }
  return { text: decoded.text, suspicious: decoded.suspicious };
}

/** The data rows (a leading header row dropped with an info), with the file-wide line-break and blank-line findings. */
export function splitPhase(
  text: string,
  at: { readonly file?: string },
  issues: CsvIssue[],
): readonly TextRow[] {
  const parsed = parseCsvText(text);
  if (parsed.nonCrlfLineBreaks) {
    issues.push({
      code: 'file.lineBreak',
      severity: 'info',
      message: '改行が CRLF でない行があります（読み込みは続けます）。',
      ...at,
    });
  }
  // Blank lines: one warning per run of consecutive blank lines (a file of 300,000 blank lines is one finding).
  const blanks = parsed.blankLines;
  for (let k = 0; k < blanks.length;) {
    const first = blanks[k] as number;
    let count = 1;
    while (k + count < blanks.length && blanks[k + count] === first + count) count++;
    issues.push({
      code: 'row.blank',
      severity: 'warning',
      message:
        count === 1
          ? '空行があります（仕様は1行1レコード。読み飛ばしました）。'
          : `空行が ${count} 行続いています（仕様は1行1レコード。読み飛ばしました）。`,
      ...at,
      line: first,
    });
    k += count;
  }
  const rows = parsed.rows;
  const head = rows[0];
  const first = head?.fields[0] ?? '';
  if (head && !head.syntaxError && first !== '' && !/[0-9０-９]/.test(first)) {
    issues.push({
      code: 'row.header',
      severity: 'info',
      message: '1行目は CSVバージョンで始まらないため見出し行として読み飛ばしました。',
      ...at,
      line: head.line,
    });
    return rows.slice(1);
  }
  return rows;
}
