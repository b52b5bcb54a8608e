import type { CsvIssue } from '../codec/issue';
import { hasCsvErrors } from '../codec/issue';
import type { TextRow } from '../codec/csvText';
import type { CsvFileName } from '../fileName/fileName';
import type { FileLayout } from '../layout/layout';
import { SUPPORTED_CSV_VERSIONS } from '../layout/registry';
import type { LayoutVersion } from '../layout/version';
import { STRUCTURE_CHECKS, runStructureChecks } from '../structure/structureChecks';
import type { CompiledLayout } from './compiled';
import { LAYOUT_INVALID_MESSAGE, compile } from './compiled';
import { pushAll } from './internal';
import { decodePhase, splitPhase } from './read/decodeAndSplit';
import type { MappedRows } from './read/mapRows';
import { mapRows } from './read/mapRows';
import type { ReadSetup } from './read/resolveRead';
import { layoutFor, resolveRead } from './read/resolveRead';

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
  /** 使った版の id（レイアウトを渡さずに版から決めたとき。例 `V4`）。 */
  readonly version?: string;
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
  /** レイアウト（省略時はファイル名の ID と版から決める）。 */
  readonly layout?: FileLayout;
  /**
   * ファイル名（ID・年月の確認と、指摘の `file` に使う）。{@link parseFileName} の結果（読み済みのファイル名）も渡せる
   * （そのときは読み直さない。指摘の `file` は組み立て直した名前）。
   */
  readonly fileName?: string | CsvFileName;
  /** `fileName` の文字列を {@link parseFileName} で読み済みのとき、その結果（読み直さない。{@link readForms} が使う）。 */
  readonly parsedFileName?: CsvFileName;
  /**
   * 登録する版（先頭が既定）。省略時は `[V4_LAYOUTS]`。`layout` を省略すると、ファイルの CSVバージョン（1行目の No.1）が
   * `csvVersions` に含まれる版の、ファイル名の ID のレイアウトで読む（どの版にもなければ先頭の版）。
   */
  readonly versions?: readonly LayoutVersion[];
  /** 版の id（`versions` の中の1つ）。指定するとファイルの CSVバージョンによらずその版で読む。 */
  readonly version?: string;
}

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

// The phases: resolve (options, file name, layout) → decode (MS932) → split (rows) → map (fields, records)
// → validate (structure checks, file-wide findings). Each phase adds findings and never throws on its own.
function readCsvChecked(bytesIn: unknown, optionsIn: unknown): ReadCsvResult {
  const issues: CsvIssue[] = [];
  const setup = resolveRead(optionsIn, issues);
  if (!setup) return { ok: false, rows: [], rejected: [], issues };
  const { at, fileName } = setup;
  const named = fileName === undefined ? {} : { fileName };
  // The layout before reading the bytes (the default or forced version): layout problems are reported first.
  let picked = layoutFor(setup, undefined);
  let c = checkLayout(picked.layout, fileName, at, issues);
  if (!c) return { ok: false, ...named, rows: [], rejected: [], issues };
  const base = { layout: picked.layout as FileLayout, ...named };
  const decoded = decodePhase(bytesIn, at, issues);
  if (!decoded) return { ok: false, ...base, rows: [], rejected: [], issues };
  const dataRows = splitPhase(decoded.text, at, issues);
  // A later version of the specification: the file's CSVバージョン picks that version's layout.
  const detected = layoutFor(setup, csvVersionOf(dataRows));
  if (detected.layout !== picked.layout && detected.layout) {
    const again = compile(detected.layout);
    if (again.ok) {
      picked = detected;
      c = again.compiled;
    }
  }
  const structure = STRUCTURE_CHECKS.some((check) => check.prefixes.includes(c.prefix));
  const mapped = mapRows(c, dataRows, decoded.suspicious, fileName?.month, at, issues, structure);
  validatePhase(c, mapped, dataRows.length, picked.version, setup, issues);
  return {
    ok: !hasCsvErrors(issues),
    layout: picked.layout as FileLayout,
    ...named,
    ...(picked.version === undefined ? {} : { version: picked.version.id }),
    ...(mapped.csvVersion === undefined ? {} : { csvVersion: mapped.csvVersion }),
    rows: mapped.rows,
    rejected: mapped.rejected,
    issues,
  };
}

/** Compiles the layout and checks it against the file name; undefined after a finding that stops the reading. */
function checkLayout(
  layout: FileLayout | undefined,
  fileName: CsvFileName | undefined,
  at: { readonly file?: string },
  issues: CsvIssue[],
): CompiledLayout | undefined {
  if (!layout) {
    issues.push({
      code: 'file.layoutUnknown',
      severity: 'error',
      message: 'ファイルの種類が分かりません。ファイル名かレイアウトを指定してください。',
      ...at,
    });
    return undefined;
  }
  const compiled = compile(layout);
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
  if (fileName && fileName.prefix !== c.prefix) {
    issues.push({
      code: 'fileName.layoutMismatch',
      severity: 'error',
      message: `ファイル名の ID が指定のレイアウト（${c.label}）と違います。`,
      ...at,
    });
  }
  return c;
}

/** The CSVバージョン column of the first data row, when it looks like one (6 digits). */
function csvVersionOf(rows: readonly TextRow[]): string | undefined {
  const first = rows[0]?.fields[0];
  return first !== undefined && /^\d{6}$/.test(first) ? first : undefined;
}

/** Phase 4: the structure checks of the file kind, and the file-wide findings (no records, unknown version). */
function validatePhase(
  c: CompiledLayout,
  mapped: MappedRows,
  dataRows: number,
  version: LayoutVersion | undefined,
  setup: ReadSetup,
  issues: CsvIssue[],
): void {
  const at = setup.at;
  if (mapped.structureRows.length > 0) {
    const fileMonth = setup.fileName === undefined ? undefined : (setup.fileName.month ?? null);
    pushAll(
      issues,
      runStructureChecks(mapped.structureRows, { prefix: c.prefix, fileMonth }, c.columns, at),
    );
  }
  if (dataRows === 0) {
    issues.push({
      code: 'file.noRecords',
      severity: 'error',
      message: 'データの行がありません（空行・見出し行だけのファイル）。',
      ...at,
    });
  }
  const csvVersion = mapped.csvVersion;
  const known = version?.csvVersions ?? SUPPORTED_CSV_VERSIONS;
  if (csvVersion !== undefined && !known.includes(csvVersion)) {
    issues.push({
      code: 'file.csvVersion',
      severity: 'warning',
      message:
        'CSVバージョンが第4版の値（202407）ではありません。項目の並びが違う可能性があります。',
      ...at,
      column: 1,
    });
  }
}
