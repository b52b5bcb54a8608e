// The rule and parameter lists live in their own module so that importing one rule does not keep every rule.
import type { DatedParameter, RuleDescriptor } from '@kaigo/core';
import { checkApplicability, verificationTriggers } from './01-background/applicability';
import { adviceDeadline, finalPlanWithoutAdvice } from './03-kanyo/01-frequency/flowParameters';
import { evaluateVerificationFlow } from './03-kanyo/01-frequency/verificationFlow';
import { adviceViewpoints, reviewAdviceViewpoints } from './03-kanyo/02-method/adviceViewpoints';
import {
  evaluationSheetAtCreate,
  optionalDocuments,
  requiredDocuments,
} from './03-kanyo/02-method/documentParameters';
import { checkDocuments } from './03-kanyo/02-method/documents';
import { submissionChannelGrades } from './03-kanyo/03-other/channelParameters';
import {
  homeVisitAccompaniment,
  homeVisitAccompanimentMandatory,
} from './03-kanyo/03-other/homeVisit';
import { gradeSubmissionChannel } from './03-kanyo/03-other/submissionChannel';
import { scheduleStatus } from './04-schedule/schedule';
import { SECTIONS } from './shared/sections';

/** この市のすべての日付付きパラメータ（資料の順）。 */
export const parameters: readonly DatedParameter<unknown>[] = [
  verificationTriggers,
  adviceDeadline,
  finalPlanWithoutAdvice,
  requiredDocuments,
  optionalDocuments,
  evaluationSheetAtCreate,
  adviceViewpoints,
  submissionChannelGrades,
  homeVisitAccompanimentMandatory,
];

