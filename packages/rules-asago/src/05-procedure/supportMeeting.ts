import type { Finding, RuleOutcome } from '@kaigo/core';
import { cite, defineParameter, defineRule, isoDate } from '@kaigo/core';
import { dateField, ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { ASAGO_DOCUMENT_ID, ASAGO_GUIDELINE_DATE } from '../sourceDocument';

/** ケアマネジメント支援会議の活用の定め。 */
export interface SupportMeetingValue {
  /** 何をするか（要領の表記）。 */
  readonly activity: string;
  /** 最低回数（要領に数値の定めがないため null）。 */
  readonly minimumPresentations: number | null;
}

/**
 * ケアマネジメント支援会議の活用: 本事業のモデル対象者について、ケアマネジメント支援会議に積極的に事例提供し、
 * 検討する。要領に回数の定めはない（`minimumPresentations: null`）ため、回数の不足は指摘しない。
 *
 * @source asago-ikiiki-2024 ５ 実施手順と役割 実施 （３）ケアマネジメント支援会議の活用
 * @example
 * ```ts
 * SUPPORT_MEETING.values[0]?.value.minimumPresentations; // => null
 * ```
 */
export const SUPPORT_MEETING = defineParameter<SupportMeetingValue>({
  id: 'asago.supportMeeting',
  description: 'ケアマネジメント支援会議への事例提供（回数の定めなし）',
  unit: '回',
  citation: cite(
    ASAGO_DOCUMENT_ID,
    '５ 実施手順と役割 実施 （３）ケアマネジメント支援会議の活用',
    '本事業のモデル対象者について、ケアマネジメント支援会議に積極的に事例提供し、検討する。',
  ),
  values: [
    {
      from: isoDate(ASAGO_GUIDELINE_DATE),
      value: {
        activity: 'モデル対象者についてケアマネジメント支援会議に積極的に事例提供し、検討する',
        minimumPresentations: null,
      },
    },
  ],
});

/** {@link summarizeSupportMeetingCases} の入力スキーマ。 */
export const supportMeetingInputSchema = z.strictObject({
  /** 介護支援専門員1人のモデル対象者ごとの事例提供の日。 */
  subjects: z
    .array(
      withMeta(
        z.strictObject({
          /** ケアマネジメント支援会議に事例提供した日。 */
          presentations: z.array(dateField({ label: '事例提供の日' })).max(100),
        }),
        { label: 'モデル対象者' },
      ),
    )
    .max(50),
});

/** {@link summarizeSupportMeetingCases} の入力。 */
export type SupportMeetingInput = z.input<typeof supportMeetingInputSchema>;

/** {@link summarizeSupportMeetingCases} の判定。 */
export interface SupportMeetingDecision {
  /** 対象者ごとの事例提供の回数（基準日までのもの）。 */
  readonly presentations: readonly number[];
  /** 最低回数（要領に定めがなければ null）。 */
  readonly minimumPresentations: number | null;
}

/**
 * ケアマネジメント支援会議への事例提供の回数をモデル対象者ごとに数える。要領は「積極的に」とするだけで回数を
 * 定めていないため、判定は回数の集計にとどめ、まだ事例提供のない対象者を info で知らせる（error・warning にしない）。
 *
 * @source asago-ikiiki-2024 ５ 実施手順と役割 実施 （３）ケアマネジメント支援会議の活用
 * @example
 * 実行されるテスト（`supportMeeting.example.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./supportMeeting.example.test.ts#summarizeSupportMeetingCases}
 */
export const summarizeSupportMeetingCases = defineRule({
  id: 'asago.supportMeeting',
  title: 'ケアマネジメント支援会議への事例提供',
  description: 'モデル対象者ごとの事例提供の回数を数える（要領に回数の定めはないため info のみ）。',
  sources: [cite(ASAGO_DOCUMENT_ID, '５ 実施手順と役割 実施 （３）ケアマネジメント支援会議の活用')],
  input: ruleInput(supportMeetingInputSchema),
  parameters: [SUPPORT_MEETING],
  examples: [
    {
      title: '1人は事例提供済み、1人はまだ',
      input: { subjects: [{ presentations: ['2024-10-20'] }, { presentations: [] }] },
      context: { referenceDate: '2025-03-31' },
      expect: {
        status: 'decided',
        decision: { presentations: [1, 0], minimumPresentations: null },
      },
    },
  ],
  evaluate: (data, env): RuleOutcome<SupportMeetingDecision> => {
    const meeting = env.value(SUPPORT_MEETING);
    const today = env.referenceDate;
    const findings: Finding[] = [];
    const presentations = data.subjects.map((s, i) => {
      const n = s.presentations.filter((d) => d <= today).length;
      if (n === 0)
        findings.push({
          code: 'supportMeeting.noPresentationYet',
          severity: 'info',
          message:
            'このモデル対象者はまだケアマネジメント支援会議に事例提供されていません（要領は回数を定めていません）。',
          path: ['subjects', i, 'presentations'],
          citation: SUPPORT_MEETING.citation,
        });
      return n;
    });
    env.trace({
      kind: 'condition',
      code: 'supportMeeting.subjectsWithoutPresentation',
      label: 'まだ事例提供のない対象者の数',
      outcome: presentations.filter((n) => n === 0).length,
    });
    return {
      decision: { presentations, minimumPresentations: meeting.minimumPresentations },
      findings,
    };
  },
});
