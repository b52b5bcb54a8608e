import { validate } from '@kaigo/forms';
import type * as z from 'zod';
import type { CsvIssue } from '../codec/issue';
import { hasCsvErrors } from '../codec/issue';
import type { CsvFileName } from '../fileName/fileName';
import { parseFileName } from '../fileName/fileName';
import type { FileLayout } from '../layout/layout';
import type { CsvRecord, CsvRow, RejectedRow } from '../record/readCsv';
import { pushAll } from '../record/internal';
import { readCsv } from '../record/readCsv';
import { readField } from '../record/field';
import type { FormFileMapping } from './mappings';
import type { MappingSnapshot } from './snapshot';
import { MAPPING_INVALID_MESSAGE, snapshotMapping } from './snapshot';

/** 読み込む CSV ファイル1つ（名前とバイト列）。 */
export interface CsvFileInput {
  /** ファイル名（仕様の命名。ID からレイアウトを決める）。 */
  readonly fileName: string;
  /** ファイルの中身（MS932）。 */
  readonly bytes: Uint8Array;
}

/** 取り込めなかった行（ファイル名つき）。 */
export interface RejectedFileRow extends RejectedRow {
  /** ファイル名。 */
  readonly file: string;
  /** 行としては読めたが様式に入れられなかったとき（親のない別表の行など）、その行のオブジェクト。 */
  readonly record?: CsvRecord;
}

/** 読み込んだ様式1件と、その出どころ。 */
export interface ReadForm<T> {
  /** 様式のオブジェクト（`validate(form, value)` に通ったもの）。 */
  readonly value: T;
  /** 主ファイルの名前。 */
  readonly file: string;
  /** 主ファイルの行番号（複数行で1様式なら各行）。 */
  readonly lines: readonly number[];
}

/** 様式として組み立てたが、様式の検証に通らなかったもの（捨てずに返す）。 */
export interface InvalidForm {
  /** 組み立てたオブジェクト。 */
  readonly value: unknown;
  /** 主ファイルの名前。 */
  readonly file: string;
  /** 主ファイルの行番号。 */
  readonly lines: readonly number[];
  /** 様式の検証の指摘（行・項目を指す）。 */
  readonly issues: readonly CsvIssue[];
}

/** {@link readForms} の結果。 */
export interface ReadFormsResult<T> {
  /** error の指摘が1件もないか。 */
  readonly ok: boolean;
  /** 様式のオブジェクト（主ファイルの順）。 */
  readonly forms: readonly ReadForm<T>[];
  /** 様式の検証に通らなかったもの。 */
  readonly invalid: readonly InvalidForm[];
  /** 取り込めなかった行（紐づく親のない別表の行を含む）。 */
  readonly rejected: readonly RejectedFileRow[];
  /** すべての指摘。 */
  readonly issues: readonly CsvIssue[];
}

interface Draft {
  /** The key of the draft in `byKey` (rejected rows with the same key make the form incomplete). */
  readonly key: string;
  readonly value: Record<string, unknown>;
  readonly file: string;
  readonly lines: number[];
  /** Per array key (rows or a child key): the file and line of each element. */
  readonly elementLines: Map<string, { file: string; line: number }[]>;
}

const keyOf = (record: Readonly<Record<string, unknown>>, keys: readonly string[]): string =>
  JSON.stringify(keys.map((k) => record[k] ?? null));

const trailingParts = (n: CsvFileName): string =>
  `${n.sender.officeNumber}_${n.sender.serviceType}_${n.receiver.officeNumber}_${n.receiver.serviceType}_${n.timestamp}`;

