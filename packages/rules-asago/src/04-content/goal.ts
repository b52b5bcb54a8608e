import type { Finding, RuleOutcome } from '@kaigo/core';
import { cite, defineParameter, defineRule, isoDate } from '@kaigo/core';
import type { BasicChecklist } from '@kaigo/forms';
import {
  basicChecklistSchema,
  countField,
  ruleInput,
  scoreValidBasicChecklist,
  withMeta,
} from '@kaigo/forms';
import * as z from 'zod';
import { ASAGO_DOCUMENT_ID, ASAGO_GUIDELINE_DATE } from '../sourceDocument';

/** 第9期介護保険事業計画の目標（基本チェックリストの平均点の引き下げ）。 */
export interface ChecklistGoalValue {
  /** 事前評価から下げる平均点（点）。0.01点単位で比べる。 */
  readonly reductionPoints: number;
  /** 基本チェックリストの満点（25点が最もハイリスク）。 */
  readonly maxScore: number;
}

/**
 * 目標: 総合事業基本チェックリスト（25点が最もハイリスク）の平均点を、事前評価から 0.9点下げる
 * （第９期介護保険事業計画の目標）。
 *
 * @source asago-ikiiki-2024 ４ 内容 目標 ※第９期介護保険事業計画の目標
 * @example
 * ```ts
 * CHECKLIST_GOAL.values[0]?.value.reductionPoints; // => 0.9
 * ```
 */
export const CHECKLIST_GOAL = defineParameter<ChecklistGoalValue>({
  id: 'asago.checklistGoal',
  description: '基本チェックリストの平均点を事前評価から下げる幅',
  unit: '点',
  citation: cite(
    ASAGO_DOCUMENT_ID,
    '４ 内容 目標 ※第９期介護保険事業計画の目標',
    '総合事業基本チェックリスト（25点が最もハイリスク）の平均点を、事前評価から 0.9点下げる',
  ),
  values: [{ from: isoDate(ASAGO_GUIDELINE_DATE), value: { reductionPoints: 0.9, maxScore: 25 } }],
  reading:
    '同じ対象者の事前評価と比較時点（既定は事後評価）の平均点を比べ（対応のある比較）、下げ幅が 0.9点以上なら達成。' +
    '点数のそろわない対象者は除く。別の読み: 事前評価の平均は点数のあるすべての対象者で求める（対応のない比較）。' +
    'どちらで比べるかは asago.checklistGoalComparison で選ぶ。',
});

/**
 * 目標の平均点の比べ方（{@link CHECKLIST_GOAL_COMPARISON} の値）。
 *
 * - `paired`: 対応のある比較。事前評価と比較時点の両方の合計点がそろう対象者だけで、両方の平均を求める（既定）
 * - `unpaired`: 対応のない比較（集団の平均どうし）。事前評価の平均は事前評価の合計点のあるすべての対象者で、
 *   比較時点の平均は比較時点の合計点のあるすべての対象者で求める
 */
export type ChecklistGoalComparison = 'paired' | 'unpaired';

/**
 * 目標「平均点を、事前評価から 0.9点下げる」の平均の求め方。
 *
 * 読み方: 要領は「総合事業基本チェックリスト（25点が最もハイリスク）の平均点を、事前評価から 0.9点下げる」とだけ書き、
 * 誰の平均かを定めていない。既定は、同じ対象者の変化を見る対応のある比較（`paired`。事前評価と比較時点の両方の合計点が
 * そろう対象者だけで両方の平均を求める）とした。別の読み方は、事前評価の時点の対象者全体の平均と比較時点の対象者全体の
 * 平均を比べる対応のない比較（`unpaired`、集団の平均どうし）。施設入所・死亡などで事後評価のない対象者がいると、
 * 二つの読み方で達成の判定が変わることがある。
 *
 * @source asago-ikiiki-2024 ４ 内容 目標 ※第９期介護保険事業計画の目標、５ 実施手順と役割 まとめ
 * @example
 * ```ts
 * CHECKLIST_GOAL_COMPARISON.values[0]?.value; // => 'paired'
 * // 別の読み方（what-if）: 集団の平均どうしで比べる
 * const context = { referenceDate: '2026-11-30', parameters: { 'asago.checklistGoalComparison': 'unpaired' } };
 * ```
 */
