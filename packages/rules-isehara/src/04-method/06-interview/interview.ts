import { cite, defineParameter, defineRule } from '@kaigo/core';
import { ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { ISEHARA_DOCUMENT, ISEHARA_FROM } from '../../document';

/** 面談の1部分。 */
export interface InterviewPart {
  /** 部分の id。 */
  readonly id: 'presentation' | 'questions';
  /** 内容。 */
  readonly label: string;
  /** 目安の時間（分、「程度」）。 */
  readonly minutes: number;
  /** 行う者。 */
  readonly by: string;
  /** 説明する項目（ケース紹介のみ）。 */
  readonly items?: readonly {
    readonly no: string;
    readonly label: string;
    readonly detail: string;
  }[];
}

/** 事業所面談の構成。 */
export interface InterviewStructure {
  /** 全体の目安の時間（分、「９０分程度」）。 */
  readonly totalMinutes: number;
  /** 時間はいずれも目安（「程度」）。 */
  readonly approximate: true;
  /** 面談場所。 */
  readonly place: string;
  /** 日程の調整。 */
  readonly scheduling: string;
  /** 部分（面談の順）。 */
  readonly parts: readonly InterviewPart[];
}

/**
 * 点検（確認）従事者による事業所面談の構成〔９０分程度〕: ケース紹介及び抽出したニーズ及びその根拠等の説明
 * （①利用者紹介、②課題と判断した内容、③判断した課題に必要な支援（サービス名ではない））を１０分程度、
 * 次に委託業者が事前に点検した内容についての質問による確認を８０分程度。
 *
 * @source isehara-tenken-2024 ４（６）
 */
export const interviewStructure = defineParameter<InterviewStructure>({
  id: 'isehara.interview.structure',
  description: '事業所面談の構成と目安の時間',
  unit: '分',
  citation: cite(
    ISEHARA_DOCUMENT,
    '４（６）',
    '点検（確認）従事者による事業所面談　〔９０分程度〕',
  ),
  values: [
    {
      from: ISEHARA_FROM,
      value: {
        totalMinutes: 90,
        approximate: true,
        place: '伊勢原市役所',
        scheduling:
          '日程等については、委託業者から事業所（管理者及びケアマネジャー）に連絡して調整する。',
        parts: [
          {
            id: 'presentation',
            label: 'ケース紹介及び抽出したニーズ及びその根拠等の説明',
            minutes: 10,
            by: 'ケアマネジャー',
            items: [
              {
                no: '①',
                label: '利用者紹介',
                detail: '基本情報・ＡＤＬ・世帯状況・介護力・現病歴・服薬状況等',
              },
              { no: '②', label: '課題と判断した内容', detail: '課題が生じている原因' },
              { no: '③', label: '判断した課題に必要な支援', detail: 'サービス名ではない' },
            ],
          },
          {
            id: 'questions',
            label:
              '委託業者が事前に点検した内容について、ケアマネジャーに対して行う質問を通して、自立支援に資するケアマネジメント及びケアプラン立案がされ、かつ、専門家として判断根拠を踏まえた上でのケアマネジメントができているか等を確認する',
            minutes: 80,
            by: '委託業者（点検（確認）従事者）',
          },
        ],
      },
    },
  ],
  reading:
    '面談場所は４（３）月次スケジュール 3「面談場所：伊勢原市役所」による。時間はいずれも「程度」の目安。',
});

/** 面談の構成の入力（項目なし。空のオブジェクトを渡す）。 */
export const interviewOutlineInputSchema = z.strictObject({});

/**
 * 基準日に有効な事業所面談の構成（出典つきのデータ）を返す: 全体９０分程度、ケアマネジャーによる説明１０分程度
 * （①利用者紹介、②課題と判断した内容（課題が生じている原因）、③判断した課題に必要な支援（サービス名ではない））、
 * 質問による確認８０分程度。判定ではなく、面談の準備に使う参照データ。
 *
 * @source isehara-tenken-2024 ４（６）
 * @example
 * ```ts
 * interviewOutline({}, { referenceDate: '2024-07-01' }).decision?.totalMinutes; // => 90
 * ```
 */
export const interviewOutline = defineRule<
  z.infer<typeof interviewOutlineInputSchema>,
  InterviewStructure
>({
  id: 'isehara.interviewOutline',
  title: '事業所面談の構成（９０分程度）',
  sources: [
    cite(ISEHARA_DOCUMENT, '４（６）'),
    cite(ISEHARA_DOCUMENT, '４（３）月次スケジュール 3', '面談場所：伊勢原市役所'),
  ],
  input: ruleInput(interviewOutlineInputSchema, { unknownKeyPath: 'parent' }),
  parameters: [interviewStructure],
  examples: [
    {
      title: '面談の構成',
      input: {},
      context: { referenceDate: '2024-07-01' },
      expect: { status: 'decided', decision: { totalMinutes: 90, place: '伊勢原市役所' } },
    },
  ],
  evaluate: (_data, env) => ({ decision: env.value(interviewStructure) }),
});
