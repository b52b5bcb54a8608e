import type { Citation } from '../result/types';

/** コード表の1行。 */
export interface CodeEntry<C extends string = string> {
  /** コード値（文字列。先頭の0は意味を持つ）。 */
  readonly code: C;
  /** 日本語の名称。 */
  readonly label: string;
}

/**
 * コード表。全国様式・CSV レイアウトの項目ごとに1つ（同じ名前でも項目によりコードが違うため統合しない）。
 *
 * @example
 * ```ts
 * const sex = defineCodeTable('sex', '性別', { document: 'mhlw-careplan-csv-v4', section: 'UPKIHON No.16' }, [
 *   { code: '1', label: '男性' },
 *   { code: '2', label: '女性' },
 * ] as const);
 * ```
 */
export interface CodeTable<C extends string = string> {
  /** コード表 id。 */
  readonly id: string;
  /** 日本語の名称。 */
  readonly label: string;
  /** 出典。 */
  readonly source: Citation;
  /** 行。 */
  readonly entries: readonly CodeEntry<C>[];
}

/**
 * コード表を定義する（型の上でコード値の集合を保つ）。
 *
 * @example
 * ```ts
 * const t = defineCodeTable('yesNo', '有無', { document: 'mhlw-careplan-csv-v4', section: '有無' }, [
 *   { code: '1', label: '有' },
 *   { code: '2', label: '無' },
 * ] as const);
 * codeLabel(t, '2'); // => '無'
 * ```
 */
export function defineCodeTable<const E extends readonly CodeEntry[]>(
  id: string,
  label: string,
  source: Citation,
  entries: E,
): CodeTable<E[number]['code']> {
  return { id, label, source, entries };
}

/**
 * コード値の名称。表にないコードなら undefined。
 *
 * @example
 * ```ts
 * codeLabel(CARE_LEVEL_CODES_KYOTAKU, '06'); // => '事業対象者'
 * ```
 */
export function codeLabel(table: CodeTable, code: unknown): string | undefined {
  return table.entries.find((e) => e.code === code)?.label;
}

/**
 * 値がコード表のコードか。
 *
 * @example
 * ```ts
 * isCodeOf(CARE_LEVEL_CODES_KYOTAKU, '06'); // => true
 * isCodeOf(CARE_LEVEL_CODES_KIHON, '06'); // => false
 * ```
 */
export function isCodeOf<C extends string>(table: CodeTable<C>, value: unknown): value is C {
  return table.entries.some((e) => e.code === value);
}

/**
 * コード表のコード値の一覧。
 *
 * @example
 * ```ts
 * codesOf(SUPPORT_LEVEL_CODES_YOBO); // => ['1', '2', '3']
 * ```
 */
export function codesOf<C extends string>(table: CodeTable<C>): C[] {
  return table.entries.map((e) => e.code);
}
