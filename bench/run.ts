// `npm run bench`: measures the SDK against baselines in one run and writes bench/RESULTS.md.
import { writeFileSync } from 'node:fs';
import { addDays, isoDate, parseDateInput, parseWareki, resolveDeadline } from '@kaigo/core';
import type { IsoDate } from '@kaigo/core';
import { machineLine, markdownTable, recordsPerSecond } from './lib';
import type { Measurement } from './lib';

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

coreBench();

const table = markdownTable(rows);
const header = `# Benchmark results\n\nMachine: ${machineLine()}\nDate: ${new Date().toISOString().slice(0, 10)}\nCommand: \`npm run bench\` (median of 5 rounds after a warm-up; peak heap sampled during one pass, with --expose-gc)\n\n`;
writeFileSync(new URL('./RESULTS.md', import.meta.url), `${header}${table}\n`);
console.log(table);
