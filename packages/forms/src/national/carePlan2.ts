import type * as z from 'zod';
import { defineForm } from '../meta/formDefinition';
import { codeField, dateField } from '../primitives/primitives';
import { INSURANCE_COVERED_CODES } from './codes';
import {
  csvVersionField,
  groupField,
  identifierField,
  insuredNumberV4Field,
  insurerNumberField,
  officeCodeField,
  rowNoField,
  rowsField,
  freeText,
  updaterCodeField,
  v4,
  rowObject,
} from './fields';

const no = v4('UP2KYO');

const carePlan2Row = rowObject({
  needNo: rowNoField({ label: '課題ＮＯ', itemNo: no(6) }).optional(),
  need: freeText('生活全般の解決すべき課題（ニーズ）', no(7)).optional(),
  goalNo: rowNoField({ label: '援助目標ＮＯ', itemNo: no(8) }).optional(),
  longTermGoal: freeText('長期目標', no(9)).optional(),
  shortTermGoal: freeText('短期目標', no(10)).optional(),
  longTermPeriod: freeText('長期目標の期間', no(11)).optional(),
  shortTermPeriod: freeText('短期目標の期間', no(12)).optional(),
  serviceNo: rowNoField({ label: '援助内容ＮＯ', itemNo: no(13) }).optional(),
  serviceContent: freeText('サービス内容', no(14)).optional(),
  insuranceCovered: codeField(INSURANCE_COVERED_CODES, {
    label: '保険対象区分',
    itemNo: no(15),
  }).optional(),
  serviceType: freeText('サービス種別', no(16)).optional(),
  providerCode: officeCodeField({ label: 'サービス事業者コード', itemNo: no(17) }).optional(),
  providerName: freeText('サービス事業所名', no(18)).optional(),
  frequency: freeText('頻度', no(19)).optional(),
  period: freeText('実施期間', no(20)).optional(),
});

/**
 * 居宅サービス計画書（2）（第2表）のスキーマ。V4 CSV の UP2KYO No.1〜22。1行 = 1援助内容。
 * 課題・目標が前の行と同じときは空にしてよい（CSV と同じ。取り込み側で前の行の値を引き継ぐ）。
 */
export const carePlan2Schema = groupField(
  {
    csvVersion: csvVersionField(no(1)),
    insurerNumber: insurerNumberField(no(2)),
    insuredNumber: insuredNumberV4Field(no(3)),
    createdDate: dateField({ label: '居宅計画書作成年月日', itemNo: no(4) }),
    planDate: dateField({ label: '居宅サービス計画作成（変更）日', itemNo: no(5) }),
    rows: rowsField(carePlan2Row, { label: '援助内容', itemNo: 'UP2KYO No.6〜20' }, 500),
    updaterCode: updaterCodeField(no(21)),
    identifier: identifierField(no(22)),
  },
  { label: '居宅サービス計画書（2）' },
);

/** 第2表の入力。 */
export type CarePlan2 = z.infer<typeof carePlan2Schema>;

/**
 * 居宅サービス計画書（2）（第2表）。生活全般の解決すべき課題（ニーズ）、長期・短期目標、援助内容。
 *
 * @example
 * ```ts
 * validate(carePlan2Form, input).ok;
 * ```
 */
export const carePlan2Form = defineForm({
  id: 'national.carePlan2',
  title: '居宅サービス計画書（2）（第2表）',
  typeName: 'CarePlan2',
  version: 'V4.1',
  source: { document: 'mhlw-careplan-csv-v4', section: '別紙 居宅サービス計画書2表（UP2KYO）' },
  modelled: false,
  description: '老企第29号 第2表。行（援助内容）の並びは 課題ＮＯ → 援助目標ＮＯ → 援助内容ＮＯ。',
  schema: carePlan2Schema,
});
