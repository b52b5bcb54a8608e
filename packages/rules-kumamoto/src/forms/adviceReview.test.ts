import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { city } from '../city';
import { validate } from '@kaigo/forms';
import {
  KUMAMOTO_ADVICE_VIEWPOINT_IDS,
  KUMAMOTO_ADVICE_VIEWPOINT_LABELS,
  kumamotoAdviceReviewForm,
} from './adviceReview';
import { kumamotoForms } from './index';

describe('kumamoto.adviceReview', () => {
  it('is registered as a modelled 熊本市 form citing the viewpoints section', () => {
    expect(kumamotoForms).toContain(kumamotoAdviceReviewForm);
    expect(city.form('kumamoto.adviceReview')).toBe(kumamotoAdviceReviewForm);
    expect(kumamotoAdviceReviewForm).toMatchObject({
      modelled: true,
      city: '熊本市',
      typeName: 'KumamotoAdviceReview',
      source: { document: 'kumamoto-kanyo-2024', section: '３（２）≪アドバイス等の視点≫' },
    });
  });
  it('has the five viewpoints of the document, in order', () => {
    expect(KUMAMOTO_ADVICE_VIEWPOINT_IDS).toHaveLength(5);
    expect(KUMAMOTO_ADVICE_VIEWPOINT_LABELS.revisionOnUpdate).toMatch(
      /^ケアプラン更新時においては/,
    );
  });
  it('accepts a partial review (unanswered is allowed and means unchecked)', () => {
    const r = validate(kumamotoAdviceReviewForm, {
      planEvent: 'update',
      reviewedOn: '2024-09-05',
      viewpoints: { goalsAppropriate: { result: 'adviceNeeded', note: '架空の所見' } },
    });
    expect(r.ok).toBe(true);
  });
  it('rejects unknown results and keys with labelled Japanese messages and no echoed values', () => {
    const r = validate(kumamotoAdviceReviewForm, {
      planEvent: 'ZQXmarkQXZ',
      viewpoints: { selfReliance: { result: 'ZQXmarkQXZ' }, extra: {} },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path.join('.'))).toEqual([
      'planEvent',
      'viewpoints.selfReliance.result',
      'viewpoints.extra',
    ]);
    expect(r.issues[1]?.label).toContain('利用者の介護予防や自立支援に向けたプランとなっているか');
    expect(JSON.stringify(r)).not.toContain('ZQXmarkQXZ');
  });
  it('exports to JSON Schema (structural schema only)', () => {
    const json = z.toJSONSchema(kumamotoAdviceReviewForm.schema) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(json.properties)).toEqual(['planEvent', 'reviewedOn', 'viewpoints']);
  });
});
