import { describe, expect, it } from 'vitest';
import { CODE_CHOICES_LIMIT, describeCodeChoices } from './codeChoices';

describe('describeCodeChoices', () => {
  it('lists codes with their meanings', () => {
    expect(
      describeCodeChoices([
        { code: '1', label: 'はい' },
        { code: '0', label: 'いいえ' },
      ]),
    ).toBe('次のいずれか: 1（はい）, 0（いいえ）');
  });
  it('lists plain values, and codes without a meaning, as they are', () => {
    expect(describeCodeChoices(['new', { code: 'renewal' }])).toBe('次のいずれか: new, renewal');
  });
  it('caps a long list at the limit and counts the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => String(i));
    const text = describeCodeChoices(many);
    expect(text).toBe(`次のいずれか: ${many.slice(0, CODE_CHOICES_LIMIT).join(', ')} ほか 15 件`);
    expect(describeCodeChoices(many.slice(0, CODE_CHOICES_LIMIT))).not.toContain('ほか');
    expect(describeCodeChoices(['a', 'b', 'c'], 2)).toBe('次のいずれか: a, b ほか 1 件');
  });
});
