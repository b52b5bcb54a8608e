// Small printing helpers shared by the examples (not part of the SDK).
import type { Finding, RuleResult } from '@kaigo/core';

/** Prints one finding as a line: severity, message, citation. */
export function printFinding(f: Finding): void {
  const mark = f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : 'i';
  const where = f.path && f.path.length > 0 ? ` [${f.path.join('.')}]` : '';
  const cite = f.citation ? ` （${f.citation.document} ${f.citation.section}）` : '';
  console.log(`    ${mark} ${f.message}${where}${cite}`);
}

/** Prints a rule result: status, decision, findings, missing inputs, parameters. */
export function printResult(title: string, r: RuleResult<unknown>): void {
  console.log(`  ■ ${title} — ${r.rule}: ${r.status}`);
  if (r.decision !== undefined) console.log(`    判定: ${JSON.stringify(r.decision)}`);
  for (const f of r.findings) printFinding(f);
  for (const m of r.missing) console.log(`    ? 不足: ${m.label} [${m.path.join('.')}]`);
  for (const p of r.parameters)
    console.log(
      `    ＄ ${p.id} = ${JSON.stringify(p.value)}（${p.effectiveFrom}〜、${p.citation.document} ${p.citation.section}）`,
    );
}
