import { readFileSync } from 'node:fs';
import { runAgenda } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { iseharaAgenda } from './agenda';
import { city } from './city';
import { monthlySchedule } from './04-method/03-flow/schedule';

const caseload: unknown = JSON.parse(
  readFileSync(new URL('../../../examples/agenda/isehara-caseload.json', import.meta.url), 'utf8'),
);
const ctx = { referenceDate: '2024-07-01', horizonDays: 30 };

describe('isehara agenda', () => {
  it('lists the whole monthly schedule of a care manager, with what each still has to send', () => {
    // #region iseharaAgenda
    const r = runAgenda(city.agenda!, caseload, ctx);
    const cm02 = r.items.filter((i) => i.caseRef === 'CM-02');
    // ４（３）月次スケジュール: 前月１日頃 通知、前月末日 郵送、15日前後 面談、25日頃 結果、翌々月25日頃 再提出、随時 報告書
    expect(cm02.map((i) => [i.itemId, i.due, i.status])).toEqual([
      ['notice', '2024-06-01', 'met'],
      ['mailing', '2024-06-30', 'overdue'], // 前月末日を過ぎて郵送していない
      ['auditCase', '2024-06-30', 'unknown'], // 点検ケースの件数が分からない
      ['interview', '2024-07-15', 'dueSoon'],
      ['results', '2024-07-25', 'dueSoon'],
      ['reportToCity', undefined, 'pending'], // 随時
    ]);
    // 見通し期間（30日）より後: 市への再提出（４（８）翌月末 2024-08-31）と委託先への再提出（翌々月25日頃 2024-09-25）
    expect(r.cases.find((c) => c.caseRef === 'CM-02')?.byStatus.pending).toBe(3);
    // ケアマネジャーがまだ送るもの: 【対象ケアマネジャー】で始まる未済の項目
    const toSend = cm02.filter(
      (i) => i.what.startsWith('【対象ケアマネジャー】') && i.status !== 'met',
    );
    expect(toSend.map((i) => i.itemId)).toEqual(['mailing', 'auditCase']);
    // 事業所ごとの状況表
    expect(r.groupLabel).toBe('事業所');
    expect(r.summary.byGroup['事業所A']).toMatchObject({ cases: 2, nextDue: '2024-06-30' });
    // #endregion iseharaAgenda
  });

  it('uses the annual calendar’s first notice (2024-04-08) and the mailing rule (前月末日) for a May interview', () => {
    const r = runAgenda(iseharaAgenda, caseload, {
      referenceDate: '2024-06-01',
      horizonDays: 3660,
    });
    const cm03 = r.items.filter((i) => i.caseRef === 'CM-03');
    expect(cm03.find((i) => i.itemId === 'notice')).toMatchObject({
      due: '2024-04-08',
      status: 'met',
    });
    // 令和６年４月８日 第１回…通知（発送）
    expect(cm03.find((i) => i.itemId === 'notice')?.citation.section).toBe(
      '４（３）年間スケジュール 2',
    );
    expect(cm03.find((i) => i.itemId === 'mailing')).toMatchObject({
      ruleId: 'isehara.mailing',
      due: '2024-04-30',
      status: 'met',
      late: true,
    });
    // ４（４）1 ケアマネジャー等１人につき１ケース: 2件は超過のまま郵送の期限を過ぎた（ルールの指摘が事例に残る）
    expect(cm03.find((i) => i.itemId === 'auditCase')?.status).toBe('overdue');
    const findings = r.cases.find((c) => c.caseRef === 'CM-03')?.findings.map((f) => f.code);
    expect(findings).toContain('isehara.mailing.late');
    expect(findings).toContain('isehara.cases.moreThanAllowed');
    // 再提出: 原文の2つの記述をそのまま2項目に（どちらも未済で期限前）
    expect(
      cm03.filter((i) => i.itemId.startsWith('resubmission')).map((i) => [i.itemId, i.due]),
    ).toEqual([
      ['resubmissionToCity', '2024-06-30'],
      ['resubmission', '2024-07-25'],
    ]);
  });

  it('has exactly the rule’s dates for every step, and reports a bad case without dropping the others', () => {
    const r = runAgenda(iseharaAgenda, caseload, {
      referenceDate: '2024-07-01',
      horizonDays: 3660,
    });
    const rule = monthlySchedule({ interviewMonth: '2024-09' }, { referenceDate: '2024-07-01' });
    const cm04 = r.items.filter((i) => i.caseRef === 'CM-04');
    for (const s of rule.decision?.steps ?? [])
      expect(cm04.find((i) => i.itemId === s.id)?.due).toBe(s.date);
    // ４（４）1: 0件は「ケースのないケアマネジャー」（郵送の期限 2024-08-31 の前なので未済、見通し期間の内）
    expect(cm04.find((i) => i.itemId === 'auditCase')).toMatchObject({
      due: '2024-08-31',
      status: 'dueSoon',
    });
    expect(r.cases.find((c) => c.caseRef === 'CM-05')).toMatchObject({ status: 'invalid' });
    expect(r.summary.cases).toEqual({ total: 5, invalid: 1 });
  });

  it('applies parameter overrides through the context (isehara.cases.perCareManager)', () => {
    const r = runAgenda(iseharaAgenda, caseload, {
      ...ctx,
      parameters: { 'isehara.cases.perCareManager': 2 },
    });
    expect(r.items.find((i) => i.caseRef === 'CM-03' && i.itemId === 'auditCase')?.status).toBe(
      'met',
    );
  });
});
