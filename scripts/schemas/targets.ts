// Which packages publish generated schema files, and of which forms: @kaigo/forms for the national forms (with the
// runtime map behind getFormJsonSchema), each city package `packages/rules-*` for the local forms in its
// `city.forms`. Run under the root tsconfig (tsx --tsconfig), so that every `@kaigo/*` import is the source: the
// field metadata registry of @kaigo/forms must be one module instance.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FormDefinition } from '../../packages/forms/src/meta/formDefinition';
import { renderSchemaFiles } from './render';
import type { SchemaFiles } from './render';

/** The repository root. */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** One package's generated schema files. */
export interface SchemaTarget {
  /** Package directory (absolute). */
  readonly dir: string;
  /** Package name. */
  readonly name: string;
  /** The forms it defines. */
  readonly forms: readonly FormDefinition[];
  /** Whether it also gets src/json-schema/generated.ts (@kaigo/forms only). */
  readonly runtimeMap: boolean;
}

/** The schema target of the package in `dir`, or undefined if it defines no forms of its own. */
export async function schemaTarget(dir: string): Promise<SchemaTarget | undefined> {
  const name = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string })
    .name;
  if (name === '@kaigo/forms') {
    const mod = (await import(pathToFileURL(join(dir, 'src/national/index.ts')).href)) as {
      nationalForms: readonly FormDefinition[];
    };
    return { dir, name, forms: mod.nationalForms, runtimeMap: true };
  }
  if (name.startsWith('@kaigo/rules-') && existsSync(join(dir, 'src/city.ts'))) {
    const mod = (await import(pathToFileURL(join(dir, 'src/city.ts')).href)) as {
      city?: { forms: readonly FormDefinition[] };
    };
    return { dir, name, forms: mod.city?.forms ?? [], runtimeMap: false };
  }
  return undefined;
}

/** Every package's schema target, in directory order. */
export async function allSchemaTargets(): Promise<SchemaTarget[]> {
  const dirs = readdirSync(join(ROOT, 'packages'))
    .sort()
    .map((d) => join(ROOT, 'packages', d))
    .filter((d) => existsSync(join(d, 'package.json')));
  const targets = await Promise.all(dirs.map(schemaTarget));
  return targets.filter((t): t is SchemaTarget => t !== undefined);
}

/** The files a target should have, keyed by path relative to its package directory. */
export function renderTarget(target: SchemaTarget): Promise<SchemaFiles> {
  return renderSchemaFiles(target.forms, {
    runtimeMap: target.runtimeMap,
    prettierConfigFile: join(target.dir, 'src/index.ts'),
  });
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** What regenerating `target` would change: files to write and generated files no longer produced. */
export async function targetChanges(
  target: SchemaTarget,
): Promise<{ files: SchemaFiles; changed: string[]; stale: string[] }> {
  const files = await renderTarget(target);
  const stale = listFiles(join(target.dir, 'schemas'))
    .map((p) => relative(target.dir, p).split('\\').join('/'))
    .filter((p) => !files.has(p));
  const changed = [...files.keys()].filter((path) => {
    const file = join(target.dir, path);
    return !existsSync(file) || readFileSync(file, 'utf8') !== files.get(path);
  });
  return { files, changed, stale };
}
