// Examples as data: every `*.examples.yaml` beside a city's rules is run through its rule and must meet the
// expectations it states (the same check that `kaigo test <file>` runs for a user's own file).
/// <reference types="vite/client" />
import { checkRuleExample } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { parseExamplesFile } from '../../packages/cli/src/examplesFile';
import { CITIES } from '../kit/cities';

const files = import.meta.glob<string>('../../packages/rules-*/src/**/*.examples.yaml', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const rules = new Map(CITIES.flatMap((c) => c.rules.map((r) => [r.id, r] as const)));

describe('examples as data (YAML beside the rules)', () => {
  it('every city has at least one examples file', () => {
    for (const city of CITIES) {
      const mine = Object.keys(files).filter((p) => p.includes(`/rules-${city.id}/`));
      expect(mine.length, city.id).toBeGreaterThan(0);
    }
  });
  for (const [path, text] of Object.entries(files)) {
    const name = path.replace('../../packages/', '');
    it(name, () => {
      const file = parseExamplesFile(text);
      if (!file.ok) throw new Error(file.errors.join('\n'));
      for (const c of file.cases) {
        const rule = rules.get(c.rule);
        expect(rule, `${name} 事例 ${c.index}: ルール ${c.rule} がありません`).toBeDefined();
        if (!rule) continue;
        expect(c.expect, `${name} 事例 ${c.index}: expect がありません`).toBeDefined();
        const check = checkRuleExample(rule, c);
        expect(check.problems, `${name} 事例 ${c.index}（${c.title}）`).toEqual([]);
      }
    });
  }
});
