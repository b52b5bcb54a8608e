// Test helpers for @kaigo/rules-kobayashi (fictional data only).
import type { RuleResult } from '@kaigo/core';

// The privacy markers come from the shared test kit.
export { MARKER, expectNoMarker } from '@kaigo/testkit';

/** The reference date used by most tests. */
export const CTX = { referenceDate: '2025-06-15' };

/** Finding codes of a result. */
export const codes = (r: RuleResult<unknown>): string[] => r.findings.map((f) => f.code);
