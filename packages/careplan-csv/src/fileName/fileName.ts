import type { Outcome, YearMonth } from '@kaigo/core';
import { failure, isSupportedCalendarDate, success } from '@kaigo/core';
import type { FilePrefix } from '../layout/registry';
import { layoutOf } from '../layout/registry';

/** 送信元・送信先（事業所番号10桁とサービス種類コード2桁）。 */
export interface Party {
  /** 事業所番号（10桁）。 */
  readonly officeNumber: string;
  /** サービス種類コード（英数字2桁。例 `43` 居宅介護支援、`46` 介護予防支援、`A1`）。 */
  readonly serviceType: string;
}

/** ファイル名の要素。 */
export interface CsvFileName {
  /** 先頭（ID）。 */
  readonly prefix: FilePrefix;
  /** 提供年月（対象年月）`YYYY-MM`。年月のないファイル、UPHOSOKU の `000000` のときは undefined。 */
  readonly month?: YearMonth;
  /** 送信元。 */
  readonly sender: Party;
  /** 送信先。 */
  readonly receiver: Party;
  /** 作成日時 `YYYYMMDDHHMMSS`（14桁）。同じ送信単位のファイルは同じ値にする。 */
  readonly timestamp: string;
}

/** 家族構成の画像ファイル（UPKIHON_IMAGE）の名前の要素。 */
export interface ImageFileName {
  /** 親の利用者基本情報ファイルと同じ送信元・送信先・日時。 */
  readonly parent: Omit<CsvFileName, 'prefix' | 'month'>;
  /** 枝番（1〜9999）。 */
  readonly branch: number;
}

const OFFICE = /^\d{10}$/;
const SERVICE_TYPE = /^[0-9A-Z]{2}$/;
const TIMESTAMP = /^\d{14}$/;
const PREFIXES: readonly FilePrefix[] = [
  // Longer prefixes first: UPYOBO_SUB before UPYOBO, UPKIHON_SUB1 before UPKIHON.
  'UPKIHON_SUB1',
  'UPKIHON_SUB2',
  'UPYOBO_SUB',
  'UPKIHON',
  'DLTKIHON',
  'UPYOBO',
  'DLTYOBO',
  'UPHOSOKU',
  'UP1KYO',
  'DLT1KYO',
  'UP2KYO',
  'UP3KYO',
  'UPPLAN',
  'DLTPLAN',
  'UPJSK',
  'DLTJSK',
  'UPSIKYU',
];

/**
 * 作成日時 `YYYYMMDDHHMMSS` が実在する日時か。
 *
 * @example
 * ```ts
 * isValidTimestamp('20250401093000'); // => true
 * isValidTimestamp('20250230093000'); // => false
 * ```
 */
export function isValidTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !TIMESTAMP.test(value)) return false;
  const n = (a: number, b: number): number => Number(value.slice(a, b));
  return (
    isSupportedCalendarDate(n(0, 4), n(4, 6), n(6, 8)) &&
    n(8, 10) < 24 &&
    n(10, 12) < 60 &&
    n(12, 14) < 60
  );
}

function checkParty(p: unknown, who: string): string | undefined {
  if (p === null || typeof p !== 'object')
    return `${who}（事業所番号とサービス種類コード）がありません。`;
  const { officeNumber, serviceType } = p as Record<string, unknown>;
  if (typeof officeNumber !== 'string' || !OFFICE.test(officeNumber))
    return `${who}の事業所番号は10桁の数字です。`;
  if (typeof serviceType !== 'string' || !SERVICE_TYPE.test(serviceType))
    return `${who}のサービス種類コードは英数字2桁です。`;
  return undefined;
}

const UNREADABLE = (): Outcome<never> =>
  failure(
    'fileName.unreadable',
    'ファイル名の要素を読み取れません（値の読み取りで例外が発生しました）。',
  );

