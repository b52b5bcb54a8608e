// Builds the auditor's static site into docs/site/ (after typedoc has written docs/site/api): landing page, city
// pages, one page per rule and per parameter, annotated source documents (read from the seeds at build time),
// forms and glossary pages (from the generated Markdown), the Japanese search and a try-it page per rule.
//   npm run docs                              typedoc, then this script
//   KAIGO_SOURCE_BASE_URL=https://…/blob/main  source links to a hosted repository instead of relative paths
//   KAIGO_SEEDS_DIR=…                          where the seed documents are (default ../shared/seeds)
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import MarkdownIt from 'markdown-it';
import type { Citation, DatedParameter, RuleDescriptor, RuleResult } from '@kaigo/core';
import { allCities, sdkForms, type CityRules } from '@kaigo/cli';
import { documentTitle } from '../sources';
import { CSS, esc, link, page, table } from './html';
import { normativeKinds, uncoveredReason } from './coverage';
import { readSeeds, repoRoot } from './seeds';
import type { SearchDoc } from './search';
import { parseSections, resolveSection, sectionLabel, type Section } from './sections';

const started = process.hrtime.bigint();
const out = join(repoRoot, 'docs', 'site');
const files = new Map<string, string>();
const problems: string[] = [];
const searchDocs: SearchDoc[] = [];

const STATUS: Record<string, string> = {
  decided: '判定済み',
  undetermined: '判定不能（入力不足）',
  invalid: '入力不正',
};

const seeds = readSeeds();
const sections = new Map(seeds.map((d) => [d.id, parseSections(d.id, d.text)]));
const cities = allCities();
const rules = cities.flatMap((city) => city.rules.map((rule) => ({ city, rule })));
const params = cities.flatMap((city) => city.parameters.map((param) => ({ city, param })));

const ruleUrl = (id: string): string => `rule/${id}.html`;
const paramUrl = (id: string): string => `param/${id}.html`;
const tryUrl = (id: string): string => `try/${id}.html`;
const cityUrl = (id: string): string => `city/${id}.html`;
const sourceUrl = (doc: string, anchor?: string): string =>
  `source/${doc}.html${anchor ? `#${anchor}` : ''}`;

/** Script-safe JSON (no `</script>` inside). */
const inline = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

// ---- citations → sections (one normalised section per citation; a citation that matches none fails the build)
interface Annotation {
  readonly kind: 'rule' | 'param';
  readonly id: string;
  readonly title: string;
  readonly detail: string;
  readonly reading?: string;
}
const annotations = new Map<string, Annotation[]>();
function resolveCitation(c: Citation, who: string): Section | undefined {
  const ss = sections.get(c.document);
  if (!ss) return undefined; // a national document (forms): no seed text to point at
  const r = resolveSection(ss, c.section);
  if (!r) problems.push(`${who}: ${c.document}「${c.section}」に当たる節が原文にありません`);
  return r?.section;
}
function annotate(c: Citation, a: Annotation): void {
  const s = resolveCitation(c, a.id);
  if (!s) return;
  const key = `${c.document}#${s.anchor}`;
  const list = annotations.get(key) ?? [];
  if (!list.some((x) => x.kind === a.kind && x.id === a.id && x.detail === a.detail)) list.push(a);
  annotations.set(key, list);
}
for (const { rule } of rules)
  for (const c of rule.sources) {
    const r = sections.get(c.document) && resolveSection(sections.get(c.document) ?? [], c.section);
    annotate(c, { kind: 'rule', id: rule.id, title: rule.title, detail: r ? r.detail : '' });
  }
for (const { param } of params)
  for (const c of [
    param.citation,
    ...param.values.flatMap((v) => (v.citation ? [v.citation] : [])),
  ]) {
    const r = sections.get(c.document) && resolveSection(sections.get(c.document) ?? [], c.section);
    annotate(c, {
      kind: 'param',
      id: param.id,
      title: param.description,
      detail: r ? r.detail : '',
      ...(param.reading ? { reading: param.reading } : {}),
    });
  }

