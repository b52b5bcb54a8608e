import * as z from 'zod';
import { withMeta } from '../meta/fieldMeta';
import { defineForm } from '../meta/formDefinition';
import { codeField, dateField } from '../primitives/primitives';
import { ASSISTANCE_LEVEL_CODES, HINDRANCE_CODES, PROSPECT_CODES } from './codes';
import { LEN, groupField, rowsField, text, rowObject } from './fields';

const factorsField = () =>
  withMeta(z.array(withMeta(z.number().int().min(1).max(6), { label: '要因の番号' })).max(6), {
    label: '要因',
    itemNo: '※3',
    description: '阻害要因①〜⑥の番号（複数可）。現在が「自立」「支障なし」以外のときに記入',
  }).optional();

const rowFields = {
  factors: factorsField,
  prospect: () =>
    codeField(PROSPECT_CODES, { label: '改善/維持の可能性', itemNo: '※4' }).optional(),
  remarks: () => text('備考（状況・支援内容等）', undefined, 1000).optional(),
};

const rowA = (label: string, n: number) =>
  groupField(
    {
      current: codeField(ASSISTANCE_LEVEL_CODES, { label: '現在', itemNo: '※2' }).optional(),
      factors: rowFields.factors(),
      prospect: rowFields.prospect(),
      remarks: rowFields.remarks(),
    },
    { label, itemNo: `状況の事実 ${n}` },
  ).optional();

const rowS = (label: string, n: number) =>
  groupField(
    {
      current: codeField(HINDRANCE_CODES, { label: '現在', itemNo: '※2' }).optional(),
      factors: rowFields.factors(),
      prospect: rowFields.prospect(),
      remarks: rowFields.remarks(),
    },
    { label, itemNo: `状況の事実 ${n}` },
  ).optional();

const extraRow = rowObject({
  label: text('状況の事実（項目）', '25〜', LEN.short),
  current: withMeta(
    z.union([
      codeField(ASSISTANCE_LEVEL_CODES, { label: '現在' }),
      codeField(HINDRANCE_CODES, { label: '現在' }),
    ]),
    {
      label: '現在',
      itemNo: '※2',
      description: '自立／見守り／一部介助／全介助、または支障なし／支障あり',
    },
  ).optional(),
  factors: rowFields.factors(),
  prospect: rowFields.prospect(),
  remarks: rowFields.remarks(),
});

const need = rowObject({
  text: text('生活全般の解決すべき課題（ニーズ）【案】', undefined, 1000),
  // The printed 様式 shows a dash; systems write it full-width (－ U+FF0D), ASCII (- U+002D) or as a minus (− U+2212).
  priority: withMeta(
    z.union([z.number().int().min(1).max(99), z.literal('－'), z.literal('-'), z.literal('−')]),
    {
      label: '優先順位',
      itemNo: '※6',
      description:
        '数字、または本計画期間に取り上げない課題は「－」（全角の－、半角の -、マイナス記号 − のどれでもよい）',
    },
  ).optional(),
});

/** 課題整理総括表のスキーマ（状況の事実24項目は固定のキー、追加の項目は配列）。 */
export const issueSummarySchema = groupField(
  {
    userName: text('利用者名', 'p1', LEN.name),
    createdDate: dateField({ label: '作成日', itemNo: 'p2' }),
    impedingFactors: withMeta(z.array(text('阻害要因', undefined, 500)).max(6), {
      label: '自立した日常生活の阻害要因（心身の状態、環境等）',
      itemNo: 'p3',
      description: '①〜⑥の順の配列（要素 i が番号 i+1）。空欄は空文字',
    }).optional(),
    userAndFamilyIntentions: text('利用者及び家族の生活に対する意向', 'p4').optional(),
    rows: groupField(
      {
        indoorMobility: rowA('室内移動', 1),
        outdoorMobility: rowA('屋外移動', 2),
        mealContent: rowS('食事内容', 3),
        mealIntake: rowA('食事摂取', 4),
        cooking: rowA('調理', 5),
        urinationDefecation: rowS('排尿・排便', 6),
        toileting: rowA('排泄動作', 7),
        oralHygiene: rowS('口腔衛生', 8),
        oralCare: rowA('口腔ケア', 9),
        medication: rowA('服薬', 10),
        bathing: rowA('入浴', 11),
        dressing: rowA('更衣', 12),
        cleaning: rowA('掃除', 13),
        laundry: rowA('洗濯', 14),
        tidyingBelongings: rowA('整理・物品の管理', 15),
        moneyManagement: rowA('金銭管理', 16),
        shopping: rowA('買物', 17),
        communication: rowS('コミュニケーション能力', 18),
        cognition: rowS('認知', 19),
        socialParticipation: rowS('社会との関わり', 20),
        pressureUlcerSkin: rowS('褥瘡・皮膚の問題', 21),
        bpsd: rowS('行動・心理症状（BPSD）', 22),
        familyCareCapacity: rowS('介護力（家族関係含む）', 23),
        livingEnvironment: rowS('居住環境', 24),
      },
      { label: '状況の事実', itemNo: '※1' },
    ),
    extraRows: rowsField(extraRow, { label: '追加の項目' }, 20).optional(),
    outlooks: withMeta(z.array(text('見通し', undefined, 1000)).max(30), {
      label: '見通し',
      itemNo: '※5',
    }).optional(),
    needs: rowsField(need, { label: '生活全般の解決すべき課題（ニーズ）【案】' }, 30).optional(),
  },
  { label: '課題整理総括表' },
);

/** 課題整理総括表の入力。 */
export type IssueSummary = z.infer<typeof issueSummarySchema>;

/**
 * 課題整理総括表（参考様式）。介護支援専門員がアセスメントののち、状況の事実 → 阻害要因 → 見通し → ニーズの
 * 筋道を示すために作る。V4 CSV にはない。脚注 ※1〜※6 の文言は未照合。
 *
 * @example
 * ```ts
 * validate(issueSummaryForm, input).ok;
 * ```
 */
export const issueSummaryForm = defineForm({
  id: 'national.issueSummary',
  title: '課題整理総括表',
  typeName: 'IssueSummary',
  version: '2014.1',
  source: { document: 'mhlw-kadai-seiri-2014', section: '課題整理総括表（参考様式）' },
  modelled: false,
  description:
    '状況の事実24項目（固定）の現在・要因・改善/維持の可能性・備考、見通し、ニーズと優先順位。',
  schema: issueSummarySchema,
});
