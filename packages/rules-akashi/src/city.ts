import { akashiForms } from './forms/index';
import { defineCity } from '@kaigo/core';
import { akashiAgenda } from './agenda';
import { AKASHI_SOURCE_DOCUMENT } from './document';
import { akashiBalanceApplicableKinds } from './s1-basicPolicy/balance';
import { checkFunctionActivityParticipationBalance } from './s1-basicPolicy/checkFunctionActivityParticipationBalance';
import { checkCareManagementCase } from './s3-preventiveCareManagement/checkCareManagementCase';
import { akashiDelegableTypes } from './s3-preventiveCareManagement/implementation';
import {
  akashiBracketedStepMissingSeverity,
  akashiProcessTable,
  akashiStepOrder,
} from './s3-preventiveCareManagement/processTable';
import { akashiCareManagementTypesRun } from './s3-preventiveCareManagement/typesRun';
import {
  checkRehabVisitTarget,
  checkSaikenProgrammeTarget,
} from './s4-initiatives/checkProgrammeTargets';
import { akashiRehabVisitTargetLevels, akashiSaikenTargetLevels } from './s4-initiatives/targets';
import { checkDisasterPreparedness } from './s5b-disasterEvacuation/checkDisasterPreparedness';
import {
  akashiDisasterItems,
  akashiDisasterPlanKinds,
} from './s5b-disasterEvacuation/disasterItems';

/**
 * 明石市の定義: 出典文書、独自様式（災害に備えた情報、`src/forms/`）、
 * 日付付きパラメータとルール（どちらも文書の節の順）。
 *
 * @example
 * ```ts
 * city.rule('careManagementCase')?.id; // => 'akashi.careManagementCase'
 * city.rules.map((r) => r.id)[0]; // => 'akashi.functionActivityParticipationBalance'（１（１）第5項）
 * ```
 */
export const city = defineCity({
  id: 'akashi',
  name: '明石市',
  prefecture: '兵庫県',
  sources: [AKASHI_SOURCE_DOCUMENT],
  forms: akashiForms, // 市町村独自様式（src/forms/）
  parameters: [
    akashiBalanceApplicableKinds,
    akashiProcessTable,
    akashiBracketedStepMissingSeverity,
    akashiStepOrder,
    akashiCareManagementTypesRun,
    akashiDelegableTypes,
    akashiRehabVisitTargetLevels,
    akashiSaikenTargetLevels,
    akashiDisasterItems,
    akashiDisasterPlanKinds,
  ],
  rules: [
    checkFunctionActivityParticipationBalance, // １（１）第5項
    checkCareManagementCase, // ３（３）類型、３（２）実施主体
    checkRehabVisitTarget, // ４（２）
    checkSaikenProgrammeTarget, // ４（３）
    checkDisasterPreparedness, // ５ 災害時の避難行動の支援
  ],
  agenda: akashiAgenda, // ５ の記載と ３（３）の残りの手順を事例一覧で
});

/**
 * 明石市のすべてのルール（文書の節の順。CLI とルールカタログが使う）。各ルールは記述子でもあり、
 * `rule(input, context)` でも `rule.evaluate(input, context)` でも呼べる。例はすべて架空のケース。
 *
 * @example
 * ```ts
 * rules.find((r) => r.id === 'akashi.saikenProgrammeTarget')?.evaluate({ careLevel: 'care1' }, { referenceDate: '2024-05-01' });
 * ```
 */
export const rules = city.rules;

/**
 * 明石市のすべての日付付きパラメータ（文書の順）。文脈の `parameters` でどれも上書きできる。
 *
 * @example
 * ```ts
 * parameters.map((p) => p.id).includes('akashi.disaster.planKinds'); // => true
 * ```
 */
export const parameters = city.parameters;
