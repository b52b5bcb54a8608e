import { validate } from '@kaigo/forms';
import {
  checkAuditee,
  checkCaseAssignment,
  checkMailing,
  checkPreSubmission,
  checkResubmission,
  interviewMonthCheck,
  iseharaSelfCheckSheetForm,
  interviewOutline,
  monthlySchedule,
} from '@kaigo/rules-isehara';
import type { RuleResult } from '@kaigo/core';
import { printFinding } from './print';

// 判定・指摘・不足入力と、値が数や文字のパラメータだけを短く表示する（一覧のパラメータは省く）。
function brief(title: string, r: RuleResult<unknown>, decision?: string): void {
  console.log(`  ■ ${title} — ${r.rule}: ${r.status}${decision ? `（${decision}）` : ''}`);
  for (const f of r.findings) printFinding(f);
  for (const m of r.missing) console.log(`    ? 不足: ${m.label} [${m.path.join('.')}]`);
  for (const p of r.parameters)
    if (typeof p.value !== 'object')
      console.log(
        `    ＄ ${p.id} = ${String(p.value)}（${p.citation.document} ${p.citation.section}）`,
      );
}

export const title = '@kaigo/rules-isehara — 伊勢原市ケアプラン点検（架空のケース）';

// 架空の居宅介護支援事業所の架空のケアマネジャー（cm-014）。市が選定した1ケースを7月に面談する。
const interviewMonth = '2024-07';

