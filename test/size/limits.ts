/**
 * Byte ceilings (gzip, minified, browser ESM bundle from the built packages) for typical imports.
 * Stated in the README; raising one is a reviewed change.
 */
export interface SizeFixture {
  /** What a consumer imports. */
  readonly name: string;
  /** The entry source bundled with esbuild. */
  readonly source: string;
  /** Ceiling in gzip bytes. */
  readonly maxGzipBytes: number;
  /** Strings that must not appear in the bundle (other cities, the JSON Schema generator, other zod locales). */
  readonly forbidden: readonly string[];
}

/** Strings that only the JSON Schema generator and zod's non-Japanese locales contain. */
export const GENERATOR_AND_LOCALE_MARKERS = [
  'https://json-schema.org/draft/2020-12/schema',
  'Ungültige Eingabe', // zod de locale
  'Entrée invalide', // zod fr locale
  'Invalid input: expected', // zod en locale
];

/** A string that only each city's package contains (its source document id). */
export const CITY_MARKERS: Readonly<Record<string, string>> = {
  asago: 'asago-ikiiki-2024',
  akashi: 'akashi-policy-2023',
  isehara: 'isehara-tenken-2024',
  kobayashi: 'kobayashi-jiritsu-2025',
  kumamoto: 'kumamoto-kanyo-2024',
};

/** Markers of every city except `city`. */
export function otherCities(city: string): string[] {
  return Object.entries(CITY_MARKERS)
    .filter(([c]) => c !== city)
    .map(([, m]) => m);
}

export const FIXTURES: readonly SizeFixture[] = [
  {
    name: '和暦の読み取り（@kaigo/core parseWareki）',
    source: `import { parseWareki } from '@kaigo/core'; console.log(parseWareki('R7.5.1'));`,
    maxGzipBytes: 2_000,
    forbidden: [...Object.values(CITY_MARKERS), 'holiday', ...GENERATOR_AND_LOCALE_MARKERS],
  },
];
