import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderSchemaFiles } from '../../scripts/schemaFiles';
import { allForms } from '../registry';

const root = fileURLToPath(new URL('../../', import.meta.url));

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

describe('generated files are up to date', () => {
  it('regenerating the JSON Schemas, draft-07 exports, .d.ts and runtime map changes nothing', async () => {
    const files = await renderSchemaFiles(allForms());
    const outdated: string[] = [];
    for (const [path, content] of files) {
      if (readOrEmpty(`${root}${path}`) !== content) outdated.push(path);
    }
    expect(
      outdated,
      'Run `npm run schemas -w @kaigo/forms` (or `npm run build -w @kaigo/forms`) and commit the result.',
    ).toEqual([]);
  }, 180_000);
});
