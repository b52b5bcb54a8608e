// `npm run bench`: measures the SDK against baselines in one run and writes bench/RESULTS.md.
// Groups: core, validation of every national form (validate / validateFast / Ajv2020 / hand-written),
// 基本チェックリスト scoring and 事業対象者 determination, and each city's main rule over 100,000 cases (one child
// process per city, so each peak heap is measured alone).
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { addDays, isoDate, parseDateInput, parseWareki, resolveDeadline } from '@kaigo/core';
import type { IsoDate } from '@kaigo/core';
import { format, resolveConfig } from 'prettier';
import type { CityRuleResult } from './cityRule';
import { INVALID_SHARE, RECORDS_PER_FORM, benchChecklist, benchForms } from './forms';
import type { FormRow } from './forms';
import { machineLine, markdownTable, recordsPerSecond } from './lib';
import type { Measurement } from './lib';
import { SERVE_CONNECTIONS, SERVE_SECONDS, serveBench, serveTable } from './serve';

const started = process.hrtime.bigint();
const loadAtStart = loadavg()[0] ?? 0;
const log = (line: string): void => console.error(line);
const rows: Measurement[] = [];

function coreBench(): void {
  const days: IsoDate[] = Array.from({ length: 50_000 }, (_, i) =>
    addDays(isoDate('1930-01-01'), i),
  );
  const wareki = days.map(
    (d) => `R${(Number(d.slice(0, 4)) % 30) + 1}.${Number(d.slice(5, 7))}.${Number(d.slice(8))}`,
  );
  rows.push({
    group: 'core',
    name: 'parseWareki (R7.5.1 form)',
    recordsPerSecond: recordsPerSecond(wareki, parseWareki),
  });
  rows.push({
    group: 'core',
    name: 'parseDateInput (ISO)',
    recordsPerSecond: recordsPerSecond(days, parseDateInput),
  });
  rows.push({
    group: 'core',
    name: 'resolveDeadline 翌月10日まで',
    recordsPerSecond: recordsPerSecond(days, (d) =>
      resolveDeadline({ kind: 'dayOfMonth', monthOffset: 1, day: 10 }, d),
    ),
  });
}

// Every city package (packages/rules-*), as in the rest of the repository.
const CITIES = readdirSync(fileURLToPath(new URL('../packages', import.meta.url)))
  .filter((d) => d.startsWith('rules-'))
  .map((d) => d.slice('rules-'.length))
  .sort();
const CITY_CASES = 100_000;

function cityBench(): CityRuleResult[] {
  const script = fileURLToPath(new URL('./cityRule.ts', import.meta.url));
  const out: CityRuleResult[] = [];
  for (const city of CITIES) {
    try {
      const stdout = execFileSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', script, city, String(CITY_CASES)],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
      );
      const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as CityRuleResult;
      log(`  ${city}: ${result.rule} ${Math.round(result.recordsPerSecond)}/s`);
      out.push(result);
    } catch (error) {
      log(`  ${city}: failed (${String(error).slice(0, 200)})`);
    }
  }
  return out;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const ratio = (slow: number, fast: number): string => `${(fast / slow).toFixed(1)}×`;

function formsTable(formRows: readonly FormRow[]): string {
  const lines = [
    '| form | records (invalid) | validate | validateFast | Ajv2020 allErrors | Ajv2020 first error | hand-written | Ajv ÷ validate | Ajv ÷ validateFast |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of formRows) {
    lines.push(
      `| ${r.formId} ${r.title} | ${fmt(r.records)} (${fmt(r.invalid)}) | ${fmt(r.validate)} | ${fmt(r.validateFast)} | ${fmt(r.ajvAllErrors)} | ${fmt(r.ajvFirstError)} | ${r.handWritten === undefined ? '' : fmt(r.handWritten)} | ${ratio(r.validate, r.ajvAllErrors)} | ${ratio(r.validateFast, r.ajvAllErrors)} |`,
    );
  }
  const geo = (f: (r: FormRow) => number): number =>
    Math.exp(formRows.reduce((s, r) => s + Math.log(f(r)), 0) / Math.max(formRows.length, 1));
  lines.push(
    `| **geometric mean** | | ${fmt(geo((r) => r.validate))} | ${fmt(geo((r) => r.validateFast))} | ${fmt(geo((r) => r.ajvAllErrors))} | ${fmt(geo((r) => r.ajvFirstError))} | | ${ratio(
      geo((r) => r.validate),
      geo((r) => r.ajvAllErrors),
    )} | ${ratio(
      geo((r) => r.validateFast),
      geo((r) => r.ajvAllErrors),
    )} |`,
  );
  return lines.join('\n');
}

