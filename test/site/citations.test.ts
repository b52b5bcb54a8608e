// Every citation of a rule or a parameter names a section that exists in its seed document (one normalised
// section per citation), and the section parser/resolver behave on small fictional texts.
import { describe, expect, it } from 'vitest';
import { allCities } from '@kaigo/cli';
import { readSeeds } from '../../scripts/docs/site/seeds';
import { parseSections, resolveSection, sectionLabel } from '../../scripts/docs/site/sections';

describe('citations resolve to one section of their source document', () => {
  const seeds = readSeeds();
  const sections = new Map(seeds.map((d) => [d.id, parseSections(d.id, d.text)]));

  it('reads the five seed documents', () => {
    expect([...sections.keys()].sort()).toEqual([
      'akashi-policy-2023',
      'asago-ikiiki-2024',
      'isehara-tenken-2024',
      'kobayashi-jiritsu-2025',
      'kumamoto-kanyo-2024',
    ]);
  });

  it('every rule source and parameter citation of a seed document names a section it has', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const city of allCities()) {
      const citations = [
        ...city.rules.flatMap((r) => r.sources.map((c) => ({ who: r.id, c }))),
        ...city.parameters.flatMap((p) =>
          [p.citation, ...p.values.flatMap((v) => (v.citation ? [v.citation] : []))].map((c) => ({
            who: p.id,
            c,
          })),
        ),
      ];
      for (const { who, c } of citations) {
        const ss = sections.get(c.document);
        if (!ss) continue;
        checked++;
        if (!resolveSection(ss, c.section)) missing.push(`${who}: ${c.document} ${c.section}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('小林市 ３（１） is one section, written one way', () => {
    const ss = sections.get('kobayashi-jiritsu-2025') ?? [];
    const a = resolveSection(ss, '３（１）サービス提供事業所（提出期限）');
    const b = resolveSection(ss, '３（１）サービス提供事業所');
    expect(a?.section).toBe(b?.section);
    expect(sectionLabel(a!.section)).toBe('３（１） サービス提供事業所');
    expect(a?.detail).toBe('(提出期限)');
  });
});

describe('parseSections / resolveSection (fictional text)', () => {
  const text = [
    '架空市 実施要領',
    '１ 目的  架空の事業を行う。',
    '（１）対象：架空の人',
    '本文',
    '２ 期  間 令和７年度',
    '２ 別の節',
    '（１）書類',
  ].join('\n');
  const ss = parseSections('sample-2025', text);

  it('splits by headings, keeps the front matter, joins spaced-out titles', () => {
    expect(ss.map(sectionLabel)).toEqual([
      '前文',
      '１ 目的',
      '１（１） 対象',
      '２ 期間',
      '２ 別の節',
      '２（１） 書類',
    ]);
    expect(new Set(ss.map((s) => s.anchor)).size).toBe(ss.length);
  });

  it('tells a repeated number apart by its title, and fails on an unknown or ambiguous section', () => {
    expect(resolveSection(ss, '２ 別の節')?.section.anchor).toBe('s-2b');
    expect(resolveSection(ss, '２ 期間 第2段落')?.detail).toBe('第2段落');
    expect(resolveSection(ss, '２')).toBeUndefined();
    expect(resolveSection(ss, '９（１）')).toBeUndefined();
    expect(resolveSection(ss, '１（１）')?.section.id).toBe('１（１）');
    expect(resolveSection(ss, '１ 目的 （１）対象')?.section.id).toBe('１（１）');
  });
});
