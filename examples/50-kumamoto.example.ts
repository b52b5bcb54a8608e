import type { RuleResult } from '@kaigo/core';
import {
  checkApplicability,
  checkDocuments,
  evaluateVerificationFlow,
  gradeSubmissionChannel,
  homeVisitAccompaniment,
  reviewAdviceViewpoints,
  scheduleStatus,
  type VerificationFlowDecision,
} from '@kaigo/rules-kumamoto';
import { printFinding } from './print';

export const title = '@kaigo/rules-kumamoto — 熊本市 ささえりあ「一定の関与」（計画の検証）';

// 架空の事業所・利用者・ささえりあ（実在しない）。
const SASAERIA = 'ささえりあ架空台';

const STATUS = { decided: '判定', undetermined: '判定不能（入力不足）', invalid: '入力エラー' };

/** One readable line for a decision of this package's rules. */
function summarize(r: RuleResult<unknown>): string | undefined {
  const d = r.decision as Record<string, unknown> | undefined;
  if (!d) return undefined;
  switch (r.rule) {
    case 'kumamoto.applicability':
      return d['triggersVerification']
        ? `検証の対象／提出先は利用者の居住圏域のささえりあ${d['submittedToRecipient'] === true ? '（提出先は一致）' : ''}`
        : '検証の対象外';
    case 'kumamoto.documents':
      return d['complete'] ? '【必須】の資料はそろっている' : '【必須】の資料が不足';
    case 'kumamoto.submissionChannel':
      return `評価 ${String(d['grade'])}`;
    case 'kumamoto.adviceViewpoints':
      return `確認する視点 ${(d['applicable'] as unknown[]).length}項目・アドバイス等あり ${(d['adviceNeeded'] as unknown[]).length}項目`;
    case 'kumamoto.homeVisit':
      return `同行は${d['mandatory'] ? '必須' : '必須ではない'}${d['accompanimentRequested'] === true ? '・事業所から求めあり' : ''}`;
    default:
      return undefined;
  }
}

/** Prints a compact summary line, then the findings and the parameters used (ids only). */
function printResult(label: string, r: RuleResult<unknown>, summary = summarize(r)): void {
  console.log(`  ■ ${label}（${r.rule}）: ${STATUS[r.status]}${summary ? ` — ${summary}` : ''}`);
  for (const f of r.findings) printFinding(f);
  for (const m of r.missing) console.log(`    ? 不足: ${m.label}`);
  if (r.parameters.length > 0)
    console.log(`    ＄ ${r.parameters.map((p) => `${p.id}（${p.effectiveFrom}〜）`).join('、')}`);
}

function printFlow(label: string, r: RuleResult<VerificationFlowDecision>): void {
  const d = r.decision;
  const a = d?.advice;
  const summary = a
    ? `状態: ${d?.stateLabel}／受理 ${a.receivedOn}・期限 ${a.deadline}（${a.rule}）` +
      (a.met === undefined ? '' : a.met ? '・期限内' : '・期限後') +
      (d && d.overdue.length > 0
        ? `・期限超過 ${d.overdue.map((o) => `${o.daysOverdue}日`).join('、')}`
        : '')
    : d?.stateLabel;
  printResult(label, r, summary);
}

