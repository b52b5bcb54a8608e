// `npm run bench`: measures the SDK against baselines in one run and writes bench/RESULTS.md.
// Groups: core, validation of every national form (validate / validateFast / Ajv2020 / hand-written),
// 基本チェックリスト scoring and 事業対象者 determination, and each city's main rule over 100,000 cases (one child
// process per city, so each peak heap is measured alone), calendar arithmetic against date-fns, and the cold start of
// `import('@kaigo/forms')`. With KAIGO_BENCH_BASELINE=bench/.baseline (made by `sh bench/makeBaseline.sh <rev>`),
// the city rules and the cold start are also measured on that earlier @kaigo/core ("before"), interleaved.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, isoDate, parseDateInput, parseWareki, resolveDeadline } from '@kaigo/core';
import type { IsoDate } from '@kaigo/core';
import { format, resolveConfig } from 'prettier';
import type { CityRuleResult } from './cityRule';
import { benchDates } from './dates';
import type { DateRow } from './dates';
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
const DATE_ROUNDS = 15;

const BASELINE = process.env.KAIGO_BENCH_BASELINE;
const baselineDir = BASELINE && existsSync(`${BASELINE}/core/dist/index.js`) ? BASELINE : undefined;

const CURRENT_CORE = fileURLToPath(new URL('../packages/core', import.meta.url));

function runCity(city: string, before: boolean): CityRuleResult | undefined {
  const script = fileURLToPath(new URL('./cityRule.ts', import.meta.url));
  const hook = fileURLToPath(new URL('./baselineCore.mjs', import.meta.url));
  try {
    const stdout = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', '--import', hook, script, city, String(CITY_CASES)],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 20,
        env: {
          ...process.env,
          KAIGO_BENCH_CORE: before ? resolve(`${baselineDir}/core`) : CURRENT_CORE,
        },
      },
    );
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as CityRuleResult;
    log(
      `  ${city}${before ? ' (before)' : ''}: ${result.rule} ${Math.round(result.recordsPerSecond)}/s`,
    );
    return result;
  } catch (error) {
    log(`  ${city}: failed (${String(error).slice(0, 200)})`);
    return undefined;
  }
}

function cityBench(): { after: CityRuleResult; before?: CityRuleResult }[] {
  const out: { after: CityRuleResult; before?: CityRuleResult }[] = [];
  for (const city of CITIES) {
    // Before and after back to back, so both see the same load.
    const before = baselineDir ? runCity(city, true) : undefined;
    const after = runCity(city, false);
    if (after) out.push(before ? { after, before } : { after });
  }
  return out;
}

/** Cold start of one import in fresh child processes (bench/coldStart.mjs): files loaded, and time. */
interface ColdStartRow {
  readonly name: string;
  readonly files: number;
  readonly byPackage: Readonly<Record<string, number>>;
  readonly ms: { median: number; min: number };
  readonly cpuMs: { median: number; min: number };
}

const COLD_ROUNDS = 15;

