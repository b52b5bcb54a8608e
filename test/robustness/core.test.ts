import {
  CARE_LEVEL_CODES_KYOTAKU,
  careLevelFromCode,
  isCareLevel,
  isCodeOf,
  isIsoDate,
  isSourceDocumentId,
  parseDateInput,
  parseInsuredNumber,
  parseInsurerNumber,
  parseIsoDate,
  parseOfficeNumber,
  parseRuleContext,
  parseWareki,
  parseYearMonth,
} from '@kaigo/core';
import { describe, it } from 'vitest';
import { assertNoMarkers, assertSurvives, markStrings } from './harness';

const ENTRY_POINTS: Record<string, (input: unknown) => unknown> = {
  parseIsoDate,
  parseDateInput,
  parseWareki,
  parseYearMonth,
  parseInsuredNumber,
  parseInsurerNumber,
  parseOfficeNumber,
  parseRuleContext,
  careLevelFromCode: (v) => careLevelFromCode(CARE_LEVEL_CODES_KYOTAKU, v),
  isIsoDate,
  isCareLevel,
  isSourceDocumentId,
  isCodeOf: (v) => isCodeOf(CARE_LEVEL_CODES_KYOTAKU, v),
};

describe('core entry points survive arbitrary input', () => {
  for (const [name, fn] of Object.entries(ENTRY_POINTS)) {
    it(name, () => assertSurvives(name, fn));
  }
});

describe('core messages never echo input', () => {
  it('for every parser', () => {
    const { marked, markers } = markStrings({ a: 'x', b: '令和', c: '0123456789' });
    const values = Object.values(marked as Record<string, string>);
    for (const fn of Object.values(ENTRY_POINTS)) {
      for (const v of values) assertNoMarkers(fn(v), markers);
      assertNoMarkers(fn({ referenceDate: values[0] }), markers);
    }
  });
});
