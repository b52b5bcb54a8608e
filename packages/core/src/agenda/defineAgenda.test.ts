import { describe, expect, it } from 'vitest';
import { defineAgenda } from './defineAgenda';

describe('defineAgenda', () => {
  const caseInput = { parse: (v: unknown) => ({ ok: true as const, data: v }) };
  it('keeps the declaration and checks the id shape', () => {
    const a = defineAgenda({ id: 'toy.agenda', title: '予定表', caseInput, items: () => [] });
    expect(a.id).toBe('toy.agenda');
    expect(() => defineAgenda({ id: 'Bad id', title: '', caseInput, items: () => [] })).toThrow();
  });
});
