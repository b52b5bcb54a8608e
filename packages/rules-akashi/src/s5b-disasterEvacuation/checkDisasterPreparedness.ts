import type { Finding, IsoDate, MissingInput, RuleResult } from '@kaigo/core';
import { resolveParameters, ruleResult } from '@kaigo/core';
import { prepareRuleInput } from '@kaigo/forms';
import type { PlanKind } from '../carePlanRecord';
import { PLAN_KIND_LABELS, carePlanRecordSchema } from '../carePlanRecord';
import { akashiCite } from '../internal/policy';
import type { DisasterItemKey } from './disasterItems';
import { akashiDisasterItems, akashiDisasterPlanKinds } from './disasterItems';

/** ルール id。 */
export const DISASTER_PREPAREDNESS_RULE_ID = 'akashi.disasterPreparedness';

const RECORD = akashiCite('５ 災害時の避難行動の支援 第3段落');
const SOURCES = [
  RECORD,
  akashiCite('５ 災害時の避難行動の支援 第2段落'),
  akashiCite('５ 災害時の避難行動の支援【個別避難計画作成の経緯】'),
];

/** {@link checkDisasterPreparedness} の判定。 */
export interface DisasterPreparednessDecision {
  /** この作成区分に確認・記載が求められるか（新規作成・更新）。 */
  readonly applies: boolean;
  /** 作成区分。 */
  readonly planKind: PlanKind;
  /** 記載のある項目。 */
  readonly recordedItems: readonly DisasterItemKey[];
  /** 記載のない項目のうち、記載の文に明示された項目（【緊急連絡先】【避難先】）。 */
  readonly missingItems: readonly DisasterItemKey[];
  /** 記載のない項目のうち、避難方法等として挙げられた項目（避難場所・避難経路・避難を助けてくれる人・連絡先）。 */
  readonly missingDetails: readonly DisasterItemKey[];
  /** 確認日がこの計画の作成日以前で、前回の計画作成日より後か（前回の作成日がなければ作成日以前か）。 */
  readonly confirmedForThisPlan: boolean;
  /** 記載・確認がそろっているか（対象外の作成区分では項目の有無だけで決める）。 */
  readonly complete: boolean;
}

const isRecorded = (value: string | undefined): boolean =>
  value !== undefined && value.trim() !== '';

/**
 * ケアプランの記録に、災害に備えた情報が確認のうえ記載されているかを検査する。
 *
 * 文書は、ケアプラン作成（更新を含む）時に【緊急連絡先】【避難先】等の災害に備えた情報を確認し、ケアプランに
 * 記載しておくことを求め（５ 第3段落）、その前提として災害時の避難方法等（避難場所、避難経路、避難を助けて
 * くれる人、連絡先等）の個別の事前確認が必要とする（同 第2段落）。背景は【個別避難計画作成の経緯】
 * （災害対策基本法の改正による個別避難計画の努力義務化と、介護支援専門員の参画）。
 *
 * - 項目の欠落（空欄・空白のみを含む）: 重大度は {@link akashiDisasterItems}（既定: 緊急連絡先・避難先は error、
 *   避難場所・避難経路・避難を助けてくれる人・連絡先は warning）。記録に `disasterPreparedness` がなければ
 *   すべての項目が「記載なし」（これはケアプランの記録そのものの内容であり、不足入力ではない）
 * - 確認日（`disasterPreparedness.confirmedOn`）: 未入力なら不足入力（`undetermined`）。作成日より後なら warning
 *   （作成時の確認になっていない）。前回の作成日（`previousCreatedOn`）以前なら warning（今回の作成・更新時に
 *   確認し直した記録になっていない）。同じ日はそれぞれ「作成時」「前回の時点」とみなす
 * - 作成区分が対象外（既定: 変更。{@link akashiDisasterPlanKinds}）なら `applies: false` で、欠落は info
 *
 * パラメータはケアプラン作成日に有効な値を使う（作成日が方針の適用開始 2023-04-01 より前なら判定しない）。
 * 記載内容（氏名・電話番号など）は読まず、メッセージにも出さない。
 *
 * @source akashi-policy-2023 ５ 災害時の避難行動の支援 第2段落・第3段落
 * @source akashi-policy-2023 ５ 災害時の避難行動の支援【個別避難計画作成の経緯】
 * @example
 * ```ts
 * const r = checkDisasterPreparedness(
 *   {
 *     planKind: 'renewal',
 *     createdOn: '2024-06-01',
 *     disasterPreparedness: { confirmedOn: '2024-05-28', emergencyContact: '長男（架空）' },
 *   },
 *   { referenceDate: '2024-06-10' },
 * );
 * r.decision?.missingItems; // => ['evacuationDestination']
 * ```
 */
