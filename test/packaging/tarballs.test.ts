// What a user of the published packages gets: every workspace package is packed (`npm pack`), the tarballs are
// installed into a scratch project outside the repository (with zod as the peer), and consumers run a small real job
// through each package — an ESM script, a CommonJS script, the installed `kaigo` bin, and TypeScript consumers
// type-checked with `moduleResolution` node16 (ESM and CJS files) and bundler. Every export-map entry of every
// package is loaded under `import` and `require`. The tarballs' contents are checked too: LICENSE and README, no test
// fixtures or helpers, and no shipped file importing a package the tarball does not depend on.
//
// This tests the BUILT packages (`npm test` builds before `test:unit`): it fails, not skips, when dist is missing.
// The scripts run with `process.execPath`, so `.ci/run` checks the same tarballs under Node 22 and 24.
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userBasicInfoFixtures } from '../../packages/forms/test/fixtures/userBasicInfo.fixtures';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  workspaces: string[];
};

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  files?: string[];
  bin?: Record<string, string>;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
interface PackResult {
  name: string;
  filename: string;
  files: { path: string }[];
}

/** The workspace directories (`packages/*` patterns expanded). */
const workspaceDirs = rootPkg.workspaces.flatMap((pattern) =>
  pattern.endsWith('/*')
    ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
        .filter(
          (d) =>
            d.isDirectory() && existsSync(join(root, pattern.slice(0, -2), d.name, 'package.json')),
        )
        .map((d) => `${pattern.slice(0, -2)}/${d.name}`)
    : [pattern],
);
const workspaces = workspaceDirs.map((dir) => ({
  dir,
  pkg: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as PackageJson,
}));
const CITIES = workspaces
  .map((w) => /^@kaigo\/rules-(.+)$/.exec(w.pkg.name)?.[1])
  .filter((c): c is string => c !== undefined);

/** Paths that are test material: fixtures, helpers, generators (fast-check arbitraries), test files. */
const TEST_ONLY =
  /(^|\/)(fixtures?|testHelpers?|testing|test-support|arbitraries|formArbitraries|__tests__|test)(\/|\.|$)|\.(test|spec|typetest|bench)\./i;

interface ExportTarget {
  subpath: string;
  import?: string | undefined;
  require?: string | undefined;
  /** The declaration files the entry names (`types` under either condition). */
  types: string[];
}

/** The files each export-map entry resolves to under `import` and `require` (a JavaScript module or a JSON file). */
function exportTargets(pkg: PackageJson): ExportTarget[] {
  const out: ExportTarget[] = [];
  for (const [key, value] of Object.entries(pkg.exports ?? {})) {
    if (typeof value === 'string')
      out.push({ subpath: key, import: value, require: value, types: [] });
    else {
      const v = value as Record<string, { default?: string; types?: string } | string>;
      const at = (c: string): { default?: string; types?: string } | string | undefined =>
        v[c] ?? v['default'];
      const pick = (c: string): string | undefined => {
        const t = at(c);
        return typeof t === 'string' ? t : t?.default;
      };
      const types = ['import', 'require'].flatMap((c) => {
        const t = at(c);
        return typeof t === 'object' && t.types ? [t.types] : [];
      });
      out.push({ subpath: key, import: pick('import'), require: pick('require'), types });
    }
  }
  return out;
}

/** Every file the export map and the bin name (not patterns). */
function namedFiles(pkg: PackageJson): string[] {
  return [
    ...exportTargets(pkg).flatMap((t) => [t.import, t.require, ...t.types]),
    ...Object.values(pkg.bin ?? {}),
  ].filter((t): t is string => t !== undefined && !t.includes('*'));
}

/** A concrete specifier for an export-map key (`./schemas/*` → `@kaigo/forms/schemas/index.json`). */
function concreteSpecifier(pkgDir: string, name: string, subpath: string, target: string): string {
  if (!subpath.includes('*')) return subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
  const dir = join(pkgDir, dirname(target));
  const first = readdirSync(dir)
    .filter((f) => f.endsWith('.json') || f.endsWith('.js'))
    .sort()[0];
  if (!first) throw new Error(`${name}: nothing matches ${subpath}`);
  return `${name}/${subpath.slice(2).replace('*', first)}`;
}

// ---- the consumers -------------------------------------------------------------------------------------------------