/**
 * CSV ファイルを読み、`@kaigo/forms` の様式のオブジェクトにする。どんな入力でも例外を投げない。
 * ファイルの種類はファイル名の ID で決める（主ファイルと別表を一緒に渡す）。
 *
 * - 別表の行は、紐づけの項目（保険者番号・被保険者番号・相談日／計画作成日）で親の様式の配列に入る
 *   （ファイルの順）。親のない行は `rejected` に入れて指摘する。別表のファイル名の後半5要素は親と同じであること。
 * - 複数行で1様式のファイルは `layout.key` でまとめ、上位の項目（作成年月日など）が行ごとに違えば指摘する。
 * - 「上と同じ」の空欄（UP2KYO、UPYOBO_SUB）は埋めた値で返す。
 * - 組み立てたオブジェクトは `validate(form, value)` で検証し、通らないものは `invalid` に入れる（行・項目を指す）。
 * - 例外を投げる getter や Proxy（対応表・ファイルの配列・各ファイル）も指摘にする。指摘の配列が大きくても
 *   （空行だけの 300,000 行のファイルなど）例外にならない。時間は入力の長さに比例する。ファイルは 100,000 個まで。
 *
 * @source mhlw-careplan-csv-v4 別添1 2.3・3.3（ファイルの関連）、別紙 各レイアウト
 * @example
 * ```ts
 * const r = readForms(USER_BASIC_INFO_CSV, [
 *   { fileName: 'UPKIHON_0300000100_46_0300000005_A1_20250401093000.CSV', bytes: main },
 *   { fileName: 'UPKIHON_SUB1_0300000100_46_0300000005_A1_20250401093000.CSV', bytes: sub1 },
 * ]);
 * for (const f of r.forms) console.log(f.value.name, f.value.timeSchedule?.length);
 * ```
 */
export function readForms<S extends z.ZodType>(
  mapping: FormFileMapping<S>,
  files: readonly CsvFileInput[],
): ReadFormsResult<z.output<S>> {
  try {
    return readFormsChecked(mapping, files) as ReadFormsResult<z.output<S>>;
  } catch {
    return {
      ok: false,
      forms: [],
      invalid: [],
      rejected: [],
      issues: [
        {
          code: 'input.unreadable',
          severity: 'error',
          message: '入力を読み取れません（値の読み取りで例外が発生しました）。',
        },
      ],
    };
  }
}

/** {@link readForms} が受け付けるファイルの数の上限。 */
export const MAX_READ_FILES = 100_000;

