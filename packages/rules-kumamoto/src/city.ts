import { kumamotoForms } from './forms/index';
import { defineCity } from '@kaigo/core';
import type { City, DatedParameter, RuleDescriptor } from '@kaigo/core';
import type { FormDefinition } from '@kaigo/forms';
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
import { submissionChannelGrades } from './03-kanyo/03-channel-and-visit/channelParameters';
import {
  homeVisitAccompaniment,
  homeVisitAccompanimentMandatory,
} from './03-kanyo/03-channel-and-visit/homeVisit';
import { gradeSubmissionChannel } from './03-kanyo/03-channel-and-visit/submissionChannel';
import { scheduleEntries, scheduleStatus } from './04-schedule/schedule';
import { KUMAMOTO_SOURCE_DOCUMENT } from './sourceDocument';
import { kumamotoAgenda } from './agenda';

/**
 * 熊本市の定義: 出典文書、独自様式（確認記録 `kumamoto.adviceReview`、
 * `src/forms/`）、日付付きパラメータとルール（どちらも資料の節の順）。
 *
 * @example
 * ```ts
 * city.rule('verificationFlow')?.id; // => 'kumamoto.verificationFlow'
 * city.parameter('kumamoto.adviceDeadline')?.unit; // => '週'
 * ```
 */
export const city: City<FormDefinition> = defineCity({
  id: 'kumamoto',
  name: '熊本市',
  prefecture: '熊本県',
  sources: [KUMAMOTO_SOURCE_DOCUMENT],
  forms: kumamotoForms, // 市町村独自様式（src/forms/）
  parameters: [
    verificationTriggers,
    adviceDeadline,
    finalPlanWithoutAdvice,
    requiredDocuments,
    optionalDocuments,
    evaluationSheetAtCreate,
    adviceViewpoints,
    submissionChannelGrades,
    homeVisitAccompanimentMandatory,
    scheduleEntries,
  ],
  rules: [
    checkApplicability,
    evaluateVerificationFlow,
    checkDocuments,
    reviewAdviceViewpoints,
    gradeSubmissionChannel,
    homeVisitAccompaniment,
    scheduleStatus,
  ],
  agenda: kumamotoAgenda, // ３（１）② アドバイス等の連絡期限を事例一覧で
});

/**
 * この市のすべてのルール（資料の節の順。CLI とルールカタログが使う）。`city.rules` と同じ。
 *
 * @example
 * ```ts
 * rules.find((r) => r.id === 'kumamoto.documents')?.evaluate(input, { referenceDate: '2024-10-01' });
 * ```
 */
export const rules: readonly RuleDescriptor[] = city.rules;

/**
 * この市のすべての日付付きパラメータ（資料の節の順）。`city.parameters` と同じ。どれも文脈の `parameters` で上書きできる。
 *
 * @example
 * ```ts
 * parameters.map((p) => p.id); // => ['kumamoto.verificationTriggers', 'kumamoto.adviceDeadline', …]
 * ```
 */
export const parameters: readonly DatedParameter<unknown>[] = city.parameters;