const checklistAnswers = {
  answers: { q06: 'no', q07: 'no', q08: 'no', q09: 'yes', q10: 'yes' },
  heightCm: 152,
  weightKg: 40,
};
const header = {
  sender: { officeNumber: '0300000100', serviceType: '46' },
  receiver: { officeNumber: '0300000005', serviceType: 'A1' },
  timestamp: '20250405100000',
};

/**
 * The job every JavaScript consumer runs (ESM and CJS differ only in `load`): one result per package, printed as one
 * JSON line that the test reads.
 */
function jobSource(
  entries: readonly string[],
  jsonEntries: readonly string[],
  csvDir: string,
): string {
  const userBasicInfo = userBasicInfoFixtures.valid[0]?.input;
  return `
const out = { entries: {}, rules: {} };
for (const spec of ${JSON.stringify(entries)}) {
  const m = await load(spec);
  out.entries[spec] = Object.keys(m).length;
}
for (const spec of ${JSON.stringify(jsonEntries)}) out.entries[spec] = Object.keys(await loadJson(spec)).length;

const z = await load('zod');
const core = await load('@kaigo/core');
const forms = await load('@kaigo/forms');
const jsonSchema = await load('@kaigo/forms/json-schema');
const csv = await load('@kaigo/careplan-csv');
const cli = await load('@kaigo/cli');

const userBasicInfo = ${JSON.stringify(userBasicInfo)};
const valid = forms.validate(forms.userBasicInfoForm, userBasicInfo);
const invalid = forms.validate(forms.userBasicInfoForm, { ...userBasicInfo, consultationDate: '2025/05/12' });
out.validate = { valid: valid.ok, invalid: invalid.ok, message: invalid.ok ? null : invalid.issues[0].message };
// One zod: the SDK's schemas are instances of the consumer's zod (a second copy would break this).
out.zodIdentity = forms.userBasicInfoForm.schema instanceof z.ZodType;

const score = forms.scoreBasicChecklist(${JSON.stringify(checklistAnswers)});
out.checklist = score.ok ? score.jigyoTaishosha.status : 'not ok';
out.jsonSchema = jsonSchema.getFormJsonSchema('national.userBasicInfo')?.$schema ?? null;
out.core = Object.keys(core.SOURCE_DOCUMENTS).length;

for (const city of ${JSON.stringify(CITIES)}) {
  const { rules } = await load('@kaigo/rules-' + city);
  const rule = rules[0];
  const example = rule.examples[0];
  const result = rule.evaluate(example.input, example.context);
  out.rules[city] = { id: rule.id, status: result.status, sources: result.sources.length };
}

const written = csv.writeForms(csv.USER_BASIC_INFO_CSV, [userBasicInfo], ${JSON.stringify(header)});
if (!written.ok) throw new Error('writeForms: ' + JSON.stringify(written.issues));
const fs = await load('node:fs');
const path = await load('node:path');
const csvDir = ${JSON.stringify(csvDir)};
fs.mkdirSync(csvDir, { recursive: true });
for (const f of written.files) fs.writeFileSync(path.join(csvDir, f.fileName), f.bytes);
const files = fs.readdirSync(csvDir).map((fileName) => ({ fileName, bytes: new Uint8Array(fs.readFileSync(path.join(csvDir, fileName))) }));
const read = csv.readForms(csv.USER_BASIC_INFO_CSV, files);
out.csv = {
  files: written.files.map((f) => f.fileName.split('_')[0]),
  errors: read.issues.filter((i) => i.severity === 'error').length,
  roundTrip: JSON.stringify(read.forms[0]?.value.name) === JSON.stringify(userBasicInfo.name),
};

out.cli = {
  cities: cli.allCities().length,
  schema: cli.publishedJsonSchema(forms.getForm('national.userBasicInfo'), 'draft-07').$schema,
  // A local form: defined and published by its city's package (@kaigo/rules-kumamoto/schemas/…).
  localSchema: cli.publishedJsonSchema(
    cli.sdkForms().find((f) => f.id === 'kumamoto.adviceReview'),
    'draft-2020-12',
  ).$id,
};
console.log(JSON.stringify(out));
`;
}

const esmConsumer = (
  body: string,
): string => `// ESM consumer (generated by test/packaging/tarballs.test.ts)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const load = (spec) => import(spec);
const loadJson = async (spec) => JSON.parse(readFileSync(createRequire(import.meta.url).resolve(spec), 'utf8'));
${body}`;