/** A citation as a link to its annotated section (`root` = path to the site root). */
function cite(c: Citation, root: string): string {
  const ss = sections.get(c.document);
  const r = ss ? resolveSection(ss, c.section) : undefined;
  const doc = documentTitle(c.document);
  const quote = c.quote ? `「${esc(c.quote)}」` : '';
  if (!r) return `${esc(doc)}（<code>${esc(c.document)}</code>） ${esc(c.section)}${quote}`;
  const detail = r.detail ? `（${esc(r.detail)}）` : '';
  return `${link(`${root}${sourceUrl(c.document, r.section.anchor)}`, `${doc} ${sectionLabel(r.section)}`)}${detail}${quote}`;
}

const pre = (v: unknown): string =>
  v === undefined ? '—' : `<pre>${esc(JSON.stringify(v, null, 2))}</pre>`;

function runExample(rule: RuleDescriptor, input: unknown, context: unknown): RuleResult<unknown> {
  try {
    return rule.evaluate(input, context);
  } catch (error) {
    throw new Error(`${rule.id}: the example threw`, { cause: error });
  }
}

function findingsHtml(r: RuleResult<unknown>, root: string): string {
  if (r.findings.length === 0) return '—';
  return `<ul>${r.findings
    .map(
      (f) =>
        `<li class="finding ${esc(f.severity)}"><code>${esc(f.code)}</code> ${esc(f.message)}${
          f.path && f.path.length > 0 ? ` <code>${esc(f.path.join('.'))}</code>` : ''
        }${f.citation ? ` — ${cite(f.citation, root)}` : ''}</li>`,
    )
    .join('')}</ul>`;
}

const usedBy = (id: string): { city: CityRules; rule: RuleDescriptor }[] =>
  rules.filter(({ rule }) => (rule.parameters ?? []).some((p) => p.id === id));

// ---- rule pages
for (const { city, rule } of rules) {
  const root = '../';
  const results = rule.examples.map((ex) => runExample(rule, ex.input, ex.context));
  const body = [
    `<p>${link(`${root}${cityUrl(city.city)}`, `${city.name} ルールカタログ`)} › ルール</p>`,
    `<h1>${esc(rule.title)}</h1>`,
    `<p>id: <code>${esc(rule.id)}</code> ・ ${link(`${root}${tryUrl(rule.id)}`, 'このルールを試す（ブラウザで実行）')}</p>`,
    rule.description ? `<p>${esc(rule.description)}</p>` : '',
    '<h2>出典</h2>',
    `<ul>${rule.sources.map((s) => `<li>${cite(s, root)}</li>`).join('')}</ul>`,
    '<h2>パラメータ</h2>',
    (rule.parameters ?? []).length === 0
      ? '<p>なし</p>'
      : `<ul>${(rule.parameters ?? [])
          .map(
            (p) =>
              `<li>${link(`${root}${paramUrl(p.id)}`, p.description)} <code>${esc(p.id)}</code></li>`,
          )
          .join('')}</ul>`,
    '<h2>例（<code>evaluate</code> を実行した結果）</h2>',
    rule.examples.length === 0
      ? '<p>例: なし</p>'
      : table(
          ['例', '基準日', '状態', '判定', '指摘'],
          rule.examples.map((ex, i) => {
            const r = results[i] as RuleResult<unknown>;
            const ctx = ex.context as { referenceDate?: unknown } | undefined;
            return [
              `${i + 1}. ${esc(ex.title)}`,
              esc(ctx?.referenceDate ?? '—'),
              esc(STATUS[r.status] ?? r.status),
              pre(r.decision),
              findingsHtml(r, root),
            ];
          }),
        ),
  ].join('\n');
  files.set(ruleUrl(rule.id), page(rule.title, root, body));
  searchDocs.push({
    id: `rule:${rule.id}`,
    url: ruleUrl(rule.id),
    title: rule.title,
    kind: 'ルール',
    text: [
      rule.id,
      city.name,
      rule.description ?? '',
      ...rule.sources.map((s) => s.section),
      ...rule.examples.map((e) => e.title),
      ...results.flatMap((r) => r.findings.map((f) => f.message)),
    ].join('\n'),
  });
}

