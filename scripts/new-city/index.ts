// `npm run new:city -- <id> "<市名>" <source-id>`: creates packages/rules-<id> (one example rule citing the new
// source, its parameter, YAML examples and a test, the city definition), then derives the CLI's city list.
// Afterwards: `npm install` (links the new workspace package) and `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { syncCities } from '../cities';
import { cityFiles } from './templates';
import type { NewCity } from './templates';

const root = fileURLToPath(new URL('../..', import.meta.url));

const USAGE =
  '使い方: npm run new:city -- <id> "<市名>" <出典文書id>\n例:     npm run new:city -- sample "架空市" sample-youryou-2025';

function usage(message: string): never {
  throw new Error(message);
}

/** Reads and checks the arguments. */
export function parseNewCityArgs(args: readonly string[]): NewCity {
  const [id, name, sourceId] = args;
  if (args.length !== 3 || !id || !name || !sourceId) usage('引数は3つです。');
  if (!/^[a-z][a-z0-9]{1,30}$/.test(id))
    usage('id は英小文字で始まる英小文字・数字（2〜31文字）にしてください。');
  if (!/^[a-z0-9][a-z0-9-]{2,60}$/.test(sourceId))
    usage('出典文書 id は英小文字・数字・ハイフンにしてください。');
  if (name.length > 20 || /['"`\\\n]/.test(name))
    usage('市名は20文字以内で、引用符を含めないでください。');
  return { id, name, sourceId };
}

/** Writes the package's files under `base` (formatted as the repository formats them). */
export async function writeCityPackage(c: NewCity, base = root): Promise<string[]> {
  const license = readFileSync(join(root, 'packages/core/LICENSE'), 'utf8');
  const written: string[] = [];
  for (const [path, text] of Object.entries(cityFiles(c, license))) {
    const target = join(base, path);
    mkdirSync(dirname(target), { recursive: true });
    const parser = /\.(ts|json|md|yaml)$/.test(path);
    const options = (await prettier.resolveConfig(join(root, path))) ?? {};
    writeFileSync(
      target,
      parser ? await prettier.format(text, { ...options, filepath: target }) : text,
    );
    written.push(path);
  }
  return written;
}

async function main(): Promise<void> {
  const c = parseNewCityArgs(process.argv.slice(2));
  if (existsSync(join(root, `packages/rules-${c.id}`)))
    usage(`packages/rules-${c.id} はすでにあります。`);
  const written = await writeCityPackage(c);
  const derived = await syncCities(false);
  // The catalogue, glossary and forms pages are generated from the code, the new city included.
  const docs = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/docs/catalogue.ts'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  console.log(`作成: ${written.join('\n      ')}`);
  console.log(`更新（市の一覧から生成）: ${derived.join(', ') || 'なし'}`);
  console.log(
    docs.status === 0
      ? '文書を作り直しました（npm run catalogue）。'
      : `文書を作り直せませんでした: ${docs.stderr}`,
  );
  console.log('次に: npm install（新しいパッケージをつなぐ、package-lock.json を更新）→ npm test');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  });
}
