import type { DatedParameter } from '@kaigo/core';
import { cite, defineParameter } from '@kaigo/core';
import type { AkashiDisasterPreparedness } from '../forms/index';
import type { PlanKind } from '../carePlanRecord';
import { AKASHI_DOCUMENT, AKASHI_POLICY_FROM } from '../document';

/** 災害に備えた情報の記載項目のキー（確認日を除く）。 */
export type DisasterItemKey = Exclude<keyof AkashiDisasterPreparedness, 'confirmedOn'>;

/** 災害に備えた情報の記載項目1件。 */
export interface DisasterItem {
  /** 記録のキー。 */
  readonly key: DisasterItemKey;
  /** 文書の表記。 */
  readonly label: string;
  /**
   * 根拠の種類。`explicit` は「ケアプランに記載しておくこと」の文に【】つきで明示された項目、
   * `listed` は事前確認が必要な「災害時の避難方法等（…等）」に挙げられ、記載の文の「等」が受ける項目。
   */
  readonly basis: 'explicit' | 'listed';
  /** 記載がないときの指摘の重大度。 */
  readonly severity: 'error' | 'warning';
}

/**
 * ケアプランに記載する災害に備えた情報の項目。
 *
 * 読み方: 記載を求める文（第3段落）が名指しするのは【緊急連絡先】【避難先】の2つで、これらの欠落は `error`。
 * 同じ文の「等」は、第2段落で事前確認が必要とされた避難方法等（避難場所、避難経路、避難を助けてくれる人、
 * 連絡先）を受けると読み、これらの欠落は `warning` とした（第2段落は確認の必要を述べ、共有の手段を
 * 「ケアプランへの記載等」とするため、ケアプランへの記載そのものは第3段落ほど明示されていない）。
 * すべてを `error` にする読み方もあり、その場合は各項目の `severity` を変える。避難先と避難場所、緊急連絡先と
 * 連絡先は同じ内容を指すこともあるが、文書が別の語を使うため別の項目とした。
 *
 * @source akashi-policy-2023 ５ 災害時の避難行動の支援 第2段落・第3段落
 * @example
 * ```ts
 * const items = valueAt(akashiDisasterItems, isoDate('2024-06-01'));
 * if (items.ok) items.value.value.filter((i) => i.severity === 'error').map((i) => i.key);
 * // => ['emergencyContact', 'evacuationDestination']
 * ```
 */
export const akashiDisasterItems: DatedParameter<readonly DisasterItem[]> = defineParameter<
  readonly DisasterItem[]
>({
  id: 'akashi.disaster.items',
  description: 'ケアプランに記載する災害に備えた情報の項目',
  citation: cite(
    AKASHI_DOCUMENT,
    '５ 災害時の避難行動の支援',
    'ケアプラン作成（更新を含む）時には、【緊急連絡先】【避難先】等の災害に備えた情報について確認を行い、ケアプランに記載しておくこと。',
  ),
  reading:
    '【緊急連絡先】【避難先】は記載の文に明示されているため error、「等」が受ける避難方法等（避難場所、避難経路、避難を助けてくれる人、連絡先）は warning。すべて error とする読み方もある。',
  values: [
    {
      from: AKASHI_POLICY_FROM,
      value: [
        { key: 'emergencyContact', label: '緊急連絡先', basis: 'explicit', severity: 'error' },
        { key: 'evacuationDestination', label: '避難先', basis: 'explicit', severity: 'error' },
        { key: 'evacuationPlace', label: '避難場所', basis: 'listed', severity: 'warning' },
        { key: 'evacuationRoute', label: '避難経路', basis: 'listed', severity: 'warning' },
        {
          key: 'evacuationHelper',
          label: '避難を助けてくれる人',
          basis: 'listed',
          severity: 'warning',
        },
        { key: 'contact', label: '連絡先', basis: 'listed', severity: 'warning' },
      ],
    },
  ],
});

/**
 * 災害に備えた情報の確認・記載を求めるケアプランの作成区分。
 *
 * 読み方: 原文は「ケアプラン作成（更新を含む）時」で、新規作成と更新を挙げ、変更には触れていない。字義どおり
 * 新規作成と更新とした（変更時は参考情報として項目の有無だけを返す）。変更も作成に含める読み方なら `change` を加える。
 *
 * @source akashi-policy-2023 ５ 災害時の避難行動の支援 第3段落
 * @example
 * ```ts
 * // 変更も作成に含めて読むなら（what-if）
 * const context = { referenceDate: '2024-06-10', parameters: { 'akashi.disaster.planKinds': ['new', 'renewal', 'change'] } };
 * ```
 */
export const akashiDisasterPlanKinds: DatedParameter<readonly PlanKind[]> = defineParameter<
  readonly PlanKind[]
>({
  id: 'akashi.disaster.planKinds',
  description: '災害に備えた情報の確認・記載を求めるケアプランの作成区分',
  citation: cite(
    AKASHI_DOCUMENT,
    '５ 災害時の避難行動の支援',
    'ケアプラン作成（更新を含む）時には',
  ),
  reading:
    '「作成（更新を含む）」を新規作成と更新と読み、変更は含めない。変更も含めるなら change を加える。',
  values: [{ from: AKASHI_POLICY_FROM, value: ['new', 'renewal'] }],
});