// ---- parameter pages
function valueRows(p: DatedParameter<unknown>, root: string): string[][] {
  return p.values.map((v, i) => {
    const next = p.values[i + 1];
    return [
      esc(v.from),
      next ? `${esc(next.from)} の前日まで` : p.until ? `${esc(p.until)} まで` : '—（現在も適用）',
      pre(v.value),
      cite(v.citation ?? p.citation, root),
    ];
  });
}
for (const { city, param: p } of params) {
  const root = '../';
  const users = usedBy(p.id);
  const body = [
    `<p>${link(`${root}${cityUrl(city.city)}`, `${city.name} ルールカタログ`)} › パラメータ</p>`,
    `<h1>${esc(p.description)}</h1>`,
    `<p>id: <code>${esc(p.id)}</code>${p.unit ? ` ・ 単位: ${esc(p.unit)}` : ''}${p.until ? ` ・ 適用の最終日: ${esc(p.until)}` : ''}</p>`,
    `<p>出典: ${cite(p.citation, root)}</p>`,
    p.reading ? `<aside class="notes"><strong>読み方:</strong> ${esc(p.reading)}</aside>` : '',
    '<h2>日付つきの値</h2>',
    table(['適用開始', '適用終了', '値', '出典'], valueRows(p, root)),
    '<p>文脈の <code>parameters</code> で上書きできます（試すページの「パラメータの上書き」）。</p>',
    '<h2>このパラメータを使うルール</h2>',
    users.length === 0
      ? '<p>なし</p>'
      : `<ul class="used-by">${users.map(({ rule }) => `<li>${link(`${root}${ruleUrl(rule.id)}`, rule.title)} <code>${esc(rule.id)}</code></li>`).join('')}</ul>`,
  ].join('\n');
  files.set(paramUrl(p.id), page(p.description, root, body));
  searchDocs.push({
    id: `param:${p.id}`,
    url: paramUrl(p.id),
    title: p.description,
    kind: 'パラメータ',
    text: [p.id, city.name, p.unit ?? '', p.reading ?? '', p.citation.section].join('\n'),
  });
}

// ---- try-it pages
const sectionsData = Object.fromEntries(
  [...sections].map(([doc, ss]) => [
    doc,
    ss.map((s) => ({
      id: s.id,
      title: s.title,
      anchor: s.anchor,
      lines: [],
      ...(s.parent ? { parent: s.parent } : {}),
    })),
  ]),
);
for (const { city, rule } of rules) {
  const root = '../';
  const buttons = rule.examples
    .map(
      (ex, i) => `<button type="button" data-example="${i}">例${i + 1}: ${esc(ex.title)}</button>`,
    )
    .join(' ');
  const body = [
    `<p>${link(`${root}${cityUrl(city.city)}`, `${city.name} ルールカタログ`)} › ${link(`${root}${ruleUrl(rule.id)}`, rule.title)} › 試す</p>`,
    `<h1>試す: ${esc(rule.title)}</h1>`,
    '<p>SDK をこのブラウザの中で実行します。入力はどこにも送られません。架空の事例だけを入力してください。</p>',
    `<p id="status">読み込み中…</p>`,
    `<p>例を読み込んで実行: ${buttons || '（例なし）'}</p>`,
    '<label>入力（JSON。ルールの入力スキーマで検証され、違反は指摘として表示されます）<textarea id="input" rows="16"></textarea></label>',
    '<p><label>基準日（referenceDate） <input id="date" type="date"></label></p>',
    `<label>パラメータの上書き（JSON: <code>{ "パラメータid": 値 }</code>。空なら収録値）<textarea id="params" rows="4"></textarea></label>`,
    (rule.parameters ?? []).length > 0
      ? `<p>このルールのパラメータ: ${(rule.parameters ?? []).map((p) => link(`${root}${paramUrl(p.id)}`, p.id)).join('、')}</p>`
      : '',
    '<p><button type="button" id="run">実行</button></p>',
    '<h2>結果</h2>',
    '<div id="result"></div>',
  ].join('\n');
  files.set(
    tryUrl(rule.id),
    page(`試す: ${rule.title}`, root, body, [
      `<script>window.KAIGO_TRY=${inline({ ruleId: rule.id, sections: sectionsData })}</script>`,
      `<script src="${root}assets/tryit.js"></script>`,
    ]),
  );
}

// ---- annotated source pages
const cityOfDoc = (doc: string): CityRules | undefined =>
  cities.find((c) => c.rules.some((r) => r.sources.some((s) => s.document === doc)));
