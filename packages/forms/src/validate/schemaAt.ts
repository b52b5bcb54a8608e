import type * as z from 'zod';
import { fieldMeta } from '../meta/fieldMeta';
import type { FieldMeta } from '../meta/fieldMeta';

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  options?: z.ZodType[];
  getter?: () => z.ZodType;
};

const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Wrapper types whose metadata may sit on the wrapper or on the wrapped schema. */
const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'nonoptional',
  'catch',
]);

function metaOf(schema: z.ZodType): FieldMeta | undefined {
  let s: z.ZodType | undefined = schema;
  for (let i = 0; s && i < 10; i++) {
    const m = fieldMeta.get(s);
    if (m) return m;
    const d = def(s);
    s = WRAPPERS.has(d.type)
      ? d.innerType
      : d.type === 'pipe'
        ? d.in
        : d.type === 'lazy'
          ? d.getter?.()
          : undefined;
  }
  return undefined;
}

function child(schema: z.ZodType, key: string | number): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (let i = 0; s && i < 10; i++) {
    const d = def(s);
    if (WRAPPERS.has(d.type)) s = d.innerType;
    else if (d.type === 'pipe') s = d.in;
    else if (d.type === 'lazy') s = d.getter?.();
    else if (d.type === 'object')
      return typeof key === 'string' && d.shape && Object.hasOwn(d.shape, key)
        ? d.shape[key]
        : undefined;
    else if (d.type === 'array') return d.element;
    else if (d.type === 'tuple') return typeof key === 'number' ? d.items?.[key] : undefined;
    else if (d.type === 'record') return d.valueType;
    else if (d.type === 'union') {
      for (const o of d.options ?? []) {
        const c = child(o, key);
        if (c) return c;
      }
      return undefined;
    } else return undefined;
  }
  return undefined;
}

/**
 * スキーマを入力の位置に沿ってたどり、各階層のメタデータを集める（ラベルの組み立て用）。
 *
 * @example
 * ```ts
 * metaAlongPath(form.schema, ['supportPlan', 0, 'goal']).map((m) => m?.label);
 * ```
 */
export function metaAlongPath(
  root: z.ZodType,
  path: readonly PropertyKey[],
): (FieldMeta | undefined)[] {
  const out: (FieldMeta | undefined)[] = [];
  let s: z.ZodType | undefined = root;
  for (const key of path) {
    if (!s || typeof key === 'symbol') break;
    s = child(s, key);
    out.push(s ? metaOf(s) : undefined);
  }
  return out;
}

/**
 * 入力の位置の日本語ラベル（例: `支援計画 › 1行目 › 目標`）。ラベルのない階層は省き、配列の添字は「N行目」にする。
 *
 * @example
 * ```ts
 * labelAt(form.schema, ['birthDate']); // => '生年月日'
 * ```
 */
export function labelAt(root: z.ZodType, path: readonly PropertyKey[]): string {
  const metas = metaAlongPath(root, path);
  const parts: string[] = [];
  path.forEach((key, i) => {
    const label = metas[i]?.label;
    if (label) parts.push(label);
    else if (typeof key === 'number') parts.push(`${key + 1}行目`);
  });
  return parts.join(' › ');
}
