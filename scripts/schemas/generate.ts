// Build step of every package that defines forms: writes schemas/*.schema.json (draft 2020-12), schemas/draft-07/*,
// schemas/types/*.d.ts and schemas/index.json from the zod schemas (and, in @kaigo/forms, src/json-schema/generated.ts).
// Usage, in a package directory (its build):  tsx --tsconfig ../../tsconfig.json ../../scripts/schemas/generate.ts
//        at the root, every package:          tsx scripts/schemas/generate.ts --all [--check]
// --check: write nothing; exit 1 if any file would change.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { allSchemaTargets, ROOT, schemaTarget, targetChanges } from './targets';

const check = process.argv.includes('--check');
const targets = process.argv.includes('--all')
  ? await allSchemaTargets()
  : [await schemaTarget(process.cwd())].filter((t) => t !== undefined);

let outOfDate = 0;
for (const target of targets) {
  const { files, changed, stale } = await targetChanges(target);
  const where = relative(ROOT, target.dir);
  if (check) {
    for (const path of changed) console.log(`out of date: ${where}/${path}`);
    for (const path of stale) console.log(`stale: ${where}/${path}`);
    outOfDate += changed.length + stale.length;
    continue;
  }
  for (const path of stale) rmSync(join(target.dir, path));
  for (const path of changed) {
    mkdirSync(dirname(join(target.dir, path)), { recursive: true });
    writeFileSync(join(target.dir, path), files.get(path) ?? '');
  }
  console.log(
    `${target.name}: ${files.size} schema files (${changed.length} written, ${stale.length} removed)`,
  );
}
if (check) {
  if (outOfDate > 0) {
    console.log('Run `npm run schemas` and commit the result.');
    process.exit(1);
  }
  console.log(`schemas up to date (${targets.length} packages)`);
}
