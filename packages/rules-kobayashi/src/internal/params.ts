// Parameter look-ups shared by the 小林市 rules.
// @source kobayashi-jiritsu-2025 全体（各パラメータの出典はパラメータ定義）
import { parameterUse, valueAt } from '@kaigo/core';
import type { DatedParameter, IsoDate, ParameterUse } from '@kaigo/core';

/**
 * The value in force on `date`; a date before the first value uses the first value (the program's rules are
 * known before it starts, e.g. to plan a case). A date after `until` is still an explicit failure.
 */
export function structuralValue<T>(
  parameter: DatedParameter<T>,
  date: IsoDate,
): { value: T; use: ParameterUse } | undefined {
  const first = parameter.values[0]?.from;
  const at = first !== undefined && date < first ? first : date;
  const v = valueAt(parameter, at);
  if (!v.ok) return undefined;
  return { value: v.value.value, use: parameterUse(parameter, v.value) };
}

/** Parameter uses without repeats (same id and effective date). */
export function uniqueUses(uses: readonly ParameterUse[]): ParameterUse[] {
  const seen = new Set<string>();
  return uses.filter((u) => {
    const key = `${u.id}@${u.effectiveFrom}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
