import type { Citation } from '@kaigo/core';
import { cite } from '@kaigo/core';

/** 基本チェックリストの質問項目番号（1〜25）。 */
export type ChecklistItemNo =
  | 1
  | 2
  | 3
  | 4
  | 5
  | 6
  | 7
  | 8
  | 9
  | 10
  | 11
  | 12
  | 13
  | 14
  | 15
  | 16
  | 17
  | 18
  | 19
  | 20
  | 21
  | 22
  | 23
  | 24
  | 25;

/** 基本チェックリストの回答（`yes` = はい、`no` = いいえ）。 */
export type ChecklistAnswer = 'yes' | 'no';

/** 項目群（A〜G。項目ごとの該当数の集計単位）。 */
export type ChecklistGroupId = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';

/** 基本チェックリストの質問項目1件の定義。 */
export interface ChecklistItemDefinition {
  /** 質問項目番号（様式第一 No.）。 */
  readonly no: ChecklistItemNo;
  /** 回答のキー（`q01`〜`q25`。No.12 は回答欄を持たず、身長・体重から求める）。 */
  readonly key: string;
  /** 質問項目の文言（様式第一の表記。多数の公開資料に一致する表記を正とする）。 */
  readonly text: string;
  /** 1点（該当）となる回答。No.12 は回答ではなく BMI 18.5 未満で該当するため `null`。 */
  readonly scoringAnswer: ChecklistAnswer | null;
  /** 項目群。 */
  readonly group: ChecklistGroupId;
}

/**
 * 基本チェックリスト（様式第一）の出典。
 *
 * @example
 * ```ts
 * BASIC_CHECKLIST_SOURCE.section; // => '様式第一 基本チェックリスト'
 * ```
 */
export const BASIC_CHECKLIST_SOURCE: Citation = cite(
  'mhlw-kokuji-197-2015',
  '様式第一 基本チェックリスト',
);

/**
 * 基本チェックリスト25項目の定義（番号順）。「1.」と印字された選択肢が該当（1点）。
 * 文言は公開資料の多数に一致する表記（告示原文との逐語照合は未了）。
 *
 * @source mhlw-kokuji-197-2015 様式第一
 * @example
 * ```ts
 * BASIC_CHECKLIST_ITEMS[8]; // => { no: 9, key: 'q09', text: 'この1年間に転んだことがありますか', scoringAnswer: 'yes', group: 'B' }
 * ```
 */
export const BASIC_CHECKLIST_ITEMS: readonly ChecklistItemDefinition[] = [
  { no: 1, key: 'q01', text: 'バスや電車で1人で外出していますか', scoringAnswer: 'no', group: 'A' },
  { no: 2, key: 'q02', text: '日用品の買物をしていますか', scoringAnswer: 'no', group: 'A' },
  { no: 3, key: 'q03', text: '預貯金の出し入れをしていますか', scoringAnswer: 'no', group: 'A' },
  { no: 4, key: 'q04', text: '友人の家を訪ねていますか', scoringAnswer: 'no', group: 'A' },
  { no: 5, key: 'q05', text: '家族や友人の相談にのっていますか', scoringAnswer: 'no', group: 'A' },
  {
    no: 6,
    key: 'q06',
    text: '階段を手すりや壁をつたわらずに昇っていますか',
    scoringAnswer: 'no',
    group: 'B',
  },
  {
    no: 7,
    key: 'q07',
    text: '椅子に座った状態から何もつかまらずに立ち上がっていますか',
    scoringAnswer: 'no',
    group: 'B',
  },
  { no: 8, key: 'q08', text: '15分位続けて歩いていますか', scoringAnswer: 'no', group: 'B' },
  {
    no: 9,
    key: 'q09',
    text: 'この1年間に転んだことがありますか',
    scoringAnswer: 'yes',
    group: 'B',
  },
  { no: 10, key: 'q10', text: '転倒に対する不安は大きいですか', scoringAnswer: 'yes', group: 'B' },
  {
    no: 11,
    key: 'q11',
    text: '6ヵ月間で2～3kg以上の体重減少がありましたか',
    scoringAnswer: 'yes',
    group: 'C',
  },
  {
    no: 12,
    key: 'q12',
    text: '身長・体重（BMI＝体重(kg)÷身長(m)÷身長(m)が18.5未満の場合に該当）',
    scoringAnswer: null,
    group: 'C',
  },
  {
    no: 13,
    key: 'q13',
    text: '半年前に比べて固いものが食べにくくなりましたか',
    scoringAnswer: 'yes',
    group: 'D',
  },
  {
    no: 14,
    key: 'q14',
    text: 'お茶や汁物等でむせることがありますか',
    scoringAnswer: 'yes',
    group: 'D',
  },
  { no: 15, key: 'q15', text: '口の渇きが気になりますか', scoringAnswer: 'yes', group: 'D' },
  { no: 16, key: 'q16', text: '週に1回以上は外出していますか', scoringAnswer: 'no', group: 'E' },
  {
    no: 17,
    key: 'q17',
    text: '昨年と比べて外出の回数が減っていますか',
    scoringAnswer: 'yes',
    group: 'E',
  },
  {
    no: 18,
    key: 'q18',
    text: '周りの人から「いつも同じ事を聞く」などの物忘れがあると言われますか',
    scoringAnswer: 'yes',
    group: 'F',
  },
  {
    no: 19,
    key: 'q19',
    text: '自分で電話番号を調べて、電話をかけることをしていますか',
    scoringAnswer: 'no',
    group: 'F',
  },
  {
    no: 20,
    key: 'q20',
    text: '今日が何月何日かわからない時がありますか',
    scoringAnswer: 'yes',
    group: 'F',
  },
  {
    no: 21,
    key: 'q21',
    text: '（ここ2週間）毎日の生活に充実感がない',
    scoringAnswer: 'yes',
    group: 'G',
  },
  {
    no: 22,
    key: 'q22',
    text: '（ここ2週間）これまで楽しんでやれていたことが楽しめなくなった',
    scoringAnswer: 'yes',
    group: 'G',
  },
  {
    no: 23,
    key: 'q23',
    text: '（ここ2週間）以前は楽にできていたことが今ではおっくうに感じられる',
    scoringAnswer: 'yes',
    group: 'G',
  },
  {
    no: 24,
    key: 'q24',
    text: '（ここ2週間）自分が役に立つ人間だと思えない',
    scoringAnswer: 'yes',
    group: 'G',
  },
  {
    no: 25,
    key: 'q25',
    text: '（ここ2週間）わけもなく疲れたような感じがする',
    scoringAnswer: 'yes',
    group: 'G',
  },
];

/**
 * 質問項目番号から定義を引く。
 *
 * @example
 * ```ts
 * checklistItem(16).scoringAnswer; // => 'no'
 * ```
 */
export function checklistItem(no: ChecklistItemNo): ChecklistItemDefinition {
  // The table is complete and ordered, so index no-1 always exists.
  return BASIC_CHECKLIST_ITEMS[no - 1] as ChecklistItemDefinition;
}
