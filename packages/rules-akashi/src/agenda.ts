import { defineAgenda } from '@kaigo/core';
import type {
  AgendaEnv,
  AgendaItemDraft,
  AgendaStatus,
  Finding,
  IsoDate,
  ParameterUse,
  RuleResult,
} from '@kaigo/core';
import { ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { carePlanRecordSchema, PLAN_KIND_LABELS } from './carePlanRecord';
import type { CarePlanRecord } from './carePlanRecord';
import { careManagementCaseSchema } from './s3-preventiveCareManagement/careManagementCase';
import type { CareManagementCase } from './s3-preventiveCareManagement/careManagementCase';
import { checkCareManagementCase } from './s3-preventiveCareManagement/checkCareManagementCase';
import type { CareManagementCaseDecision } from './s3-preventiveCareManagement/checkCareManagementCase';
import {
  akashiProcessTable,
  CARE_MANAGEMENT_TYPE_LABELS,
  PROCESS_MARK_MEANINGS,
  PROCESS_STEP_LABELS,
  PROCESS_STEPS,
} from './s3-preventiveCareManagement/processTable';
import type { ProcessTable } from './s3-preventiveCareManagement/processTable';
import { checkDisasterPreparedness } from './s5b-disasterEvacuation/checkDisasterPreparedness';
import { akashiDisasterItems } from './s5b-disasterEvacuation/disasterItems';
import type { DisasterItem } from './s5b-disasterEvacuation/disasterItems';

/**
 * 明石市の予定表の事例1件: 作成・更新中のケアプランの記録（災害に備えた情報）と、介護予防ケアマネジメントのケースの
 * 記録（類型と実施した手順）。どちらも省略でき、あるものだけを項目にする。
 */
export const akashiAgendaCaseSchema = z.strictObject({
  /** ケアプランの記録（`akashi.disasterPreparedness` の入力と同じ形）。 */
  plan: withMeta(carePlanRecordSchema, { label: 'ケアプランの記録' }).optional(),
  /** ケースの記録（`akashi.careManagementCase` の入力と同じ形）。 */
  process: withMeta(careManagementCaseSchema, { label: 'ケースの記録' }).optional(),
});

/** 明石市の予定表の事例1件の型。 */
export type AkashiAgendaCase = z.infer<typeof akashiAgendaCaseSchema>;

const C_MONITORING_NOTE = '（表は○、本文はＣを「基本的にサービス利用開始時のみ」と説明。要確認）';

/** The value the rule actually used (overrides included), read back from the result. */
function used<T>(r: RuleResult<unknown>, id: string): T | undefined {
  return r.parameters.find((p: ParameterUse) => p.id === id)?.value as T | undefined;
}

/** 作成（更新）時に記載する項目の状態: 記載あり → met、なし → 作成日を過ぎていれば overdue、当日以降なら pending。 */
function itemStatus(
  recorded: boolean,
  createdOn: IsoDate,
  env: AgendaEnv,
): Exclude<AgendaStatus, 'dueSoon'> {
  if (recorded) return 'met';
  return createdOn < env.referenceDate ? 'overdue' : 'pending';
}

/**
 * 災害に備えた情報（５）: 新規作成・更新のケアプランについて、記載の文が名指しする項目（【緊急連絡先】【避難先】、
 * {@link akashiDisasterItems} の `explicit`）ごとに1項目。期限は「ケアプラン作成（更新を含む）時」なので作成日。
 * 作成区分か作成日が分からなければ `unknown`。対象外の作成区分（変更）には項目を作らない（文書は求めていない）。
 */
function disasterDrafts(
  plan: CarePlanRecord,
  env: AgendaEnv,
): { items: AgendaItemDraft[]; findings: readonly Finding[] } {
  const r = checkDisasterPreparedness(plan, env.ruleContext);
  const base = { ruleId: checkDisasterPreparedness.id, citation: akashiDisasterItems.citation };
  if (plan.planKind === undefined || plan.createdOn === undefined)
    return {
      items: [
        {
          ...base,
          id: 'disaster.items',
          what: 'ケアプランに【緊急連絡先】【避難先】等の災害に備えた情報を記載（作成・更新時に確認）',
          status: 'unknown',
          missing: r.missing.map((m) => m.label),
        },
      ],
      findings: r.findings,
    };
  const notRequired = r.findings.some((f) => f.code === 'akashi.disaster.notRequiredForPlanKind');
  if (notRequired) return { items: [], findings: r.findings };
  const createdOn = plan.createdOn as IsoDate;
  const explicit = (used<readonly DisasterItem[]>(r, akashiDisasterItems.id) ?? []).filter(
    (i) => i.basis === 'explicit',
  );
  const missingKeys = new Set(
    r.findings
      .filter((f) => f.code === 'akashi.disaster.itemMissing')
      .map((f) => f.path?.[1] as string),
  );
  const kind = PLAN_KIND_LABELS[plan.planKind];
  const items = explicit.map((i): AgendaItemDraft => ({
    ...base,
    id: `disaster.${i.key}`,
    what: `ケアプラン（${kind}）に【${i.label}】を記載（作成・更新時に確認）`,
    due: createdOn,
    status: itemStatus(!missingKeys.has(i.key), createdOn, env),
  }));
  return { items, findings: r.findings };
}

/** 手順1つの what。記録のない ○ の手順で後の手順が記録済みなら、その旨を添える。 */
function stepWhat(
  step: (typeof PROCESS_STEPS)[number],
  mark: string,
  d: CareManagementCaseDecision,
): string {
  const typeLabel = CARE_MANAGEMENT_TYPE_LABELS[d.type].label;
  const note =
    d.missingSteps.includes(step) || d.bracketedStepsMissing.includes(step)
      ? '（記録なし。後の手順は記録済み）'
      : '';
  const c = d.type === 'C' && step === 'monitoring' ? C_MONITORING_NOTE : '';
  return `${typeLabel}の手順「${PROCESS_STEP_LABELS[step]}」（表の${mark}）${note}${c}`;
}

/**
 * 類型別プロセス（３（３））: 類型Ａ・Ｃのケースについて、表で ○・（○）の手順ごとに1項目。記録があれば `met`、
 * なければ `pending`（文書は手順の期日を定めていないので期限なし）。記録のない ○ の手順の後の手順が記録済みなら、
 * ルールの指摘（error）が事例に残る。ルールが判定できなければ（類型・委託の有無が分からない）`unknown`。Ｂは市が実施しない類型なので項目にしない。
 */
function processDrafts(
  process: CareManagementCase,
  env: AgendaEnv,
): { items: AgendaItemDraft[]; findings: readonly Finding[] } {
  const r = checkCareManagementCase(process, env.ruleContext);
  const base = { ruleId: checkCareManagementCase.id, citation: akashiProcessTable.citation };
  const d = r.decision;
  // Without a decision (the type, or whether the case is delegated, is not known) the open steps are unknown.
  if (!d)
    return {
      items: [
        {
          ...base,
          id: 'process',
          what: '介護予防ケアマネジメントの類型別プロセスの手順',
          status: 'unknown',
          missing: r.missing.map((m) => m.label),
        },
      ],
      findings: r.findings,
    };
  if (!d.runByCity) return { items: [], findings: r.findings };
  const table = used<ProcessTable>(r, akashiProcessTable.id);
  const row = table?.[d.type];
  const recorded = new Set((process.steps ?? []).map((s) => s.step));
  const items: AgendaItemDraft[] = [];
  for (const step of PROCESS_STEPS) {
    const mark = row?.[step];
    if (mark !== 'implement' && mark !== 'bracketed') continue;
    items.push({
      ...base,
      id: `process.${step}`,
      what: stepWhat(step, PROCESS_MARK_MEANINGS[mark].symbol, d),
      status: recorded.has(step) ? 'met' : 'pending',
    });
  }
  return { items, findings: r.findings };
}

/**
 * 明石市の予定表（作成・更新中のケアプランの災害に備えた情報と、類型Ａ・Ｃのケースの残りの手順）。事例1件は利用者1人の
 * ケアプランとケースの記録で、市のルールの判定をそのまま項目にする:
 *
 * - `akashi.disasterPreparedness`（５）: 新規作成・更新のケアプランに【緊急連絡先】【避難先】の記載がないもの。期限は
 *   作成日（「ケアプラン作成（更新を含む）時」）で、作成日を過ぎて記載がなければ `overdue`
 * - `akashi.careManagementCase`（３（３））: 類型Ａ・Ｃの表の ○・（○）の手順のうち、まだ記録のないもの（期限なしの `pending`）。
 *   Ｃのモニタリングは表と本文の食い違いを `what` に添える
 *
 * 避難方法等（避難場所・避難経路など）の記載と「家族を含めた支援者とも共有」は項目にせず、ルールの指摘として事例に残す。
 *
 * @source akashi-policy-2023 ５ 災害時の避難行動の支援 第3段落
 * @source akashi-policy-2023 ３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】
 * @example
 * 実行されるテスト（`agenda.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./agenda.test.ts#akashiAgenda}
 */
export const akashiAgenda = defineAgenda<AkashiAgendaCase>({
  id: 'akashi.agenda',
  title: '災害に備えた情報の記載と類型別プロセスの残りの手順（事例一覧）',
  groupLabel: '担当事業所',
  caseInput: ruleInput(akashiAgendaCaseSchema, { unknownKeyPath: 'parent' }),
  items: (input, env) => {
    const items: AgendaItemDraft[] = [];
    const findings: Finding[] = [];
    for (const part of [
      input.plan ? disasterDrafts(input.plan, env) : undefined,
      input.process ? processDrafts(input.process, env) : undefined,
    ]) {
      if (!part) continue;
      items.push(...part.items);
      findings.push(...part.findings);
    }
    return { items, findings };
  },
});
