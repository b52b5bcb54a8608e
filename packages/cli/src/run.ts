import type { RuleDescriptor, RuleResult } from '@kaigo/core';
import { parseDateInput } from '@kaigo/core';
import type { FormDefinition } from '@kaigo/forms';
import { ruleInputJsonSchema } from '@kaigo/forms';
import { UsageError, parseCliArgs } from './args';
import type { ParsedArgs } from './args';
import { formatCitation, formatPath, formatRuleResult, statusLabel } from './format';
import { DEFAULT_MAX_BYTES, InputError } from './input';
import type { InputSource } from './input';
import type { CliIo } from './io';
import { OutputError, toOutputError } from './io';
import { ExitCode, SdkError, runRecords } from './records';
import type { RecordOutcome } from './records';
import type { CityRules, CliRegistry } from './registry';
import { parseParamOptions, withParamOverrides } from './commands/parameterOverrides';
import { testCommand } from './commands/testCommand';
import { agendaCommand } from './commands/agendaCommand';
import { COMMANDS, USAGE, commandUsage, nearestCommand } from './usage';

declare const __KAIGO_CLI_VERSION__: string | undefined;
const VERSION = typeof __KAIGO_CLI_VERSION__ === 'string' ? __KAIGO_CLI_VERSION__ : '0.0.0-dev';

function sourceOf(arg: string): InputSource {
  return arg === '-' ? { kind: 'stdin' } : { kind: 'file', path: arg };
}

function isJsonl(args: ParsedArgs, arg: string): boolean {
  return args.jsonl || /\.(jsonl|ndjson)$/i.test(arg);
}

/** The largest `--max-bytes`: the decoded text must still fit in one JavaScript string. */
export const MAX_MAX_BYTES = 256 * 1024 * 1024;

function maxBytesOf(args: ParsedArgs): number {
  if (args.maxBytes === undefined) return DEFAULT_MAX_BYTES;
  const n = args.maxBytes.length <= 12 && /^\d+$/.test(args.maxBytes) ? Number(args.maxBytes) : NaN;
  if (!(n >= 1 && n <= MAX_MAX_BYTES))
    throw new UsageError(
      `--max-bytes には 1 から ${MAX_MAX_BYTES}（256 MiB）までの整数を指定してください。`,
    );
  return n;
}

/** Longer `--date` values are refused before any parsing (a date is short by nature). */
const MAX_DATE_LENGTH = 40;

function expectArgs(args: ParsedArgs, count: number, usage: string): string[] {
  const rest = args.positionals.slice(1);
  if (rest.length !== count) throw new UsageError(`引数の数が違います。使い方: ${usage}`);
  return rest;
}

function findForm(registry: CliRegistry, id: string): FormDefinition {
  const form = registry.forms.find((f) => f.id === id);
  if (!form) {
    const known = registry.forms.map((f) => f.id).join(', ');
    throw new UsageError(
      `様式 id が見つかりません。kaigo forms で一覧を確認してください。${known ? `（登録済み: ${known}）` : ''}`,
    );
  }
  return form;
}

function findCity(registry: CliRegistry, name: string): CityRules {
  const city = registry.cities.find(
    (c) =>
      c.city === name || c.name === name || c.packageName === name || `rules-${c.city}` === name,
  );
  if (!city)
    throw new UsageError(
      `市が見つかりません。指定できる市: ${registry.cities.map((c) => `${c.city}（${c.name}）`).join(', ')}`,
    );
  return city;
}

function findRule(city: CityRules, name: string): RuleDescriptor {
  const rule = city.rules.find((r) => r.id === name || r.id === `${city.city}.${name}`);
  if (!rule) {
    const known = city.rules.map((r) => r.id.replace(`${city.city}.`, '')).join(', ');
    throw new UsageError(
      known
        ? `${city.name}のルールが見つかりません。指定できるルール: ${known}`
        : `${city.name}のルールはまだ公開されていません。`,
    );
  }
  return rule;
}

/** The title, marked （モデル化） once when the form is modelled (some titles already say so). */
function titleWithModelled(f: FormDefinition): string {
  return f.modelled && !f.title.includes('モデル化') ? `${f.title}（モデル化）` : f.title;
}

async function formsCommand(io: CliIo, registry: CliRegistry, args: ParsedArgs): Promise<number> {
  expectArgs(args, 0, 'kaigo forms [--json]');
  if (args.json) {
    const list = registry.forms.map((f) => ({
      id: f.id,
      title: f.title,
      typeName: f.typeName,
      version: f.version,
      modelled: f.modelled,
      ...(f.city !== undefined ? { city: f.city } : {}),
    }));
    await io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return ExitCode.ok;
  }
  if (registry.forms.length === 0) {
    await io.stdout('登録されている様式はありません。\n');
    return ExitCode.ok;
  }
  const width = Math.max(...registry.forms.map((f) => f.id.length));
  for (const f of registry.forms)
    await io.stdout(`${f.id.padEnd(width)}  ${titleWithModelled(f)}\n`);
  return ExitCode.ok;
}

