// HTML helpers for the static site: escaping and the page frame. Links are relative, so the folder works from
// file:// and from any static host.

/** Escapes text for HTML content and attribute values. */
export function esc(text: unknown): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `<a href>` with escaped text. */
export function link(href: string, text: string, attrs = ''): string {
  return `<a href="${esc(href)}"${attrs ? ` ${attrs}` : ''}>${esc(text)}</a>`;
}

/** A table from header cells and rows of HTML cells. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = header.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The page frame; `root` is the relative path to the site root (`''` or `'../'`). */
export function page(title: string, root: string, body: string, scripts: string[] = []): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — kaigo-sdk</title>
<link rel="stylesheet" href="${root}assets/site.css">
</head>
<body>
<nav class="top">${link(`${root}index.html`, 'トップ')} ${link(`${root}index.html#search`, '検索')} ${link(`${root}glossary.html`, '用語集')} ${link(`${root}forms/index.html`, '様式')} ${link(`${root}api/index.html`, 'API リファレンス')}</nav>
<main>
${body}
</main>
${scripts.join('\n')}
</body>
</html>
`;
}

/** The stylesheet (small, no framework). */
export const CSS = `body{font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP",sans-serif;margin:0;line-height:1.6;color:#222}
nav.top{background:#234;padding:.5em 1em}nav.top a{color:#fff;margin-right:1.2em}
main{max-width:1100px;margin:0 auto;padding:1em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}th{background:#f3f3f3}
pre{background:#f7f7f7;padding:.5em;overflow:auto;white-space:pre-wrap}
section.src{border-top:1px solid #ccc;margin-top:1em}section.src:target{background:#fffbe6}
aside.notes{background:#eef5ff;padding:.5em 1em;margin:.5em 0}
.kind{display:inline-block;min-width:5em;font-size:.85em;color:#555}
.finding.error code:first-child{color:#b00}.finding.warning code:first-child{color:#a60}
textarea{width:100%;font-family:monospace}.error{color:#b00}
#q{font-size:1.2em;width:60%}`;
