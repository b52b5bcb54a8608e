import * as z from 'zod';
import { checklistItem } from './basicChecklistItems';
import type { ChecklistItemNo } from './basicChecklistItems';
import { defineForm } from '../meta/formDefinition';
import { withMeta } from '../meta/fieldMeta';
import { codeField, dateField, textField } from '../primitives/primitives';
import { BASIC_CHECKLIST_ANSWER_CODES } from './codes';

const answer = (
  no: ChecklistItemNo,
): z.ZodOptional<z.ZodEnum<Readonly<Record<'yes' | 'no', 'yes' | 'no'>>>> =>
  codeField(BASIC_CHECKLIST_ANSWER_CODES, {
    label: `No.${no} ${checklistItem(no).text}`,
    itemNo: `様式第一 No.${no}`,
  }).optional();

/** 身長（cm）の受け付ける範囲（これを外れる値は入力誤りとして扱う）。 */
export const HEIGHT_CM_RANGE = { min: 50, max: 250 } as const;
/** 体重（kg）の受け付ける範囲（これを外れる値は入力誤りとして扱う）。 */
export const WEIGHT_KG_RANGE = { min: 10, max: 300 } as const;

/**
 * 基本チェックリストの回答欄（No.12 以外の24項目）。各項目は任意: 未回答は「不明」であり「0点」ではない。
 */
export const basicChecklistAnswersSchema = withMeta(
  z.strictObject({
    q01: answer(1),
    q02: answer(2),
    q03: answer(3),
    q04: answer(4),
    q05: answer(5),
    q06: answer(6),
    q07: answer(7),
    q08: answer(8),
    q09: answer(9),
    q10: answer(10),
    q11: answer(11),
    q13: answer(13),
    q14: answer(14),
    q15: answer(15),
    q16: answer(16),
    q17: answer(17),
    q18: answer(18),
    q19: answer(19),
    q20: answer(20),
    q21: answer(21),
    q22: answer(22),
    q23: answer(23),
    q24: answer(24),
    q25: answer(25),
  }),
  { label: '回答', itemNo: '様式第一 No.1〜25（No.12 を除く）' },
);

/**
 * 基本チェックリスト（様式第一）のスキーマ。見出し欄は任意（様式に必須の定めがない）。
 * No.12 は回答欄を持たず、身長・体重から BMI を求めて判定する（{@link bmi}）。
 */
export const basicChecklistSchema = z.strictObject({
  recordedDate: dateField({ label: '記入日', itemNo: 'p1' }).optional(),
  name: textField({ label: '氏名', itemNo: 'p2' }, 100).optional(),
  address: textField({ label: '住所', itemNo: 'p3' }, 200).optional(),
  birthDate: dateField({ label: '生年月日', itemNo: 'p4' }).optional(),
  desiredServices: textField({ label: '希望するサービス内容', itemNo: 'p5' }, 1000).optional(),
  answers: basicChecklistAnswersSchema,
  heightCm: withMeta(z.number().min(HEIGHT_CM_RANGE.min).max(HEIGHT_CM_RANGE.max), {
    label: '身長（cm）',
    itemNo: '様式第一 No.12',
  }).optional(),
  weightKg: withMeta(z.number().min(WEIGHT_KG_RANGE.min).max(WEIGHT_KG_RANGE.max), {
    label: '体重（kg）',
    itemNo: '様式第一 No.12',
  }).optional(),
});

/** 基本チェックリスト（様式第一）の入力。 */
export type BasicChecklist = z.infer<typeof basicChecklistSchema>;

/** 基本チェックリストの回答欄。 */
export type BasicChecklistAnswers = BasicChecklist['answers'];

/**
 * 基本チェックリスト（様式第一）。本人が記入し、市町村窓口・地域包括支援センターの職員が確認する。
 *
 * @example
 * ```ts
 * validate(basicChecklistForm, { answers: { q01: 'no' }, heightCm: 150, weightKg: 40 }).ok; // => true
 * ```
 */
export const basicChecklistForm = defineForm({
  id: 'national.basicChecklist',
  title: '基本チェックリスト',
  typeName: 'BasicChecklist',
  version: '2015.1',
  source: { document: 'mhlw-kokuji-197-2015', section: '様式第一' },
  modelled: false,
  description:
    '25項目の質問に本人が回答する。「1.」と印字された選択肢が該当。No.12 は身長・体重から BMI を求め 18.5 未満で該当。見出し欄の文言は未照合。',
  schema: basicChecklistSchema,
});
