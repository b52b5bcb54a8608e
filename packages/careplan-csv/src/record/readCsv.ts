import type { CsvIssue } from '../codec/issue';
import { hasCsvErrors } from '../codec/issue';
import { parseCsvText } from '../codec/csvText';
import { SUSPICIOUS_CHAR, decodeMs932 } from '../codec/ms932';
import { toBytes } from '../codec/ms932Table';
import type { CsvFileName } from '../fileName/fileName';
import { parseFileName } from '../fileName/fileName';
import type { FileLayout } from '../layout/layout';
import { layoutOf } from '../layout/registry';
import { LAYOUT_INVALID_MESSAGE, compile } from './compiled';
import { readFieldOf } from './field';
import { pushAll } from './internal';
import { prune, setAt } from './path';

/** 1行分のオブジェクト（キーは項目表のキー。入れ子のキーは入れ子のオブジェクト・配列になる）。 */
export type CsvRecord = Readonly<Record<string, unknown>>;

/** 読み込めた1行。 */
export interface CsvRow {
  /** 行が始まる物理行（1 始まり）。 */
  readonly line: number;
  /** 行のオブジェクト。 */
  readonly record: CsvRecord;
}

/** 取り込めなかった1行（捨てずに、元の項目と指摘を返す）。 */
export interface RejectedRow {
  /** 行が始まる物理行。 */
  readonly line: number;
  /** 項目の文字列（引用符を外したもの）。 */
  readonly fields: readonly string[];
  /** この行の指摘。 */
  readonly issues: readonly CsvIssue[];
}

/** {@link readCsv} の結果。 */
export interface ReadCsvResult {
  /** error の指摘が1件もないか。 */
  readonly ok: boolean;
  /** 使ったレイアウト（決められなかったときは undefined）。 */
  readonly layout?: FileLayout;
  /** ファイル名の要素（ファイル名を渡し、読めたとき）。 */
  readonly fileName?: CsvFileName;
  /** ファイルの CSVバージョン（最初の行の値）。 */
  readonly csvVersion?: string;
  /** 取り込めた行（ファイルの順）。 */
  readonly rows: readonly CsvRow[];
  /** 取り込めなかった行。 */
  readonly rejected: readonly RejectedRow[];
  /** すべての指摘（ファイル全体と行ごと）。 */
  readonly issues: readonly CsvIssue[];
}

/** {@link readCsv} のオプション。 */
export interface ReadCsvOptions {
  /** レイアウト（省略時はファイル名の ID から決める）。 */
  readonly layout?: FileLayout;
  /** ファイル名（ID・年月の確認と、指摘の `file` に使う）。 */
  readonly fileName?: string;
}

/** CSVバージョンの値として第4.1版の `202407` と、第4.0版の告示どおりの `202504` を受け付ける。 */
export const SUPPORTED_CSV_VERSIONS: readonly string[] = ['202407', '202504'];

const ENCODING_MESSAGE = 'MS932 として読めないバイト、または外字（利用者定義文字）があります。';

/**
 * V4 の CSV ファイル（MS932・CRLF）を読み、行ごとのオブジェクトにする。どんな入力でも例外を投げない
 * （例外を投げる getter や Proxy のオプション・レイアウトも指摘にする）。時間は入力の長さに比例する。
 * 指摘はファイル・行・項目（列）を指し、入力値を含めない。読めない行は捨てずに `rejected` に入れる。
 *
 * - `bytes` は `Uint8Array`（Node.js の `Buffer` を含む）か `ArrayBuffer`（ブラウザーの `File.arrayBuffer()`）。
 * - 空のファイル（0 バイト）、データの行がないファイルは error。
 * - MS932 でないファイル（UTF-8、UTF-8 の BOM、UTF-16）はファイル全体の指摘を返す。
 * - 空行は仕様にないので warning（続いた空行はまとめて1件、`line` は最初の行）。
 * - 閉じていない引用符は、引用符を開いた行・列で指摘し、次の物理行から読み続ける（{@link parseCsvText}）。
 * - 引用符付きの値はどの項目でも受け付ける。CRLF のほか LF・CR の改行も読む（情報として指摘）。
 * - 先頭行の1列目が数字を含まない文字列（`CSVバージョン` など）なら見出し行として読み飛ばす（情報として指摘）。
 *   数字を含むが6桁でない値はデータの行として読む（CSVバージョンの誤りとして指摘され、`rejected` に入る）。
 * - 1ファイルに複数の CSVバージョン、第6・7表では複数の対象年月を混在させない（混在した行は error）。
 * - レイアウトに「上と同じ」の規則（UP2KYO、UPYOBO_SUB）があれば、空欄を前の行の値で埋める。
 *
 * @source mhlw-careplan-csv-v4 別紙 各レイアウト（文字コード、ファイル名規約、注記）、別添1 4.3
 * @example
 * ```ts
 * const r = readCsv(bytes, { fileName: 'UPYOBO_0300000100_46_0300000005_A1_20250401093000.CSV' });
 * for (const row of r.rows) console.log(row.record.planDate);
 * for (const i of r.issues) console.log(`${i.file}:${i.line}:${i.column} ${i.message}`);
 * ```
 */
