import type { CsvIssue } from '../codec/issue';
import type { ColumnDef } from '../layout/column';
import { equipmentCode } from './equipmentCode';
import { serviceDateInMonth } from './serviceDateInMonth';
import type { StructureCheck, StructureContext, StructureRow } from './structureCheck';
import { supplementLink } from './supplementLink';
import { usageTotals } from './usageTotals';

/**
 * V4 の構造の検査のすべて（{@link readCsv}・{@link writeCsv} が行の読み書きのあとに実行する）。
 *
 * @example
 * ```ts
 * STRUCTURE_CHECKS.map((c) => c.id); // => ['v4.supplementLink', 'v4.usageTotals', …]
 * ```
 */
export const STRUCTURE_CHECKS: readonly StructureCheck[] = [
  supplementLink,
  usageTotals,
  serviceDateInMonth,
  equipmentCode,
];

/**
 * Internal: runs the checks of one file kind and turns their problems into issues (file, line, column, citation).
 * A check that throws (a programming error) becomes one finding, never a crash.
 */
export function runStructureChecks(
  rows: readonly StructureRow[],
  context: StructureContext,
  columns: readonly ColumnDef[],
  at: { readonly file?: string },
): CsvIssue[] {
  const issues: CsvIssue[] = [];
  for (const check of STRUCTURE_CHECKS) {
    if (!check.prefixes.includes(context.prefix)) continue;
    try {
      for (const p of check.check(rows, context)) {
        const col = p.key === undefined ? undefined : columns.find((c) => c.key === p.key);
        issues.push({
          code: p.code,
          severity: 'error',
          message: p.message,
          ...at,
          ...(p.line === undefined ? {} : { line: p.line }),
          ...(col ? { column: col.no, field: col.name, key: col.key } : {}),
          source: check.source,
        });
      }
    } catch {
      issues.push({
        code: 'structure.failed',
        severity: 'error',
        message: '構造の検査を実行できませんでした。',
        ...at,
        source: check.source,
      });
    }
  }
  return issues;
}
