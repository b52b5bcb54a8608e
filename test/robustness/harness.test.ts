import { describe, expect, it } from 'vitest';
import { assertNoMarkers, assertSurvives, markStrings } from './harness';

// The harness itself must be able to fail, or every robustness test built on it proves nothing.
describe('robustness harness', () => {
  it('catches a throw', () => {
    expect(() =>
      assertSurvives('thrower', (v) => {
        if (Array.isArray(v)) throw new Error('boom');
      }),
    ).toThrow(/thrower threw/);
  });
  it('catches input mutation', () => {
    expect(() =>
      assertSurvives('mutator', (v) => {
        if (typeof v === 'object' && v !== null && !Array.isArray(v))
          (v as Record<string, unknown>)['x'] = 1;
      }),
    ).toThrow();
  });
  it('catches prototype pollution', () => {
    expect(() =>
      assertSurvives('polluter', () => {
        Object.defineProperty(Object.prototype, 'zzPolluted', { value: 1, configurable: true });
      }),
    ).toThrow();
    delete (Object.prototype as Record<string, unknown>)['zzPolluted'];
  });
  it('finds echoed markers', () => {
    const { marked, markers } = markStrings({ name: '架空 花子', nested: [{ address: '朝来市' }] });
    expect(markers).toHaveLength(2);
    expect(() => assertNoMarkers({ message: JSON.stringify(marked) }, markers)).toThrow();
    expect(() => assertNoMarkers({ message: '氏名が不正です' }, markers)).not.toThrow();
  });
});
