// Benchmark: read and write 10,000 介護予防サービス・支援計画書 (UPYOBO + UPYOBO_SUB, 3 支援計画 rows each)
// with @kaigo/careplan-csv (its own pure-JS MS932 codec), against csv-parse + iconv-lite (cp932) on the same bytes,
// in the same run. Run: `npx tsx bench/csv.bench.ts`. Writes bench/RESULTS-csv.md. No assertions.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { format, resolveConfig } from 'prettier';
import {
  PREVENTION_PLAN_CSV,
  UPYOBO,
  UPYOBO_SUB,
  readCsv,
  readForms,
  writeCsv,
  writeForms,
} from '@kaigo/careplan-csv';
import type { CsvFileOutput, TransmissionHeader } from '@kaigo/careplan-csv';
import { machineLine } from './lib';

const PLANS = 10_000;
const ROUNDS = 5;
const pad = (n: number, w: number): string => String(n).padStart(w, '0');

// Fictional, deterministic data: every plan differs a little so nothing is cached by accident.
function plan(i: number): Record<string, unknown> {
  const issue = {
    issueNo: 1,
    comprehensiveIssue: `歩行が不安定で、外出の機会が減っている（${i}）。\r\n転倒の不安がある。`,
    goalAndMeasureProposal: '通所で下肢筋力の向上を図る',
    intentionOnMeasures: '「通所に通いたい」',
    goal: '近所まで一人で歩ける',
  };
  return {
    csvVersion: '202407',
    insurerNumber: '039999',
    insuredNumber: pad(i + 1, 10),
    planDate: `2025-04-${pad((i % 28) + 1, 2)}`,
    planType: String((i % 2) + 1),
    delegation: '2',
    userName: `試験\u3000花子${i}`,
    certValidFrom: '2025-01-01',
    certValidTo: '2025-12-31',
    planCategory: ['11', '21', '52', '54'][i % 4],
    certStatus: '2',
    supportLevel: String((i % 3) + 1),
    careManagerName: '介護　支援男',
    authorOfficeName: '試験居宅介護支援事業所',
    authorOfficePhone: '096-000-0003',
    targetLifeDay: '毎朝散歩をする',
    targetLifeYear: '家族と温泉旅行に行く',
    areas: {
      mobility: { currentStatus: '屋内は伝い歩き', intention: '自分で歩きたい', hasIssue: '1' },
      dailyLife: { currentStatus: '買い物は長男の妻', hasIssue: '2' },
    },
    overallPolicy: '運動機能の向上を図る。生活不活発病の予防、閉じこもりの予防。',
    checklistCounts: {
      exercise: i % 6,
      nutrition: i % 3,
      oral: 1,
      housebound: 0,
      memory: 1,
      depression: 2,
    },
    programNeeded: {
      exercise: '1',
      nutrition: '2',
      oral: '2',
      housebound: '2',
      memory: '2',
      depression: '2',
    },
    consentDate: `2025-04-${pad((i % 28) + 1, 2)}`,
    consentName: `試験\u3000花子${i}`,
    supportPlan: [
      {
        ...issue,
        supportPlanNo: 1,
        supportPoint: '下肢筋力の向上',
        selfCareFamilyInformal: '自宅での体操',
        insuranceOrProgramService: '運動器機能向上',
        serviceNo: 1,
        serviceType: '介護予防通所介護相当サービス',
        provider: '試験デイサービス',
        period: '6カ月間',
      },
      {
        ...issue,
        supportPlanNo: 2,
        supportPoint: '転倒の予防',
        serviceNo: 1,
        serviceType: '介護予防福祉用具貸与',
        provider: '試験福祉用具',
        period: '6カ月間',
      },
      {
        issueNo: 2,
        comprehensiveIssue: '料理が難しくなっている',
        goal: '週2回料理をする',
        supportPlanNo: 1,
        supportPoint: '調理の支援',
        serviceNo: 1,
        serviceType: '訪問型サービス',
        provider: '試験ヘルパーステーション',
        period: '6カ月間',
      },
    ],
  };
}

const header: TransmissionHeader = {
  sender: { officeNumber: '0300000100', serviceType: '46' },
  receiver: { officeNumber: '0300000005', serviceType: 'A1' },
  timestamp: '20250401093000',
};

function median(fn: () => unknown): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

// Baseline writer: the same quoting rule by hand (free text quoted, "" escapes), CRLF, iconv-lite encode.
function baselineWrite(rows: readonly string[][], textCols: ReadonlySet<number>): Buffer {
  const lines: string[] = [];
  for (const row of rows) {
    lines.push(
      row
        .map((v, k) => (textCols.has(k) && v !== '' ? `"${v.replaceAll('"', '""')}"` : v))
        .join(','),
    );
  }
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'cp932');
}

