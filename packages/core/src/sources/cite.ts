import type { Citation } from './citation';
import type { SourceDocumentId } from './documents';

/**
 * 出典を作る。
 *
 * @example
 * ```ts
 * cite('kumamoto-kanyo-2024', '３（１）②', '２週間以内に');
 * // => { document: 'kumamoto-kanyo-2024', section: '３（１）②', quote: '２週間以内に' }
 * ```
 */
export function cite(document: SourceDocumentId, section: string, quote?: string): Citation {
  return quote === undefined ? { document, section } : { document, section, quote };
}