for (const seed of seeds) {
  const root = '../';
  const ss = sections.get(seed.id) ?? [];
  const city = cityOfDoc(seed.id);
  const notesOf = (s: Section): Annotation[] => annotations.get(`${seed.id}#${s.anchor}`) ?? [];
  const coverage = ss.map((s) => {
    const notes = notesOf(s);
    const kinds = normativeKinds(s);
    return [
      link(`#${s.anchor}`, sectionLabel(s)),
      kinds.length > 0 ? esc(kinds.join('・')) : '—',
      notes.length > 0
        ? `実装あり（ルール ${notes.filter((n) => n.kind === 'rule').length}・パラメータ ${notes.filter((n) => n.kind === 'param').length}）`
        : 'コードなし',
      notes.length > 0 ? (s.placement ? esc(s.placement) : '') : esc(uncoveredReason(s)),
    ];
  });
  const body = [
    `<h1>${esc(documentTitle(seed.id))}</h1>`,
    `<p>文書 id: <code>${esc(seed.id)}</code>${city ? ` ・ ${link(`${root}${cityUrl(city.city)}`, `${city.name} ルールカタログ`)}` : ''}</p>`,
    '<p>公開されている市の文書の本文を、サイトの生成時に原文（PDF・Word からの抽出）から読み込んで節ごとに表示し、各節を引用するルール・パラメータと採った読み方を添えています。節の名前は引用・カタログ・このページで同じ表記（正規化した節 id）です。</p>',
    '<h2 id="coverage">網羅表</h2>',
    table(['節', '規範的な内容（文言から）', 'コード', '備考'], coverage),
    ...ss.map((s) => {
      const notes = notesOf(s);
      const list = notes
        .map(
          (n) =>
            `<li>${n.kind === 'rule' ? 'ルール' : 'パラメータ'}: ${link(`${root}${n.kind === 'rule' ? ruleUrl(n.id) : paramUrl(n.id)}`, n.title)} <code>${esc(n.id)}</code>${n.detail ? `（引用の範囲: ${esc(n.detail)}）` : ''}${n.reading ? `<br>読み方: ${esc(n.reading)}` : ''}</li>`,
        )
        .join('');
      return `<section class="src" id="${esc(s.anchor)}">
<h2>${esc(sectionLabel(s))}</h2>
${s.placement ? `<p class="placement">節の位置の読み方: ${esc(s.placement)}</p>` : ''}
<aside class="notes">${notes.length > 0 ? `<ul>${list}</ul>` : `この節を引用するコードはありません（${esc(uncoveredReason(s))}）`}</aside>
<pre>${esc(s.lines.join('\n').trim())}</pre>
</section>`;
    }),
  ].join('\n');
  files.set(sourceUrl(seed.id), page(documentTitle(seed.id), root, body));
  for (const s of ss)
    searchDocs.push({
      id: `source:${seed.id}#${s.anchor}`,
      url: sourceUrl(seed.id, s.anchor),
      title: `${sectionLabel(s)}（${city?.name ?? documentTitle(seed.id)}）`,
      kind: '原文',
      text: s.lines.join('\n'),
    });
}

// ---- city pages
for (const city of cities) {
  const root = '../';
  const docs = [...new Set(city.rules.flatMap((r) => r.sources.map((s) => s.document)))];
  const body = [
    `<h1>${esc(city.name)} ルールカタログ（<code>${esc(city.packageName)}</code>）</h1>`,
    `<p>ルール ${city.rules.length} 件、パラメータ ${city.parameters.length} 件。</p>`,
    `<p>出典文書: ${docs.map((d) => link(`${root}${sourceUrl(d)}`, documentTitle(d))).join('、')}</p>`,
    '<h2>ルール</h2>',
    table(
      ['ルール', 'id', '出典の節', ''],
      city.rules.map((r) => [
        link(`${root}${ruleUrl(r.id)}`, r.title),
        `<code>${esc(r.id)}</code>`,
        r.sources.map((s) => cite(s, root)).join('<br>'),
        link(`${root}${tryUrl(r.id)}`, '試す'),
      ]),
    ),
    '<h2>パラメータ</h2>',
    table(
      ['パラメータ', 'id', '値の数', '使うルール'],
      city.parameters.map((p) => [
        link(`${root}${paramUrl(p.id)}`, p.description),
        `<code>${esc(p.id)}</code>`,
        String(p.values.length),
        usedBy(p.id)
          .map(({ rule }) => link(`${root}${ruleUrl(rule.id)}`, rule.title))
          .join('<br>'),
      ]),
    ),
  ].join('\n');
  files.set(cityUrl(city.city), page(`${city.name} ルールカタログ`, root, body));
  searchDocs.push({
    id: `city:${city.city}`,
    url: cityUrl(city.city),
    title: `${city.name} ルールカタログ`,
    kind: '市',
    text: city.rules.map((r) => r.title).join('\n'),
  });
}

