// The forms under test with their published JSON Schema, a strict Ajv2020 validator and seed records.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FormDefinition } from '@kaigo/forms';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
// Relative: the vitest aliases map `@kaigo/forms` only, not its `json-schema` subpath; fixtures are test data.
import { FORM_JSON_SCHEMA_KEYWORDS } from '../../packages/forms/src/json-schema/keywords';
import { nationalFixtures } from '../../packages/forms/test/fixtures/index';
import { formPackage } from '@kaigo/cli';
import { ALL_FORMS } from '../kit/cities';
import { fromSchema } from './records';
import type { Json, JsonSchema } from './records';

/** The folder of the package that publishes a form's schema files (`formPackage`: forms or rules-<city>). */
function schemaDir(formId: string): string {
  const dir = formPackage({ id: formId }).replace('@kaigo/', '');
  return fileURLToPath(new URL(`../../packages/${dir}/schemas/`, import.meta.url));
}

/** The published JSON Schema (draft 2020-12) of a form, read from `packages/<owner>/schemas/<id>.schema.json`. */
export function publishedSchema(formId: string): JsonSchema {
  return JSON.parse(
    readFileSync(`${schemaDir(formId)}${formId}.schema.json`, 'utf8'),
  ) as JsonSchema;
}

/**
 * A strict Ajv2020 validator for the published schema, as a consumer would build it: strict mode, ajv-formats,
 * the SDK's x- keywords registered. `allErrors` reports every problem, like `validate` does.
 */
export function ajvValidator(formId: string, allErrors = true): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors });
  addFormats(ajv);
  ajv.addVocabulary([...FORM_JSON_SCHEMA_KEYWORDS]);
  return ajv.compile(publishedSchema(formId));
}

/** One form with everything the differential tests and the benchmarks need. */
export interface FormUnderTest {
  readonly form: FormDefinition;
  readonly schema: JsonSchema;
  /** Valid fixtures of the form (national forms), else records generated from the JSON Schema. */
  readonly seeds: readonly Json[];
  /** Whether the seeds are the forms engineer's fixtures (true) or generated (false). */
  readonly fromFixtures: boolean;
}

/** Every registered form (national first), with its schema and seeds. */
export function formsUnderTest(): FormUnderTest[] {
  return ALL_FORMS.map((form) => {
    const schema = publishedSchema(form.id);
    const fixtures = nationalFixtures.find((f) => f.formId === form.id);
    const seeds = fixtures
      ? fixtures.valid.map((v) => v.input as Json)
      : fc.sample(fromSchema(schema), { numRuns: 8, seed: 20_250_401 });
    return { form, schema, seeds, fromFixtures: fixtures !== undefined };
  });
}
