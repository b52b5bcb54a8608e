import { createHash } from 'node:crypto';
import { agendaCase, createAgendaTally, parseAgendaContext, runAgenda } from '@kaigo/core';
import type {
  Agenda,
  AgendaEnv,
  AgendaItem,
  AgendaResult,
  AgendaStatus,
  AgendaSummary,
} from '@kaigo/core';
// `ics` (adamgibbons/ics, maintained, MIT, no native code) writes RFC 5545 text: line folding at 75 octets,
// escaping of `,;\` and newlines, all-day VALUE=DATE events. Hand-written iCalendar gets these wrong easily.
// It writes VEVENTs only (no VTODO), so each item is one all-day VEVENT on its due date.
import { createEvent, createEvents } from 'ics';
import type { EventAttributes } from 'ics';
import { UsageError } from '../args';
import type { ParsedArgs } from '../args';
import { formatCitation } from '../format';
import {
  DEFAULT_MAX_BYTES,
  InputError,
  decodeUtf8,
  openSource,
  parseJson,
  readAll,
} from '../input';
import type { CliIo } from '../io';
import { readLines } from '../lines';
import { ExitCode } from '../records';
import { parseParamOptions } from './parameterOverrides';
import type { CityRules, CliRegistry } from '../registry';

const SYNOPSIS =
  'kaigo agenda <市> <事例一覧.json|.jsonl|-> --date YYYY-MM-DD [--horizon 日数] [--format table|json|jsonl|csv|ics] [--param id=値]';

const FORMATS = ['table', 'json', 'jsonl', 'csv', 'ics'] as const;
/** Formats written item by item: over JSON Lines input they stream (no result list held). */
const STREAMABLE: readonly Format[] = ['jsonl', 'csv', 'ics'];
type Format = (typeof FORMATS)[number];

/** Japanese status labels (table and CSV). */
const STATUS_LABEL: Record<AgendaStatus, string> = {
  overdue: '期限切れ',
  dueSoon: '期限間近',
  pending: '予定',
  met: '済',
  unknown: '不明',
};

function statusText(item: AgendaItem): string {
  if (item.status === 'met' && item.late) return '済（期限後）';
  return STATUS_LABEL[item.status];
}

function dueText(item: AgendaItem): string {
  if (item.due) return item.due;
  if (item.opensOn) return `随時（${item.opensOn}から）`;
  return '—';
}

function whatText(item: AgendaItem): string {
  return item.missing.length > 0 ? `${item.what}（不足: ${item.missing.join('、')}）` : item.what;
}