function withinTwo(formRows: readonly FormRow[]): string {
  const ok = (f: (r: FormRow) => number): string[] =>
    formRows.filter((r) => r.ajvAllErrors / f(r) > 2).map((r) => r.formId);
  const slowValidate = ok((r) => r.validate);
  const slowFast = ok((r) => r.validateFast);
  const list = (ids: string[]): string => (ids.length === 0 ? 'none' : ids.join(', '));
  return [
    `Forms where \`validate\` is more than 2× slower than Ajv2020 (allErrors): ${slowValidate.length} of ${formRows.length} (${list(slowValidate)}).`,
    `Forms where \`validateFast\` is more than 2× slower than Ajv2020 (allErrors): ${slowFast.length} of ${formRows.length} (${list(slowFast)}).`,
  ].join('\n');
}

function cityTable(results: readonly CityRuleResult[]): string {
  const lines = [
    '| city | rule | cases | records/s | peak heap (MiB, results kept) | statuses |',
    '|---|---|---:|---:|---:|---|',
  ];
  for (const r of results) {
    const statuses = Object.entries(r.statuses)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ');
    lines.push(
      `| ${r.city} | ${r.rule} ${r.title} | ${fmt(r.cases)} | ${fmt(r.recordsPerSecond)} | ${r.peakHeapMiB.toFixed(1)} | ${statuses} |`,
    );
  }
  return lines.join('\n');
}

log('core…');
coreBench();
log('national forms…');
const formRows = benchForms(log);
log('基本チェックリスト…');
rows.push(...benchChecklist());
log('city rules (child processes)…');
const cityResults = cityBench();
log('kaigo serve (loopback HTTP, autocannon)…');
const serveRows = await serveBench(log);

const SERVE_SECTION = `## kaigo serve over loopback HTTP

\`bench/serve.ts\`: autocannon (${SERVE_CONNECTIONS} connections, ${SERVE_SECONDS} s after a 1 s warm-up) against \`kaigo serve\`
(\`startServer\`, in its own process, JSON logs written) and against the same framework (Hono on @hono/node-server)
answering every request with a constant JSON body after reading the request body — the framework's limit on this
machine. Load generator and server share the 2 cores. The ratio is how much of that limit \`kaigo serve\` reaches.`;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const report = `# Benchmark results

Machine: ${machineLine()}
Date: ${new Date().toISOString().slice(0, 10)}
Command: \`npm run bench\` (build, then \`node --expose-gc --import tsx bench/run.ts\`; ${seconds.toFixed(0)} s in all)

Load average at the start: ${loadAtStart.toFixed(1)} on ${cpus().length} cores. Records/s are the median of several rounds after a warm-up pass (3 for the forms table, 5 elsewhere; each round
repeats passes for at least 0.1 s), in one process. The machine is shared (2 cores, other
builds and test runs were active while this was measured), so single figures are noisy by ±30 % or more;
the ratios within one row, measured back to back, are the meaningful part.

## Validation of every national form

Same records for every validator: ${RECORDS_PER_FORM.toLocaleString('en-US')} records per form generated from the form's valid fixtures by the
differential generator (\`test/differential/records.ts\`, fixed seed), ${Math.round(INVALID_SHARE * 100)} % of them invalid
(drop a key, wrong type, unknown key, over-long string, bad date, bad code, out-of-range number, too many rows).
\`validate\` is the default API (zod 4 with the Japanese error map, issues with labels); \`validateFast\` is the
precompiled path (\`compileValidator\`, same result as \`validate\`: proven by \`test/differential/fastPath.test.ts\`);
Ajv2020 is strict Ajv compiled from \`packages/forms/schemas/<id>.schema.json\` with ajv-formats and the \`x-\`
keywords registered (\`allErrors\` reports every problem like \`validate\`; "first error" stops at the first);
hand-written is \`bench/handwritten.ts\` (validity only, no messages). Ratios: how many times faster Ajv
(allErrors) is; below 1.0× means faster than Ajv.

${formsTable(formRows)}

${withinTwo(formRows)}

Why Ajv (allErrors) is slow on 第2・3・5・6・7表: some invalid records carry one row more than the form allows
(up to 3,001 rows for 第6表); Ajv with \`allErrors\` still checks every row, while zod (and \`validateFast\`, which
follows zod) stops at the array's size limit before reading any row. "First error" Ajv stops at the first problem.

## 基本チェックリスト, core

${markdownTable(rows)}

## Each city's main rule over ${CITY_CASES.toLocaleString('en-US')} generated cases

Cases are the rule's own examples with every date (and the reference date) moved by −15…+45 days, one in ten
with a top-level key dropped. One child process per city; peak heap is the growth over the heap after the cases
were built, sampled every 1,000 cases, with every result kept (as a batch job that collects its results would).

${cityTable(cityResults)}

${SERVE_SECTION}

${serveTable(serveRows)}
`;
const out = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
// Formatted like every other Markdown file of the repository, so `prettier --check .` stays clean.
writeFileSync(out, await format(report, { ...(await resolveConfig(out)), parser: 'markdown' }));
console.log(report);
