import { cite } from '@kaigo/core';
import * as z from 'zod';
import { withMeta } from '@kaigo/forms';
import { defineForm } from '@kaigo/forms';
import { basicChecklistSchema } from '@kaigo/forms';
import { codeField, countField, dateField, textField } from '@kaigo/forms';
import { ASAGO_EVALUATION_KIND_CODES, ASAGO_SUPPORT_LEVEL_CODES } from './codes';

const EVALUATION = cite(
  'asago-ikiiki-2024',
  '４ 内容 評価 ◎評価項目',
  '【対象者を評価する項目】・いきいき長生き応援シート（対象者用）',
);
const GOAL = cite(
  'asago-ikiiki-2024',
  '４ 内容 目標',
  '総合事業基本チェックリスト（25点が最もハイリスク）の平均点を、事前評価から 0.9点下げる',
);
const USER_GOALS = cite(
  'asago-ikiiki-2024',
  '４ 内容 目標 (ア) 利用者の目標',
  '・自立生活に向けた意識の改善 ・自立生活の実現に向けた生活様式の改善',
);

/**
 * いきいき長生き応援シート（対象者用）のスキーマ（モデル化）。評価の種類と実施日、事業の目標の測定に使う
 * 基本チェックリスト（回答、または合計点）、利用者の目標2項目の記述からなる。氏名などの欄は持たない
 * （要領に様式が載っていないため。対象者の特定は呼び出し側の管理に任せる）。
 */
export const asagoIkiikiSheetSubjectSchema = z.strictObject({
  evaluationKind: codeField(ASAGO_EVALUATION_KIND_CODES, {
    label: '評価の種類',
    source: EVALUATION,
  }),
  evaluatedOn: dateField({ label: '評価の実施日', source: EVALUATION }).optional(),
  supportLevel: codeField(ASAGO_SUPPORT_LEVEL_CODES, {
    label: '要支援状態区分',
    source: ASAGO_SUPPORT_LEVEL_CODES.source,
  }).optional(),
  basicChecklist: withMeta(basicChecklistSchema.optional(), {
    label: '基本チェックリスト',
    description: '事業の目標（平均点を事前評価から0.9点下げる）の測定に使う回答。',
    source: GOAL,
  }),
  basicChecklistTotal: countField(
    {
      label: '基本チェックリストの合計点',
      description: '回答を記録せず合計点（0〜25、25点が最もハイリスク）だけを記録するとき。',
      source: GOAL,
    },
    25,
  ).optional(),
  awarenessImprovement: textField(
    {
      label: '自立生活に向けた意識の改善',
      description: '利用者の目標（ア）の1つ目についての記述（モデル化した欄）。',
      source: USER_GOALS,
    },
    2000,
  ).optional(),
  lifestyleImprovement: textField(
    {
      label: '自立生活の実現に向けた生活様式の改善',
      description: '利用者の目標（ア）の2つ目についての記述（モデル化した欄）。',
      source: USER_GOALS,
    },
    2000,
  ).optional(),
});

/** いきいき長生き応援シート（対象者用）（{@link asagoIkiikiSheetSubjectSchema} の型）。 */
export type AsagoIkiikiSheetSubject = z.infer<typeof asagoIkiikiSheetSubjectSchema>;

/**
 * 朝来市: いきいき長生き応援シート（対象者用）（モデル化した様式）。事前・中間・事後評価で担当ケアマネジャーが
 * 対象者を評価する。様式は公開されていないため、要領の目標（利用者の目標、基本チェックリストの平均点）から構成した。
 * 公式の様式ではない。
 */
export const asagoIkiikiSheetSubjectForm = defineForm({
  id: 'asago.ikiikiSheetSubject',
  title: 'いきいき長生き応援シート（対象者用）（モデル化）',
  typeName: 'AsagoIkiikiSheetSubject',
  version: '1',
  source: EVALUATION,
  modelled: true,
  city: '朝来市',
  description:
    '対象者を評価する項目。基本チェックリスト（事業の目標の測定）と利用者の目標（自立生活に向けた意識の改善、生活様式の改善）。様式が非公開のため要領の記載からモデル化した。',
  schema: asagoIkiikiSheetSubjectSchema,
});
