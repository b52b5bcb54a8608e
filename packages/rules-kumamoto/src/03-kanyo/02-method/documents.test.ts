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
// The alternative, literal reading (評価表 also at 新規作成), through the context like any caller's what-if.
const literal = { ...ctx, parameters: { [evaluationSheetAtCreate.id]: true } };

describe('checkDocuments', () => {
  it.each([
    ['create', false],
    ['update', true],
  ] as const)(
    '%s with the four 必須 documents is complete (評価表 required: %s)',
    (planEvent, evaluationSheetRequired) => {
      const r = checkDocuments({ planEvent, documents: FOUR }, ctx);
      expect(r.decision).toMatchObject({
        complete: true,
        missing: [],
        evaluationSheetRequired,
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
  // 熊本市 ３（２）≪提出を求める資料≫【必須】「○介護予防支援・介護予防ケアマネジメントサービス評価表」:
  // default reading — required at 更新; at 新規作成 (no evaluation can exist yet) an info that the list names it.
  it('新規 vs 更新, default reading: the 評価表 is required at 更新 only; at 新規作成 an info, not an error', () => {
    expect(evaluationSheetAtCreate.values[0]?.value).toBe(false);
    expect(evaluationSheetAtCreate.reading).toContain('別の読み方（文言どおり）');
    const create = checkDocuments({ planEvent: 'create', documents: THREE }, ctx);
    expect(create.status).toBe('decided');
    expect(create.decision).toMatchObject({
      complete: true,
      missing: [],
      evaluationSheetRequired: false,
    });
    expect(create.decision?.required).toHaveLength(3);
    expect(create.findings.map((f) => [f.code, f.severity])).toEqual([
      ['documents.evaluationAtCreate', 'info'],
    ]);
    expect(create.findings[0]?.message).toContain('【必須】の一覧は評価表');
    expect(create.findings[0]?.citation?.section).toBe('３（２）≪提出を求める資料≫【必須】');
    const update = checkDocuments({ planEvent: 'update', documents: THREE }, ctx);
    expect(update.decision?.complete).toBe(false);
    expect(update.findings.map((f) => [f.code, f.severity])).toEqual([
      ['documents.missing', 'error'],
    ]);
    // 変更 is unchanged: the whole 【必須】 list.
    const change = checkDocuments({ planEvent: 'change', documents: THREE }, ctx);
    expect(change.decision?.complete).toBe(false);
    // A 評価表 given at 新規作成 is accepted, with a note that it is not asked for.
    const extra = checkDocuments({ planEvent: 'create', documents: FOUR }, ctx);
    expect(extra.decision?.complete).toBe(true);
    expect(extra.findings.map((f) => f.code)).toEqual([
      'documents.evaluationAtCreate',
      'documents.notRequiredHere',
    ]);
  });
  // 熊本市 ３（２）≪提出を求める資料≫【必須】: the literal reading (the list does not distinguish 新規 and 更新).
  it('新規 vs 更新, literal reading (evaluationSheetAtCreate: true): the 評価表 is required at both', () => {
    const create = checkDocuments({ planEvent: 'create', documents: THREE }, literal);
    expect(create.decision).toMatchObject({ complete: false, evaluationSheetRequired: true });
    expect(create.findings.map((f) => f.code)).toEqual([
      'documents.evaluationAtCreate',
      'documents.missing',
    ]);
    expect(create.parameters).toContainEqual(
      expect.objectContaining({ id: evaluationSheetAtCreate.id, value: true, origin: 'override' }),
    );
    const update = checkDocuments({ planEvent: 'update', documents: THREE }, literal);
    expect(update.decision?.complete).toBe(false);
    expect(update.findings.map((f) => f.code)).toEqual(['documents.missing']);
  });
  it('the plan event is needed only when the readings differ', () => {
    expect(checkDocuments({ documents: FOUR }, literal).status).toBe('decided');
    const r = checkDocuments({ documents: FOUR }, ctx);
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
