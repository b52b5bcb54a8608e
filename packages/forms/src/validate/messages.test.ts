// The error map says what would be valid (format and example, the allowed codes and their meanings, "no such day"),
// identically through validate and the precompiled validator, and never echoes the input.
import { defineCodeTable } from '@kaigo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { compileValidator } from '../fast/validateFast';
import {
  codeField,
  dateField,
  digitsField,
  enumField,
  insuredNumberField,
  timeField,
  yearMonthField,
} from '../primitives/primitives';
import { japaneseMessage } from './messages';
import type { RawIssue } from './messages';
import { validate } from './validate';

const source = { document: 'kaigo-sdk-modelled', section: '—' };
const YES_NO = defineCodeTable('test.answer', '回答', source, [
  { code: '1', label: 'はい' },
  { code: '0', label: 'いいえ' },
] as const);
// Same codes, other meanings: the message must follow the field's own table.
const PRESENCE = defineCodeTable('test.presence', '有無', source, [
  { code: '1', label: '有' },
  { code: '0', label: '無' },
] as const);
const MANY = defineCodeTable(
  'test.many',
  '多いコード表',
  source,
  Array.from({ length: 14 }, (_, i) => ({
    code: String(i + 1).padStart(2, '0'),
    label: `区分${i + 1}`,
  })),
);

const schema = z.strictObject({
  on: dateField({ label: '実施日' }).optional(),
  month: yearMonthField({ label: '対象年月' }).optional(),
  at: timeField({ label: '開始時刻' }).optional(),
  insurer: digitsField(6, { label: '保険者番号' }).optional(),
  insured: insuredNumberField({ label: '被保険者番号' }).optional(),
  answer: codeField(YES_NO, { label: '回答' }).optional(),
  presence: codeField(PRESENCE, { label: '有無' }).optional(),
  many: codeField(MANY, { label: '区分' }).optional(),
  kind: enumField(['new', 'renewal'] as const, { label: '作成区分' }).optional(),
  items: z.array(z.strictObject({ answer: codeField(YES_NO, { label: '回答' }) })).optional(),
});

const fast = compileValidator(schema);
/** The one message for `input`, the same through both paths (the test fails if they differ). */
function messageOf(input: Record<string, unknown>): string | undefined {
  const slow = validate(schema, input);
  expect(fast(input)).toEqual(slow);
  return slow.issues[0]?.message;
}

describe('japaneseMessage: dates', () => {
  it('says "no such day" for the right shape on a day the calendar does not have', () => {
    for (const on of ['1945-02-30', '2025-02-29', '2025-04-31', '2025-13-01', '2025-00-10']) {
      expect(messageOf({ on }), on).toBe(
        '実施日: 存在しない日付です（月の日数を確かめてください）。形式: YYYY-MM-DD（例: 2025-05-12）',
      );
    }
  });
  it('gives the format and an example for the wrong shape, and asks for the Western calendar for 和暦', () => {
    for (const on of ['2025/05/12', '20250512', '2025-5-12', '']) {
      expect(messageOf({ on }), on).toBe(
        '実施日: 日付の形式で入力してください。形式: YYYY-MM-DD（例: 2025-05-12）',
      );
    }
    for (const on of ['令和7年5月12日', 'R7.5.12', '昭和20年2月30日']) {
      expect(messageOf({ on }), on).toBe(
        '実施日: 西暦の日付で入力してください（和暦は西暦に直します）。形式: YYYY-MM-DD（例: 2025-05-12）',
      );
    }
  });
  it('keeps the supported range message for a real day outside it', () => {
    expect(messageOf({ on: '1800-01-01' })).toBe(
      '実施日: 対応範囲外の日付です（1873-01-01〜2099-12-31、明治6年1月1日〜令和81年12月31日）。',
    );
  });
  it('reads the input even though validate reports issues without it (reportInput: false)', () => {
    const r = validate(schema, { on: '1945-02-30' });
    expect(r.issues[0]?.message).toContain('存在しない日付');
    expect(JSON.stringify(r)).not.toContain('1945');
  });
});