const cjsConsumer = (
  body: string,
): string => `// CommonJS consumer (generated by test/packaging/tarballs.test.ts)
'use strict';
const load = async (spec) => require(spec);
const loadJson = async (spec) => require(spec);
(async () => {
${body}
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

/** The TypeScript consumer: real calls, typed results, and type errors the declarations must catch. */
const tsConsumer = `// TypeScript consumer (generated by test/packaging/tarballs.test.ts)
import type { RuleResult } from '@kaigo/core';
import { SOURCE_DOCUMENTS } from '@kaigo/core';
import { scoreBasicChecklist, userBasicInfoForm, validate } from '@kaigo/forms';
import type { UserBasicInfo, ValidationResult } from '@kaigo/forms';
import { getFormJsonSchema } from '@kaigo/forms/json-schema';
import { USER_BASIC_INFO_CSV, readForms, writeForms } from '@kaigo/careplan-csv';
import { allCities } from '@kaigo/cli';
${CITIES.map((c, i) => `import { rules as rules${i} } from '@kaigo/rules-${c}';`).join('\n')}
import * as z from 'zod';

const result: ValidationResult<UserBasicInfo> = validate(userBasicInfoForm, {});
if (result.ok) {
  const name: string = result.data.name;
  void name;
} else {
  const messages: readonly string[] = result.issues.map((i) => i.message);
  void messages;
}
const schema: z.ZodType = userBasicInfoForm.schema;
void schema;
const score = scoreBasicChecklist({ answers: {} });
if (score.ok) void score.jigyoTaishosha.status;
void getFormJsonSchema('national.userBasicInfo');
void Object.keys(SOURCE_DOCUMENTS);
${CITIES.map((_, i) => `const r${i}: RuleResult<unknown> = rules${i}[0]!.evaluate(rules${i}[0]!.examples[0]?.input, { referenceDate: '2025-07-01' });\nvoid r${i}.status;`).join('\n')}
const written = writeForms(USER_BASIC_INFO_CSV, [], ${JSON.stringify(header)});
if (written.ok) void readForms(USER_BASIC_INFO_CSV, written.files.map((f) => ({ fileName: f.fileName, bytes: f.bytes })));
void allCities().map((c) => c.rules.length);

