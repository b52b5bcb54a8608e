// Rendering citations against the SOURCE_DOCUMENTS register.
import type { Citation } from '@kaigo/core';
import { SOURCE_DOCUMENTS } from '@kaigo/core';

/** Title of a source document, or its id when unknown. */
export function documentTitle(id: string): string {
  const doc = (SOURCE_DOCUMENTS as Record<string, { title: string } | undefined>)[id];
  return doc?.title ?? id;
}

/** `文書名（id）節「quote」`. */
export function citationText(c: Citation, withQuote = true): string {
  const quote = withQuote && c.quote ? `「${c.quote}」` : '';
  return `${documentTitle(c.document)}（\`${c.document}\`） ${c.section}${quote}`;
}