describe('japaneseMessage: other formats', () => {
  it('year-months, times and fixed digits carry their format and an example', () => {
    expect(messageOf({ month: '2025-13' })).toBe(
      '対象年月: 存在しない月です（月は 01〜12）。形式: YYYY-MM（例: 2025-04）',
    );
    expect(messageOf({ month: '2100-01' })).toBe(
      '対象年月: 対応範囲外の年月です（1873-01〜2099-12）。形式: YYYY-MM（例: 2025-04）',
    );
    expect(messageOf({ month: '2025/4' })).toBe(
      '対象年月: 所定の形式で入力してください。形式: YYYY-MM（例: 2025-04）',
    );
    expect(messageOf({ at: '24:00' })).toBe(
      '開始時刻: 存在しない時刻です（時は 00〜23、分は 00〜59）。形式: HH:MM（例: 09:30）',
    );
    expect(messageOf({ at: '9時' })).toBe(
      '開始時刻: 所定の形式で入力してください。形式: HH:MM（例: 09:30）',
    );
    expect(messageOf({ insurer: '12' })).toBe(
      '保険者番号: 所定の形式で入力してください。形式: 6桁の数字（例: 123456）',
    );
    expect(messageOf({ insured: 'X' })).toBe(
      '被保険者番号: 所定の形式で入力してください。形式: 10桁の数字、または H＋9桁の数字（例: 0000012345）',
    );
  });
  it('a pattern without a hint keeps the plain message', () => {
    const r = validate(z.object({ x: z.string().regex(/^a$/) }), { x: 'b' });
    expect(r.issues[0]?.message).toBe('所定の形式で入力してください。');
  });
});

describe('japaneseMessage: codes', () => {
  it('lists the allowed codes with the meanings of the field’s own table', () => {
    expect(messageOf({ answer: '2' })).toBe(
      '回答: コード表「回答」にない値です。次のいずれか: 1（はい）, 0（いいえ）',
    );
    expect(messageOf({ presence: '2' })).toBe(
      '有無: コード表「有無」にない値です。次のいずれか: 1（有）, 0（無）',
    );
    expect(messageOf({ items: [{ answer: 'x' }] })).toBe(
      '1行目 › 回答: コード表「回答」にない値です。次のいずれか: 1（はい）, 0（いいえ）',
    );
  });
  it('caps a long table and points to the table and the JSON Schema', () => {
    expect(messageOf({ many: '99' })).toBe(
      '区分: コード表「多いコード表」にない値です。次のいずれか: 01（区分1）, 02（区分2）, 03（区分3）, 04（区分4）, ' +
        '05（区分5）, 06（区分6）, 07（区分7）, 08（区分8）, 09（区分9）, 10（区分10） ほか 4 件' +
        '（全件はコード表「多いコード表」、JSON Schema の x-code-labels）',
    );
  });
  it('lists the values of an enum without a code table', () => {
    expect(messageOf({ kind: 'x' })).toBe(
      '作成区分: 選択肢にない値です。次のいずれか: new, renewal',
    );
    const literal = validate(z.object({ n: z.literal([1, 2]) }), { n: 3 });
    expect(literal.issues[0]?.message).toBe('選択肢にない値です。次のいずれか: 1, 2');
  });
  it('still reports a missing code as required', () => {
    expect(validate(schema, { items: [{}] }).issues[0]).toMatchObject({
      code: 'required',
      message: '1行目 › 回答: 必須項目です。',
    });
  });
});

describe('japaneseMessage never echoes the input', () => {
  it('property: no message contains the value, through both paths', () => {
    const fields = ['on', 'month', 'at', 'insurer', 'insured', 'answer', 'many', 'kind'] as const;
    // A marker letter that no message uses, so that any echo of the value shows.
    const value = fc
      .string({ minLength: 1, maxLength: 12 })
      .map((s) => `Ｑ${s}`)
      .filter((s) => !s.includes('\u0000'));
    fc.assert(
      fc.property(fc.constantFrom(...fields), value, (field, v) => {
        const slow = validate(schema, { [field]: v });
        expect(fast({ [field]: v })).toEqual(slow);
        for (const issue of slow.issues) expect(issue.message).not.toContain(v);
      }),
      { numRuns: 500 },
    );
  });
  it('a raw issue without the schema or the values still gets a message', () => {
    expect(japaneseMessage({ code: 'invalid_value', input: 'x' } as unknown as RawIssue)).toBe(
      '選択肢にない値です。',
    );
    expect(
      japaneseMessage({
        code: 'invalid_format',
        format: 'regex',
        input: 'x',
      } as unknown as RawIssue),
    ).toBe('所定の形式で入力してください。');
  });
});