export function run(): void {
  console.log('  【利用者Ａ：新規作成（架空ケアプランセンター、直接契約）】');
  printResult(
    '対象か・提出先',
    checkApplicability(
      {
        author: 'designatedOfficeDirect',
        planEvent: 'create',
        planDate: '2024-09-02',
        residenceAreaSasaeria: SASAERIA,
        submittedTo: SASAERIA,
      },
      { referenceDate: '2024-09-02' },
    ),
  );
  printResult(
    '提出資料（新規作成。評価表は更新時に求める）',
    checkDocuments(
      {
        planEvent: 'create',
        submittedOn: '2024-09-02',
        documents: ['national.userBasicInfo', 'national.basicChecklist', 'national.preventionPlan'],
      },
      { referenceDate: '2024-09-02' },
    ),
  );
  printResult(
    '提出方法',
    gradeSubmissionChannel({ channel: 'careplanDataSystem' }, { referenceDate: '2024-09-02' }),
  );
  printResult(
    'アドバイス等の視点（ささえりあの確認）',
    reviewAdviceViewpoints(
      {
        planEvent: 'create',
        reviewedOn: '2024-09-10',
        viewpoints: {
          selfReliance: { result: 'adequate' },
          issuesClear: { result: 'adequate' },
          goalsAppropriate: { result: 'adviceNeeded' },
          communityServices: { result: 'adequate' },
        },
      },
      { referenceDate: '2024-09-10' },
    ),
  );
  printFlow(
    '検証の流れ（11日目にアドバイス等 → 確定後に提出 → 情報の集約）',
    evaluateVerificationFlow(
      {
        adviceNeeded: true,
        events: [
          { kind: 'submitted', date: '2024-09-02' },
          { kind: 'adviceGiven', date: '2024-09-13' },
          { kind: 'planFinalised', date: '2024-09-20' },
          { kind: 'finalPlanSubmitted', date: '2024-09-24' },
          { kind: 'informationConsolidated', date: '2024-09-30' },
        ],
      },
      { referenceDate: '2024-10-01' },
    ),
  );

  console.log('\n  【利用者Ｂ：更新（原則の方法によりがたく簡易書留で郵送）】');
  printResult(
    '提出方法',
    gradeSubmissionChannel(
      { channel: 'postWithDeliveryRecord', principalChannelsUnavailable: true },
      { referenceDate: '2024-09-09' },
    ),
  );
  printResult(
    '提出資料（更新・経過記録を求められた）',
    checkDocuments(
      {
        planEvent: 'update',
        progressRecordRequested: true,
        documents: [
          'national.userBasicInfo',
          'national.basicChecklist',
          'national.preventionPlan',
          'national.preventionEvaluation',
        ],
      },
      { referenceDate: '2024-09-09' },
    ),
  );
  printResult(
    'アドバイス等の視点（更新時のみの視点を含む）',
    reviewAdviceViewpoints(
      {
        planEvent: 'update',
        viewpoints: {
          selfReliance: { result: 'adequate' },
          issuesClear: { result: 'adequate' },
          goalsAppropriate: { result: 'adequate' },
          communityServices: { result: 'adequate' },
          revisionOnUpdate: { result: 'adviceNeeded' },
        },
      },
      { referenceDate: '2024-09-12' },
    ),
  );
  const bEvents = [{ kind: 'submitted', date: '2024-09-09' }];
  printFlow(
    '検証の流れ（9月27日時点：アドバイス等が期限超過）',
    evaluateVerificationFlow(
      { adviceNeeded: true, events: bEvents },
      { referenceDate: '2024-09-27' },
    ),
  );
  printFlow(
    '検証の流れ（9月30日にようやく連絡：期限後）',
    evaluateVerificationFlow(
      { adviceNeeded: true, events: [...bEvents, { kind: 'adviceGiven', date: '2024-09-30' }] },
      { referenceDate: '2024-09-30' },
    ),
  );
  printResult(
    'モニタリング訪問への同行',
    homeVisitAccompaniment(
      { purpose: 'monitoring', accompanimentRequested: true },
      { referenceDate: '2024-10-01' },
    ),
  );

  console.log('\n  【起こりえない並び：受理より前のアドバイス等】');
  printResult(
    '検証の流れ',
    evaluateVerificationFlow(
      {
        events: [
          { kind: 'adviceGiven', date: '2024-09-01' },
          { kind: 'submitted', date: '2024-09-02' },
        ],
      },
      { referenceDate: '2024-10-01' },
    ),
  );

  console.log('\n  【別の読み方を試す（文脈の parameters でパラメータを上書き）】');
  const change = {
    author: 'designatedOfficeDirect',
    planEvent: 'change',
    planDate: '2024-10-15',
    residenceAreaSasaeria: SASAERIA,
  };
  printResult(
    '変更時（資料の文言どおり）',
    checkApplicability(change, { referenceDate: '2024-10-15' }),
  );
  printResult(
    'アドバイス等の視点（変更時: 検証の時期でないので当てはめない）',
    reviewAdviceViewpoints(
      { planEvent: 'change', viewpoints: {} },
      { referenceDate: '2024-10-15' },
    ),
  );
  printResult(
    '新規作成時の評価表（文言どおり新規作成時にも求める読み方）',
    checkDocuments(
      {
        planEvent: 'create',
        documents: ['national.userBasicInfo', 'national.basicChecklist', 'national.preventionPlan'],
      },
      { referenceDate: '2024-10-15', parameters: { 'kumamoto.evaluationSheetAtCreate': true } },
    ),
  );
  printResult(
    '変更時（変更も検証の対象とする読み方）',
    checkApplicability(change, {
      referenceDate: '2024-10-15',
      parameters: { 'kumamoto.verificationTriggers': ['create', 'update', 'change'] },
    }),
  );

  console.log('\n  【今後のスケジュール（令和６年）】');
  const s = scheduleStatus(undefined, { referenceDate: '2024-08-15' });
  const pos = { past: '済', upcoming: '予定', inWindow: '当日・時期内', ongoing: '継続中' };
  for (const e of s.decision ?? [])
    console.log(`    ${e.label} … ${pos[e.position]}（2024-08-15 時点）`);
}
