import { describe, expect, it } from 'vitest';
import { MARKER, resultText } from '@kaigo/testkit';
import { checkReport } from './report';

describe('checkReport', () => {
  it('the deadline day is in time, the next day is late', () => {
    expect(
      checkReport({ submittedOn: '2025-03-31' }, { referenceDate: '2025-04-10' }).decision,
    ).toEqual({
      deadline: '2025-03-31',
      met: true,
      daysLate: 0,
    });
    const late = checkReport({ submittedOn: '2025-04-01' }, { referenceDate: '2025-04-10' });
    expect(late.decision?.daysLate).toBe(1);
    expect(late.findings[0]?.code).toBe('isehara.report.late');
  });

  it('not yet reported: undetermined before the deadline, late after it', () => {
    const before = checkReport({}, { referenceDate: '2025-03-31' });
    expect(before.status).toBe('undetermined');
    expect(before.missing[0]?.path).toEqual(['submittedOn']);
    const after = checkReport({}, { referenceDate: '2025-04-01' });
    expect(after.decision?.met).toBe(false);
    expect(after.findings[0]?.code).toBe('isehara.report.notSubmitted');
  });

  it.each([undefined, { submittedOn: MARKER }, { submittedOn: '2025-02-29' }])(
    'bad input %j → invalid',
    (input) => {
      const r = checkReport(input, { referenceDate: '2025-04-01' });
      expect(r.status).toBe('invalid');
      expect(resultText(r)).not.toContain(MARKER);
    },
  );
});
