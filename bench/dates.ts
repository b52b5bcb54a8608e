// Calendar arithmetic of @kaigo/core against what it replaced: date-fns on UTCDate, through the same conversions
// the SDK used (YYYY-MM-DD → UTCDate → date-fns → YYYY-MM-DD, with the same checks). Interleaved rounds, CPU time.
import { UTCDate } from '@date-fns/utc';
import { CalendarDateError, addDays, differenceInDays, isSupportedCalendarDate } from '@kaigo/core';
import type { IsoDate } from '@kaigo/core';
import { addDays as addDaysFns, differenceInCalendarDays } from 'date-fns';
import { interleavedCpuRates } from './lib';
import type { CpuRate } from './lib';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// The previous implementation (packages/core/src/date/isoDate.ts before integer days).
function toUtcDate(date: IsoDate): UTCDate {
  const m = typeof date === 'string' && date.length === 10 ? ISO_DATE.exec(date) : null;
  if (!m || !isSupportedCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])))
    throw new CalendarDateError('date.invalid');
  const d = new UTCDate(2000, 0, 1);
  d.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return d;
}
function fromUtcDate(d: Date): IsoDate {
  if (Number.isNaN(d.getTime())) throw new CalendarDateError('date.outOfRange');
  const y = d.getUTCFullYear();
  if (y < 1873 || y > 2099) throw new CalendarDateError('date.outOfRange');
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}` as IsoDate;
}

/** One row: the SDK and date-fns on the same inputs. */
export interface DateRow {
  readonly name: string;
  readonly records: number;
  readonly sdk: CpuRate;
  readonly dateFns: CpuRate;
  readonly mismatches: number;
}

export function benchDates(rounds = 15): DateRow[] {
  // 50,000 days from 1930 on, and shifts of −400…+400 days (deterministic).
  const days: IsoDate[] = [];
  for (let i = 0; i < 50_000; i++) days.push(addDays('1930-01-01' as IsoDate, i));
  const shifts = days.map((_, i) => ((i * 7919) % 801) - 400);
  const pairs = days.map((d, i) => [d, days[(i * 7919) % days.length] as IsoDate] as const);
  const idx = days.map((_, i) => i);

  const addSdk = (i: number): unknown => addDays(days[i] as IsoDate, shifts[i] as number);
  const addOld = (i: number): unknown =>
    fromUtcDate(addDaysFns(toUtcDate(days[i] as IsoDate), shifts[i] as number));
  const diffSdk = (i: number): number => differenceInDays(pairs[i]![0], pairs[i]![1]);
  const diffOld = (i: number): number =>
    differenceInCalendarDays(toUtcDate(pairs[i]![0]), toUtcDate(pairs[i]![1]));

  const count = (f: (i: number) => unknown, g: (i: number) => unknown): number =>
    idx.filter((i) => f(i) !== g(i)).length;

  const [a, b] = interleavedCpuRates(idx, [addSdk, addOld], rounds);
  const [c, d] = interleavedCpuRates(idx, [diffSdk, diffOld], rounds);
  return [
    {
      name: 'addDays (−400…+400 days)',
      records: idx.length,
      sdk: a!,
      dateFns: b!,
      mismatches: count(addSdk, addOld),
    },
    {
      name: 'differenceInDays',
      records: idx.length,
      sdk: c!,
      dateFns: d!,
      mismatches: count(diffSdk, diffOld),
    },
  ];
}
