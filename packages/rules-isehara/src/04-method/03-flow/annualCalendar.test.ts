import { describe, expect, it } from 'vitest';
import { MARKER, resultText } from '@kaigo/testkit';
import { annualCalendar } from './annualCalendar';

describe('annualCalendar', () => {
  it('lists the 令和6年度 calendar in date order with approximate flags', () => {
    const r = annualCalendar({}, { referenceDate: '2024-04-01' });
    expect(r.status).toBe('decided');
    expect(r.decision?.events.map((e) => [e.id, e.from, e.to, e.approximate])).toEqual([
      ['briefing', '2024-03-01', '2024-03-31', true],
      ['firstNotice', '2024-04-08', '2024-04-08', false],
      ['interviews', '2024-05-01', '2024-11-30', false],
      ['notice', '2024-06-01', '2024-06-01', true],
      ['notice', '2024-08-01', '2024-08-01', true],
      ['notice', '2024-10-01', '2024-10-01', true],
      ['report', '2025-03-01', '2025-03-31', false],
    ]);
    expect(r.parameters[0]?.citation.document).toBe('isehara-tenken-2024');
  });

  it.each([undefined, { year: MARKER }, 'x'])('bad input %j → invalid without echo', (input) => {
    const r = annualCalendar(input, { referenceDate: '2024-04-01' });
    expect(r.status).toBe('invalid');
    expect(resultText(r)).not.toContain(MARKER);
  });
});
