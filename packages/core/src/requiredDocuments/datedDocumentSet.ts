import { addMonths } from '../date/arithmetic';
import type { IsoDate } from '../date/isoDate';
import type { DateWindow } from '../deadline/dateWindow';

/**
 * 提出書類の一式のうち、1種類の書類についての要件（通数・直近・期間）。
 *
 * - `count`: 必要な通数（既定 1）。「モニタリング表（直近３回分）」なら 3。
 * - `latest`: 提出したものが、存在するものの中で最新の `count` 通であること（「直近」）。判定には、その種類の
 *   書類が他に何があるか（{@link DocumentInventory}）が必要。なければ判定できない（未決）。
 * - `withinMonths`: 提出したものの日付が基準日から遡って N か月以内（両端を含む。{@link monthsBackWindow}）。
 * - `granularity`: 「直近」の比較の単位。`month` なら同じ年月の書類は同じ新しさとみなす（サービス利用票など月単位の書類）。
 */
export interface DatedDocumentRequirement {
  /** 書類の種類の id（提出書類・一覧の `kind` と同じ）。 */
  readonly kind: string;
  /** 書類の日本語名。 */
  readonly label: string;
  /** 必要な通数（既定 1）。 */
  readonly count?: number;
  /** 最新の `count` 通であること（「直近」）。 */
  readonly latest?: boolean;
  /** 基準日から遡って何か月以内の日付であること。 */
  readonly withinMonths?: number;
  /** 「直近」の比較の単位（既定 `day`）。 */
  readonly granularity?: 'day' | 'month';
}

/** 提出された書類1通（日付は作成日・実施日・対象月の1日など、要件ごとに呼び出し側が定める）。 */
export interface DatedDocument {
  /** 書類の種類の id。 */
  readonly kind: string;
  /** 書類の日付（不明なら省略）。 */
  readonly date?: IsoDate | undefined;
}

/**
 * ある種類の書類として存在するもの（提出したものを含む）の日付の一覧。これがある種類についてだけ「直近」を判定できる。
 * 一覧にない種類は「他に何があるか分からない」（空の一覧は「提出したもの以外には存在しない」）。
 */
export interface DocumentInventory {
  /** 書類の種類の id。 */
  readonly kind: string;
  /** 存在する書類の日付（提出したものを含めても含めなくてもよい。同じ日付は多い方の数をとる）。 */
  readonly dates: readonly IsoDate[];
}

/** 書類一式の判定の入力。 */
export interface DatedDocumentSetInput {
  /** 基準日（期間の起点。これより後の日付の書類は「基準日より後」）。 */
  readonly referenceDate: IsoDate;
  /** 要件の一覧。 */
  readonly requirements: readonly DatedDocumentRequirement[];
  /** 提出された書類。 */
  readonly submitted: readonly DatedDocument[];
  /** 存在する書類の一覧（種類ごと。任意）。 */
  readonly inventory?: readonly DocumentInventory[];
}

/**
 * 1種類の書類についての不備。
 * - `missing`: 1通もない
 * - `tooFew`: 通数が足りない
 * - `tooOld`: 期間より前の日付（`index` は提出書類の添字）
 * - `afterReferenceDate`: 基準日より後の日付
 * - `notLatest`: 存在する中で最新のものが提出されていない（`expected` は提出されていない新しい方の日付の数）
 */
export type DatedDocumentProblem =
  | { readonly kind: 'missing' }
  | { readonly kind: 'tooFew'; readonly required: number; readonly actual: number }
  | { readonly kind: 'tooOld'; readonly index: number; readonly windowFrom: IsoDate }
  | { readonly kind: 'afterReferenceDate'; readonly index: number }
  | { readonly kind: 'notLatest'; readonly newerNotSubmitted: number };

/**
 * 判定できなかった理由。
 * - `date`: 日付が必要な要件なのに、提出書類の日付がない（`index` は提出書類の添字）
 * - `inventory`: 「直近」の判定に必要な、存在する書類の一覧がない
 */
