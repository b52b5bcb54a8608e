// The harness itself must be able to fail: a quadratic function fails assertLinearTime, a linear one passes.
import { describe, expect, it } from 'vitest';
import { assertLinearTime } from './harness';

const text = (n: number): string => 'ab'.repeat(n);

describe('assertLinearTime', () => {
  it('passes a linear scan', { timeout: 60_000 }, () => {
    assertLinearTime('linear scan', text, (s) => (s as string).split('').reverse().join(''), {
      n: 200_000,
    });
  });
  it('fails a quadratic scan, at both scales', { timeout: 60_000 }, () => {
    const quadratic = (s: unknown): number => {
      const t = s as string;
      let hits = 0;
      // Rescans the rest of the text from every position.
      for (let i = 0; i < t.length; i += 8)
        for (let j = i; j < t.length; j++) hits += t.charCodeAt(j) & 1;
      return hits;
    };
    expect(() =>
      assertLinearTime('quadratic scan', text, quadratic, { n: 1_000, floorMs: 0 }),
    ).toThrow(/quadratic scan: superlinear \(CPU time .* at 4000 .*; .* at 16000 /);
  });
});
