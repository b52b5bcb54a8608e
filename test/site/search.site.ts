// Japanese search over the built site's documents (the same module and data the landing page uses).
import { describe, expect, it } from 'vitest';
import { buildIndex, search, tokenize } from '../../scripts/docs/site/search';
import { DEFINING_PAGES, requireSite, searchDocs } from './builtSite';

describe('site search (Japanese)', () => {
  requireSite();
  const docs = searchDocs();
  const index = buildIndex(docs);

  it('cuts Japanese into words and folds full-width digits', () => {
    expect(tokenize('提出期限')).toEqual(['提出', '期限']);
    expect(tokenize('２週間')).toEqual(tokenize('2週間'));
  });

  for (const [query, pages] of Object.entries(DEFINING_PAGES))
    it(`「${query}」の最初の結果は定義しているページ`, () => {
      const first = search(index, query)[0];
      expect(first, `「${query}」で結果がない`).toBeDefined();
      const url = String(first?.['url']);
      expect(
        pages.some((p) => url === p || (p.endsWith('-') && url.startsWith(p))),
        `${query} → ${url}`,
      ).toBe(true);
    });

  it('事業対象者 lands on the glossary row of that term', () => {
    const first = search(index, '事業対象者')[0];
    expect(first?.['title']).toBe('事業対象者');
  });

  it('a word no page contains finds nothing', () => {
    expect(search(index, '存在しない語句ゾゾゾ')).toEqual([]);
  });
});
