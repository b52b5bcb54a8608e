import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../date/isoDate';
import { compareAgendaItems } from './compareAgendaItems';

describe('compareAgendaItems', () => {
  it('orders by due date, undated last, keeping ties in place', () => {
    const items: { due?: IsoDate; n: number }[] = [
      { n: 1 },
      { due: '2025-07-02' as IsoDate, n: 2 },
      { due: '2025-07-01' as IsoDate, n: 3 },
      { due: '2025-07-02' as IsoDate, n: 4 },
      { n: 5 },
    ];
    expect(items.sort(compareAgendaItems).map((i) => i.n)).toEqual([3, 2, 4, 1, 5]);
  });
});
