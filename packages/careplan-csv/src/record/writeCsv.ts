import type { CsvIssue } from '../codec/issue';
import { hasCsvErrors } from '../codec/issue';
import { quoteText } from '../codec/csvText';
import { findUnencodable, isMs932Encodable } from '../codec/ms932';
import { Ms932Unavailable, codePointLabel, encodeMs932Checked } from '../codec/ms932Table';
import { parseFileName } from '../fileName/fileName';
import type { FileLayout } from '../layout/layout';
import type { CompiledLayout } from './compiled';
import { LAYOUT_INVALID_MESSAGE, compile } from './compiled';
import { writeFieldOf } from './field';
import { getAt, leafKeys } from './path';
import { pushAll, readWriteOptions } from './internal';

/** {@link writeCsv} のオプション。 */
export interface WriteCsvOptions {
  /** ファイル名（指摘の `file` と、年月の確認に使う）。 */
  readonly fileName?: string;
  /**
   * MS932 にない文字の置き換え表（1文字 → MS932 の文字列）。明示したときだけ使い、置き換えた箇所はすべて
   * warning `encoding.substituted` として報告する。例: `MS932_COMMON_SUBSTITUTIONS`。
   */
  readonly substitutions?: Readonly<Record<string, string>>;
}

/** {@link writeCsv} の結果。error があればバイト列は作らない（表せない文字を黙って置き換えない）。 */
export type WriteCsvResult =
  | {
      readonly ok: true;
      /** MS932 のバイト列。 */
      readonly bytes: Uint8Array;
      /** 同じ内容の文字列（CRLF 区切り）。 */
      readonly text: string;
      /** warning・info の指摘。 */
      readonly issues: readonly CsvIssue[];
    }
  | { readonly ok: false; readonly issues: readonly CsvIssue[] };

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * 行のオブジェクトを V4 の CSV（MS932、CRLF、フリーテキストのみ `"…"`）にする。どんな入力でも例外を投げない。
 * 型の合わない値、項目表にないキー（黙って捨てない）、MS932 で表せない文字は、何件目の行のどの項目かを示す指摘にする。
 * 「上と同じ」の規則（UP2KYO、UPYOBO_SUB）があれば、前の行と同じ値を空欄にする。同じ範囲の行で値がないとき
 * も空欄になり、読むときは「上と同じ」と読まれる（様式の行も同じ約束で、繰り返しの行は空にしてよい）。
 * 指摘の `line` は何件目のレコードか（1 始まり）。
 *
 * 例外を投げる getter や Proxy（オプション・レコードの配列・各レコード・各項目・レイアウト）も指摘にする
 * （`options.unreadable`、`record.unreadable`、`layout.invalid` など）。`options` は省略・`null` でよい。
 * レコードは 1,000,000 件まで（`records.tooMany`）。レコードが0件なら空のファイルになる（warning `records.empty`。
 * 読むときは空のファイルとして指摘される）。囲まない項目（コード・日付・数字など）にカンマ・引用符・改行があれば
 * 列がずれるので書かない（`field.delimiter`）。
 *
 * @source mhlw-careplan-csv-v4 別紙 各レイアウト（文字コード、注記: フリーテキストは""で囲う）
 * @example
 * ```ts
 * const r = writeCsv(DLTYOBO, [
 *   { csvVersion: '202407', insurerNumber: '039999', insuredNumber: '0000000001', planDate: '2025-04-01' },
 * ]);
 * r.ok && r.text; // => '202407,039999,0000000001,20250401\r\n'
 * ```
 */
