import type { CsvIssue } from '../codec/issue';
import { hasCsvErrors } from '../codec/issue';
import type { CsvFileName } from '../fileName/fileName';
import { parseFileName } from '../fileName/fileName';
import type { FileLayout } from '../layout/layout';
import { runStructureChecks } from '../structure/structureChecks';
import { LAYOUT_INVALID_MESSAGE, compile } from './compiled';
import { pushAll, readWriteOptions } from './internal';
import { encodePhase } from './write/encode';
import type { WriteSetup } from './write/mapRecords';
import { mapRecords } from './write/mapRecords';

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

// The phases: resolve (options, layout, file name) → records (an array of a sane length) → map (each record to
// column texts, field and character checks, "same as above") → validate (structure checks) → encode (MS932).
function writeCsvChecked(layoutIn: unknown, records: unknown, optionsIn: unknown): WriteCsvResult {
  const issues: CsvIssue[] = [];
  const setup = resolveWrite(layoutIn, optionsIn, issues);
  if (!setup) return { ok: false, issues };
  const count = recordCount(records, setup.at, issues);
  if (count === undefined) return { ok: false, issues };
  const mapped = mapRecords(setup, records as unknown[], count, issues);
  if (!hasCsvErrors(issues) && mapped.structureRows.length > 0) {
    const fileMonth = setup.fileName === undefined ? undefined : (setup.fileName.month ?? null);
    pushAll(
      issues,
      runStructureChecks(
        mapped.structureRows,
        { prefix: setup.c.prefix, fileMonth },
        setup.c.columns,
        setup.at,
      ),
    );
  }
  if (hasCsvErrors(issues)) return { ok: false, issues };
  const text = mapped.lines.length === 0 ? '' : `${mapped.lines.join('\r\n')}\r\n`;
  const encoded = encodePhase(text, setup.at);
  if (!encoded.ok) {
    issues.push(encoded.issue);
    return { ok: false, issues };
  }
  return { ok: true, bytes: encoded.bytes, text, issues };
}

/** Reads the options once, compiles the layout and checks the file name against it. */
function resolveWrite(
  layoutIn: unknown,
  optionsIn: unknown,
  issues: CsvIssue[],
): WriteSetup | undefined {
  const options = readWriteOptions(optionsIn, issues);
  if (!options) return undefined;
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
    return undefined;
  }
  const c = compiled.compiled;
  let fileName: CsvFileName | undefined;
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
      fileName = parsed.value;
      if (parsed.value.prefix !== c.prefix)
        issues.push({
          code: 'fileName.layoutMismatch',
          severity: 'error',
          message: `ファイル名の ID がレイアウト（${c.label}）と違います。`,
          ...at,
        });
    }
  }
  return {
    c,
    at,
    ...(fileName === undefined ? {} : { fileName }),
    ...(options.substitutions === undefined ? {} : { substitutions: options.substitutions }),
  };
}

/** The number of records, or undefined after a finding (not an array, a length that is not sane). */
function recordCount(
  records: unknown,
  at: { readonly file?: string },
  issues: CsvIssue[],
): number | undefined {
  if (!Array.isArray(records)) {
    issues.push({
      code: 'records.type',
      severity: 'error',
      message: 'レコードは配列で指定してください。',
      ...at,
    });
    return undefined;
  }
  const count = (records as unknown[]).length;
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_WRITE_RECORDS) {
    issues.push({
      code: 'records.tooMany',
      severity: 'error',
      message: `レコードが多すぎます（1ファイル ${MAX_WRITE_RECORDS.toLocaleString('en-US')} 件まで）。`,
      ...at,
    });
    return undefined;
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
  return count;
}