async function schemaCommand(io: CliIo, registry: CliRegistry, args: ParsedArgs): Promise<number> {
  const [id = ''] = expectArgs(args, 1, 'kaigo schema <様式id> [--draft-07]');
  const form = findForm(registry, id);
  let schema: unknown;
  try {
    schema = registry.jsonSchema(form, args.draft07 ? 'draft-07' : 'draft-2020-12');
  } catch {
    throw new InputError(
      'schema.notFound',
      'この様式の JSON Schema ファイルが見つかりません（@kaigo/forms をビルドしてください）。',
    );
  }
  await io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
  return ExitCode.ok;
}

/** `kaigo rules <市> <ルール> [--schema | --example]`: one rule, its input schema or an example to start from. */
async function ruleCommand(
  io: CliIo,
  city: CityRules,
  rule: RuleDescriptor,
  args: ParsedArgs,
): Promise<number> {
  if (args.schema) {
    const schema = ruleInputJsonSchema(rule.input);
    if (schema === undefined)
      throw new InputError('schema.notFound', 'このルールは入力のスキーマを公開していません。');
    await io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return ExitCode.ok;
  }
  if (args.example) {
    const example = rule.examples[0];
    if (!example) throw new InputError('example.notFound', 'このルールには例がありません。');
    const { input, context } = example;
    await io.stdout(`${JSON.stringify({ title: example.title, input, context }, null, 2)}\n`);
    return ExitCode.ok;
  }
  if (args.json) {
    const { id, title, sources, parameters, examples } = rule;
    const list = {
      id,
      title,
      city: city.city,
      sources,
      parameters: (parameters ?? []).map((p) => p.id),
      examples,
    };
    await io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return ExitCode.ok;
  }
  const lines = [`${rule.id} — ${rule.title}（${city.name}）`, '出典:'];
  for (const c of rule.sources) lines.push(`  ${formatCitation(c)}`);
  if ((rule.parameters ?? []).length > 0)
    lines.push(
      'パラメータ（--param で上書きできる）:',
      ...(rule.parameters ?? []).map((p) => `  ${p.id}`),
    );
  lines.push('例:', ...rule.examples.map((e) => `  ${e.title}`));
  lines.push(
    '',
    `入力の形: kaigo rules ${city.city} ${rule.id.replace(`${city.city}.`, '')} --schema`,
    `例から始める: kaigo rules ${city.city} ${rule.id.replace(`${city.city}.`, '')} --example > case.json`,
  );
  await io.stdout(`${lines.join('\n')}\n`);
  return ExitCode.ok;
}

async function rulesCommand(io: CliIo, registry: CliRegistry, args: ParsedArgs): Promise<number> {
  const rest = args.positionals.slice(1);
  if (rest.length > 2)
    throw new UsageError(
      '引数の数が違います。使い方: kaigo rules [<市> [<ルール> --schema | --example]]',
    );
  if (rest.length === 2) {
    const city = findCity(registry, rest[0] ?? '');
    return ruleCommand(io, city, findRule(city, rest[1] ?? ''), args);
  }
  if (args.schema || args.example)
    throw new UsageError(
      '--schema・--example にはルールを指定してください。使い方: kaigo rules <市> <ルール> --schema',
    );
  const cities = rest[0] === undefined ? registry.cities : [findCity(registry, rest[0])];
  if (args.json) {
    const list = cities.map((c) => ({
      city: c.city,
      name: c.name,
      rules: c.rules.map((r) => ({ id: r.id, title: r.title, sources: r.sources })),
    }));
    await io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return ExitCode.ok;
  }
  for (const c of cities) {
    await io.stdout(`${c.name}（${c.city}）\n`);
    if (c.rules.length === 0) await io.stdout('  （ルールはまだありません）\n');
    for (const r of c.rules) await io.stdout(`  ${r.id.replace(`${c.city}.`, '')}  ${r.title}\n`);
  }
  return ExitCode.ok;
}

