// Fails when a city package's public function has no `@source` tag (document id + section), or when a
// source file under packages/rules-*/src that exports a function has no `@source` anywhere.
// Uses the TypeScript compiler API over the sources (no build needed). Run by `npm run docs:check`.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { sourceDocument } from '../../packages/cli/src/sourceTitles';

const root = fileURLToPath(new URL('../..', import.meta.url));

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name) && !/\.d\.ts$/.test(name))
      out.push(path);
  }
  return out;
}

const packages = readdirSync(join(root, 'packages'))
  .filter((d) => d.startsWith('rules-'))
  .map((d) => join(root, 'packages', d));

const files = packages.flatMap((p) => walk(join(p, 'src')));
const program = ts.createProgram(
  packages.map((p) => join(p, 'src', 'index.ts')),
  {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowJs: false,
    noEmit: true,
    skipLibCheck: true,
  },
);
const checker = program.getTypeChecker();
const problems: string[] = [];

const where = (node: ts.Node): string => {
  const sf = node.getSourceFile();
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
  return `${relative(root, sf.fileName)}:${line + 1}`;
};

/** The `@source` tags of a declaration: text must start with a known document id and name a section. */
function sourceTags(node: ts.Node): string[] {
  return ts
    .getJSDocTags(node)
    .filter((t) => t.tagName.text === 'source')
    .map((t) =>
      (typeof t.comment === 'string'
        ? t.comment
        : (ts.getTextOfJSDocComment(t.comment) ?? '')
      ).trim(),
    );
}

/** `defineRule({ … })` (rules declared with the core rule model are callable rules too). */
function isDefineRuleCall(node: ts.Expression): boolean {
  return (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'defineRule'
  );
}

function isFunctionDeclaration(decl: ts.Declaration): ts.Node | undefined {
  if (ts.isFunctionDeclaration(decl)) return decl;
  if (
    ts.isVariableDeclaration(decl) &&
    decl.initializer &&
    (ts.isArrowFunction(decl.initializer) ||
      ts.isFunctionExpression(decl.initializer) ||
      isDefineRuleCall(decl.initializer))
  )
    return decl.parent.parent; // the VariableStatement carries the JSDoc
  return undefined;
}

// 1. Every function exported from a city package's index must cite its source.
for (const pkg of packages) {
  const index = program.getSourceFile(join(pkg, 'src', 'index.ts'));
  if (!index) continue;
  const moduleSymbol = checker.getSymbolAtLocation(index);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    for (const decl of symbol.declarations ?? []) {
      const node = isFunctionDeclaration(decl);
      if (!node) continue;
      const tags = sourceTags(node);
      if (tags.length === 0) {
        problems.push(
          `${where(decl)} ${exported.name}: 公開関数に @source（文書id 節）がありません`,
        );
        continue;
      }
      for (const text of tags) {
        const [doc, ...section] = text.split(/\s+/);
        if (doc === undefined || !sourceDocument(doc) || section.join('').length === 0)
          problems.push(
            `${where(decl)} ${exported.name}: @source は「登録済みの文書id 節」の形にしてください（${text || '空'}）`,
          );
      }
    }
  }
}

// 2. Files that export functions carry at least one @source (the project convention).
for (const file of files) {
  const sf = program.getSourceFile(file);
  if (!sf) continue;
  const exportsFunction = sf.statements.some(
    (s) =>
      (ts.isFunctionDeclaration(s) ||
        (ts.isVariableStatement(s) &&
          s.declarationList.declarations.some(
            (d) =>
              d.initializer &&
              (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)),
          ))) &&
      (ts.getCombinedModifierFlags(s as ts.Declaration) & ts.ModifierFlags.Export) !== 0,
  );
  if (exportsFunction && !/@source\s/.test(sf.text))
    problems.push(`${relative(root, file)}: 関数を公開するファイルに @source がありません`);
}

if (problems.length > 0) {
  console.error(`出典（@source）の検査に失敗しました（${problems.length} 件）:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  `出典（@source）の検査: ${packages.length} パッケージ、${files.length} ファイル、問題なし。`,
);
