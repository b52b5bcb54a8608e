import type * as z from 'zod';
import { defineForm } from '../meta/formDefinition';
import { codeField, dateField } from '../primitives/primitives';
import { SHORT_TERM_GOAL_RESULT_CODES } from './codes';
import { LEN, groupField, rowsField, text, rowObject } from './fields';

const row = rowObject({
  shortTermGoal: text('短期目標', 'r1', 1000),
  period: text('（期間）', 'r2', LEN.short).optional(),
  serviceContent: text('援助内容：サービス内容', 'r3', 1000).optional(),
  serviceType: text('援助内容：サービス種別', 'r4', LEN.short).optional(),
  provider: text('※1（事業所）', 'r5', LEN.short).optional(),
  result: codeField(SHORT_TERM_GOAL_RESULT_CODES, { label: '結果', itemNo: 'r6 ※2' }).optional(),
  comment: text('コメント（効果が認められたもの／見直しを要するもの）', 'r7', 1000).optional(),
});

/** 評価表（課題整理総括表とともに使う居宅の評価表）のスキーマ。 */
export const issueSummaryEvaluationSchema = groupField(
  {
    userName: text('利用者名', 'p1', LEN.name),
    createdDate: dateField({ label: '作成日', itemNo: 'p2' }),
    rows: rowsField(row, { label: '短期目標ごとの評価' }, 100),
  },
  { label: '評価表' },
);

/** 評価表（居宅）の入力。 */
export type IssueSummaryEvaluation = z.infer<typeof issueSummaryEvaluationSchema>;

/**
 * 評価表（居宅。課題整理総括表とともに示された参考様式）。第2表の短期目標ごとに結果（◎ ○ △ ×1 ×2）を記入する。
 * 項目の詳細は未照合。
 *
 * @example
 * ```ts
 * validate(issueSummaryEvaluationForm, input).ok;
 * ```
 */
export const issueSummaryEvaluationForm = defineForm({
  id: 'national.issueSummaryEvaluation',
  title: '評価表（居宅）',
  typeName: 'IssueSummaryEvaluation',
  version: '2014.1',
  source: { document: 'mhlw-kadai-seiri-2014', section: '評価表（参考様式）' },
  modelled: false,
  description: '短期目標・期間・援助内容・結果・コメント。',
  schema: issueSummaryEvaluationSchema,
});
