// Phase 3 of readCsv: physical rows → column values → row objects (field types, one CSV version and month, "same as above").
import type { CsvIssue } from '../../codec/issue';
import { hasCsvErrors } from '../../codec/issue';
import type { TextRow } from '../../codec/csvText';
import { SUSPICIOUS_CHAR } from '../../codec/ms932';
import type { CompiledLayout } from '../compiled';
import { readFieldOf } from '../field';
import { pushAll } from '../internal';
import { prune, setAt } from '../path';
import type { StructureRow } from '../../structure/structureCheck';

/** What mapping the rows gives. */
export interface MappedRows {
  readonly rows: { readonly line: number; readonly record: Readonly<Record<string, unknown>> }[];
  readonly rejected: {
    readonly line: number;
    readonly fields: readonly string[];
    readonly issues: readonly CsvIssue[];
  }[];
  /** The accepted rows with flat values, for the structure checks. */
  readonly structureRows: StructureRow[];
  readonly csvVersion?: string;
}

const ENCODING_MESSAGE = 'MS932 として読めないバイト、または外字（利用者定義文字）があります。';

function syntaxIssue(row: TextRow, at: { readonly file?: string }): CsvIssue | undefined {
  const e = row.syntaxError;
  if (!e) return undefined;
  return {
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
  };
}

/** Reads the fields of one row into `values` (by column), pushing field findings. */
function readFields(
  c: CompiledLayout,
  row: TextRow,
  suspicious: boolean,
  at: { readonly file?: string },
  values: unknown[],
  rowIssues: CsvIssue[],
): void {
  const cols = c.columns;
  for (let k = 0; k < cols.length; k++) {
    const col = cols[k] as (typeof cols)[number];
    const raw = row.fields[k] ?? '';
    const where = (): Pick<CsvIssue, 'file' | 'line' | 'column' | 'field' | 'key'> => ({
      ...at,
      line: row.line,
      column: col.no,
      field: col.name,
      key: col.key,
    });
    if (suspicious && SUSPICIOUS_CHAR.test(raw)) {
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

/**
 * Maps the data rows with a compiled layout. `fileMonth` is the file name's month (the month all rows must have
 * where the layout needs one); `structure` keeps flat values for the structure checks.
 */
export function mapRows(
  c: CompiledLayout,
  dataRows: readonly TextRow[],
  suspicious: boolean,
  fileMonth: string | undefined,
  at: { readonly file?: string },
  issues: CsvIssue[],
  structure: boolean,
): MappedRows {
  const cols = c.columns;
  const out: MappedRows = { rows: [], rejected: [], structureRows: [] };
  let csvVersion: string | undefined;
  let month = fileMonth;
  let prev: unknown[] | undefined;
  let prevWasAccepted = true;
  for (const row of dataRows) {
    const line = row.line;
    const rowIssues: CsvIssue[] = [];
    const syntax = syntaxIssue(row, at);
    if (syntax) rowIssues.push(syntax);
    else if (row.fields.length !== cols.length) {
      rowIssues.push({
        code: 'row.columnCount',
        severity: 'error',
        message: `項目の数が ${row.fields.length} です（${c.label} は ${cols.length}）。`,
        ...at,
        line,
        column: Math.min(row.fields.length, cols.length) + 1,
      });
    }
    const values: unknown[] = new Array<unknown>(cols.length);
    if (rowIssues.length === 0) readFields(c, row, suspicious, at, values, rowIssues);
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
              fileMonth === undefined
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
      out.rejected.push({ line, fields: row.fields, issues: rowIssues });
      prevWasAccepted = false;
      continue;
    }
    if (c.repeats.length > 0) fillRepeats(c, prev, prevWasAccepted, values, line, at, rowIssues);
    pushAll(issues, rowIssues);
    out.rows.push({ line, record: toRecord(c, values) });
    if (structure) out.structureRows.push({ line, values: flatValues(c, values) });
    prev = values;
    prevWasAccepted = true;
  }
  return csvVersion === undefined ? out : { ...out, csvVersion };
}

/** "Same as above": an empty repeat field under the same scope takes the previous row's value. */
function fillRepeats(
  c: CompiledLayout,
  prev: unknown[] | undefined,
  prevWasAccepted: boolean,
  values: unknown[],
  line: number,
  at: { readonly file?: string },
  rowIssues: CsvIssue[],
): void {
  const sameDoc = prev !== undefined && c.keyIndexes.every((k) => prev[k] === values[k]);
  for (const rule of c.repeats) {
    const sameScope = sameDoc && rule.scope.every((k) => prev?.[k] === values[k]);
    if (!sameScope) continue;
    for (const k of rule.fields) {
      if (values[k] !== undefined) continue;
      if (!prevWasAccepted) {
        const col = c.columns[k];
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
      values[k] = prev?.[k];
    }
  }
}

function toRecord(
  c: CompiledLayout,
  values: readonly unknown[],
): Readonly<Record<string, unknown>> {
  const record: Record<string, unknown> = {};
  let nested = false;
  for (let k = 0; k < c.columns.length; k++) {
    const v = values[k];
    if (v === undefined) continue;
    if (c.flat[k]) record[c.columns[k]?.key as string] = v;
    else {
      nested = true;
      setAt(record, c.paths[k] ?? [], v);
    }
  }
  return nested ? ((prune(record) ?? {}) as Record<string, unknown>) : record;
}

/** Column key → value, for the structure checks (only the columns a check reads are looked up). */
export function flatValues(
  c: CompiledLayout,
  values: readonly unknown[],
): Readonly<Record<string, unknown>> {
  const flat: Record<string, unknown> = {};
  for (let k = 0; k < c.columns.length; k++) {
    const v = values[k];
    if (v !== undefined) flat[c.columns[k]?.key as string] = v;
  }
  return flat;
}
