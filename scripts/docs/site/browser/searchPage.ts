// The landing page's search box: builds the index from the inlined documents (window.KAIGO_SEARCH) and lists
// the results as links. No network: works from file://.
// The repository's typecheck is Node-only (no DOM library, which would change Node's stream types), so the
// browser globals this page uses are declared loosely here; esbuild bundles it for the browser.
/* eslint-disable @typescript-eslint/no-explicit-any */
type El = any;
declare const document: any;
declare const window: any;
declare const location: any;
/* eslint-enable @typescript-eslint/no-explicit-any */
import { buildIndex, search, type SearchDoc } from '../search';

const docs = (window.KAIGO_SEARCH ?? []) as SearchDoc[];
const index = buildIndex(docs);
const box = document.getElementById('q') as El | null;
const list = document.getElementById('results');

function show(query: string): void {
  if (!list) return;
  list.replaceChildren();
  const results = search(index, query).slice(0, 20);
  if (query.trim() !== '' && results.length === 0) {
    const li = document.createElement('li');
    li.textContent = `「${query}」に一致するページはありません。`;
    list.append(li);
  }
  for (const r of results) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = String(r['url']);
    a.textContent = String(r['title']);
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = String(r['kind']);
    li.append(kind, ' ', a);
    list.append(li);
  }
}

if (box) {
  box.addEventListener('input', () => show(box.value));
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    box.value = initial;
    show(initial);
  }
}
