import { InputError, decodeUtf8, openSource, parseJson, readAll } from './input';
import type { InputSource } from './input';
import type { CliIo } from './io';
import { readLines } from './lines';

/** The outcome of processing one record (one JSON document or one JSON Lines line). */
export interface RecordOutcome {
  /** `ok`: passed; `failed`: processed but invalid / not passing; `bad`: could not be processed. */
  readonly kind: 'ok' | 'failed' | 'bad';
  /** Human-readable Japanese report (may be empty for a quiet success in JSON Lines mode). */
  readonly human: string;
  /** Machine report. */
  readonly json: Record<string, unknown>;
}

/** `kaigo` コマンドの終了コード。 */
export const ExitCode = {
  /** 有効・判定でき error の指摘なし。 */
  ok: 0,
  /** 無効・判定不能・error の指摘あり。 */
  failed: 1,
  /** 使い方の誤り・入力を読めない。 */
  usage: 2,
  /** 内部エラー。 */
  internal: 3,
} as const;

/**
 * The SDK itself failed on one record (a rule threw): reported like a bad record, but the run ends
 * with exit 3 (internal error), not 1 or 2, because the input is not to blame.
 */
export class SdkError extends InputError {}

/** Options shared by the commands that read input. */
export interface InputOptions {
  readonly source: InputSource;
  readonly jsonl: boolean;
  readonly json: boolean;
  readonly maxBytes: number;
}

/** Turns an input error into a `bad` record outcome. */
export function badRecord(error: InputError, lineNo?: number): RecordOutcome {
  const where = lineNo === undefined ? '' : `${lineNo}行目: `;
  return {
    kind: 'bad',
    human: `${where}${error.message}\n`,
    json: {
      ...(lineNo === undefined ? {} : { line: lineNo }),
      ok: false,
      error: { code: error.code, message: error.message },
    },
  };
}

/**
 * Parses a whole JSON document. When it fails but its first line is a JSON value of its own and more lines follow,
 * the input is most likely JSON Lines given without `--jsonl`: the message says so.
 */
function parseDocument(text: string): unknown {
  try {
    return parseJson(text);
  } catch (error) {
    if (!(error instanceof InputError) || error.code !== 'input.notJson') throw error;
    const newline = text.indexOf('\n');
    const rest = newline < 0 ? '' : text.slice(newline + 1).trim();
    if (rest === '' || !isJsonValue(text.slice(0, newline))) throw error;
    throw new InputError(
      'input.notJson',
      `${error.message.replace(/。$/, '')}。1行に1件の JSON Lines なら --jsonl を付けてください（拡張子 .jsonl・.ndjson なら自動）。`,
    );
  }
}

function isJsonValue(line: string): boolean {
  try {
    JSON.parse(line);
    return line.trim() !== '';
  } catch {
    return false;
  }
}

/**
 * Runs `handle` on a single JSON document or, in JSON Lines mode, on each line as it streams in.
 * Bad records are reported by line and never stop the run; a progress line is drawn on a terminal.
 */
export async function runRecords(
  io: CliIo,
  options: InputOptions,
  handle: (value: unknown) => RecordOutcome,
  describeSummary: (counts: { ok: number; failed: number; bad: number }) => string,
): Promise<number> {
  const chunks = await openSource(options.source, io.stdin);
  if (!options.jsonl) {
    const value = parseDocument(decodeUtf8(await readAll(chunks, options.maxBytes)));
    const outcome = handle(value);
    await io.stdout(options.json ? `${JSON.stringify(outcome.json)}\n` : outcome.human);
    return outcome.kind === 'ok' ? ExitCode.ok : ExitCode.failed;
  }

  const counts = { ok: 0, failed: 0, bad: 0 };
  let internal = 0;
  let lastProgress = 0;
  let drewProgress = false;
  const progress = (lineNo: number): void => {
    if (!io.stderrIsTTY) return;
    const now = performance.now();
    if (now - lastProgress < 200) return;
    lastProgress = now;
    drewProgress = true;
    io.stderr(
      `\r処理中: ${lineNo.toLocaleString('ja-JP')} 行（問題 ${(counts.failed + counts.bad).toLocaleString('ja-JP')} 件）`,
    );
  };
  const clearProgress = (): void => {
    if (drewProgress) io.stderr('\r\x1b[K');
    drewProgress = false;
  };

  let seenRecord = false;
  try {
    for await (const line of readLines(chunks)) {
      let outcome: RecordOutcome;
      // A file whose first record is not UTF-8 (a Shift_JIS .jsonl) is refused as a whole, like a whole file:
      // every line would fail the same way. Later bad lines in a UTF-8 file are reported one by one.
      if ('error' in line && !seenRecord && line.error.code.startsWith('input.encoding.'))
        throw new InputError(line.error.code, line.error.message, line.lineNo);
      if (!('error' in line) && line.text.trim() === '') continue;
      seenRecord = true;
      if ('error' in line) outcome = badRecord(line.error, line.lineNo);
      else {
        try {
          const parsed = handle(parseJson(line.text));
          outcome = {
            kind: parsed.kind,
            human: parsed.human === '' ? '' : `${line.lineNo}行目: ${parsed.human}`,
            json: { line: line.lineNo, ...parsed.json },
          };
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          if (error instanceof SdkError) internal += 1;
          outcome = badRecord(error, line.lineNo);
        }
      }
      counts[outcome.kind] += 1;
      const text = options.json ? `${JSON.stringify(outcome.json)}\n` : outcome.human;
      if (text !== '') {
        clearProgress();
        await io.stdout(text);
      }
      progress(line.lineNo);
    }
  } finally {
    clearProgress();
  }
  const total = counts.ok + counts.failed + counts.bad;
  if (total === 0) throw new InputError('input.empty', '入力が空です。');
  if (options.json) await io.stdout(`${JSON.stringify({ summary: { total, ...counts } })}\n`);
  else await io.stdout(describeSummary(counts));
  if (internal > 0) {
    io.stderr(`kaigo: ${internal} 件で内部エラーが発生しました（SDK の不具合です）。\n`);
    return ExitCode.internal;
  }
  return counts.failed + counts.bad === 0 ? ExitCode.ok : ExitCode.failed;
}
