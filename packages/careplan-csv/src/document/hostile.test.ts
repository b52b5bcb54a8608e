import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FORM_FILE_MAPPINGS, PREVENTION_PLAN_CSV } from './mappings';
import { readForms } from './readForms';
import { writeForms } from './writeForms';
import type { TransmissionHeader } from './writeForms';
import { writeCsv } from '../record/writeCsv';
import { UPYOBO } from '../layout/files/upyobo';

const header: TransmissionHeader = {
  sender: { officeNumber: '0300000100', serviceType: '46' },
  receiver: { officeNumber: '0300000005', serviceType: 'A1' },
  timestamp: '20250401093000',
};
const MARKER = 'MARKER秘密の値';

describe('hostile input never crashes and never echoes values', () => {
  it('writeForms / readForms on arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FORM_FILE_MAPPINGS),
        fc.anything(),
        fc.anything(),
        (mapping, a, b) => {
          const w = writeForms(mapping, [a, b] as unknown[], header);
          for (const i of w.issues) expect(i.message).not.toContain('MARKER');
          const r = readForms(mapping, [a, b] as never);
          expect(r.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
    expect(writeForms(PREVENTION_PLAN_CSV, 'x' as never, header).ok).toBe(false);
    expect(writeForms(PREVENTION_PLAN_CSV, [], null as never).ok).toBe(false);
    expect(readForms(PREVENTION_PLAN_CSV, null as never).ok).toBe(false);
  });
  it('marker strings in every field of a plan do not appear in any message', () => {
    const plan: Record<string, unknown> = {};
    for (const col of UPYOBO.columns) plan[col.key.split('.')[0] ?? col.key] = MARKER;
    const w = writeForms(PREVENTION_PLAN_CSV, [plan], header);
    expect(w.ok).toBe(false);
    expect(w.issues.length).toBeGreaterThan(10);
    for (const i of w.issues) expect(JSON.stringify(i)).not.toContain('MARKER');
  });
  it('throwing getters are reported, not thrown', () => {
    const evil = Object.defineProperty({}, 'planDate', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const w = writeCsv(UPYOBO, [evil]);
    expect(w.ok).toBe(false);
    expect(w.issues.map((i) => i.code)).toEqual(['record.unreadable']);
  });
});
