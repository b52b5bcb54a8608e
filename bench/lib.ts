// Minimal benchmark helpers: records/s with warm-up, repeated runs (median), and heap sampling.
import { cpus, loadavg, totalmem } from 'node:os';

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

/** One contender of {@link interleavedRounds}: a function run over every record of its own list. */
export interface Contender {
  readonly name: string;
  readonly records: readonly unknown[];
  /** Called with each of `records` (typed `never` so any one-argument function fits; see {@link contender}). */
  readonly fn: (record: never) => unknown;
}

/** A {@link Contender} whose function is checked against its records' type. */
export function contender<T>(
  name: string,
  records: readonly T[],
  fn: (record: T) => unknown,
): Contender {
  return { name, records, fn: fn as (record: never) => unknown };
}

/** Per-operation cost over the rounds: min and median, in microseconds. */
export interface MinMedian {
  readonly min: number;
  readonly median: number;
}

/** What {@link interleavedRounds} measured for one contender. */
export interface RoundStats {
  readonly name: string;
  readonly rounds: number;
  /** CPU time (user + system, `process.cpuUsage`) per record, µs. */
  readonly cpuMicros: MinMedian;
  /** Wall time per record, µs. */
  readonly wallMicros: MinMedian;
  /** Records per CPU second at the median round (1e6 / cpuMicros.median). */
  readonly perCpuSecond: number;
}

/** Options of {@link interleavedRounds}. */
export interface RoundOptions {
  /** Measured rounds per contender (after one warm-up pass each); at least 10 for a reported row. */
  readonly rounds?: number;
  /** A round repeats whole passes until it has used this much CPU time, in seconds. */
  readonly minCpuSeconds?: number;
}

const minMedian = (xs: number[]): MinMedian => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0] ?? Number.NaN, median: s[Math.floor(s.length / 2)] ?? Number.NaN };
};

/**
 * Measures contenders side by side: one warm-up pass of each, then `rounds` rounds in which every contender runs
 * once in turn (A, B, C, A, B, C, …), so the load of a shared machine falls on all of them alike. Each round
 * repeats passes over the contender's records until it has used `minCpuSeconds` of CPU time, and records both CPU
 * time and wall time. Returns, per contender, min and median µs per record over the rounds.
 *
 * @example
 * const [sdk, ajv] = interleavedRounds([
 *   { name: 'validate', records, fn: (r) => validate(form, r).ok },
 *   { name: 'Ajv', records, fn: (r) => ajv(r) },
 * ], { rounds: 10 });
 * const ratio = sdk.cpuMicros.median / ajv.cpuMicros.median; // ≤ 1.2 meets a "within 1.2×" target
 */
export function interleavedRounds(
  contenders: readonly Contender[],
  options: RoundOptions = {},
): RoundStats[] {
  const rounds = options.rounds ?? 10;
  const minCpu = options.minCpuSeconds ?? 0.05;
  let sink = 0;
  const pass = (c: Contender): void => {
    const fn = c.fn as (r: unknown) => unknown;
    for (const r of c.records) sink += fn(r) ? 1 : 0;
  };
  const cpu: number[][] = contenders.map(() => []);
  const wall: number[][] = contenders.map(() => []);
  for (const c of contenders) pass(c);
  for (let i = 0; i < rounds; i++)
    contenders.forEach((c, j) => {
      let done = 0;
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      let used: number;
      do {
        pass(c);
        done += c.records.length;
        const d = process.cpuUsage(c0);
        used = (d.user + d.system) / 1e6;
      } while (used < minCpu);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      cpu[j]?.push((used * 1e6) / Math.max(done, 1));
      wall[j]?.push((seconds * 1e6) / Math.max(done, 1));
    });
  if (sink < 0) console.log(sink);
  return contenders.map((c, j) => {
    const cpuMicros = minMedian(cpu[j] ?? []);
    return {
      name: c.name,
      rounds,
      cpuMicros,
      wallMicros: minMedian(wall[j] ?? []),
      perCpuSecond: 1e6 / cpuMicros.median,
    };
  });
}

/** A ratio target of a results row: `subject` costs at most `limit` × `baseline` (CPU median). */
export interface RatioVerdict {
  readonly ratio: number;
  readonly limit: number;
  readonly meets: boolean;
  /** "1.08× (≤ 1.2×) ✅ meets" / "1.43× (≤ 1.2×) ❌ misses", for a table cell. */
  readonly text: string;
}

/** Compares two measured contenders on median CPU time per record against a limit. */
export function ratioVerdict(
  subject: RoundStats,
  baseline: RoundStats,
  limit: number,
): RatioVerdict {
  const ratio = subject.cpuMicros.median / baseline.cpuMicros.median;
  const meets = ratio <= limit;
  return {
    ratio,
    limit,
    meets,
    text: `${ratio.toFixed(2)}× (≤ ${limit}×) ${meets ? 'meets' : 'misses'}`,
  };
}

/** The 1-minute load average now, with the number of cores, for the results header. */
export function loadLine(): string {
  return `${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} cores`;
}
