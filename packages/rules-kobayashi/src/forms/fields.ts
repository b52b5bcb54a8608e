// Shared building blocks of the 小林市 modelled forms (internal to this folder; not exported from the package).
import { cite } from '@kaigo/core';
import type { Citation } from '@kaigo/core';
import * as z from 'zod';
import { withMeta } from '@kaigo/forms';
import type { FormDefinition } from '@kaigo/forms';
import { defineForm } from '@kaigo/forms';
import {
  booleanField,
  codeField,
  dateField,
  digitsField,
  insuredNumberField,
  textField,
} from '@kaigo/forms';
import { KOBAYASHI_OFFICE_KIND_CODES } from './codes';

/** 小林市の様式の出典（要領の節）。 */
export const kobayashiSource = (section: string, quote?: string): Citation =>
  cite('kobayashi-jiritsu-2025', section, quote);

/** モデル化した様式であることの注記（すべての様式の説明の末尾に付ける）。 */
export const MODELLED_NOTE =
  '【モデル化した様式】小林市の公式の様式は公開されていないため、要領の記述と全国様式から項目を構成した。市の様式とは項目・並びが異なりうる。';

/** 利用者ごとの様式の共通の見出し項目。 */
export const caseHeaderShape = {
  insuredNumber: insuredNumberField({ label: '被保険者番号' }),
  userName: textField({ label: '利用者氏名' }, 100).optional(),
  createdOn: dateField({ label: '作成日' }),
  authorName: textField({ label: '作成者（担当者）' }, 100).optional(),
  officeName: textField({ label: '事業所名' }, 200).optional(),
  officeNumber: digitsField(10, { label: '事業所番号' }).optional(),
};

/** 事業所の見出し項目（参加申込書・対象者名簿・請求書）。 */
export const officeHeaderShape = {
  officeName: textField({ label: '事業所名' }, 200),
  officeNumber: digitsField(10, { label: '事業所番号' }),
  officeKind: codeField(KOBAYASHI_OFFICE_KIND_CODES, { label: '事業所の種類' }),
};

/** 配列の項目（ラベルつき）。 */
export function listField<T extends z.ZodType>(item: T, label: string, max = 100): z.ZodArray<T> {
  return withMeta(z.array(item).max(max), { label });
}

/** 期間（開始日・終了日）。 */
export function periodField(label: string) {
  return withMeta(
    z.strictObject({
      from: dateField({ label: '開始日' }),
      to: dateField({ label: '終了日' }),
    }),
    { label },
  );
}

/** 目標の達成状況（総括表・総合評価）。 */
export const achievementField = () =>
  withMeta(z.enum(['達成', '一部達成', '未達成']), { label: '達成状況' });

/**
 * 小林市のモデル化様式を定義する（modelled: true と city を必ず付ける）。様式ごとの出典は `source`。
 *
 * @source kobayashi-jiritsu-2025 ４ 提出(入力)書類
 */
export function kobayashiForm<S extends z.ZodType>(form: {
  id: string;
  title: string;
  typeName: string;
  source: Citation;
  description: string;
  schema: S;
}): FormDefinition<S> {
  return defineForm({
    ...form,
    version: '1',
    modelled: true,
    city: '小林市',
    description: `${form.description}${MODELLED_NOTE}`,
  });
}

/** 確認欄（はい・いいえ）。 */
export const checkField = (label: string): z.ZodBoolean => booleanField({ label });

/** スキーマを文書化した型で表す（typedoc が zod の列挙の中身を展開しないように）。 */
export function schemaOf<T>(schema: z.ZodType<T>): z.ZodType<T> {
  return schema;
}
