import type { SourceDocumentId } from './documents';

/**
 * 出典（引用）。どの文書のどの節に基づくかを示す。
 *
 * @example
 * ```ts
 * const c: Citation = { document: 'kobayashi-jiritsu-2025', section: '５ その他 ①' };
 * ```
 */
export interface Citation {
  /** 出典文書の id（{@link SOURCE_DOCUMENTS} のキー）。 */
  readonly document: SourceDocumentId;
  /** 文書内の節・項（例: `３（２）`）。 */
  readonly section: string;
  /** 根拠となる文言の引用（任意）。 */
  readonly quote?: string;
}
