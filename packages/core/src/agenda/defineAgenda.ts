import type { Agenda, AgendaDeclaration } from './types';

/**
 * 予定表（事例一覧の期限）を宣言する。事例の入力の検証（`caseInput`）と、検証済みの事例から項目の下書きを作る
 * 関数（`items`）を持つ。状態 `dueSoon` の判定、見通し期間、並べ替え、集計、例外の捕捉は {@link streamAgenda}・
 * {@link runAgenda} が1度だけ行う。項目はルールの判定から作り、期限の計算を予定表に書き直さない。
 *
 * @example
 * ```ts
 * const agenda = defineAgenda({
 *   id: 'sample.agenda',
 *   title: '提出期限',
 *   caseInput: listDeadlines.input,
 *   items: (input, env) => listDeadlines(input, env.ruleContext).decision?.deadlines.map(toDraft) ?? [],
 * });
 * ```
 */
export function defineAgenda<C>(declaration: AgendaDeclaration<C>): Agenda<C> {
  if (!/^[a-z][A-Za-z0-9]*\.[A-Za-z0-9.]+$/.test(declaration.id))
    throw new Error(`defineAgenda: id ${declaration.id} は <市>.<名前> の形にしてください。`);
  return { ...declaration };
}
