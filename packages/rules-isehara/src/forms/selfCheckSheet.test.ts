import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { fieldMeta } from '@kaigo/forms';
import { city } from '../city';
import { validate } from '@kaigo/forms';
import { iseharaForms } from './index';
import { iseharaSelfCheckItemsSchema, iseharaSelfCheckSheetForm } from './selfCheckSheet';

const MARK = 'ZZ秘密マーカー伊勢原太郎';

describe('isehara.selfCheckSheet (modelled form)', () => {
  it('is registered, marked modelled and cites the 伊勢原市 audit document', () => {
    expect(iseharaForms).toContain(iseharaSelfCheckSheetForm);
    expect(city.form('isehara.selfCheckSheet')).toBe(iseharaSelfCheckSheetForm);
    expect(iseharaSelfCheckSheetForm.modelled).toBe(true);
    expect(iseharaSelfCheckSheetForm.source).toMatchObject({
      document: 'isehara-tenken-2024',
      section: '４（５）①',
    });
  });

  it('accepts a filled sheet and a sheet with unanswered items', () => {
    expect(
      validate(iseharaSelfCheckSheetForm, {
        stage: 'preSubmission',
        filledOn: '2024-06-20',
        affiliation: 'homeCareSupport',
        items: {
          evidenceBasedAssessment: 'yes',
          selfReliancePlan: 'yes',
          explainsJudgement: 'no',
          abilityPerspective: 'yes',
          choiceSupport: 'yes',
          variedSupport: 'notApplicable',
          causeOfNeeds: 'yes',
          supportNotServiceNames: 'no',
        },
        notes: '支援内容がサービス名になっていた（架空）',
      }).ok,
    ).toBe(true);
    expect(validate(iseharaSelfCheckSheetForm, { stage: 'resubmission', items: {} }).ok).toBe(true);
  });

  it('rejects bad input with labelled Japanese messages that never echo values', () => {
    const r = validate(iseharaSelfCheckSheetForm, {
      stage: MARK,
      filledOn: MARK,
      items: { choiceSupport: MARK, [MARK]: 'yes' },
      notes: 42,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['stage', 'filledOn', 'items.choiceSupport', 'notes']),
    );
    expect(r.issues.find((i) => i.path.join('.') === 'items.choiceSupport')?.label).toContain(
      '選択サポート',
    );
    expect(JSON.stringify(r.issues.map((i) => i.message))).not.toContain(MARK);
    expect(validate(iseharaSelfCheckSheetForm, {}).ok).toBe(false);
  });

  it('every item cites a section of the seed, with a quote found in it', () => {
    const seedUrl = new URL(
      '../../../../../shared/seeds/002_51a133fae5565000.txt',
      import.meta.url,
    );
    const squash = (s: string) => s.replace(/\s+/g, '');
    const seed = existsSync(seedUrl) ? squash(readFileSync(seedUrl, 'utf8')) : undefined;
    for (const field of Object.values(
      (
        iseharaSelfCheckItemsSchema as unknown as z.ZodObject<
          Record<string, z.ZodOptional<z.ZodType>>
        >
      ).shape,
    )) {
      const inner = field.unwrap();
      const source = fieldMeta.get(inner)?.source;
      expect(source?.document).toBe('isehara-tenken-2024');
      if (seed !== undefined && source?.quote) expect(seed).toContain(squash(source.quote));
    }
  });
});
