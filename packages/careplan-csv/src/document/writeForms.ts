import type { YearMonth } from '@kaigo/core';
import { validate } from '@kaigo/forms';
import type * as z from 'zod';
import type { CsvIssue } from '../codec/issue';
import { hasCsvErrors } from '../codec/issue';
import type { Party } from '../fileName/fileName';
import { buildFileName } from '../fileName/fileName';
import type { FilePrefix } from '../layout/registry';
import type { FileLayout } from '../layout/layout';
import { readWriteOptions } from '../record/internal';
import { MAX_WRITE_RECORDS, writeCsv } from '../record/writeCsv';
import type { FormFileMapping } from './mappings';
import type { MappingSnapshot } from './snapshot';
import { MAPPING_INVALID_MESSAGE, snapshotMapping } from './snapshot';

/** 送信単位の共通の値（同じ送信単位のファイルは同じ送信元・送信先・作成日時にする）。 */
export interface TransmissionHeader {
  /** 送信元。 */
  readonly sender: Party;
  /** 送信先。 */
  readonly receiver: Party;
  /** 作成日時 `YYYYMMDDHHMMSS`（ファイル連番を兼ねる）。 */
  readonly timestamp: string;
  /** 提供年月（UPPLAN・UPJSK・UPSIKYU、第6・7表に紐づく UPHOSOKU）。省略時は様式の対象年月。 */
  readonly month?: YearMonth;
  /** 様式に CSVバージョンがないときに書く値（既定 `202407`）。 */
  readonly csvVersion?: string;
}

/** 書き出した CSV ファイル1つ。 */
export interface CsvFileOutput {
  /** 仕様どおりのファイル名。 */
  readonly fileName: string;
  /** MS932 のバイト列。 */
  readonly bytes: Uint8Array;
  /** 同じ内容の文字列。 */
  readonly text: string;
}

/** {@link writeForms} の結果。error があればファイルを作らない。 */
export type WriteFormsResult =
  | {
      readonly ok: true;
      readonly files: readonly CsvFileOutput[];
      readonly issues: readonly CsvIssue[];
    }
  | { readonly ok: false; readonly issues: readonly CsvIssue[] };

/** {@link writeForms} のオプション。 */
export interface WriteFormsOptions {
  /** MS932 にない文字の置き換え表（明示したときだけ使い、置き換えは warning で報告）。writeCsv の同名のオプションと同じ。 */
  readonly substitutions?: Readonly<Record<string, string>>;
}

/** 書き込みの既定の CSVバージョン（第4.1版）。 */
export const DEFAULT_CSV_VERSION = '202407';

/**
 * `@kaigo/forms` の様式のオブジェクトを CSV ファイル（主ファイルと別表）にする。どんな入力でも例外を投げない。
 * 様式はまず `validate(form, value)` で検証し、通らなければ何件目のどの項目かを指摘してファイルを作らない。
 * 別表の行には親の紐づけの項目を入れ、ファイル名の後半5要素（送信元・送信先・作成日時）は主ファイルと同じにする。
 * 別表の行がひとつもなければ別表のファイルは作らない。第6表は `kind` で UPPLAN／UPJSK に分ける。
 * 指摘の `line` は何件目の様式か（1 始まり）、`key` は様式の中の位置（例 `supportPlan.2.goal`）。
 * 例外を投げる getter や Proxy（対応表・様式の配列・各様式・送信単位の値・オプション）も指摘にする
 * （`header.type`、`header.unreadable`、`form.unreadable` など）。様式は 1,000,000 件まで。
 *
 * @source mhlw-careplan-csv-v4 別添1 2.4・3.4（送信単位とファイル連番）、別紙 各レイアウトのファイル名規約
 * @example
 * ```ts
 * const w = writeForms(PREVENTION_PLAN_CSV, [plan], {
 *   sender: { officeNumber: '0300000100', serviceType: '46' },
 *   receiver: { officeNumber: '0300000005', serviceType: 'A1' },
 *   timestamp: '20250401093000',
 * });
 * if (w.ok) for (const f of w.files) console.log(f.fileName, f.bytes.length);
 * ```
 */
