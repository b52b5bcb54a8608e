import type { ColumnDef } from '../layout/column';
import type { FileLayout } from '../layout/layout';
import type { KeyPath } from './path';
import { splitKey } from './path';

/** Internal: a layout with its keys pre-split, cached per layout object. */
export interface CompiledLayout {
  readonly layout: FileLayout;
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

const cache = new WeakMap<FileLayout, CompiledLayout>();

function indexOfKey(layout: FileLayout, key: string): number {
  const i = layout.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`layout ${layout.prefix} has no column ${key}`);
  return i;
}

/** Compiles (once) the lookups the reader and writer need. */
export function compile(layout: FileLayout): CompiledLayout {
  let c = cache.get(layout);
  if (c) return c;
  const paths = layout.columns.map((col) => splitKey(col.key));
  c = {
    layout,
    columns: layout.columns,
    paths,
    flat: paths.map((p) => p.length === 1),
    keySet: new Set(layout.columns.map((col) => col.key)),
    keyIndexes: layout.key.map((k) => indexOfKey(layout, k)),
    repeats: (layout.repeats ?? []).map((r) => ({
      scope: r.scope.map((k) => indexOfKey(layout, k)),
      fields: r.fields.map((k) => indexOfKey(layout, k)),
    })),
    monthIndex:
      layout.monthSegment === 'required'
        ? layout.columns.findIndex((col) => col.key === 'targetMonth')
        : -1,
    versionIndex: layout.columns.findIndex((col) => col.key === 'csvVersion'),
  };
  cache.set(layout, c);
  return c;
}
