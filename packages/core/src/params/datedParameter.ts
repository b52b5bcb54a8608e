import { isIsoDate } from '../date/isoDate';
import type { IsoDate } from '../date/isoDate';
import { failure, success } from '../result/build';
import type { Citation, Outcome, ParameterUse } from '../result/types';

/** 日付付きパラメータの1つの値（`from` から次の値の前日まで有効）。 */
export interface DatedValue<T> {
  /** 適用開始日（含む）。 */
  readonly from: IsoDate;
  /** 値。 */
  readonly value: T;
  /** この値の出典（パラメータ全体の出典と違うとき）。 */
  readonly citation?: Citation;
}

/**
 * 日付付きパラメータ（OpenFisca 流）。金額・日数・期間・書類一覧など、市町村が変えうる数値はすべてこれで持つ。
 *
 * @typeParam T 値の型
 */
export interface DatedParameter<T> {
  /** パラメータ id（例: `kobayashi.fees`）。 */
  readonly id: string;
  /** 日本語の説明。 */
  readonly description: string;
  /** 単位（例: `円/件`、`日`）。 */
  readonly unit?: string;
  /** 出典。 */
  readonly citation: Citation;
  /** 値（適用開始日の昇順）。 */
  readonly values: readonly DatedValue<T>[];
  /** 適用の最終日（含む）。事業期間が決まっているとき。 */
  readonly until?: IsoDate;
  /** 解釈についての注記（原文が曖昧なときの読み方と別の読み方）。 */
  readonly reading?: string;
  /**
   * 上書き（文脈の `parameters`）の値として受け付けるか。省略時は収録した値と同じ形か（同じキーのオブジェクトなど）で
   * 判断する。値が判別共用体（期限の言い回し `DeadlineRule` など）で、別の種類に変えられるときに指定する。
   */
  readonly accepts?: (value: unknown) => boolean;
}

/**
 * 日付付きパラメータを定義する。値は適用開始日の昇順に並べ替えて持つ。
 *
 * @example
 * ```ts
 * const fee = defineParameter<number>({
 *   id: 'example.fee',
 *   description: '事前アセスメントの支援額',
 *   unit: '円/件',
 *   citation: { document: 'kobayashi-jiritsu-2025', section: '３' },
 *   values: [{ from: isoDate('2025-05-01'), value: 3000 }],
 * });
 * ```
 */
export function defineParameter<T>(parameter: DatedParameter<T>): DatedParameter<T> {
  return {
    ...parameter,
    values: [...parameter.values].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
  };
}

/** ある日に有効な値と、その根拠。 */
export interface ValueInForce<T> {
  /** 値。 */
  readonly value: T;
  /** その値の適用開始日。 */
  readonly effectiveFrom: IsoDate;
  /** 出典。 */
  readonly citation: Citation;
}

/**
 * ある日に有効なパラメータの値。収録範囲（最初の適用開始日より前、または `until` より後）の日付は明示的な失敗。
 *
 * @example
 * 実行されるテスト（`valueAt.example.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./valueAt.example.test.ts#valueAt}
 */
export function valueAt<T>(parameter: DatedParameter<T>, date: IsoDate): Outcome<ValueInForce<T>> {
  if (!isIsoDate(date))
    return failure(
      'date.invalid',
      '日付が正しくありません（実在する YYYY-MM-DD ではありません）。',
    );
  if (parameter.until !== undefined && date > parameter.until) {
    return failure(
      'parameter.outOfRange',
      `${parameter.description}は${parameter.until}までの値しか定められていません。`,
    );
  }
  for (let i = parameter.values.length - 1; i >= 0; i--) {
    const v = parameter.values[i];
    if (v && v.from <= date) {
      return success({
        value: v.value,
        effectiveFrom: v.from,
        citation: v.citation ?? parameter.citation,
      });
    }
  }
  return failure(
    'parameter.outOfRange',
    `${parameter.description}は${parameter.values[0]?.from ?? '—'}より前の値が定められていません。`,
  );
}

/**
 * ルール結果に載せる「使用したパラメータ」の記録を作る。
 *
 * @example
 * ```ts
 * const v = valueAt(fee, isoDate('2025-06-01'));
 * if (v.ok) parameterUse(fee, v.value); // => { id: 'example.fee', value: 3000, effectiveFrom: '2025-05-01', citation: … }
 * ```
 */
export function parameterUse<T>(
  parameter: DatedParameter<T>,
  inForce: ValueInForce<T>,
): ParameterUse {
  return {
    id: parameter.id,
    value: inForce.value,
    effectiveFrom: inForce.effectiveFrom,
    citation: inForce.citation,
  };
}
