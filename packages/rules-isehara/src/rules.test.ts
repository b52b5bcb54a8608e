// Package-level checks: every rule descriptor and example, every parameter, the seed quotes, and hostile input.
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ISEHARA_DOCUMENT,
  checkCaseAssignment,
  checkPreSubmission,
  checkReport,
  city,
  monthlySchedule,
  parameters,
  rules,
} from './index';
import { MARKER, resultText } from '@kaigo/testkit';

describe('rules and parameters', () => {
  it('ids are unique and use the isehara namespace', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('isehara.'))).toBe(true);
    const pids = parameters.map((p) => p.id);
    expect(new Set(pids).size).toBe(pids.length);
    expect(parameters.every((p) => p.citation.document === 'isehara-tenken-2024')).toBe(true);
  });

  it.each(rules.flatMap((r) => r.examples.map((e) => [r.id, e.title, r, e] as const)))(
    '%s — %s runs and decides or is undetermined',
    (id, _title, rule, example) => {
      const r = rule.evaluate(example.input, example.context);
      expect(r.rule).toBe(id);
      expect(r.status).not.toBe('invalid');
      expect(r.sources.length).toBeGreaterThan(0);
    },
  );

  it('no rule throws or echoes values on hostile input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, context) => {
        for (const rule of rules) {
          const r = rule.evaluate(input, context);
          expect(['decided', 'undetermined', 'invalid']).toContain(r.status);
        }
      }),
      { numRuns: 200 },
    );
    for (const rule of rules) {
      const r = rule.evaluate({ [MARKER]: MARKER }, { referenceDate: '2024-06-01' });
      expect(r.status).toBe('invalid');
      expect(resultText(r)).not.toContain(MARKER);
    }
  });
});

// The seed lives outside the repository (../shared/seeds); skipped where it is absent.
const SEED = new URL('../../../../shared/seeds/002_51a133fae5565000.txt', import.meta.url);
const present = existsSync(SEED);
const squash = (s: string): string => s.replace(/\s+/g, '');

describe.skipIf(!present)('quotes match the seed isehara-tenken-2024', () => {
  const seed = present ? squash(readFileSync(SEED, 'utf8')) : '';
  const quotes = [
    ...parameters.flatMap((p) => (p.citation.quote ? [[p.id, p.citation.quote] as const] : [])),
    ...rules.flatMap((r) => r.sources.flatMap((s) => (s.quote ? [[r.id, s.quote] as const] : []))),
  ];
  it.each(quotes)('%s: %s', (_id, quote) => {
    expect(seed).toContain(squash(quote));
  });
});

describe('the city definition', () => {
  it('lists the rules and parameters it exports', () => {
    expect(city.id).toBe('isehara');
    expect(rules).toBe(city.rules);
    expect(parameters).toBe(city.parameters);
    expect(city.source(ISEHARA_DOCUMENT)?.publisher).toBe('伊勢原市');
    expect(city.rule('preSubmission')).toBe(checkPreSubmission);
  });

  it('honours overrides through the context (what-if)', () => {
    const ctx = {
      referenceDate: '2025-04-01',
      parameters: { 'isehara.report.deadline': '2025-04-30' },
    };
    const r = checkReport({ submittedOn: '2025-04-02' }, ctx);
    expect(r.decision).toMatchObject({ deadline: '2025-04-30', met: true });
    expect(r.parameters[0]).toMatchObject({ id: 'isehara.report.deadline', origin: 'override' });
    const example = checkPreSubmission.examples[1];
    const two = checkPreSubmission(example?.input, {
      referenceDate: '2024-06-28',
      parameters: { 'isehara.preSubmission.monitoringCount': 2 },
    });
    // The two latest monitoring records are enough when the 要領 asks for two.
    expect(checkPreSubmission(example?.input, example?.context).decision?.complete).toBe(false);
    expect(two.decision?.complete).toBe(true);
  });

  it('traces the date arithmetic and the deciding conditions without input strings', () => {
    const r = monthlySchedule({ interviewMonth: '2024-07' }, { referenceDate: '2024-06-01' });
    expect(r.trace).toContainEqual({
      kind: 'date',
      label: '４（８）の再提出の期限',
      phrase: '翌月末日まで',
      from: '2024-07-01',
      to: '2024-08-31',
    });
    expect(r.trace).toContainEqual(
      expect.objectContaining({
        kind: 'condition',
        code: 'isehara.schedule.withinInterviewPeriod',
      }),
    );
    const cases = checkCaseAssignment(
      { cases: [{ careManagerRef: MARKER, selectedBy: 'office' }], careManagers: [MARKER] },
      { referenceDate: '2024-06-01' },
    );
    expect(cases.trace?.some((s) => s.kind === 'condition')).toBe(true);
    expect(JSON.stringify(cases.trace)).not.toContain(MARKER);
  });
});
