import { describe, expect, it } from 'vitest';
import { parseAgendaContext } from './parseAgendaContext';

describe('parseAgendaContext', () => {
  it('reads the reference date (also in wareki), the default horizon and the parameters', () => {
    const r = parseAgendaContext({ referenceDate: '令和7年7月1日', parameters: { a: 1 } });
    expect(r).toEqual({
      ok: true,
      value: {
        referenceDate: '2025-07-01',
        horizonDays: 14,
        horizonEnd: '2025-07-15',
        ruleContext: { referenceDate: '2025-07-01', parameters: { a: 1 } },
      },
    });
  });

  it('refuses bad horizons and unreadable contexts without throwing', () => {
    for (const horizonDays of [-1, 1.5, '14', 3661, Number.NaN])
      expect(parseAgendaContext({ referenceDate: '2025-07-01', horizonDays }).ok).toBe(false);
    const hostile = new Proxy(
      { referenceDate: '2025-07-01' },
      {
        get: (t, k) => {
          if (k === 'horizonDays') throw new Error('trap');
          return Reflect.get(t, k);
        },
      },
    );
    expect(parseAgendaContext(hostile)).toMatchObject({
      ok: false,
      error: { code: 'context.unreadable' },
    });
  });
});