const forms = Array.from({ length: PLANS }, (_, i) => plan(i));
const written = writeForms(PREVENTION_PLAN_CSV, forms, header);
if (!written.ok) throw new Error(JSON.stringify(written.issues.slice(0, 3)));
const files: readonly CsvFileOutput[] = written.files;
const main = files.find((f) => f.fileName.startsWith('UPYOBO_0'));
const sub = files.find((f) => f.fileName.startsWith('UPYOBO_SUB_'));
if (!main || !sub) throw new Error('files missing');
const totalBytes = main.bytes.length + sub.bytes.length;
const subRows = readCsv(sub.bytes, { layout: UPYOBO_SUB }).rows.map((r) => r.record);
const mainRows = readCsv(main.bytes, { layout: UPYOBO }).rows.map((r) => r.record);
const rowCount = mainRows.length + subRows.length;

interface Row {
  readonly name: string;
  readonly seconds: number;
  readonly note: string;
}
const results: Row[] = [];
const run = (name: string, note: string, fn: () => unknown): void => {
  const seconds = median(fn);
  results.push({ name, seconds, note });
  console.log(`${name}: ${(seconds * 1000).toFixed(0)} ms`);
};

// Reading.
run(
  'read: @kaigo/careplan-csv readForms (bytes → validated forms)',
  'MS932 check, typed values, 別表 linked, forward-fill, zod validate',
  () =>
    readForms(PREVENTION_PLAN_CSV, [
      { fileName: main.fileName, bytes: main.bytes },
      { fileName: sub.fileName, bytes: sub.bytes },
    ]),
);
run(
  'read: @kaigo/careplan-csv readCsv (bytes → typed rows)',
  'MS932 check, typed values per column table',
  () => {
    readCsv(main.bytes, { layout: UPYOBO });
    readCsv(sub.bytes, { layout: UPYOBO_SUB });
  },
);
run(
  'read: iconv-lite + csv-parse (bytes → string arrays)',
  'baseline: decode + parse only, no typing',
  () => {
    parse(iconv.decode(main.bytes, 'cp932'), { relax_column_count: false });
    parse(iconv.decode(sub.bytes, 'cp932'), { relax_column_count: false });
  },
);

// Writing.
const mainStrings = parse(iconv.decode(main.bytes, 'cp932')) as string[][];
const subStrings = parse(iconv.decode(sub.bytes, 'cp932')) as string[][];
const textCols = (layout: typeof UPYOBO): Set<number> =>
  new Set(layout.columns.flatMap((c, k) => (c.type.kind === 'text' ? [k] : [])));
const mainText = textCols(UPYOBO);
const subText = textCols(UPYOBO_SUB);
run(
  'write: @kaigo/careplan-csv writeForms (forms → bytes)',
  'zod validate, typed checks, MS932 check per field, blanking, file names',
  () => writeForms(PREVENTION_PLAN_CSV, forms, header),
);
run(
  'write: @kaigo/careplan-csv writeCsv (rows → bytes)',
  'typed checks, MS932 check per field',
  () => {
    writeCsv(UPYOBO, mainRows);
    writeCsv(UPYOBO_SUB, subRows);
  },
);
run(
  'write: join + iconv-lite (string arrays → bytes)',
  'baseline: quoting by hand + encode, no checks',
  () => {
    baselineWrite(mainStrings, mainText);
    baselineWrite(subStrings, subText);
  },
);

const mb = totalBytes / 1e6;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const table = [
  '| case | time (ms) | MB/s | plans/s | CSV rows/s | what it does |',
  '|---|---:|---:|---:|---:|---|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${(r.seconds * 1000).toFixed(0)} | ${(mb / r.seconds).toFixed(1)} | ${fmt(PLANS / r.seconds)} | ${fmt(rowCount / r.seconds)} | ${r.note} |`,
  ),
].join('\n');
const date = process.env.BENCH_DATE ?? new Date().toISOString().slice(0, 10);
const md = `# Benchmark: ケアプランデータ連携 CSV (@kaigo/careplan-csv)

Machine: ${machineLine()}
Date: ${date}
Command: \`npx tsx bench/csv.bench.ts\` (median of ${ROUNDS} rounds after a warm-up, same process, same data)

Data: ${fmt(PLANS)} 介護予防サービス・支援計画書 (fictional), written as UPYOBO (${fmt(mainRows.length)} rows × 57 columns) and
UPYOBO_SUB (${fmt(subRows.length)} rows × 17 columns) = ${(totalBytes / 2 ** 20).toFixed(1)} MiB of MS932, CRLF, free text quoted
(with commas, quotes and line breaks inside). MB/s counts the CSV bytes of both files (1 MB = 10^6 bytes).

${table}

The baseline rows use csv-parse (sync) and iconv-lite (cp932; the SDK has its own pure-JS MS932 codec); they produce untyped
strings and check nothing. The SDK rows also type every value per the column tables, reject non-MS932 input,
check every written character for MS932, link the 別表 rows to their plans and (for the form rows) validate
each plan with its zod schema. The machine is shared (2 cores, other jobs running): compare rows within one
run, not across runs.
`;
const out = fileURLToPath(new URL('./RESULTS-csv.md', import.meta.url));
// Formatted like every other Markdown file of the repository, so `prettier --check .` stays clean.
writeFileSync(out, await format(md, { ...(await resolveConfig(out)), parser: 'markdown' }));
console.log(`\n${md}`);
