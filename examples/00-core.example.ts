import {
  describeDeadlineRule,
  fiscalYearLabel,
  fiscalYearOf,
  formatWareki,
  insurancePlanPeriodOf,
  isoDate,
  parseDateInput,
  resolveDeadline,
  shiftToBusinessDay,
  checkDeadline,
  type DeadlineRule,
} from '@kaigo/core';

export const title = '@kaigo/core — 日付・和暦・年度・期限';

export function run(): void {
  for (const text of [
    '令和7年5月1日',
    'R7.5.1',
    '昭和20年3月3日',
    '令和元年4月30日',
    '2025-02-30',
  ]) {
    const r = parseDateInput(text);
    console.log(`  ${text.padEnd(12, '　')} → ${r.ok ? r.value : `エラー: ${r.error.message}`}`);
  }
  const start = parseDateInput('R7.5.20');
  if (!start.ok) return;
  const fy = fiscalYearOf(start.value);
  const period = insurancePlanPeriodOf(start.value);
  const wareki = formatWareki(start.value);
  console.log(
    `  ${start.value}（${wareki.ok ? wareki.value : '—'}）は ${fiscalYearLabel(fy)}、第${period?.term}期介護保険事業計画期間`,
  );
  const rules: DeadlineRule[] = [
    { kind: 'daysAfter', days: 10 },
    { kind: 'weeksAfter', weeks: 2 },
    { kind: 'dayOfMonth', monthOffset: 1, day: 10 },
    { kind: 'endOfMonth', monthOffset: -1 },
  ];
  const submitted = isoDate('2025-06-11');
  for (const rule of rules) {
    const deadline = resolveDeadline(rule, start.value);
    const shifted = shiftToBusinessDay(deadline, 'next');
    const check = checkDeadline(deadline, submitted);
    console.log(
      `  ${describeDeadlineRule(rule).padEnd(8, '　')} → ${deadline}（休日なら翌営業日: ${shifted.ok ? shifted.value : '—'}）` +
        ` 6/11 提出は${check.met ? '期限内' : `${check.daysLate}日遅れ`}`,
    );
  }
}
