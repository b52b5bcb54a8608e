import { parseArgs } from 'node:util';

/** Parsed command line. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly json: boolean;
  readonly jsonl: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly draft07: boolean;
  /** `rules <市> <ルール> --schema`: the rule's input JSON Schema. */
  readonly schema: boolean;
  /** `rules <市> <ルール> --example`: an example `{ input, context }`. */
  readonly example: boolean;
  readonly date?: string;
  readonly maxBytes?: string;
  /** `agenda --horizon N`（見通し期間の日数）。 */
  readonly horizon?: string;
  /** `agenda --format table|json|csv|ics`。 */
  readonly format?: string;
  /** `--param id=value`（パラメータの上書き。複数可）。 */
  readonly params: readonly string[];
}

/** A usage error (exit code 2), in Japanese. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses argv with `node:util` parseArgs; unknown options become a Japanese usage error. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        date: { type: 'string', short: 'd' },
        'max-bytes': { type: 'string' },
        'draft-07': { type: 'boolean', default: false },
        schema: { type: 'boolean', default: false },
        example: { type: 'boolean', default: false },
        param: { type: 'string', short: 'p', multiple: true },
        horizon: { type: 'string' },
        format: { type: 'string' },
      },
    });
    return {
      positionals,
      json: values.json === true,
      jsonl: values.jsonl === true,
      help: values.help === true,
      version: values.version === true,
      draft07: values['draft-07'] === true,
      schema: values.schema === true,
      example: values.example === true,
      params: values.param ?? [],
      ...(values.date !== undefined ? { date: values.date } : {}),
      ...(values['max-bytes'] !== undefined ? { maxBytes: values['max-bytes'] } : {}),
      ...(values.horizon !== undefined ? { horizon: values.horizon } : {}),
      ...(values.format !== undefined ? { format: values.format } : {}),
    };
  } catch (error) {
    const message = String((error as Error).message ?? '');
    // The option is named only when it looks like one (short, no other text from the command line).
    const named = /'(-{1,2}[A-Za-z0-9][A-Za-z0-9-]{0,30})[', ]/.exec(message.slice(0, 200))?.[1];
    const option = named ?? '';
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(option ? `不明なオプションです: ${option}` : '不明なオプションです。');
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(
        option
          ? `オプションの値が正しくありません: ${option}`
          : 'オプションの値が正しくありません。',
      );
    throw new UsageError('コマンドラインを読めません。');
  }
}
