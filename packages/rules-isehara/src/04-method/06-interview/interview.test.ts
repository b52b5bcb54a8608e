import { describe, expect, it } from 'vitest';
import { MARKER, resultText } from '@kaigo/testkit';
import { interviewOutline } from './interview';

describe('interviewOutline', () => {
  it('gives the 90-minute structure: 10 minutes of presentation, 80 of questions', () => {
    const r = interviewOutline({}, { referenceDate: '2024-07-01' });
    const s = r.decision;
    expect(s?.totalMinutes).toBe(90);
    expect(s?.parts.map((p) => [p.id, p.minutes])).toEqual([
      ['presentation', 10],
      ['questions', 80],
    ]);
    expect(s?.parts.reduce((a, p) => a + p.minutes, 0)).toBe(s?.totalMinutes);
    expect(s?.parts[0]?.items?.map((i) => i.label)).toEqual([
      '利用者紹介',
      '課題と判断した内容',
      '判断した課題に必要な支援',
    ]);
    expect(s?.parts[0]?.items?.[2]?.detail).toBe('サービス名ではない');
  });

  it.each([undefined, { minutes: MARKER }])('bad input %j → invalid', (input) => {
    const r = interviewOutline(input, { referenceDate: '2024-07-01' });
    expect(r.status).toBe('invalid');
    expect(resultText(r)).not.toContain(MARKER);
  });
});
