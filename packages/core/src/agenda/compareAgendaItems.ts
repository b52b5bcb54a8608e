import type { AgendaItem } from './types';

/**
 * 予定表の項目の並べ方: 期限日の早い順、期限のないものは最後。同じ期限どうしは 0 を返す（安定な並べ替えで元の順を保つ）。
 *
 * @example
 * ```ts
 * [b, a].sort(compareAgendaItems); // 期限の早い a が先
 * ```
 */
export function compareAgendaItems(a: Pick<AgendaItem, 'due'>, b: Pick<AgendaItem, 'due'>): number {
  if (a.due === b.due) return 0;
  if (a.due === undefined) return 1;
  if (b.due === undefined) return -1;
  return a.due < b.due ? -1 : 1;
}