export const CHECKLIST_GOAL_COMPARISON = defineParameter<ChecklistGoalComparison>({
  id: 'asago.checklistGoalComparison',
  description: '目標の平均点の比べ方（対応のある比較・対応のない比較）',
  citation: cite(
    ASAGO_DOCUMENT_ID,
    '４ 内容 目標 ※第９期介護保険事業計画の目標',
    '総合事業基本チェックリスト（25点が最もハイリスク）の平均点を、事前評価から 0.9点下げる',
  ),
  values: [{ from: isoDate(ASAGO_GUIDELINE_DATE), value: 'paired' }],
  accepts: (value) => value === 'paired' || value === 'unpaired',
  reading:
    '誰の平均かの定めがないため、既定は両方の合計点がそろう対象者だけで比べる対応のある比較（paired）。' +
    '別の読み: 事前評価・比較時点それぞれの点数のあるすべての対象者の平均を比べる対応のない比較（unpaired、集団の平均）。',
});

/**
 * 1回分の基本チェックリストの入力スキーマ: 回答（`@kaigo/forms` の基本チェックリスト）か合計点（0〜25 の整数）。
 * 両方あれば回答で採点する。未実施なら null か省略。
 */
export const goalChecklistEntrySchema = withMeta(
  z.strictObject({
    /** 基本チェックリストの回答（いきいき長生き応援シート（対象者用）に記録したもの）。 */
    checklist: basicChecklistSchema.optional(),
    /** 基本チェックリストの合計点（回答がなく合計点だけ記録したとき）。 */
    total: countField({ label: '基本チェックリストの合計点' }, 25).optional(),
  }),
  { label: '基本チェックリスト' },
).nullable();

/** {@link evaluateChecklistGoal} の対象者1人分の入力スキーマ。 */
export const goalSubjectSchema = withMeta(
  z.strictObject({
    /** 事前評価の基本チェックリスト（未実施は null か省略）。 */
    before: withMeta(goalChecklistEntrySchema.optional(), { label: '事前評価' }),
    /** 比較時点（既定は事後評価）の基本チェックリスト（未実施は null か省略）。 */
    after: withMeta(goalChecklistEntrySchema.optional(), { label: '比較時点の評価' }),
  }),
  { label: 'モデル対象者' },
);

/** {@link evaluateChecklistGoal} の入力スキーマ。 */
export const checklistGoalInputSchema = z.strictObject({
  /** 比べる評価（既定 `post` 事後評価。中間評価で途中経過を見るときは `interim1`・`interim2`）。 */
  afterEvaluation: z.literal(['interim1', 'interim2', 'post']).optional(),
  /** 市全体のモデル対象者（順序は結果の `index` に対応）。 */
  subjects: z.array(goalSubjectSchema).max(10000),
});

/** {@link evaluateChecklistGoal} の入力。 */
export type ChecklistGoalInput = z.input<typeof checklistGoalInputSchema>;

/** 対象者を平均から除いた理由。 */
export type GoalExclusionReason = 'noBeforeScore' | 'noAfterScore' | 'incompleteChecklist';

/** 平均から除いた対象者。 */
export interface GoalExclusion {
  /** 入力の `subjects` での位置（0 から）。 */
  readonly index: number;
  /** 理由（事前・比較時点それぞれの理由）。 */
  readonly reasons: readonly {
    /** 理由: 点数なし（未実施）、または未回答の項目があり合計点が決まらない。 */
    readonly reason: GoalExclusionReason;
    /** どちらの評価か（`before` 事前評価、`after` 比較時点）。 */
    readonly evaluation: 'before' | 'after';
  }[];
}

/** {@link evaluateChecklistGoal} の判定。 */
export interface ChecklistGoalDecision {
  /** 比べた評価。 */
  readonly afterEvaluation: 'interim1' | 'interim2' | 'post';
  /** 平均の求め方（{@link CHECKLIST_GOAL_COMPARISON}）。 */
  readonly comparison: ChecklistGoalComparison;
  /** 事前評価と比較時点の両方の合計点がそろう対象者の数（対応のある比較では平均に含めた対象者の数）。 */
  readonly included: number;
  /** 事前評価の平均に含めた対象者の数（対応のある比較では `included` と同じ）。 */
  readonly includedBefore: number;
  /** 比較時点の平均に含めた対象者の数（対応のある比較では `included` と同じ）。 */
  readonly includedAfter: number;
  /** 事前評価の平均点。 */
  readonly meanBefore: number;
  /** 比較時点の平均点。 */
  readonly meanAfter: number;
  /** 変化（比較時点 − 事前評価。負なら下がった）。 */
  readonly change: number;
  /** 目標の下げ幅（点）。 */
  readonly targetReduction: number;
  /** 目標を達成したか（下げ幅 ≥ 目標。0.01点単位で正確に比べる）。 */
  readonly met: boolean;
  /**
   * 除いた対象者と理由。対応のある比較では両方の平均から除いた対象者、対応のない比較では理由の `evaluation` の平均
   * からだけ除いた対象者。
   */
  readonly excluded: readonly GoalExclusion[];
}

