import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocumentSet } from './checkDocumentSet';

describe('checkDocumentSet', () => {
  it('complete set', () => {
    expect(checkDocumentSet(['a', 'b'], ['b', 'a'])).toEqual({
      present: ['a', 'b'],
      missing: [],
      misplaced: [],
      unexpected: [],
      duplicated: [],
      complete: true,
    });
  });
  it('missing, misplaced, unexpected and duplicated', () => {
    const r = checkDocumentSet(['a', 'b', 'c'], ['a', 'x', 'p', 'a', 'x'], ['p']);
    expect(r.present).toEqual(['a']);
    expect(r.missing).toEqual(['b', 'c']);
    expect(r.misplaced).toEqual(['p']);
    expect(r.unexpected).toEqual(['x']);
    expect(r.duplicated).toEqual(['a', 'x']);
    expect(r.complete).toBe(false);
  });
  it('a document required here is never misplaced even if also required elsewhere', () => {
    expect(checkDocumentSet(['a'], ['a'], ['a']).misplaced).toEqual([]);
  });
  it('empty submission: everything missing', () => {
    expect(checkDocumentSet(['a'], []).missing).toEqual(['a']);
  });
  it('duplicates alone do not make a set incomplete', () => {
    expect(checkDocumentSet(['a'], ['a', 'a']).complete).toBe(true);
  });
  it('law: present and missing partition the required list', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(fc.uniqueArray(id), fc.array(id), fc.array(id), (req, sub, other) => {
        const r = checkDocumentSet(req, sub, other);
        expect([...r.present, ...r.missing].sort()).toEqual([...req].sort());
        for (const m of r.missing) expect(sub).not.toContain(m);
        for (const x of [...r.misplaced, ...r.unexpected]) expect(req).not.toContain(x);
      }),
    );
  });
});
