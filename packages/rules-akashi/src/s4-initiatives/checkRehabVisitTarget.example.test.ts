// Executed example included in the API docs ({@includeCode} region): it runs as a test.
import { describe, expect, it } from 'vitest';
import { checkRehabVisitTarget } from './checkProgrammeTargets';

describe('checkRehabVisitTarget (docs example)', () => {
  it('a new 要支援1 service user who consented is within the target', () => {
    // #region checkRehabVisitTarget
    const r = checkRehabVisitTarget(
      { careLevel: 'support1', startingNewService: true, consent: true },
      { referenceDate: '2024-05-01' },
    );
    expect(r.decision?.withinTarget).toBe(true);
    // 同意が未入力なら判定不能（未入力は「いいえ」ではない）
    const unknown = checkRehabVisitTarget(
      { careLevel: 'support1', startingNewService: true },
      { referenceDate: '2024-05-01' },
    );
    expect(unknown.status).toBe('undetermined');
    // #endregion checkRehabVisitTarget
  });
});
