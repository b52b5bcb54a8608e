// Rendering citations against the national register and the documents each city registers.
import type { Citation } from '@kaigo/core';
import { sourceDocument } from '../../packages/cli/src/sourceTitles';

/** Title of a source document, or its id when unknown. */
export function documentTitle(id: string): string {
  return sourceDocument(id)?.title ?? id;
}

/** `文書名（id）節「quote」`. */
export function citationText(c: Citation, withQuote = true): string {
  const quote = withQuote && c.quote ? `「${c.quote}」` : '';
  return `${documentTitle(c.document)}（\`${c.document}\`） ${c.section}${quote}`;
}
