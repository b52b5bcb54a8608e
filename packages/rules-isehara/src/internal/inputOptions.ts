import type { PrepareRuleInputOptions } from '@kaigo/forms';

/**
 * 伊勢原市のルールの入力検証の設定（内部用）: 未知の項目の指摘は親の位置を指し、項目名（それ自体が入力）を
 * 結果に残さない。
 *
 * @source isehara-tenken-2024 ４
 */
export const UNKNOWN_KEYS: PrepareRuleInputOptions = { unknownKeyPath: 'parent' };
