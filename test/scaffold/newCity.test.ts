// `npm run new:city` writes a package that works: its city definition loads, its example rule meets its own
// examples (in the declaration and in YAML), overrides and the trace work. Generated into a scratch folder inside
// the repository (so that `@kaigo/*` and zod resolve as for a real package) and removed afterwards.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { City } from '@kaigo/core';
import { checkRuleExample } from '@kaigo/core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseExamplesFile } from '../../packages/cli/src/examplesFile';
import { parseNewCityArgs, writeCityPackage } from '../../scripts/new-city/index';

const here = fileURLToPath(new URL('.', import.meta.url));
const scratch = mkdtempSync(join(here, '.scratch-'));
// The generated tsconfig extends ../../tsconfig.base.json, as in the repository.
copyFileSync(join(here, '../../tsconfig.base.json'), join(scratch, 'tsconfig.base.json'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run new:city', () => {
  it('refuses bad arguments', () => {
    expect(() => parseNewCityArgs(['Bad', '架空市', 'x-2025'])).toThrow(/id/);
    expect(() => parseNewCityArgs(['sample', '架空市'])).toThrow(/3/);
  });

  it('writes a package whose city, rule, examples, YAML cases and override all work', async () => {
    const c = parseNewCityArgs(['sample', '架空市', 'sample-youryou-2025']);
    const written = await writeCityPackage(c, scratch);
    expect(written).toContain('packages/rules-sample/src/city.ts');
    const pkg = join(scratch, 'packages/rules-sample');
    const mod = (await import(join(pkg, 'src/index.ts'))) as { city: City };
    const city = mod.city;
    expect(city.id).toBe('sample');
    expect(city.source('sample-youryou-2025')?.publisher).toBe('架空市');
    const rule = city.rule('submissionDeadline');
    expect(rule?.sources[0]?.document).toBe('sample-youryou-2025');
    for (const e of rule?.examples ?? []) expect(checkRuleExample(rule!, e).problems).toEqual([]);
    const yaml = parseExamplesFile(
      readFileSync(join(pkg, 'src/01-example/submissionDeadline.examples.yaml'), 'utf8'),
    );
    if (!yaml.ok) throw new Error(yaml.errors.join('\n'));
    for (const e of yaml.cases) expect(checkRuleExample(rule!, e).problems).toEqual([]);
    const what = rule!.evaluate(
      { supportStart: '2025-06-03', submittedOn: '2025-06-14' },
      { referenceDate: '2025-06-20', parameters: { 'sample.submissionDays': 14 } },
    );
    expect(what.decision).toEqual({ due: '2025-06-17', onTime: true });
    expect(what.trace).toContainEqual(
      expect.objectContaining({ kind: 'date', phrase: '14日以内' }),
    );
  });
});
