import { describe, expect, it } from 'vitest';
import { formatHintOf, withFormatHint } from './formatHint';
import { SUPPORTED_YEAR_MONTH_PATTERN } from './primitives';

describe('withFormatHint / formatHintOf', () => {
  it('finds the hint by the pattern or by its text (zod reports the text)', () => {
    const pattern = withFormatHint(/^\d{3}-test$/, { format: '3桁-test', example: '123-test' });
    expect(formatHintOf(pattern)?.example).toBe('123-test');
    expect(formatHintOf(String(pattern))?.format).toBe('3桁-test');
    expect(formatHintOf(/^\d{3}-test$/)?.format).toBe('3桁-test');
  });
  it('has nothing for other patterns and non-patterns', () => {
    expect(formatHintOf(/^unhinted$/)).toBeUndefined();
    expect(formatHintOf(undefined)).toBeUndefined();
    expect(formatHintOf(42)).toBeUndefined();
  });
  it('explains a year-month of the right shape from its shape only', () => {
    const hint = formatHintOf(SUPPORTED_YEAR_MONTH_PATTERN);
    expect(hint?.explain?.('2025-13')).toBe('存在しない月です（月は 01〜12）。');
    expect(hint?.explain?.('2100-01')).toBe('対応範囲外の年月です（1873-01〜2099-12）。');
    expect(hint?.explain?.('2025/4')).toBeUndefined();
  });
});
