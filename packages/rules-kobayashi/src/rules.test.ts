import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { city, parameters, rules } from './index';
import { requiredDocuments } from './04-documents/parameters';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('rules-kobayashi catalogue', () => {
  it('rule ids are unique and every example evaluates to a decision without throwing', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.examples.length).toBeGreaterThan(0);
      expect(rule.sources.every((s) => s.document === 'kobayashi-jiritsu-2025')).toBe(true);
      for (const ex of rule.examples) {
        const r = rule.evaluate(ex.input, ex.context);
        expect(r.rule, `${rule.id}: ${ex.title}`).toBe(rule.id);
        expect(r.status, `${rule.id}: ${ex.title}`).toBe('decided');
      }
    }
  });
  it('every rule survives hostile input', () => {
    const hostile: unknown[] = [
      undefined,
      null,
      0,
      '',
      [],
      {},
      { __proto__: { x: 1 } },
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('x');
          },
        },
      ),
    ];
    for (const rule of rules)
      for (const input of hostile)
        expect(() => rule.evaluate(input, { referenceDate: '2025-06-01' })).not.toThrow();
  });
  it('every parameter is cited, unique and starts at the program start', () => {
    expect(new Set(parameters.map((p) => p.id)).size).toBe(parameters.length);
    for (const p of parameters) {
      expect(p.id).toMatch(/^kobayashi\./);
      expect(p.citation.document).toBe('kobayashi-jiritsu-2025');
      expect(p.values[0]?.from).toBe('2025-05-01');
    }
  });
  it('every kobayashi.* required document is a registered form', () => {
    const table = requiredDocuments.values[0]?.value;
    for (const kind of Object.values(table ?? {}))
      for (const doc of [...kind.pre, ...kind.post])
        if (doc.id.startsWith('kobayashi.')) expect(city.form(doc.id)?.title, doc.id).toBeDefined();
  });
  it('every source file that exports a function carries an @source tag', () => {
    const dir = new URL('.', import.meta.url).pathname;
    for (const f of files(dir).filter((x) => x.endsWith('.ts') && !x.endsWith('.test.ts'))) {
      const text = readFileSync(f, 'utf8');
      if (/export (async )?function/.test(text)) expect(text, f).toContain('@source');
    }
  });
});
