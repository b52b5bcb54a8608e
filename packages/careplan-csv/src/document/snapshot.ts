/** Internal: a form/file mapping copied into plain data once, so that later steps never touch the caller's object. */
import type { FormDefinition } from '@kaigo/forms';
import type { FileLayout } from '../layout/layout';
import { compile } from '../record/compiled';
import type { FormFileMapping } from './mappings';

export interface MappingSnapshot {
  readonly form: FormDefinition;
  readonly title: string;
  readonly layouts: readonly FileLayout[];
  readonly headerKeys?: readonly string[];
  readonly rowsKey?: string;
  readonly children: readonly { readonly layout: FileLayout; readonly key: string }[];
  readonly kind?: { readonly key: string; readonly byPrefix: ReadonlyMap<string, string> };
}

const MAX = 1_000;

function strings(v: unknown): string[] {
  if (!Array.isArray(v) || v.length > MAX) throw new Error('not a list');
  const out: string[] = [];
  for (let k = 0; k < v.length; k++) {
    const s: unknown = v[k];
    if (typeof s !== 'string') throw new Error('not a string');
    out.push(s);
  }
  return out;
}

function layoutList(v: unknown): FileLayout[] {
  if (!Array.isArray(v) || v.length > MAX) throw new Error('not a list');
  const out: FileLayout[] = [];
  for (let k = 0; k < v.length; k++) {
    const l: unknown = v[k];
    if (!compile(l).ok) throw new Error('bad layout');
    out.push(l as FileLayout);
  }
  return out;
}

/** Copies and checks a mapping; undefined when it is not a usable FormFileMapping (never throws). */
export function snapshotMapping(mapping: unknown): MappingSnapshot | undefined {
  try {
    if (mapping === null || typeof mapping !== 'object') return undefined;
    const m = mapping as FormFileMapping & Record<string, unknown>;
    const form = m.form as unknown;
    if (form === null || typeof form !== 'object') return undefined;
    const rawTitle = (form as { title?: unknown }).title;
    const title = typeof rawTitle === 'string' && rawTitle.length <= 100 ? rawTitle : '様式';
    const layouts = layoutList(m.layouts);
    if (layouts.length === 0) return undefined;
    const headerKeys = m.headerKeys === undefined ? undefined : strings(m.headerKeys);
    const rowsKey = m.rowsKey as unknown;
    if (rowsKey !== undefined && typeof rowsKey !== 'string') return undefined;
    const children: { layout: FileLayout; key: string }[] = [];
    const rawChildren = m.children as unknown;
    if (rawChildren !== undefined) {
      if (!Array.isArray(rawChildren) || rawChildren.length > MAX) return undefined;
      for (let k = 0; k < rawChildren.length; k++) {
        const c: unknown = rawChildren[k];
        if (c === null || typeof c !== 'object') return undefined;
        const { layout, key } = c as { layout: unknown; key: unknown };
        if (typeof key !== 'string' || !compile(layout).ok) return undefined;
        children.push({ layout: layout as FileLayout, key });
      }
    }
    let kind: MappingSnapshot['kind'];
    const rawKind = m.kind as unknown;
    if (rawKind !== undefined) {
      if (rawKind === null || typeof rawKind !== 'object') return undefined;
      const { key, byPrefix } = rawKind as { key: unknown; byPrefix: unknown };
      if (typeof key !== 'string' || byPrefix === null || typeof byPrefix !== 'object')
        return undefined;
      const map = new Map<string, string>();
      for (const p of Object.keys(byPrefix)) {
        const v = (byPrefix as Record<string, unknown>)[p];
        if (typeof v !== 'string') return undefined;
        map.set(p, v);
      }
      kind = { key, byPrefix: map };
    }
    return {
      form: form as FormDefinition,
      title,
      layouts,
      ...(headerKeys === undefined ? {} : { headerKeys }),
      ...(typeof rowsKey === 'string' ? { rowsKey } : {}),
      children,
      ...(kind === undefined ? {} : { kind }),
    };
  } catch {
    return undefined;
  }
}

/** The finding for a mapping that cannot be used. */
export const MAPPING_INVALID_MESSAGE =
  '様式とファイルの対応（FormFileMapping）が正しくありません（USER_BASIC_INFO_CSV などを指定してください）。';
