import { kobayashiForms } from './forms/index';
import { defineCity } from '@kaigo/core';
import { checkContractRequirements } from './02-overview/contractRequirements';
import { checkEligibility } from './02-overview/eligibility';
import { contractRequirements, eligibleCareLevels, userCharge } from './02-overview/parameters';
import { listDeadlines } from './03-flow/deadlines';
import { lookupFee } from './03-flow/fees';
import { buildInvoice } from './03-flow/invoice';
import {
  deadlineSchedule,
  duplicateClaimSeverity,
  feeTableReading,
  fees,
  flowSteps,
} from './03-flow/parameters';
import { nextStep } from './03-flow/roles';
import { requiredDocuments } from './04-documents/parameters';
import { checkDocumentCompleteness } from './04-documents/requiredDocuments';
import { fiscalYearCrossingAllowed, programStart } from './05-programCoverage/parameters';
import { checkProgramCoverage } from './05-programCoverage/programCoverage';
import { KOBAYASHI_SOURCE_DOCUMENT } from './document';
import { kobayashiAgenda } from './agenda';

/**
 * 小林市の定義: 出典文書（`kobayashi-jiritsu-2025`）、独自様式（統一様式・参加申込書・対象者名簿・
 * 請求書・明細書、`src/forms/`）、日付付きパラメータとルール（どちらも要領の節の順）。
 *
 * @example
 * ```ts
 * city.rule('deadlines')?.id; // => 'kobayashi.deadlines'
 * city.rules.map((r) => r.id)[0]; // => 'kobayashi.eligibility'（２ 事業概要）
 * ```
 */
export const city = defineCity({
  id: 'kobayashi',
  name: '小林市',
  prefecture: '宮崎県',
  sources: [KOBAYASHI_SOURCE_DOCUMENT],
  forms: kobayashiForms, // 市町村独自様式（src/forms/）
  parameters: [
    eligibleCareLevels, // ２ 事業概要
    userCharge, // ２ 事業概要
    contractRequirements, // ２（１）
    fees, // ２（２）、３ 事業の流れ（表）
    feeTableReading, // ３ 事業の流れ（表）の読み方（事前・事後を居宅にも支払うか）
    duplicateClaimSeverity, // ３ 事業の流れ（表）（重複の定めなし）
    deadlineSchedule, // ３ 事業の流れ（提出期限）
    flowSteps, // ３ 事業の流れ（１）（２）
    requiredDocuments, // ４ 提出(入力)書類
    programStart, // ３（提出期限「R7.5～随時」）、５ その他 ①
    fiscalYearCrossingAllowed, // ５ その他 ➁
  ],
  rules: [
    checkEligibility, // ２ 事業概要、５ その他 ①➁
    checkContractRequirements, // ２ 事業概要、２（１）
    lookupFee, // ２（２）、３ 事業の流れ（表）
    buildInvoice, // ２（２）、３ 事業の流れ（表・提出期限・包括の確認欄入力）、５ その他 ①
    listDeadlines, // ３ 事業の流れ（提出期限）
    nextStep, // ３ 事業の流れ（１）（２）
    checkDocumentCompleteness, // ４ 提出(入力)書類
    checkProgramCoverage, // ５ その他 ①➁
  ],
  agenda: kobayashiAgenda, // ３ 事業の流れ（提出期限）を事例一覧で
});

/**
 * 小林市のすべてのルール（要領の節の順。CLI とルールカタログが使う）。各ルールは記述子でもあり、
 * `rule(input, context)` でも `rule.evaluate(input, context)` でも呼べる。例はすべて架空の事例。
 *
 * @example
 * ```ts
 * rules.find((r) => r.id === 'kobayashi.deadlines')?.evaluate(input, { referenceDate: '2025-07-01' });
 * ```
 */
export const rules = city.rules;

/**
 * 小林市のすべての日付付きパラメータ（要領の節の順）。文脈の `parameters` でどれも上書きできる。
 *
 * @example
 * ```ts
 * parameters.map((p) => p.id).includes('kobayashi.fees'); // => true
 * ```
 */
export const parameters = city.parameters;