function readFormsChecked(mappingIn: unknown, files: unknown): ReadFormsResult<unknown> {
  const issues: CsvIssue[] = [];
  const rejected: RejectedFileRow[] = [];
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const mainNames: CsvFileName[] = [];
  const childInputs: { input: CsvFileInput; layout: FileLayout; key: string; name: CsvFileName }[] =
    [];
  const rejectedByKey = new Map<string, { file: string; line: number }[]>();

  const mapping = snapshotMapping(mappingIn);
  if (!mapping) {
    issues.push({ code: 'mapping.invalid', severity: 'error', message: MAPPING_INVALID_MESSAGE });
    return { ok: false, forms: [], invalid: [], rejected, issues };
  }
  if (!Array.isArray(files)) {
    issues.push({
      code: 'files.type',
      severity: 'error',
      message: 'ファイルは配列で指定してください。',
    });
    return { ok: false, forms: [], invalid: [], rejected, issues };
  }
  const fileCount = (files as unknown[]).length;
  if (!Number.isSafeInteger(fileCount) || fileCount > MAX_READ_FILES) {
    issues.push({
      code: 'files.tooMany',
      severity: 'error',
      message: `ファイルが多すぎます（${MAX_READ_FILES.toLocaleString('en-US')} 個まで）。`,
    });
    return { ok: false, forms: [], invalid: [], rejected, issues };
  }
  for (let f = 0; f < fileCount; f++) {
    let input: CsvFileInput;
    try {
      const raw = (files as unknown[])[f] as { fileName?: unknown; bytes?: unknown } | null;
      const name = raw !== null && typeof raw === 'object' ? raw.fileName : undefined;
      const bytes = raw !== null && typeof raw === 'object' ? raw.bytes : undefined;
      input = { fileName: name as string, bytes: bytes as Uint8Array };
    } catch {
      issues.push({
        code: 'file.unreadable',
        severity: 'error',
        message: `${f + 1}番目のファイルを読み取れません（値の読み取りで例外が発生しました）。`,
      });
      continue;
    }
    const fileName = typeof input.fileName === 'string' ? input.fileName : '';
    const parsed = parseFileName(fileName);
    if (!parsed.ok) {
      issues.push({
        code: parsed.error.code,
        severity: 'error',
        message: parsed.error.message,
        ...(fileName === '' ? {} : { file: fileName }),
      });
      continue;
    }
    const name = parsed.value;
    const main = mapping.layouts.find((l) => l.prefix === name.prefix);
    const child = mapping.children.find((c) => c.layout.prefix === name.prefix);
    if (main) {
      mainNames.push(name);
      readMain(mapping, main, input, name, drafts, byKey, issues, rejected, rejectedByKey);
    } else if (child) {
      childInputs.push({ input, layout: child.layout, key: child.key, name });
    } else {
      issues.push({
        code: 'file.notInForm',
        severity: 'error',
        message: `このファイルの種類（${name.prefix}）は${mapping.title}に含まれません。`,
        file: fileName,
      });
    }
  }

  const mainParts = new Set(mainNames.map(trailingParts));
  for (const { input, layout, key, name } of childInputs) {
    const file = input.fileName;
    if (mainParts.size > 0 && !mainParts.has(trailingParts(name))) {
      issues.push({
        code: 'fileName.childMismatch',
        severity: 'error',
        message: '別表のファイル名の送信元・送信先・作成日時が親ファイルと一致しません。',
        file,
      });
    }
    const r = readCsv(input.bytes, { layout, fileName: file, parsedFileName: name });
    pushAll(issues, r.issues);
    for (const row of r.rejected) {
      rejected.push({ ...row, file });
      const k = rawKeyOf(layout, row.fields);
      if (k !== undefined) noteRejected(rejectedByKey, k, file, row.line);
    }
    for (const row of r.rows) {
      const parent = byKey.get(keyOf(row.record, layout.key));
      if (!parent) {
        const issue: CsvIssue = {
          code: 'row.orphan',
          severity: 'error',
          message: `紐づく${mapping.title}の行がありません（保険者番号・被保険者番号・日付が一致しない）。`,
          file,
          line: row.line,
        };
        issues.push(issue);
        rejected.push({ line: row.line, fields: [], issues: [issue], file, record: row.record });
        continue;
      }
      if (row.record.csvVersion !== parent.value.csvVersion) {
        issues.push({
          code: 'file.mixedVersions',
          severity: 'warning',
          message: '別表の CSVバージョンが親の行と違います。',
          file,
          line: row.line,
          column: 1,
        });
      }
      const element: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row.record)) {
        if (k !== 'csvVersion' && !layout.key.includes(k)) element[k] = v;
      }
      const list = (parent.value[key] ??= []) as unknown[];
      list.push(element);
      const lines = parent.elementLines.get(key) ?? [];
      lines.push({ file, line: row.line });
      parent.elementLines.set(key, lines);
    }
  }

  const forms: ReadForm<unknown>[] = [];
  const invalid: InvalidForm[] = [];
  for (const d of drafts) {
    let v: ReturnType<typeof validate>;
    try {
      v = validate(mapping.form, d.value);
    } catch {
      const issue: CsvIssue = {
        code: 'form.unvalidatable',
        severity: 'error',
        message: '様式の定義で検証できません（FormDefinition が正しくありません）。',
        file: d.file,
        line: d.lines[0] ?? 0,
      };
      issues.push(issue);
      invalid.push({ value: d.value, file: d.file, lines: d.lines, issues: [issue] });
      continue;
    }
    const lost = rejectedByKey.get(d.key);
    if (lost) {
      // Rows of this form could not be read: returning the rest as a valid form would silently lose them.
      const first = lost[0] as { file: string; line: number };
      const issue: CsvIssue = {
        code: 'form.rowsRejected',
        severity: 'error',
        message: `この様式の行のうち ${lost.length} 行を取り込めなかったため、様式が不完全です（取り込めなかった行の指摘を確かめてください）。`,
        file: first.file,
        line: first.line,
      };
      const formIssues = v.ok ? [issue] : [issue, ...formIssuesOf(v.issues, d)];
      pushAll(issues, formIssues);
      invalid.push({ value: d.value, file: d.file, lines: d.lines, issues: formIssues });
      continue;
    }
    if (v.ok) {
      forms.push({ value: v.data, file: d.file, lines: d.lines });
      continue;
    }
    const formIssues = formIssuesOf(v.issues, d);
    pushAll(issues, formIssues);
    invalid.push({ value: d.value, file: d.file, lines: d.lines, issues: formIssues });
  }
  return { ok: !hasCsvErrors(issues), forms, invalid, rejected, issues };
}

