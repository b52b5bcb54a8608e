import { UsageError } from '../args';

const MAX_PARAM_LENGTH = 100_000;

/**
 * `--param id=value` (repeatable) as context overrides: the value is read as JSON when it is JSON
 * (`3500`, `["support1"]`, `{"values":[{"from":"2026-04-01","value":3500}]}`), otherwise as a string.
 */
export function parseParamOptions(options: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const option of options) {
    const eq = option.indexOf('=');
    const id = eq > 0 ? option.slice(0, eq) : '';
    if (!/^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/.test(id) || option.length > MAX_PARAM_LENGTH)
      throw new UsageError(
        '--param は パラメータid=値 の形で指定してください（例: --param kobayashi.fees=3500）。',
      );
    const text = option.slice(eq + 1);
    let value: unknown = text;
    try {
      value = JSON.parse(text);
    } catch {
      // not JSON: the value is the text itself (e.g. a date or a code)
    }
    Object.defineProperty(out, id, { value, enumerable: true, configurable: true, writable: true });
  }
  return out;
}

/** The context with `--param` overrides merged over the context's own `parameters`. */
export function withParamOverrides(context: unknown, overrides: Record<string, unknown>): unknown {
  if (Object.keys(overrides).length === 0) return context;
  const base =
    typeof context === 'object' && context !== null && !Array.isArray(context)
      ? (context as Record<string, unknown>)
      : {};
  const own = base['parameters'];
  const parameters = typeof own === 'object' && own !== null && !Array.isArray(own) ? own : {};
  return { ...base, parameters: { ...parameters, ...overrides } };
}
