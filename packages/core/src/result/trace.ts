import type { IsoDate } from '../date/isoDate';
import type { Path } from '../result/types';

/**
 * 判定の道筋の1歩（トレース）。日付・コード・件数・パラメータの値だけを持ち、氏名・自由記述・識別番号は持たない
 * （ラベルと説明はルールのコードに書かれた定型文。入力の文字列をここに入れない）。
 *
 * - `parameter`: 使ったパラメータの値（上書きなら `origin: 'override'`）
 * - `date`: 日付の計算（例: 支援開始後10日以内: 2025-06-03 → 2025-06-13、初日不算入）
 * - `condition`: 判定を決めた条件とその結果
 * - `missing`: 判定に必要だが入力になかった項目
 *
 * @example
 * ```ts
 * const step: TraceStep = {
 *   kind: 'date',
 *   label: '対象者名簿の提出期限',
 *   phrase: '支援開始後10日以内',
 *   from: isoDate('2025-06-03'),
 *   to: isoDate('2025-06-13'),
 *   convention: '初日不算入',
 * };
 * ```
 */
export type TraceStep =
  | {
      readonly kind: 'parameter';
      /** パラメータ id。 */
      readonly id: string;
      /** 使った値。 */
      readonly value: unknown;
      /** その値の適用開始日。 */
      readonly effectiveFrom: string;
      /** どの日の値として読んだか。 */
      readonly at: IsoDate;
      /** `encoded`（SDK に収録した値）か `override`（文脈で上書きした値）か。 */
      readonly origin: ParameterOrigin;
    }
  | {
      readonly kind: 'date';
      /** 何の日付か（定型文）。 */
      readonly label: string;
      /** 原文の言い回し（例: `10日以内`、`翌月10日まで`）。 */
      readonly phrase?: string;
      /** 起点の日付。 */
      readonly from: IsoDate;
      /** 結果の日付。 */
      readonly to: IsoDate;
      /** 数え方の約束（例: `初日不算入`）。 */
      readonly convention?: string;
    }
  | {
      readonly kind: 'condition';
      /** 条件の英語コード。 */
      readonly code: string;
      /** 条件の日本語の説明（定型文）。 */
      readonly label: string;
      /** 条件の結果（真偽・件数・コード）。 */
      readonly outcome: boolean | number | string;
    }
  | {
      readonly kind: 'missing';
      /** 入力の位置。 */
      readonly path: Path;
      /** 項目の日本語名。 */
      readonly label: string;
    };

/** パラメータの値の由来。`encoded` は SDK に収録した値、`override` は文脈 `parameters` で上書きした値。 */
export type ParameterOrigin = 'encoded' | 'override';