// The declarations are real types, not \`any\`:
// @ts-expect-error validate takes a form definition, not a string
validate('national.userBasicInfo', {});
// @ts-expect-error a ValidationResult has no such field
void result.nonexistentField;
`;

// ---- the test ------------------------------------------------------------------------------------------------------

let scratch = '';
let packs: PackResult[] = [];
let installed = '';

beforeAll(async () => {
  const missing = workspaces.flatMap(({ dir, pkg }) =>
    namedFiles(pkg)
      .filter((t) => t.startsWith('./dist/'))
      .filter((t) => !existsSync(join(root, dir, t)))
      .map((t) => `${dir}/${t.slice(2)}`),
  );
  if (missing.length > 0) {
    throw new Error(
      `The packages are not built (missing ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}). ` +
        'Run `npm run build` first (`npm test` builds before the tests).',
    );
  }

  scratch = mkdtempSync(join(tmpdir(), 'kaigo-tarballs-'));
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs);
  const pack = await run(
    'npm',
    ['pack', '--workspaces', '--json', '--pack-destination', tarballs, '--loglevel', 'error'],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  packs = JSON.parse(pack.stdout) as PackResult[];
  // Every file the export map and the bin name is in the tarball (a build running while packing leaves gaps).
  const notPacked = workspaces.flatMap(({ pkg }) => {
    const files = new Set(packs.find((p) => p.name === pkg.name)?.files.map((f) => f.path));
    return namedFiles(pkg)
      .map((t) => t.replace(/^\.\//, ''))
      .filter((t) => !files.has(t))
      .map((t) => `${pkg.name}/${t}`);
  });
  if (notPacked.length > 0) {
    throw new Error(
      `Files named by the export maps are not in the tarballs: ${notPacked.join(', ')}. ` +
        'Was a build running? Run `npm run build` and try again.',
    );
  }

  const project = join(scratch, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'kaigo-consumer', version: '0.0.0', private: true }, null, 2),
  );
  const zod = (
    JSON.parse(readFileSync(join(root, 'node_modules/zod/package.json'), 'utf8')) as PackageJson
  ).version;
  await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel',
      'error',
      '--no-package-lock',
      '--ignore-scripts',
      ...packs.map((p) => join(tarballs, p.filename)),
      `zod@${zod}`,
    ],
    { cwd: project, maxBuffer: 64 * 1024 * 1024 },
  );
  installed = project;
}, 240_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 60_000);

describe('tarballs', () => {
  it('every workspace package is packed', () => {
    expect(packs.map((p) => p.name).sort()).toEqual(workspaces.map((w) => w.pkg.name).sort());
    expect(scratch.startsWith(resolve(root))).toBe(false);
  });

  it('each tarball has the MIT LICENSE (same as the repository) and a README', () => {
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License/);
    for (const { pkg, dir } of workspaces) {
      expect(pkg.license, pkg.name).toBe('MIT');
      const files = packs.find((p) => p.name === pkg.name)?.files.map((f) => f.path) ?? [];
      expect(files, pkg.name).toContain('LICENSE');
      expect(files, pkg.name).toContain('README.md');
      expect(readFileSync(join(root, dir, 'LICENSE'), 'utf8'), `${dir}/LICENSE`).toBe(license);
    }
  });

  it('no tarball ships test fixtures, test helpers or test-only generators', () => {
    const offending = packs.flatMap((p) =>
      p.files
        .map((f) => `${p.name}/${f.path}`)
        .filter((path) => TEST_ONLY.test(path.slice(p.name.length + 1))),
    );
    expect(offending).toEqual([]);
  });

  it('no shipped file imports a package that is not a dependency (or peer) of its package', () => {
    const builtins = new Set(builtinModules);
    const problems: string[] = [];
    for (const { pkg } of workspaces) {
      const allowed = new Set([
        pkg.name,
        ...Object.keys(pkg.dependencies ?? {}),
        ...Object.keys(pkg.peerDependencies ?? {}),
      ]);
      const pkgDir = join(installed, 'node_modules', pkg.name);
      const files = packs.find((p) => p.name === pkg.name)?.files ?? [];
      for (const { path } of files) {
        if (!/\.(c|m)?js$|\.d\.(c|m)?ts$/.test(path)) continue;
        const text = readFileSync(join(pkgDir, path), 'utf8');
        const specifiers = [
          ...text.matchAll(
            /\b(?:from|import)\s*\(?\s*["']([@\w.:/-]+)["']|\brequire\(\s*["']([@\w.:/-]+)["']\s*\)/g,
          ),
        ].map((m) => m[1] ?? m[2] ?? '');
        for (const spec of specifiers) {
          // Only module specifiers (a word like `from ":"` in a string of code is not one).
          if (!/^(node:|@[\w.-]+\/[\w.-]|[a-z][\w.-]*(\/|$)|\.\.?\/)/i.test(spec)) continue;
          if (spec.startsWith('.')) {
            // A relative import of a JavaScript file must name a file in the tarball.
            if (!/\.d\.(c|m)?ts$/.test(path) && !existsSync(join(pkgDir, dirname(path), spec)))
              problems.push(`${pkg.name}/${path}: ${spec} is not in the tarball`);
            continue;
          }
          if (spec.startsWith('node:') || builtins.has(spec)) continue;
          const name = spec.startsWith('@')
            ? spec.split('/').slice(0, 2).join('/')
            : spec.split('/')[0];
          if (!allowed.has(name ?? '')) problems.push(`${pkg.name}/${path}: imports ${spec}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('one zod: no package brings its own copy', () => {
    const nested = workspaces.filter(({ pkg }) =>
      existsSync(join(installed, 'node_modules', pkg.name, 'node_modules', 'zod')),
    );
    expect(nested.map((w) => w.pkg.name)).toEqual([]);
  });
});

