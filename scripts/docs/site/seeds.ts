// Locates the seed documents (public municipal documents, read at docs build time and never copied into the
// repository) and lists them with the ids the code cites.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** One seed document: its citation id and its text. */
export interface SeedDocument {
  readonly id: string;
  readonly file: string;
  readonly text: string;
}

/** `KAIGO_SEEDS_DIR`, else `../shared/seeds` beside the repository (where CI lays them). */
export function seedsDir(): string {
  return resolve(process.env.KAIGO_SEEDS_DIR ?? join(repoRoot, '..', 'shared', 'seeds'));
}

/**
 * Reads the seed index (`README.md`: a table `| file | id | …`) and each listed text. Throws with a Japanese
 * message when the folder is missing: the site cannot show sources it cannot read.
 */
export function readSeeds(dir = seedsDir()): SeedDocument[] {
  const index = join(dir, 'README.md');
  if (!existsSync(index))
    throw new Error(
      `出典文書のフォルダが見つかりません（${dir}）。KAIGO_SEEDS_DIR で場所を指定してください。`,
    );
  const out: SeedDocument[] = [];
  for (const line of readFileSync(index, 'utf8').split('\n')) {
    const m = /^\|\s*([^|\s]+\.txt)\s*\|\s*`([^`]+)`\s*\|/.exec(line);
    if (m?.[1] && m[2])
      out.push({ id: m[2], file: m[1], text: readFileSync(join(dir, m[1]), 'utf8') });
  }
  return out;
}