/**
 * ファイル名を作る: `<ID>[_<YYYYMM>]_<送信元事業所番号>_<送信元サービス種類>_<送信先事業所番号>_<送信先サービス種類>_<YYYYMMDDHHMMSS>.CSV`。
 * 年月は UPPLAN・UPJSK・DLTPLAN・DLTJSK・UPSIKYU で必須、UPHOSOKU では任意（ないとき `000000`）、それ以外は付けない。
 * どんな入力でも例外を投げない（型の合わない要素、例外を投げる getter も失敗として返す）。
 *
 * @source mhlw-careplan-csv-v4 別紙 各レイアウトのファイル名規約（第4.1版: サービス種類コード2桁）
 * @example
 * ```ts
 * buildFileName({
 *   prefix: 'UPKIHON',
 *   sender: { officeNumber: '0300000100', serviceType: '46' },
 *   receiver: { officeNumber: '0300000005', serviceType: 'A1' },
 *   timestamp: '20250401093000',
 * }); // => { ok: true, value: 'UPKIHON_0300000100_46_0300000005_A1_20250401093000.CSV' }
 * ```
 */
export function buildFileName(name: CsvFileName): Outcome<string> {
  try {
    return buildFileNameOf(name);
  } catch {
    return UNREADABLE();
  }
}

function buildFileNameOf(name: CsvFileName): Outcome<string> {
  if (name === null || typeof name !== 'object')
    return failure('fileName.type', 'ファイル名の要素（CsvFileName）を指定してください。');
  const layout = layoutOf(name.prefix);
  if (!layout) return failure('fileName.prefix', 'ファイルの種類（ID）が仕様にありません。');
  const bad = checkParty(name.sender, '送信元') ?? checkParty(name.receiver, '送信先');
  if (bad) return failure('fileName.party', bad);
  if (!isValidTimestamp(name.timestamp))
    return failure('fileName.timestamp', '作成日時は実在する YYYYMMDDHHMMSS（14桁）です。');
  let month = '';
  if (layout.monthSegment === 'none') {
    if (name.month !== undefined)
      return failure('fileName.month', 'このファイルの名前には提供年月を付けません。');
  } else {
    if (name.month === undefined && layout.monthSegment === 'required')
      return failure('fileName.month', 'このファイルの名前には対象年月（YYYYMM）が必要です。');
    if (
      name.month !== undefined &&
      (typeof name.month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(name.month))
    )
      return failure('fileName.month', '年月の形式が正しくありません（YYYY-MM）。');
    month = `_${name.month === undefined ? '000000' : name.month.replace('-', '')}`;
  }
  const { sender: s, receiver: r } = name;
  return success(
    `${name.prefix}${month}_${s.officeNumber}_${s.serviceType}_${r.officeNumber}_${r.serviceType}_${name.timestamp}.CSV`,
  );
}

/**
 * ファイル名を読む。ID に `_` を含むもの（UPKIHON_SUB1、UPYOBO_SUB）は長いほうを先に照合する。
 * 拡張子は `.CSV`（小文字の `.csv` も受け付ける）。ディレクトリ部分は無視する。
 *
 * @source mhlw-careplan-csv-v4 別紙 各レイアウトのファイル名規約
 * @example
 * ```ts
 * const r = parseFileName('UPPLAN_202504_0300000100_43_0300000005_11_20250325180000.CSV');
 * r.ok && r.value.month; // => '2025-04'
 * ```
 */
export function parseFileName(fileName: unknown): Outcome<CsvFileName> {
  if (typeof fileName !== 'string')
    return failure('fileName.type', 'ファイル名は文字列で指定してください。');
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const m = /^(.*)\.(csv)$/i.exec(base);
  if (!m) return failure('fileName.extension', 'ファイル名の拡張子が .CSV ではありません。');
  const stem = m[1] ?? '';
  const prefix = PREFIXES.find((p) => stem.startsWith(`${p}_`));
  if (!prefix) return failure('fileName.prefix', 'ファイル名の ID が仕様にありません。');
  const layout = layoutOf(prefix);
  const parts = stem.slice(prefix.length + 1).split('_');
  const expected = layout?.monthSegment === 'none' ? 5 : 6;
  if (parts.length !== expected)
    return failure('fileName.parts', `ファイル名の要素の数が違います（ID の後に${expected}個）。`);
  let month: YearMonth | undefined;
  if (expected === 6) {
    const ym = parts.shift() ?? '';
    if (ym === '000000' && layout?.monthSegment === 'optional') month = undefined;
    else if (/^\d{4}(0[1-9]|1[0-2])$/.test(ym))
      month = `${ym.slice(0, 4)}-${ym.slice(4)}` as YearMonth;
    else return failure('fileName.month', 'ファイル名の年月が YYYYMM ではありません。');
  }
  const [so, ss, ro, rs, ts] = parts as [string, string, string, string, string];
  const sender = { officeNumber: so, serviceType: ss };
  const receiver = { officeNumber: ro, serviceType: rs };
  const bad = checkParty(sender, '送信元') ?? checkParty(receiver, '送信先');
  if (bad) return failure('fileName.party', bad);
  if (!isValidTimestamp(ts))
    return failure(
      'fileName.timestamp',
      'ファイル名の作成日時が実在する YYYYMMDDHHMMSS ではありません。',
    );
  return success(
    month === undefined
      ? { prefix, sender, receiver, timestamp: ts }
      : { prefix, month, sender, receiver, timestamp: ts },
  );
}