describe('consumers of the installed tarballs', () => {
  const expected = (): unknown => ({
    validate: { valid: true, invalid: false, message: expect.stringContaining('YYYY-MM-DD') },
    zodIdentity: true,
    checklist: 'determined',
    jsonSchema: 'https://json-schema.org/draft/2020-12/schema',
    core: expect.any(Number),
    rules: Object.fromEntries(
      CITIES.map((c) => [
        c,
        {
          id: expect.stringMatching(new RegExp(`^${c}\\.`)),
          status: expect.any(String),
          sources: expect.any(Number),
        },
      ]),
    ),
    csv: { files: ['UPKIHON'], errors: 0, roundTrip: true },
    cli: {
      cities: CITIES.length,
      schema: 'http://json-schema.org/draft-07/schema#',
      localSchema: expect.stringMatching(/kumamoto\.adviceReview\.schema\.json$/),
    },
  });

  /** Every export-map entry of every package, as specifiers (JSON files separately: they are read, not run). */
  function entries(condition: 'import' | 'require'): { js: string[]; json: string[] } {
    const js: string[] = [];
    const json: string[] = [];
    for (const { pkg } of workspaces) {
      const pkgDir = join(installed, 'node_modules', pkg.name);
      for (const t of exportTargets(pkg)) {
        const target = t[condition];
        if (!target) continue;
        const spec = concreteSpecifier(pkgDir, pkg.name, t.subpath, target);
        (spec.endsWith('.json') ? json : js).push(spec);
      }
    }
    return { js, json };
  }

  async function runConsumer(file: string, source: string): Promise<Record<string, unknown>> {
    writeFileSync(join(installed, file), source);
    const { stdout } = await run(process.execPath, [file], { cwd: installed });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
  }

  it('ESM: every entry loads with import, and a real job runs through each package', async () => {
    const e = entries('import');
    const out = await runConsumer(
      'consumer.mjs',
      esmConsumer(jobSource(e.js, e.json, join(scratch, 'csv-esm'))),
    );
    expect(Object.keys(out['entries'] as object).sort()).toEqual([...e.js, ...e.json].sort());
    for (const [spec, n] of Object.entries(out['entries'] as object))
      expect(n, spec).toBeGreaterThan(0);
    expect(out).toMatchObject(expected() as object);
  }, 60_000);

  it('CommonJS: every entry loads with require, and a real job runs through each package', async () => {
    const e = entries('require');
    const out = await runConsumer(
      'consumer.cjs',
      cjsConsumer(jobSource(e.js, e.json, join(scratch, 'csv-cjs'))),
    );
    expect(Object.keys(out['entries'] as object).sort()).toEqual([...e.js, ...e.json].sort());
    for (const [spec, n] of Object.entries(out['entries'] as object))
      expect(n, spec).toBeGreaterThan(0);
    expect(out).toMatchObject(expected() as object);
  }, 60_000);

  it('the installed `kaigo` bin runs (`kaigo forms`)', async () => {
    const bin = join(installed, 'node_modules', '.bin', 'kaigo');
    expect(existsSync(bin)).toBe(true);
    const { stdout } = await run(process.execPath, [bin, 'forms'], { cwd: installed });
    expect(stdout).toContain('national.basicChecklist');
    expect(stdout).toContain('基本チェックリスト');
  }, 60_000);

  it('TypeScript: the declarations type-check under moduleResolution node16 (ESM and CJS) and bundler', async () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    // skipLibCheck as most consumers set it (checking zod's own declarations would double the time); declarations
    // that failed to resolve would show as implicit \`any\` errors and unused @ts-expect-error in the consumer.
    const common = { strict: true, noEmit: true, skipLibCheck: true, target: 'es2022', types: [] };
    writeFileSync(join(installed, 'consumer-esm.mts'), tsConsumer);
    writeFileSync(join(installed, 'consumer-cjs.cts'), tsConsumer);
    writeFileSync(join(installed, 'consumer-bundler.ts'), tsConsumer);
    const configs = {
      'tsconfig.node16.json': {
        compilerOptions: { ...common, module: 'node16', moduleResolution: 'node16' },
        files: ['consumer-esm.mts', 'consumer-cjs.cts'],
      },
      'tsconfig.bundler.json': {
        compilerOptions: { ...common, module: 'esnext', moduleResolution: 'bundler' },
        files: ['consumer-bundler.ts'],
      },
    };
    const results = await Promise.all(
      Object.entries(configs).map(async ([file, config]) => {
        writeFileSync(join(installed, file), JSON.stringify(config, null, 2));
        try {
          await run(process.execPath, [tsc, '-p', file], { cwd: installed });
          return `${file}: ok`;
        } catch (error) {
          const e = error as { stdout?: string; stderr?: string };
          return `${file}: ${e.stdout ?? ''}${e.stderr ?? ''}`;
        }
      }),
    );
    expect(results).toEqual(Object.keys(configs).map((f) => `${f}: ok`));
  }, 120_000);
});
