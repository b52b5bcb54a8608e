import type { Finding, IsoDate, MissingInput, RuleEnv } from '@kaigo/core';
import { cite, defineRule } from '@kaigo/core';
import type { AkashiDisasterPreparedness } from '../forms/index';
import { ruleInput } from '@kaigo/forms';
import type { CarePlanRecord, PlanKind } from '../carePlanRecord';
import { PLAN_KIND_LABELS, carePlanRecordSchema } from '../carePlanRecord';
import { AKASHI_DOCUMENT } from '../document';
import type { DisasterItem, DisasterItemKey } from './disasterItems';
import { akashiDisasterItems, akashiDisasterPlanKinds } from './disasterItems';

const RECORD = cite(AKASHI_DOCUMENT, '５ 災害時の避難行動の支援 第3段落');
const METHODS = cite(AKASHI_DOCUMENT, '５ 災害時の避難行動の支援 第2段落');
const SHARING = cite(
  AKASHI_DOCUMENT,
  '５ 災害時の避難行動の支援 第3段落',
  '確認した内容は、ケアプランへの記載等により家族を含めた支援者とも共有するとともに、適宜変更がないか確認しておくことが重要であるため',
);

/**
 * 「家族を含めた支援者とも共有」の参考情報（info）。文書は共有を「重要」とするが、共有の方法・記録を定めていない
 * ため、判定（`complete`）には使わず、毎回 info で示す。
 */
const SHARING_NOTE: Finding = {
  code: 'akashi.disaster.shareWithSupporters',
  severity: 'info',
  message:
    '確認した災害に備えた情報は、ケアプランへの記載等により家族を含めた支援者とも共有し、適宜変更がないか確認しておくことが重要とされています（共有の方法・記録は文書に定めがないため、参考として示します）。',
  path: ['disasterPreparedness'],
  citation: SHARING,
};

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

interface ItemCheck {
  readonly recordedItems: DisasterItemKey[];
  readonly missingItems: DisasterItemKey[];
  readonly missingDetails: DisasterItemKey[];
}

/** 項目ごとの記載の有無（空欄・空白のみは記載なし）。対象外の作成区分では欠落を info にする。 */
function checkItems(
  items: readonly DisasterItem[],
  dp: Partial<AkashiDisasterPreparedness>,
  applies: boolean,
  findings: Finding[],
): ItemCheck {
  const out: ItemCheck = { recordedItems: [], missingItems: [], missingDetails: [] };
  for (const item of items) {
    if (isRecorded(dp[item.key])) {
      out.recordedItems.push(item.key);
      continue;
    }
    const explicit = item.basis === 'explicit';
    (explicit ? out.missingItems : out.missingDetails).push(item.key);
    findings.push({
      code: explicit ? 'akashi.disaster.itemMissing' : 'akashi.disaster.detailMissing',
      severity: applies ? item.severity : 'info',
      message: explicit
        ? `ケアプランに【${item.label}】の記載がありません。`
        : `ケアプランに災害時の避難方法等のうち「${item.label}」の記載がありません。`,
      path: ['disasterPreparedness', item.key],
      citation: explicit ? RECORD : METHODS,
    });
  }
  return out;
}

/**
 * 確認日がこの計画の作成（更新）時の確認か: 作成日以前で、前回の作成日より後（同じ日はそれぞれ「作成時」
 * 「前回の時点」）。未入力なら不足入力。
 */
function checkConfirmation(
  plan: CarePlanRecord,
  createdOn: IsoDate,
  env: RuleEnv,
  findings: Finding[],
  missing: MissingInput[],
): boolean {
  const confirmedOn = plan.disasterPreparedness?.confirmedOn as IsoDate | undefined;
  if (confirmedOn === undefined) {
    missing.push({
      path: ['disasterPreparedness', 'confirmedOn'],
      label: '災害に備えた情報の確認日',
    });
    return false;
  }
  const afterPlan = confirmedOn > createdOn;
  const stale = plan.previousCreatedOn !== undefined && confirmedOn <= plan.previousCreatedOn;
  env.trace({
    kind: 'condition',
    code: 'akashi.disaster.confirmedAfterPlan',
    label: '確認日がケアプラン作成日より後か',
    outcome: afterPlan,
  });
  env.trace({
    kind: 'condition',
    code: 'akashi.disaster.notReconfirmed',
    label: '確認日が前回のケアプラン作成日以前か',
    outcome: stale,
  });
  const path = ['disasterPreparedness', 'confirmedOn'];
  if (afterPlan)
    findings.push({
      code: 'akashi.disaster.confirmedAfterPlan',
      severity: 'warning',
      message:
        '災害に備えた情報の確認日がケアプラン作成日より後です。作成（更新）時の確認として記録されていません。',
      path,
      citation: RECORD,
    });
  if (stale)
    findings.push({
      code: 'akashi.disaster.notReconfirmed',
      severity: 'warning',
      message:
        '災害に備えた情報の確認日が前回のケアプラン作成日以前です。今回の作成（更新）時に変更がないか確認した記録がありません。',
      path,
      citation: RECORD,
    });
  return !afterPlan && !stale;
}

