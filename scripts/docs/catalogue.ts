// Generates the auditor docs from the code: docs/catalogue/<city>.md (rules, parameters, examples run through
// `evaluate`), docs/forms/<id>.md (fields, labels, types, codes) and docs/glossary.md.
//   npm run catalogue         write the files
//   npm run catalogue:check   regenerate in memory; fail if a committed file differs or is stale
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  existsSync,
  unlinkSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import * as core from '@kaigo/core';
import type { CodeTable } from '@kaigo/core';
import { allCities, sdkForms } from '@kaigo/cli';
import * as forms from '@kaigo/forms';
// The forms package's own build-time generator (not a runtime entry point), so the pages match the
// published JSON Schemas exactly.
import { formToJsonSchema } from '../../packages/forms/src/json-schema/generate';
// The CLI's generated list of city packages (each module exports its city and its local forms' code tables).
import { CITY_MODULES } from '../../packages/cli/src/cities.generated';
import { cityProblems, renderCityPage } from './cityPage';
import { renderFormPage } from './formPage';
import { renderGlossary } from './glossary';

const root = fileURLToPath(new URL('../..', import.meta.url));
const check = process.argv.includes('--check');

function isCodeTable(v: unknown): v is CodeTable {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Partial<CodeTable>;
  return (
    typeof t.id === 'string' &&
    typeof t.label === 'string' &&
    Array.isArray(t.entries) &&
    typeof t.source === 'object'
  );
}

/** Every code table exported by core, forms and the city packages (their local forms' codes), by id. */
function collectCodeTables(): Map<string, CodeTable> {
  const out = new Map<string, CodeTable>();
  for (const mod of [core, forms, ...CITY_MODULES.map((c) => c.module)] as object[])
    for (const v of Object.values(mod)) if (isCodeTable(v) && !out.has(v.id)) out.set(v.id, v);
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** The JSON Schema the forms package publishes for a form. */
function jsonSchemaOf(form: forms.FormDefinition): Record<string, unknown> {
  return formToJsonSchema(form, 'draft-2020-12') as Record<string, unknown>;
}

async function format(path: string, text: string): Promise<string> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...options, filepath: path });
}

/** The README's package table lists every city package: its rows are generated from the city definitions. */
function withCityRows(readme: string, cities: ReturnType<typeof allCities>): string {
  const lines = readme.split('\n');
  const first = lines.findIndex((l) => l.startsWith('| `@kaigo/rules-'));
  let last = first;
  while (last + 1 < lines.length && lines[last + 1]?.startsWith('| `@kaigo/rules-')) last++;
  if (first < 0) return readme;
  const rows = cities.map((c) => {
    const doc = c.definition?.sources[0];
    const what = doc ? `${c.name}「${doc.title}」（\`${doc.id}\`）` : c.name;
    return `| \`${c.packageName}\` | ${what} |`;
  });
  return [...lines.slice(0, first), ...rows, ...lines.slice(last + 1)].join('\n');
}

async function generate(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const problems: string[] = [];
  const cities = allCities();
  for (const city of cities) {
    problems.push(...cityProblems(city));
    files.set(`docs/catalogue/${city.city}.md`, renderCityPage(city));
  }
  const codeTables = collectCodeTables();
  const allForms = sdkForms();
  for (const form of allForms)
    files.set(`docs/forms/${form.id}.md`, renderFormPage(form, jsonSchemaOf(form), codeTables));
  files.set('docs/glossary.md', renderGlossary(allForms, [...codeTables.values()], cities));
  files.set('README.md', withCityRows(readFileSync(join(root, 'README.md'), 'utf8'), cities));
  if (problems.length > 0) {
    console.error(`ルールカタログを生成できません:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  const formatted = new Map<string, string>();
  for (const [path, text] of files) formatted.set(path, await format(join(root, path), text));
  return formatted;
}

function existing(dir: string): string[] {
  const abs = join(root, dir);
  return existsSync(abs)
    ? readdirSync(abs)
        .filter((f) => f.endsWith('.md'))
        .map((f) => `${dir}/${f}`)
    : [];
}

const files = await generate();
const stale = [...existing('docs/catalogue'), ...existing('docs/forms')].filter(
  (p) => !files.has(p),
);
if (check) {
  const differ: string[] = [];
  for (const [path, text] of files) {
    const abs = join(root, path);
    if (!existsSync(abs) || readFileSync(abs, 'utf8') !== text) differ.push(path);
  }
  if (differ.length > 0 || stale.length > 0) {
    console.error(
      '生成した文書がコミット済みのものと違います。`npm run catalogue` を実行してコミットしてください:',
    );
    for (const p of differ) console.error(`  変更: ${p}`);
    for (const p of stale) console.error(`  不要: ${p}`);
    process.exit(1);
  }
  console.log(`文書は最新です（${files.size} ファイル）。`);
} else {
  for (const [path, text] of files) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    if (!existsSync(abs) || readFileSync(abs, 'utf8') !== text) {
      writeFileSync(abs, text);
      console.log(`書き込み: ${relative(root, abs)}`);
    }
  }
  for (const p of stale) {
    unlinkSync(join(root, p));
    console.log(`削除: ${p}`);
  }
  console.log(`${files.size} ファイルを生成しました。`);
}
