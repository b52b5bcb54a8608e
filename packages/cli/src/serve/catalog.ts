// What the server publishes, derived once from the CLI registry: no per-form or per-rule code anywhere.
import type { Agenda, DatedParameter, RuleDescriptor } from '@kaigo/core';
import type { FormDefinition } from '@kaigo/forms';
import { ruleInputJsonSchema } from '@kaigo/forms';
import type { CliRegistry } from '../registry';

/** One rule with the city that publishes it. */
export interface CatalogRule {
  readonly rule: RuleDescriptor;
  readonly city: string;
  readonly cityName: string;
}

/** One city's agenda (`POST /cities/{cityId}/agenda`). */
export interface CatalogAgenda {
  readonly agenda: Agenda<unknown>;
  readonly city: string;
  readonly cityName: string;
}

/** The forms, rules and parameters of a registry, indexed by id. */
export interface Catalog {
  readonly registry: CliRegistry;
  readonly forms: ReadonlyMap<string, FormDefinition>;
  readonly rules: ReadonlyMap<string, CatalogRule>;
  readonly parameters: ReadonlyMap<string, { parameter: DatedParameter<unknown>; city: string }>;
  /** The cities that declare an agenda, by city id. */
  readonly agendas: ReadonlyMap<string, CatalogAgenda>;
  /** The published JSON Schema of a form (draft 2020-12), read once. */
  readonly formSchema: (form: FormDefinition) => unknown;
  /** The JSON Schema of a rule's input (from its zod schema), or undefined when the rule has none. */
  readonly ruleInputSchema: (rule: RuleDescriptor) => unknown;
  /** The JSON Schema of one case's `input` of an agenda (from its zod schema). */
  readonly agendaCaseSchema: (agenda: Agenda<unknown>) => unknown;
}

/** A parameter as JSON: everything but the `accepts` function. */
export function parameterJson(p: DatedParameter<unknown>, city?: string): Record<string, unknown> {
  return {
    id: p.id,
    ...(city === undefined ? {} : { city }),
    description: p.description,
    ...(p.unit === undefined ? {} : { unit: p.unit }),
    citation: p.citation,
    values: p.values,
    ...(p.until === undefined ? {} : { until: p.until }),
    ...(p.reading === undefined ? {} : { reading: p.reading }),
  };
}

function memo<K extends object>(make: (key: K) => unknown): (key: K) => unknown {
  const cache = new WeakMap<K, unknown>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, make(key));
    return cache.get(key);
  };
}

/** Builds the catalog of a registry (cheap: schemas are made on first use and kept). */
export function buildCatalog(registry: CliRegistry): Catalog {
  const forms = new Map(registry.forms.map((f) => [f.id, f] as const));
  const rules = new Map<string, CatalogRule>();
  const parameters = new Map<string, { parameter: DatedParameter<unknown>; city: string }>();
  const agendas = new Map<string, CatalogAgenda>();
  for (const c of registry.cities) {
    const agenda = c.definition?.agenda;
    if (agenda) agendas.set(c.city, { agenda, city: c.city, cityName: c.name });
    for (const rule of c.rules) {
      rules.set(rule.id, { rule, city: c.city, cityName: c.name });
      for (const p of rule.parameters ?? [])
        if (!parameters.has(p.id)) parameters.set(p.id, { parameter: p, city: c.city });
    }
    for (const p of c.parameters)
      if (!parameters.has(p.id)) parameters.set(p.id, { parameter: p, city: c.city });
  }
  return {
    registry,
    forms,
    rules,
    parameters,
    agendas,
    formSchema: memo((form: FormDefinition) => registry.jsonSchema(form, 'draft-2020-12')),
    ruleInputSchema: memo((rule: RuleDescriptor) => ruleInputJsonSchema(rule.input)),
    agendaCaseSchema: memo((agenda: Agenda<unknown>) => ruleInputJsonSchema(agenda.caseInput)),
  };
}
