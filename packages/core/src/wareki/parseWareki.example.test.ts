// Executed examples included in the API docs ({@includeCode} regions). Each region is a test that runs.
import { describe, expect, it } from 'vitest';
import { parseWareki } from './parseWareki';

describe('parseWareki (docs example)', () => {
  it('reads 和暦 with day or month precision and refuses dates outside the era', () => {
    // #region parseWareki
    expect(parseWareki('令和7年5月1日')).toEqual({
      ok: true,
      value: { precision: 'day', era: '令和', date: '2025-05-01' },
    });
    expect(parseWareki('R7.5')).toEqual({
      ok: true,
      value: { precision: 'month', era: '令和', yearMonth: '2025-05' },
    });
    expect(parseWareki('平成31年5月1日').ok).toBe(false); // 平成は2019-04-30まで
    // #endregion parseWareki
  });
});