const REASON_TEXT: Record<GoalExclusionReason, string> = {
  noBeforeScore: '点数がない（未実施）',
  noAfterScore: '点数がない（未実施）',
  incompleteChecklist: '未回答の項目があり合計点が決まらない',
};

type Entry =
  { checklist?: BasicChecklist | undefined; total?: number | undefined } | null | undefined;

type Total =
  | { readonly total: number; readonly mismatch: boolean }
  | { readonly reason: 'none' | 'incompleteChecklist' };

function totalOf(entry: Entry): Total {
  if (entry === null || entry === undefined) return { reason: 'none' };
  if (entry.checklist !== undefined) {
    const scored = scoreValidBasicChecklist(entry.checklist).total.value;
    if (scored === null) return { reason: 'incompleteChecklist' };
    return { total: scored, mismatch: entry.total !== undefined && entry.total !== scored };
  }
  if (entry.total !== undefined) return { total: entry.total, mismatch: false };
  return { reason: 'none' };
}

/** 合計点の和と人数。 */
interface Sum {
  readonly sum: number;
  readonly count: number;
}

/** 平均に含めた対象者の合計点と、除いた対象者・指摘（{@link evaluateChecklistGoal} の手順1）。 */
interface GoalTally {
  /** 両方の合計点がそろう対象者の事前評価・比較時点の和（対応のある比較）。 */
  readonly pairedBefore: Sum;
  readonly pairedAfter: Sum;
  /** 合計点のあるすべての対象者の事前評価・比較時点の和（対応のない比較）。 */
  readonly allBefore: Sum;
  readonly allAfter: Sum;
  readonly excluded: readonly GoalExclusion[];
  readonly findings: readonly Finding[];
}

const EVALUATION_TEXT: Record<'before' | 'after', string> = {
  before: '事前評価',
  after: '比較時点の評価',
};

/** 合計点が決まらない理由を、除外の理由にする。 */
function exclusionReasons(b: Total, a: Total): GoalExclusion['reasons'][number][] {
  const reasons: GoalExclusion['reasons'][number][] = [];
  if ('reason' in b)
    reasons.push({
      reason: b.reason === 'none' ? 'noBeforeScore' : 'incompleteChecklist',
      evaluation: 'before',
    });
  if ('reason' in a)
    reasons.push({
      reason: a.reason === 'none' ? 'noAfterScore' : 'incompleteChecklist',
      evaluation: 'after',
    });
  return reasons;
}

/**
 * 1. 対象者ごとに事前・比較時点の合計点を求め、両方そろう対象者の和（対応のある比較）と、それぞれ合計点のある
 * 対象者の和（対応のない比較）を足す。合計点が決まらない対象者は理由つきで除く（指摘の文言は比べ方による）。
 */
function tallySubjects(
  subjects: readonly { before?: Entry; after?: Entry }[],
  comparison: ChecklistGoalComparison,
): GoalTally {
  const findings: Finding[] = [];
  const excluded: GoalExclusion[] = [];
  const sums = { pb: 0, pa: 0, n: 0, ab: 0, nb: 0, aa: 0, na: 0 };
  subjects.forEach((s, index) => {
    const b = totalOf(s.before);
    const a = totalOf(s.after);
    for (const [which, t] of [
      ['before', b],
      ['after', a],
    ] as const) {
      if ('total' in t && t.mismatch)
        findings.push({
          code: 'goal.totalMismatch',
          severity: 'warning',
          message:
            '記録された合計点が回答から求めた合計点と一致しません（回答から求めた点数を使います）。',
          path: ['subjects', index, which, 'total'],
          citation: CHECKLIST_GOAL.citation,
        });
    }
    if ('total' in b) {
      sums.ab += b.total;
      sums.nb++;
    }
    if ('total' in a) {
      sums.aa += a.total;
      sums.na++;
    }
    if ('total' in b && 'total' in a) {
      sums.pb += b.total;
      sums.pa += a.total;
      sums.n++;
      return;
    }
    const reasons = exclusionReasons(b, a);
    excluded.push({ index, reasons });
    const from =
      comparison === 'paired'
        ? '平均'
        : `${reasons.map((r) => EVALUATION_TEXT[r.evaluation]).join('と')}の平均`;
    findings.push({
      code: 'goal.subjectExcluded',
      severity: 'warning',
      message: `対象者を${from}から除きました: ${reasons
        .map((r) => `${EVALUATION_TEXT[r.evaluation]}の${REASON_TEXT[r.reason]}`)
        .join('、')}。`,
      path: ['subjects', index],
      citation: CHECKLIST_GOAL.citation,
    });
  });
  return {
    pairedBefore: { sum: sums.pb, count: sums.n },
    pairedAfter: { sum: sums.pa, count: sums.n },
    allBefore: { sum: sums.ab, count: sums.nb },
    allAfter: { sum: sums.aa, count: sums.na },
    excluded,
    findings,
  };
}

