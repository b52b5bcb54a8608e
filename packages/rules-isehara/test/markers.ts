// Test helper: fills every string in a value with a marker, and checks that no result text carries it.
import type { RuleResult } from '@kaigo/core';

/** A marker that must never appear in a message. */
export const MARKER = '架空花子_MARKER_1234567890';

/** Replaces every string leaf of `value` by a marker string. */
export function withMarkers(value: unknown): unknown {
  if (typeof value === 'string') return MARKER;
  if (Array.isArray(value)) return value.map(withMarkers);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withMarkers(v)]));
  return value;
}

/** The text a user would read: messages, labels, findings, missing inputs and the trace. */
export function resultText(r: RuleResult<unknown>): string {
  return JSON.stringify([r.findings, r.missing, r.trace]);
}