export type DatedDocumentUndecided =
  { readonly kind: 'date'; readonly index: number } | { readonly kind: 'inventory' };

/** 1種類の書類の判定。 */
export interface DatedDocumentRequirementCheck {
  /** 書類の種類の id。 */
  readonly kind: string;
  /** 書類の日本語名。 */
  readonly label: string;
  /** 提出された通数。 */
  readonly submittedCount: number;
  /** 存在する通数（一覧があるとき。基準日より後のものは数えない）。 */
  readonly existingCount?: number;
  /** 不備。 */
  readonly problems: readonly DatedDocumentProblem[];
  /** 判定できなかった理由。 */
  readonly undecided: readonly DatedDocumentUndecided[];
  /** 要件を満たすか（不備があれば false、不備がなく判定できないものがあれば undefined）。 */
  readonly satisfied: boolean | undefined;
}

/** 書類一式の判定。 */
export interface DatedDocumentSetCheck {
  /** 一式がそろっているか（不備が1つでもあれば false、不備がなく未決があれば undefined）。 */
  readonly complete: boolean | undefined;
  /** 要件ごとの判定（要件の順）。 */
  readonly items: readonly DatedDocumentRequirementCheck[];
  /** 要件にない種類の提出書類の添字。 */
  readonly unexpected: readonly number[];
}

/**
 * 基準日から遡って N か月の期間（両端を含む）。起点は {@link addMonths} で求めるので、遡った月に同じ日がなければ
 * その月の末日（例: 8月31日の6か月前 → 2月末日）。「N カ月以内」をこの期間で判定する。
 *
 * @example
 * ```ts
 * monthsBackWindow(isoDate('2024-08-31'), 6); // => { from: '2024-02-29', to: '2024-08-31' }
 * ```
 */
export function monthsBackWindow(referenceDate: IsoDate, months: number): DateWindow {
  return { from: addMonths(referenceDate, -months), to: referenceDate };
}

function keyOf(date: IsoDate, granularity: 'day' | 'month'): string {
  return granularity === 'month' ? date.slice(0, 7) : date;
}

function countKeys(keys: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

function checkOne(
  req: DatedDocumentRequirement,
  input: DatedDocumentSetInput,
  submittedIdx: readonly number[],
): DatedDocumentRequirementCheck {
  const required = Math.max(1, Math.trunc(req.count ?? 1));
  const granularity = req.granularity ?? 'day';
  const needsDate = req.latest === true || req.withinMonths !== undefined;
  const problems: DatedDocumentProblem[] = [];
  const undecided: DatedDocumentUndecided[] = [];
  const ref = input.referenceDate;

  if (submittedIdx.length === 0) problems.push({ kind: 'missing' });
  else if (submittedIdx.length < required)
    problems.push({ kind: 'tooFew', required, actual: submittedIdx.length });

  const window =
    req.withinMonths !== undefined ? monthsBackWindow(ref, req.withinMonths) : undefined;
  const submittedKeys: string[] = [];
  for (const i of submittedIdx) {
    const date = input.submitted[i]?.date;
    if (date === undefined) {
      if (needsDate) undecided.push({ kind: 'date', index: i });
      continue;
    }
    if (date > ref) {
      problems.push({ kind: 'afterReferenceDate', index: i });
      continue;
    }
    if (window && date < window.from)
      problems.push({ kind: 'tooOld', index: i, windowFrom: window.from });
    submittedKeys.push(keyOf(date, granularity));
  }

  const inventory = input.inventory?.find((v) => v.kind === req.kind);
  const submittedCounts = countKeys(submittedKeys);
  let existing: Map<string, number> | undefined;
  if (inventory) {
    // Existing = inventory ∪ submitted, as multisets (max multiplicity per key), dates up to the reference date.
    existing = countKeys(inventory.dates.filter((d) => d <= ref).map((d) => keyOf(d, granularity)));
    for (const [k, n] of submittedCounts) existing.set(k, Math.max(existing.get(k) ?? 0, n));
  }

  if (req.latest === true && submittedIdx.length > 0) {
    if (!existing) undecided.push({ kind: 'inventory' });
    else if (!undecided.some((u) => u.kind === 'date')) {
      const newestFirst = [...existing.entries()]
        .sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0))
        .flatMap(([k, n]) => Array.from({ length: n }, () => k))
        .slice(0, required);
      const remaining = new Map(submittedCounts);
      let newerNotSubmitted = 0;
      for (const k of newestFirst) {
        const left = remaining.get(k) ?? 0;
        if (left > 0) remaining.set(k, left - 1);
        else newerNotSubmitted++;
      }
      if (newerNotSubmitted > 0) problems.push({ kind: 'notLatest', newerNotSubmitted });
    }
  }

  const base = {
    kind: req.kind,
    label: req.label,
    submittedCount: submittedIdx.length,
    problems,
    undecided,
    satisfied: problems.length > 0 ? false : undecided.length > 0 ? undefined : true,
  };
  return existing === undefined
    ? base
    : { ...base, existingCount: [...existing.values()].reduce((a, b) => a + b, 0) };
}

