import { defineAgenda } from '@kaigo/core';
import type { AgendaItemDraft, AgendaStatus } from '@kaigo/core';
import type { AdviceStatus, VerificationFlowInput } from './03-kanyo/01-frequency/verificationFlow';
import { evaluateVerificationFlow } from './03-kanyo/01-frequency/verificationFlow';
import { SECTIONS } from './sourceDocument';

/** アドバイス等の状況を予定表の状態にする（期限の計算と判定はルール `kumamoto.verificationFlow` のもの）。 */
const STATUS: Readonly<Record<AdviceStatus['status'], Exclude<AgendaStatus, 'dueSoon'>>> = {
  pending: 'pending',
  given: 'met',
  notNeeded: 'met',
  noneWithinPeriod: 'unknown',
  overdue: 'overdue',
};

const ADVICE_NEEDED_LABEL = 'アドバイス等すべき事項の有無（ささえりあの確認結果）';

function adviceDraft(advice: AdviceStatus): AgendaItemDraft {
  return {
    id: 'adviceGiven',
    ruleId: evaluateVerificationFlow.id,
    what: `アドバイス等の連絡（受理日 ${advice.receivedOn} から${advice.rule}）`,
    due: advice.deadline,
    status: STATUS[advice.status],
    ...(advice.status === 'given' && advice.met === false ? { late: true } : {}),
    citation: SECTIONS.frequency2,
    missing: advice.status === 'noneWithinPeriod' ? [ADVICE_NEEDED_LABEL] : [],
  };
}

/**
 * 熊本市の予定表（事例一覧の検証の期限）。事例ごとに（入力は {@link evaluateVerificationFlow} と同じ: 1つの計画の出来事と
 * アドバイス等すべき事項の有無）、提出済みの計画のアドバイス等の連絡期限（受理日から２週間以内）を項目にする:
 *
 * - 期限内で連絡待ち → `pending`（見通し期間の内なら `dueSoon`）。事項があるのに期限を過ぎて連絡がない → `overdue`
 * - 連絡あり → `met`（期限後の連絡は `late: true`）。事項なし → `met`
 * - 期限までに連絡がなく事項の有無が入力されていない → `unknown`（`missing` に事項の有無）
 * - まだ提出していない計画には項目がない（③〜⑤ には期限が定められていない）
 *
 * @source kumamoto-kanyo-2024 ３（１）②
 * @example
 * ```ts
 * runAgenda(city.agenda!, [{ caseRef: 'C-001', input: { events: [{ kind: 'submitted', date: '2024-09-02' }] } }], {
 *   referenceDate: '2024-09-10',
 * }).items[0]?.status; // => 'dueSoon'（期限 2024-09-16）
 * ```
 */
export const kumamotoAgenda = defineAgenda<VerificationFlowInput>({
  id: 'kumamoto.agenda',
  title: 'アドバイス等の連絡期限（事例一覧）',
  caseInput: evaluateVerificationFlow.input,
  items: (input, env) => {
    const r = evaluateVerificationFlow(input, env.ruleContext);
    const advice = r.decision?.advice;
    return { items: advice ? [adviceDraft(advice)] : [], findings: r.findings };
  },
});
