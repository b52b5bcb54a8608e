import { cite } from '@kaigo/core';
import { defineStructureCheck } from './structureCheck';
import type { StructureProblem } from './structureCheck';

/**
 * 第6表（UPPLAN・UPJSK）のサービス利用日（No.10）は対象年月（No.5）の月の日であること（1ファイル・1件は単月の
 * サービス提供年月の情報だけ）。
 *
 * @source mhlw-careplan-csv-v4 別紙 第6表（サービス利用票）、実績情報 No.5・No.10、ファイル作成単位（１ファイル内は単月のサービス提供年月の情報のみとする）
 * @example
 * ```ts
 * serviceDateInMonth.check([{ line: 1, values: { targetMonth: '2025-05', serviceDate: '2025-06-01' } }], { prefix: 'UPPLAN' });
 * // => [{ code: 'structure.serviceDateOutsideMonth', … }]
 * ```
 */
export const serviceDateInMonth = defineStructureCheck({
  id: 'v4.serviceDateInMonth',
  title: '第6表のサービス利用日が対象年月の中にあること',
  source: cite(
    'mhlw-careplan-csv-v4',
    '別紙 第6表（サービス利用票）、実績情報 No.5 対象年月・No.10 サービス利用日、ファイル作成単位',
  ),
  prefixes: ['UPPLAN', 'UPJSK'],
  check: (rows) => {
    const out: StructureProblem[] = [];
    for (const { line, values } of rows) {
      const date = values.serviceDate;
      const month = values.targetMonth;
      if (typeof date !== 'string' || typeof month !== 'string') continue;
      if (date.slice(0, 7) !== month)
        out.push({
          code: 'structure.serviceDateOutsideMonth',
          message: 'サービス利用日が対象年月の月の日ではありません。',
          line,
          key: 'serviceDate',
        });
    }
    return out;
  },
});
