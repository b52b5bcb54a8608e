// Link check over the whole built site: every internal href/src resolves to a file (inside the site, or a
// repository file for the API's source links) and every #fragment to an id on that page; no placeholder URL.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, requireSite, searchDocs, siteDir, siteFiles } from './builtSite';

const PLACEHOLDERS = /example\.invalid|example\.com|（パラメータの出典）|kaigo-src:/;

describe('site link check', () => {
  requireSite();
  const html = siteFiles().filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const idsOf = (abs: string): Set<string> => {
    let set = ids.get(abs);
    if (!set) {
      set = new Set(
        [...readFileSync(abs, 'utf8').matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1] ?? ''),
      );
      ids.set(abs, set);
    }
    return set;
  };

  it('has the pages an auditor needs', () => {
    for (const p of ['index.html', 'glossary.html', 'forms/index.html', 'api/index.html'])
      expect(html).toContain(p);
    const rules = searchDocs().filter((d) => d.kind === 'ルール').length;
    expect(rules).toBeGreaterThan(0);
    expect(html.filter((f) => f.startsWith('rule/')).length).toBe(rules);
    expect(html.filter((f) => f.startsWith('try/')).length).toBe(
      html.filter((f) => f.startsWith('rule/')).length,
    );
    expect(html.filter((f) => f.startsWith('source/')).length).toBe(5);
  });

  it('no broken internal link and no placeholder URL', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of [...html, ...siteFiles().filter((f) => f.endsWith('.js'))]) {
      const abs = join(siteDir, file);
      const text = readFileSync(abs, 'utf8');
      const placeholder = PLACEHOLDERS.exec(text);
      if (placeholder) broken.push(`${file}: プレースホルダ ${placeholder[0]}`);
      if (!file.endsWith('.html')) continue;
      for (const m of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const url = (m[1] ?? '').replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|data:|javascript:)/.test(url)) continue;
        checked++;
        const [path = '', fragment] = url.split('#');
        const target =
          path === '' ? abs : resolve(dirname(abs), decodeURI(path.split('?')[0] ?? ''));
        if (!target.startsWith(repoRoot) || !existsSync(target)) {
          broken.push(`${file}: ${url}`);
          continue;
        }
        const insideSite = !relative(siteDir, target).startsWith('..');
        if (fragment && insideSite && target.endsWith('.html') && !fragment.startsWith('L')) {
          if (!idsOf(target).has(decodeURIComponent(fragment)))
            broken.push(`${file}: ${url}（#${fragment} がない）`);
        }
      }
    }
    expect(broken.slice(0, 30)).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