/** 本体: 作成区分と作成日を確かめ、作成日に有効なパラメータで項目と確認日を検査する。 */
function evaluatePlan(
  plan: CarePlanRecord,
  env: RuleEnv,
): { decision?: DisasterPreparednessDecision; findings?: Finding[]; missing: MissingInput[] } {
  const missing: MissingInput[] = [];
  if (plan.planKind === undefined)
    missing.push({ path: ['planKind'], label: 'ケアプランの作成区分' });
  if (plan.createdOn === undefined)
    missing.push({ path: ['createdOn'], label: 'ケアプラン作成日' });
  if (plan.planKind === undefined || plan.createdOn === undefined) return { missing };
  const createdOn = plan.createdOn as IsoDate;
  const items = env.value(akashiDisasterItems, { at: createdOn });
  const kinds = env.value(akashiDisasterPlanKinds, { at: createdOn });

  const applies = kinds.includes(plan.planKind);
  env.trace({
    kind: 'condition',
    code: 'akashi.disaster.applies',
    label: '作成区分に確認・記載が求められるか',
    outcome: applies,
  });
  const findings: Finding[] = [];
  if (!applies)
    findings.push({
      code: 'akashi.disaster.notRequiredForPlanKind',
      severity: 'info',
      message: `文書は「ケアプラン作成（更新を含む）時」の確認・記載を求めており、${PLAN_KIND_LABELS[plan.planKind]}は対象外として扱いました（以下は参考）。`,
      path: ['planKind'],
      citation: akashiDisasterPlanKinds.citation,
    });
  const checked = checkItems(items, plan.disasterPreparedness ?? {}, applies, findings);
  const confirmedForThisPlan = applies
    ? checkConfirmation(plan, createdOn, env, findings, missing)
    : false;
  findings.push(SHARING_NOTE);
  if (missing.length > 0) return { findings, missing };

  const itemsComplete = checked.missingItems.length === 0 && checked.missingDetails.length === 0;
  return {
    decision: {
      applies,
      planKind: plan.planKind,
      ...checked,
      confirmedForThisPlan,
      complete: applies ? itemsComplete && confirmedForThisPlan : itemsComplete,
    },
    findings,
    missing,
  };
}

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
 * - 「確認した内容は、ケアプランへの記載等により家族を含めた支援者とも共有する」（第3段落）: 文書は共有を重要と
 *   するが方法・記録を定めていないので、判定には使わず参考情報（info、`akashi.disaster.shareWithSupporters`）として
 *   毎回示す（作成区分と作成日が分かるとき）
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
export const checkDisasterPreparedness = defineRule<CarePlanRecord, DisasterPreparednessDecision>({
  id: 'akashi.disasterPreparedness',
  title: 'ケアプランの災害に備えた情報（緊急連絡先・避難先等）',
  description:
    'ケアプラン作成（更新を含む）時に確認した災害に備えた情報（【緊急連絡先】【避難先】と、避難場所・避難経路・避難を助けてくれる人・連絡先）が記載されているか。',
  sources: [
    RECORD,
    METHODS,
    cite(AKASHI_DOCUMENT, '５ 災害時の避難行動の支援【個別避難計画作成の経緯】'),
  ],
  input: ruleInput(carePlanRecordSchema),
  parameters: [akashiDisasterItems, akashiDisasterPlanKinds],
  examples: [
    {
      title: '更新時にすべて確認・記載',
      input: {
        planKind: 'renewal',
        createdOn: '2024-06-01',
        previousCreatedOn: '2023-06-01',
        disasterPreparedness: {
          confirmedOn: '2024-05-28',
          emergencyContact: '長男（架空）',
          evacuationDestination: '市立小学校（架空）',
          evacuationPlace: '市立小学校体育館（架空）',
          evacuationRoute: '自宅から北へ徒歩8分',
          evacuationHelper: '民生委員（架空）',
          contact: '長男の携帯電話',
        },
      },
      context: { referenceDate: '2024-06-10' },
      expect: {
        status: 'decided',
        decision: { applies: true, complete: true },
        findings: ['akashi.disaster.shareWithSupporters'],
      },
    },
    {
      title: '新規作成で避難先の記載なし',
      input: {
        planKind: 'new',
        createdOn: '2024-06-01',
        disasterPreparedness: { confirmedOn: '2024-06-01', emergencyContact: '長女（架空）' },
      },
      context: { referenceDate: '2024-06-10' },
      expect: {
        status: 'decided',
        decision: { missingItems: ['evacuationDestination'], complete: false },
      },
    },
  ],
  evaluate: evaluatePlan,
});
