import type { SourceDocument } from '@kaigo/core';
import { SOURCE_DOCUMENTS } from '@kaigo/core';
import { allCities } from './registry';

let registered: Map<string, SourceDocument> | undefined;

/**
 * 出典文書の書誌（国の文書、または市が `defineCity` で登録した文書）。未登録なら undefined。
 *
 * @example
 * ```ts
 * sourceDocument('kobayashi-jiritsu-2025')?.publisher; // => '小林市'
 * ```
 */
export function sourceDocument(id: string): SourceDocument | undefined {
  if (Object.hasOwn(SOURCE_DOCUMENTS, id))
    return SOURCE_DOCUMENTS[id as keyof typeof SOURCE_DOCUMENTS];
  registered ??= new Map(
    allCities().flatMap((c) => (c.definition?.sources ?? []).map((s) => [s.id, s] as const)),
  );
  return registered.get(id);
}
