import { readFileSync } from 'node:fs';
import { runAgenda } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { asagoAgenda } from './agenda';
import { city } from './city';

const caseload: unknown = JSON.parse(
  readFileSync(new URL('../../../examples/agenda/asago-caseload.json', import.meta.url), 'utf8'),
);
const ctx = { referenceDate: '2024-06-05', horizonDays: 14 };
const of = (r: ReturnType<typeof runAgenda>, ref: string, prefix: string) =>
  r.items
    .filter((i) => i.caseRef === ref && i.itemId.startsWith(prefix))
    .map((i) => [i.itemId, i.due, i.status]);

describe('asago agenda', () => {
  it('answers which care managers still lack a 要支援1 or 要支援2 subject, and what is due to CSwatch by 6月10日', () => {
    // #region asagoAgenda
    const r = runAgenda(city.agenda!, caseload, ctx);
    // ５ 準備 ◎ケース選定「介護支援専門員 1 人につき、モデル対象者を要支援１、要支援２から１名ずつ選定する」（令和 6年 5月中）
    const lacking = r.items
      .filter((i) => i.ruleId === 'asago.modelSubjectSelection' && i.status !== 'met')
      .map((i) => [i.caseRef, i.itemId, i.status]);
    expect(lacking).toEqual([
      ['CM-B', 'selection.support2', 'overdue'],
      ['CM-C', 'selection.support1', 'overdue'],
      ['CM-C', 'selection.support2', 'overdue'],
      ['CM-D', 'selection.support1', 'overdue'],
      ['CM-D', 'selection.support2', 'overdue'],
    ]);
    // ６ 準備 ◎CSwatchへの提出書類「提出締め切り 6月 10日」: CM-B は2書類だけ（提出日なし）、7書類が期限間近
    const cswatch = r.items.filter(
      (i) => i.caseRef === 'CM-B' && i.ruleId === 'asago.cswatchDocuments',
    );
    expect(cswatch.filter((i) => i.status === 'dueSoon')).toHaveLength(7);
    expect(cswatch.every((i) => i.due === '2024-06-10')).toBe(true);
    // 介護支援専門員ごとの状況表（事例 = 介護支援専門員1人）
    expect(r.cases.find((c) => c.caseRef === 'CM-A')?.byStatus.overdue).toBe(0);
    // #endregion asagoAgenda
  });

  it('gives each model subject’s 事前／中間／事後評価 windows, the 事後評価 at a facility admission', () => {
    const r = runAgenda(asagoAgenda, caseload, { referenceDate: '2024-06-05', horizonDays: 3660 });
    // ４ 内容 評価: 事前評価（2024年5月〜6月）は実施済み、中間評価①（2024年12月）…
    expect(of(r, 'CM-A', 'subject1.')).toEqual([
      ['subject1.pre', '2024-06-10', 'met'],
      ['subject1.interim1', '2024-12-31', 'dueSoon'],
      ['subject1.interim2', '2025-10-31', 'dueSoon'],
      ['subject1.post', '2026-10-31', 'dueSoon'],
    ]);
    // （ウ）施設入所（2025-03-01）: 以後の中間評価②はなく、事後評価はその時点から
    const post = r.items.find((i) => i.caseRef === 'CM-A' && i.itemId === 'subject2.post');
    expect(post).toMatchObject({ opensOn: '2025-03-01', status: 'dueSoon' });
    expect(post?.what).toContain('施設入所・死亡の時点');
    expect(r.items.some((i) => i.caseRef === 'CM-A' && i.itemId === 'subject2.interim2')).toBe(
      false,
    );
  });

  it('shows the 専門職派遣 (年１回以上) not yet used this year, and a missed evaluation as overdue', () => {
    const r = runAgenda(asagoAgenda, caseload, { referenceDate: '2025-01-15', horizonDays: 90 });
    // ５ 実施 （２）専門職派遣の活用（年１回以上）: 対象者1は令和6年度に1回、対象者2はまだ
    expect(of(r, 'CM-A', 'dispatch.').filter((x) => x[1] === '2025-03-31')).toEqual([
      ['dispatch.subject1.2024', '2025-03-31', 'met'],
      ['dispatch.subject2.2024', '2025-03-31', 'dueSoon'],
    ]);
    // 実施記録を与えた対象者2は、事前評価・中間評価①が未実施のまま期間を過ぎた
    expect(of(r, 'CM-A', 'subject2.').slice(0, 2)).toEqual([
      ['subject2.pre', '2024-06-10', 'overdue'],
      ['subject2.interim1', '2024-12-31', 'overdue'],
    ]);
  });

  it('follows parameter overrides (the quota), and reports the rule’s findings with the care manager', () => {
    const r = runAgenda(asagoAgenda, caseload, {
      ...ctx,
      parameters: { 'asago.modelSubjectQuota': { support1: 1, support2: 0 } },
    });
    expect(
      r.items.find((i) => i.caseRef === 'CM-B' && i.itemId === 'selection.support2')?.status,
    ).toBe('met');
    const codes = r.cases.find((c) => c.caseRef === 'CM-D')?.findings.map((f) => f.code);
    expect(codes?.length).toBeGreaterThan(0);
    expect(r.summary.byGroup['事業所やまびこ']?.cases).toBe(2);
  });
});