export function writeCsv(
  layout: FileLayout,
  records: readonly unknown[],
  options?: WriteCsvOptions | null,
): WriteCsvResult {
  try {
    return writeCsvChecked(layout, records, options);
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

/** {@link writeCsv} が受け付けるレコードの数の上限（長さを偽る Proxy で止まらなくならないため）。 */
export const MAX_WRITE_RECORDS = 1_000_000;

// Values that would shift the columns if written unquoted.
const DELIMITER = /[",\r\n]/;

function writeCsvChecked(layoutIn: unknown, records: unknown, optionsIn: unknown): WriteCsvResult {
  const issues: CsvIssue[] = [];
  const options = readWriteOptions(optionsIn, issues);
  if (!options) return { ok: false, issues };
  const file = options.fileName;
  const at = file === undefined ? {} : { file };
  const compiled = compile(layoutIn);
  if (!compiled.ok) {
    issues.push({
      code: 'layout.invalid',
      severity: 'error',
      message: LAYOUT_INVALID_MESSAGE,
      ...at,
    });
    return { ok: false, issues };
  }
  const c: CompiledLayout = compiled.compiled;
  let month: string | undefined;
  if (file !== undefined) {
    const parsed = parseFileName(file);
    if (!parsed.ok)
      issues.push({
        code: parsed.error.code,
        severity: 'error',
        message: parsed.error.message,
        ...at,
      });
    else {
      month = parsed.value.month;
      if (parsed.value.prefix !== c.prefix)
        issues.push({
          code: 'fileName.layoutMismatch',
          severity: 'error',
          message: `ファイル名の ID がレイアウト（${c.label}）と違います。`,
          ...at,
        });
    }
  }
  if (!Array.isArray(records)) {
    issues.push({
      code: 'records.type',
      severity: 'error',
      message: 'レコードは配列で指定してください。',
      ...at,
    });
    return { ok: false, issues };
  }
  const count = (records as unknown[]).length;
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_WRITE_RECORDS) {
    issues.push({
      code: 'records.tooMany',
      severity: 'error',
      message: `レコードが多すぎます（1ファイル ${MAX_WRITE_RECORDS.toLocaleString('en-US')} 件まで）。`,
      ...at,
    });
    return { ok: false, issues };
  }
  if (count === 0) {
    issues.push({
      code: 'records.empty',
      severity: 'warning',
      message:
        'レコードが0件のため、空のファイルになります（空のファイルは読み込みで指摘されます）。',
      ...at,
    });
  }
  const subs = options.substitutions;
  const cols = c.columns;
  const lines: string[] = [];
  let version: string | undefined;
  let prev: unknown[] | undefined;

  const writeRecord = (record: unknown, index: number): void => {
    const line = index + 1;
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      issues.push({
        code: 'record.type',
        severity: 'error',
        message: 'レコードがオブジェクトではありません。',
        ...at,
        line,
      });
      prev = undefined;
      return;
    }
    const rec = record as Record<string, unknown>;
    const recordIssues: CsvIssue[] = [];
    const unknownKeys: string[] = [];
    for (const k of Object.keys(rec)) {
      const v = rec[k];
      if (v !== null && typeof v === 'object') {
        for (const key of leafKeys(v, k)) if (!c.keySet.has(key)) unknownKeys.push(key);
      } else if (v !== undefined && !c.keySet.has(k)) unknownKeys.push(k);
    }
    for (const key of unknownKeys) {
      recordIssues.push({
        code: 'record.unknownKey',
        severity: 'error',
        message: `${c.label} の項目にないキーです（値は書き出されません）。`,
        ...at,
        line,
        key,
      });
    }
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
      let out = w.text;
      if (!ASCII.test(out)) {
        if (subs) {
          let replaced = '';
          let position = 0;
          for (const ch of out) {
            position++;
            const to = subs.get(ch);
            const cp = ch.codePointAt(0) ?? 0;
            if (to !== undefined && !isMs932Encodable(cp)) {
              replaced += to;
              recordIssues.push({
                code: 'encoding.substituted',
                severity: 'warning',
                message: `${col.name}: MS932 にない文字を置き換え表に従って置き換えました（${position}文字目）。`,
                ...where(),
                position,
                codePoint: codePointLabel(cp),
              });
            } else replaced += ch;
          }
          out = replaced;
        }
        for (const u of findUnencodable(out)) {
          recordIssues.push({
            code: 'encoding.unencodable',
            severity: 'error',
            message: `${col.name}: Shift-JIS（MS932）で表せない文字があります（${u.position}文字目）。MS932 の文字に置き換えてください。`,
            ...where(),
            position: u.position,
            codePoint: u.codePoint,
          });
        }
      }
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
    const v0 = values[c.versionIndex];
    if (typeof v0 === 'string') {
      version ??= v0;
      if (v0 !== version)
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
      month ??= values[c.monthIndex] as string;
      if (values[c.monthIndex] !== month) {
        const col = cols[c.monthIndex];
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
    if (c.repeats.length > 0) {
      const p = prev;
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
    // Issues are added only when the whole record was read: a throw part-way reports the record once.
    pushAll(issues, recordIssues);
    prev = values;
    lines.push(texts.join(','));
  };

  for (let index = 0; index < count; index++) {
    try {
      writeRecord((records as unknown[])[index], index);
    } catch {
      // Throwing getters, Proxy traps, cycles or absurd nesting: report the record, never crash.
      issues.push({
        code: 'record.unreadable',
        severity: 'error',
        message: 'レコードを読み取れません（値の読み取りで例外が発生したか、入れ子が深すぎます）。',
        ...at,
        line: index + 1,
      });
      prev = undefined;
    }
  }
  if (hasCsvErrors(issues)) return { ok: false, issues };
  const text = lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
  let bytes: Uint8Array | undefined;
  try {
    bytes = encodeMs932Checked(text);
  } catch (error) {
    issues.push({
      code: error instanceof Ms932Unavailable ? 'encoding.unavailable' : 'encoding.failed',
      severity: 'error',
      message:
        'Shift-JIS（MS932）に変換できません（この実行環境に文字コード表がないか、メモリ不足）。',
      ...at,
    });
    return { ok: false, issues };
  }
  if (!bytes) {
    // Unreachable when every field was checked; never write a substitute byte.
    issues.push({
      code: 'encoding.unencodable',
      severity: 'error',
      message: 'Shift-JIS（MS932）で表せない文字があります。',
      ...at,
    });
    return { ok: false, issues };
  }
  return { ok: true, bytes, text, issues };
}
