import type * as z from 'zod';
import { defineForm } from '../meta/formDefinition';
import { booleanField, codeField, dateField } from '../primitives/primitives';
import { MONITORING_METHOD_CODES } from './codes';
import { LEN, groupField, rowsField, text, rowObject } from './fields';

const goalRow = rowObject({
  goal: text('目標', undefined, 1000),
  achievement: text('目標の達成状況', undefined, 1000).optional(),
  serviceImplementation: text('サービスの実施状況', undefined, 1000).optional(),
});

/** モニタリング記録のスキーマ（モデル化。全国様式はない）。 */
export const monitoringRecordSchema = groupField(
  {
    userName: text('利用者名', undefined, LEN.name),
    monitoringDate: dateField({ label: '実施日' }),
    method: codeField(MONITORING_METHOD_CODES, { label: '方法' }),
    place: text('場所', undefined, LEN.short).optional(),
    authorName: text('記録者', undefined, LEN.name).optional(),
    planDate: dateField({
      label: '対象の計画の作成（変更）日',
      description:
        '居宅サービス計画書の作成（変更）日、または介護予防サービス・支援計画書の計画作成(変更)日',
    }).optional(),
    goals: rowsField(goalRow, { label: '目標ごとの確認' }, 50).optional(),
    satisfaction: text('利用者・家族の満足度', undefined, 1000).optional(),
    changes: text('心身の状態・環境の変化', undefined).optional(),
    planChangeNeeded: booleanField({ label: '計画変更の要否' }).optional(),
    planChangeReason: text('計画変更の理由', undefined, 1000).optional(),
    notes: text('特記事項', undefined).optional(),
  },
  { label: 'モニタリング記録' },
);

/** モニタリング記録の入力。 */
export type MonitoringRecord = z.infer<typeof monitoringRecordSchema>;

/**
 * モニタリング記録（モデル化した様式）。運営基準はモニタリングの実施と記録を求める（居宅: 少なくとも月1回の
 * 訪問、予防: 少なくとも3か月に1回の訪問と評価時）が、全国の様式はない。各地の様式に共通する項目から構成した。
 *
 * @example
 * ```ts
 * validate(monitoringRecordForm, input).ok;
 * ```
 */
export const monitoringRecordForm = defineForm({
  id: 'national.monitoringRecord',
  title: 'モニタリング記録',
  typeName: 'MonitoringRecord',
  version: '0.1',
  source: { document: 'kaigo-sdk-modelled', section: 'モニタリング記録（全国様式なし）' },
  modelled: true,
  description:
    '公式の様式ではない。実施日、方法（訪問・電話・オンライン）、目標の達成状況、サービスの実施状況、満足度、心身・環境の変化、計画変更の要否。',
  schema: monitoringRecordSchema,
});
