import { defineAgenda } from '@kaigo/core';
import type { AgendaItemDraft, AgendaStatus, MissingInput } from '@kaigo/core';
import type { CaseDeadline, DeadlinesInput } from './03-flow/deadlines';
import { listDeadlines } from './03-flow/deadlines';

/**
 * 期限1件の状態を予定表の状態にする。期限後に提出したもの（`late`）は済んだもの（`met`、`late: true`）、
 * 提出できる日より前に提出したもの（`early`。ルールが warning を出す）も済んだものとして扱う。
 * 未提出で期限前のもの（`pending`）は、見通し期間の内なら `runAgenda` が `dueSoon` にする。
 */
function agendaStatus(d: CaseDeadline): Exclude<AgendaStatus, 'dueSoon'> {
  switch (d.status) {
    case 'late':
    case 'early':
    case 'met':
      return 'met';
    default:
      return d.status;
  }
}

/** 期限1件に関わる不足入力（起点の出来事の日、適用が分からなければ短期集中予防サービスCか）の日本語名。 */
function missingOf(d: CaseDeadline, missing: readonly MissingInput[]): string[] {
  if (d.status !== 'unknown') return [];
  const eventKey = d.event === 'billingMonthEnd' ? 'billingMonth' : d.event;
  return missing
    .filter((m) =>
      d.eventDate === undefined
        ? m.path[0] === 'events' && m.path[1] === eventKey
        : m.path[0] === 'shortTermIntensiveC',
    )
    .map((m) => m.label);
}

function draftOf(d: CaseDeadline, missing: readonly MissingInput[]): AgendaItemDraft {
  return {
    id: d.id,
    ruleId: listDeadlines.id,
    what: d.title,
    ...(d.deadline === undefined ? {} : { due: d.deadline }),
    ...(d.opensOn === undefined ? {} : { opensOn: d.opensOn }),
    status: agendaStatus(d),
    ...(d.status === 'late' ? { late: true } : {}),
    citation: d.citation,
    missing: missingOf(d, missing),
  };
}

/**
 * 小林市の予定表（事例一覧の提出期限）。事例ごとに（入力は {@link listDeadlines} と同じ: 事業所の種類・出来事の日・提出日）、
 * `kobayashi.deadlines` の期限をすべて項目にする。期限の計算はルールそのものが行い、ここでは状態を読み替えるだけ:
 *
 * - 期限内に提出 → `met`。期限後に提出 → `met` で `late: true`（ルールの `deadline.late` の指摘も事例の指摘に残る）
 * - 未提出で期限を過ぎた → `overdue`。未提出で見通し期間の内 → `dueSoon`、それより後 → 一覧から外し集計に数える
 * - 随時（参加申込書）で未提出 → `pending`（期限なし、`opensOn` は提出できる最初の日）
 * - 起点の出来事の日が分からない → `unknown`、`missing` に不足している項目
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（提出期限）
 * @example
 * 実行されるテスト（`agenda.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./agenda.test.ts#kobayashiAgenda}
 */
export const kobayashiAgenda = defineAgenda<DeadlinesInput>({
  id: 'kobayashi.agenda',
  title: '提出期限（事例一覧）',
  caseInput: listDeadlines.input,
  items: (input, env) => {
    const r = listDeadlines(input, env.ruleContext);
    const deadlines = r.decision?.deadlines ?? [];
    return { items: deadlines.map((d) => draftOf(d, r.missing)), findings: r.findings };
  },
});