/**
 * 家族構成の画像ファイル名を作る: `UPKIHON_IMAGE_<親の5要素>_<枝番4桁>.jpg`。
 *
 * @source mhlw-careplan-csv-v4 別紙 利用者基本情報 No.62 家族構成 画像ファイル名
 * @example
 * ```ts
 * buildImageFileName({
 *   parent: {
 *     sender: { officeNumber: '0300000100', serviceType: '46' },
 *     receiver: { officeNumber: '0300000005', serviceType: 'A1' },
 *     timestamp: '20250401093000',
 *   },
 *   branch: 1,
 * }); // => { ok: true, value: 'UPKIHON_IMAGE_0300000100_46_0300000005_A1_20250401093000_0001.jpg' }
 * ```
 */
export function buildImageFileName(image: ImageFileName): Outcome<string> {
  try {
    return buildImageFileNameOf(image);
  } catch {
    return UNREADABLE();
  }
}

function buildImageFileNameOf(image: ImageFileName): Outcome<string> {
  if (
    image === null ||
    typeof image !== 'object' ||
    image.parent === null ||
    typeof image.parent !== 'object'
  )
    return failure('fileName.type', '親ファイルの要素と枝番（ImageFileName）を指定してください。');
  const { sender: s, receiver: r, timestamp } = image.parent;
  const bad = checkParty(s, '送信元') ?? checkParty(r, '送信先');
  if (bad) return failure('fileName.party', bad);
  if (!isValidTimestamp(timestamp))
    return failure('fileName.timestamp', '作成日時は実在する YYYYMMDDHHMMSS（14桁）です。');
  if (!Number.isInteger(image.branch) || image.branch < 1 || image.branch > 9999)
    return failure('fileName.branch', '枝番は 1〜9999 です。');
  return success(
    `UPKIHON_IMAGE_${s.officeNumber}_${s.serviceType}_${r.officeNumber}_${r.serviceType}_${timestamp}_${String(image.branch).padStart(4, '0')}.jpg`,
  );
}

/**
 * 家族構成の画像ファイル名を読む（拡張子 `.jpg`・`.JPG` を受け付ける）。
 *
 * @source mhlw-careplan-csv-v4 別紙 利用者基本情報 No.62
 * @example
 * ```ts
 * parseImageFileName('UPKIHON_IMAGE_0300000100_46_0300000005_A1_20250401093000_0001.JPG').ok; // => true
 * ```
 */
export function parseImageFileName(fileName: unknown): Outcome<ImageFileName> {
  if (typeof fileName !== 'string')
    return failure('fileName.type', 'ファイル名は文字列で指定してください。');
  const m =
    /^UPKIHON_IMAGE_(\d{10})_([0-9A-Z]{2})_(\d{10})_([0-9A-Z]{2})_(\d{14})_(\d{4})\.jpe?g$/i.exec(
      fileName,
    );
  if (!m) return failure('fileName.image', '家族構成の画像ファイル名の形式ではありません。');
  const [, so, ss, ro, rs, ts, br] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const branch = Number(br);
  if (!isValidTimestamp(ts) || branch < 1)
    return failure(
      'fileName.image',
      '家族構成の画像ファイル名の日時または枝番が正しくありません。',
    );
  return success({
    parent: {
      sender: { officeNumber: so, serviceType: ss },
      receiver: { officeNumber: ro, serviceType: rs },
      timestamp: ts,
    },
    branch,
  });
}
