// The files of a new city package, as text. Kept short: one example rule with one dated parameter, its
// examples (in the declaration and as YAML), a test, and the city definition that registers the source document.

/** What the scaffold needs to know about the new city. */
export interface NewCity {
  /** Short id: package `@kaigo/rules-<id>`, rule ids `<id>.*`. */
  readonly id: string;
  /** Japanese name, e.g. 朝来市. */
  readonly name: string;
  /** Source document id (as in shared/seeds/README.md). */
  readonly sourceId: string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function packageJson(c: NewCity): string {
  return json({
    name: `@kaigo/rules-${c.id}`,
    version: '0.1.0',
    description: `${c.name}のルール（出典つきの純粋関数と日付付きパラメータ）`,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20' },
    main: './dist/index.cjs',
    module: './dist/index.js',
    types: './dist/index.d.cts',
    exports: {
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      './schemas/*': './schemas/*',
      './package.json': './package.json',
    },
    files: ['dist', 'schemas', 'README.md', 'CHANGELOG.md', 'LICENSE'],
    // The JSON Schemas of the city's local forms (city.forms, src/forms/) are generated first (schemas/).
    scripts: {
      build:
        'tsx --tsconfig ../../tsconfig.json ../../scripts/schemas/generate.ts && node ../../scripts/clean-dist.mjs && tsup',
    },
    dependencies: { '@kaigo/core': '^0.1.0', '@kaigo/forms': '^0.1.0' },
    peerDependencies: { zod: '^4.1.0' },
    repository: {
      type: 'git',
      url: 'git+https://example.invalid/kaigo-sdk.git',
      directory: `packages/rules-${c.id}`,
    },
  });
}

const TSCONFIG = `{ "extends": "../../tsconfig.base.json", "include": ["src"], "exclude": ["src/**/*.test.ts"] }\n`;

const TSUP = `import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

export default defineConfig(packageBuild({ index: 'src/index.ts' }));
`;

function readme(c: NewCity): string {
  return `# @kaigo/rules-${c.id}

${c.name}のルール（出典 id \`${c.sourceId}\`）を、出典つきの純粋関数と日付付きパラメータにしたものです。
ソースは原文の節の順に並べます（\`src/<節番号>-<名前>/\`）。

\`\`\`ts
import { city } from '@kaigo/rules-${c.id}';

const rule = city.rule('submissionDeadline');
rule?.evaluate({ supportStart: '2025-06-03', submittedOn: '2025-06-10' }, { referenceDate: '2025-06-20' });
\`\`\`

---

Rules of ${c.name} (source \`${c.sourceId}\`) as cited pure functions with dated parameters.
`;
}

function sourceDocument(c: NewCity): string {
  return `import type { CitySourceDocument } from '@kaigo/core';

/**
 * 出典文書 id（\`shared/seeds/README.md\` の id）。
 *
 * @source ${c.sourceId} 全体
 */
export const SOURCE_ID = '${c.sourceId}';

/**
 * ${c.name}の出典文書（題名・発行者・日付は原文のとおりに直す）。
 *
 * @source ${c.sourceId} 全体
 */
export const SOURCE_DOCUMENT: CitySourceDocument = {
  id: SOURCE_ID,
  title: '（文書名）',
  publisher: '${c.name}',
  date: '（日付）',
  kind: 'municipal',
};
`;
}

function parameters(c: NewCity): string {
  return `import { cite, defineParameter, isoDate } from '@kaigo/core';
import { SOURCE_ID } from '../sourceDocument';

/**
 * 計画の提出期限（支援開始日の翌日から数えた日数）。原文の節と数値に置き換える。
 *
 * @source ${c.sourceId} １
 */
export const submissionDays = defineParameter<number>({
  id: '${c.id}.submissionDays',
  description: '計画の提出期限（支援開始後の日数）',
  unit: '日',
  citation: cite(SOURCE_ID, '１'),
  values: [{ from: isoDate('2025-04-01'), value: 10 }],
});
`;
}

function rule(c: NewCity): string {
  return `import { cite, compareIsoDates, defineRule, isoDate } from '@kaigo/core';
import { dateField, ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { SOURCE_ID } from '../sourceDocument';
import { submissionDays } from './parameters';

const CITE = cite(SOURCE_ID, '１');

/**
 * 計画が期限（支援開始後 N 日以内、初日不算入）までに提出されたか。支援開始日がなければ判定しない。
 *
 * @source ${c.sourceId} １
 * @example
 * \`\`\`ts
 * checkSubmissionDeadline({ supportStart: '2025-06-03', submittedOn: '2025-06-10' }, { referenceDate: '2025-06-20' }).decision;
 * // => { due: '2025-06-13', onTime: true }
 * \`\`\`
 */
export const checkSubmissionDeadline = defineRule({
  id: '${c.id}.submissionDeadline',
  title: '計画の提出期限',
  sources: [CITE],
  input: ruleInput(
    z.strictObject({
      supportStart: dateField({ label: '支援開始日' }).optional(),
      submittedOn: dateField({ label: '提出日' }).optional(),
    }),
  ),
  parameters: [submissionDays],
  examples: [
    {
      title: '期限内に提出',
      input: { supportStart: '2025-06-03', submittedOn: '2025-06-10' },
      context: { referenceDate: '2025-06-20' },
      expect: { status: 'decided', decision: { due: '2025-06-13', onTime: true } },
    },
    {
      title: '支援開始日がない',
      input: {},
      context: { referenceDate: '2025-06-20' },
      expect: { status: 'undetermined' },
    },
  ],
  evaluate: (input, env) => {
    if (input.supportStart === undefined) {
      return { missing: [{ path: ['supportStart'], label: '支援開始日' }] };
    }
    const days = env.value(submissionDays);
    const due = env.deadline('計画の提出期限', { kind: 'daysAfter', days }, isoDate(input.supportStart));
    const submitted = input.submittedOn === undefined ? undefined : isoDate(input.submittedOn);
    const onTime = submitted === undefined ? undefined : compareIsoDates(submitted, due) <= 0;
    if (onTime === undefined) return { missing: [{ path: ['submittedOn'], label: '提出日' }] };
    env.trace({ kind: 'condition', code: 'submission.onTime', label: '期限までに提出した', outcome: onTime });
    return {
      decision: { due, onTime },
      findings: onTime
        ? []
        : [{ code: 'submission.late', severity: 'warning', message: '計画の提出が期限を過ぎています。', citation: CITE }],
    };
  },
});
`;
}

function ruleTest(c: NewCity): string {
  return `import { describe, expect, it } from 'vitest';
import { checkSubmissionDeadline } from './submissionDeadline';

describe('${c.id}.submissionDeadline', () => {
  it('counts from the day after the support start (day 10 is on time, day 11 is late)', () => {
    const ctx = { referenceDate: '2025-06-20' };
    expect(checkSubmissionDeadline({ supportStart: '2025-06-03', submittedOn: '2025-06-13' }, ctx).decision).toEqual({
      due: '2025-06-13',
      onTime: true,
    });
    const late = checkSubmissionDeadline({ supportStart: '2025-06-03', submittedOn: '2025-06-14' }, ctx);
    expect(late.decision).toEqual({ due: '2025-06-13', onTime: false });
    expect(late.findings.map((f) => f.code)).toEqual(['submission.late']);
  });

  it('takes a what-if override of the number of days from the context', () => {
    const r = checkSubmissionDeadline(
      { supportStart: '2025-06-03', submittedOn: '2025-06-14' },
      { referenceDate: '2025-06-20', parameters: { '${c.id}.submissionDays': 14 } },
    );
    expect(r.decision).toEqual({ due: '2025-06-17', onTime: true });
    expect(r.parameters[0]).toMatchObject({ id: '${c.id}.submissionDays', value: 14, origin: 'override' });
  });
});
`;
}

function examplesYaml(c: NewCity): string {
  return `# ${c.name} 計画の提出期限の事例（架空）。職員が事例を足すときはここに書く（kaigo test でも実行できる）。
rule: ${c.id}.submissionDeadline
cases:
  - title: 期限の日に提出（期限内）
    input: { supportStart: 2025-06-03, submittedOn: 2025-06-13 }
    context: { referenceDate: 2025-06-20 }
    expect: { status: decided, decision: { due: 2025-06-13, onTime: true } }
  - title: 期限の翌日に提出（期限切れ）
    input: { supportStart: 2025-06-03, submittedOn: 2025-06-14 }
    context: { referenceDate: 2025-06-20 }
    expect: { status: decided, decision: { onTime: false }, findings: [submission.late] }
`;
}

function city(c: NewCity): string {
  return `import { defineCity } from '@kaigo/core';
import { submissionDays } from './01-example/parameters';
import { checkSubmissionDeadline } from './01-example/submissionDeadline';
import { SOURCE_DOCUMENT } from './sourceDocument';

/**
 * ${c.name}の定義（出典文書・独自様式・パラメータ・ルール。原文の節の順）。
 *
 * @source ${c.sourceId} 全体
 * @example
 * \`\`\`ts
 * city.rules.map((r) => r.id); // => ['${c.id}.submissionDeadline']
 * \`\`\`
 */
export const city = defineCity({
  id: '${c.id}',
  name: '${c.name}',
  prefecture: '（都道府県）',
  sources: [SOURCE_DOCUMENT],
  forms: [], // 市町村独自様式（src/forms/ で defineForm して並べる。JSON Schema はビルドが schemas/ に作る）
  parameters: [submissionDays],
  rules: [checkSubmissionDeadline],
});

/**
 * ${c.name}のすべてのルール（\`city.rules\`）。
 *
 * @source ${c.sourceId} 全体
 */
export const rules = city.rules;

/**
 * ${c.name}のすべてのパラメータ（\`city.parameters\`）。
 *
 * @source ${c.sourceId} 全体
 */
export const parameters = city.parameters;
`;
}

function index(c: NewCity): string {
  return `/**
 * ${c.name}のルール（出典 \`${c.sourceId}\`）。原文の節の順に並べる。
 *
 * @packageDocumentation
 */
// Re-exported rather than defined here, so that a bundler importing one rule can drop the city and its lists.
export { city, parameters, rules } from './city';
export * from './sourceDocument';
export * from './01-example/parameters';
export * from './01-example/submissionDeadline';
`;
}

function changeset(c: NewCity): string {
  return `---
'@kaigo/rules-${c.id}': minor
'@kaigo/cli': minor
---

${c.name}のルールのパッケージを追加（出典 \`${c.sourceId}\`）。
`;
}

/** Every file of the new package (path relative to the repository root → content). */
export function cityFiles(c: NewCity, license: string): Record<string, string> {
  const dir = `packages/rules-${c.id}`;
  return {
    [`${dir}/package.json`]: packageJson(c),
    [`${dir}/tsconfig.json`]: TSCONFIG,
    [`${dir}/tsup.config.ts`]: TSUP,
    [`${dir}/README.md`]: readme(c),
    [`${dir}/LICENSE`]: license,
    // What scripts/schemas/generate.ts writes for a city without local forms yet (the build keeps it up to date).
    [`${dir}/schemas/index.json`]: json({ forms: [] }),
    [`${dir}/src/index.ts`]: index(c),
    [`${dir}/src/city.ts`]: city(c),
    [`${dir}/src/sourceDocument.ts`]: sourceDocument(c),
    [`${dir}/src/01-example/parameters.ts`]: parameters(c),
    [`${dir}/src/01-example/submissionDeadline.ts`]: rule(c),
    [`${dir}/src/01-example/submissionDeadline.test.ts`]: ruleTest(c),
    [`${dir}/src/01-example/submissionDeadline.examples.yaml`]: examplesYaml(c),
    [`.changeset/rules-${c.id}-initial.md`]: changeset(c),
  };
}