// ---- forms and glossary (the generated Markdown, rendered; links to .md become the site's pages)
const md = new MarkdownIt({ html: false, linkify: false });
function mdLink(href: string, root: string): string {
  const m = /^(?:\.\.\/)?(catalogue|forms)\/([^/#]+)\.md(#.*)?$/.exec(href);
  if (m) return `${root}${m[1] === 'catalogue' ? 'city' : 'forms'}/${m[2]}.html${m[3] ?? ''}`;
  if (/^(?:\.\.\/)?glossary\.md$/.test(href)) return `${root}glossary.html`;
  return href;
}
function renderMarkdown(text: string, root: string): string {
  const html = md.render(text.replace(/^> このページは `npm run catalogue`.*$/m, ''));
  return html.replace(/href="([^"]*)"/g, (_, h: string) => `href="${esc(mdLink(h, root))}"`);
}
const formsDir = join(repoRoot, 'docs', 'forms');
const forms = sdkForms();
for (const form of forms) {
  const path = join(formsDir, `${form.id}.md`);
  if (!existsSync(path)) {
    problems.push(`${form.id}: docs/forms/${form.id}.md がありません（npm run catalogue）`);
    continue;
  }
  const text = readFileSync(path, 'utf8');
  files.set(`forms/${form.id}.html`, page(form.title, '../', renderMarkdown(text, '../')));
  searchDocs.push({
    id: `form:${form.id}`,
    url: `forms/${form.id}.html`,
    title: form.title,
    kind: '様式',
    text: [form.id, form.description ?? '', text.replace(/[|`*#-]+/g, ' ')].join('\n'),
  });
}
files.set(
  'forms/index.html',
  page(
    '様式',
    '../',
    `<h1>様式</h1>${table(
      ['様式', 'id'],
      forms.map((f) => [link(`${f.id}.html`, f.title), `<code>${esc(f.id)}</code>`]),
    )}`,
  ),
);
{
  const text = readFileSync(join(repoRoot, 'docs', 'glossary.md'), 'utf8');
  // Glossary rows get anchors named after their term, so a search hit lands on its row.
  const termAnchor = (term: string): string => {
    let h = 0x811c9dc5;
    for (const ch of term.normalize('NFKC')) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
    return `term-${(h >>> 0).toString(36)}`;
  };
  const unescape = (html: string): string =>
    html
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const html = renderMarkdown(text, '').replace(
    /<tr>\n<td>([^<]*)<\/td>/g,
    (_, term: string) => `<tr id="${termAnchor(unescape(term).trim())}">\n<td>${term}</td>`,
  );
  files.set('glossary.html', page('用語集', '', html));
  let part = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) part = line.slice(3).trim();
    if (!/^\| /.test(line) || /^\| (日本語|---)/.test(line)) continue;
    // Rules, parameters and forms have pages of their own; the glossary defines the SDK's terms and codes.
    if (part !== 'SDK の基本用語' && part !== 'コード表') continue;
    const cells = line.split('|').map((c) => c.trim());
    const term = (cells[1] ?? '').replace(/\\(.)/g, '$1');
    if (term === '' || /[`[*<]/.test(term)) continue;
    searchDocs.push({
      id: `term:${termAnchor(term)}`,
      url: `glossary.html#${termAnchor(term)}`,
      title: term,
      kind: '用語',
      text: cells
        .slice(2)
        .join(' ')
        .replace(/[`[\]()]/g, ' '),
    });
  }
}

// ---- landing page
{
  const docsList = seeds.map((seed) => {
    const ss = sections.get(seed.id) ?? [];
    const cited = ss.filter((s) => (annotations.get(`${seed.id}#${s.anchor}`) ?? []).length > 0);
    const city = cityOfDoc(seed.id);
    return [
      link(sourceUrl(seed.id), documentTitle(seed.id)),
      city ? link(cityUrl(city.city), city.name) : '—',
      `${cited.length} / ${ss.length} 節にコード（${link(`${sourceUrl(seed.id)}#coverage`, '網羅表')}）`,
    ];
  });
  const body = [
    '<h1>kaigo-sdk 監査担当者のためのサイト</h1>',
    '<p>介護予防ケアマネジメントの様式と市町村ルールの SDK（TypeScript）を、原文の節・ルール・パラメータ・読み方でたどるためのページです。すべてコードと原文から生成しています。</p>',
    '<h2 id="search">検索</h2>',
    '<p><input id="q" type="search" placeholder="例: 提出期限、対象者、評価表、事業対象者、2週間" aria-label="検索"></p>',
    '<ol id="results"></ol>',
    '<h2>原文（節ごとの注釈つき）</h2>',
    '<p>原文の節から、その節を引用するルールへ直接たどれます。</p>',
    table(['文書', '市', '網羅'], docsList),
    '<h2>市のルールカタログ</h2>',
    `<ul>${cities.map((c) => `<li>${link(cityUrl(c.city), `${c.name} ルールカタログ`)}（ルール ${c.rules.length} 件・パラメータ ${c.parameters.length} 件）</li>`).join('')}</ul>`,
    '<h2>そのほか</h2>',
    `<ul><li>${link('glossary.html', '用語集（日本語 ↔ 識別子）')}</li><li>${link('forms/index.html', '様式の一覧')}</li><li>${link('api/index.html', 'API リファレンス（typedoc）')}</li></ul>`,
  ].join('\n');
  files.set(
    'index.html',
    page('トップ', '', body, [
      '<script src="assets/search-data.js"></script>',
      '<script src="assets/search.js"></script>',
    ]),
  );
}

if (problems.length > 0) {
  console.error(`サイトを生成できません:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

// ---- write (the typedoc output in api/ stays)
if (existsSync(out))
  for (const name of readdirSync(out))
    if (name !== 'api') rmSync(join(out, name), { recursive: true, force: true });
files.set('assets/site.css', CSS);
files.set('assets/search-data.js', `window.KAIGO_SEARCH=${inline(searchDocs)};\n`);
for (const [path, text] of files) {
  const abs = join(out, path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

// The SDK and the search, bundled for the browser from the sources (no build of the packages needed).
const here = join(repoRoot, 'scripts', 'docs', 'site', 'browser');
await esbuild.build({
  entryPoints: { search: join(here, 'searchPage.ts'), tryit: join(here, 'tryit.ts') },
  outdir: join(out, 'assets'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [
    {
      name: 'kaigo-sources',
      setup(build) {
        build.onResolve({ filter: /^@kaigo\/[a-z0-9-]+$/ }, (args) => ({
          path: join(repoRoot, 'packages', args.path.slice('@kaigo/'.length), 'src', 'index.ts'),
        }));
      },
    },
  ],
});

// Source links of the API reference: typedoc writes `kaigo-src:<path>#L<line>` (typedoc.json); they become
// KAIGO_SOURCE_BASE_URL/<path> or, by default, the path relative to the page (the site inside the checkout).
const base = process.env.KAIGO_SOURCE_BASE_URL?.replace(/\/+$/, '');
let sourceLinks = 0;
function rewriteApi(dir: string): void {
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, name.name);
    if (name.isDirectory()) rewriteApi(abs);
    else if (name.name.endsWith('.html')) {
      const text = readFileSync(abs, 'utf8');
      if (!text.includes('kaigo-src:')) continue;
      const next = text.replace(/kaigo-src:([^"#]+)/g, (_, p: string) => {
        sourceLinks++;
        return base ? `${base}/${p}` : relative(dirname(abs), join(repoRoot, p));
      });
      writeFileSync(abs, next);
    }
  }
}
if (existsSync(join(out, 'api'))) rewriteApi(join(out, 'api'));
else console.warn('docs/site/api がありません（typedoc を先に実行してください: npm run docs）。');

const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
console.log(
  `サイトを生成しました: ${relative(repoRoot, out)}/（${files.size + 2} ファイル、検索 ${searchDocs.length} 件、API のソースへのリンク ${sourceLinks} 件、${ms} ms）`,
);