/**
 * 提出書類の一式が要件を満たすか（汎用）。種類ごとに、1通もない・通数不足・期間より古い・基準日より後・
 * 直近のものでない、を調べる。日付や存在する書類の一覧がなくて判定できないものは `undecided` に挙げる
 * （「分からない」は「不備」ではない）。市町村のルールはこの結果を出典つきの指摘に変える。
 *
 * 「直近 N 通」の判定: 存在する書類（一覧と提出書類の和。基準日より後のものは除く）を新しい順に並べた先頭 N 通が、
 * すべて提出されていること。存在するものが N 通未満なら、存在するものすべて（このとき通数不足は `tooFew`）。
 *
 * @example
 * ```ts
 * const r = checkDatedDocumentSet({
 *   referenceDate: isoDate('2024-06-30'),
 *   requirements: [{ kind: 'monitoring', label: 'モニタリング表', count: 3, latest: true }],
 *   submitted: [
 *     { kind: 'monitoring', date: isoDate('2024-06-10') },
 *     { kind: 'monitoring', date: isoDate('2024-05-10') },
 *   ],
 *   inventory: [{ kind: 'monitoring', dates: [isoDate('2024-04-10')] }],
 * });
 * r.complete; // => false（2通しかなく、4月分が提出されていない）
 * ```
 */
export function checkDatedDocumentSet(input: DatedDocumentSetInput): DatedDocumentSetCheck {
  const known = new Set(input.requirements.map((r) => r.kind));
  const unexpected: number[] = [];
  input.submitted.forEach((d, i) => {
    if (!known.has(d.kind)) unexpected.push(i);
  });
  const items = input.requirements.map((req) =>
    checkOne(
      req,
      input,
      input.submitted.flatMap((d, i) => (d.kind === req.kind ? [i] : [])),
    ),
  );
  const complete = items.some((i) => i.satisfied === false)
    ? false
    : items.some((i) => i.satisfied === undefined)
      ? undefined
      : true;
  return { complete, items, unexpected };
}

/**
 * 不備の日本語の説明（入力値を含まない）。市町村のルールが指摘のメッセージに使う。
 *
 * @example
 * ```ts
 * describeDatedDocumentProblem('モニタリング表', { kind: 'tooFew', required: 3, actual: 2 });
 * // => 'モニタリング表が足りません（3通必要、提出は2通）。'
 * ```
 */
export function describeDatedDocumentProblem(label: string, problem: DatedDocumentProblem): string {
  switch (problem.kind) {
    case 'missing':
      return `${label}が提出されていません。`;
    case 'tooFew':
      return `${label}が足りません（${problem.required}通必要、提出は${problem.actual}通）。`;
    case 'tooOld':
      return `${label}の日付が期間（${problem.windowFrom}以降）より前です。`;
    case 'afterReferenceDate':
      return `${label}の日付が基準日より後です。`;
    case 'notLatest':
      return `${label}が直近のものではありません（より新しいものが${problem.newerNotSubmitted}通提出されていません）。`;
  }
}
