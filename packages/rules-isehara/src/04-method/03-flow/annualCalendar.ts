import { cite, defineRule } from '@kaigo/core';
import { ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { ISEHARA_DOCUMENT } from '../../document';
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
export const annualCalendar = defineRule<z.infer<typeof annualCalendarInputSchema>, AnnualCalendar>(
  {
    id: 'isehara.annualCalendar',
    title: '年間スケジュール（令和6年度）',
    description: '説明会・通知・事業所面談・報告書の時期（出典つきのデータ）。',
    sources: [
      cite(ISEHARA_DOCUMENT, '４（３）年間スケジュール'),
      cite(ISEHARA_DOCUMENT, '５', '令和７年３月末日までに'),
    ],
    input: ruleInput(annualCalendarInputSchema, { unknownKeyPath: 'parent' }),
    parameters: [annualEvents],
    examples: [
      {
        title: '令和6年度',
        input: {},
        context: { referenceDate: '2024-04-01' },
        expect: { status: 'decided', decision: { fiscalYear: '令和6年度' } },
      },
    ],
    evaluate: (_data, env) => {
      // Sorted by start date: the parameter lists the events in the order of the 要領's table.
      const events = [...env.value(annualEvents)].sort((a, b) =>
        a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
      );
      return { decision: { fiscalYear: '令和6年度', events } };
    },
  },
);