/**
 * 市全体の目標「基本チェックリストの平均点を事前評価から 0.9点下げる」の達成を判定する。
 * 対象者ごとの事前評価と比較時点（既定は事後評価）の基本チェックリスト（回答は `@kaigo/forms` の
 * `scoreValidBasicChecklist` で採点、または合計点）から、両方の合計点がそろう対象者だけで平均を求め、
 * 事前の平均、比較時点の平均、変化、達成の可否、除いた対象者と理由（点数なし・未回答の項目あり）を返す。
 * 未回答の項目は 0 点とみなさない（合計点が決まらないので除く）。下げ幅は 0.01点単位の整数で比べ、浮動小数の誤差で
 * 判定が揺れないようにしている。平均に含める対象者がいなければ判定不能（`undetermined`）。
 *
 * 平均の求め方は {@link CHECKLIST_GOAL_COMPARISON}: 既定（`paired`）は両方の合計点がそろう対象者だけで比べる
 * 対応のある比較。別の読み方（`unpaired`）は、事前評価の平均を事前評価の合計点のあるすべての対象者で、比較時点の
 * 平均を比較時点の合計点のあるすべての対象者で求める対応のない比較（集団の平均どうし）。対応のない比較でも下げ幅は
 * 0.01点単位の整数で正確に比べる。
 *
 * @source asago-ikiiki-2024 ４ 内容 目標、５ 実施手順と役割 まとめ（介護保険事業計画の目標値との比較）
 * @example
 * ```ts
 * evaluateChecklistGoal(
 *   {
 *     subjects: [
 *       { before: { total: 10 }, after: { total: 9 } },
 *       { before: { total: 8 }, after: { total: 7 } },
 *       { before: { total: 6 }, after: null },
 *     ],
 *   },
 *   { referenceDate: '2026-11-30' },
 * ).decision; // => { comparison: 'paired', included: 2, meanBefore: 9, meanAfter: 8, change: -1, met: true, excluded: [{ index: 2, … }], … }
 * // 対応のない比較（集団の平均）: 事前 (10+8+6)/3 = 8、事後 (9+7)/2 = 8 → 変化 0、未達成
 * evaluateChecklistGoal(
 *   { subjects: [{ before: { total: 10 }, after: { total: 9 } }, { before: { total: 8 }, after: { total: 7 } }, { before: { total: 6 }, after: null }] },
 *   { referenceDate: '2026-11-30', parameters: { 'asago.checklistGoalComparison': 'unpaired' } },
 * ).decision?.met; // => false
 * ```
 */
