import type { IsoDate } from '../date/isoDate';

/** 日付つきの手順1件（ケアマネジメントのプロセスなど）。 */
export interface DatedStep<K extends string = string> {
  /** 手順の識別子。 */
  readonly step: K;
  /** 実施日。 */
  readonly date: IsoDate;
}

/** 順序の違反1件: `step` が、順序の上で先に来るべき `expectedBefore` の手順より前の日に行われた。 */
export interface StepOrderViolation<K extends string = string> {
  /** 早すぎる手順。 */
  readonly step: K;
  /** その手順の最初の実施日。 */
  readonly date: IsoDate;
  /** 本来この手順より前（または同じ日）に行われるべきだが、後の日に最初に行われた手順（順序どおり）。 */
  readonly expectedBefore: readonly K[];
}

/**
 * 手順の順序を検査する。各手順の「最初の実施日」を比べ、順序の上で後の手順が、前の手順の最初の実施日より
 * 前の日に最初に行われていれば違反とする。同じ日は違反としない（同日に続けて行うことがあるため）。
 * 同じ手順の2回目以降（モニタリングの繰り返しなど）は比べない。`order` にない手順は無視する。
 *
 * @example
 * ```ts
 * findStepOrderViolations(['a', 'b', 'c'], [
 *   { step: 'a', date: isoDate('2024-04-10') },
 *   { step: 'b', date: isoDate('2024-04-01') },
 * ]);
 * // => [{ step: 'b', date: '2024-04-01', expectedBefore: ['a'] }]
 * ```
 */
export function findStepOrderViolations<K extends string>(
  order: readonly K[],
  steps: readonly DatedStep<K>[],
): StepOrderViolation<K>[] {
  const first = firstDates(steps);
  const violations: StepOrderViolation<K>[] = [];
  order.forEach((step, rank) => {
    const date = first.get(step);
    if (date === undefined) return;
    const expectedBefore = order.slice(0, rank).filter((earlier) => {
      const d = first.get(earlier);
      return d !== undefined && d > date;
    });
    if (expectedBefore.length > 0) violations.push({ step, date, expectedBefore });
  });
  return violations;
}

/**
 * 手順ごとの最初の実施日（記録のない手順は含まない）。
 *
 * @example
 * ```ts
 * firstDates([
 *   { step: 'm', date: isoDate('2024-06-01') },
 *   { step: 'm', date: isoDate('2024-05-01') },
 * ]).get('m'); // => '2024-05-01'
 * ```
 */
export function firstDates<K extends string>(steps: readonly DatedStep<K>[]): Map<K, IsoDate> {
  const first = new Map<K, IsoDate>();
  for (const s of steps) {
    const seen = first.get(s.step);
    if (seen === undefined || s.date < seen) first.set(s.step, s.date);
  }
  return first;
}
