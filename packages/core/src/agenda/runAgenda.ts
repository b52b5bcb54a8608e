import type { Finding } from '../result/types';
import { createAgendaTally } from './agendaTally';
import { compareAgendaItems } from './compareAgendaItems';
import { DEFAULT_AGENDA_GROUP_LABEL } from './defaultHorizon';
import { streamAgenda } from './streamAgenda';
import type { Agenda, AgendaCaseReport, AgendaItem, AgendaResult } from './types';

function caseloadArray(caseload: unknown): readonly unknown[] | Finding {
  try {
    if (Array.isArray(caseload)) return caseload;
  } catch {
    // A revoked Proxy throws in Array.isArray: fall through to the finding.
  }
  return {
    code: 'agenda.caseload.type',
    severity: 'error',
    message: '事例一覧は事例（{ "caseRef": "…", "input": { … } }）の配列で指定してください。',
    path: [],
  };
}

/**
 * 事例一覧（担当するすべての事例）について、何を・どの事例で・いつまでにするかを1つの一覧にする。
 * {@link streamAgenda} で1件ずつ作り、期限の順（期限のないものは最後、同じ期限は事例一覧の順）に並べ、
 * 状態ごと・ルールごとに集計する。見通し期間（`horizonDays`、既定 {@link DEFAULT_AGENDA_HORIZON_DAYS} 日）より後の
 * 項目は一覧から外し、集計には数える。読めない事例は `cases` に指摘を残して次に進む。例外は投げない。
 *
 * @example
 * ```ts
 * const r = runAgenda(city.agenda!, [{ caseRef: 'K-001', input }], { referenceDate: '2025-07-01', horizonDays: 30 });
 * r.items[0]?.status; // => 'overdue' など
 * r.summary.byStatus.dueSoon;
 * ```
 */
export function runAgenda<C>(agenda: Agenda<C>, caseload: unknown, context: unknown): AgendaResult {
  const tally = createAgendaTally();
  const items: AgendaItem[] = [];
  const cases: AgendaCaseReport[] = [];
  const findings: Finding[] = [];
  const list = caseloadArray(caseload);
  if ('code' in list) findings.push(list);
  else
    for (const c of streamAgenda(agenda, list, context)) {
      const report = tally.add(c);
      if (report) cases.push(report);
      items.push(...c.items);
    }
  findings.push(...tally.findings);
  items.sort(compareAgendaItems);
  return {
    agenda: agenda.id,
    groupLabel: agenda.groupLabel ?? DEFAULT_AGENDA_GROUP_LABEL,
    findings,
    items,
    cases,
    summary: tally.summary(),
  };
}