export function run(): void {
  const auditee = checkAuditee(
    { affiliation: 'homeCareSupportOffice', officeAddressInIsehara: true },
    { referenceDate: '2024-06-01' },
  );
  brief(
    '対象者（４（２））',
    auditee,
    auditee.decision?.inScope ? '点検の対象者' : '対象者に当たらない',
  );
  const cases = checkCaseAssignment(
    { cases: [{ careManagerRef: 'cm-014', selectedBy: 'city' }], careManagers: ['cm-014'] },
    { referenceDate: '2024-06-01' },
  );
  brief(
    '対象ケース（１人１ケース・市が選定）',
    cases,
    cases.decision?.ok ? '規定どおり' : '不備あり',
  );
  const month = interviewMonthCheck({ interviewMonth }, { referenceDate: '2024-06-01' });
  brief(
    `面談月 ${interviewMonth}`,
    month,
    month.decision?.withinPeriod ? '事業所面談の期間内' : '期間外',
  );

  const schedule = monthlySchedule({ interviewMonth }, { referenceDate: '2024-06-01' });
  console.log(`  ■ 月次スケジュール（面談月 ${interviewMonth}）— ${schedule.status}`);
  for (const s of schedule.decision?.steps ?? [])
    console.log(
      `    ${s.no}. ${(s.date ?? '随時').padEnd(10)}${s.approximate && s.date ? '（目安）' : '        '} ${s.phrase}：${s.label}`,
    );
  const notice = schedule.decision?.steps.find((s) => s.id === 'notice');
  console.log(
    `    通知書類: ${(notice?.documents ?? []).map((d) => `${d.no} ${d.label}`).join('／')}`,
  );
  const firstNotice = monthlySchedule(
    { interviewMonth: '2024-05' },
    { referenceDate: '2024-04-01' },
  ).decision?.steps[0];
  console.log(
    `    （面談月 2024-05 の通知は年間スケジュールの第１回 ${firstNotice?.date ?? '—'}）`,
  );
  const re = schedule.decision?.resubmission;
  if (re)
    console.log(
      `    再提出: 月次スケジュール ${re.monthlyTable.date}頃 ／ ４（８） ${re.section48.date}まで（両方を示す。早い方 ${re.earlier}）`,
    );

  const outline = interviewOutline({}, { referenceDate: '2024-07-01' }).decision;
  if (outline)
    console.log(
      `  ■ 事業所面談 ${outline.totalMinutes}分程度（${outline.place}）: ` +
        outline.parts.map((p) => `${p.minutes}分 ${p.label.slice(0, 24)}…`).join(' → '),
    );

  // 6月末に郵送する提出書類（事前）。モニタリング表は2回分しか入っておらず、5月のサービス利用票別表を入れている。
  const documents = [
    { kind: 'selfCheckSheet' },
    { kind: 'basicInformation' },
    { kind: 'assessment' },
    { kind: 'issueSummary', issueSummaryForm: 'kanagawaCmaModified' },
    { kind: 'carePlanTable1' },
    { kind: 'carePlanTable2' },
    { kind: 'carePlanTable3' },
    { kind: 'monitoring', date: '2024-06-05' },
    { kind: 'monitoring', date: '2024-05-08' },
    { kind: 'evaluation', date: '2024-01-26' },
    { kind: 'serviceMeeting', date: '2024-01-29', discussesSubmittedPlan: true },
    { kind: 'serviceUseSlip', date: '2024-06-01' },
    { kind: 'serviceUseSlipAnnex', date: '2024-05-01' },
  ];
  const inventory = [
    { kind: 'monitoring', dates: ['2024-03-12', '2024-04-10', '2024-05-08', '2024-06-05'] },
    { kind: 'serviceUseSlip', dates: ['2024-05-01', '2024-06-01'] },
    { kind: 'serviceUseSlipAnnex', dates: ['2024-05-01', '2024-06-01'] },
  ];
  const ctx = { referenceDate: '2024-06-30' };
  const mailing = checkMailing({ interviewMonth, mailedOn: '2024-06-30' }, ctx);
  brief(
    '提出書類の郵送（前月末日）',
    mailing,
    mailing.decision?.met ? `${mailing.decision.deadline}までに郵送` : '前月末日を過ぎた',
  );
  const first = checkPreSubmission({ documents, inventory }, ctx);
  brief(
    '提出書類（事前）— 郵送前の確認',
    first,
    first.decision?.complete ? 'そろっている' : '不備あり',
  );
  // 直した一式: 4月のモニタリング表を加え、別表を6月分に差し替える。
  const fixed = [
    ...documents.filter((d) => d.kind !== 'serviceUseSlipAnnex'),
    { kind: 'monitoring', date: '2024-04-10' },
    { kind: 'serviceUseSlipAnnex', date: '2024-06-01' },
  ];
  brief(
    '提出書類（事前）— 直した一式、存在する書類の一覧なし',
    checkPreSubmission({ documents: fixed }, ctx),
  );
  const done = checkPreSubmission({ documents: fixed, inventory }, ctx);
  brief(
    '提出書類（事前）— 直した一式',
    done,
    done.decision?.complete ? 'そろっている' : '不備あり',
  );
  const copies = done.decision?.items.filter((i) => i.copyOfExisting).map((i) => i.item);
  console.log(`    既にあるものの写し: ${[...new Set(copies)].join('')}`);

  const sheet = validate(iseharaSelfCheckSheetForm, {
    stage: 'resubmission',
    filledOn: '2024-08-20',
    affiliation: 'homeCareSupport',
    items: { supportNotServiceNames: 'yes', causeOfNeeds: 'yes' },
  });
  console.log(
    `  ■ 自己チェック表（モデル化様式 ${iseharaSelfCheckSheetForm.id}）: ${sheet.ok ? '形式OK' : '形式エラー'}`,
  );

  brief(
    '点検（面談）後の再提出',
    checkResubmission(
      {
        documents: [
          { kind: 'carePlanTable1', signedCopy: true },
          { kind: 'carePlanTable2', signedCopy: true },
          { kind: 'carePlanTable3', signedCopy: true },
          { kind: 'selfCheckSheet' },
          { kind: 'carePlanPoints' },
        ],
        interviewMonth,
        submittedOn: '2024-09-02',
      },
      { referenceDate: '2024-09-02' },
    ),
  );
}
