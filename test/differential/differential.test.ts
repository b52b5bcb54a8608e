// zod (`validate`) and a strict Ajv2020 validator compiled from the published JSON Schema must agree on the
// validity of every record: the fixtures, records generated from the schema, and mutations of both. Where they
// legitimately cannot agree, the difference is in KNOWN_DIFFERENCES below (and KNOWN_DIFFERENCES.md).
import { validate } from '@kaigo/forms';
import type { ValidationResult } from '@kaigo/forms';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ajvValidator, formsUnderTest } from './forms';
import { recordsOf, shortReport } from './records';
import type { Json } from './records';

/** A documented, allowed disagreement between zod and Ajv2020 (see KNOWN_DIFFERENCES.md). */
interface KnownDifference {
  readonly id: string;
  readonly why: string;
  /** Whether this difference explains the observed outcomes for `input`. */
  readonly applies: (
    input: unknown,
    zod: ValidationResult<unknown>,
    ajv: boolean | 'threw',
  ) => boolean;
}

/**
 * The allow-list. For JSON documents — what a JSON Schema describes — no difference is allowed: none was found
 * (the forms keep their schemas structural, as design.md requires). The one entry concerns values JSON cannot
 * carry.
 */
const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    id: 'unreadable-input',
    why: 'A getter that throws (or a revoked proxy) is not JSON. validate reports unreadable_input; Ajv throws.',
    applies: (_input, zod, ajv) =>
      ajv === 'threw' && !zod.ok && zod.issues.some((i) => i.code === 'unreadable_input'),
  },
];

const RUNS_NATIONAL = 120;
const RUNS_LOCAL = 40;

function compare(
  formId: string,
  check: (v: unknown) => boolean,
  form: Parameters<typeof validate>[0],
) {
  return (input: unknown, label: string): void => {
    const zod = validate(form, input);
    let ajv: boolean | 'threw';
    try {
      ajv = check(input);
    } catch {
      ajv = 'threw';
    }
    if (zod.ok === ajv) return;
    const known = KNOWN_DIFFERENCES.find((d) => d.applies(input, zod, ajv));
    expect(
      known,
      `${formId} ${label}: zod ok=${zod.ok}, ajv=${String(ajv)}; zod issues ${JSON.stringify(
        zod.ok ? [] : zod.issues.map((i) => `${i.code}@${i.path.join('/')}`),
      )}`,
    ).toBeDefined();
  };
}

describe('zod and Ajv2020 agree on validity (generated and mutated records)', () => {
  const forms = formsUnderTest();
  it('covers every registered form', () => {
    expect(forms.length).toBeGreaterThan(30);
  });
  for (const f of forms) {
    it(`${f.form.id}${f.fromFixtures ? '' : ' (seeds generated from the schema)'}`, () => {
      const check = ajvValidator(f.form.id);
      const agree = compare(f.form.id, (v) => check(v), f.form);
      let valid = 0;
      let invalid = 0;
      fc.assert(
        fc.property(recordsOf(f.seeds, f.schema), (m) => {
          agree(m.record, m.mutations.join('; ') || 'seed');
          if (validate(f.form, m.record).ok) valid++;
          else invalid++;
        }),
        {
          numRuns: f.fromFixtures ? RUNS_NATIONAL : RUNS_LOCAL,
          seed: 20_251_001,
          reporter: shortReport,
        },
      );
      // The generator must produce both kinds, or agreement would prove little.
      expect(valid).toBeGreaterThan(0);
      expect(invalid).toBeGreaterThan(0);
    });
  }
});

/** Values JSON cannot carry, put into a seed record: the two validators still agree, or the difference is listed. */
function nonJsonVariants(seed: Json): { name: string; input: unknown }[] {
  const base = seed as Record<string, unknown>;
  const firstKey = Object.keys(base)[0] ?? 'x';
  const firstArrayKey = Object.keys(base).find((k) => Array.isArray(base[k]));
  const out: { name: string; input: unknown }[] = [
    { name: 'NaN field', input: { ...base, [firstKey]: Number.NaN } },
    { name: 'Infinity field', input: { ...base, [firstKey]: Number.POSITIVE_INFINITY } },
    { name: 'undefined field', input: { ...base, [firstKey]: undefined } },
    { name: 'bigint field', input: { ...base, [firstKey]: 1n } },
    { name: 'boxed string field', input: { ...base, [firstKey]: new String('x') } },
    { name: 'inherited fields', input: Object.create(base) as unknown },
    { name: 'null prototype', input: Object.assign(Object.create(null) as object, base) },
    { name: 'symbol key', input: { ...base, [Symbol('s')]: 1 } },
    {
      name: 'non-enumerable extra key',
      input: Object.defineProperty({ ...base }, 'zz', { value: 1, enumerable: false }),
    },
    {
      name: 'throwing getter',
      input: Object.defineProperty({ ...base }, firstKey, {
        get(): never {
          throw new Error('unreadable');
        },
        enumerable: true,
      }),
    },
    { name: 'Date root', input: Object.assign(new Date(0), base) },
    { name: 'Map root', input: new Map(Object.entries(base)) },
  ];
  if (firstArrayKey) {
    const rows = base[firstArrayKey] as unknown[];
    // eslint-disable-next-line no-sparse-arrays -- a sparse array is the point of this case
    out.push({ name: 'sparse array', input: { ...base, [firstArrayKey]: [, ...rows] } });
    out.push({ name: 'undefined row', input: { ...base, [firstArrayKey]: [undefined, ...rows] } });
  }
  return out;
}

describe('zod and Ajv2020 on values JSON cannot carry', () => {
  for (const f of formsUnderTest()) {
    it(f.form.id, () => {
      const check = ajvValidator(f.form.id);
      const agree = compare(f.form.id, (v) => check(v), f.form);
      for (const seed of f.seeds) for (const v of nonJsonVariants(seed)) agree(v.input, v.name);
    });
  }
  it('the allow-list is exercised (a throwing getter is the one listed difference)', () => {
    const f = formsUnderTest()[0];
    if (!f) throw new Error('no forms');
    const input = Object.defineProperty({}, 'answers', {
      get(): never {
        throw new Error('unreadable');
      },
      enumerable: true,
    });
    const check = ajvValidator(f.form.id);
    expect(() => check(input)).toThrow();
    const zod = validate(f.form, input);
    expect(zod.ok).toBe(false);
    expect(KNOWN_DIFFERENCES.some((d) => d.applies(input, zod, 'threw'))).toBe(true);
  });
});
