import type { YearMonth } from '@kaigo/core';
import { validate } from '@kaigo/forms';
import type * as z from 'zod';
import type { CsvIssue } from '../codec/issue';
import { hasCsvErrors } from '../codec/issue';
import type { Party } from '../fileName/fileName';
import { buildFileName } from '../fileName/fileName';
import type { FilePrefix } from '../layout/registry';
import type { FileLayout } from '../layout/layout';
import { writeCsv } from '../record/writeCsv';
import type { FormFileMapping } from './mappings';

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
  options: WriteFormsOptions = {},
): WriteFormsResult {
  const issues: CsvIssue[] = [];
  if (!Array.isArray(forms)) {
    return {
      ok: false,
      issues: [
        { code: 'forms.type', severity: 'error', message: '様式は配列で指定してください。' },
      ],
    };
  }
  if (header === null || typeof header !== 'object') {
    return {
      ok: false,
      issues: [
        {
          code: 'header.type',
          severity: 'error',
          message: '送信元・送信先・作成日時（TransmissionHeader）を指定してください。',
        },
      ],
    };
  }
  const version = header.csvVersion ?? DEFAULT_CSV_VERSION;
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
  const omit = new Set<string>([...(mapping.children ?? []).map((c) => c.key)]);
  if (mapping.kind) omit.add(mapping.kind.key);
  if (mapping.rowsKey) omit.add(mapping.rowsKey);
  forms.forEach((form, index) => {
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
    for (const child of mapping.children ?? []) {
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
  });
  if (hasCsvErrors(issues)) return { ok: false, issues };

  const files: CsvFileOutput[] = [];
  const layouts = [...mapping.layouts, ...(mapping.children ?? []).map((c) => c.layout)];
  for (const layout of layouts) {
    const list = records.get(layout);
    if (!list || list.length === 0) continue;
    const firstMonth = (list[0] as { targetMonth?: YearMonth }).targetMonth;
    const month = layout.monthSegment === 'none' ? undefined : (header.month ?? firstMonth);
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
      ...(options.substitutions === undefined ? {} : { substitutions: options.substitutions }),
    });
    // Point CSV-level findings at the form (1-based form number) and its key path.
    const from = origins.get(layout) ?? [];
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
  mapping: FormFileMapping,
  value: Record<string, unknown>,
): FileLayout | undefined {
  if (!mapping.kind) return mapping.layouts[0];
  const kind = value[mapping.kind.key];
  const prefix = Object.entries(mapping.kind.byPrefix).find(([, k]) => k === kind)?.[0];
  return mapping.layouts.find((l) => l.prefix === prefix);
}
