import { cite } from '@kaigo/core';
import * as z from 'zod';
import { defineForm } from '@kaigo/forms';
import { withMeta } from '@kaigo/forms';
import { dateField, textField } from '@kaigo/forms';

const SECTION = '５ 災害時の避難行動の支援';

/**
 * 災害に備えた情報の各欄の出典（明石市の基本方針等「５ 災害時の避難行動の支援」）。
 * 【緊急連絡先】【避難先】は「ケアプランに記載しておくこと」の文に明示された項目、
 * 避難場所・避難経路・避難を助けてくれる人・連絡先は「災害時の避難方法等（…等）」として
 * 個別に事前の確認が必要とされた項目。
 */
const explicit = cite(
  'akashi-policy-2023',
  SECTION,
  'ケアプラン作成（更新を含む）時には、【緊急連絡先】【避難先】等の災害に備えた情報について確認を行い、ケアプランに記載しておくこと。',
);
const listed = cite(
  'akashi-policy-2023',
  SECTION,
  '災害時の避難方法等（避難場所、避難経路、避難を助けてくれる人、連絡先等）について個別に事前の確認を行っておく必要がある。',
);

/**
 * 災害に備えた情報（ケアプランへの記載事項）のスキーマ（モデル化）。各欄は任意の自由記述で、空欄・空白のみは
 * 「記載なし」として扱う（完全性の判定は `@kaigo/rules-akashi` の `checkDisasterPreparedness` が行う）。
 * 記載内容（氏名・電話番号・住所など）は個人情報であり、検証やルールのメッセージに含めない。
 */
export const akashiDisasterPreparednessSchema = withMeta(
  z.strictObject({
    /** 確認日（ケアプラン作成・更新時に確認した日）。 */
    confirmedOn: dateField({
      label: '災害に備えた情報の確認日',
      description:
        'ケアプラン作成（更新を含む）時に、利用者・家族等と災害に備えた情報を確認した日（モデル化した欄）。',
      source: explicit,
    }).optional(),
    /** 【緊急連絡先】。 */
    emergencyContact: textField({ label: '緊急連絡先', source: explicit }, 500).optional(),
    /** 【避難先】。 */
    evacuationDestination: textField({ label: '避難先', source: explicit }, 500).optional(),
    /** 避難場所。 */
    evacuationPlace: textField({ label: '避難場所', source: listed }, 500).optional(),
    /** 避難経路。 */
    evacuationRoute: textField({ label: '避難経路', source: listed }, 1000).optional(),
    /** 避難を助けてくれる人。 */
    evacuationHelper: textField({ label: '避難を助けてくれる人', source: listed }, 500).optional(),
    /** 連絡先。 */
    contact: textField({ label: '連絡先', source: listed }, 500).optional(),
  }),
  { label: '災害に備えた情報', source: explicit },
);

/** 災害に備えた情報（{@link akashiDisasterPreparednessSchema} の型）。 */
export type AkashiDisasterPreparedness = z.infer<typeof akashiDisasterPreparednessSchema>;

/**
 * 明石市: ケアプランに記載する「災害に備えた情報」（モデル化した様式）。
 * 市の文書は記載内容を別添「記入例」に委ねており、記入例は SDK の出典に含まれないため、
 * 本文が挙げる項目（【緊急連絡先】【避難先】と、避難場所・避難経路・避難を助けてくれる人・連絡先）と
 * 確認日から構成した。公式の様式ではない。
 */
export const akashiDisasterPreparednessForm = defineForm({
  id: 'akashi.disasterPreparedness',
  title: '災害に備えた情報（ケアプラン記載事項・モデル化）',
  typeName: 'AkashiDisasterPreparedness',
  version: '1',
  source: cite('akashi-policy-2023', SECTION),
  modelled: true,
  city: '明石市',
  description:
    'ケアプラン作成（更新を含む）時に確認し、ケアプランに記載する災害に備えた情報。別添「記入例」は出典に含まれないため、本文の項目からモデル化した。',
  schema: akashiDisasterPreparednessSchema,
});
