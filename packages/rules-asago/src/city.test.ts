import { describe, expect, it } from 'vitest';
import { evaluateChecklistGoal, scheduleEvaluations } from './index';
import { city, parameters, rules } from './index';

describe('city (defineCity)', () => {
  it('lists the rules and parameters in the order of the 要領, and finds them by name', () => {
    expect(city.id).toBe('asago');
    expect(city.sources.map((s) => s.id)).toEqual(['asago-ikiiki-2024']);
    expect(rules).toBe(city.rules);
    expect(parameters).toBe(city.parameters);
    expect(rules.map((r) => r.id)).toEqual([
      'asago.programPeriod',
      'asago.checklistGoal',
      'asago.evaluationSchedule',
      'asago.evaluationRecord',
      'asago.modelSubjectSelection',
      'asago.professionalDispatch',
      'asago.supportMeeting',
      'asago.cswatchDocuments',
      'asago.trainingCalendar',
    ]);
    expect(city.rule('checklistGoal')).toBe(evaluateChecklistGoal);
  });
});

describe('overrides through the context, and the trace', () => {
  const input = {
    subjects: [
      { before: { total: 10 }, after: { total: 10 } },
      { before: { total: 9 }, after: { total: 8 } },
    ],
  };

  it('a what-if goal of 0.5 points turns the 0.5-point reduction into a met goal', () => {
    expect(evaluateChecklistGoal(input, { referenceDate: '2026-11-30' }).decision?.met).toBe(false);
    const r = evaluateChecklistGoal(input, {
      referenceDate: '2026-11-30',
      parameters: { 'asago.checklistGoal': { reductionPoints: 0.5, maxScore: 25 } },
    });
    expect(r.decision).toMatchObject({ met: true, targetReduction: 0.5 });
    expect(r.parameters[0]).toMatchObject({ id: 'asago.checklistGoal', origin: 'override' });
    expect(r.trace).toContainEqual(
      expect.objectContaining({ kind: 'condition', code: 'goal.met', outcome: true }),
    );
  });

  it('a bad override is an invalid result with a finding, not a throw', () => {
    const r = evaluateChecklistGoal(input, {
      referenceDate: '2026-11-30',
      parameters: { 'asago.checklistGoal': { reductionPoints: '0.5' } },
    });
    expect(r.status).toBe('invalid');
    expect(r.findings[0]?.code).toBe('context.parameters.invalid');
  });

  it('an override of the program period reaches the helper that plans the evaluations', () => {
    const events = [{ kind: 'death', date: '2025-03-01' }];
    const longer = scheduleEvaluations(
      { events },
      {
        referenceDate: '2025-03-10',
        parameters: {
          'asago.programPeriod': { firstFiscalYear: 2024, lastFiscalYear: 2027, planTerm: 9 },
        },
      },
    );
    expect(longer.decision?.due.find((d) => d.kind === 'post')?.window.to).toBe('2028-03-31');
  });

  it('traces the date arithmetic of 「その時点で」 (from the event, not the input text)', () => {
    const r = scheduleEvaluations(
      { events: [{ kind: 'facilityAdmission', date: '2025-03-01' }] },
      { referenceDate: '2025-03-10' },
    );
    expect(r.trace).toContainEqual({
      kind: 'date',
      label: '施設入所・死亡の時点で行う評価の実施期間の末日',
      phrase: 'その時点で',
      from: '2025-03-01',
      to: '2027-03-31',
    });
    expect(r.trace?.filter((s) => s.kind === 'parameter').map((s) => s.id)).toEqual([
      'asago.evaluationSchedule',
      'asago.evaluationOnLeaving',
      'asago.evaluationSheets',
      'asago.programPeriod',
    ]);
  });
});
