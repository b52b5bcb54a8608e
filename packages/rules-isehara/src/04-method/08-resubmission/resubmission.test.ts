import { describe, expect, it } from 'vitest';
import { MARKER, resultText, withMarkers } from '@kaigo/testkit';
import { checkResubmission } from './resubmission';

const documents = [
  { kind: 'carePlanTable1', signedCopy: true },
  { kind: 'carePlanTable2', signedCopy: true },
  { kind: 'carePlanTable3', signedCopy: true },
  { kind: 'selfCheckSheet' },
  { kind: 'carePlanPoints' },
  { kind: 'questionnaire' },
];
const ctx = { referenceDate: '2024-08-20' };

describe('checkResubmission', () => {
  it('a complete resubmission', () => {
    const r = checkResubmission({ documents }, ctx);
    expect(r.decision).toEqual({ complete: true, missingKinds: [], notSignedCopies: [] });
    expect(r.findings).toEqual([]);
  });

  it('reports each missing document', () => {
    const r = checkResubmission({ documents: documents.slice(0, 4) }, ctx);
    expect(r.decision?.missingKinds).toEqual(['carePlanPoints', 'questionnaire']);
    expect(r.findings.map((f) => f.message)).toEqual([
      'ケアプラン作成のポイントが提出されていません。',
      'アンケートが提出されていません。',
    ]);
    expect(r.findings.map((f) => f.citation?.section)).toEqual(['４（８）③', '４（８）④']);
  });

  it('a care plan that is not a signed copy is an error; unknown is undetermined', () => {
    const unsigned = checkResubmission(
      { documents: [{ kind: 'carePlanTable1', signedCopy: false }, ...documents.slice(1)] },
      ctx,
    );
    expect(unsigned.decision?.notSignedCopies).toEqual([0]);
    const unknown = checkResubmission(
      {
        documents: [
          { kind: 'carePlanTable2' },
          ...documents.filter((d) => d.kind !== 'carePlanTable2'),
        ],
      },
      ctx,
    );
    expect(unknown.status).toBe('undetermined');
    expect(unknown.missing[0]?.path).toEqual(['documents', 0, 'signedCopy']);
  });

  it('timing: both readings, boundary days', () => {
    const at = (submittedOn: string) =>
      checkResubmission({ documents, interviewMonth: '2024-07', submittedOn }, ctx);
    expect(at('2024-08-31').decision?.timing).toEqual({
      section48Deadline: '2024-08-31',
      monthlyTableDate: '2024-09-25',
      afterSection48: false,
      afterMonthlyTable: false,
    });
    expect(at('2024-08-31').findings).toEqual([]);
    const sept = at('2024-09-01');
    expect(sept.findings.map((f) => [f.code, f.severity])).toEqual([
      ['isehara.resubmission.afterSection48', 'warning'],
    ]);
    expect(sept.decision?.complete).toBe(true);
    expect(at('2024-09-25').decision?.timing?.afterMonthlyTable).toBe(false);
    expect(at('2024-09-26').decision?.timing?.afterMonthlyTable).toBe(true);
    expect(
      checkResubmission({ documents, interviewMonth: '2024-07' }, ctx).decision?.timing,
    ).toBeUndefined();
  });

  it.each([
    undefined,
    { documents: [{ kind: 'other' }] },
    { documents, submittedOn: '2024-13-01' },
  ])('bad input %j → invalid', (input) => {
    expect(checkResubmission(input, ctx).status).toBe('invalid');
  });

  it('never echoes input values', () => {
    const r = checkResubmission(
      withMarkers({ documents, interviewMonth: 'x', submittedOn: 'y' }),
      ctx,
    );
    expect(r.status).toBe('invalid');
    expect(resultText(r)).not.toContain(MARKER);
  });
});
