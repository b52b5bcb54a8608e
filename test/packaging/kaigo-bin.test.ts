// `npx kaigo …` in the repository must run the repository's CLI, never a registry package named `kaigo`: the root
// depends on the @kaigo/cli workspace (npm links node_modules/.bin/kaigo), and the documented commands use
// `npx --no-install` (or `npm run kaigo --`), which stops instead of downloading when kaigo is not installed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function markdownFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory())
      return e.name === 'api' || e.name === 'node_modules' ? [] : markdownFiles(path);
    return e.name.endsWith('.md') ? [path] : [];
  });
}

describe('the kaigo bin inside the repository', () => {
  it('the root depends on @kaigo/cli, so npm links node_modules/.bin/kaigo', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies?: Record<string, string>;
    };
    expect(pkg.devDependencies?.['@kaigo/cli']).toBe('*');
    expect(existsSync(join(root, 'node_modules', '.bin', 'kaigo'))).toBe(true);
  });

  it('the bin file exists before a build (npm ci does not link a bin whose file is missing)', () => {
    const cli = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    const bin = cli.bin['kaigo'] ?? '';
    expect(bin.startsWith('./dist/')).toBe(false);
    expect(existsSync(join(root, 'packages/cli', bin))).toBe(true);
  });

  it('no documented command can fetch a registry package named kaigo', () => {
    const docs = [
      'README.md',
      'CONTRIBUTING.md',
      ...readdirSync(join(root, 'packages')).map((p) => `packages/${p}/README.md`),
      ...markdownFiles('docs'),
      ...markdownFiles('examples'),
    ].filter((f) => existsSync(join(root, f)));
    const unsafe = docs.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) =>
          /\b(npx|npm exec|npm x)\s+(?!--no-install\b|--no\b)(?:-\S+\s+)*kaigo\b/.test(line),
        )
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(unsafe).toEqual([]);
  });
});
