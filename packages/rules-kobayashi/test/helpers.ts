// Test helpers for @kaigo/rules-kobayashi (fictional data only).
import type { RuleResult } from '@kaigo/core';
import { expect } from 'vitest';

/** A marker string put in every string field of bad input; it must never appear in a message. */
export const MARKER = '架空太郎MARKER0000000001';

/** Asserts that no finding message and no missing label repeats the marker. */
export function expectNoMarker(result: RuleResult<unknown>): void {
  for (const f of result.findings) expect(f.message).not.toContain('MARKER');
  for (const m of result.missing) expect(m.label).not.toContain('MARKER');
}

/** The reference date used by most tests. */
export const CTX = { referenceDate: '2025-06-15' };

/** Finding codes of a result. */
export const codes = (r: RuleResult<unknown>): string[] => r.findings.map((f) => f.code);