export function readCsv(
  bytes: Uint8Array | ArrayBuffer,
  options?: ReadCsvOptions | null,
): ReadCsvResult {
  try {
    return readCsvChecked(bytes, options);
  } catch {
    // Only exotic inputs (a Proxy around the bytes, getters that throw) get here: report, never crash.
    return {
      ok: false,
      rows: [],
      rejected: [],
      issues: [{ code: 'input.unreadable', severity: 'error', message: UNREADABLE_MESSAGE }],
    };
  }
}

const UNREADABLE_MESSAGE = '入力を読み取れません（値の読み取りで例外が発生しました）。';

function readOptions(
  options: unknown,
): { ok: true; fileName?: unknown; layout?: unknown } | { ok: false } {
  // Callers from JavaScript may pass null or a non-object: read it as "no options", never crash.
  if (typeof options !== 'object' || options === null) return { ok: true };
  try {
    const o = options as Record<string, unknown>;
    return { ok: true, fileName: o.fileName, layout: o.layout };
  } catch {
    return { ok: false };
  }
}

function readCsvChecked(bytesIn: unknown, optionsIn: unknown): ReadCsvResult {
  const issues: CsvIssue[] = [];
  const options = readOptions(optionsIn);
  if (!options.ok) {
    issues.push({
      code: 'options.unreadable',
      severity: 'error',
      message: 'オプションを読み取れません（値の読み取りで例外が発生しました）。',
    });
    return { ok: false, rows: [], rejected: [], issues };
  }
  const file = typeof options.fileName === 'string' ? options.fileName : undefined;
  const at = file === undefined ? {} : { file };
  let fileName: CsvFileName | undefined;
  if (file !== undefined) {
    const parsed = parseFileName(file);
    if (parsed.ok) fileName = parsed.value;
    else
      issues.push({
        code: parsed.error.code,
        severity: 'error',
        message: parsed.error.message,
        ...at,
      });
  }
  const given = options.layout ?? layoutOf(fileName?.prefix);
  const base = {
    ...(given === undefined ? {} : { layout: given as FileLayout }),
    ...(fileName === undefined ? {} : { fileName }),
  };
  if (!given) {
    issues.push({
      code: 'file.layoutUnknown',
      severity: 'error',
      message: 'ファイルの種類が分かりません。ファイル名かレイアウトを指定してください。',
      ...at,
    });
    return { ok: false, ...base, rows: [], rejected: [], issues };
  }
  const compiled = compile(given);
  if (!compiled.ok) {
    issues.push({
      code: 'layout.invalid',
      severity: 'error',
      message: LAYOUT_INVALID_MESSAGE,
      ...at,
    });
    return { ok: false, rows: [], rejected: [], issues, ...(fileName ? { fileName } : {}) };
  }
  const c = compiled.compiled;
  if (fileName && fileName.prefix !== c.prefix) {
    issues.push({
      code: 'fileName.layoutMismatch',
      severity: 'error',
      message: `ファイル名の ID が指定のレイアウト（${c.label}）と違います。`,
      ...at,
    });
  }
  const bytes = toBytes(bytesIn);
  if (!bytes) {
    issues.push({
      code: 'file.type',
      severity: 'error',
      message: 'バイト列（Uint8Array または ArrayBuffer）を指定してください。',
      ...at,
    });
    return { ok: false, ...base, rows: [], rejected: [], issues };
  }
  const decoded = decodeMs932(bytes, file);
  if (!decoded.ok) {
    issues.push(decoded.issue);
    return { ok: false, ...base, rows: [], rejected: [], issues };
  }
  const text = parseCsvText(decoded.text);
  if (text.nonCrlfLineBreaks) {
    issues.push({
      code: 'file.lineBreak',
      severity: 'info',
      message: '改行が CRLF でない行があります（読み込みは続けます）。',
      ...at,
    });
  }
  // Blank lines: one warning per run of consecutive blank lines (a file of 300,000 blank lines is one finding).
  const blanks = text.blankLines;
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

  const cols = c.columns;
  const label = c.label;
  const rows: CsvRow[] = [];
  const rejected: RejectedRow[] = [];
  let csvVersion: string | undefined;
  let month: string | undefined = fileName?.month;
  let prev: { values: unknown[]; line: number } | undefined;
  let prevWasAccepted = true;
  let dataRows = 0;

  for (let index = 0; index < text.rows.length; index++) {
    const row = text.rows[index] as (typeof text.rows)[number];
    const rowIssues: CsvIssue[] = [];
    const line = row.line;
    const first = row.fields[0] ?? '';
    if (index === 0 && !row.syntaxError && first !== '' && !/[0-9０-９]/.test(first)) {
      issues.push({
        code: 'row.header',
        severity: 'info',
        message: '1行目は CSVバージョンで始まらないため見出し行として読み飛ばしました。',
        ...at,
        line,
      });
      continue;
    }
    dataRows++;
    if (row.syntaxError) {
      const e = row.syntaxError;
      rowIssues.push({
        code: `row.${e.code}`,
        severity: 'error',
        message:
          e.code === 'quote.unterminated'
            ? '引用符（"）が閉じていません。'
            : e.code === 'quote.trailing'
              ? '閉じた引用符（"）の後に文字があります。'
              : '引用符で囲まれていない項目に引用符（"）があります。',
        ...at,
        line: e.line,
        column: e.column,
      });
    } else if (row.fields.length !== cols.length) {
      rowIssues.push({
        code: 'row.columnCount',
        severity: 'error',
        message: `項目の数が ${row.fields.length} です（${label} は ${cols.length}）。`,
        ...at,
        line,
        column: Math.min(row.fields.length, cols.length) + 1,
      });
    }
    const values: unknown[] = new Array<unknown>(cols.length);
    if (rowIssues.length === 0) {
      for (let k = 0; k < cols.length; k++) {
        const col = cols[k] as (typeof cols)[number];
        const raw = row.fields[k] ?? '';
        const where = (): Pick<CsvIssue, 'file' | 'line' | 'column' | 'field' | 'key'> => ({
          ...at,
          line,
          column: col.no,
          field: col.name,
          key: col.key,
        });
        if (decoded.suspicious && SUSPICIOUS_CHAR.test(raw)) {
          rowIssues.push({
            code: 'encoding.invalidBytes',
            severity: 'error',
            message: `${col.name}: ${ENCODING_MESSAGE}`,
            ...where(),
          });
          continue;
        }
        const r = readFieldOf(col, raw);
        if (!r.ok) {
          rowIssues.push({
            code: r.problem.code,
            severity: 'error',
            message: `${col.name}: ${r.problem.message}`,
            ...where(),
          });
        } else {
          values[k] = r.value;
          if (r.note)
            rowIssues.push({
              code: r.note.code,
              severity: 'warning',
              message: `${col.name}: ${r.note.message}`,
              ...where(),
            });
        }
      }
    }
    if (!hasCsvErrors(rowIssues)) {
      const version = values[c.versionIndex] as string;
      csvVersion ??= version;
      if (version !== csvVersion) {
        rowIssues.push({
          code: 'file.mixedVersions',
          severity: 'error',
          message: '1ファイルに複数の CSVバージョンが混在しています。',
          ...at,
          line,
          column: 1,
          field: 'CSVバージョン',
        });
      } else if (c.monthIndex >= 0) {
        const m = values[c.monthIndex] as string;
        month ??= m;
        if (m !== month) {
          const col = cols[c.monthIndex];
          rowIssues.push({
            code: 'file.mixedMonths',
            severity: 'error',
            message:
              fileName?.month === undefined
                ? '1ファイルに複数の対象年月が混在しています。'
                : '対象年月がファイル名の年月と違います。',
            ...at,
            line,
            ...(col ? { column: col.no, field: col.name } : {}),
          });
        }
      }
    }
    if (hasCsvErrors(rowIssues)) {
      pushAll(issues, rowIssues);
      rejected.push({ line, fields: row.fields, issues: rowIssues });
      prevWasAccepted = false;
      continue;
    }
    if (c.repeats.length > 0) {
      const sameDoc =
        prev !== undefined && c.keyIndexes.every((k) => prev?.values[k] === values[k]);
      for (const rule of c.repeats) {
        const sameScope = sameDoc && rule.scope.every((k) => prev?.values[k] === values[k]);
        if (!sameScope) continue;
        for (const k of rule.fields) {
          if (values[k] !== undefined) continue;
          if (!prevWasAccepted) {
            const col = cols[k];
            rowIssues.push({
              code: 'repeat.afterRejected',
              severity: 'warning',
              message: '前の行を取り込めなかったため、「上と同じ」の空欄を埋められません。',
              ...at,
              line,
              ...(col ? { column: col.no, field: col.name, key: col.key } : {}),
            });
            continue;
          }
          values[k] = prev?.values[k];
        }
      }
    }
    pushAll(issues, rowIssues);
    const record: Record<string, unknown> = {};
    let nested = false;
    for (let k = 0; k < cols.length; k++) {
      const v = values[k];
      if (v === undefined) continue;
      if (c.flat[k]) record[cols[k]?.key as string] = v;
      else {
        nested = true;
        setAt(record, c.paths[k] ?? [], v);
      }
    }
    rows.push({ line, record: nested ? ((prune(record) ?? {}) as CsvRecord) : record });
    prev = { values, line };
    prevWasAccepted = true;
  }

  if (dataRows === 0) {
    issues.push({
      code: 'file.noRecords',
      severity: 'error',
      message: 'データの行がありません（空行・見出し行だけのファイル）。',
      ...at,
    });
  }
  if (csvVersion !== undefined && !SUPPORTED_CSV_VERSIONS.includes(csvVersion)) {
    issues.push({
      code: 'file.csvVersion',
      severity: 'warning',
      message:
        'CSVバージョンが第4版の値（202407）ではありません。項目の並びが違う可能性があります。',
      ...at,
      column: 1,
    });
  }
  return {
    ok: !hasCsvErrors(issues),
    ...base,
    ...(csvVersion === undefined ? {} : { csvVersion }),
    rows,
    rejected,
    issues,
  };
}
