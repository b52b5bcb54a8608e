import { describe, expect, it } from 'vitest';
import { MARKER, resultText, withMarkers } from '@kaigo/testkit';
import { checkPreSubmission } from './preSubmission';

// A fictional case file: monitoring monthly, evaluation in March, plan meeting in March.
const documents = [
  { kind: 'selfCheckSheet' },
  { kind: 'basicInformation' },
  { kind: 'assessment' },
  { kind: 'issueSummary', issueSummaryForm: 'mhlw2014' },
  { kind: 'carePlanTable1' },
  { kind: 'carePlanTable2' },
  { kind: 'carePlanTable3' },
  { kind: 'monitoring', date: '2024-06-05' },
  { kind: 'monitoring', date: '2024-05-08' },
  { kind: 'monitoring', date: '2024-04-10' },
  { kind: 'evaluation', date: '2023-12-30' },
  { kind: 'serviceMeeting', date: '2024-03-29', discussesSubmittedPlan: true },
  { kind: 'serviceUseSlip', date: '2024-06-01' },
  { kind: 'serviceUseSlipAnnex', date: '2024-06-01' },
];
const inventory = [
  { kind: 'monitoring', dates: ['2024-03-12', '2024-04-10', '2024-05-08', '2024-06-05'] },
  { kind: 'serviceUseSlip', dates: ['2024-05-01', '2024-06-01'] },
  { kind: 'serviceUseSlipAnnex', dates: ['2024-05-01'] },
];
const ctx = { referenceDate: '2024-06-30' };
const codes = (r: ReturnType<typeof checkPreSubmission>) => r.findings.map((f) => f.code);
const without = (pred: (d: (typeof documents)[number]) => boolean) =>
  documents.filter((d) => !pred(d));

