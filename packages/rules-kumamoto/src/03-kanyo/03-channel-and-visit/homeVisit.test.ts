import { describe, expect, it } from 'vitest';
import { homeVisitAccompaniment } from './homeVisit';

const ctx = { referenceDate: '2024-10-01' };

describe('homeVisitAccompaniment', () => {
  it.each(['assessment', 'monitoring'] as const)(
    '%s: not mandatory; requested → asked to accompany',
    (purpose) => {
      const asked = homeVisitAccompaniment({ purpose, accompanimentRequested: true }, ctx);
      expect(asked.decision).toEqual({ mandatory: false, accompanimentRequested: true });
      expect(asked.findings[0]?.message).toContain('期限を定めていません');
      const not = homeVisitAccompaniment({ purpose, accompanimentRequested: false }, ctx);
      expect(not.decision).toEqual({ mandatory: false, accompanimentRequested: false });
    },
  );
  it('no deadline is invented: the decision carries no date', () => {
    const r = homeVisitAccompaniment({ purpose: 'monitoring', accompanimentRequested: true }, ctx);
    expect(JSON.stringify(r.decision)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
  it('unknown request: mandatory is still decided, the request is listed as missing', () => {
    const r = homeVisitAccompaniment({ purpose: 'assessment' }, ctx);
    expect(r.decision).toEqual({ mandatory: false });
    expect(r.missing[0]?.path).toEqual(['accompanimentRequested']);
  });
  it('other visits are not covered by the document', () => {
    const r = homeVisitAccompaniment({ purpose: 'other', accompanimentRequested: true }, ctx);
    expect(r.decision).toEqual({ mandatory: false });
    expect(r.findings[0]).toMatchObject({ code: 'homeVisit.purposeNotCovered', severity: 'info' });
  });
  it.each([null, {}, { purpose: 'visit' }, { purpose: 'assessment', accompanimentRequested: 1 }])(
    'bad input %j → invalid',
    (input) => expect(homeVisitAccompaniment(input, ctx).status).toBe('invalid'),
  );
});
