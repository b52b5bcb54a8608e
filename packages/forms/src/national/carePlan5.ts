import type * as z from 'zod';
import { defineForm } from '../meta/formDefinition';
import { dateField } from '../primitives/primitives';
import { LEN, groupField, rowsField, text, rowObject } from './fields';

const entry = rowObject({
  date: dateField({ label: '年月日', itemNo: 'r1' }),
  item: text('項目', 'r2', LEN.short).optional(),
  content: text('内容', 'r3', LEN.long),
});

/** 居宅介護支援経過（第5表）のスキーマ（紙の様式。V4 CSV にはない）。 */
export const carePlan5Schema = groupField(
  {
    createdDate: dateField({ label: '作成年月日', itemNo: 'p1' }).optional(),
    userName: text('利用者名', 'p2', LEN.name),
    planAuthorName: text('居宅サービス計画作成者氏名', 'p3', LEN.name).optional(),
    entries: rowsField(entry, { label: '経過', itemNo: 'r1〜r3' }, 1000),
  },
  { label: '居宅介護支援経過' },
);

/** 第5表の入力。 */
export type CarePlan5 = z.infer<typeof carePlan5Schema>;

/**
 * 居宅介護支援経過（第5表、経過記録）。介護支援専門員が随時記録する。印字の2列組は配置だけの違いなので1つの配列にする。
 * 「項目」欄（令和3年改正）の有無は未照合のため任意。
 *
 * @example
 * ```ts
 * validate(carePlan5Form, input).ok;
 * ```
 */
export const carePlan5Form = defineForm({
  id: 'national.carePlan5',
  title: '居宅介護支援経過（第5表）',
  typeName: 'CarePlan5',
  version: '2021.1',
  source: { document: 'mhlw-roki-29-1999', section: '第5表 居宅介護支援経過' },
  modelled: false,
  description: '紙の様式（V4 CSV にはない）。年月日・項目・内容の記録の並び。',
  schema: carePlan5Schema,
});
