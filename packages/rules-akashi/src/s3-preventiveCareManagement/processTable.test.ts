import { isoDate, valueAt } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import type { ProcessMark } from './processTable';
import {
  CARE_MANAGEMENT_TYPES,
  PROCESS_MARK_MEANINGS,
  PROCESS_STEPS,
  PROCESS_TABLE_AS_PRINTED,
  akashiProcessTable,
} from './processTable';
import { akashiCareManagementTypesRun } from './typesRun';
import { akashiDelegableTypes } from './implementation';

const BY_SYMBOL: Readonly<Record<string, ProcessMark>> = Object.fromEntries(
  Object.entries(PROCESS_MARK_MEANINGS).map(([mark, m]) => [m.symbol, mark as ProcessMark]),
);

describe('タイプ別プロセス表の復元', () => {
  const table = valueAt(akashiProcessTable, isoDate('2023-04-01'));
  it.each(CARE_MANAGEMENT_TYPES)('row %s matches the printed symbols cell by cell', (type) => {
    expect(table.ok).toBe(true);
    if (!table.ok) return;
    const printed = PROCESS_TABLE_AS_PRINTED[type].split(' ');
    expect(printed).toHaveLength(PROCESS_STEPS.length);
    PROCESS_STEPS.forEach((step, i) => {
      expect(table.value.value[type][step]).toBe(BY_SYMBOL[printed[i] ?? '']);
    });
  });
  it('the legend defines ○ △ × only; （○） has no definition in the seed', () => {
    expect(PROCESS_MARK_MEANINGS.implement.legend).toBe('実施');
    expect(PROCESS_MARK_MEANINGS.asNeeded.legend).toBe('必要に応じて実施');
    expect(PROCESS_MARK_MEANINGS.notNeeded.legend).toBe('不要');
    expect(PROCESS_MARK_MEANINGS.bracketed.legend).toBeNull();
  });
  it('明石市 runs A and C; only A may be delegated; nothing before 2023-04-01', () => {
    const run = valueAt(akashiCareManagementTypesRun, isoDate('2024-01-01'));
    const delegable = valueAt(akashiDelegableTypes, isoDate('2024-01-01'));
    expect(run.ok && run.value.value).toEqual(['A', 'C']);
    expect(delegable.ok && delegable.value.value).toEqual(['A']);
    expect(valueAt(akashiProcessTable, isoDate('2023-03-31')).ok).toBe(false);
  });
});
