import type { Outcome } from '@kaigo/core';
import { failure, success } from '@kaigo/core';

/** 計画書区分の内訳（初回・紹介・継続のどれに当たるか）。 */
export interface PlanCategoryParts {
  /** 初回。 */
  readonly initial: boolean;
  /** 紹介。 */
  readonly referral: boolean;
  /** 継続。 */
  readonly continuing: boolean;
}

const TABLE: readonly (readonly [string, PlanCategoryParts])[] = [
  ['11', { initial: true, referral: false, continuing: false }],
  ['12', { initial: false, referral: true, continuing: false }],
  ['21', { initial: false, referral: false, continuing: true }],
  ['51', { initial: true, referral: true, continuing: false }],
  ['52', { initial: true, referral: false, continuing: true }],
  ['53', { initial: false, referral: true, continuing: true }],
  ['54', { initial: true, referral: true, continuing: true }],
];

/**
 * 計画書区分コード（UPYOBO No.12、UP1KYO No.16）を、様式の「初回・紹介・継続」の丸の組み合わせとして読む。
 * 51〜54 は組み合わせのコードで、1つの区分に畳まない（例 52 = 初回と継続の両方）。
 *
 * @source mhlw-careplan-csv-v4 別紙 【コード表】計画書区分コード
 * @example
 * ```ts
 * planCategoryParts('52'); // => { ok: true, value: { initial: true, referral: false, continuing: true } }
 * planCategoryParts('22').ok; // => false
 * ```
 */
export function planCategoryParts(code: unknown): Outcome<PlanCategoryParts> {
  const hit = TABLE.find(([c]) => c === code);
  return hit
    ? success(hit[1])
    : failure('planCategory.unknownCode', '計画書区分コードにないコードです。');
}

/**
 * 「初回・紹介・継続」の丸の組み合わせから計画書区分コードを作る（{@link planCategoryParts} の逆）。
 * どれにも丸がなければ失敗。
 *
 * @source mhlw-careplan-csv-v4 別紙 【コード表】計画書区分コード
 * @example
 * ```ts
 * planCategoryFromParts({ initial: true, referral: true, continuing: false }); // => { ok: true, value: '51' }
 * ```
 */
export function planCategoryFromParts(parts: PlanCategoryParts): Outcome<string> {
  let hit: (typeof TABLE)[number] | undefined;
  try {
    if (parts === null || typeof parts !== 'object')
      return failure('planCategory.type', '初回・紹介・継続の真偽値を指定してください。');
    const { initial, referral, continuing } = parts;
    hit = TABLE.find(
      ([, p]) => p.initial === initial && p.referral === referral && p.continuing === continuing,
    );
  } catch {
    return failure(
      'planCategory.unreadable',
      '値を読み取れません（値の読み取りで例外が発生しました）。',
    );
  }
  return hit
    ? success(hit[0])
    : failure('planCategory.empty', '初回・紹介・継続のいずれにも当たらない組み合わせです。');
}
