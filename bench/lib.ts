// Minimal benchmark helpers: records/s with warm-up, repeated runs (median), and heap sampling.
import { cpus, totalmem } from 'node:os';

/** One measured row of a results table. */
export interface Measurement {
  readonly group: string;
  readonly name: string;
  readonly recordsPerSecond: number;
  readonly peakHeapMiB?: number;
  readonly note?: string;
}

/**
 * Runs `fn` over every record, `rounds` times after one warm-up pass, and returns the median records/s.
 * A round repeats whole passes until it has run for at least `minSeconds`, so that fast cases are not timed on a
 * single millisecond-long pass. The result of each call is folded into a checksum so the work cannot be optimised
 * away.
 */
export function recordsPerSecond<T>(
  records: readonly T[],
  fn: (r: T) => unknown,
  rounds = 5,
  minSeconds = 0.1,
): number {
  let sink = 0;
  const pass = (): void => {
    for (const r of records) sink += fn(r) ? 1 : 0;
  };
  const round = (): number => {
    let done = 0;
    const t0 = process.hrtime.bigint();
    let elapsed: number;
    do {
      pass();
      done += records.length;
      elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
    } while (elapsed < minSeconds);
    return done / elapsed;
  };
  pass();
  const rates = Array.from({ length: rounds }, round).sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] ?? Number.NaN;
  if (sink < 0) console.log(sink);
  return median;
}

/** Runs `fn` over every record once, sampling the heap every `every` records; returns records/s and peak heap. */
export function throughputWithHeap<T>(
  records: readonly T[],
  fn: (r: T) => unknown,
  every = 1000,
): { recordsPerSecond: number; peakHeapMiB: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const kept: unknown[] = [];
  const t0 = process.hrtime.bigint();
  records.forEach((r, i) => {
    kept.push(fn(r)); // a batch job keeps its results: measure that
    if (i % every === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { recordsPerSecond: kept.length / seconds, peakHeapMiB: (peak - base) / 2 ** 20 };
}

/** The machine line printed above every results table. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
}

/** Formats measurements as a Markdown table. */
export function markdownTable(rows: readonly Measurement[]): string {
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
  const lines = [
    '| group | case | records/s | peak heap (MiB) | note |',
    '|---|---|---:|---:|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.group} | ${r.name} | ${fmt(r.recordsPerSecond)} | ${r.peakHeapMiB === undefined ? '' : r.peakHeapMiB.toFixed(1)} | ${r.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

/** Calls per second from CPU time (user + system): the median and the best round (the least CPU time). */
export interface CpuRate {
  readonly median: number;
  readonly best: number;
  readonly rounds: number;
}

/**
 * Runs each function over every record in interleaved rounds (A, B, A, B, …; after one warm-up pass of each), and
 * returns each one's calls per CPU second: median and best of `rounds` rounds. A round repeats passes until it has
 * used `minSeconds` of CPU time. Interleaving spreads the load of a shared machine over both functions alike.
 */
export function interleavedCpuRates<T>(
  records: readonly T[],
  fns: readonly ((r: T) => unknown)[],
  rounds = 15,
  minSeconds = 0.05,
): CpuRate[] {
  let sink = 0;
  const pass = (fn: (r: T) => unknown): void => {
    for (const r of records) sink += fn(r) ? 1 : 0;
  };
  const round = (fn: (r: T) => unknown): number => {
    let done = 0;
    const c0 = process.cpuUsage();
    let cpu: number;
    do {
      pass(fn);
      done += records.length;
      const c = process.cpuUsage(c0);
      cpu = (c.user + c.system) / 1e6;
    } while (cpu < minSeconds);
    return done / cpu;
  };
  for (const fn of fns) pass(fn);
  const rates = fns.map(() => [] as number[]);
  for (let i = 0; i < rounds; i++) fns.forEach((fn, j) => rates[j]?.push(round(fn)));
  if (sink < 0) console.log(sink);
  return rates.map((r) => {
    const sorted = [...r].sort((a, b) => a - b);
    return {
      median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
      best: sorted[sorted.length - 1] ?? Number.NaN,
      rounds: sorted.length,
    };
  });
}
