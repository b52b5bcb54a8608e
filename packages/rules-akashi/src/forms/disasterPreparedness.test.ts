import { describe, expect, it } from 'vitest';
import { city } from '../city';
import { validate } from '@kaigo/forms';
import { akashiForms } from './index';
import { akashiDisasterPreparednessForm } from './disasterPreparedness';

const MARK = 'ZZ秘密マーカー090-0000-0000';

describe('akashi.disasterPreparedness (modelled form)', () => {
  it('is registered, marked modelled and cites the 明石市 policy', () => {
    expect(akashiForms).toContain(akashiDisasterPreparednessForm);
    expect(city.form('akashi.disasterPreparedness')).toBe(akashiDisasterPreparednessForm);
    expect(akashiDisasterPreparednessForm.modelled).toBe(true);
    expect(akashiDisasterPreparednessForm.source.document).toBe('akashi-policy-2023');
  });
  it('accepts a complete and an empty record', () => {
    expect(
      validate(akashiDisasterPreparednessForm, {
        confirmedOn: '2024-05-01',
        emergencyContact: '長女（架空）',
        evacuationDestination: '市立小学校（架空）',
        evacuationPlace: '市立小学校体育館（架空）',
        evacuationRoute: '自宅から東へ徒歩10分',
        evacuationHelper: '隣家の住民（架空）',
        contact: '長女の携帯電話',
      }).ok,
    ).toBe(true);
    expect(validate(akashiDisasterPreparednessForm, {}).ok).toBe(true);
  });
  it('rejects bad input with labelled Japanese messages that never echo values', () => {
    const r = validate(akashiDisasterPreparednessForm, {
      confirmedOn: MARK,
      emergencyContact: 42,
      [MARK]: MARK,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(['confirmedOn', 'emergencyContact']),
    );
    expect(r.issues.find((i) => i.path[0] === 'confirmedOn')?.label).toBe(
      '災害に備えた情報の確認日',
    );
    for (const i of r.issues) expect(i.message).not.toContain('ZZ秘密マーカー');
  });
});
