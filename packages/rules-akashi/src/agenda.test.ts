import { readFileSync } from 'node:fs';
import { runAgenda } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { akashiAgenda } from './agenda';
import { city } from './city';

const caseload: unknown = JSON.parse(
  readFileSync(new URL('../../../examples/agenda/akashi-caseload.json', import.meta.url), 'utf8'),
);
const ctx = { referenceDate: '2024-06-20', horizonDays: 14 };

describe('akashi agenda', () => {
  it('lists the plans being created or renewed that lack 【緊急連絡先】 or 【避難先】', () => {
    // #region akashiAgenda
    const r = runAgenda(city.agenda!, caseload, ctx);
    const disaster = r.items.filter((i) => i.ruleId === 'akashi.disasterPreparedness');
    // ５ 第3段落「ケアプラン作成（更新を含む）時には、【緊急連絡先】【避難先】等…ケアプランに記載しておくこと」
    expect(
      disaster.filter((i) => i.status !== 'met').map((i) => [i.caseRef, i.itemId, i.due, i.status]),
    ).toEqual([
      ['A-002', 'disaster.evacuationDestination', '2024-06-10', 'overdue'], // 新規作成の日を過ぎて未記載
      ['A-003', 'disaster.emergencyContact', '2024-06-28', 'dueSoon'], // 作成予定日の前
      ['A-003', 'disaster.evacuationDestination', '2024-06-28', 'dueSoon'],
      ['A-005', 'disaster.items', undefined, 'unknown'], // 作成区分が分からない
    ]);
    expect(r.items.find((i) => i.caseRef === 'A-005')?.missing).toEqual(['ケアプランの作成区分']);
    // 変更（A-004）は文書が求めていないので項目にしない
    expect(disaster.some((i) => i.caseRef === 'A-004')).toBe(false);
    // #endregion akashiAgenda
  });

  it('lists the open process steps of type A and C cases, with the type C monitoring conflict', () => {
    const r = runAgenda(akashiAgenda, caseload, ctx);
    const open = (ref: string) =>
      r.items
        .filter(
          (i) =>
            i.caseRef === ref && i.ruleId === 'akashi.careManagementCase' && i.status !== 'met',
        )
        .map((i) => i.itemId);
    expect(open('A-001')).toEqual([
      'process.explanationConsent',
      'process.planDelivery',
      'process.serviceProvision',
      'process.monitoring',
    ]);
    // Ｃ: ○ の手順だけ（原案作成・交付…）。モニタリングは表の○と本文「基本的にサービス利用開始時のみ」の食い違いを添える
    const c = r.items.filter(
      (i) => i.caseRef === 'A-002' && i.ruleId === 'akashi.careManagementCase',
    );
    const monitoring = c.find((i) => i.itemId === 'process.monitoring');
    expect(monitoring?.what).toContain('基本的にサービス利用開始時のみ');
    expect(c.find((i) => i.itemId === 'process.planDelivery')?.status).toBe('met');
    // 類型・委託の有無が分からないケースは unknown（不足している入力つき）
    expect(r.items.find((i) => i.caseRef === 'A-004' && i.itemId === 'process')).toMatchObject({
      status: 'unknown',
      missing: ['介護予防ケアマネジメントの類型', '指定居宅介護支援事業所への委託'],
    });
    // 文書に期日がないので期限はない
    expect(
      r.items
        .filter((i) => i.ruleId === 'akashi.careManagementCase')
        .every((i) => i.due === undefined),
    ).toBe(true);
  });

  it('keeps the rules’ findings with each case and groups by the caller’s office', () => {
    const r = runAgenda(akashiAgenda, caseload, ctx);
    const codes = r.cases.find((c) => c.caseRef === 'A-002')?.findings.map((f) => f.code);
    expect(codes).toContain('akashi.disaster.itemMissing');
    expect(codes).toContain('akashi.disaster.shareWithSupporters'); // 家族を含めた支援者とも共有（info）
    expect(r.summary.byGroup['居宅介護支援事業所西']?.cases).toBe(2);
  });

  it('follows an override of the disaster items (all six listed items required)', () => {
    const items = city.parameter('akashi.disaster.items')?.values[0]?.value as { basis: string }[];
    const r = runAgenda(akashiAgenda, caseload, {
      ...ctx,
      parameters: { 'akashi.disaster.items': items.map((i) => ({ ...i, basis: 'explicit' })) },
    });
    expect(
      r.items.filter((i) => i.caseRef === 'A-001' && i.ruleId === 'akashi.disasterPreparedness'),
    ).toHaveLength(items.length);
  });
});
