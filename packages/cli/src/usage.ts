/** The Japanese help text. */
export const USAGE = `使い方: kaigo <コマンド> [引数] [オプション]

コマンド:
  forms                          様式の id と日本語名の一覧
  schema <様式id>                様式の JSON Schema（draft 2020-12。--draft-07 で draft-07 版）を出力
  validate <様式id> <ファイル|->  入力（JSON / JSON Lines）を様式で検証
  rules [<市>]                   ルールの一覧（市を省くとすべての市）
  check <市> <ルール> <ファイル|->  ルールを入力に適用し、判定・指摘・出典・不足入力を表示
  test <事例ファイル.yaml|->       YAML の事例（入力・文脈・期待する結果）をルールで実行し、事例ごとに合否を表示
  serve [--port N] [--host A]    HTTP サービス（JSON で検証・ルールの実行・CSV。kaigo serve --help）
  agenda <市> <事例一覧>          担当する事例すべての期限（何を・どの事例で・いつまでに）を期限の順に一覧
  help                           この説明

オプション:
  --json             機械向けの JSON で出力（JSON Lines の入力では1行に1件）
  --jsonl            入力を JSON Lines として1行ずつ処理（拡張子 .jsonl / .ndjson なら自動）
  --date YYYY-MM-DD  check の基準日（和暦も可）。入力の context.referenceDate より優先
  --param id=値      check でパラメータを上書き（what-if。複数可）。値は JSON（例: 3500、
                     '{"values":[{"from":"2026-04-01","value":3500}]}'）。context.parameters より優先
  --max-bytes N      JSON 入力全体の上限バイト数（既定 32 MiB、最大 256 MiB）。
                     JSON Lines は1行 8 MiB まで（長い行は読み飛ばす）。改行のないまま 32 MiB を超えるか、
                     読めない行が 1,000 行に達すると読むのをやめる（終了コード 2）
  -h, --help         この説明
  -v, --version      版

ファイルに - を指定すると標準入力から読みます。
check の入力は { "input": …, "context": { "referenceDate": "YYYY-MM-DD" } } の形、または入力そのもの（--date が必要）。

終了コード:
  0  有効（validate）／判定でき error の指摘なし（check）
  1  無効（validate）／入力不正・判定不能・error の指摘あり（check）。JSON Lines では1件でもあれば 1
  2  使い方の誤り、または入力を読めない（ファイルがない、JSON でない、空、大きすぎる、UTF-8 でない）
  3  内部エラー、または出力を書き込めない（ディスクがいっぱいなど。出力先のパイプが閉じたときは何も表示しない）
`;

/** One command's help: synopsis, what it does, its options and an example. */
interface CommandHelp {
  readonly synopsis: string;
  readonly summary: string;
  readonly options: readonly string[];
  readonly examples: readonly string[];
}

const JSON_OPTION = '--json             機械向けの JSON で出力';
const MAX_BYTES_OPTION = '--max-bytes N      入力全体の上限バイト数（既定 32 MiB、最大 256 MiB）';

