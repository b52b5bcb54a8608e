const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

/** CSV テキストの1行（1レコード）。引用符の中の改行を含むとき、複数の物理行にまたがる。 */
export interface TextRow {
  /** レコードが始まる物理行（1 始まり）。 */
  readonly line: number;
  /** 項目の値（引用符を外し、`""` を `"` に戻したもの）。 */
  readonly fields: string[];
  /** 構文の誤り（閉じていない引用符など）。あれば1件目。 */
  readonly syntaxError?: TextSyntaxError;
}

/** CSV の構文の誤り。 */
export interface TextSyntaxError {
  /** `quote.unterminated` | `quote.trailing` | `quote.inUnquoted`。 */
  readonly code: 'quote.unterminated' | 'quote.trailing' | 'quote.inUnquoted';
  /** 項目番号（1 始まり）。 */
  readonly column: number;
  /** 物理行。 */
  readonly line: number;
}

/** {@link parseCsvText} の結果。 */
export interface ParsedCsvText {
  /** レコード（空行は除く）。 */
  readonly rows: TextRow[];
  /** 空行の物理行番号。 */
  readonly blankLines: number[];
  /** 改行が CRLF 以外（LF のみ、CR のみ）の行があったか。 */
  readonly nonCrlfLineBreaks: boolean;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) n++;
    else if (c === CR && text.charCodeAt(k + 1) !== LF) n++;
  }
  return n;
}

/**
 * CSV テキストを行と項目に分ける（RFC 4180 の引用符の規則: `"…"` の中のカンマ・改行はそのまま、`""` は `"`）。
 * 行末は CRLF・LF・CR のどれも受け付ける。構文の誤りは行ごとに記録し、例外を投げない（文字列でない値は空として扱う）。
 * 時間は入力の長さに比例する。
 *
 * 閉じていない引用符: 引用符の中で改行を越えたのに正しく閉じない（ファイルの終わりまで閉じない、または閉じた引用符の後に
 * 文字が続く）ときは、引用符を開いた行・列で `quote.unterminated` とし、そのレコードはその物理行の終わりで切る
 * （開いた項目の値はその行の残り）。次の物理行からは別のレコードとして読むので、後のレコードを巻き込まない。
 *
 * @source mhlw-careplan-csv-v4 別紙 各レイアウトの注記（フリーテキストは""で囲い、改行、半角カンマは削除しない）
 * @example
 * ```ts
 * parseCsvText('202407,"a,""b""\r\nc"\r\n').rows[0]?.fields; // => ['202407', 'a,"b"\r\nc']
 * ```
 */
export function parseCsvText(text: string): ParsedCsvText {
  const rows: TextRow[] = [];
  const blankLines: number[] = [];
  let nonCrlf = false;
  if (typeof text !== 'string') return { rows, blankLines, nonCrlfLineBreaks: false };
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first === CR || first === LF) {
      // A blank line: no record (nothing is allocated for it).
      blankLines.push(line);
      i++;
      if (first === CR && text.charCodeAt(i) === LF) i++;
      else nonCrlf = true;
      line++;
      continue;
    }
    const rowLine = line;
    const fields: string[] = [];
    let error: TextSyntaxError | undefined;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        const open = i + 1;
        i = open;
        let start = i;
        let failed: 'quote.unterminated' | 'quote.trailing' | undefined;
        value = '';
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            failed = 'quote.unterminated';
            line += countLines(text, start, n);
            value += text.slice(start, n);
            i = n;
            break;
          }
          line += countLines(text, i, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(start, q + 1);
            i = q + 2;
            start = i;
            continue;
          }
          value += text.slice(start, q);
          i = q + 1;
          break;
        }
        if (!failed && i < n) {
          const c = text.charCodeAt(i);
          if (c !== COMMA && c !== CR && c !== LF) failed = 'quote.trailing';
        }
        if (failed && line > openLine) {
          // The quote spans line breaks and does not close properly: most likely it was never closed on its own
          // line. Report it where it opened, cut the record at the end of that line (the rest of the line is the
          // field's raw value) and read the following lines as records of their own, so no record is swallowed.
          let eol = open;
          while (eol < n) {
            const d = text.charCodeAt(eol);
            if (d === CR || d === LF) break;
            eol++;
          }
          error ??= { code: 'quote.unterminated', column: fields.length + 1, line: openLine };
          value = text.slice(open, eol);
          line = openLine;
          i = eol;
        } else if (failed === 'quote.unterminated') {
          error ??= { code: failed, column: fields.length + 1, line: openLine };
        } else if (failed === 'quote.trailing') {
          error ??= { code: failed, column: fields.length + 1, line };
          let j = i;
          while (j < n) {
            const d = text.charCodeAt(j);
            if (d === COMMA || d === CR || d === LF) break;
            j++;
          }
          value += text.slice(i, j);
          i = j;
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === CR || c === LF) break;
          if (c === QUOTE) error ??= { code: 'quote.inUnquoted', column: fields.length + 1, line };
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        if (i >= n) {
          fields.push('');
          break;
        }
        continue;
      }
      if (c === CR) {
        i++;
        if (text.charCodeAt(i) === LF) i++;
        else nonCrlf = true;
      } else {
        i++;
        nonCrlf = true;
      }
      line++;
      break;
    }
    if (!error && fields.length === 1 && fields[0] === '') blankLines.push(rowLine);
    else
      rows.push(error ? { line: rowLine, fields, syntaxError: error } : { line: rowLine, fields });
  }
  return { rows, blankLines, nonCrlfLineBreaks: nonCrlf };
}

/**
 * 1項目をフリーテキストとして書く（`"` で囲み、`"` を `""` にする）。空文字列は空欄（引用符なし）。
 * 型つきの補助関数: 文字列でない値は空欄にする（値の検査は `writeCsv` が行う）。
 *
 * @source mhlw-careplan-csv-v4 別紙 各レイアウトの注記（フリーテキストに含まれる"は""に変換してエスケープ）
 * @example
 * ```ts
 * quoteText('a"b'); // => '"a""b"'
 * ```
 */
export function quoteText(value: string): string {
  if (typeof value !== 'string' || value === '') return '';
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}