function coldStartBench(): ColdStartRow[] {
  const script = fileURLToPath(new URL('./coldStart.mjs', import.meta.url));
  const targets: { name: string; spec: string }[] = [
    { name: "`import('zod')` alone", spec: 'zod' },
    { name: "`import('@kaigo/forms')`", spec: '@kaigo/forms' },
  ];
  if (baselineDir)
    targets.push({
      name: "`import('@kaigo/forms')`, before (core with date-fns)",
      spec: resolve(baselineDir, 'forms/dist/index.js'),
    });
  const child = (mode: string, spec: string): Record<string, unknown> =>
    JSON.parse(
      execFileSync(process.execPath, [script, mode, spec], { encoding: 'utf8' }).trim(),
    ) as Record<string, unknown>;
  const times = targets.map(() => ({ ms: [] as number[], cpu: [] as number[] }));
  // Interleaved: one fresh process per target per round (after one discarded round that warms the file cache).
  for (let round = 0; round <= COLD_ROUNDS; round++)
    targets.forEach((t, i) => {
      const r = child('time', t.spec);
      if (round === 0) return;
      times[i]?.ms.push(r.ms as number);
      times[i]?.cpu.push(r.cpuMs as number);
    });
  const stat = (xs: number[]): { median: number; min: number } => {
    const s = [...xs].sort((a, b) => a - b);
    return { median: s[Math.floor(s.length / 2)] ?? Number.NaN, min: s[0] ?? Number.NaN };
  };
  return targets.map((t, i) => {
    const f = child('files', t.spec);
    return {
      name: t.name,
      files: f.files as number,
      byPackage: f.byPackage as Record<string, number>,
      ms: stat(times[i]?.ms ?? []),
      cpuMs: stat(times[i]?.cpu ?? []),
    };
  });
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

function cityTable(results: readonly { after: CityRuleResult; before?: CityRuleResult }[]): string {
  const withBefore = results.some((r) => r.before);
  const lines = withBefore
    ? [
        '| city | rule | cases | records/s before | records/s after | after ÷ before | peak heap before (MiB) | peak heap after (MiB) | statuses |',
        '|---|---|---:|---:|---:|---:|---:|---:|---|',
      ]
    : [
        '| city | rule | cases | records/s | peak heap (MiB, results kept) | statuses |',
        '|---|---|---:|---:|---:|---|',
      ];
  for (const { after: r, before: b } of results) {
    const statuses = Object.entries(r.statuses)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ');
    lines.push(
      withBefore
        ? `| ${r.city} | ${r.rule} ${r.title} | ${fmt(r.cases)} | ${b ? fmt(b.recordsPerSecond) : ''} | ${fmt(r.recordsPerSecond)} | ${b ? ratio(b.recordsPerSecond, r.recordsPerSecond) : ''} | ${b ? b.peakHeapMiB.toFixed(1) : ''} | ${r.peakHeapMiB.toFixed(1)} | ${statuses} |`
        : `| ${r.city} | ${r.rule} ${r.title} | ${fmt(r.cases)} | ${fmt(r.recordsPerSecond)} | ${r.peakHeapMiB.toFixed(1)} | ${statuses} |`,
    );
  }
  return lines.join('\n');
}

function datesTable(dateRows: readonly DateRow[]): string {
  const lines = [
    '| function | calls per round | SDK median | SDK best | date-fns on UTCDate median | date-fns best | SDK ÷ date-fns (median) | mismatches |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of dateRows)
    lines.push(
      `| ${r.name} | ${fmt(r.records)} | ${fmt(r.sdk.median)} | ${fmt(r.sdk.best)} | ${fmt(r.dateFns.median)} | ${fmt(r.dateFns.best)} | ${ratio(r.dateFns.median, r.sdk.median)} | ${r.mismatches} |`,
    );
  return lines.join('\n');
}

function coldTable(coldRows: readonly ColdStartRow[]): string {
  const lines = [
    '| import | files loaded | of which | wall ms median | wall ms min | CPU ms median | CPU ms min |',
    '|---|---:|---|---:|---:|---:|---:|',
  ];
  for (const r of coldRows) {
    const parts = Object.entries(r.byPackage)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    lines.push(
      `| ${r.name} | ${r.files} | ${parts} | ${r.ms.median.toFixed(0)} | ${r.ms.min.toFixed(0)} | ${r.cpuMs.median.toFixed(0)} | ${r.cpuMs.min.toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}

// `npm run bench -- forms checklist`: only the named groups (core, forms, checklist, dates, cold, cities, serve);
// a filtered run prints its tables and leaves bench/RESULTS.md alone.
const only = process.argv.slice(2);
const want = (group: string): boolean => only.length === 0 || only.includes(group);
if (want('core')) {
  log('core…');
  coreBench();
}
log('national forms…');
const formRows = want('forms') ? benchForms(log) : [];
if (want('checklist')) {
  log('基本チェックリスト…');
  rows.push(...benchChecklist());
}
log('calendar arithmetic…');
const dateRows = want('dates') ? benchDates(DATE_ROUNDS) : [];
log(`cold start (child processes)${baselineDir ? ', with the baseline' : ''}…`);
const coldRows = want('cold') ? coldStartBench() : [];
log(`city rules (child processes)${baselineDir ? ', before and after' : ''}…`);
const cityResults = want('cities') ? cityBench() : [];
log('kaigo serve (loopback HTTP, autocannon)…');
const serveRows = want('serve') ? await serveBench(log) : [];

const SERVE_SECTION = `## kaigo serve over loopback HTTP

\`bench/serve.ts\`: autocannon (${SERVE_CONNECTIONS} connections, ${SERVE_SECONDS} s after a 1 s warm-up) against \`kaigo serve\`
(\`startServer\`, in its own process, JSON logs written) and against the same framework (Hono on @hono/node-server)
answering every request with a constant JSON body after reading the request body — the framework's limit on this
machine. Load generator and server share the 2 cores. The ratio is how much of that limit \`kaigo serve\` reaches.`;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const report = `# Benchmark results

Machine: ${machineLine()}
Date: ${new Date().toISOString().slice(0, 10)}
Command: \`${baselineDir ? `KAIGO_BENCH_BASELINE=${baselineDir} ` : ''}npm run bench\` (build, then \`node --expose-gc --import tsx bench/run.ts\`; ${seconds.toFixed(0)} s in all)

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

${
  baselineDir
    ? `Both columns run the same city packages (sources, through tsx) on the same cases, with \`@kaigo/core\` resolved by a
resolve hook (\`bench/baselineCore.mjs\`) to a built dist: "after" the current build, "before" the previous
\`@kaigo/core\` (date-fns on UTCDate; built by \`sh bench/makeBaseline.sh <rev>\` into \`bench/.baseline\`). Each in
its own child process, "before" right before "after". One pass each, so the ratio is the noisy part here (±30 %);
the calendar rows below are the controlled comparison.

`
    : ''
}${cityTable(cityResults)}

## Calendar arithmetic: integer days vs date-fns on UTCDate

\`@kaigo/core\` counts days as integers (days since 1970-01-01 on the \`YYYY-MM-DD\` string, proleptic Gregorian, no
\`Date\`); before, it converted each date to a \`UTCDate\` and used date-fns. "date-fns on UTCDate" is that previous
code path, conversions and checks included (\`bench/dates.ts\`), on the same 50,000 dates from 1930 and shifts of
−400…+400 days. Calls per second of CPU time (user + system), ${DATE_ROUNDS} rounds of each, interleaved (SDK, date-fns, SDK, …),
each round at least 0.05 s of CPU; "best" is the round that used the least CPU. Mismatches: inputs where the two
results differ (the full equivalence proof is \`packages/core/src/date/integerDays.test.ts\`).

${datesTable(dateRows)}

## Cold start: \`import('@kaigo/forms')\` from the built dist

Fresh child processes (\`bench/coldStart.mjs\`), run from the repository root. Files loaded: a module \`load\` hook
(\`node:module\` \`register\`) records every module URL the ESM loader loads, plus \`require.cache\` for CommonJS files
loaded by \`require\`, counted once per path (built-ins are not files). Time: \`performance.now()\` and
\`process.cpuUsage()\` around \`await import(…)\` in separate processes without the hook, ${COLD_ROUNDS} rounds interleaved across
the rows after one discarded round${baselineDir ? '; "before" is a copy of the same forms dist resolving `@kaigo/core` to the baseline' : ''}.

${coldTable(coldRows)}

${SERVE_SECTION}

${serveTable(serveRows)}
`;
const out = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
// Formatted like every other Markdown file of the repository, so `prettier --check .` stays clean.
if (only.length === 0)
  writeFileSync(out, await format(report, { ...(await resolveConfig(out)), parser: 'markdown' }));
console.log(report);
