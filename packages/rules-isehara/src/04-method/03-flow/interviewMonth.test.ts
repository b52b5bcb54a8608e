import { describe, expect, it } from 'vitest';
import { MARKER, resultText } from '@kaigo/testkit';
import { interviewMonthCheck } from './interviewMonth';

const ctx = { referenceDate: '2024-04-08' };

describe('interviewMonthCheck', () => {
  it.each([
    ['2024-04', false],
    ['2024-05', true],
    ['2024-11', true],
    ['2024-12', false],
    ['2023-07', false],
  ])('%s within 2024-05〜2024-11: %s', (month, within) => {
    const r = interviewMonthCheck({ interviewMonth: month }, ctx);
    expect(r.status).toBe('decided');
    expect(r.decision?.withinPeriod).toBe(within);
    expect(r.findings.some((f) => f.severity === 'error')).toBe(!within);
  });

  it('notes when the previous month is not a notice month (info only)', () => {
    const july = interviewMonthCheck({ interviewMonth: '2024-07' }, ctx);
    expect(july.decision?.previousMonthIsNoticeMonth).toBe(true);
    expect(july.findings).toEqual([]);
    const may = interviewMonthCheck({ interviewMonth: '2024-05' }, ctx);
    expect(may.decision?.previousMonthIsNoticeMonth).toBe(true);
    const june = interviewMonthCheck({ interviewMonth: '2024-06' }, ctx);
    expect(june.decision?.withinPeriod).toBe(true);
    expect(june.findings.map((f) => [f.code, f.severity])).toEqual([
      ['isehara.interviewMonth.noticeMonth', 'info'],
    ]);
  });

  it.each([{}, { interviewMonth: MARKER }, { interviewMonth: '2024-7' }])(
    'bad input %j → invalid without echo',
    (input) => {
      const r = interviewMonthCheck(input, ctx);
      expect(r.status).toBe('invalid');
      expect(resultText(r)).not.toContain(MARKER);
    },
  );
});
