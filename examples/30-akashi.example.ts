import {
  PROCESS_STEPS,
  PROCESS_STEP_LABELS,
  CARE_MANAGEMENT_TYPE_LABELS,
  PROCESS_MARK_MEANINGS,
  akashiProcessTable,
  checkCareManagementCase,
  checkDisasterPreparedness,
  checkFunctionActivityParticipationBalance,
  checkRehabVisitTarget,
} from '@kaigo/rules-akashi';
import { isoDate, valueAt } from '@kaigo/core';
import { printResult } from './print';

export const title = '@kaigo/rules-akashi — 明石市の介護予防ケアマネジメント（架空のケース）';

export function run(): void {
  // タイプ別プロセス表（３（３）類型）
  const table = valueAt(akashiProcessTable, isoDate('2024-06-01'));
  if (table.ok) {
    console.log(`  【介護予防ケアマネジメントのタイプ別プロセス】`);
    console.log(
      `    ${'区分'.padEnd(10, '　')} ${PROCESS_STEPS.map((s) => PROCESS_STEP_LABELS[s]).join(' / ')}`,
    );
    for (const type of ['A', 'B', 'C'] as const) {
      const row = PROCESS_STEPS.map(
        (s) => PROCESS_MARK_MEANINGS[table.value.value[type][s]].symbol,
      );
      console.log(
        `    ${CARE_MANAGEMENT_TYPE_LABELS[type].label.padEnd(10, '　')} ${row.join(' ')}`,
      );
    }
  }

  const context = { referenceDate: '2024-09-02' };

  // 1. 委託したケアマネジメントＣ（委託できるのはＡのみ）
  printResult(
    '委託したケアマネジメントＣ',
    checkCareManagementCase(
      {
        type: 'C',
        delegated: true,
        closed: true,
        steps: [
          { step: 'assessment', date: '2024-06-03' },
          { step: 'explanationConsent', date: '2024-06-10' },
          { step: 'planDelivery', date: '2024-06-10' },
          { step: 'serviceProvision', date: '2024-06-17' },
          { step: 'monitoring', date: '2024-08-19' },
        ],
      },
      context,
    ),
  );

  // 2. 委託したケアマネジメントＡ（手順どおり）
  printResult(
    '委託したケアマネジメントＡ',
    checkCareManagementCase(
      {
        type: 'A',
        delegated: true,
        steps: [
          { step: 'assessment', date: '2024-05-07' },
          { step: 'draftPlan', date: '2024-05-10' },
          { step: 'serviceMeeting', date: '2024-05-15' },
          { step: 'explanationConsent', date: '2024-05-15' },
          { step: 'planDelivery', date: '2024-05-16' },
          { step: 'serviceProvision', date: '2024-05-20' },
          { step: 'monitoring', date: '2024-08-20' },
        ],
      },
      context,
    ),
  );

  // 3. 更新したケアプランに避難先・避難経路の記載がない
  printResult(
    '更新時の災害に備えた情報',
    checkDisasterPreparedness(
      {
        planKind: 'renewal',
        createdOn: '2024-05-16',
        previousCreatedOn: '2023-05-15',
        disasterPreparedness: {
          confirmedOn: '2024-05-15',
          emergencyContact: '長女（架空）',
          evacuationPlace: '市立小学校体育館（架空）',
          evacuationHelper: '隣家の住民（架空）',
          contact: '長女の携帯電話',
        },
      },
      context,
    ),
  );

  // 4. 目標が「心身機能」だけの介護予防ケアプラン
  printResult(
    '目標の視点（心身機能・活動・参加）',
    checkFunctionActivityParticipationBalance(
      {
        kind: 'preventiveCareManagement',
        createdOn: '2024-05-16',
        goals: [
          { text: '膝の痛みを和らげる', domains: ['bodyFunction'] },
          { text: '下肢筋力を維持する', domains: ['bodyFunction'] },
        ],
      },
      context,
    ),
  );

  // 5. リハビリテーション専門職の同行訪問（同意が未確認）
  printResult(
    'リハビリテーション専門職の同行訪問の対象',
    checkRehabVisitTarget({ careLevel: 'support1', startingNewService: true }, context),
  );
}