export function writeForms<S extends z.ZodType>(
  mapping: FormFileMapping<S>,
  forms: readonly unknown[],
  header: TransmissionHeader,
  options?: WriteFormsOptions | null,
): WriteFormsResult {
  try {
    return writeFormsChecked(mapping, forms, header, options);
  } catch {
    return {
      ok: false,
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

interface HeaderSnapshot {
  readonly sender: Party;
  readonly receiver: Party;
  readonly timestamp: string;
  readonly month?: YearMonth;
  readonly csvVersion: string;
}

const HEADER_MESSAGE =
  '送信元・送信先（事業所番号・サービス種類コードの文字列）と作成日時（TransmissionHeader）を指定してください。';

function readParty(v: unknown): Party | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  const { officeNumber, serviceType } = v as Record<string, unknown>;
  if (typeof officeNumber !== 'string' || typeof serviceType !== 'string') return undefined;
  return { officeNumber, serviceType };
}

/** Reads the header once; a finding (never a throw) when it is missing, malformed or unreadable. */
function readHeader(header: unknown): HeaderSnapshot | CsvIssue {
  if (header === null || typeof header !== 'object')
    return { code: 'header.type', severity: 'error', message: HEADER_MESSAGE };
  let raw: Record<string, unknown>;
  try {
    const h = header as Record<string, unknown>;
    raw = {
      sender: readParty(h.sender),
      receiver: readParty(h.receiver),
      timestamp: h.timestamp,
      month: h.month,
      csvVersion: h.csvVersion,
    };
  } catch {
    return {
      code: 'header.unreadable',
      severity: 'error',
      message:
        '送信単位の値（TransmissionHeader）を読み取れません（値の読み取りで例外が発生しました）。',
    };
  }
  const { sender, receiver, timestamp, month, csvVersion } = raw;
  if (!sender || !receiver || typeof timestamp !== 'string')
    return { code: 'header.type', severity: 'error', message: HEADER_MESSAGE };
  if (month !== undefined && typeof month !== 'string')
    return {
      code: 'header.month',
      severity: 'error',
      message: '提供年月は YYYY-MM の文字列です。',
    };
  if (csvVersion !== undefined && (typeof csvVersion !== 'string' || !/^\d{6}$/.test(csvVersion)))
    return {
      code: 'header.csvVersion',
      severity: 'error',
      message: 'CSVバージョンは6桁の数字（例 202407）の文字列です。',
    };
  return {
    sender: sender as Party,
    receiver: receiver as Party,
    timestamp,
    ...(month === undefined ? {} : { month: month as YearMonth }),
    csvVersion: (csvVersion as string | undefined) ?? DEFAULT_CSV_VERSION,
  };
}

function writeFormsChecked(
  mappingIn: unknown,
  forms: unknown,
  headerIn: unknown,
  optionsIn: unknown,
): WriteFormsResult {
  const issues: CsvIssue[] = [];
  const mapping: MappingSnapshot | undefined = snapshotMapping(mappingIn);
  if (!mapping) {
    return {
      ok: false,
      issues: [{ code: 'mapping.invalid', severity: 'error', message: MAPPING_INVALID_MESSAGE }],
    };
  }
  if (!Array.isArray(forms)) {
    return {
      ok: false,
      issues: [
        { code: 'forms.type', severity: 'error', message: '様式は配列で指定してください。' },
      ],
    };
  }
  const formCount = (forms as unknown[]).length;
  if (!Number.isSafeInteger(formCount) || formCount > MAX_WRITE_RECORDS) {
    return {
      ok: false,
      issues: [
        {
          code: 'forms.tooMany',
          severity: 'error',
          message: `様式が多すぎます（${MAX_WRITE_RECORDS.toLocaleString('en-US')} 件まで）。`,
        },
      ],
    };
  }
  const header = readHeader(headerIn);
  if ('code' in header) return { ok: false, issues: [header] };
  const options = readWriteOptions(optionsIn, issues);
  if (!options) return { ok: false, issues };
  const substitutions =
    options.substitutions === undefined ? undefined : Object.fromEntries(options.substitutions);
  const version = header.csvVersion;
  const records = new Map<FileLayout, unknown[]>();
  const origins = new Map<
    FileLayout,
    { line: number; prefix: string; header: ReadonlySet<string> }[]
  >();
  const push = (
    layout: FileLayout,
    record: unknown,
    origin: { line: number; prefix: string; header: ReadonlySet<string> },
  ): void => {
    let list = records.get(layout);
    let from = origins.get(layout);
    if (!list || !from) {
      list = [];
      from = [];
      records.set(layout, list);
      origins.set(layout, from);
    }
    list.push(record);
    from.push(origin);
  };
  const omit = new Set<string>(mapping.children.map((c) => c.key));
  if (mapping.kind) omit.add(mapping.kind.key);
  if (mapping.rowsKey) omit.add(mapping.rowsKey);
  const writeForm = (form: unknown, index: number): void => {
    const line = index + 1;
    const v = validate(mapping.form, form);
    if (!v.ok) {
      for (const i of v.issues)
        issues.push({
          code: `form.${i.code}`,
          severity: 'error',
          message: i.message,
          line,
          key: i.path.join('.'),
        });
      return;
    }
    const value = v.data as Record<string, unknown>;
    const csvVersion = (value.csvVersion as string | undefined) ?? version;
    const layout = layoutFor(mapping, value);
    if (!layout) {
      issues.push({
        code: 'form.kind',
        severity: 'error',
        message: '様式の区分からファイルを決められません。',
        line,
      });
      return;
    }
    const base: Record<string, unknown> = { csvVersion };
    for (const [k, val] of Object.entries(value))
      if (!omit.has(k) && k !== 'csvVersion') base[k] = val;
    if (mapping.rowsKey) {
      const rows = (value[mapping.rowsKey] as readonly Record<string, unknown>[] | undefined) ?? [];
      if (rows.length === 0) {
        issues.push({
          code: 'form.noRows',
          severity: 'error',
          message: '行のない様式は CSV に書けません（このファイルは1行以上で1様式を表します）。',
          line,
          key: mapping.rowsKey,
        });
        return;
      }
      const headerKeys = new Set(Object.keys(base));
      rows.forEach((row, i) =>
        push(
          layout,
          { ...base, ...row },
          { line, prefix: `${mapping.rowsKey}.${i}.`, header: headerKeys },
        ),
      );
    } else {
      push(layout, base, { line, prefix: '', header: new Set() });
    }
    for (const child of mapping.children) {
      const rows = (value[child.key] as readonly Record<string, unknown>[] | undefined) ?? [];
      const link: Record<string, unknown> = { csvVersion };
      for (const k of child.layout.key) link[k] = value[k];
      const linkKeys = new Set(Object.keys(link));
      rows.forEach((row, i) =>
        push(
          child.layout,
          { ...link, ...row },
          { line, prefix: `${child.key}.${i}.`, header: linkKeys },
        ),
      );
    }
  };
  for (let index = 0; index < formCount; index++) {
    try {
      writeForm((forms as unknown[])[index], index);
    } catch {
      issues.push({
        code: 'form.unreadable',
        severity: 'error',
        message: '様式を読み取れません（値の読み取りで例外が発生しました）。',
        line: index + 1,
      });
    }
  }
  if (hasCsvErrors(issues)) return { ok: false, issues };

  const files: CsvFileOutput[] = [];
  const layouts = [...mapping.layouts, ...mapping.children.map((c) => c.layout)];
  for (const { layout, list, from, month } of fileGroups(layouts, records, origins, header.month)) {
    const name = buildFileName({
      prefix: layout.prefix as FilePrefix,
      ...(month === undefined ? {} : { month }),
      sender: header.sender,
      receiver: header.receiver,
      timestamp: header.timestamp,
    });
    if (!name.ok) {
      issues.push({ code: name.error.code, severity: 'error', message: name.error.message });
      continue;
    }
    const w = writeCsv(layout, list, {
      fileName: name.value,
      ...(substitutions === undefined ? {} : { substitutions }),
    });
    // Point CSV-level findings at the form (1-based form number) and its key path.
    for (const i of w.issues) {
      const o = i.line === undefined ? undefined : from[i.line - 1];
      if (!o) {
        issues.push(i);
        continue;
      }
      const key =
        i.key === undefined ? undefined : o.header.has(i.key) ? i.key : `${o.prefix}${i.key}`;
      issues.push({ ...i, line: o.line, ...(key === undefined ? {} : { key }) });
    }
    if (w.ok) files.push({ fileName: name.value, bytes: w.bytes, text: w.text });
  }
  if (hasCsvErrors(issues)) return { ok: false, issues };
  return { ok: true, files, issues };
}

function layoutFor(
  mapping: MappingSnapshot,
  value: Record<string, unknown>,
): FileLayout | undefined {
  if (!mapping.kind) return mapping.layouts[0];
  const kind = value[mapping.kind.key];
  const prefix = [...mapping.kind.byPrefix].find(([, k]) => k === kind)?.[0];
  return mapping.layouts.find((l) => l.prefix === prefix);
}

interface Origin {
  readonly line: number;
  readonly prefix: string;
  readonly header: ReadonlySet<string>;
}

/**
 * The files to write: one per layout, except 利用者補足情報 (file name month optional) whose rows are split by their
 * link — `000000` for the rows of 第1・2表, the target month for the rows of 第6・7表 — unless the header names the month.
 */
function fileGroups(
  layouts: readonly FileLayout[],
  records: ReadonlyMap<FileLayout, unknown[]>,
  origins: ReadonlyMap<FileLayout, Origin[]>,
  headerMonth: YearMonth | undefined,
): { layout: FileLayout; list: unknown[]; from: Origin[]; month: YearMonth | undefined }[] {
  const out: {
    layout: FileLayout;
    list: unknown[];
    from: Origin[];
    month: YearMonth | undefined;
  }[] = [];
  for (const layout of layouts) {
    const list = records.get(layout);
    if (!list || list.length === 0) continue;
    const from = origins.get(layout) ?? [];
    if (layout.monthSegment === 'none') {
      out.push({ layout, list, from, month: undefined });
      continue;
    }
    const monthOf = (r: unknown): YearMonth | undefined =>
      (r as { targetMonth?: YearMonth }).targetMonth;
    if (layout.monthSegment === 'required' || headerMonth !== undefined) {
      out.push({ layout, list, from, month: headerMonth ?? monthOf(list[0]) });
      continue;
    }
    const groups = new Map<YearMonth | undefined, { list: unknown[]; from: Origin[] }>();
    list.forEach((r, i) => {
      const m = monthOf(r);
      let g = groups.get(m);
      if (!g) {
        g = { list: [], from: [] };
        groups.set(m, g);
      }
      g.list.push(r);
      const o = from[i];
      if (o) g.from.push(o);
    });
    for (const [month, g] of groups) out.push({ layout, list: g.list, from: g.from, month });
  }
  return out;
}
