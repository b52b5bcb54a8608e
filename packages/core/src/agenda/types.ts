import type { IsoDate } from '../date/isoDate';
import type { Citation, Finding } from '../result/types';
import type { RuleInput } from '../rule/ruleInput';

/**
 * 予定表（agenda）の項目の状態。
 * - `overdue`: 未済のまま期限（基準日）を過ぎた
 * - `dueSoon`: 未済で、期限が基準日から見通し期間（`horizonDays`）の内にある
 * - `pending`: 未済で、期限がまだ先（見通し期間より後の項目は一覧から外し、集計だけに数える）か、期限のない随時のもの
 * - `met`: 済んだ（期限後に済んだものは `late: true`）
 * - `unknown`: 起点の日などが分からず、期限を決められない（`missing` に不足）
 */
export type AgendaStatus = 'overdue' | 'dueSoon' | 'pending' | 'met' | 'unknown';

/** 市の予定表が1件の事例について返す項目の下書き（`caseRef` と `dueSoon` は {@link streamAgenda} が付ける）。 */
export interface AgendaItemDraft {
  /** 事例の中での項目の id（例: 期限の id `roster`）。 */
  readonly id: string;
  /** 項目を作ったルールの id（例: `kobayashi.deadlines`）。 */
  readonly ruleId: string;
  /** 何をするか（日本語。入力の文字列を入れない）。 */
  readonly what: string;
  /** 期限日。 */
  readonly due?: IsoDate;
  /** 提出・実施できる最初の日（随時のものなど）。 */
  readonly opensOn?: IsoDate;
  /** 状態（`dueSoon` は付けない。未済で期限前なら `pending` とし、見通し期間の内なら `dueSoon` になる）。 */
  readonly status: Exclude<AgendaStatus, 'dueSoon'>;
  /** 期限後に済んだか（`met` のときのみ意味を持つ）。 */
  readonly late?: boolean;
  /** 出典。 */
  readonly citation: Citation;
  /** 期限を決めるのに不足している入力の日本語名。 */
  readonly missing?: readonly string[];
}

/** 予定表の項目1件。 */
export interface AgendaItem {
  /** 事例の参照（呼び出し側が付けた不透明な文字列。解釈しない）。 */
  readonly caseRef: string;
  /** 項目を作ったルールの id。 */
  readonly ruleId: string;
  /** 事例の中での項目の id。 */
  readonly itemId: string;
  /** 何をするか（日本語）。 */
  readonly what: string;
  /** 事例のまとまり（事業所・ささえりあ・介護支援専門員など。呼び出し側が事例に付けた不透明な参照 `group`）。 */
  readonly group?: string;
  /** 期限日。 */
  readonly due?: IsoDate;
  /** 提出・実施できる最初の日。 */
  readonly opensOn?: IsoDate;
  /** 状態。 */
  readonly status: AgendaStatus;
  /** 期限後に済んだか（`met` のとき）。 */
  readonly late?: boolean;
  /** 出典。 */
  readonly citation: Citation;
  /** 不足している入力の日本語名。 */
  readonly missing: readonly string[];
}

/** 予定表の文脈を読んだもの（{@link parseAgendaContext}）。 */
export interface AgendaEnv {
  /** 基準日（「今日」）。 */
  readonly referenceDate: IsoDate;
  /** 見通し期間の日数。 */
  readonly horizonDays: number;
  /** 見通し期間の最後の日（基準日 + `horizonDays`）。 */
  readonly horizonEnd: IsoDate;
  /** ルールにそのまま渡す文脈（`{ referenceDate, parameters? }`）。 */
  readonly ruleContext: { readonly referenceDate: IsoDate; readonly parameters?: unknown };
}

/** {@link AgendaDeclaration.items} が返すもの: 項目の下書きの並び、または項目と指摘。 */
export type AgendaItemsOutcome =
  | readonly AgendaItemDraft[]
  | { readonly items: readonly AgendaItemDraft[]; readonly findings?: readonly Finding[] };

/**
 * 予定表の宣言。市ごとに1つ書き、`defineCity` の `agenda` に置く。
 *
 * @typeParam C 検証済みの事例の入力の型
 */
export interface AgendaDeclaration<C> {
  /** 予定表の id（`<市>.agenda`）。 */
  readonly id: string;
  /** 日本語の名称。 */
  readonly title: string;
  /** 事例の入力の検証（ルールの `input` と同じ形）。 */
  readonly caseInput: RuleInput<C>;
  /**
   * 事例の `group`（呼び出し側が付ける不透明な参照）が何のまとまりか（日本語。例: `事業所`・`ささえりあ`・
   * `介護支援専門員`）。表の列名と、まとまりごとの状況表（{@link AgendaSummary.byGroup}）の見出しに使う。省略時は `担当`。
   */
  readonly groupLabel?: string;
  /** 検証済みの事例から項目の下書きを作る。純粋（I/O も時計も使わない）。例外は事例ごとの指摘になる。 */
  items(input: C, env: AgendaEnv): AgendaItemsOutcome;
}

