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