export const evaluateChecklistGoal = defineRule({
  id: 'asago.checklistGoal',
  title: '目標: 基本チェックリストの平均点を事前評価から0.9点下げる',
  description:
    '市全体のモデル対象者の基本チェックリストの平均点が、事前評価から目標の幅だけ下がったかを判定する。点数のそろわない対象者は理由をつけて除く。',
  sources: [
    cite(ASAGO_DOCUMENT_ID, '４ 内容 目標'),
    cite(ASAGO_DOCUMENT_ID, '５ 実施手順と役割 まとめ'),
  ],
  input: ruleInput(checklistGoalInputSchema),
  parameters: [CHECKLIST_GOAL, CHECKLIST_GOAL_COMPARISON],
  examples: [
    {
      title: '3人中2人で比較（1人は事後評価なし）',
      input: {
        subjects: [
          { before: { total: 10 }, after: { total: 9 } },
          { before: { total: 8 }, after: { total: 7 } },
          { before: { total: 6 }, after: null },
        ],
      },
      context: { referenceDate: '2026-11-30' },
      expect: {
        status: 'decided',
        decision: { comparison: 'paired', included: 2, change: -1, met: true },
      },
    },
    {
      title:
        '同じ3人を対応のない比較（集団の平均）で: 事前 3人の平均 8点、事後 2人の平均 8点で未達成',
      input: {
        subjects: [
          { before: { total: 10 }, after: { total: 9 } },
          { before: { total: 8 }, after: { total: 7 } },
          { before: { total: 6 }, after: null },
        ],
      },
      context: {
        referenceDate: '2026-11-30',
        parameters: { 'asago.checklistGoalComparison': 'unpaired' },
      },
      expect: {
        status: 'decided',
        decision: {
          comparison: 'unpaired',
          includedBefore: 3,
          includedAfter: 2,
          meanBefore: 8,
          meanAfter: 8,
          change: 0,
          met: false,
        },
      },
    },
    {
      title: '下げ幅 0.5点で未達成',
      input: {
        subjects: [
          { before: { total: 10 }, after: { total: 10 } },
          { before: { total: 9 }, after: { total: 8 } },
        ],
      },
      context: { referenceDate: '2026-11-30' },
      expect: { status: 'decided', decision: { included: 2, change: -0.5, met: false } },
    },
  ],
  evaluate: (data, env): RuleOutcome<ChecklistGoalDecision> => {
    const goal = env.value(CHECKLIST_GOAL);
    const comparison = env.value(CHECKLIST_GOAL_COMPARISON);
    const afterEvaluation = data.afterEvaluation ?? 'post';
    const tally = tallySubjects(data.subjects, comparison);
    const findings = [...tally.findings];
    if (afterEvaluation !== 'post') {
      findings.push({
        code: 'goal.interimComparison',
        severity: 'info',
        message:
          '中間評価との比較は途中経過です。目標は事前評価からの引き下げとして事業の終わりに評価します。',
        path: ['afterEvaluation'],
        citation: CHECKLIST_GOAL.citation,
      });
    }
    const included = tally.pairedBefore.count;
    const [before, after] =
      comparison === 'paired'
        ? [tally.pairedBefore, tally.pairedAfter]
        : [tally.allBefore, tally.allAfter];
    env.trace({
      kind: 'condition',
      code: 'goal.included',
      label: '両方の合計点がそろう対象者の数',
      outcome: included,
    });
    if (comparison === 'unpaired') {
      env.trace({
        kind: 'condition',
        code: 'goal.includedBefore',
        label: '事前評価の合計点のある対象者の数（対応のない比較）',
        outcome: before.count,
      });
      env.trace({
        kind: 'condition',
        code: 'goal.includedAfter',
        label: '比較時点の合計点のある対象者の数（対応のない比較）',
        outcome: after.count,
      });
    }
    if (before.count === 0 || after.count === 0) {
      const label =
        comparison === 'paired'
          ? '事前評価と比較時点の両方の合計点がそろう対象者'
          : '事前評価と比較時点のそれぞれで合計点のある対象者';
      return { findings, missing: [{ path: ['subjects'], label }] };
    }
    // 2. Exact comparison in hundredths of a point:
    //    Sb/nb − Sa/na ≥ target ⇔ 100·(Sb·na − Sa·nb) ≥ target₁₀₀·nb·na (paired: nb = na = n).
    const targetHundredths = Math.round(goal.reductionPoints * 100);
    const met =
      100 * (before.sum * after.count - after.sum * before.count) >=
      targetHundredths * before.count * after.count;
    env.trace({
      kind: 'condition',
      code: 'goal.met',
      label: '平均点の下げ幅が目標以上か',
      outcome: met,
    });
    const meanBefore = before.sum / before.count;
    const meanAfter = after.sum / after.count;
    const decision: ChecklistGoalDecision = {
      afterEvaluation,
      comparison,
      included,
      includedBefore: before.count,
      includedAfter: after.count,
      meanBefore,
      meanAfter,
      change:
        comparison === 'paired'
          ? (after.sum - before.sum) / included
          : (after.sum * before.count - before.sum * after.count) / (before.count * after.count),
      targetReduction: goal.reductionPoints,
      met,
      excluded: tally.excluded,
    };
    return { decision, findings };
  },
});
