import type { Citation } from '@kaigo/core';

/** 構造の検査に渡す1行: 物理行（書き込みでは何件目か）と、項目キー → 値（入れ子のキーも `.` 区切りの平らなキー）。 */
export interface StructureRow {
  /** 行番号（読み込みではファイルの物理行、書き込みでは何件目のレコードか。1 始まり）。 */
  readonly line: number;
  /** 項目キー（`typeLimits.0.serviceTypeCode` など平らなキー）→ オブジェクトの値（日付は `YYYY-MM-DD`）。 */
  readonly values: Readonly<Record<string, unknown>>;
}

/** 構造の検査の文脈（ファイル単位）。 */
export interface StructureContext {
  /** ファイルの ID（`UPHOSOKU` など）。 */
  readonly prefix: string;
  /**
   * ファイル名の年月（ファイル名を渡したときだけ）。`undefined` はファイル名がない、`null` はファイル名の年月が
   * `000000`（または年月の部分がない）。
   */
  readonly fileMonth?: string | null | undefined;
}

/** 構造の検査の指摘1件（項目名を付ける前のメッセージ。入力値を含めない）。 */
export interface StructureProblem {
  /** 安定した英語のコード（`structure.` で始まる）。 */
  readonly code: string;
  /** 日本語のメッセージ。 */
  readonly message: string;
  /** 行（ファイル全体の指摘なら省略）。 */
  readonly line?: number;
  /** 項目キー。 */
  readonly key?: string;
}

/**
 * ファイルの構造の検査（1行の中の項目の組み合わせ、ファイルの行の組み合わせ）。レイアウト定義書の注記を
 * 1か所で宣言し、{@link readCsv} と {@link writeCsv} が同じ宣言を使う（読むときは指摘、書くときはファイルを作らない）。
 * 本体は純粋で、時間は行数に比例すること。
 */
export interface StructureCheck {
  /** 安定した id（`v4.<名前>`）。 */
  readonly id: string;
  /** 日本語の題名。 */
  readonly title: string;
  /** 出典（レイアウト定義書のファイルと項目番号）。指摘の `source` になる。 */
  readonly source: Citation;
  /** 原文が曖昧なとき、採った読み方と別の読み方。 */
  readonly reading?: string;
  /** 対象のファイルの ID。 */
  readonly prefixes: readonly string[];
  /** 検査の本体。 */
  readonly check: (
    rows: readonly StructureRow[],
    context: StructureContext,
  ) => readonly StructureProblem[];
}

/**
 * 構造の検査を宣言する（形を確かめて、そのまま返す）。
 *
 * @example
 * ```ts
 * const check = defineStructureCheck({
 *   id: 'v4.example',
 *   title: '例',
 *   source: cite('mhlw-careplan-csv-v4', '別紙 第6表 No.10'),
 *   prefixes: ['UPPLAN'],
 *   check: () => [],
 * });
 * ```
 */
export function defineStructureCheck(check: StructureCheck): StructureCheck {
  if (!/^v4\.[A-Za-z0-9]+$/.test(check.id)) throw new Error(`structure check id ${check.id}`);
  return check;
}
