// Phase "map" of writeCsv: each record → the texts of its columns (field types, unknown keys, characters,
// one CSV version and month, "same as above"), and flat values for the structure checks.
import type { CsvIssue } from '../../codec/issue';
import { quoteText } from '../../codec/csvText';
import type { CsvFileName } from '../../fileName/fileName';
import type { StructureRow } from '../../structure/structureCheck';
import { STRUCTURE_CHECKS } from '../../structure/structureChecks';
import type { CompiledLayout } from '../compiled';
import { writeFieldOf } from '../field';
import { pushAll } from '../internal';
import { getAt, leafKeys } from '../path';
import { checkFieldCharacters } from './encode';

/** What the write phases share. */
export interface WriteSetup {
  readonly c: CompiledLayout;
  readonly at: { readonly file?: string };
  readonly fileName?: CsvFileName;
  readonly substitutions?: ReadonlyMap<string, string>;
}

// Values that would shift the columns if written unquoted.
const DELIMITER = /[",\r\n]/;

interface MapState {
  version: string | undefined;
  month: string | undefined;
  prev: unknown[] | undefined;
}

/** Maps all records; a record that cannot be read (throwing getters, cycles) is one finding. */
export function mapRecords(
  setup: WriteSetup,
  records: readonly unknown[],
  count: number,
  issues: CsvIssue[],
): { readonly lines: string[]; readonly structureRows: StructureRow[] } {
  const lines: string[] = [];
  const structureRows: StructureRow[] = [];
  const structure = STRUCTURE_CHECKS.some((check) => check.prefixes.includes(setup.c.prefix));
  const state: MapState = { version: undefined, month: setup.fileName?.month, prev: undefined };
  for (let index = 0; index < count; index++) {
    try {
      const out = mapRecord(setup, records[index], index + 1, state, issues, structure);
      if (out === undefined) continue;
      lines.push(out.line);
      if (out.flat) structureRows.push({ line: index + 1, values: out.flat });
    } catch {
      // Throwing getters, Proxy traps, cycles or absurd nesting: report the record, never crash.
      issues.push({
        code: 'record.unreadable',
        severity: 'error',
        message: 'レコードを読み取れません（値の読み取りで例外が発生したか、入れ子が深すぎます）。',
        ...setup.at,
        line: index + 1,
      });
      state.prev = undefined;
    }
  }
  return { lines, structureRows };
}

function mapRecord(
  setup: WriteSetup,
  record: unknown,
  line: number,
  state: MapState,
  issues: CsvIssue[],
  structure: boolean,
): { line: string; flat?: Record<string, unknown> } | undefined {
  const { c, at } = setup;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    issues.push({
      code: 'record.type',
      severity: 'error',
      message: 'レコードがオブジェクトではありません。',
      ...at,
      line,
    });
    state.prev = undefined;
    return undefined;
  }
  const rec = record as Record<string, unknown>;
  const recordIssues: CsvIssue[] = [];
  for (const key of unknownKeys(c, rec)) {
    recordIssues.push({
      code: 'record.unknownKey',
      severity: 'error',
      message: `${c.label} の項目にないキーです（値は書き出されません）。`,
      ...at,
      line,
      key,
    });
  }
  const cols = c.columns;
  const values: unknown[] = new Array<unknown>(cols.length);
  const texts: string[] = new Array<string>(cols.length);
  for (let k = 0; k < cols.length; k++) {
    const col = cols[k] as (typeof cols)[number];
    const v = c.flat[k] ? getAt(rec, [col.key]) : getAt(rec, c.paths[k] ?? []);
    values[k] = v === null || v === '' ? undefined : v;
    const where = (): Pick<CsvIssue, 'file' | 'line' | 'column' | 'field' | 'key'> => ({
      ...at,
      line,
      column: col.no,
      field: col.name,
      key: col.key,
    });
    const w = writeFieldOf(col, v);
    if (!w.ok) {
      recordIssues.push({
        code: w.problem.code,
        severity: 'error',
        message: `${col.name}: ${w.problem.message}`,
        ...where(),
      });
      texts[k] = '';
      continue;
    }
    const out = checkFieldCharacters(w.text, col.name, where, setup.substitutions, recordIssues);
    if (col.type.kind === 'text') texts[k] = quoteText(out);
    else if (DELIMITER.test(out)) {
      recordIssues.push({
        code: 'field.delimiter',
        severity: 'error',
        message: `${col.name}: 引用符で囲まない項目にカンマ・引用符・改行があります（列がずれるため書けません）。`,
        ...where(),
      });
      texts[k] = '';
    } else texts[k] = out;
  }
  checkFileValues(c, values, line, at, state, recordIssues);
  blankRepeats(c, values, texts, state.prev);
  // Issues are added only when the whole record was read: a throw part-way reports the record once.
  pushAll(issues, recordIssues);
  state.prev = values;
  if (!structure) return { line: texts.join(',') };
  const flat: Record<string, unknown> = {};
  for (let k = 0; k < cols.length; k++)
    if (values[k] !== undefined) flat[cols[k]?.key as string] = values[k];
  return { line: texts.join(','), flat };
}

function unknownKeys(c: CompiledLayout, rec: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k of Object.keys(rec)) {
    const v = rec[k];
    if (v !== null && typeof v === 'object') {
      for (const key of leafKeys(v, k)) if (!c.keySet.has(key)) out.push(key);
    } else if (v !== undefined && !c.keySet.has(k)) out.push(k);
  }
  return out;
}

/** One CSV version per file, one month per file where the layout needs one. */
function checkFileValues(
  c: CompiledLayout,
  values: readonly unknown[],
  line: number,
  at: { readonly file?: string },
  state: MapState,
  recordIssues: CsvIssue[],
): void {
  const v0 = values[c.versionIndex];
  if (typeof v0 === 'string') {
    state.version ??= v0;
    if (v0 !== state.version)
      recordIssues.push({
        code: 'file.mixedVersions',
        severity: 'error',
        message: '1ファイルに複数の CSVバージョンを混在させることはできません。',
        ...at,
        line,
        column: 1,
        field: 'CSVバージョン',
      });
  }
  if (c.monthIndex >= 0 && typeof values[c.monthIndex] === 'string') {
    state.month ??= values[c.monthIndex] as string;
    if (values[c.monthIndex] !== state.month) {
      const col = c.columns[c.monthIndex];
      recordIssues.push({
        code: 'file.mixedMonths',
        severity: 'error',
        message: '1ファイルには1つの対象年月（サービス提供年月）だけを入れます。',
        ...at,
        line,
        ...(col ? { column: col.no, field: col.name } : {}),
      });
    }
  }
}

/** "Same as above": a repeat field equal to the previous row's (same scope) is written blank. */
function blankRepeats(
  c: CompiledLayout,
  values: unknown[],
  texts: string[],
  p: readonly unknown[] | undefined,
): void {
  if (c.repeats.length === 0) return;
  const sameDoc = p !== undefined && c.keyIndexes.every((k) => p[k] === values[k]);
  for (const rule of c.repeats) {
    if (!sameDoc || !rule.scope.every((k) => p?.[k] === values[k])) continue;
    for (const k of rule.fields) {
      // An empty value under a filled one means "same as above": carry the value on so the
      // following rows compare with what a reader will see.
      if (values[k] === undefined) values[k] = p?.[k];
      if (values[k] !== undefined && values[k] === p?.[k]) texts[k] = '';
    }
  }
}
