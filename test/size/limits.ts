/**
 * Byte ceilings (gzip, minified, browser ESM bundle from the built packages) for typical imports.
 * Stated in test/size/README.md; raising one is a reviewed change. Ceilings are the measured size plus about 25 %.
 */
import { CITIES } from '../kit/cities';

export interface SizeFixture {
  /** What a consumer imports. */
  readonly name: string;
  /** The entry source bundled with esbuild. */
  readonly source: string;
  /** Ceiling in gzip bytes. */
  readonly maxGzipBytes: number;
  /** Gzip bytes measured when the ceiling was set (for the README and the review of a raise). */
  readonly measuredGzipBytes: number;
  /** Strings that must not appear in the bundle (other cities, the JSON Schema generator, other zod locales). */
  readonly forbidden: readonly string[];
}

/** Strings only our JSON Schema generator and the generated schemas contain (`@kaigo/forms/json-schema`). */
export const SDK_GENERATOR_MARKERS = ['kaigo-sdk.invalid/schemas', 'x-form-id'];

/**
 * Strings of zod's locales other than `ja` (which the SDK imports directly) and `en` (see below): present only if
 * `z.locales` or a locale file other than ja/en is pulled in.
 */
export const OTHER_ZOD_LOCALE_MARKERS = [
  'Ungültige Eingabe', // de
  'Entrée invalide', // fr
  'Entrada inválida', // es
  '无效输入', // zh-CN
];

/**
 * zod classic (`import * as z from 'zod'`) itself carries its JSON Schema generator (every schema has a
 * `.toJSONSchema()` method: zod/v4/classic/schemas.js → zod/v4/core/to-json-schema.js) and registers its `en`
 * locale on the first schema it constructs (zod/v4/classic/schemas.js, deliberately not tree-shakable). Any bundle
 * with a zod schema contains these; only a bundle without zod can be held to them. Moving the SDK to `zod/mini`
 * would remove them (a bare zod/mini schema bundles to 4.4 kB gzip vs 25 kB for zod classic).
 */
export const ZOD_CLASSIC_BUILTIN_MARKERS = [
  'https://json-schema.org/draft/2020-12/schema', // zod's toJSONSchema
  'Invalid input: expected', // zod's en locale
];

/** A string that only each city's package contains: its source document id, from its city definition. */
export const CITY_MARKERS: Readonly<Record<string, string>> = Object.fromEntries(
  CITIES.map((c) => [c.id, c.sources[0]?.id ?? `${c.id}-`]),
);

/** Markers of every city except `city`. */
export function otherCities(city: string): string[] {
  return Object.entries(CITY_MARKERS)
    .filter(([c]) => c !== city)
    .map(([, m]) => m);
}

/** What a city import must not contain. */
const cityForbidden = (city: string): string[] => [
  ...otherCities(city),
  ...SDK_GENERATOR_MARKERS,
  ...OTHER_ZOD_LOCALE_MARKERS,
];

/** One rule of a city, as a consumer calls it. */
const cityRule = (
  city: string,
  name: string,
  call: string,
  measuredGzipBytes: number,
): SizeFixture => ({
  name: `${city} の1ルール（@kaigo/rules-${city} ${name}）`,
  source: `import { ${name} } from '@kaigo/rules-${city}'; console.log(${call});`,
  maxGzipBytes: Math.ceil((measuredGzipBytes * 1.25) / 500) * 500,
  measuredGzipBytes,
  forbidden: cityForbidden(city),
});

/**
 * Measured from the built packages (per-module ESM), through each package entry. A city's `rules` and `parameters`
 * are defined in its src/city.ts and only re-exported by src/index.ts: a statement in the entry that reads
 * `city.rules` would make a bundler keep the city definition and so every rule. The rule model (`defineRule`:
 * context and override parsing, the trace, the result builder) adds about 4 kB gzip to one rule; the 和暦 parser
 * grew with the supported-range check and the short-input bound.
 */
export const FIXTURES: readonly SizeFixture[] = [
  {
    name: '和暦の読み取り（@kaigo/core parseWareki）',
    source: `import { parseWareki } from '@kaigo/core'; console.log(parseWareki('R7.5.1'));`,
    maxGzipBytes: 2_500,
    measuredGzipBytes: 2_183,
    forbidden: [
      ...Object.values(CITY_MARKERS),
      'holiday',
      ...SDK_GENERATOR_MARKERS,
      ...OTHER_ZOD_LOCALE_MARKERS,
      ...ZOD_CLASSIC_BUILTIN_MARKERS,
    ],
  },
  cityRule('kobayashi', 'checkEligibility', 'checkEligibility({}, {})', 34_835),
  cityRule('kumamoto', 'evaluateVerificationFlow', 'evaluateVerificationFlow({}, {})', 37_903),
  cityRule('akashi', 'checkCareManagementCase', 'checkCareManagementCase({}, {})', 35_641),
  cityRule('isehara', 'checkPreSubmission', 'checkPreSubmission({}, {})', 35_877),
  cityRule('asago', 'evaluateChecklistGoal', 'evaluateChecklistGoal({}, {})', 43_089),
  {
    name: '1様式のスキーマと検証（@kaigo/forms basicChecklistForm + validate）',
    source: `import { basicChecklistForm, validate } from '@kaigo/forms'; console.log(validate(basicChecklistForm, {}));`,
    maxGzipBytes: 41_500,
    measuredGzipBytes: 34_118,
    forbidden: [
      ...Object.values(CITY_MARKERS),
      ...SDK_GENERATOR_MARKERS,
      ...OTHER_ZOD_LOCALE_MARKERS,
    ],
  },
  {
    name: '1様式の高速検証（@kaigo/forms basicChecklistForm + validateFast）',
    source: `import { basicChecklistForm, validateFast } from '@kaigo/forms'; console.log(validateFast(basicChecklistForm, {}));`,
    maxGzipBytes: 44_500,
    measuredGzipBytes: 36_228,
    forbidden: [
      ...Object.values(CITY_MARKERS),
      ...SDK_GENERATOR_MARKERS,
      ...OTHER_ZOD_LOCALE_MARKERS,
    ],
  },
  {
    // Pure-JS MS932: no Node built-ins (test/size/careplan-csv.test.ts checks that), no iconv-lite, no zod.
    name: 'CSV の行の読み書き（@kaigo/careplan-csv readCsv + writeCsv）',
    source: `import { readCsv, writeCsv, DLTYOBO } from '@kaigo/careplan-csv'; console.log(readCsv(new Uint8Array(0), { layout: DLTYOBO }), writeCsv(DLTYOBO, []));`,
    maxGzipBytes: 25_500,
    measuredGzipBytes: 20_374,
    forbidden: [
      ...Object.values(CITY_MARKERS),
      ...SDK_GENERATOR_MARKERS,
      ...OTHER_ZOD_LOCALE_MARKERS,
      ...ZOD_CLASSIC_BUILTIN_MARKERS,
      'safer-buffer',
      'string_decoder',
    ],
  },
];
