import { checkDeadline } from '@kaigo/core';
import type { Citation, DeadlineCheck, IsoDate, RuleEnv, RuleOutcome } from '@kaigo/core';

/** {@link checkDueDate} の設定（ルールごとの項目名・コード・文言）。 */
export interface DueDateSpec {
  /** 期限日。 */
  readonly deadline: IsoDate;
  /** 行った日（提出日・郵送日。未入力なら undefined）。 */
  readonly doneOn: IsoDate | undefined;
  /** 行った日の入力項目名と表示名（不足入力・指摘の位置）。 */
  readonly field: { readonly key: string; readonly label: string };
  /** コード: 期限内か（トレース）、期限を過ぎても行っていない、期限後に行った。 */
  readonly codes: { readonly met: string; readonly notDone: string; readonly late: string };
  /** トレースの文言: 期限内か、期限を過ぎても行っていない。 */
  readonly labels: { readonly met: string; readonly notDone: string };
  /** 指摘の文言: 期限を過ぎても行っていない、期限後に行った（過ぎた日数から）。 */
  readonly messages: { readonly notDone: string; readonly late: (daysLate: number) => string };
  /** 期限を過ぎたときの指摘の重さ。 */
  readonly severity: 'error' | 'warning';
  /** 指摘の出典。 */
  readonly citation: Citation;
}

/**
 * 期限日までに行ったか（期限日当日は期限内）。行った日がなければ、基準日が期限を過ぎていれば「行っていない」と判定し、
 * 期限前なら未決（`missing`）。判定した条件をトレースに残す（日付と定型文だけ）。`decide` で判定に項目を足せる。
 * 伊勢原市のルールの内部用（前月末日の郵送と実績報告の期限）。
 *
 * @source isehara-tenken-2024 ４（３）月次スケジュール 2
 * @source isehara-tenken-2024 ５
 * @example
 * ```ts
 * evaluate: (data, env) => checkDueDate({ deadline, doneOn: data.submittedOn, field: { key: 'submittedOn', label: '報告日' }, … }, env),
 * ```
 */
export function checkDueDate<D extends DeadlineCheck = DeadlineCheck>(
  spec: DueDateSpec,
  env: RuleEnv,
  decide: (check: DeadlineCheck) => D = (check) => check as D,
): RuleOutcome<D> {
  const { deadline, doneOn, field, codes, labels, messages } = spec;
  // Not done yet and the deadline not passed: nothing is late yet.
  if (doneOn === undefined && env.referenceDate <= deadline)
    return { missing: [{ path: [field.key], label: field.label }] };
  const check = checkDeadline(deadline, doneOn ?? env.referenceDate);
  env.trace({
    kind: 'condition',
    code: doneOn === undefined ? codes.notDone : codes.met,
    label: doneOn === undefined ? labels.notDone : labels.met,
    outcome: doneOn === undefined ? true : check.met,
  });
  if (check.met) return { decision: decide(check) };
  return {
    decision: decide(check),
    findings: [
      {
        code: doneOn === undefined ? codes.notDone : codes.late,
        severity: spec.severity,
        message: doneOn === undefined ? messages.notDone : messages.late(check.daysLate),
        path: [field.key],
        citation: spec.citation,
      },
    ],
  };
}
