import type { Finding } from '../result/types';
import type {
  AgendaCaseOutcome,
  AgendaCaseReport,
  AgendaGroupSummary,
  AgendaItem,
  AgendaStatus,
  AgendaSummary,
} from './types';

/** 状態ごとの件数の初期値（すべて 0）。 */
function emptyByStatus(): Record<AgendaStatus, number> {
  return { overdue: 0, dueSoon: 0, pending: 0, met: 0, unknown: 0 };
}

interface GroupCounts {
  cases: number;
  byStatus: Record<AgendaStatus, number>;
  byRule: Record<string, number>;
  nextDue?: AgendaItem['due'];
}

/** {@link createAgendaTally} が返す集計器。 */
export interface AgendaTally {
  /** 事例1件の結果を数え、その事例の報告を返す（文脈の誤り `index: -1` は全体の指摘に加え、報告は返さない）。 */
  add(outcome: AgendaCaseOutcome): AgendaCaseReport | undefined;
  /** 事例一覧全体に関わる指摘（文脈の誤りなど）。 */
  readonly findings: readonly Finding[];
  /** ここまでの集計。 */
  summary(): AgendaSummary;
}

/** A fresh own-properties-only record: a caller's group or rule id such as `__proto__` stays an ordinary key. */
function bump(record: Record<string, number>, key: string): void {
  if (Object.prototype.hasOwnProperty.call(record, key)) record[key] = (record[key] ?? 0) + 1;
  else
    Object.defineProperty(record, key, {
      value: 1,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

/**
 * 予定表の集計器: 事例の結果（{@link streamAgenda} が返すもの）を1件ずつ数え、状態ごと・ルールごと・まとまり
 * （事例の `group`）ごとの件数を持つ。項目そのものは持たないので、10万件を流しても使うメモリはまとまりの数だけ。
 * {@link runAgenda} と `kaigo agenda` の逐次出力が同じ集計を使う。
 *
 * @example
 * ```ts
 * const tally = createAgendaTally();
 * for (const c of streamAgenda(agenda, cases, { referenceDate: '2025-07-01' })) tally.add(c);
 * tally.summary().byStatus.overdue;
 * ```
 */
export function createAgendaTally(): AgendaTally {
  const byStatus = emptyByStatus();
  const byRule: Record<string, number> = {};
  const groups = new Map<string, GroupCounts>();
  const findings: Finding[] = [];
  let beyondHorizon = 0;
  let total = 0;
  let invalid = 0;
  const count = (item: AgendaItem, own: Record<AgendaStatus, number>, g?: GroupCounts): void => {
    byStatus[item.status]++;
    own[item.status]++;
    bump(byRule, item.ruleId);
    if (!g) return;
    g.byStatus[item.status]++;
    bump(g.byRule, item.ruleId);
    const open = item.status !== 'met' && item.status !== 'unknown';
    if (open && item.due !== undefined && (g.nextDue === undefined || item.due < g.nextDue))
      g.nextDue = item.due;
  };
  return {
    findings,
    add(c) {
      if (c.index < 0) {
        findings.push(...c.findings);
        return undefined;
      }
      total++;
      if (c.status === 'invalid') invalid++;
      let g: GroupCounts | undefined;
      if (c.group !== undefined) {
        g = groups.get(c.group);
        if (!g) {
          g = { cases: 0, byStatus: emptyByStatus(), byRule: {} };
          groups.set(c.group, g);
        }
        g.cases++;
      }
      const own = emptyByStatus();
      for (const item of c.items) count(item, own, g);
      for (const item of c.beyondHorizon) count(item, own, g);
      beyondHorizon += c.beyondHorizon.length;
      return {
        index: c.index,
        ...(c.caseRef === undefined ? {} : { caseRef: c.caseRef }),
        ...(c.group === undefined ? {} : { group: c.group }),
        status: c.status,
        itemCount: c.items.length,
        byStatus: own,
        findings: c.findings,
      };
    },
    summary() {
      const byGroup: Record<string, AgendaGroupSummary> = {};
      for (const key of [...groups.keys()].sort()) {
        const g = groups.get(key) as GroupCounts;
        const value: AgendaGroupSummary = {
          cases: g.cases,
          byStatus: { ...g.byStatus },
          byRule: { ...g.byRule },
          ...(g.nextDue === undefined ? {} : { nextDue: g.nextDue }),
        };
        Object.defineProperty(byGroup, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return {
        byStatus: { ...byStatus },
        byRule: { ...byRule },
        beyondHorizon,
        cases: { total, invalid },
        byGroup,
      };
    },
  };
}
