// Where the built site is, for the site tests; fails with the command to run when it has not been built.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchDoc } from '../../scripts/docs/site/search';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The built site (`npm run docs`). */
export const siteDir = join(repoRoot, 'docs', 'site');

/** Throws unless the site (with its API reference) has been built. */
export function requireSite(): void {
  if (!existsSync(join(siteDir, 'index.html')) || !existsSync(join(siteDir, 'api', 'index.html')))
    throw new Error('docs/site がありません。先に `npm run docs` を実行してください。');
}

/** Every file of the site, as paths relative to it. */
export function siteFiles(dir = siteDir, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? siteFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** The search documents the landing page inlines. */
export function searchDocs(): SearchDoc[] {
  const text = readFileSync(join(siteDir, 'assets', 'search-data.js'), 'utf8');
  return JSON.parse(text.slice(text.indexOf('=') + 1, text.lastIndexOf(';'))) as SearchDoc[];
}

/** The queries an auditor types and the pages that define them (the first result must be one of these). */
export const DEFINING_PAGES: Record<string, readonly string[]> = {
  // the dated parameter that holds 小林市's deadlines, or the rule that lists them
  提出期限: ['param/kobayashi.deadlineSchedule.html', 'rule/kobayashi.deadlines.html'],
  // 小林市's eligibility rule (対象者（事業対象者・要支援１・２…）), or 伊勢原市's auditees rule / section
  対象者: [
    'rule/kobayashi.eligibility.html',
    'rule/isehara.auditees.html',
    'source/isehara-tenken-2024.html#s-4-2',
  ],
  // the national evaluation forms
  評価表: [
    'forms/national.preventionEvaluation.html',
    'forms/national.issueSummaryEvaluation.html',
  ],
  // the glossary's definition of the term (its row), not a page that merely mentions it
  事業対象者: ['glossary.html#term-'],
  // 熊本市's verification flow (アドバイス等は２週間以内) or its source section ３（１）
  '2週間': ['rule/kumamoto.verificationFlow.html', 'source/kumamoto-kanyo-2024.html#s-3-1'],
};
