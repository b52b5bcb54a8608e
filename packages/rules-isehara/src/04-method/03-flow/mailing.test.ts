import { describe, expect, it } from 'vitest';
import { MARKER, resultText } from '@kaigo/testkit';
import { checkMailing } from './mailing';

// 伊勢原市 ４（３）月次スケジュール 2「前月末日 対象ケアマネジャーが委託先（介護の未来）に提出書類を郵送」
describe('checkMailing (４（３）月次 2 前月末日)', () => {
  it('the date is the last day of the month before the interview month; that day itself is in time', () => {
    const r = checkMailing(
      { interviewMonth: '2024-07', mailedOn: '2024-06-30' },
      { referenceDate: '2024-07-01' },
    );
    expect(r.status).toBe('decided');
    expect(r.decision).toEqual({
      deadline: '2024-06-30',
      met: true,
      daysLate: 0,
      phrase: '前月末日',
      mailed: true,
    });
    expect(r.findings).toEqual([]);
    expect(r.trace).toContainEqual({
      kind: 'date',
      label: '月次スケジュール 2 の郵送日',
      phrase: '前月末日まで',
      from: '2024-07-01',
      to: '2024-06-30',
    });
  });

  it('earlier mailing is in time; one day after is late (warning: the table is （予定）)', () => {
    const early = checkMailing(
      { interviewMonth: '2024-07', mailedOn: '2024-06-03' },
      { referenceDate: '2024-07-01' },
    );
    expect(early.decision?.met).toBe(true);
    const late = checkMailing(
      { interviewMonth: '2024-07', mailedOn: '2024-07-01' },
      { referenceDate: '2024-07-01' },
    );
    expect(late.decision).toMatchObject({ deadline: '2024-06-30', met: false, daysLate: 1 });
    expect(late.findings.map((f) => [f.code, f.severity, f.citation?.section])).toEqual([
      ['isehara.mailing.late', 'warning', '４（３）月次スケジュール 2'],
    ]);
  });

  it('month-end arithmetic: 30-day month, leap February, year boundary', () => {
    const due = (interviewMonth: string) =>
      checkMailing({ interviewMonth, mailedOn: '2020-01-01' }, { referenceDate: '2024-04-01' })
        .decision?.deadline;
    expect(due('2024-05')).toBe('2024-04-30');
    expect(due('2024-03')).toBe('2024-02-29');
    expect(due('2025-01')).toBe('2024-12-31');
  });

  it('not mailed: undetermined before the date, late (not mailed) after it', () => {
    const before = checkMailing({ interviewMonth: '2024-09' }, { referenceDate: '2024-08-31' });
    expect(before.status).toBe('undetermined');
    expect(before.missing).toEqual([{ path: ['mailedOn'], label: '郵送日' }]);
    const after = checkMailing({ interviewMonth: '2024-09' }, { referenceDate: '2024-09-02' });
    expect(after.decision).toMatchObject({
      deadline: '2024-08-31',
      met: false,
      daysLate: 2,
      mailed: false,
    });
    expect(after.findings[0]).toMatchObject({
      code: 'isehara.mailing.notMailed',
      severity: 'warning',
    });
  });

  it('is invalid before the 要領 takes effect', () => {
    const r = checkMailing({ interviewMonth: '2024-07' }, { referenceDate: '2024-03-21' });
    expect(r.status).toBe('invalid');
    expect(r.findings[0]?.code).toBe('parameter.outOfRange');
  });

  it.each([
    undefined,
    {},
    { interviewMonth: '2024-13' },
    { interviewMonth: '2024-07', mailedOn: '2024-02-30' },
    { interviewMonth: '2024-07', mailedOn: MARKER },
    { interviewMonth: '2024-07', extra: MARKER },
  ])('bad input %j → invalid, no echo', (input) => {
    const r = checkMailing(input, { referenceDate: '2024-07-01' });
    expect(r.status).toBe('invalid');
    expect(resultText(r)).not.toContain(MARKER);
  });
});
