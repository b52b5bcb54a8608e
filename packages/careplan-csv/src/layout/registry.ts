import { DLTKIHON, UPKIHON, UPKIHON_SUB1, UPKIHON_SUB2 } from './files/upkihon';
import { DLTYOBO, UPYOBO, UPYOBO_SUB } from './files/upyobo';
import { DLT1KYO, UP1KYO, UP2KYO, UP3KYO, UPHOSOKU } from './files/kyotaku1';
import { DLTJSK, DLTPLAN, UPJSK, UPPLAN, UPSIKYU } from './files/kyotaku6';
import type { FileLayout } from './layout';

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

/**
 * 先頭（ID）からレイアウトを探す。登録されていなければ undefined。
 *
 * @example
 * ```ts
 * layoutOf('UPYOBO_SUB')?.title; // => '介護予防サービス・支援計画書（別表）支援計画'
 * ```
 */
export function layoutOf(prefix: unknown): FileLayout | undefined {
  return FILE_LAYOUTS.find((l) => l.prefix === prefix);
}
