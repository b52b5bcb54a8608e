import * as z from 'zod';
import { withMeta } from '../meta/fieldMeta';
import { defineForm } from '../meta/formDefinition';
import { codeField, dateField } from '../primitives/primitives';
import { GOAL_ACHIEVED_CODES, NEXT_SERVICE_CODES, PLAN_DECISION_CODES } from './codes';
import { LEN, groupField, rowsField, text, rowObject } from './fields';

const evaluationRow = rowObject({
  goal: text('目標', 'r1'),
  periodFrom: dateField({ label: '評価期間（開始）', itemNo: 'r2' }).optional(),
  periodTo: dateField({ label: '評価期間（終了）', itemNo: 'r2' }).optional(),
  achievementStatus: text('目標達成状況', 'r3').optional(),
  achieved: codeField(GOAL_ACHIEVED_CODES, {
    label: '目標達成／未達成',
    itemNo: 'r4',
  }).optional(),
  causeByUserFamily: text('目標達成しない原因（本人・家族の意見）', 'r5').optional(),
  causeByAuthor: text('目標達成しない原因（計画作成者の評価）', 'r6').optional(),
  futurePolicy: text('今後の方針', 'r7').optional(),
});

/**
 * 介護予防支援・介護予防ケアマネジメントサービス評価表のスキーマ（支援計画書の目標ごとに1行）。
 */
export const preventionEvaluationSchema = groupField(
  {
    userName: text('利用者氏名', 'p1', LEN.name),
    authorName: text('計画作成者氏名', 'p2', LEN.name).optional(),
    evaluationDate: dateField({ label: '評価日', itemNo: 'p3' }),
    rows: rowsField(evaluationRow, { label: '目標ごとの評価' }, 50),
    overallPolicy: text('総合的な方針', 'p4').optional(),
    centerOpinion: text('地域包括支援センター意見', 'p5').optional(),
    planDecision: codeField(PLAN_DECISION_CODES, {
      label: 'プランの扱い',
      itemNo: 'p6',
    }).optional(),
    nextService: withMeta(
      z.array(codeField(NEXT_SERVICE_CODES, { label: '今後のサービス区分' })).max(5),
      {
        label: '今後のサービス区分',
        itemNo: 'p7',
        description: '平成27年以降の様式の選択肢（文言は未照合）',
      },
    ).optional(),
  },
  { label: '介護予防支援・介護予防ケアマネジメントサービス評価表' },
);

/** 評価表（予防）の入力。 */
export type PreventionEvaluation = z.infer<typeof preventionEvaluationSchema>;

/**
 * 介護予防支援・介護予防ケアマネジメントサービス評価表。計画作成者が目標ごとの評価期間の終わりに記入し、
 * 地域包括支援センターが意見を加える。V4 CSV にはない（紙の様式）。必須は氏名・評価日・評価の行。
 *
 * @example
 * ```ts
 * validate(preventionEvaluationForm, input).ok;
 * ```
 */
export const preventionEvaluationForm = defineForm({
  id: 'national.preventionEvaluation',
  title: '介護予防支援・介護予防ケアマネジメントサービス評価表',
  typeName: 'PreventionEvaluation',
  version: '2015.1',
  source: {
    document: 'mhlw-yobo-yoshiki',
    section: '介護予防支援・介護予防ケアマネジメントサービス評価表',
  },
  modelled: false,
  description:
    '目標ごとに目標達成状況・達成（○）／未達成（×）・原因・今後の方針を記入する。様式の表題とチェック欄の文言は未照合。',
  schema: preventionEvaluationSchema,
});