/** Display width: East Asian wide and fullwidth characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        c >= 0x20000)
        ? 2
        : 1;
  }
  return w;
}

const pad = (text: string, w: number): string => text + ' '.repeat(Math.max(0, w - width(text)));

/** One-line, control-free cell for the table (caseRef is opaque caller text). */
const cell = (text: string): string =>
  [...text].map((ch) => ((ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f' ? ' ' : ch)).join('');

function summaryText(r: { summary: AgendaSummary }, unreadable: number): string {
  const s = r.summary.byStatus;
  const parts = (Object.keys(STATUS_LABEL) as AgendaStatus[]).map(
    (k) => `${STATUS_LABEL[k]} ${s[k]} 件`,
  );
  return (
    `事例 ${r.summary.cases.total} 件（読めない事例 ${r.summary.cases.invalid + unreadable} 件）: ${parts.join('、')}` +
    `（見通し期間より後 ${r.summary.beyondHorizon} 件は表に含めない）\n`
  );
}

/** Counts of one status sheet row: 期限切れ 1・期限間近 2… (zeros left out). */
function countsText(byStatus: Readonly<Record<AgendaStatus, number>>): string {
  const parts = (Object.keys(STATUS_LABEL) as AgendaStatus[])
    .filter((k) => byStatus[k] > 0)
    .map((k) => `${STATUS_LABEL[k]} ${byStatus[k]}`);
  return parts.length > 0 ? parts.join('・') : '項目なし';
}

/** The status sheet per group (office, ささえりあ, care manager…): one line a group, after the table. */
function groupSheet(r: AgendaResult): string[] {
  const groups = Object.entries(r.summary.byGroup);
  if (groups.length === 0) return [];
  return [
    `${r.groupLabel}ごとの状況:`,
    ...groups.map(
      ([g, s]) =>
        `  ${cell(g)}: 事例 ${s.cases} 件、${countsText(s.byStatus)}${s.nextDue ? `（次の期限 ${s.nextDue}）` : ''}`,
    ),
  ];
}

function tableText(r: AgendaResult, unreadable: number): string {
  const grouped = r.items.some((i) => i.group !== undefined);
  const header = ['期限', '状態', ...(grouped ? [r.groupLabel] : []), '事例', '内容', '出典'];
  const rows = r.items.map((i) => [
    dueText(i),
    statusText(i),
    ...(grouped ? [cell(i.group ?? '')] : []),
    cell(i.caseRef),
    whatText(i),
    `${i.citation.document} ${i.citation.section}`,
  ]);
  const widths = header.map((h, c) =>
    Math.max(width(h), ...rows.map((row) => width(row[c] ?? ''))),
  );
  const line = (row: readonly string[]): string =>
    row
      .map((v, c) => (c === row.length - 1 ? v : pad(v, widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(header), ...rows.map(line)];
  if (rows.length === 0) out.push('（見通し期間の内に期限のある項目はありません）');
  for (const c of r.cases)
    for (const f of c.findings)
      if (f.severity === 'error')
        out.push(
          `✗ ${c.index + 1}件目${c.caseRef === undefined ? '' : `（${cell(c.caseRef)}）`}: ${f.message} (${f.code})`,
        );
  out.push(...groupSheet(r));
  return `${out.join('\n')}\n${summaryText(r, unreadable)}`;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, quotes doubled. A field that
 * Excel would read as a formula (starting with = + - @ or a tab/CR) is prefixed with `'`.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_HEADER = [
  '期限',
  '状態',
  '事例',
  '内容',
  '出典',
  '提出できる日',
  '不足',
  'ルール',
  '項目id',
  'まとまり',
];

/** One CSV line (CRLF) of an item. */
function csvRow(i: AgendaItem): string {
  return `${[
    i.due ?? '',
    statusText(i),
    i.caseRef,
    i.what,
    formatCitation(i.citation),
    i.opensOn ?? '',
    i.missing.join('、'),
    i.ruleId,
    i.itemId,
    i.group ?? '',
  ]
    .map(csvField)
    .join(',')}\r\n`;
}

/** UTF-8 with a byte order mark and CRLF: Excel opens it as UTF-8. */
const CSV_START = `\uFEFF${CSV_HEADER.map(csvField).join(',')}\r\n`;

function csvText(r: AgendaResult): string {
  return CSV_START + r.items.map(csvRow).join('');
}

/** Stable UID: the same item on the same due date keeps its UID across runs (calendar updates, no duplicates). */
export function agendaUid(
  item: Pick<AgendaItem, 'caseRef' | 'ruleId' | 'itemId'> & { readonly due?: string | undefined },
): string {
  const key = [item.caseRef, item.ruleId, item.itemId, item.due ?? ''].join('\u0000');
  return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}@kaigo-sdk`;
}

function dateArray(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

function nextDay(date: string): [number, number, number] {
  const [y, m, d] = dateArray(date);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** Only what is owed and dated gets a calendar day: items already met, and undated items, have none. */
function owed(i: AgendaItem): i is AgendaItem & { due: string } {
  return i.due !== undefined && i.status !== 'met';
}

function eventOf(i: AgendaItem & { due: string }, referenceDate: string): EventAttributes {
  const [y, m, d] = dateArray(referenceDate);
  // DTSTAMP from the reference date (not the clock) keeps the output identical run to run; `timestamp` is
  // read by ics but missing from its types, hence the variable rather than a checked literal.
  const event = {
    uid: agendaUid(i),
    start: dateArray(i.due),
    end: nextDay(i.due),
    title: `【${statusText(i)}】${i.what}（${i.caseRef}）`,
    description: `出典: ${formatCitation(i.citation)}\nルール: ${i.ruleId}（${i.itemId}）`,
    categories: [i.status],
    timestamp: Date.UTC(y, m - 1, d),
    productId: 'kaigo-sdk/agenda',
  };
  return event as EventAttributes;
}

const ICS_ERROR = (): InputError =>
  new InputError(
    'agenda.ics',
    'iCalendar を作れませんでした（事例の参照が長すぎる可能性があります）。',
  );

function icsText(r: AgendaResult, referenceDate: string, cityName: string): string {
  const events = r.items.filter(owed).map((i) => eventOf(i, referenceDate));
  const out = createEvents(events, { productId: 'kaigo-sdk/agenda', calName: `${cityName} 期限` });
  if (out.error || typeof out.value !== 'string') throw ICS_ERROR();
  return out.value;
}

/**
 * The calendar written piece by piece for a stream: the library writes the VCALENDAR frame (from an empty
 * calendar) and each VEVENT (from a one-event calendar, of which the VEVENT block is kept), so folding and
 * escaping stay the library's.
 */
function icsFrame(cityName: string): { head: string; tail: string } {
  const out = createEvents([], { productId: 'kaigo-sdk/agenda', calName: `${cityName} 期限` });
  if (out.error || typeof out.value !== 'string') throw ICS_ERROR();
  const end = out.value.lastIndexOf('END:VCALENDAR');
  return { head: out.value.slice(0, end), tail: out.value.slice(end) };
}

function icsEvent(i: AgendaItem & { due: string }, referenceDate: string): string {
  const out = createEvent(eventOf(i, referenceDate));
  if (out.error || typeof out.value !== 'string') throw ICS_ERROR();
  const from = out.value.indexOf('BEGIN:VEVENT');
  const to = out.value.indexOf('END:VEVENT');
  return out.value.slice(from, to + 'END:VEVENT\r\n'.length);
}

function formatOf(args: ParsedArgs): Format {
  const f = args.format ?? (args.json ? 'json' : 'table');
  if (!(FORMATS as readonly string[]).includes(f))
    throw new UsageError('--format は table・json・jsonl・csv・ics のどれかで指定してください。');
  return f as Format;
}

function horizonOf(args: ParsedArgs): number | undefined {
  if (args.horizon === undefined) return undefined;
  if (!/^\d{1,4}$/.test(args.horizon))
    throw new UsageError('--horizon は日数（0 以上の整数）で指定してください。');
  return Number(args.horizon);
}

interface UnreadableLine {
  line: number;
  code: string;
  message: string;
}

/** The cases of a JSON Lines source, one at a time (unreadable lines go to `unreadable`; blank lines are skipped). */
async function* jsonLineCases(
  chunks: AsyncIterable<Uint8Array>,
  unreadable: UnreadableLine[],
): AsyncGenerator<unknown> {
  let any = false;
  for await (const line of readLines(chunks)) {
    if ('error' in line) {
      any = true;
      unreadable.push({ line: line.lineNo, code: line.error.code, message: line.error.message });
      continue;
    }
    if (line.text.trim() === '') continue;
    any = true;
    try {
      yield parseJson(line.text);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      unreadable.push({ line: line.lineNo, code: error.code, message: error.message });
    }
  }
  if (!any) throw new InputError('input.empty', '入力が空です。');
}

/** Reads the caseload: a JSON array, or JSON Lines (one case a line; unreadable lines are counted and reported). */
async function readCaseload(
  chunks: AsyncIterable<Uint8Array>,
  jsonl: boolean,
): Promise<{ cases: unknown; unreadable: UnreadableLine[] }> {
  if (!jsonl)
    return {
      cases: parseJson(decodeUtf8(await readAll(chunks, DEFAULT_MAX_BYTES))),
      unreadable: [],
    };
  const cases: unknown[] = [];
  const unreadable: UnreadableLine[] = [];
  for await (const c of jsonLineCases(chunks, unreadable)) cases.push(c);
  return { cases, unreadable };
}

/** The writer of one streamed format: the start, each case's items, the end (with the tally's summary). */
interface StreamWriter {
  start: string;
  items(items: readonly AgendaItem[]): string;
  end(summary: AgendaSummary, unreadable: readonly UnreadableLine[]): string;
}

function streamWriter(format: Format, referenceDate: string, cityName: string): StreamWriter {
  if (format === 'csv')
    return { start: CSV_START, items: (items) => items.map(csvRow).join(''), end: () => '' };
  if (format === 'ics') {
    const frame = icsFrame(cityName);
    return {
      start: frame.head,
      items: (items) =>
        items
          .filter(owed)
          .map((i) => icsEvent(i, referenceDate))
          .join(''),
      end: () => frame.tail,
    };
  }
  return {
    start: '',
    items: (items) => items.map((i) => `${JSON.stringify(i)}\n`).join(''),
    end: (summary, unreadable) => `${JSON.stringify({ summary, unreadableLines: unreadable })}\n`,
  };
}

/**
 * Streams a JSON Lines caseload: each case is read, turned into items (`agendaCase`), written and dropped, so
 * memory stays flat whatever the number of cases. Items come in caseload order (each case's items by due date);
 * items beyond the horizon are counted, not written. Per-case errors go to stderr with the line's case number.
 */
async function streamCaseload(
  io: CliIo,
  agenda: Agenda<unknown>,
  chunks: AsyncIterable<Uint8Array>,
  env: AgendaEnv,
  writer: StreamWriter,
): Promise<number> {
  const tally = createAgendaTally();
  const unreadable: UnreadableLine[] = [];
  let index = 0;
  let started = false;
  for await (const value of jsonLineCases(chunks, unreadable)) {
    if (!started) {
      await io.stdout(writer.start);
      started = true;
    }
    const c = agendaCase(agenda, value, index++, env);
    tally.add(c);
    for (const f of c.findings)
      if (f.severity === 'error')
        io.stderr(
          `kaigo: ${c.index + 1}件目${c.caseRef === undefined ? '' : `（${cell(c.caseRef)}）`}: ${f.message} (${f.code})\n`,
        );
    const text = writer.items(c.items);
    if (text !== '') await io.stdout(text);
  }
  if (!started) await io.stdout(writer.start);
  const summary = tally.summary();
  await io.stdout(writer.end(summary, unreadable));
  for (const u of unreadable) io.stderr(`kaigo: ${u.line}行目: ${u.message}\n`);
  io.stderr(summaryText({ summary }, unreadable.length));
  return summary.cases.invalid + unreadable.length === 0 ? ExitCode.ok : ExitCode.failed;
}

/**
 * `kaigo agenda <市> <事例一覧> --date YYYY-MM-DD [--horizon N] [--format table|json|jsonl|csv|ics] [--param id=値]`:
 * what is owed, for which case, by when, across a caseload (the city's `agenda`, run with `runAgenda`; `--param`
 * overrides a parameter for every rule the agenda runs). A JSON Lines caseload with `--format jsonl|csv|ics` is
 * streamed (flat memory). Exit 0 when every case was read, 1 when some case or line could not be, 2 on a usage
 * error or an unreadable file.
 */
export async function agendaCommand(
  io: CliIo,
  registry: CliRegistry,
  args: ParsedArgs,
  findCity: (registry: CliRegistry, name: string) => CityRules,
): Promise<number> {
  const rest = args.positionals.slice(1);
  if (rest.length !== 2) throw new UsageError(`引数の数が違います。使い方: ${SYNOPSIS}`);
  const [cityName = '', file = ''] = rest;
  const format = formatOf(args);
  const horizonDays = horizonOf(args);
  if (args.date === undefined)
    throw new UsageError(`--date（基準日）を指定してください。使い方: ${SYNOPSIS}`);
  const city = findCity(registry, cityName);
  const agenda = city.definition?.agenda as Agenda<unknown> | undefined;
  if (!agenda) throw new UsageError(`${city.name}の事例一覧の期限（agenda）はまだありません。`);
  const overrides = parseParamOptions(args.params);
  const context = {
    referenceDate: args.date.slice(0, 40),
    ...(horizonDays === undefined ? {} : { horizonDays }),
    ...(Object.keys(overrides).length === 0 ? {} : { parameters: overrides }),
  };
  const env = parseAgendaContext(context);
  if (!env.ok) throw new UsageError(`--date・--horizon: ${env.error.message}`);
  const referenceDate = env.value.referenceDate;
  const source =
    file === '-' ? ({ kind: 'stdin' } as const) : ({ kind: 'file', path: file } as const);
  const chunks = await openSource(source, io.stdin);
  const jsonl = args.jsonl || /\.(jsonl|ndjson)$/i.test(file);
  if (jsonl && STREAMABLE.includes(format))
    return streamCaseload(
      io,
      agenda,
      chunks,
      env.value,
      streamWriter(format, referenceDate, city.name),
    );
  const { cases, unreadable } = await readCaseload(chunks, jsonl);
  const result = runAgenda(agenda, cases, context);
  const problem = result.findings[0];
  if (problem) throw new InputError(problem.code, problem.message);
  switch (format) {
    case 'json':
      await io.stdout(`${JSON.stringify({ ...result, unreadableLines: unreadable }, null, 2)}\n`);
      break;
    case 'jsonl': {
      const w = streamWriter('jsonl', referenceDate, city.name);
      await io.stdout(w.items(result.items) + w.end(result.summary, unreadable));
      break;
    }
    case 'csv':
      await io.stdout(csvText(result));
      break;
    case 'ics':
      await io.stdout(icsText(result, referenceDate, city.name));
      break;
    default:
      await io.stdout(tableText(result, unreadable.length));
      for (const u of unreadable) io.stderr(`kaigo: ${u.line}行目: ${u.message}\n`);
  }
  return result.summary.cases.invalid + unreadable.length === 0 ? ExitCode.ok : ExitCode.failed;
}
