// Walks a form's JSON Schema (draft 2020-12, with our x-label / x-item-no / x-code-table keys) into a flat
// list of fields for the form pages.

/** One field of a form, flattened. */
export interface FieldRow {
  /** `a.b[].c` */
  readonly path: string;
  readonly label: string;
  readonly type: string;
  readonly required: boolean;
  readonly itemNo: string;
  readonly codeTable?: string;
  readonly codes: readonly string[];
}

type Schema = Record<string, unknown>;

const isSchema = (v: unknown): v is Schema =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function resolve(s: Schema, root: Schema): Schema {
  let cur = s;
  for (let i = 0; i < 10 && typeof cur['$ref'] === 'string'; i++) {
    const ref = cur['$ref'];
    if (ref === '#') return root;
    const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
    const defs = m ? root[m[1] ?? ''] : undefined;
    const target = isSchema(defs) ? defs[m?.[2] ?? ''] : undefined;
    if (!isSchema(target)) return cur;
    cur = { ...target, ...Object.fromEntries(Object.entries(cur).filter(([k]) => k !== '$ref')) };
  }
  return cur;
}

const FORMAT: Record<string, string> = {
  date: '日付（YYYY-MM-DD）',
  time: '時刻',
  'date-time': '日時',
  email: 'メールアドレス',
};

function describeType(s: Schema): string {
  if (Array.isArray(s['enum'])) return 'コード';
  if (s['const'] !== undefined) return `固定値 ${JSON.stringify(s['const'])}`;
  const t = s['type'];
  const types = Array.isArray(t) ? t : t === undefined ? [] : [t];
  const parts: string[] = [];
  for (const ty of types) {
    if (ty === 'string') {
      const fmt = typeof s['format'] === 'string' ? FORMAT[s['format']] : undefined;
      if (fmt) parts.push(fmt);
      else if (typeof s['pattern'] === 'string')
        parts.push(`文字列（パターン \`${s['pattern']}\`）`);
      else if (typeof s['maxLength'] === 'number')
        parts.push(`文字列（${s['maxLength']}文字以内）`);
      else parts.push('文字列');
    } else if (ty === 'integer' || ty === 'number') {
      const range: string[] = [];
      if (typeof s['minimum'] === 'number') range.push(`${s['minimum']}以上`);
      if (typeof s['exclusiveMinimum'] === 'number') range.push(`${s['exclusiveMinimum']}超`);
      if (typeof s['maximum'] === 'number' && s['maximum'] < Number.MAX_SAFE_INTEGER)
        range.push(`${s['maximum']}以下`);
      const name = ty === 'integer' ? '整数' : '数値';
      parts.push(range.length > 0 ? `${name}（${range.join('、')}）` : name);
    } else if (ty === 'boolean') parts.push('真偽値');
    else if (ty === 'array') parts.push('配列');
    else if (ty === 'object') parts.push('オブジェクト');
    else if (ty === 'null') parts.push('null');
    else parts.push(String(ty));
  }
  return parts.length > 0 ? parts.join(' または ') : '任意の値';
}

/** Flattens a JSON Schema into field rows (depth-first, in property order). */
export function schemaFields(root: Schema): FieldRow[] {
  const rows: FieldRow[] = [];
  const seen = new Set<Schema>();
  const visit = (raw: Schema, path: string, required: boolean, labels: string[]): void => {
    const s = resolve(raw, root);
    // unions: nullable (x | null) keeps the non-null branch; other unions are listed as alternatives
    const anyOf = (s['anyOf'] ?? s['oneOf']) as unknown;
    if (Array.isArray(anyOf)) {
      const branches = anyOf.filter(isSchema).map((b) => resolve(b, root));
      const nonNull = branches.filter((b) => b['type'] !== 'null');
      if (nonNull.length === 1 && nonNull[0]) {
        visit({ ...nonNull[0], ...pick(s) }, path, required, labels);
        return;
      }
    }
    const label = typeof s['x-label'] === 'string' ? s['x-label'] : '';
    const fullLabel = [...labels, ...(label ? [label] : [])];
    if (path !== '') {
      rows.push({
        path,
        label: fullLabel.join(' › '),
        type: Array.isArray(anyOf)
          ? anyOf
              .filter(isSchema)
              .map((b) => describeType(resolve(b, root)))
              .join(' または ')
          : describeType(s),
        required,
        itemNo: typeof s['x-item-no'] === 'string' ? s['x-item-no'] : '',
        ...(typeof s['x-code-table'] === 'string' ? { codeTable: s['x-code-table'] } : {}),
        codes: Array.isArray(s['enum']) ? s['enum'].map(String) : [],
      });
    }
    if (seen.has(s)) return;
    seen.add(s);
    const props = s['properties'];
    if (isSchema(props)) {
      const req = new Set(Array.isArray(s['required']) ? (s['required'] as string[]) : []);
      for (const [key, child] of Object.entries(props))
        if (isSchema(child))
          visit(child, path === '' ? key : `${path}.${key}`, req.has(key), fullLabel);
    }
    const items = s['items'];
    if (isSchema(items)) visit(items, `${path}[]`, true, fullLabel);
    const prefix = s['prefixItems'];
    if (Array.isArray(prefix))
      prefix.forEach((p, i) => {
        if (isSchema(p)) visit(p, `${path}[${i}]`, true, fullLabel);
      });
    const extra = s['additionalProperties'];
    if (isSchema(extra) && Object.keys(extra).length > 0)
      visit(extra, `${path}.*`, false, fullLabel);
    seen.delete(s);
  };
  visit(root, '', true, []);
  return rows;
}

function pick(s: Schema): Schema {
  const out: Schema = {};
  for (const k of ['x-label', 'x-item-no', 'x-code-table', 'description'])
    if (s[k] !== undefined) out[k] = s[k];
  return out;
}
