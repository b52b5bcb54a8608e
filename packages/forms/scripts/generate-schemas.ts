// Build step of @kaigo/forms: writes schemas/*.schema.json (draft 2020-12), schemas/draft-07/*, schemas/types/*.d.ts,
// schemas/index.json and src/json-schema/generated.ts from the zod schemas.
// Usage: tsx scripts/generate-schemas.ts [--check]   (--check: exit 1 if any file would change)
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allForms } from '../src/registry';
import { renderSchemaFiles } from './schemaFiles';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const listFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
    );
  } catch {
    return [];
  }
};

process.chdir(root);
const files = await renderSchemaFiles(allForms());
const stale = listFiles(join(root, 'schemas'))
  .map((p) => relative(root, p).split('\\').join('/'))
  .filter((p) => !files.has(p));
const changed = [...files].filter(([path, content]) => {
  try {
    return readFileSync(join(root, path), 'utf8') !== content;
  } catch {
    return true;
  }
});

if (check) {
  for (const [path] of changed) console.log(`out of date: ${path}`);
  for (const path of stale) console.log(`stale: ${path}`);
  if (changed.length + stale.length > 0) {
    console.log('Run `npm run schemas -w @kaigo/forms` and commit the result.');
    process.exit(1);
  }
  console.log(`schemas up to date (${files.size} files)`);
} else {
  for (const path of stale) rmSync(join(root, path));
  for (const [path, content] of changed) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  console.log(`schemas: ${files.size} files (${changed.length} written, ${stale.length} removed)`);
}
