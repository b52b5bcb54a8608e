import type {
  CareLevel,
  Citation,
  Finding,
  IsoDate,
  MissingInput,
  RuleEnv,
  RuleOutcome,
} from '@kaigo/core';
import { CARE_LEVELS, CARE_LEVEL_LABELS, defineRule } from '@kaigo/core';
import { booleanField, dateField, enumField, ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { REHABILITATION_ACCOMPANIED_VISIT, SAIKEN_SEIKATSU_PROGRAMME } from './programmes';
import { akashiRehabVisitTargetLevels, akashiSaikenTargetLevels } from './targets';

const careLevelField = (): z.ZodOptional<z.ZodEnum<Readonly<Record<CareLevel, CareLevel>>>> =>
  enumField(CARE_LEVELS as [CareLevel, ...CareLevel[]], {
    label: '要介護状態区分等',
  }).optional();

/**
 * 取組の対象かを判断するための利用者の状況（{@link checkRehabVisitTarget}・{@link checkSaikenProgrammeTarget}
 * の入力）。各欄は任意で、未入力は「いいえ」ではない。`asOf` はパラメータを読む日（なければ基準日）。
 *
 * @source akashi-policy-2023 ４（２）、４（３）
 */
export const programmeTargetInputSchema = z.strictObject({
  /** 要介護状態区分等。 */
  careLevel: careLevelField(),
  /** 新規にサービスの利用を開始するか。 */
  startingNewService: booleanField({ label: '新規にサービスの利用を開始する' }).optional(),
  /** 本人の同意を得たか。 */
  consent: booleanField({ label: '本人の同意' }).optional(),
  /** パラメータを読む日（なければ基準日）。 */
  asOf: dateField({ label: '判断する日' }).optional(),
});

/** 取組の対象かを判断するための利用者の状況（{@link programmeTargetInputSchema} の型）。 */
export type ProgrammeTargetInput = z.infer<typeof programmeTargetInputSchema>;

/** 対象の条件1つの評価。 */
export interface TargetCriterion {
  /** 条件（文書の表記）。 */
  readonly criterion: string;
  /** 満たすか（未入力なら undefined）。 */
  readonly met: boolean | undefined;
}

/** 取組の対象かの判定。 */
export interface ProgrammeTargetDecision {
  /** 文書が述べる対象に当てはまるか。 */
  readonly withinTarget: boolean;
  /** 条件ごとの評価。 */
  readonly criteria: readonly TargetCriterion[];
}

interface Check {
  /** トレースの条件コード。 */
  readonly code: string;
  readonly criterion: string;
  readonly met: boolean | undefined;
  readonly missing: MissingInput;
}

/** 条件を合わせて判定する。当てはまらない条件が1つでもあれば（他が未入力でも）対象外。 */
function decide(
  checks: readonly Check[],
  programme: string,
  citation: Citation,
  env: RuleEnv,
): RuleOutcome<ProgrammeTargetDecision> {
  for (const c of checks)
    if (c.met !== undefined)
      env.trace({ kind: 'condition', code: c.code, label: c.criterion, outcome: c.met });
  const criteria = checks.map((c) => ({ criterion: c.criterion, met: c.met }));
  const failed = checks.filter((c) => c.met === false);
  const unknown = checks.filter((c) => c.met === undefined);
  if (failed.length > 0) {
    const findings: Finding[] = failed.map((c) => ({
      code: 'akashi.programme.outsideTarget',
      severity: 'info',
      message: `${programme}の対象の条件「${c.criterion}」に当てはまりません。`,
      path: c.missing.path,
      citation,
    }));
    return { decision: { withinTarget: false, criteria }, findings };
  }
  if (unknown.length > 0) return { missing: unknown.map((c) => c.missing) };
  return { decision: { withinTarget: true, criteria } };
}

function levelCheck(
  levels: readonly CareLevel[],
  level: CareLevel | undefined,
  criterion: string,
): Check {
  return {
    code: 'akashi.programme.careLevel',
    criterion,
    met: level === undefined ? undefined : levels.includes(level),
    missing: { path: ['careLevel'], label: '要介護状態区分等' },
  };
}

/**
 * 利用者が、リハビリテーション専門職の同行訪問による支援について文書が述べる対象（新規にサービスの利用を開始する
 * 要支援者等で、本人の同意を得たもの）に当てはまるかを示す。文書は取組の内容を述べるだけで、実施を義務づける
 * 規定ではないため、この判定は「対象の記述に当てはまるか」にとどまり、当てはまらないときの指摘は info。
 * 一つでも当てはまらない条件があれば（他が未入力でも）`withinTarget: false`、そうでなく未入力があれば `undetermined`。
 *
 * @source akashi-policy-2023 ４（２）リハビリテーション専門職の同行訪問による支援
 * @example
 * 実行されるテスト（`checkRehabVisitTarget.example.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./checkRehabVisitTarget.example.test.ts#checkRehabVisitTarget}
 */
export const checkRehabVisitTarget = defineRule<ProgrammeTargetInput, ProgrammeTargetDecision>({
  id: 'akashi.rehabVisitTarget',
  title: 'リハビリテーション専門職の同行訪問の対象',
  description:
    '新規にサービスの利用を開始する要支援者等で本人の同意を得たものか（文書が述べる対象）。',
  sources: [REHABILITATION_ACCOMPANIED_VISIT.citation],
  input: ruleInput(programmeTargetInputSchema),
  parameters: [akashiRehabVisitTargetLevels],
  examples: [
    {
      title: '新規利用の要支援2、同意あり',
      input: { careLevel: 'support2', startingNewService: true, consent: true },
      context: { referenceDate: '2024-05-01' },
      expect: { status: 'decided', decision: { withinTarget: true } },
    },
    {
      title: '同意が未確認',
      input: { careLevel: 'jigyoTaishosha', startingNewService: true },
      context: { referenceDate: '2024-05-01' },
      expect: { status: 'undetermined' },
    },
  ],
  evaluate: (u, env) => {
    const levels = env.value(akashiRehabVisitTargetLevels, {
      at: (u.asOf as IsoDate | undefined) ?? env.referenceDate,
    });
    const levelNames = levels.map((l) => CARE_LEVEL_LABELS[l]).join('・');
    return decide(
      [
        levelCheck(levels, u.careLevel, `要支援者等（${levelNames}）`),
        {
          code: 'akashi.programme.startingNewService',
          criterion: '新規にサービスの利用を開始する',
          met: u.startingNewService,
          missing: { path: ['startingNewService'], label: '新規にサービスの利用を開始する' },
        },
        {
          code: 'akashi.programme.consent',
          criterion: '本人の同意を得て',
          met: u.consent,
          missing: { path: ['consent'], label: '本人の同意' },
        },
      ],
      'リハビリテーション専門職の同行訪問',
      REHABILITATION_ACCOMPANIED_VISIT.citation,
      env,
    );
  },
});

/**
 * 利用者が、再見！生活プログラム（短期集中介護予防サービス）について文書が述べる対象（要支援者又は事業対象者）に
 * 当てはまるかを示す。文書は利用期間・回数・同意などの条件を述べていないため、区分だけで判断する。
 * 当てはまらないときの指摘は info（利用の可否を決める規定ではないため）。
 *
 * @source akashi-policy-2023 ４（３）短期集中介護予防サービス（再見！生活プログラム）の実施
 * @example
 * ```ts
 * checkSaikenProgrammeTarget({ careLevel: 'care1' }, { referenceDate: '2024-05-01' }).decision?.withinTarget;
 * // => false
 * ```
 */
export const checkSaikenProgrammeTarget = defineRule<ProgrammeTargetInput, ProgrammeTargetDecision>(
  {
    id: 'akashi.saikenProgrammeTarget',
    title: '再見！生活プログラムの対象',
    description: '要支援者又は事業対象者か（文書が述べる対象）。',
    sources: [SAIKEN_SEIKATSU_PROGRAMME.citation],
    input: ruleInput(programmeTargetInputSchema),
    parameters: [akashiSaikenTargetLevels],
    examples: [
      {
        title: '事業対象者',
        input: { careLevel: 'jigyoTaishosha' },
        context: { referenceDate: '2024-05-01' },
        expect: { status: 'decided', decision: { withinTarget: true } },
      },
      {
        title: '要介護1',
        input: { careLevel: 'care1' },
        context: { referenceDate: '2024-05-01' },
        expect: { status: 'decided', decision: { withinTarget: false } },
      },
    ],
    evaluate: (u, env) => {
      const levels = env.value(akashiSaikenTargetLevels, {
        at: (u.asOf as IsoDate | undefined) ?? env.referenceDate,
      });
      return decide(
        [levelCheck(levels, u.careLevel, '要支援者又は事業対象者')],
        '再見！生活プログラム',
        SAIKEN_SEIKATSU_PROGRAMME.citation,
        env,
      );
    },
  },
);
