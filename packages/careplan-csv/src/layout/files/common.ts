import type { ColumnRow } from '../column';
import { INSURED_NUMBER, T } from '../types';

/** No.1〜3（CSVバージョン、保険者番号、被保険者番号）。すべてのレイアウトで同じ。 */
// prettier-ignore
export const HEAD: readonly ColumnRow[] = [
  [1, 'CSVバージョン', 'csvVersion', T.digits(6), 6, true, 'YYYYMM。1ファイルに複数のバージョンを混在させない'],
  [2, '保険者番号', 'insurerNumber', T.digits(6), 6, true, '要介護者が属する自治体のコード'],
  [3, '被保険者番号', 'insuredNumber', INSURED_NUMBER, 10, true, '生保単独は H + 9桁'],
];
