/** Internal helpers of the reader and the writer (not exported from the package). */
import type { CsvIssue } from '../codec/issue';

/** Pushes one by one: `push(...xs)` overflows the call stack on input-sized arrays. */
export function pushAll<T>(to: T[], from: readonly T[]): void {
  for (let k = 0; k < from.length; k++) to.push(from[k] as T);
}

interface WriteOptionsSnapshot {
  readonly fileName?: string;
  readonly substitutions?: ReadonlyMap<string, string>;
}

/** Reads the options once (a getter or a Proxy trap can throw only here). */
export function readWriteOptions(
  options: unknown,
  issues: CsvIssue[],
): WriteOptionsSnapshot | undefined {
  if (typeof options !== 'object' || options === null) return {};
  let fileName: unknown;
  let subs: unknown;
  try {
    const o = options as Record<string, unknown>;
    fileName = o.fileName;
    subs = o.substitutions;
  } catch {
    issues.push({
      code: 'options.unreadable',
      severity: 'error',
      message: 'オプションを読み取れません（値の読み取りで例外が発生しました）。',
    });
    return undefined;
  }
  if (subs === undefined || subs === null) return typeof fileName === 'string' ? { fileName } : {};
  const map = new Map<string, string>();
  const bad = (message: string): undefined => {
    issues.push({ code: 'options.substitutions', severity: 'error', message });
    return undefined;
  };
  if (typeof subs !== 'object')
    return bad('置き換え表（substitutions）はオブジェクトで指定してください。');
  try {
    for (const from of Object.keys(subs)) {
      const to = (subs as Record<string, unknown>)[from];
      if (typeof to !== 'string')
        return bad('置き換え表（substitutions）の置き換え先は文字列で指定してください。');
      if ([...from].length !== 1)
        return bad('置き換え表（substitutions）の置き換え元は1文字で指定してください。');
      map.set(from, to);
    }
  } catch {
    return bad('置き換え表（substitutions）を読み取れません（値の読み取りで例外が発生しました）。');
  }
  return typeof fileName === 'string' ? { fileName, substitutions: map } : { substitutions: map };
}
