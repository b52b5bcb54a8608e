import type * as z from 'zod';
import { defineForm } from '../meta/formDefinition';
import { codeField, dateField, timeField } from '../primitives/primitives';
import { WEEKDAY_CODES } from './codes';
import {
  csvVersionField,
  groupField,
  insuredNumberV4Field,
  insurerNumberField,
  rowsField,
  endTimeField,
  freeText,
  v4,
  rowObject,
} from './fields';

const no = v4('UP3KYO');

const carePlan3Row = rowObject({
  serviceContent: freeText('介護サービス内容', no(6)).optional(),
  weekday: codeField(WEEKDAY_CODES, { label: '曜日', itemNo: no(7) }).optional(),
  serviceStart: timeField({ label: 'サービスの開始時間', itemNo: no(8) }).optional(),
  serviceEnd: endTimeField({ label: 'サービスの終了時間', itemNo: no(9) }).optional(),
  dailyActivity: freeText('主な日常生活上の活動', no(10)).optional(),
  activityStart: timeField({ label: '活動の開始時間', itemNo: no(11) }).optional(),
  activityEnd: endTimeField({ label: '活動の終了時間', itemNo: no(12) }).optional(),
  nonWeeklyService: freeText('週単位以外のサービス', no(13)).optional(),
});

/**
 * 週間サービス計画表（第3表）のスキーマ。V4 CSV の UP3KYO No.1〜13。行は（サービス × 曜日）ごと、
 * 主な日常生活上の活動ごと、週単位以外のサービスごと（使わない列は空）。時刻は `HH:MM`（CSV は HHMM）。
 */
export const carePlan3Schema = groupField(
  {
    csvVersion: csvVersionField(no(1)),
    insurerNumber: insurerNumberField(no(2)),
    insuredNumber: insuredNumberV4Field(no(3)),
    createdDate: dateField({
      label: '週間サービス計画表作成年月日',
      itemNo: no(4),
      description: '第1表とのひもづけに使うため必須とする（CSV の必須の○の列は判読できない）',
    }),
    planDate: dateField({
      label: '居宅サービス計画作成（変更）日',
      itemNo: no(5),
      description: '第1表とのひもづけのキー',
    }),
    rows: rowsField(carePlan3Row, { label: '週間サービス計画', itemNo: 'UP3KYO No.6〜13' }, 500),
  },
  { label: '週間サービス計画表' },
);

/** 第3表の入力。 */
export type CarePlan3 = z.infer<typeof carePlan3Schema>;

/**
 * 週間サービス計画表（第3表）。V4（第4版）で CSV に加わった。
 *
 * @example
 * ```ts
 * validate(carePlan3Form, input).ok;
 * ```
 */
export const carePlan3Form = defineForm({
  id: 'national.carePlan3',
  title: '週間サービス計画表（第3表）',
  typeName: 'CarePlan3',
  version: 'V4.1',
  source: { document: 'mhlw-careplan-csv-v4', section: '別紙 居宅サービス計画書3表（UP3KYO）' },
  modelled: false,
  description: '老企第29号 第3表。曜日は 1 月〜7 日。',
  schema: carePlan3Schema,
});
