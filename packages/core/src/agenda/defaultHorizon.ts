/**
 * 予定表の見通し期間の既定の日数（14日）。文脈の `horizonDays` で変えられる。基準日からこの日数の内に期限が来る
 * 未済の項目は `dueSoon`、それより後の項目は一覧から外して集計だけに数える。
 *
 * @example
 * ```ts
 * DEFAULT_AGENDA_HORIZON_DAYS; // => 14
 * ```
 */
export const DEFAULT_AGENDA_HORIZON_DAYS = 14;

/**
 * 見通し期間の日数の上限（約10年）。
 *
 * @example
 * ```ts
 * MAX_AGENDA_HORIZON_DAYS; // => 3660
 * ```
 */
export const MAX_AGENDA_HORIZON_DAYS = 3660;

/**
 * 事例の参照（`caseRef`）の最大の長さ。
 *
 * @example
 * ```ts
 * MAX_CASE_REF_LENGTH; // => 200
 * ```
 */
export const MAX_CASE_REF_LENGTH = 200;

/**
 * 予定表の `groupLabel` を宣言しないときの、事例のまとまり（`group`）の日本語名。
 *
 * @example
 * ```ts
 * DEFAULT_AGENDA_GROUP_LABEL; // => '担当'
 * ```
 */
export const DEFAULT_AGENDA_GROUP_LABEL = '担当';
