import type * as z from 'zod';
import { defineForm } from '../meta/formDefinition';
import { booleanField, countField, dateField, timeField } from '../primitives/primitives';
import { LEN, groupField, rowsField, text, rowObject } from './fields';

const attendee = rowObject({
  affiliation: text('所属', 'p8', LEN.short).optional(),
  role: text('職種', 'p8', LEN.short).optional(),
  name: text('氏名', 'p8', LEN.name),
  absent: booleanField({ label: '欠席', itemNo: 'p8' }).optional(),
  absenceReason: text('欠席の理由', 'p8', 500).optional(),
});

/** サービス担当者会議の要点（第4表）のスキーマ（紙の様式。V4 CSV にはない）。 */
export const carePlan4Schema = groupField(
  {
    createdDate: dateField({ label: '作成年月日', itemNo: 'p1' }).optional(),
    userName: text('利用者名', 'p2', LEN.name),
    planAuthorName: text('居宅サービス計画作成者（担当者）氏名', 'p3', LEN.name).optional(),
    meetingDate: dateField({ label: '開催日', itemNo: 'p4' }),
    meetingPlace: text('開催場所', 'p5', LEN.short).optional(),
    meetingTimeFrom: timeField({ label: '開催時間（開始）', itemNo: 'p6' }).optional(),
    meetingTimeTo: timeField({ label: '開催時間（終了）', itemNo: 'p6' }).optional(),
    meetingCount: countField({ label: '開催回数', itemNo: 'p7' }, 999).optional(),
    attendees: rowsField(attendee, { label: '会議出席者', itemNo: 'p8' }, 50).optional(),
    userAttended: booleanField({ label: '本人の出席', itemNo: 'p9' }).optional(),
    familyAttended: booleanField({ label: '家族の出席', itemNo: 'p9' }).optional(),
    familyRelationship: text('出席した家族の続柄', 'p9', LEN.short).optional(),
    attendanceNote: text('出席の備考', 'p9', 500).optional(),
    itemsDiscussed: text('検討した項目', 'p10').optional(),
    discussion: text('検討内容', 'p11', LEN.long).optional(),
    conclusion: text('結論', 'p12').optional(),
    remainingIssues: text('残された課題', 'p13').optional(),
    nextMeetingTiming: text('次回の開催時期', 'p13', LEN.short).optional(),
  },
  { label: 'サービス担当者会議の要点' },
);

/** 第4表の入力。 */
export type CarePlan4 = z.infer<typeof carePlan4Schema>;

/**
 * サービス担当者会議の要点（第4表）。会議のたびに介護支援専門員が作成する。令和3年改正の
 * 「利用者・家族の出席」欄の配置は未照合。必須は利用者名と開催日。
 *
 * @example
 * ```ts
 * validate(carePlan4Form, input).ok;
 * ```
 */
export const carePlan4Form = defineForm({
  id: 'national.carePlan4',
  title: 'サービス担当者会議の要点（第4表）',
  typeName: 'CarePlan4',
  version: '2021.1',
  source: { document: 'mhlw-roki-29-1999', section: '第4表 サービス担当者会議の要点' },
  modelled: false,
  description: '紙の様式（V4 CSV にはない）。欠席者は所属（職種）・氏名と欠席の理由を記録する。',
  schema: carePlan4Schema,
});