/**
 * {@link defineAgenda} が返す予定表。
 *
 * @typeParam C 検証済みの事例の入力の型
 */
export type Agenda<C = unknown> = AgendaDeclaration<C>;

/** 事例1件の結果（{@link streamAgenda} が1件ずつ返す）。 */
export interface AgendaCaseOutcome {
  /** 事例一覧の中の位置（0 から。文脈が不正で事例を読まなかったときは -1）。 */
  readonly index: number;
  /** 事例の参照（読めたときのみ）。 */
  readonly caseRef?: string;
  /** 事例のまとまり（事例に `group` があったときのみ）。 */
  readonly group?: string;
  /** `ok` 項目を作れた、`invalid` 事例を読めず項目がない。 */
  readonly status: 'ok' | 'invalid';
  /** 見通し期間の内の項目（期限の順）。 */
  readonly items: readonly AgendaItem[];
  /** 見通し期間より後で一覧から外した項目（集計用）。 */
  readonly beyondHorizon: readonly AgendaItem[];
  /** 事例の指摘（入力の誤りなど）。 */
  readonly findings: readonly Finding[];
}

/** まとまり（事業所・ささえりあ・介護支援専門員など）1つの状況（{@link AgendaSummary.byGroup}）。 */
export interface AgendaGroupSummary {
  /** 事例の件数。 */
  readonly cases: number;
  /** 状態ごとの件数（見通し期間より後の項目は `pending`）。 */
  readonly byStatus: Readonly<Record<AgendaStatus, number>>;
  /** ルール id ごとの件数。 */
  readonly byRule: Readonly<Record<string, number>>;
  /** 最も早い未済の期限（期限切れ・期限間近・予定のうち。なければ省略）。 */
  readonly nextDue?: IsoDate;
}

/** 予定表の集計。見通し期間より後の項目も `pending` として数える。 */
export interface AgendaSummary {
  /** 状態ごとの件数。 */
  readonly byStatus: Readonly<Record<AgendaStatus, number>>;
  /** ルール id ごとの件数。 */
  readonly byRule: Readonly<Record<string, number>>;
  /** 見通し期間より後で一覧から外した件数。 */
  readonly beyondHorizon: number;
  /** 事例の件数と、読めなかった事例の件数。 */
  readonly cases: { readonly total: number; readonly invalid: number };
  /**
   * まとまり（事例の `group`）ごとの状況表。まとまりの参照の順（文字列の順）。`group` のない事例は数えない。
   * まとまりの数だけメモリを使う（事例の数にはよらない）。
   */
  readonly byGroup: Readonly<Record<string, AgendaGroupSummary>>;
}

/** 事例1件の報告（{@link AgendaResult.cases}）。 */
export interface AgendaCaseReport {
  /** 事例一覧の中の位置（0 から）。 */
  readonly index: number;
  /** 事例の参照（読めたときのみ）。 */
  readonly caseRef?: string;
  /** 事例のまとまり（あれば）。 */
  readonly group?: string;
  /** 事例の状態。 */
  readonly status: 'ok' | 'invalid';
  /** 見通し期間の内の項目の件数。 */
  readonly itemCount: number;
  /** 状態ごとの件数（見通し期間より後の項目も `pending` として数える。事例1件の状況表）。 */
  readonly byStatus: Readonly<Record<AgendaStatus, number>>;
  /** 事例の指摘。 */
  readonly findings: readonly Finding[];
}

/** {@link runAgenda} の結果。 */
export interface AgendaResult {
  /** 予定表の id。 */
  readonly agenda: string;
  /** 事例の `group` が何のまとまりか（{@link AgendaDeclaration.groupLabel}、既定 `担当`）。 */
  readonly groupLabel: string;
  /** 文脈の誤りなど、事例全体に関わる指摘（あれば項目はない）。 */
  readonly findings: readonly Finding[];
  /** 見通し期間の内の項目（期限の順。期限のないものは最後、同じ期限は事例一覧の順）。 */
  readonly items: readonly AgendaItem[];
  /** 事例ごとの報告。 */
  readonly cases: readonly AgendaCaseReport[];
  /** 集計。 */
  readonly summary: AgendaSummary;
}
