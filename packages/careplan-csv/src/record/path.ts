/** Internal helpers: dotted keys (`a.0.b`) ↔ nested objects/arrays. */

/** A column key split into segments; numeric segments index arrays. */
export type KeyPath = readonly (string | number)[];

/** Splits `emergencyContacts.0.name` into `['emergencyContacts', 0, 'name']`. */
export function splitKey(key: string): KeyPath {
  return key.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Reads a value at a path; undefined when any step is missing or not an object. */
export function getAt(obj: unknown, path: KeyPath): unknown {
  let cur: unknown = obj;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** Sets a value at a path, creating objects and arrays as needed. */
export function setAt(obj: Record<string, unknown>, path: KeyPath, value: unknown): void {
  let cur: Record<string | number, unknown> = obj;
  for (let k = 0; k < path.length - 1; k++) {
    const seg = path[k] as string | number;
    let next = cur[seg];
    if (next === undefined) {
      next = typeof path[k + 1] === 'number' ? [] : {};
      cur[seg] = next;
    }
    cur = next as Record<string | number, unknown>;
  }
  cur[path[path.length - 1] as string | number] = value;
}

/**
 * Normalises what {@link setAt} built: array holes become `{}`, trailing empty objects in arrays are
 * dropped, and empty objects/arrays are removed. Returns undefined when nothing is left.
 */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let k = 0; k < value.length; k++) {
      const v = k in value ? prune(value[k]) : undefined;
      out.push(v === undefined ? {} : v);
    }
    while (out.length > 0 && isEmptyObject(out[out.length - 1])) out.pop();
    return out.length === 0 ? undefined : out;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    let any = false;
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p !== undefined) {
        out[k] = p;
        any = true;
      }
    }
    return any ? out : undefined;
  }
  return value;
}

function isEmptyObject(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;
}

/** Every leaf (non-object value) of a plain object tree with its dotted key. */
export function leafKeys(value: unknown, prefix = '', out: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((v, k) => leafKeys(v, prefix === '' ? String(k) : `${prefix}.${k}`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      leafKeys(v, prefix === '' ? k : `${prefix}.${k}`, out);
  } else if (value !== undefined && prefix !== '') {
    out.push(prefix);
  }
  return out;
}
