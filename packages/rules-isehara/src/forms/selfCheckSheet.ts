import { cite, defineCodeTable } from '@kaigo/core';
import * as z from 'zod';
import { defineForm } from '@kaigo/forms';
import { withMeta } from '@kaigo/forms';
import { codeField, dateField, textField } from '@kaigo/forms';

const DOC = 'isehara-tenken-2024' as const;

/**
 * 自己チェックの回答（モデル化: はい／いいえ／該当なし）。
 *
 * @example
 * ```ts
 * ISEHARA_SELF_CHECK_ANSWERS.entries.map((e) => e.code); // => ['yes', 'no', 'notApplicable']
 * ```
 */
export const ISEHARA_SELF_CHECK_ANSWERS = defineCodeTable(
  'isehara.selfCheckAnswer',
  '自己チェックの回答',
  cite('kaigo-sdk-modelled', '伊勢原市ケアプラン自己チェック表'),
  [
    { code: 'yes', label: 'はい' },
    { code: 'no', label: 'いいえ' },
    { code: 'notApplicable', label: '該当なし' },
  ] as const,
);

/**
 * 所属の区分（対象者の3区分）。
 *
 * @example
 * ```ts
 * ISEHARA_AFFILIATIONS.entries[2]?.label; // => '伊勢原市地域包括支援センター'
 * ```
 */
export const ISEHARA_AFFILIATIONS = defineCodeTable(
  'isehara.affiliation',
  '所属の区分',
  cite(DOC, '４（２）'),
  [
    { code: 'homeCareSupport', label: '居宅介護支援事業所' },
    { code: 'facility', label: '施設サービス及び居宅系施設サービス等' },
    { code: 'communityCareCenter', label: '伊勢原市地域包括支援センター' },
  ] as const,
);

/**
 * 提出の時期（自己チェック表は事前提出 ４（５）① と再提出 ４（８）② の両方で出す）。
 *
 * @example
 * ```ts
 * ISEHARA_SELF_CHECK_STAGES.entries[0]?.code; // => 'preSubmission'
 * ```
 */
export const ISEHARA_SELF_CHECK_STAGES = defineCodeTable(
  'isehara.selfCheckStage',
  '提出の時期',
  cite(DOC, '４（５）①、４（８）②'),
  [
    { code: 'preSubmission', label: '事前提出（点検前）' },
    { code: 'resubmission', label: '再提出（点検（面談）後）' },
  ] as const,
);

const answer = (label: string, section: string, quote: string) =>
  codeField(ISEHARA_SELF_CHECK_ANSWERS, { label, source: cite(DOC, section, quote) }).optional();

/** 自己チェックの回答のコード。 */
export type IseharaSelfCheckAnswer = (typeof ISEHARA_SELF_CHECK_ANSWERS.entries)[number]['code'];

/**
 * ケアプラン自己チェック表の観点（モデル化）。伊勢原市作成のチェックリストは出典に含まれないため、
 * 要領の「３．目標」と事業所面談で説明する内容（４（６）①〜③）から観点を構成した。未回答は「未回答」であり「いいえ」ではない。
 */
export interface IseharaSelfCheckItems {
  /** 専門家としての判断根拠を明確にしたアセスメントを行った（３（１））。 */
  readonly evidenceBasedAssessment?: IseharaSelfCheckAnswer | undefined;
  /** 自立支援に資するケアプランを立案した（３（１））。 */
  readonly selfReliancePlan?: IseharaSelfCheckAnswer | undefined;
  /** 自身の判断や根拠を明確に説明できる（３（２））。 */
  readonly explainsJudgement?: IseharaSelfCheckAnswer | undefined;
  /** 本人の能力を活かす、取り戻す、維持するという視点に立っている（３（３））。 */
  readonly abilityPerspective?: IseharaSelfCheckAnswer | undefined;
  /** 公正中立を旨とし、利用者の自己選択を尊重した「選択サポート」ができている（３（４））。 */
  readonly choiceSupport?: IseharaSelfCheckAnswer | undefined;
  /** 適切かつ様々なサービスやサポートをもって利用者の希望の実現に努めている（３（５））。 */
  readonly variedSupport?: IseharaSelfCheckAnswer | undefined;
  /** 課題と判断した内容について、課題が生じている原因を説明できる（４（６）②）。 */
  readonly causeOfNeeds?: IseharaSelfCheckAnswer | undefined;
  /** 判断した課題に必要な支援を、サービス名ではなく示している（４（６）③）。 */
  readonly supportNotServiceNames?: IseharaSelfCheckAnswer | undefined;
}

