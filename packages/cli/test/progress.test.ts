// The progress line is drawn on stderr only when stderr is a terminal, and cleared before output.
import { defineForm, textField } from '@kaigo/forms';
import { validate } from '@kaigo/forms';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { CliIo, CliRegistry } from '../src/index';
import { runCli } from '../src/index';

const form = defineForm({
  id: 'test.simple',
  title: '簡単な様式（テスト）',
  typeName: 'TestSimple',
  version: '1',
  source: { document: 'kaigo-sdk-modelled', section: '—' },
  modelled: true,
  schema: z.strictObject({ note: textField({ label: 'メモ' }, 3) }),
});
const registry: CliRegistry = {
  forms: [form],
  cities: [],
  jsonSchema: () => ({}),
  validate: (f, input) => validate(f, input),
};

async function runWith(
  tty: boolean,
  lines: string[],
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const bytes = new TextEncoder().encode(lines.join('\n'));
  async function* stdin(): AsyncGenerator<Uint8Array> {
    // Slow chunks, so that the 200 ms throttle lets the progress line through.
    for (let i = 0; i < bytes.length; i += 64) {
      await new Promise((r) => setTimeout(r, 30));
      yield bytes.subarray(i, i + 64);
    }
  }
  const io: CliIo = {
    stdin: stdin(),
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    stderrIsTTY: tty,
  };
  const code = await runCli(['validate', 'test.simple', '-', '--jsonl'], io, registry);
  return { code, out, err };
}

describe('progress line', () => {
  const lines = Array.from({ length: 60 }, (_, i) =>
    i === 30 ? '{"note":"長すぎるメモ"}' : '{"note":"ok"}',
  );

  it('is drawn on a terminal and cleared at the end', async () => {
    const r = await runWith(true, lines);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\r処理中: \d+ 行（問題 \d+ 件）/);
    expect(r.err.endsWith('\r\x1b[K')).toBe(true);
    expect(r.out).toContain('31行目: 無効です');
    expect(r.out).toContain('合計 60 件: 有効 59 件、無効 1 件、読めない行 0 件');
  });

  it('is not drawn when stderr is not a terminal', async () => {
    const r = await runWith(false, lines);
    expect(r.err).toBe('');
  });
});
