import { checkRuleExample } from '@kaigo/core';
import type { RuleDescriptor } from '@kaigo/core';
import { UsageError } from '../args';
import type { ParsedArgs } from '../args';
import { parseExamplesFile } from '../examplesFile';
import { DEFAULT_MAX_BYTES, InputError, decodeUtf8, openSource, readAll } from '../input';
import type { CliIo } from '../io';
import { ExitCode } from '../records';
import type { CliRegistry } from '../registry';

function findRuleById(registry: CliRegistry, id: string): RuleDescriptor | undefined {
  for (const c of registry.cities) {
    const rule = c.rules.find((r) => r.id === id);
    if (rule) return rule;
  }
  return undefined;
}

/**
 * `kaigo test <事例ファイル.yaml|->`: runs every case of a YAML examples file through its rule and reports
 * pass/fail per case (exit 0 all pass, 1 some fail, 2 unreadable file or unknown rule).
 */
export async function testCommand(
  io: CliIo,
  registry: CliRegistry,
  args: ParsedArgs,
): Promise<number> {
  const rest = args.positionals.slice(1);
  if (rest.length !== 1)
    throw new UsageError('引数の数が違います。使い方: kaigo test <事例ファイル.yaml|->');
  const file = rest[0] ?? '';
  const source =
    file === '-' ? ({ kind: 'stdin' } as const) : ({ kind: 'file', path: file } as const);
  const text = decodeUtf8(await readAll(await openSource(source, io.stdin), DEFAULT_MAX_BYTES));
  const parsed = parseExamplesFile(text);
  if (!parsed.ok) throw new InputError('examples.invalid', parsed.errors.slice(0, 20).join('\n'));
  const unknown = [...new Set(parsed.cases.map((c) => c.rule))].filter(
    (id) => !findRuleById(registry, id),
  );
  if (unknown.length > 0)
    throw new InputError(
      'examples.unknownRule',
      `ルールが見つかりません: ${unknown.join(', ')}（kaigo rules で一覧を確認してください）`,
    );
  let failed = 0;
  const report: unknown[] = [];
  for (const c of parsed.cases) {
    const rule = findRuleById(registry, c.rule) as RuleDescriptor;
    const check = checkRuleExample(rule, c);
    if (!check.pass) failed++;
    if (args.json)
      report.push({
        index: c.index,
        title: c.title,
        rule: c.rule,
        pass: check.pass,
        problems: check.problems,
      });
    else {
      await io.stdout(`${check.pass ? '✓' : '✗'} 事例 ${c.index}  ${c.title}（${c.rule}）\n`);
      for (const p of check.problems) await io.stdout(`    ${p}\n`);
    }
  }
  const passed = parsed.cases.length - failed;
  if (args.json) await io.stdout(`${JSON.stringify({ passed, failed, cases: report }, null, 2)}\n`);
  else await io.stdout(`\n${passed} passed, ${failed} failed\n`);
  return failed === 0 ? ExitCode.ok : ExitCode.failed;
}