/** ケアプラン自己チェック表の観点のスキーマ（{@link IseharaSelfCheckItems}）。 */
export const iseharaSelfCheckItemsSchema: z.ZodType<IseharaSelfCheckItems> = withMeta(
  z.strictObject({
    evidenceBasedAssessment: answer(
      '専門家としての判断根拠を明確にしたアセスメントを行った',
      '３（１）',
      '専門家としての判断根拠を明確にしたアセスメントを行い',
    ),
    selfReliancePlan: answer(
      '自立支援に資するケアプランを立案した',
      '３（１）',
      '自立支援に資するケアプランを立案する',
    ),
    explainsJudgement: answer(
      '自身の判断や根拠を明確に説明できる',
      '３（２）',
      '自身の判断や根拠を明確に伝える力',
    ),
    abilityPerspective: answer(
      '本人の能力を活かす、取り戻す、維持するという視点に立っている',
      '３（３）',
      '常に本人の能力を活かす、取り戻す、維持するという視点に立って',
    ),
    choiceSupport: answer(
      '公正中立を旨とし、利用者の自己選択を尊重した「選択サポート」ができている',
      '３（４）',
      '公正中立を旨とし、利用者の自己選択を尊重した「選択サポート」が適切にできる',
    ),
    variedSupport: answer(
      '適切かつ様々なサービスやサポートをもって利用者の希望の実現に努めている',
      '３（５）',
      '適切かつ様々なサービスやサポートをもって、利用者の希望の実現に努める',
    ),
    causeOfNeeds: answer(
      '課題と判断した内容について、課題が生じている原因を説明できる',
      '４（６）②',
      '課題と判断した内容',
    ),
    supportNotServiceNames: answer(
      '判断した課題に必要な支援を、サービス名ではなく示している',
      '４（６）③',
      '判断した課題に必要な支援',
    ),
  }),
  { label: 'チェック項目' },
);

/** ケアプラン自己チェック表（伊勢原市、モデル化）。 */
export interface IseharaSelfCheckSheet {
  /** 提出の時期（`preSubmission` 事前提出、`resubmission` 再提出）。 */
  readonly stage: (typeof ISEHARA_SELF_CHECK_STAGES.entries)[number]['code'];
  /** 記入日（YYYY-MM-DD）。 */
  readonly filledOn?: string | undefined;
  /** 所属（４（２）の対象者の区分）。 */
  readonly affiliation?: (typeof ISEHARA_AFFILIATIONS.entries)[number]['code'] | undefined;
  /** チェック項目。 */
  readonly items: IseharaSelfCheckItems;
  /** 気づき・特記事項（自由記述。個人情報を書かない）。 */
  readonly notes?: string | undefined;
}

/** ケアプラン自己チェック表（伊勢原市、モデル化）のスキーマ（{@link IseharaSelfCheckSheet}）。 */
export const iseharaSelfCheckSheetSchema: z.ZodType<IseharaSelfCheckSheet> = z.strictObject({
  stage: codeField(ISEHARA_SELF_CHECK_STAGES, { label: '提出の時期' }),
  filledOn: dateField({ label: '記入日' }).optional(),
  affiliation: codeField(ISEHARA_AFFILIATIONS, {
    label: '所属',
    source: cite(DOC, '４（２）'),
  }).optional(),
  items: iseharaSelfCheckItemsSchema,
  notes: textField({ label: '気づき・特記事項' }, 2000).optional(),
});

/**
 * 伊勢原市: ケアプラン自己チェック表（モデル化した様式）。点検の事前提出書類 ４（５）① と再提出書類 ４（８）② の
 * 両方で提出する。要領は「伊勢原市作成のチェックリスト等」を使うとするが、その内容は出典に含まれないため、
 * 要領の「３．目標」と面談で説明する内容から観点を構成した。公式の様式ではない。
 */
export const iseharaSelfCheckSheetForm = defineForm({
  id: 'isehara.selfCheckSheet',
  title: 'ケアプラン自己チェック表（伊勢原市・モデル化）',
  typeName: 'IseharaSelfCheckSheet',
  version: '1',
  source: cite(DOC, '４（５）①', 'ケアプラン自己チェック表'),
  modelled: true,
  city: '伊勢原市',
  description:
    'ケアマネジャーが点検の前（事前提出）と点検（面談）後（再提出）に記入する自己チェック表。市作成のチェックリストは出典に含まれないため、要領の目標（３）と面談の説明内容（４（６））からモデル化した。',
  schema: iseharaSelfCheckSheetSchema,
});
