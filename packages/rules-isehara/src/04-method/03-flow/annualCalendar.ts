import { prepareRuleInput } from '@kaigo/forms';
import { resolveParameters, ruleResult } from '@kaigo/core';
import type { RuleResult } from '@kaigo/core';
import * as z from 'zod';
import { UNKNOWN_KEYS } from '../../internal/inputOptions';
import { iseharaCite } from '../../internal/source';
import { annualEvents } from './parameters';
import type { AnnualEvent } from './parameters';

/** 年間スケジュールの入力（項目なし。空のオブジェクトを渡す）。 */
export const annualCalendarInputSchema = z.strictObject({});

/** 年間スケジュールの判定。 */
export interface AnnualCalendar {
  /** 年度の表示。 */
  readonly fiscalYear: string;
  /** 項目（時期の順）。 */
  readonly events: readonly AnnualEvent[];
}

const RULE = 'isehara.annualCalendar';
const SOURCES = [
  iseharaCite('４（３）年間スケジュール'),
  iseharaCite('５', '令和７年３月末日までに'),
];

/**
 * 令和6年度の年間スケジュール（出典つきのデータ）: 説明会（令和６年３月予定）、第１回通知（2024-04-08）、以後偶数月の
 * １日を目安とする通知、事業所面談（令和６年５月〜１１月）、報告書（令和７年３月、末日まで）。
 * 目安・予定のものは `approximate: true`。各項目は期間（`from`〜`to`）で持ち、1日だけのものは両端が同じ。
 *
 * @source isehara-tenken-2024 ４（３）年間スケジュール
 * @source isehara-tenken-2024 ５
 * @example
 * ```ts
 * annualCalendar({}, { referenceDate: '2024-04-01' }).decision?.events[1]?.from; // => '2024-04-08'
 * ```
 */
export function annualCalendar(input: unknown, context: unknown): RuleResult<AnnualCalendar> {
  const p = prepareRuleInput(annualCalendarInputSchema, input, context, UNKNOWN_KEYS);
  if (!p.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: p.findings });
  const params = resolveParameters(p.context.referenceDate, { events: annualEvents });
  if (!params.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: params.findings });
  const events = [...params.values.events].sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  );
  return ruleResult({
    rule: RULE,
    sources: SOURCES,
    decision: { fiscalYear: '令和6年度', events },
    parameters: params.uses,
  });
}
