import { CalendarDateError } from '../date/isoDate';
import type { IsoDate } from '../date/isoDate';
import { fiscalYearEnd, fiscalYearOf, fiscalYearStart } from './fiscalYear';

/** 介護保険事業計画の期（3年度ごと。第1期は2000〜2002年度）。 */
export interface InsurancePlanPeriod {
  /** 期の番号（第9期なら 9）。 */
  readonly term: number;
  /** 最初の年度（西暦）。 */
  readonly firstFiscalYear: number;
  /** 最後の年度（西暦）。 */
  readonly lastFiscalYear: number;
  /** 期の初日。 */
  readonly start: IsoDate;
  /** 期の末日。 */
  readonly end: IsoDate;
}

/** 介護保険制度が始まった年度（第1期の初年度）。介護保険法の施行は2000年4月1日。 */
const FIRST_TERM_FISCAL_YEAR = 2000;
const YEARS_PER_TERM = 3;

/**
 * 第 `term` 期の介護保険事業計画期間。型つきの入力のみ: `term` が1以上の整数でなければ `date.invalid`、
 * 期間が対応範囲（〜2099-12-31）を超えれば `date.outOfRange` の {@link CalendarDateError}（第33期 2096〜2098年度まで）。
 *
 * @example
 * ```ts
 * insurancePlanPeriod(9); // => { term: 9, firstFiscalYear: 2024, lastFiscalYear: 2026, start: '2024-04-01', end: '2027-03-31' }
 * ```
 */
export function insurancePlanPeriod(term: number): InsurancePlanPeriod {
  if (!Number.isInteger(term) || term < 1) throw new CalendarDateError('date.invalid');
  const first = FIRST_TERM_FISCAL_YEAR + (term - 1) * YEARS_PER_TERM;
  const last = first + YEARS_PER_TERM - 1;
  return {
    term,
    firstFiscalYear: first,
    lastFiscalYear: last,
    start: fiscalYearStart(first),
    end: fiscalYearEnd(last),
  };
}

/**
 * 暦日が属する介護保険事業計画の期。2000年4月1日より前は undefined。型つきの入力のみ（期間が対応範囲を超える
 * 2099年度の日付などは {@link CalendarDateError}）。
 *
 * @example
 * ```ts
 * insurancePlanPeriodOf(isoDate('2025-05-01'))?.term; // => 9
 * ```
 */
export function insurancePlanPeriodOf(date: IsoDate): InsurancePlanPeriod | undefined {
  const fy = fiscalYearOf(date);
  if (fy < FIRST_TERM_FISCAL_YEAR) return undefined;
  return insurancePlanPeriod(Math.floor((fy - FIRST_TERM_FISCAL_YEAR) / YEARS_PER_TERM) + 1);
}
