import type { Citation, MissingInput } from '@kaigo/core';
import { cite } from '@kaigo/core';
import { basicChecklistForm } from '../national/basicChecklist';
import { validate } from '../validate/validate';
import type { ValidationIssue } from '../validate/validate';
import { bmi, formatBmi } from './bmi';
import type { CountRange } from './count';
import { evaluateCriteria } from './criteria';
import type { CriterionResult } from './criteria';
import { groupCounts, totalScore } from './groupCounts';
import type { GroupCounts } from './groupCounts';
import { BASIC_CHECKLIST_ITEMS, BASIC_CHECKLIST_SOURCE } from '../national/basicChecklistItems';
import type { ChecklistItemNo } from '../national/basicChecklistItems';
import { itemScores } from './itemScore';
import type { ChecklistScoringInput, ItemScore } from './itemScore';
import { decideJigyoTaishosha } from './jigyoTaishosha';
import type { JigyoTaishoshaDecision } from './jigyoTaishosha';

/** 採点結果の1項目。 */
export interface ScoredItem {
  /** 質問項目番号。 */
  readonly no: ChecklistItemNo;
  /** 回答のキー（`q01`〜`q25`）。 */
  readonly key: string;
  /** 点数（不明なら `null`）。 */
  readonly score: ItemScore;
}

/** 基本チェックリストの採点結果（入力が正しいとき）。 */
export interface BasicChecklistScore {
  /** 入力は正しい。 */
  readonly ok: true;
  /** BMI（丸めない値と小数第1位の表示。身長・体重のどちらかがなければ `null`）。 */
  readonly bmi: { readonly value: number; readonly display: string } | null;
  /** 25項目の点数（番号順）。 */
  readonly items: readonly ScoredItem[];
  /** 項目群 A〜G の該当数。 */
  readonly groups: GroupCounts;
  /** 合計点（0〜25）。`value` はすべての項目が分かっているときだけ。 */
  readonly total: CountRange;
  /** 事業対象者に該当する基準 ①〜⑦ の判定。 */
  readonly criteria: readonly CriterionResult[];
  /** 事業対象者の判定。 */
  readonly jigyoTaishosha: JigyoTaishoshaDecision;
  /** 点数を決めるのに足りない入力（未回答の項目、身長・体重）。 */
  readonly missing: readonly MissingInput[];
  /** 出典（様式第一・様式第二）。 */
  readonly sources: readonly Citation[];
}

/** 基本チェックリストの採点結果（入力が正しくないとき）。 */
export interface BasicChecklistScoreInvalid {
  /** 入力が正しくない。 */
  readonly ok: false;
  /** 検証の指摘（日本語ラベル・メッセージつき。入力値は含めない）。 */
  readonly issues: readonly ValidationIssue[];
}

/** {@link scoreBasicChecklist} の結果。 */
export type BasicChecklistScoreResult = BasicChecklistScore | BasicChecklistScoreInvalid;

const JIGYO_TAISHOSHA_SOURCE: Citation = cite(
  'mhlw-kokuji-197-2015',
  '様式第二 事業対象者に該当する基準',
);

function missingInputs(checklist: ChecklistScoringInput): MissingInput[] {
  const out: MissingInput[] = [];
  for (const item of BASIC_CHECKLIST_ITEMS) {
    if (item.no === 12) {
      if (checklist.heightCm === undefined) out.push({ path: ['heightCm'], label: '身長（cm）' });
      if (checklist.weightKg === undefined) out.push({ path: ['weightKg'], label: '体重（kg）' });
      continue;
    }
    const key = item.key as keyof ChecklistScoringInput['answers'];
    if (checklist.answers[key] === undefined)
      out.push({ path: ['answers', item.key], label: `No.${item.no} ${item.text}` });
  }
  return out;
}

/**
 * 検証済みの基本チェックリストを採点する（{@link scoreBasicChecklist} の検証なし版）。
 *
 * @source mhlw-kokuji-197-2015 様式第一・様式第二
 * @example
 * ```ts
 * scoreValidBasicChecklist({ answers: { q16: 'no' } }).jigyoTaishosha.value; // => true（⑤）
 * ```
 */
export function scoreValidBasicChecklist(checklist: ChecklistScoringInput): BasicChecklistScore {
  const scores = itemScores(checklist);
  const criteria = evaluateCriteria(scores);
  const value = bmi(checklist.heightCm, checklist.weightKg);
  return {
    ok: true,
    bmi: value === null ? null : { value, display: formatBmi(value) },
    items: BASIC_CHECKLIST_ITEMS.map((i) => ({ no: i.no, key: i.key, score: scores[i.no] })),
    groups: groupCounts(scores),
    total: totalScore(scores),
    criteria,
    jigyoTaishosha: decideJigyoTaishosha(criteria, scores),
    missing: missingInputs(checklist),
    sources: [BASIC_CHECKLIST_SOURCE, JIGYO_TAISHOSHA_SOURCE],
  };
}

/**
 * 基本チェックリストを検証して採点する。例外を投げない。入力が正しくなければ検証の指摘を返し、
 * 正しければ各項目の点数、項目群ごとの該当数、合計点、事業対象者の基準 ①〜⑦ の判定と事業対象者の判定を返す。
 *
 * 未回答の項目と身長・体重の欠けは「不明」であり 0 点ではない。基準は、分かっている該当だけで届けば該当、
 * 不明がすべて該当でも届かなければ非該当、それ以外は判定不能（`null`）。事業対象者は、いずれかの基準に
 * 該当すれば未回答があっても「該当」で確定（`determined`）、どの基準も非該当なら「非該当」で確定、
 * それ以外は未確定（`undetermined`）。No.12 の BMI は丸めずに 18.5 と比べる（{@link bmi}）。
 *
 * @source mhlw-kokuji-197-2015 様式第一 基本チェックリスト、様式第二 事業対象者に該当する基準
 * @example
 * ```ts
 * const r = scoreBasicChecklist({ answers: { q06: 'no', q07: 'no', q08: 'no' } });
 * if (r.ok) r.jigyoTaishosha; // => { status: 'determined', value: true, metCriteria: [2], ... }
 * ```
 */
export function scoreBasicChecklist(input: unknown): BasicChecklistScoreResult {
  const parsed = validate(basicChecklistForm, input);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  return scoreValidBasicChecklist(parsed.data);
}
