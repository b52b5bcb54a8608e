import { describe, expect, it } from 'vitest';
import { CSWATCH_DOCUMENTS, checkCswatchDocuments } from './documents';

const ALL = CSWATCH_DOCUMENTS.values[0]!.value.documents.map((d) => d.id);

describe('checkCswatchDocuments', () => {
  it('encodes the nine documents of ①〜④ in the seed order', () => {
    expect(CSWATCH_DOCUMENTS.values[0]!.value.documents.map((d) => `${d.no}${d.label}`)).toEqual([
      '①朝来市情報共有シート',
      '②ケアプラン',
      '②サービス担当者会議',
      '②利用票',
      '②提供票',
      '②経過記録',
      '③サービス提供事業所が作成した個別援助計画',
      '④認定調査票',
      '④主治医意見書',
    ]);
  });

  it.each([
    ['2024-06-10', true],
    ['2024-06-11', false],
  ])('complete set submitted on %s → on time %s', (submittedOn, onTime) => {
    const r = checkCswatchDocuments(
      { submitted: ALL, submittedOn },
      { referenceDate: '2024-06-20' },
    );
    expect(r.status).toBe('decided');
    expect(r.decision).toMatchObject({
      complete: true,
      missing: [],
      deadline: '2024-06-10',
      onTime,
    });
    expect(r.findings.map((f) => f.code)).toEqual(onTime ? [] : ['cswatch.late']);
  });

  it('lists each missing document as an error, in the seed order', () => {
    const r = checkCswatchDocuments(
      {
        submitted: ALL.filter((d) => d !== 'physicianOpinion' && d !== 'progressRecord'),
        submittedOn: '2024-06-01',
      },
      { referenceDate: '2024-06-01' },
    );
    expect(r.decision?.complete).toBe(false);
    expect(r.decision?.missing).toEqual(['progressRecord', 'physicianOpinion']);
    expect(r.findings.map((f) => f.message)).toEqual([
      '②介護予防支援計画等の「経過記録」がありません。',
      '④「主治医意見書」がありません。',
    ]);
  });

  it('unknown ids are warned about by position, never echoed', () => {
    const r = checkCswatchDocuments(
      { submitted: [...ALL, 'ZQX山田QXZ'], submittedOn: '2024-06-01' },
      { referenceDate: '2024-06-01' },
    );
    expect(r.decision?.complete).toBe(true);
    expect(r.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['cswatch.documentUnknown', 'warning', ['submitted', 9]],
    ]);
    expect(JSON.stringify(r)).not.toContain('ZQX');
  });

  it('no submission date: fine before the deadline, missing after it', () => {
    expect(checkCswatchDocuments({ submitted: ALL }, { referenceDate: '2024-06-10' }).status).toBe(
      'decided',
    );
    const after = checkCswatchDocuments({ submitted: ALL }, { referenceDate: '2024-06-11' });
    expect(after.status).toBe('undetermined');
    expect(after.missing).toEqual([{ path: ['submittedOn'], label: 'CSwatch への提出日' }]);
    // a missing document decides even without the date
    expect(
      checkCswatchDocuments({ submitted: [] }, { referenceDate: '2024-06-11' }).decision?.complete,
    ).toBe(false);
  });

  it('bad input: invalid, no throw, no echo', () => {
    for (const input of [
      undefined,
      { submitted: 'ZQXaQXZ' },
      { submitted: [1] },
      { submitted: [], submittedOn: 'ZQXaQXZ' },
    ]) {
      const r = checkCswatchDocuments(input, { referenceDate: '2024-06-01' });
      expect(r.status).toBe('invalid');
      expect(JSON.stringify(r)).not.toContain('ZQX');
    }
  });
});
