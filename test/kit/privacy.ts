// Privacy markers: put a marker in every string of an input, then check that no text a person reads (messages,
// labels, missing inputs, the trace) carries it.
import type { RuleResult } from '@kaigo/core';
import { expect } from 'vitest';

/** A marker that must never appear in a message, a label or a trace (a fictional name plus digits). */
export const MARKER = '架空花子_MARKER_1234567890';

/** Replaces every string leaf of `value` by {@link MARKER}. */
export function withMarkers(value: unknown): unknown {
  if (typeof value === 'string') return MARKER;
  if (Array.isArray(value)) return value.map(withMarkers);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withMarkers(v)]));
  return value;
}

/** Replaces every string leaf by a unique marker (`ZQX0QXZ`, `ZQX1QXZ`, …) and collects the markers. */
export function markStrings(value: unknown, markers: string[]): unknown {
  if (typeof value === 'string') {
    const m = `ZQX${markers.length}QXZ`;
    markers.push(m);
    return m;
  }
  if (Array.isArray(value)) return value.map((v) => markStrings(v, markers));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markStrings(v, markers)]));
  return value;
}

/** The text a user would read in a result: findings, missing inputs and the trace. */
export function resultText(r: RuleResult<unknown>): string {
  return JSON.stringify([r.findings, r.missing, r.trace ?? []]);
}

/** Asserts that no finding, missing-input label or trace step of `result` carries a marker. */
export function expectNoMarker(
  result: RuleResult<unknown>,
  markers: readonly string[] = ['MARKER'],
): void {
  const text = resultText(result);
  for (const m of markers) expect(text).not.toContain(m);
}

/** Free text and identifiers of an input: non-ASCII strings (names, addresses, notes) and long digit strings. */
export function personalStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/[^\x20-\x7e]/.test(value) && value.length >= 2) out.push(value);
    else if (/^\d{6,}$/.test(value)) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) personalStrings(v, out);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) personalStrings(v, out);
  return out;
}
