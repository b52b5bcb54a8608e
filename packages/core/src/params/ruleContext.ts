import type { IsoDate } from '../date/isoDate';
import { failure, success } from '../result/build';
import type { Outcome } from '../result/types';
import { parseDateInput } from '../wareki/parseDateInput';

/**
 * ルール関数の文脈。「今日」は時計から取らず、必ず基準日として渡す。
 */
export interface RuleContext {
  /** 基準日（判定の基準となる日。「今日」）。 */
  readonly referenceDate: IsoDate;
}

/**
 * 値をルールの文脈として読む。`referenceDate` は `YYYY-MM-DD` または和暦。どんな値でも例外は投げない:
 * 読むと例外を投げる getter や Proxy の文脈は `context.unreadable` の失敗になる。
 *
 * @example
 * ```ts
 * parseRuleContext({ referenceDate: '令和7年6月1日' }); // => { ok: true, value: { referenceDate: '2025-06-01' } }
 * parseRuleContext({}).ok; // => false
 * ```
 */
export function parseRuleContext(value: unknown): Outcome<RuleContext> {
  let raw: unknown;
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return notAnObject();
    raw = (value as { referenceDate?: unknown }).referenceDate;
  } catch {
    // A throwing getter or Proxy trap (including a revoked Proxy in Array.isArray): report, never throw.
    return failure(
      'context.unreadable',
      '文脈を読み取れません（値を返さない項目があります）。',
      [],
    );
  }
  if (raw === undefined)
    return failure('context.referenceDate.missing', '基準日（referenceDate）がありません。', [
      'referenceDate',
    ]);
  const date = parseDateInput(raw);
  if (!date.ok)
    return failure('context.referenceDate.invalid', `基準日: ${date.error.message}`, [
      'referenceDate',
    ]);
  return success({ referenceDate: date.value });
}

function notAnObject(): Outcome<RuleContext> {
  return failure('context.type', '文脈はオブジェクト（{ referenceDate }）で指定してください。', []);
}