describe('checkPreSubmission', () => {
  it('a complete package is complete, with 12 items in the order of the 要領', () => {
    const r = checkPreSubmission({ documents, inventory }, ctx);
    expect(r.status).toBe('decided');
    expect(r.decision?.complete).toBe(true);
    expect(r.findings).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.decision?.items.map((i) => i.item).join('')).toBe('①②②③④④④⑤⑥⑦⑧⑧');
    expect(r.decision?.items.filter((i) => !i.copyOfExisting).map((i) => i.item)).toEqual([
      '①',
      '③',
    ]);
    expect(r.parameters.map((p) => [p.id, p.value]).slice(1)).toEqual([
      ['isehara.preSubmission.monitoringCount', 3],
      ['isehara.preSubmission.evaluationWithinMonths', 6],
      ['isehara.preSubmission.issueSummaryForms', ['kanagawaCmaModified', 'mhlw2014']],
    ]);
  });

  it('reports a missing document with its citation', () => {
    const r = checkPreSubmission(
      { documents: without((d) => d.kind === 'assessment'), inventory },
      ctx,
    );
    expect(r.decision?.complete).toBe(false);
    const f = r.findings.find((x) => x.code === 'isehara.preSubmission.missing');
    expect(f?.message).toBe('アセスメント（課題分析表）が提出されていません。');
    expect(f?.citation).toMatchObject({ document: 'isehara-tenken-2024', section: '４（５）②' });
  });

  it('3 vs 2 monitoring records: too few, and the missing one is not the latest', () => {
    const two = checkPreSubmission(
      { documents: without((d) => d.date === '2024-04-10'), inventory },
      ctx,
    );
    expect(two.decision?.complete).toBe(false);
    expect(codes(two)).toEqual(['isehara.preSubmission.tooFew', 'isehara.preSubmission.notLatest']);
    const olderThree = checkPreSubmission(
      {
        documents: [
          ...without((d) => d.date === '2024-06-05'),
          { kind: 'monitoring', date: '2024-03-12' },
        ],
        inventory,
      },
      ctx,
    );
    expect(codes(olderThree)).toEqual(['isehara.preSubmission.notLatest']);
  });

  it('only two monitoring records exist: too few, with an info note', () => {
    const r = checkPreSubmission(
      {
        documents: without((d) => d.date === '2024-04-10'),
        inventory: [
          { kind: 'monitoring', dates: ['2024-05-08', '2024-06-05'] },
          ...inventory.slice(1),
        ],
      },
      ctx,
    );
    expect(codes(r)).toEqual(['isehara.preSubmission.tooFew', 'isehara.preSubmission.fewerExist']);
    expect(r.decision?.items.find((i) => i.kind === 'monitoring')?.existingCount).toBe(2);
  });

  it('evaluation: 6 months exactly is inside, the day before is too old', () => {
    const at = (date: string, referenceDate: string) =>
      checkPreSubmission(
        {
          documents: [...without((d) => d.kind === 'evaluation'), { kind: 'evaluation', date }],
          inventory,
        },
        { referenceDate },
      );
    expect(at('2023-12-30', '2024-06-30').decision?.complete).toBe(true);
    expect(codes(at('2023-12-29', '2024-06-30'))).toEqual(['isehara.preSubmission.tooOld']);
    // Month-end clamp: 2024-08-31 minus 6 months is 2024-02-29.
    const inv = [
      { kind: 'monitoring', dates: [] },
      { kind: 'serviceUseSlip', dates: [] },
      { kind: 'serviceUseSlipAnnex', dates: [] },
    ];
    const lateAugust = (date: string) =>
      checkPreSubmission(
        {
          documents: [...without((d) => d.kind === 'evaluation'), { kind: 'evaluation', date }],
          inventory: inv,
        },
        { referenceDate: '2024-08-31' },
      );
    expect(lateAugust('2024-02-29').decision?.complete).toBe(true);
    const old = lateAugust('2024-02-28');
    expect(codes(old)).toEqual(['isehara.preSubmission.tooOld']);
    expect(old.findings[0]?.path).toEqual(['documents', 13, 'date']);
    expect(old.findings[0]?.message).toContain('2024-02-29');
  });

  it('a document dated after the reference date is reported', () => {
    const r = checkPreSubmission({ documents, inventory }, { referenceDate: '2024-06-04' });
    expect(codes(r)).toContain('isehara.preSubmission.afterReferenceDate');
  });

  it('service use slip: an older month is not the latest; the same month on another day is', () => {
    const older = checkPreSubmission(
      {
        documents: [
          ...without((d) => d.kind === 'serviceUseSlip'),
          { kind: 'serviceUseSlip', date: '2024-05-01' },
        ],
        inventory,
      },
      ctx,
    );
    expect(codes(older)).toEqual(['isehara.preSubmission.notLatest']);
    const sameMonth = checkPreSubmission(
      {
        documents: [
          ...without((d) => d.kind === 'serviceUseSlip'),
          { kind: 'serviceUseSlip', date: '2024-06-15' },
        ],
        inventory,
      },
      ctx,
    );
    expect(sameMonth.decision?.complete).toBe(true);
  });

  it('without the inventory "latest" is undetermined, and says what is missing', () => {
    const r = checkPreSubmission({ documents }, ctx);
    expect(r.status).toBe('undetermined');
    expect(r.decision).toBeUndefined();
    expect(r.missing.map((m) => m.label)).toEqual([
      '存在するモニタリング表の一覧（直近かどうかの判定に必要）',
      '存在するサービス利用票の一覧（直近かどうかの判定に必要）',
      '存在するサービス利用票別表の一覧（直近かどうかの判定に必要）',
    ]);
  });

  it('undated evaluation, unknown form and unknown meeting are undetermined', () => {
    const r = checkPreSubmission(
      {
        documents: documents.map((d) =>
          d.kind === 'evaluation'
            ? { kind: 'evaluation' }
            : d.kind === 'issueSummary'
              ? { kind: 'issueSummary' }
              : d.kind === 'serviceMeeting'
                ? { kind: 'serviceMeeting' }
                : d,
        ),
        inventory,
      },
      ctx,
    );
    expect(r.status).toBe('undetermined');
    expect(r.missing.map((m) => m.path)).toEqual([
      ['documents', 3, 'issueSummaryForm'],
      ['documents', 10, 'date'],
      ['documents', 11, 'discussesSubmittedPlan'],
    ]);
  });

  it('a definite problem decides even when something else is undetermined', () => {
    const r = checkPreSubmission({ documents: without((d) => d.kind === 'selfCheckSheet') }, ctx);
    expect(r.status).toBe('decided');
    expect(r.decision?.complete).toBe(false);
    expect(r.missing.length).toBe(3);
  });

  it('課題整理総括表: either accepted form; another form is an error', () => {
    const withForm = (issueSummaryForm: string) =>
      checkPreSubmission(
        {
          documents: [
            ...without((d) => d.kind === 'issueSummary'),
            { kind: 'issueSummary', issueSummaryForm },
          ],
          inventory,
        },
        ctx,
      );
    expect(withForm('kanagawaCmaModified').decision?.complete).toBe(true);
    expect(withForm('mhlw2014').decision?.complete).toBe(true);
    expect(codes(withForm('other'))).toEqual(['isehara.preSubmission.formNotAccepted']);
  });

  it('サービス担当者会議の要点 must be the meeting that discussed the submitted plan', () => {
    const r = checkPreSubmission(
      {
        documents: [
          ...without((d) => d.kind === 'serviceMeeting'),
          { kind: 'serviceMeeting', date: '2023-09-29', discussesSubmittedPlan: false },
        ],
        inventory,
      },
      ctx,
    );
    expect(codes(r)).toEqual(['isehara.preSubmission.notForSubmittedPlan']);
  });

  it.each([
    undefined,
    null,
    [],
    { documents: 'x' },
    { documents: [{ kind: 'unknown' }] },
    { documents: [{ kind: 'evaluation', date: '2024-02-30' }] },
    { documents: [{ kind: 'monitoring', date: '2024/06/05' }] },
    { documents: [], inventory: [{ kind: 'monitoring', dates: ['x'] }] },
  ])('bad input %j → invalid, no throw', (input) => {
    const r = checkPreSubmission(input, ctx);
    expect(r.status).toBe('invalid');
    expect(r.findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('never echoes input values (marker in every string field)', () => {
    const r = checkPreSubmission(withMarkers({ documents, inventory }), ctx);
    expect(r.status).toBe('invalid');
    expect(resultText(r)).not.toContain(MARKER);
  });
});
