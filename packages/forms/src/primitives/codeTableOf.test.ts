import { defineCodeTable } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { codeTableOf } from './codeTableOf';
import { codeField } from './primitives';

const YES_NO = defineCodeTable(
  'test.yesNo',
  'はい・いいえ',
  { document: 'kaigo-sdk-modelled', section: '—' },
  [
    { code: '1', label: 'はい' },
    { code: '0', label: 'いいえ' },
  ] as const,
);
const PRESENCE = defineCodeTable(
  'test.presence',
  '有無',
  { document: 'kaigo-sdk-modelled', section: '—' },
  [
    { code: '1', label: '有' },
    { code: '0', label: '無' },
  ] as const,
);

describe('codeTableOf', () => {
  it('gives each code field its own table, even when two tables share their codes', () => {
    expect(codeTableOf(codeField(YES_NO, { label: '同意' }))).toBe(YES_NO);
    expect(codeTableOf(codeField(PRESENCE, { label: '有無' }))).toBe(PRESENCE);
  });
  it('has nothing for other schemas and non-schemas', () => {
    expect(codeTableOf(z.enum(['1', '0']))).toBeUndefined();
    expect(codeTableOf(null)).toBeUndefined();
    expect(codeTableOf('x')).toBeUndefined();
  });
});