/** この市のすべてのルール（資料の順。CLI とルールカタログが使う）。例はすべて架空の事業所・利用者。 */
export const rules: readonly RuleDescriptor[] = [
  {
    id: 'kumamoto.applicability',
    title: '検証（ケアプラン等の提出）の対象と提出先',
    description:
      '直接契約の指定居宅介護支援事業所が作成する介護予防サービス計画の新規作成・更新が、ささえりあによる検証の対象か、どのささえりあに提出するかを判定する。',
    sources: [SECTIONS.directContract, SECTIONS.nationalView, SECTIONS.frequency1],
    evaluate: checkApplicability,
    examples: [
      {
        title: '直接契約の事業所が新規作成（居住圏域のささえりあへ提出）',
        input: {
          author: 'designatedOfficeDirect',
          planEvent: 'create',
          planDate: '2024-09-02',
          residenceAreaSasaeria: 'ささえりあ架空台',
          submittedTo: 'ささえりあ架空台',
        },
        context: { referenceDate: '2024-09-02' },
      },
      {
        title: '委託による計画（この資料の対象外）',
        input: { author: 'consignedOffice', planEvent: 'update', planDate: '2024-10-01' },
        context: { referenceDate: '2024-10-01' },
      },
      {
        title: '制度開始（令和６年４月１日）前の計画',
        input: {
          author: 'designatedOfficeDirect',
          planEvent: 'update',
          planDate: '2024-03-29',
          residenceAreaSasaeria: 'ささえりあ架空台',
        },
        context: { referenceDate: '2024-04-10' },
      },
    ],
  },
  {
    id: 'kumamoto.verificationFlow',
    title:
      '検証の流れ（提出 → ２週間以内のアドバイス等 → 確定後の提出 → 情報の集約 → 地域ケア会議）',
    description:
      '1つの計画の出来事から、現在の状態、アドバイス等の期限（受理日の翌日から14日目が最終日）と期限内か、期限を過ぎた事項を判定する。',
    sources: [SECTIONS.frequency1, SECTIONS.frequency2, SECTIONS.frequency3, SECTIONS.frequency4],
    evaluate: evaluateVerificationFlow,
    examples: [
      {
        title: '14日目のアドバイス等（期限内）',
        input: {
          events: [
            { kind: 'submitted', date: '2024-09-02' },
            { kind: 'adviceGiven', date: '2024-09-16' },
          ],
        },
        context: { referenceDate: '2024-09-20' },
      },
      {
        title: '事項ありで期限を過ぎても連絡なし（期限超過）',
        input: { adviceNeeded: true, events: [{ kind: 'submitted', date: '2024-09-02' }] },
        context: { referenceDate: '2024-09-20' },
      },
      {
        title: '受理前のアドバイス等（起こりえない並び）',
        input: {
          events: [
            { kind: 'adviceGiven', date: '2024-08-30' },
            { kind: 'submitted', date: '2024-09-02' },
          ],
        },
        context: { referenceDate: '2024-09-20' },
      },
    ],
  },
  {
    id: 'kumamoto.documents',
    title: '提出を求める資料（【必須】【任意】）',
    description:
      'ケアプラン等の資料がそろっているか。評価表の新規作成時の扱いはパラメータで切り替える。',
    sources: [SECTIONS.requiredDocuments, SECTIONS.optionalDocuments],
    evaluate: checkDocuments,
    examples: [
      {
        title: '更新時に4点そろっている',
        input: {
          planEvent: 'update',
          documents: [
            'national.userBasicInfo',
            'national.basicChecklist',
            'national.preventionPlan',
            'national.preventionEvaluation',
          ],
        },
        context: { referenceDate: '2024-10-01' },
      },
      {
        title: '新規作成時に評価表がない（文言どおりの読み方では不足）',
        input: {
          planEvent: 'create',
          documents: [
            'national.userBasicInfo',
            'national.basicChecklist',
            'national.preventionPlan',
          ],
        },
        context: { referenceDate: '2024-10-01' },
      },
      {
        title: '経過記録を求められたのに含まれていない',
        input: {
          planEvent: 'update',
          progressRecordRequested: true,
          documents: [
            'national.userBasicInfo',
            'national.basicChecklist',
            'national.preventionPlan',
            'national.preventionEvaluation',
          ],
        },
        context: { referenceDate: '2024-10-01' },
      },
    ],
  },
  {
    id: 'kumamoto.adviceViewpoints',
    title: 'アドバイス等の視点（確認記録）',
    description:
      '計画の区分に当てはまる視点（更新時のみの視点を含む）と、未回答・アドバイス等ありの視点を示す。',
    sources: [SECTIONS.viewpoints],
    evaluate: reviewAdviceViewpoints,
    examples: [
      {
        title: '更新時（5つの視点）、1つでアドバイス等あり',
        input: {
          planEvent: 'update',
          reviewedOn: '2024-09-05',
          viewpoints: {
            selfReliance: { result: 'adequate' },
            issuesClear: { result: 'adequate' },
            goalsAppropriate: { result: 'adviceNeeded' },
            communityServices: { result: 'adequate' },
            revisionOnUpdate: { result: 'adequate' },
          },
        },
        context: { referenceDate: '2024-09-05' },
      },
      {
        title: '新規作成時（4つの視点）、未回答あり',
        input: { planEvent: 'create', viewpoints: { selfReliance: { result: 'adequate' } } },
        context: { referenceDate: '2024-09-05' },
      },
    ],
  },
  {
    id: 'kumamoto.submissionChannel',
    title: 'ケアプラン等の提出方法',
    description: '提出方法を ok／warning／error で評価し、理由と出典を示す。',
    sources: [SECTIONS.channel, SECTIONS.channelEmail],
    evaluate: gradeSubmissionChannel,
    examples: [
      {
        title: 'ケアプランデータ連携システム（原則）',
        input: { channel: 'careplanDataSystem' },
        context: { referenceDate: '2024-09-02' },
      },
      {
        title: '原則によりがたいので簡易書留で郵送',
        input: { channel: 'postWithDeliveryRecord', principalChannelsUnavailable: true },
        context: { referenceDate: '2024-09-02' },
      },
      {
        title: '電子メール（推奨しない）',
        input: { channel: 'email' },
        context: { referenceDate: '2024-09-02' },
      },
    ],
  },
  {
    id: 'kumamoto.homeVisit',
    title: '利用者宅への訪問への同行',
    description:
      'アセスメント・モニタリングの自宅訪問への同行は必須ではなく、事業所の求めがあればお願いしたい（期限の定めなし）。',
    sources: [SECTIONS.homeVisit],
    evaluate: homeVisitAccompaniment,
    examples: [
      {
        title: 'モニタリング訪問に同行を求められた',
        input: { purpose: 'monitoring', accompanimentRequested: true },
        context: { referenceDate: '2024-10-01' },
      },
      {
        title: 'アセスメント訪問（求めなし）',
        input: { purpose: 'assessment', accompanimentRequested: false },
        context: { referenceDate: '2024-10-01' },
      },
    ],
  },
  {
    id: 'kumamoto.schedule',
    title: '今後のスケジュール',
    description:
      '運営協議会（7月11日）・説明会（8月中旬）・以降の改善検討が、基準日から見て済んだか・これからか。',
    sources: [SECTIONS.scheduleCouncil, SECTIONS.scheduleBriefing],
    evaluate: scheduleStatus,
    examples: [
      { title: '説明会の前', input: undefined, context: { referenceDate: '2024-08-01' } },
      { title: '説明会の時期（8月中旬）', input: {}, context: { referenceDate: '2024-08-15' } },
    ],
  },
];
