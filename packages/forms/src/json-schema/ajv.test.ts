import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { nationalFixtures } from '../../test/fixtures/index';
import { allForms } from '../registry';
import { validate } from '../validate/validate';
import { getFormJsonSchema, formJsonSchemaIds } from './getFormJsonSchema';
import { FORM_JSON_SCHEMA_KEYWORDS, formJsonSchemaId } from './keywords';

const dir = fileURLToPath(new URL('../../schemas/', import.meta.url));
const read = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`${dir}${path}`, 'utf8')) as Record<string, unknown>;
const published = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));

function strictAjv2020(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary([...FORM_JSON_SCHEMA_KEYWORDS]);
  return ajv;
}

describe('published JSON Schemas (draft 2020-12)', () => {
  it('exist for every registered form, and only for them', () => {
    expect(published.map((f) => f.replace(/\.schema\.json$/, '')).sort()).toEqual(
      allForms()
        .map((f) => f.id)
        .sort(),
    );
  });
  it('are rejected by strict Ajv without the x- vocabulary (so the vocabulary test means something)', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    expect(() => ajv.compile(read('national.basicChecklist.schema.json'))).toThrow(/x-label/);
  });
  for (const file of published) {
    it(`${file} compiles under strict Ajv2020 and carries the form metadata`, () => {
      const schema = read(file);
      const id = file.replace(/\.schema\.json$/, '');
      const form = allForms().find((f) => f.id === id);
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toBe(formJsonSchemaId(id));
      expect(schema['title']).toBe(form?.typeName);
      expect(schema['title']).toMatch(/^[\x20-\x7e]+$/);
      expect(schema['x-label']).toBe(form?.title);
      expect(schema['x-source']).toEqual(form?.source);
      expect(schema['x-modelled']).toBe(form?.modelled);
      expect(schema['additionalProperties']).toBe(false);
      expect(() => strictAjv2020().compile(schema)).not.toThrow();
    });
  }
  it('draft-07 exports compile under strict Ajv (draft-07)', () => {
    for (const file of readdirSync(`${dir}draft-07`)) {
      const ajv = new Ajv({ strict: true });
      addFormats(ajv);
      ajv.addVocabulary([...FORM_JSON_SCHEMA_KEYWORDS]);
      const schema = read(`draft-07/${file}`);
      expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
      expect(() => ajv.compile(schema), file).not.toThrow();
    }
  });
  it('field metadata is carried: label, item number, code table', () => {
    const s = read('national.userBasicInfo.schema.json') as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(s.properties['sex']).toMatchObject({
      'x-label': '利用者性別',
      'x-item-no': 'UPKIHON No.16',
      'x-code-table': 'sex',
      'x-code-labels': { '1': '男性', '2': '女性' },
      enum: ['1', '2'],
    });
    expect(s.properties['careLevel']?.['x-code-table']).toBe('careLevelKihon');
    expect(s.properties['insuredNumber']?.['type']).toBe('string');
  });
  it('every code field carries the meanings of exactly its enum codes', () => {
    let codeFields = 0;
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if (typeof n['x-code-table'] === 'string') {
        codeFields++;
        const labels = n['x-code-labels'] as Record<string, string>;
        // A map: JSON puts integer-like keys first, so compare as sets.
        expect(Object.keys(labels).sort()).toEqual([...(n['enum'] as string[])].sort());
        for (const label of Object.values(labels)) expect(label).not.toBe('');
      }
      for (const v of Object.values(n)) walk(v);
    };
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json'))) walk(read(file));
    expect(codeFields).toBeGreaterThan(20);
  });
});

describe('Ajv and zod agree on the fixtures', () => {
  for (const fx of nationalFixtures) {
    it(fx.formId, () => {
      const form = allForms().find((f) => f.id === fx.formId);
      if (!form) throw new Error(fx.formId);
      const check = strictAjv2020().compile(read(`${fx.formId}.schema.json`));
      for (const v of fx.valid) {
        expect(check(v.input), `${v.name}: ${JSON.stringify(check.errors)}`).toBe(true);
        expect(validate(form, v.input).ok).toBe(true);
      }
      for (const inv of fx.invalid) {
        const zodIssues = validate(form, inv.input);
        expect(zodIssues.ok).toBe(false);
        expect(check(inv.input), inv.name).toBe(false);
        // Every path zod reports is also reported by Ajv (as a JSON pointer prefix).
        const pointers = (check.errors ?? []).map((e) => e.instancePath);
        for (const issue of zodIssues.issues) {
          const ptr = issue.path
            .slice(
              0,
              issue.code === 'unrecognized_key' || issue.code === 'required' ? -1 : undefined,
            )
            .map((k) => `/${k}`)
            .join('');
          expect(
            pointers.some((p) => p === ptr || p.startsWith(`${ptr}/`)),
            `${inv.name}: ${ptr}`,
          ).toBe(true);
        }
      }
    });
  }
});

describe('runtime getter (@kaigo/forms/json-schema)', () => {
  it('returns the generated schema of each form, and undefined for unknown ids', () => {
    expect(formJsonSchemaIds().slice().sort()).toEqual(
      allForms()
        .map((f) => f.id)
        .sort(),
    );
    expect(getFormJsonSchema('national.basicChecklist')).toEqual(
      read('national.basicChecklist.schema.json'),
    );
    expect(getFormJsonSchema('national.nope')).toBeUndefined();
    expect(getFormJsonSchema('toString')).toBeUndefined();
    expect(getFormJsonSchema(42)).toBeUndefined();
  });
});
