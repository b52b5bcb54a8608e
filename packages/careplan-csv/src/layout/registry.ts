import { DLTKIHON, UPKIHON, UPKIHON_SUB1, UPKIHON_SUB2 } from './files/upkihon';
import { DLTYOBO, UPYOBO, UPYOBO_SUB } from './files/upyobo';
import { DLT1KYO, UP1KYO, UP2KYO, UP3KYO, UPHOSOKU } from './files/kyotaku1';
import { DLTJSK, DLTPLAN, UPJSK, UPPLAN, UPSIKYU } from './files/kyotaku6';
import type { FileLayout } from './layout';
import type { LayoutVersion } from './version';
import { defineLayoutVersion } from './version';

/**
 * V4 のすべての CSV レイアウト（介護予防のファイル、続いて居宅のファイル）。
 *
 * @example
 * ```ts
 * FILE_LAYOUTS.map((l) => l.prefix);
 * ```
 */
export const FILE_LAYOUTS: readonly FileLayout[] = [
  UPKIHON,
  UPKIHON_SUB1,
  UPKIHON_SUB2,
  DLTKIHON,
  UPYOBO,
  UPYOBO_SUB,
  DLTYOBO,
  UPHOSOKU,
  UP1KYO,
  DLT1KYO,
  UP2KYO,
  UP3KYO,
  UPPLAN,
  DLTPLAN,
  UPJSK,
  DLTJSK,
  UPSIKYU,
];

/** ファイル名の先頭（ID）。 */
export type FilePrefix =
  | 'UPKIHON'
  | 'UPKIHON_SUB1'
  | 'UPKIHON_SUB2'
  | 'DLTKIHON'
  | 'UPYOBO'
  | 'UPYOBO_SUB'
  | 'DLTYOBO'
  | 'UPHOSOKU'
  | 'UP1KYO'
  | 'DLT1KYO'
  | 'UP2KYO'
  | 'UP3KYO'
  | 'UPPLAN'
  | 'DLTPLAN'
  | 'UPJSK'
  | 'DLTJSK'
  | 'UPSIKYU';

/** CSVバージョンの値として第4.1版の `202407` と、第4.0版の告示どおりの `202504` を受け付ける。 */
export const SUPPORTED_CSV_VERSIONS: readonly string[] = ['202407', '202504'];

/**
 * V4（第4.0版・第4.1版）のレイアウトの組（{@link FILE_LAYOUTS}）。読み込みの既定の版。
 *
 * @source mhlw-careplan-csv-v4 別紙 CSVファイルレイアウト定義書、【CSVバージョン履歴】
 * @example
 * ```ts
 * V4_LAYOUTS.csvVersions; // => ['202407', '202504']
 * ```
 */
export const V4_LAYOUTS: LayoutVersion = defineLayoutVersion({
  id: 'V4',
  title: 'ケアプランデータ連携標準仕様 第4.1版',
  csvVersions: SUPPORTED_CSV_VERSIONS,
  layouts: FILE_LAYOUTS,
});

/**
 * 先頭（ID）からレイアウトを探す。登録されていなければ undefined。`version` を省略すると V4。
 *
 * @example
 * ```ts
 * layoutOf('UPYOBO_SUB')?.title; // => '介護予防サービス・支援計画書（別表）支援計画'
 * ```
 */
export function layoutOf(prefix: unknown, version: unknown = V4_LAYOUTS): FileLayout | undefined {
  // A bad version (not a LayoutVersion) finds nothing rather than throwing.
  try {
    const layouts = (version as LayoutVersion | null)?.layouts;
    return Array.isArray(layouts)
      ? layouts.find((l: FileLayout) => l.prefix === prefix)
      : undefined;
  } catch {
    return undefined;
  }
}
