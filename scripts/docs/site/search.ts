// The site's Japanese search, shared by the page (bundled with esbuild) and the tests: MiniSearch (a maintained,
// dependency-free full-text index that runs in the browser from a script tag, so the site works from file://)
// with words cut by Intl.Segmenter('ja'), which splits 提出期限 into 提出 / 期限 where MiniSearch's own tokenizer
// (spaces and punctuation) would keep a whole sentence as one token. Text is NFKC-folded, so ２週間 = 2週間.
import MiniSearch, { type SearchResult } from 'minisearch';

/** A page (or a part of one: a source section, a glossary row) as the index sees it. */
export interface SearchDoc {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  /** 種類（ルール・パラメータ・原文・様式・用語集・市）。 */
  readonly kind: string;
  readonly text: string;
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** Words of a Japanese (or mixed) text: NFKC, lower case, word-like segments only. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text.normalize('NFKC').toLowerCase()))
    if (s.isWordLike) out.push(s.segment);
  return out;
}

/** Builds the index in memory (the page does this at load time from the inlined documents). */
export function buildIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'text'],
    storeFields: ['url', 'title', 'kind'],
    tokenize,
    processTerm: (t) => t,
    searchOptions: { boost: { title: 4 }, combineWith: 'AND', prefix: false, fuzzy: false },
  });
  index.addAll(docs as SearchDoc[]);
  return index;
}

/**
 * Results best first: the page titled exactly the query (its definition), then pages whose title contains the
 * whole query, then pages that only mention its words (BM25 score within each tier).
 */
export function search(index: MiniSearch<SearchDoc>, query: string): SearchResult[] {
  const q = query.normalize('NFKC').toLowerCase().trim();
  if (q === '') return [];
  const results = index.search(q);
  const tier = (r: SearchResult): number => {
    const title = String(r['title']).normalize('NFKC').toLowerCase();
    return title === q ? 2 : title.includes(q) ? 1 : 0;
  };
  return results.sort((a, b) => tier(b) - tier(a) || b.score - a.score);
}
