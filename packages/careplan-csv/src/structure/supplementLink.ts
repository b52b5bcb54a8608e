import { cite } from '@kaigo/core';
import { defineStructureCheck } from './structureCheck';
import type { StructureProblem } from './structureCheck';

/**
 * 利用者補足情報（UPHOSOKU）の紐づけ: 居宅サービス計画作成（変更）日（No.4）と対象年月（No.63）のどちらか一方だけを
 * 持つ。第1・2表に紐づく行は No.4 が日付で No.63 が `000000`、第6・7表に紐づく行は No.4 が `00000000` で No.63 が年月。
 * 両方ある行、どちらもない行（`00000000` と `000000`）は error。ファイル名の提供年月が `000000` なら第1・2表、
 * 年月なら第6・7表に紐づく行だけを入れ、対象年月はファイル名の年月と同じであること。
 *
 * @source mhlw-careplan-csv-v4 別紙 利用者補足情報 No.4・No.63、ファイル名規約（※１表、２表に紐づく場合は提供年月は「000000」）
 * @example
 * ```ts
 * supplementLink.check([{ line: 1, values: { planDate: '2025-04-01', targetMonth: '2025-04' } }], { prefix: 'UPHOSOKU' });
 * // => [{ code: 'structure.supplementBothLinks', … }]
 * ```
 */
export const supplementLink = defineStructureCheck({
  id: 'v4.supplementLink',
  title: '利用者補足情報の紐づけ（計画作成日と対象年月のどちらか一方）',
  source: cite(
    'mhlw-careplan-csv-v4',
    '別紙 利用者補足情報 No.4（6表、7表に紐づく場合は「00000000」）・No.63（1表、2表に紐づく場合は「000000」）、ファイル名規約',
  ),
  prefixes: ['UPHOSOKU'],
  check: (rows, context) => {
    const out: StructureProblem[] = [];
    for (const { line, values } of rows) {
      const hasDate = values.planDate !== undefined;
      const hasMonth = values.targetMonth !== undefined;
      if (hasDate && hasMonth) {
        out.push({
          code: 'structure.supplementBothLinks',
          message:
            '居宅サービス計画作成（変更）日と対象年月の両方があります（第1・2表に紐づくときは対象年月を 000000、第6・7表に紐づくときは計画作成日を 00000000 にします）。',
          line,
          key: 'targetMonth',
        });
      } else if (!hasDate && !hasMonth) {
        out.push({
          code: 'structure.supplementNoLink',
          message:
            '居宅サービス計画作成（変更）日と対象年月のどちらもありません（どの計画にも紐づかない行です）。',
          line,
          key: 'planDate',
        });
      } else if (context.fileMonth === null && hasMonth) {
        out.push({
          code: 'structure.supplementFileMonth',
          message:
            'ファイル名の提供年月が 000000（第1・2表に紐づくファイル）ですが、第6・7表に紐づく行（対象年月あり）です。',
          line,
          key: 'targetMonth',
        });
      } else if (typeof context.fileMonth === 'string' && hasDate) {
        out.push({
          code: 'structure.supplementFileMonth',
          message:
            'ファイル名に提供年月がある（第6・7表に紐づくファイル）のに、第1・2表に紐づく行（計画作成日あり）です。',
          line,
          key: 'planDate',
        });
      } else if (
        typeof context.fileMonth === 'string' &&
        values.targetMonth !== context.fileMonth
      ) {
        out.push({
          code: 'structure.supplementFileMonth',
          message: '対象年月がファイル名の提供年月と違います。',
          line,
          key: 'targetMonth',
        });
      }
    }
    return out;
  },
});