const COMMAND_HELP: Readonly<Record<string, CommandHelp>> = {
  forms: {
    synopsis: 'kaigo forms [--json]',
    summary: 'SDK のすべての様式（全国様式と市町村独自様式）の id と日本語名を一覧します。',
    options: [JSON_OPTION],
    examples: ['kaigo forms', 'kaigo forms --json'],
  },
  schema: {
    synopsis: 'kaigo schema <様式id> [--draft-07]',
    summary:
      '様式の JSON Schema（draft 2020-12）を出力します。Java・C#・PHP の検証器でそのまま使えます。',
    options: ['--draft-07          draft-07 版（json-schema-to-typescript など向け）'],
    examples: ['kaigo schema national.userBasicInfo > userBasicInfo.schema.json'],
  },
  validate: {
    synopsis: 'kaigo validate <様式id> <ファイル|-> [--jsonl] [--json]',
    summary: '入力（JSON、または1行1件の JSON Lines）を様式で検証し、指摘を日本語で表示します。',
    options: [
      '--jsonl            入力を JSON Lines として1行ずつ検証（拡張子 .jsonl / .ndjson なら自動）',
      JSON_OPTION,
      MAX_BYTES_OPTION,
    ],
    examples: [
      'kaigo validate national.basicChecklist checklist.json',
      'cat cases.jsonl | kaigo validate national.basicChecklist - --jsonl',
    ],
  },
  rules: {
    synopsis: 'kaigo rules [<市> [<ルール> --schema | --example]] [--json]',
    summary:
      'ルールの一覧（市を省くとすべての市）。ルールを指定すると、その入力の JSON Schema（--schema）か、入力と文脈の例（--example）を出力します。',
    options: [
      '--schema           ルールの入力の JSON Schema（draft 2020-12）',
      '--example          ルールの例（kaigo check にそのまま渡せる { input, context } の形）',
      JSON_OPTION,
    ],
    examples: [
      'kaigo rules kobayashi',
      'kaigo rules kobayashi deadlines --example > case.json',
      'kaigo rules kobayashi deadlines --schema',
    ],
  },
  check: {
    synopsis: 'kaigo check <市> <ルール> <ファイル|-> [--date YYYY-MM-DD] [--param id=値] [--json]',
    summary:
      'ルールを入力に適用し、判定・指摘（出典つき）・不足している入力・使ったパラメータを日本語で表示します。',
    options: [
      '--date YYYY-MM-DD  基準日（和暦も可。例: 2025-06-20、令和7年6月20日）。入力の context.referenceDate より優先',
      '--param id=値      パラメータを上書き（what-if。複数可）。値は JSON（例: 3500）',
      '--jsonl            入力を JSON Lines として1行ずつ処理',
      '--json             結果を JSON で出力（判定・指摘・トレースをすべて含む）',
      MAX_BYTES_OPTION,
    ],
    examples: [
      'kaigo check kobayashi deadlines case.json',
      `kaigo check kobayashi deadlines case.json --date 2025-06-20 --param 'kobayashi.programStart="2025-06-01"'`,
    ],
  },
  test: {
    synopsis: 'kaigo test <事例ファイル.yaml|->',
    summary:
      'YAML の事例（入力・文脈・期待する結果）をルールで実行し、事例ごとに合否を表示します。',
    options: [],
    examples: ['kaigo test packages/rules-kobayashi/src/03-flow/deadlines.examples.yaml'],
  },
  serve: {
    synopsis: 'kaigo serve [--port 8787] [--host 127.0.0.1]',
    summary: [
      '様式の検証・ルールの実行・CSV の読み書きを HTTP（JSON）で提供します。一覧は GET /openapi.json。',
      '環境変数 KAIGO_SERVE_TOKEN を設定すると、/health 以外は Authorization: Bearer <トークン> が必要になります。',
      'SIGTERM・SIGINT で新しい要求を断り、処理中の要求を終えてから終了します（終了コード 0）。',
    ].join('\n'),
    options: [
      '--port N           ポート（既定 8787。0 なら空いているポート）',
      '--host ADDR        待ち受けるアドレス（既定 127.0.0.1。ループバック以外ではトークンを設定してください）',
    ],
    examples: ['kaigo serve --port 8787', 'curl -s http://127.0.0.1:8787/health'],
  },
  agenda: {
    synopsis:
      'kaigo agenda <市> <事例一覧.json|.jsonl|-> --date YYYY-MM-DD [--horizon 日数] [--format table|json|jsonl|csv|ics] [--param id=値]',
    summary:
      '事例一覧（[{ "caseRef": "K-001", "input": { … } }, …]、または1行1件の JSON Lines）について、市の期限をすべて期限の順に一覧します（期限切れ・期限間近・予定・済・不明）。見通し期間より後の期限は表に含めず件数だけ数えます。',
    options: [
      '--date YYYY-MM-DD  基準日（必須。和暦も可）',
      '--horizon 日数      見通し期間（既定 14 日）。この日数の内の未済の期限は「期限間近」',
      '--format 形式       table（既定）・json・jsonl（1行1項目、最後の行が集計）・csv（UTF-8 BOM つき、Excel 向け）・ics（未済の期限を終日の予定に）',
      '--param id=値       パラメータを上書き（what-if。複数可。予定表が使うすべてのルールに効く）',
      '                    JSON Lines の入力を jsonl・csv・ics で出すと1件ずつ書き出し、10万件でもメモリは一定（事例の順、集計は標準エラー）',
    ],
    examples: [
      'kaigo agenda kobayashi examples/agenda/kobayashi-caseload.json --date 2025-07-01',
      'kaigo agenda kobayashi cases.jsonl --date 2025-07-01 --horizon 30 --format ics > 期限.ics',
      "kaigo agenda isehara examples/agenda/isehara-caseload.json --date 2024-07-01 --param 'isehara.cases.perCareManager=2'",
    ],
  },
  help: {
    synopsis: 'kaigo help [<コマンド>]',
    summary: '使い方を表示します。コマンドを指定するとそのコマンドの説明です。',
    options: [],
    examples: ['kaigo help check', 'kaigo check --help'],
  },
};

/** The commands `kaigo` knows. */
export const COMMANDS: readonly string[] = Object.keys(COMMAND_HELP);

/**
 * The help of one command (synopsis, summary, options, examples), or undefined for an unknown command.
 *
 * @example
 * ```ts
 * commandUsage('check')?.startsWith('使い方: kaigo check'); // => true
 * ```
 */
export function commandUsage(command: string): string | undefined {
  const help = Object.hasOwn(COMMAND_HELP, command) ? COMMAND_HELP[command] : undefined;
  if (!help) return undefined;
  const lines = [`使い方: ${help.synopsis}`, '', help.summary];
  if (help.options.length > 0) lines.push('', 'オプション:', ...help.options.map((o) => `  ${o}`));
  lines.push('', '例:', ...help.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known command nearest to a mistyped one (at most 2 edits, or a prefix), for "もしかして".
 *
 * @example
 * ```ts
 * nearestCommand('chek'); // => 'check'
 * ```
 */
export function nearestCommand(typed: string): string | undefined {
  if (typed.length > 40) return undefined;
  const scored = COMMANDS.map((c) => ({
    c,
    d: c.startsWith(typed) && typed.length >= 2 ? 0 : editDistance(typed, c),
  })).sort((x, y) => x.d - y.d);
  return scored[0] && scored[0].d <= 2 ? scored[0].c : undefined;
}