async function validateCommand(
  io: CliIo,
  registry: CliRegistry,
  args: ParsedArgs,
): Promise<number> {
  const [id = '', file = ''] = expectArgs(args, 2, 'kaigo validate <様式id> <ファイル|->');
  const form = findForm(registry, id);
  const jsonl = isJsonl(args, file);
  const handle = (value: unknown): RecordOutcome => {
    const result = registry.validate(form, value);
    if (result.ok)
      return {
        kind: 'ok',
        human: jsonl ? '' : `有効です: ${form.title}（${form.id}）\n`,
        json: { ok: true, form: form.id, issues: [] },
      };
    const lines = result.issues.map((i) => `  ✗ ${i.message} [${formatPath(i.path)}] (${i.code})`);
    return {
      kind: 'failed',
      human: `無効です: ${form.title}（${form.id}） — 指摘 ${result.issues.length} 件\n${lines.join('\n')}\n`,
      json: { ok: false, form: form.id, issues: result.issues },
    };
  };
  return runRecords(
    io,
    { source: sourceOf(file), jsonl, json: args.json, maxBytes: maxBytesOf(args) },
    handle,
    (c) =>
      `合計 ${c.ok + c.failed + c.bad} 件: 有効 ${c.ok} 件、無効 ${c.failed} 件、読めない行 ${c.bad} 件\n`,
  );
}

