import { describe, expect, it } from 'vitest';
import { evaluationSheetAtCreate } from './documentParameters';
import { checkDocuments } from './documents';

const ctx = { referenceDate: '2024-10-01' };
const FOUR = [
  'national.userBasicInfo',
  'national.basicChecklist',
  'national.preventionPlan',
  'national.preventionEvaluation',
];
const THREE = FOUR.slice(0, 3);
// The alternative reading (評価表 only at 更新), through the context like any caller's what-if.
const updateOnly = { ...ctx, parameters: { [evaluationSheetAtCreate.id]: false } };

describe('checkDocuments', () => {
  it.each(['create', 'update'] as const)(
    '%s with the four 必須 documents is complete',
    (planEvent) => {
      const r = checkDocuments({ planEvent, documents: FOUR }, ctx);
      expect(r.decision).toMatchObject({
        complete: true,
        missing: [],
        evaluationSheetRequired: true,
      });
      expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(r.parameters.map((p) => p.id)).toEqual([
        'kumamoto.requiredDocuments',
        'kumamoto.optionalDocuments',
        'kumamoto.evaluationSheetAtCreate',
      ]);
    },
  );
  it('each missing 必須 document is an error with its name', () => {
    for (const id of FOUR) {
      const r = checkDocuments(
        { planEvent: 'update', documents: FOUR.filter((x) => x !== id) },
        ctx,
      );
      expect(r.decision?.complete).toBe(false);
      expect(r.decision?.missing.map((d) => d.formId)).toEqual([id]);
      expect(r.findings.find((f) => f.code === 'documents.missing')?.severity).toBe('error');
    }
  });
  it('新規 vs 更新, literal reading: the 評価表 is required at both', () => {
    const create = checkDocuments({ planEvent: 'create', documents: THREE }, ctx);
    expect(create.decision?.complete).toBe(false);
    expect(create.findings.map((f) => f.code)).toEqual([
      'documents.evaluationAtCreate',
      'documents.missing',
    ]);
    const update = checkDocuments({ planEvent: 'update', documents: THREE }, ctx);
    expect(update.decision?.complete).toBe(false);
    expect(update.findings.map((f) => f.code)).toEqual(['documents.missing']);
  });
  it('新規 vs 更新, alternative reading: the 評価表 only at 更新', () => {
    const create = checkDocuments({ planEvent: 'create', documents: THREE }, updateOnly);
    expect(create.decision).toMatchObject({ complete: true, evaluationSheetRequired: false });
    expect(create.decision?.required).toHaveLength(3);
    const update = checkDocuments({ planEvent: 'update', documents: THREE }, updateOnly);
    expect(update.decision?.complete).toBe(false);
    const extra = checkDocuments({ planEvent: 'create', documents: FOUR }, updateOnly);
    expect(extra.findings.map((f) => f.code)).toContain('documents.notRequiredHere');
  });
  it('the plan event is needed only when the readings differ', () => {
    expect(checkDocuments({ documents: FOUR }, ctx).status).toBe('decided');
    const r = checkDocuments({ documents: FOUR }, updateOnly);
    expect(r.status).toBe('undetermined');
    expect(r.missing[0]?.path).toEqual(['planEvent']);
  });
  it('経過記録 is optional: only on request', () => {
    const asked = checkDocuments(
      { planEvent: 'update', documents: FOUR, progressRecordRequested: true },
      ctx,
    );
    expect(asked.decision?.complete).toBe(true);
    expect(asked.findings[0]).toMatchObject({
      code: 'documents.requestedOptionalMissing',
      severity: 'warning',
    });
    const given = checkDocuments(
      {
        planEvent: 'update',
        documents: [...FOUR, 'national.carePlan5'],
        progressRecordRequested: true,
      },
      ctx,
    );
    expect(given.findings).toEqual([]);
    expect(given.decision?.optionalProvided.map((d) => d.label)).toEqual(['経過記録']);
    const unasked = checkDocuments(
      { planEvent: 'update', documents: [...FOUR, 'national.carePlan5'] },
      ctx,
    );
    expect(unasked.findings[0]).toMatchObject({
      code: 'documents.optionalWithoutRequest',
      severity: 'info',
    });
    expect(checkDocuments({ planEvent: 'update', documents: FOUR }, ctx).findings).toEqual([]);
  });
  it('unrequested and duplicated documents are noted without echoing them', () => {
    const r = checkDocuments(
      { planEvent: 'update', documents: [...FOUR, 'ZQX私的メモQXZ', 'national.basicChecklist'] },
      ctx,
    );
    expect(r.decision).toMatchObject({ complete: true, unrequestedCount: 1 });
    expect(r.findings.map((f) => [f.code, f.path])).toEqual([
      ['documents.unrequested', ['documents', 4]],
      ['documents.duplicated', ['documents', 5]],
    ]);
    expect(JSON.stringify(r)).not.toContain('私的メモ');
  });
  it('uses the parameters in force on the submission date; before 2024-04-01 is an error', () => {
    const r = checkDocuments(
      { planEvent: 'update', submittedOn: '2024-03-31', documents: FOUR },
      ctx,
    );
    expect(r.status).toBe('invalid');
    expect(r.findings[0]).toMatchObject({ code: 'documents.beforeStart', path: ['submittedOn'] });
    expect(checkDocuments({ documents: FOUR }, { referenceDate: '2024-03-31' }).status).toBe(
      'invalid',
    );
  });
  it.each([
    null,
    {},
    { documents: 'x' },
    { documents: [1] },
    { documents: [], planEvent: 'renewal' },
    { documents: [], submittedOn: '2024-02-30' },
  ])('bad input %j → invalid', (input) => {
    const r = checkDocuments(input, ctx);
    expect(r.status).toBe('invalid');
    expect(r.findings.length).toBeGreaterThan(0);
  });
});