export function checkDisasterPreparedness(
  input: unknown,
  context: unknown,
): RuleResult<DisasterPreparednessDecision> {
  const rule = DISASTER_PREPAREDNESS_RULE_ID;
  const parsed = prepareRuleInput(carePlanRecordSchema, input, context);
  if (!parsed.ok) return ruleResult({ rule, sources: SOURCES, findings: parsed.findings });
  const plan = parsed.data;

  const missing: MissingInput[] = [];
  if (plan.planKind === undefined)
    missing.push({ path: ['planKind'], label: 'ケアプランの作成区分' });
  if (plan.createdOn === undefined)
    missing.push({ path: ['createdOn'], label: 'ケアプラン作成日' });
  if (plan.planKind === undefined || plan.createdOn === undefined)
    return ruleResult({ rule, sources: SOURCES, missing });
  const createdOn = plan.createdOn as IsoDate;

  const resolved = resolveParameters(createdOn, {
    items: akashiDisasterItems,
    kinds: akashiDisasterPlanKinds,
  });
  if (!resolved.ok) return ruleResult({ rule, sources: SOURCES, findings: resolved.findings });
  const { items, kinds } = resolved.values;
  const parameters = resolved.uses;

  const applies = kinds.includes(plan.planKind);
  const findings: Finding[] = [];
  if (!applies)
    findings.push({
      code: 'akashi.disaster.notRequiredForPlanKind',
      severity: 'info',
      message: `文書は「ケアプラン作成（更新を含む）時」の確認・記載を求めており、${PLAN_KIND_LABELS[plan.planKind]}は対象外として扱いました（以下は参考）。`,
      path: ['planKind'],
      citation: resolved.citations.kinds,
    });

  const dp = plan.disasterPreparedness ?? {};
  const recordedItems: DisasterItemKey[] = [];
  const missingItems: DisasterItemKey[] = [];
  const missingDetails: DisasterItemKey[] = [];
  for (const item of items) {
    if (isRecorded(dp[item.key])) {
      recordedItems.push(item.key);
      continue;
    }
    (item.basis === 'explicit' ? missingItems : missingDetails).push(item.key);
    findings.push({
      code:
        item.basis === 'explicit' ? 'akashi.disaster.itemMissing' : 'akashi.disaster.detailMissing',
      severity: applies ? item.severity : 'info',
      message:
        item.basis === 'explicit'
          ? `ケアプランに【${item.label}】の記載がありません。`
          : `ケアプランに災害時の避難方法等のうち「${item.label}」の記載がありません。`,
      path: ['disasterPreparedness', item.key],
      citation:
        item.basis === 'explicit' ? RECORD : akashiCite('５ 災害時の避難行動の支援 第2段落'),
    });
  }

  let confirmedForThisPlan = false;
  if (applies) {
    const confirmedOn = dp.confirmedOn as IsoDate | undefined;
    if (confirmedOn === undefined) {
      missing.push({
        path: ['disasterPreparedness', 'confirmedOn'],
        label: '災害に備えた情報の確認日',
      });
    } else {
      const afterPlan = confirmedOn > createdOn;
      const stale = plan.previousCreatedOn !== undefined && confirmedOn <= plan.previousCreatedOn;
      if (afterPlan)
        findings.push({
          code: 'akashi.disaster.confirmedAfterPlan',
          severity: 'warning',
          message:
            '災害に備えた情報の確認日がケアプラン作成日より後です。作成（更新）時の確認として記録されていません。',
          path: ['disasterPreparedness', 'confirmedOn'],
          citation: RECORD,
        });
      if (stale)
        findings.push({
          code: 'akashi.disaster.notReconfirmed',
          severity: 'warning',
          message:
            '災害に備えた情報の確認日が前回のケアプラン作成日以前です。今回の作成（更新）時に変更がないか確認した記録がありません。',
          path: ['disasterPreparedness', 'confirmedOn'],
          citation: RECORD,
        });
      confirmedForThisPlan = !afterPlan && !stale;
    }
  }
  if (missing.length > 0)
    return ruleResult({ rule, sources: SOURCES, findings, missing, parameters });

  const itemsComplete = missingItems.length === 0 && missingDetails.length === 0;
  return ruleResult({
    rule,
    sources: SOURCES,
    decision: {
      applies,
      planKind: plan.planKind,
      recordedItems,
      missingItems,
      missingDetails,
      confirmedForThisPlan,
      complete: applies ? itemsComplete && confirmedForThisPlan : itemsComplete,
    },
    findings,
    parameters,
  });
}
