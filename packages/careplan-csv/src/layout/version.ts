import type { FileLayout } from './layout';

/**
 * 仕様の版ごとのレイアウトの組。V4 のレイアウトが1つの版で、後の版は V4 を書き換えずに自分のレイアウト
 * （項目長の変更、項目の追加）を持つ。{@link readCsv} はファイルの CSVバージョン（No.1）か、オプションで版を決める。
 */
export interface LayoutVersion {
  /** 版の id（例 `V4`）。 */
  readonly id: string;
  /** 版の名称。 */
  readonly title: string;
  /** この版のレイアウトで読む CSVバージョンの値（No.1、`YYYYMM`）。 */
  readonly csvVersions: readonly string[];
  /** この版のすべてのレイアウト（ID は重複しない）。 */
  readonly layouts: readonly FileLayout[];
}

/**
 * 版を宣言する（ID の重複、CSVバージョンの形を確かめて、そのまま返す）。宣言の誤りはプログラムの誤りなので例外。
 *
 * @example
 * ```ts
 * const next = defineLayoutVersion({
 *   id: 'V5',
 *   title: '次の版',
 *   csvVersions: ['202704'],
 *   layouts: V4_LAYOUTS.layouts.map((l) => (l.prefix === 'UPSIKYU' ? changedUpsikyu : l)),
 * });
 * ```
 */
export function defineLayoutVersion(version: LayoutVersion): LayoutVersion {
  const prefixes = new Set(version.layouts.map((l) => l.prefix));
  if (prefixes.size !== version.layouts.length)
    throw new Error(`layout version ${version.id}: duplicate file IDs`);
  for (const v of version.csvVersions)
    if (!/^\d{6}$/.test(v)) throw new Error(`layout version ${version.id}: CSV version ${v}`);
  return version;
}

/**
 * CSVバージョンの値から版を選ぶ（どの版にもなければ undefined）。
 *
 * @example
 * ```ts
 * versionOfCsv([V4_LAYOUTS], '202407')?.id; // => 'V4'
 * ```
 */
export function versionOfCsv(versions: unknown, csvVersion: unknown): LayoutVersion | undefined {
  // Data from a file: a bad list or version finds nothing rather than throwing.
  try {
    if (!Array.isArray(versions) || typeof csvVersion !== 'string') return undefined;
    return (versions as LayoutVersion[]).find((v) => v.csvVersions.includes(csvVersion));
  } catch {
    return undefined;
  }
}