const ENVELOPE_KEYS = new Set(['input', 'context', 'title']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ input, context? }` (the shape of a rule example) or the bare input. */
function splitEnvelope(value: unknown): { input: unknown; context: unknown } {
  if (isRecord(value) && 'input' in value && Object.keys(value).every((k) => ENVELOPE_KEYS.has(k)))
    return { input: value['input'], context: value['context'] };
  return { input: value, context: undefined };
}

async function checkCommand(io: CliIo, registry: CliRegistry, args: ParsedArgs): Promise<number> {
  const [cityName = '', ruleName = '', file = ''] = expectArgs(
    args,
    3,
    'kaigo check <市> <ルール> <ファイル|-> [--date YYYY-MM-DD] [--param id=値]',
  );
  const city = findCity(registry, cityName);
  const rule = findRule(city, ruleName);
  let date: string | undefined;
  if (args.date !== undefined) {
    const parsed =
      args.date.length <= MAX_DATE_LENGTH ? parseDateInput(args.date) : { ok: false as const };
    if (!parsed.ok)
      throw new UsageError('--date は YYYY-MM-DD（または和暦）の実在する日付で指定してください。');
    date = parsed.value;
  }
  const jsonl = isJsonl(args, file);
  const overrides = parseParamOptions(args.params);
  const handle = (value: unknown): RecordOutcome => {
    const { input, context: given } = splitEnvelope(value);
    const context = withParamOverrides(given, overrides);
    if (context === undefined && date === undefined)
      throw new InputError(
        'context.missing',
        '基準日がありません。--date YYYY-MM-DD を指定するか、入力を { "input": …, "context": { "referenceDate": … } } の形にしてください。',
      );
    const ctx =
      date === undefined ? context : { ...(isRecord(context) ? context : {}), referenceDate: date };
    let result: RuleResult<unknown>;
    try {
      result = rule.evaluate(input, ctx);
    } catch {
      throw new SdkError('rule.threw', 'ルールの実行中に例外が発生しました（SDK の不具合です）。');
    }
    const passed =
      result.status === 'decided' && !result.findings.some((f) => f.severity === 'error');
    const header = jsonl ? '' : `ルール: ${rule.id} — ${rule.title}\n`;
    return {
      kind: passed ? 'ok' : 'failed',
      human: jsonl
        ? `${statusLabel(result.status)} (${result.status})\n${formatRuleResult(result, { indent: '  ', compact: true })}`
        : `${header}${formatRuleResult(result)}`,
      json: { ok: passed, result },
    };
  };
  return runRecords(
    io,
    { source: sourceOf(file), jsonl, json: args.json, maxBytes: maxBytesOf(args) },
    handle,
    (c) =>
      `合計 ${c.ok + c.failed + c.bad} 件: 問題なし ${c.ok} 件、要確認 ${c.failed} 件、読めない行 ${c.bad} 件\n`,
  );
}

/** Japanese reason for an output failure (the OS code is kept: it is not input text). */
const OUTPUT_REASON: Record<string, string> = {
  ENOSPC: 'ディスクの空きがありません',
  EBADF: '出力先が閉じています',
  EPIPE: '出力先が閉じました',
  EIO: '入出力エラー',
  EDQUOT: 'ディスクの割り当てを超えました',
  EFBIG: 'ファイルが大きすぎます',
};

/**
 * Standard output failed: exit 3. A closed pipe (`kaigo … | head`) is the reader's choice, so it is
 * quiet, like other command-line tools; every other failure is one short Japanese line on stderr.
 */
function outputFailed(io: CliIo, error: OutputError): number {
  if (error.code !== 'EPIPE') {
    const reason = OUTPUT_REASON[error.code];
    io.stderr(
      `kaigo: 出力を最後まで書き込めませんでした（${error.code}${reason ? `: ${reason}` : ''}）。\n`,
    );
  }
  return ExitCode.internal;
}

async function dispatch(io: CliIo, registry: CliRegistry, args: ParsedArgs): Promise<number> {
  const command = args.positionals[0];
  if (args.version) {
    await io.stdout(`${VERSION}\n`);
    return ExitCode.ok;
  }
  if (command === 'help' || args.help) {
    const about = command === 'help' ? args.positionals[1] : command;
    if (about === undefined) {
      await io.stdout(USAGE);
      return ExitCode.ok;
    }
    const usage = commandUsage(about);
    if (usage === undefined) throw unknownCommand(about);
    await io.stdout(usage);
    return ExitCode.ok;
  }
  switch (command) {
    case 'forms':
      return await formsCommand(io, registry, args);
    case 'schema':
      return await schemaCommand(io, registry, args);
    case 'rules':
      return await rulesCommand(io, registry, args);
    case 'validate':
      return await validateCommand(io, registry, args);
    case 'check':
      return await checkCommand(io, registry, args);
    case 'test':
      return await testCommand(io, registry, args);
    case 'agenda':
      return await agendaCommand(io, registry, args, findCity);
    case undefined:
      io.stderr(USAGE);
      return ExitCode.usage;
    default:
      throw unknownCommand(command);
  }
}

/** An unknown command: say so, suggest the nearest known one (the typed text is not echoed: it may be data). */
function unknownCommand(typed: string): UsageError {
  const near = nearestCommand(typed);
  const hint = near ? `もしかして kaigo ${near} ですか？` : `コマンド: ${COMMANDS.join('、')}。`;
  return new UsageError(`不明なコマンドです。${hint}kaigo help で使い方を確認してください。`);
}

/** The first argument, when it is a command that `kaigo` does not know (checked before the options are parsed). */
function unknownFirst(argv: readonly string[]): string | undefined {
  const first = argv[0];
  return first !== undefined && !first.startsWith('-') && !COMMANDS.includes(first)
    ? first
    : undefined;
}

/** Reports a failure on stderr (and as JSON on stdout with `--json`) and returns its exit code. */
async function report(io: CliIo, error: unknown, json: boolean): Promise<number> {
  if (error instanceof SdkError) {
    io.stderr(`kaigo: ${error.message}\n`);
    if (json)
      await io.stdout(
        `${JSON.stringify({ ok: false, error: { code: error.code, message: error.message } })}\n`,
      );
    return ExitCode.internal;
  }
  if (error instanceof UsageError || error instanceof InputError) {
    const code = error instanceof InputError ? error.code : 'usage';
    const line = error instanceof InputError ? error.line : undefined;
    io.stderr(`kaigo: ${error.message}\n`);
    if (json)
      await io.stdout(
        `${JSON.stringify({ ok: false, ...(line === undefined ? {} : { line }), error: { code, message: error.message } })}\n`,
      );
    return ExitCode.usage;
  }
  io.stderr('kaigo: 内部エラーが発生しました。\n');
  return ExitCode.internal;
}

/**
 * `kaigo` コマンドを実行し、終了コードを返す（0 有効、1 無効、2 使い方の誤り・読めない入力、
 * 3 内部エラー・出力を書き込めない）。例外は投げず、エラーは日本語で標準エラーに書く（スタックトレースは出さない）。
 *
 * @param argv コマンドライン引数（`process.argv.slice(2)`）
 * @param io 入出力
 * @param registry 様式とルールの一覧
 * @returns 終了コード
 * @example
 * ```ts
 * const code = await runCli(['forms'], processIo(), defaultRegistry());
 * ```
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  registry: CliRegistry,
): Promise<number> {
  let json = false;
  let code: number;
  try {
    // `kaigo serve` has options of its own and runs until stopped: its code lives in ./serve (loaded only here).
    if (argv[0] === 'serve')
      return await (await import('./serve/command')).serveCommand(argv.slice(1), io, registry);
    // An unknown command is reported as such whatever options follow it (exit 2, even with --help).
    const unknown = unknownFirst(argv);
    if (unknown !== undefined) throw unknownCommand(unknown);
    const args = parseCliArgs(argv);
    json = args.json;
    code = await dispatch(io, registry, args);
  } catch (error) {
    // Standard output is broken: reported once, nothing more to flush.
    if (error instanceof OutputError) return outputFailed(io, error);
    try {
      code = await report(io, error, json);
    } catch (again) {
      // The JSON report itself could not be written.
      return outputFailed(io, toOutputError(again));
    }
  }
  try {
    await io.flush?.();
  } catch (error) {
    return outputFailed(io, toOutputError(error));
  }
  return code;
}
