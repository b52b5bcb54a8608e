import type { CodeTable } from '@kaigo/core';
import type { ColumnDef, ColumnType } from '../layout/column';
import type { FileLayout, MonthSegment } from '../layout/layout';
import { FILE_LAYOUTS } from '../layout/registry';
import type { KeyPath } from './path';
import { splitKey } from './path';

/**
 * Internal: a layout copied into plain data (so nothing of the caller's object is touched again: a getter or a
 * Proxy trap that throws can only do so here, where it is caught) with its keys pre-split.
 */
export interface CompiledLayout {
  readonly layout: FileLayout;
  /** The prefix, for messages (a custom layout's prefix is shown only if it looks like an ID). */
  readonly label: string;
  readonly prefix: string;
  readonly monthSegment: MonthSegment;
  readonly columns: readonly ColumnDef[];
  readonly paths: readonly KeyPath[];
  readonly flat: readonly boolean[];
  readonly keySet: ReadonlySet<string>;
  readonly keyIndexes: readonly number[];
  /** For each repeat rule: the scope column indexes and the field column indexes. */
  readonly repeats: readonly {
    readonly scope: readonly number[];
    readonly fields: readonly number[];
  }[];
  readonly monthIndex: number;
  readonly versionIndex: number;
}

/** Compiling failed: the layout is not a usable FileLayout (a programming error of the caller, reported). */
export type CompileResult =
  { readonly ok: true; readonly compiled: CompiledLayout } | { readonly ok: false };

const BUILT_IN = new Set<unknown>(FILE_LAYOUTS);
const cache = new WeakMap<object, CompiledLayout>();
const KINDS = new Set([
  'date',
  'month',
  'time',
  'digits',
  'code',
  'flag',
  'text',
  'string',
  'integer',
  'decimal',
]);
const MAX_COLUMNS = 10_000;

class Invalid extends Error {}
const need = (ok: boolean): void => {
  if (!ok) throw new Invalid();
};
const str = (v: unknown): string => {
  need(typeof v === 'string');
  return v as string;
};
const optStr = (v: unknown): string | undefined => (v === undefined ? undefined : str(v));
function list(v: unknown, max = MAX_COLUMNS): unknown[] {
  need(Array.isArray(v));
  const a = v as unknown[];
  const n = a.length;
  need(Number.isSafeInteger(n) && n <= max);
  const out: unknown[] = [];
  for (let k = 0; k < n; k++) out.push(a[k]);
  return out;
}
const obj = (v: unknown): Record<string, unknown> => {
  need(v !== null && typeof v === 'object');
  return v as Record<string, unknown>;
};
const regex = (v: unknown): RegExp => {
  need(v instanceof RegExp);
  const r = v as RegExp;
  return new RegExp(str(r.source), str(r.flags).replace(/[gy]/g, ''));
};

function copyTable(v: unknown): CodeTable {
  const t = obj(v);
  const entries = list(t.entries, 100_000).map((e) => {
    const entry = obj(e);
    return { code: str(entry.code), label: optStr(entry.label) ?? '' };
  });
  return {
    id: optStr(t.id) ?? '',
    label: str(t.label),
    source: t.source as CodeTable['source'], // kept by reference, never read by the reader or writer
    entries,
  };
}

function copyType(v: unknown): ColumnType {
  const t = obj(v);
  const kind = str(t.kind);
  need(KINDS.has(kind));
  switch (kind) {
    case 'date':
    case 'month':
    case 'time': {
      const placeholder = optStr(t.placeholder);
      const endOfDay = kind === 'time' && t.endOfDay === true;
      return {
        kind,
        ...(placeholder === undefined ? {} : { placeholder }),
        ...(endOfDay ? { endOfDay } : {}),
      } as ColumnType;
    }
    case 'digits': {
      const length = t.length;
      need(typeof length === 'number' && Number.isSafeInteger(length) && length > 0);
      return { kind, length: length as number };
    }
    case 'code':
    case 'flag':
      return { kind, table: copyTable(t.table) } as ColumnType;
    case 'string': {
      const pattern = t.pattern === undefined ? undefined : regex(t.pattern);
      const patternLabel = optStr(t.patternLabel);
      return {
        kind,
        ...(pattern === undefined ? {} : { pattern }),
        ...(patternLabel === undefined ? {} : { patternLabel }),
      };
    }
    case 'decimal':
      return { kind, pattern: regex(t.pattern), patternLabel: str(t.patternLabel) };
    default:
      return { kind } as ColumnType;
  }
}

function copyColumn(v: unknown, index: number): ColumnDef {
  const c = obj(v);
  const no = c.no;
  need(no === index + 1);
  const length = c.length;
  need(
    length === undefined ||
      (typeof length === 'number' && Number.isSafeInteger(length) && length > 0),
  );
  need(typeof c.required === 'boolean');
  const key = str(c.key);
  need(key !== '' && !key.split('.').some((s) => s === ''));
  const note = optStr(c.note);
  return {
    no: no as number,
    name: str(c.name),
    key,
    type: copyType(c.type),
    length: length as number | undefined,
    required: c.required as boolean,
    ...(note === undefined ? {} : { note }),
  };
}

function build(layout: unknown): CompiledLayout {
  const l = obj(layout);
  const prefix = str(l.prefix);
  const monthSegment = str(l.monthSegment) as MonthSegment;
  need(['none', 'required', 'optional'].includes(monthSegment));
  const columns = list(l.columns).map(copyColumn);
  need(columns.length > 0);
  const keys = columns.map((col) => col.key);
  const keySet = new Set(keys);
  need(keySet.size === keys.length);
  const indexOfKey = (k: unknown): number => {
    const i = keys.indexOf(str(k));
    need(i >= 0);
    return i;
  };
  const keyIndexes = list(l.key).map(indexOfKey);
  const repeats = (l.repeats === undefined ? [] : list(l.repeats)).map((r) => {
    const rule = obj(r);
    return { scope: list(rule.scope).map(indexOfKey), fields: list(rule.fields).map(indexOfKey) };
  });
  const versionIndex = keys.indexOf('csvVersion');
  need(versionIndex >= 0);
  const monthIndex = monthSegment === 'required' ? keys.indexOf('targetMonth') : -1;
  need(monthSegment !== 'required' || monthIndex >= 0);
  const paths = keys.map(splitKey);
  return {
    layout: layout as FileLayout,
    label: /^[A-Z0-9_]{1,32}$/.test(prefix) ? prefix : 'レイアウト',
    prefix,
    monthSegment,
    columns,
    paths,
    flat: paths.map((p) => p.length === 1),
    keySet,
    keyIndexes,
    repeats,
    monthIndex,
    versionIndex,
  };
}

/**
 * Compiles the lookups the reader and writer need. The built-in layouts are compiled once and cached; any other
 * object is copied and checked on every call (it may be mutable). Never throws.
 */
export function compile(layout: unknown): CompileResult {
  const builtIn = BUILT_IN.has(layout);
  if (builtIn) {
    const hit = cache.get(layout as object);
    if (hit) return { ok: true, compiled: hit };
  }
  try {
    const compiled = build(layout);
    if (builtIn) cache.set(layout as object, compiled);
    return { ok: true, compiled };
  } catch {
    return { ok: false };
  }
}

/** The issue for a layout that cannot be used. */
export const LAYOUT_INVALID_MESSAGE =
  'レイアウト（FileLayout）が正しくありません（項目表・キー・CSVバージョンの項目を確かめてください）。';
