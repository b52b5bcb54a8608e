// The README's five-minute tour is executed, so it cannot rot: every ```ts block between the tour markers
// runs (against the sources, through tsx and the repository's tsconfig paths) and must print what the
// README's comments say it prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const tour = readme.slice(
  readme.indexOf('<!-- tour:start -->'),
  readme.indexOf('<!-- tour:end -->'),
);
const blocks = [...tour.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('README tour', () => {
  it('has the four snippets', () => {
    expect(blocks).toHaveLength(4);
  });

  blocks.forEach((code, i) => {
    it(`snippet ${i + 1} runs and prints what its comments promise`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'kaigo-readme-'));
      try {
        const file = join(dir, `tour${i + 1}.ts`);
        writeFileSync(file, code);
        const r = spawnSync(
          process.execPath,
          [
            join(root, 'node_modules/tsx/dist/cli.mjs'),
            '--tsconfig',
            join(root, 'tsconfig.json'),
            file,
          ],
          { cwd: root, encoding: 'utf8' },
        );
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        // Every `// <text>` comment line under a console.log is an expected output line.
        const promised = [...code.matchAll(/^\s*\/\/ (.+)$/gm)]
          .map((m) => m[1] ?? '')
          .filter((line) => !/^[①-⑳]/.test(line));
        const printed = r.stdout.split('\n');
        for (const line of promised) expect(printed).toContain(line);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);
  });
});