function readMain(
  mapping: MappingSnapshot,
  layout: FileLayout,
  input: CsvFileInput,
  name: CsvFileName,
  drafts: Draft[],
  byKey: Map<string, Draft>,
  issues: CsvIssue[],
  rejected: RejectedFileRow[],
  rejectedByKey: Map<string, { file: string; line: number }[]>,
): void {
  const file = input.fileName;
  const r = readCsv(input.bytes, { layout, fileName: file, parsedFileName: name });
  pushAll(issues, r.issues);
  for (const row of r.rejected) {
    rejected.push({ ...row, file });
    const key = rawKeyOf(layout, row.fields);
    if (key !== undefined)
      noteRejected(rejectedByKey, mapping.rowsKey ? `${name.prefix}|${key}` : key, file, row.line);
  }
  const kind = mapping.kind?.byPrefix.get(name.prefix);
  for (const row of r.rows) {
    if (!mapping.rowsKey) {
      const key = keyOf(row.record, layout.key);
      const value: Record<string, unknown> = { ...row.record };
      if (mapping.kind && kind !== undefined) value[mapping.kind.key] = kind;
      if (byKey.has(key)) {
        issues.push({
          code: 'row.duplicateKey',
          severity: 'warning',
          message:
            '同じキー（保険者番号・被保険者番号・日付）の行が複数あります。別の様式として読みます。',
          file,
          line: row.line,
        });
      }
      const d: Draft = { key, value, file, lines: [row.line], elementLines: new Map() };
      drafts.push(d);
      byKey.set(key, d);
      continue;
    }
    const key = `${name.prefix}|${keyOf(row.record, layout.key)}`;
    groupRow(mapping, row, key, kind, file, drafts, byKey, issues, rejected, layout);
  }
}

function groupRow(
  mapping: MappingSnapshot,
  row: CsvRow,
  key: string,
  kind: string | undefined,
  file: string,
  drafts: Draft[],
  byKey: Map<string, Draft>,
  issues: CsvIssue[],
  rejected: RejectedFileRow[],
  layout: FileLayout,
): void {
  const header = mapping.headerKeys ?? [];
  const rowsKey = mapping.rowsKey ?? 'rows';
  const element: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row.record)) if (!header.includes(k)) element[k] = v;
  let d = byKey.get(key);
  if (!d) {
    const value: Record<string, unknown> = {};
    if (mapping.kind && kind !== undefined) value[mapping.kind.key] = kind;
    for (const k of header) if (row.record[k] !== undefined) value[k] = row.record[k];
    value[rowsKey] = [];
    d = { key, value, file, lines: [], elementLines: new Map([[rowsKey, []]]) };
    drafts.push(d);
    byKey.set(key, d);
  } else {
    const conflict = header.find((k) => d?.value[k] !== row.record[k]);
    if (conflict !== undefined) {
      const col = layout.columns.find((c) => c.key === conflict);
      const issue: CsvIssue = {
        code: 'row.headerConflict',
        severity: 'error',
        message: `同じ計画の行で${col?.name ?? conflict}が前の行と違います。`,
        file,
        line: row.line,
        ...(col ? { column: col.no, field: col.name, key: col.key } : {}),
      };
      issues.push(issue);
      rejected.push({ line: row.line, fields: [], issues: [issue], file, record: row.record });
      return;
    }
  }
  (d.value[rowsKey] as unknown[]).push(element);
  d.lines.push(row.line);
  d.elementLines.get(rowsKey)?.push({ file, line: row.line });
}

type FormValidationIssue = Extract<ReturnType<typeof validate>, { ok: false }>['issues'][number];

/** Form validation findings pointed at the file line of the row they concern. */
function formIssuesOf(list: readonly FormValidationIssue[], d: Draft): CsvIssue[] {
  return list.map((i): CsvIssue => {
    const [head, index] = i.path;
    const at =
      typeof head === 'string' && typeof index === 'number'
        ? d.elementLines.get(head)?.[index]
        : undefined;
    return {
      code: `form.${i.code}`,
      severity: 'error',
      message: i.message,
      file: at?.file ?? d.file,
      line: at?.line ?? d.lines[0] ?? 0,
      key: i.path.join('.'),
    };
  });
}

/** The record key of a row that was not accepted, when its key columns can still be read. */
function rawKeyOf(layout: FileLayout, fields: readonly string[]): string | undefined {
  const record: Record<string, unknown> = {};
  for (const k of layout.key) {
    const col = layout.columns.find((c) => c.key === k);
    if (!col) return undefined;
    const r = readField(col, fields[col.no - 1] ?? '');
    if (!r.ok) return undefined;
    record[k] = r.value;
  }
  return keyOf(record, layout.key);
}

function noteRejected(
  byKey: Map<string, { file: string; line: number }[]>,
  key: string,
  file: string,
  line: number,
): void {
  const list = byKey.get(key);
  if (list) list.push({ file, line });
  else byKey.set(key, [{ file, line }]);
}
