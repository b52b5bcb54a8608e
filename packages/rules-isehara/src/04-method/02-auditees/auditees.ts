import { cite, defineParameter, defineRule } from '@kaigo/core';
import type { Citation, Finding, MissingInput } from '@kaigo/core';
import { booleanField, enumField, ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { ISEHARA_DOCUMENT, ISEHARA_FROM } from '../../document';

/**
 * 点検を受ける人の所属先の種類: `homeCareSupportOffice` 居宅介護支援事業所、`facilityService` 施設サービス及び
 * 居宅系施設サービス等、`communityCenter` 地域包括支援センター、`other` そのほか。
 */
export const AUDITEE_AFFILIATIONS = [
  'homeCareSupportOffice',
  'facilityService',
  'communityCenter',
  'other',
] as const;

/** 点検を受ける人の所属先の種類。 */
export type AuditeeAffiliation = (typeof AUDITEE_AFFILIATIONS)[number];

/**
 * 対象者の区分1つ（４（２）の1行）。
 * - `addressInIsehara`: 「伊勢原市内に住所を有する」ことが条件（誰の住所かは {@link auditeeAddressOf}）。
 * - `iseharaCenter`: 伊勢原市の地域包括支援センター（「伊勢原市地域包括支援センター職員」）であることが条件。
 */
export interface AuditeeGroup {
  /** 区分の id。 */
  readonly id: 'homeCareSupportOfficeCareManager' | 'facilityCareManager' | 'communityCenterStaff';
  /** 原文の表記。 */
  readonly label: string;
  /** 所属先の種類。 */
  readonly affiliation: AuditeeAffiliation;
  /** 所属先の種類のほかの条件。 */
  readonly condition: 'addressInIsehara' | 'iseharaCenter';
}

/**
 * ケアプラン点検の対象者（４（２））: 伊勢原市内に住所を有する居宅介護支援事業所に所属するケアマネジャー、
 * 伊勢原市内に住所を有する施設サービス及び居宅系施設サービス等に所属するケアマネジャー、伊勢原市地域包括支援センター職員。
 *
 * @source isehara-tenken-2024 ４（２）
 */
export const auditeeGroups = defineParameter<readonly AuditeeGroup[]>({
  id: 'isehara.auditees.groups',
  description: 'ケアプラン点検の対象者（3つの区分）',
  citation: cite(
    ISEHARA_DOCUMENT,
    '４（２）',
    '伊勢原市内に住所を有する居宅介護支援事業所に所属するケアマネジャー　伊勢原市内に住所を有する施設サービス及び居宅系施設サービス等に所属するケアマネジャー　伊勢原市地域包括支援センター職員',
  ),
  values: [
    {
      from: ISEHARA_FROM,
      value: [
        {
          id: 'homeCareSupportOfficeCareManager',
          label: '伊勢原市内に住所を有する居宅介護支援事業所に所属するケアマネジャー',
          affiliation: 'homeCareSupportOffice',
          condition: 'addressInIsehara',
        },
        {
          id: 'facilityCareManager',
          label:
            '伊勢原市内に住所を有する施設サービス及び居宅系施設サービス等に所属するケアマネジャー',
          affiliation: 'facilityService',
          condition: 'addressInIsehara',
        },
        {
          id: 'communityCenterStaff',
          label: '伊勢原市地域包括支援センター職員',
          affiliation: 'communityCenter',
          condition: 'iseharaCenter',
        },
      ],
    },
  ],
  reading:
    '４（２）の3行を対象者のすべてと読む（ほかの所属の人は対象者に当たらない）。３つ目は「ケアマネジャー」ではなく「職員」と' +
    '書かれているので、伊勢原市の地域包括支援センターの職員なら職種を問わない（２ で地域包括支援センター職員も' +
    '「ケアマネジャー」と呼ぶこととも合う）。住所の条件は１つ目と２つ目にだけ書かれている。',
});

/** 「伊勢原市内に住所を有する」の主語: `office` 所属する事業所・施設、`careManager` ケアマネジャー本人。 */
export const AUDITEE_ADDRESS_SUBJECTS = ['office', 'careManager'] as const;

/** 「伊勢原市内に住所を有する」の主語。 */
export type AuditeeAddressSubject = (typeof AUDITEE_ADDRESS_SUBJECTS)[number];

/**
 * 「伊勢原市内に住所を有する」が誰の住所か。既定は所属する事業所・施設（`office`）。
 *
 * @source isehara-tenken-2024 ４（２）
 */
export const auditeeAddressOf = defineParameter<AuditeeAddressSubject>({
  id: 'isehara.auditees.addressOf',
  description: '対象者の条件「伊勢原市内に住所を有する」が誰の住所か',
  citation: cite(
    ISEHARA_DOCUMENT,
    '４（２）',
    '伊勢原市内に住所を有する居宅介護支援事業所に所属するケアマネジャー',
  ),
  values: [{ from: ISEHARA_FROM, value: 'office' }],
  reading:
    '「伊勢原市内に住所を有する居宅介護支援事業所に所属するケアマネジャー」を、「伊勢原市内に住所を有する」が直後の' +
    '「居宅介護支援事業所」（施設サービス等）に掛かる、つまり所属する事業所・施設が市内にあると読む（office）。' +
    '１（４）の実績「市内の居宅介護支援事業所に所属する居宅介護支援専門員」とも合う。' +
    '別の読み: 文末の「ケアマネジャー」に掛かり、ケアマネジャー本人が市内に住所を有する（careManager）。',
});

/** 対象者の判定の入力（点検を受ける人についての事実。分からない項目は省略）。 */
export const auditeeInputSchema = z.strictObject({
  /** 所属先の種類。 */
  affiliation: enumField(AUDITEE_AFFILIATIONS, { label: '所属先の種類' }).optional(),
  /** 所属する事業所・施設が伊勢原市内に住所を有するか。 */
  officeAddressInIsehara: booleanField({
    label: '所属する事業所・施設が伊勢原市内に住所を有するか',
  }).optional(),
  /** ケアマネジャー本人が伊勢原市内に住所を有するか（別の読み方 `careManager` で使う）。 */
  careManagerAddressInIsehara: booleanField({
    label: 'ケアマネジャー本人が伊勢原市内に住所を有するか',
  }).optional(),
  /** 所属する地域包括支援センターが伊勢原市の地域包括支援センターか。 */
  iseharaCommunityCenter: booleanField({
    label: '伊勢原市の地域包括支援センターか',
  }).optional(),
});

/** 対象者の判定の入力の型。 */
export type AuditeeInput = z.infer<typeof auditeeInputSchema>;

/** 対象者の判定。 */
export interface AuditeeCheck {
  /** ４（２）の対象者か。 */
  readonly inScope: boolean;
  /** 当たる区分（対象者のとき）。 */
  readonly group?: AuditeeGroup['id'];
}

const FACT_LABELS = {
  officeAddressInIsehara: '所属する事業所・施設が伊勢原市内に住所を有するか',
  careManagerAddressInIsehara: 'ケアマネジャー本人が伊勢原市内に住所を有するか',
  iseharaCommunityCenter: '伊勢原市の地域包括支援センターか',
} as const;

/** 区分の条件を判定するのに読む事実の項目。 */
function factKey(group: AuditeeGroup, addressOf: AuditeeAddressSubject): keyof typeof FACT_LABELS {
  if (group.condition === 'iseharaCenter') return 'iseharaCommunityCenter';
  return addressOf === 'careManager' ? 'careManagerAddressInIsehara' : 'officeAddressInIsehara';
}

function notInScope(citation: Citation, path: (string | number)[]): Finding {
  return {
    code: 'isehara.auditees.notInScope',
    severity: 'info',
    message: 'ケアプラン点検の対象者（４（２）の3つの区分）に当たりません。',
    path,
    citation,
  };
}

/**
 * 点検を受ける人（ケースの担当者）が、ケアプラン点検の対象者（４（２））に当たるか: 伊勢原市内に住所を有する
 * 居宅介護支援事業所に所属するケアマネジャー、伊勢原市内に住所を有する施設サービス及び居宅系施設サービス等に所属する
 * ケアマネジャー、伊勢原市地域包括支援センター職員。
 *
 * 所属先の種類と、その区分の条件（住所が伊勢原市内か、伊勢原市の地域包括支援センターか）で判定する。住所の条件が
 * 誰の住所かは {@link auditeeAddressOf}（既定は所属する事業所・施設）。所属先の種類や条件の事実がなければ未決
 * （`missing`）。対象者に当たらなければ `inScope: false` と `info` の指摘（原文は対象者を挙げるだけで、それ以外の人の
 * 扱いは書いていないため、誤りとはしない）。
 *
 * @source isehara-tenken-2024 ４（２）
 * @example
 * ```ts
 * checkAuditee(
 *   { affiliation: 'homeCareSupportOffice', officeAddressInIsehara: true },
 *   { referenceDate: '2024-04-08' },
 * ).decision; // => { inScope: true, group: 'homeCareSupportOfficeCareManager' }
 * checkAuditee({ affiliation: 'facilityService' }, { referenceDate: '2024-04-08' }).status; // => 'undetermined'
 * ```
 */
export const checkAuditee = defineRule<AuditeeInput, AuditeeCheck>({
  id: 'isehara.auditees',
  title: 'ケアプラン点検の対象者か（４（２））',
  description:
    '所属先（居宅介護支援事業所・施設サービス等・地域包括支援センター）と伊勢原市内に住所を有するかから、点検の対象者かを判定する。',
  sources: [auditeeGroups.citation],
  input: ruleInput(auditeeInputSchema, { unknownKeyPath: 'parent' }),
  parameters: [auditeeGroups, auditeeAddressOf],
  examples: [
    {
      title: '市内の居宅介護支援事業所に所属するケアマネジャー',
      input: { affiliation: 'homeCareSupportOffice', officeAddressInIsehara: true },
      context: { referenceDate: '2024-04-08' },
      expect: {
        status: 'decided',
        decision: { inScope: true, group: 'homeCareSupportOfficeCareManager' },
      },
    },
    {
      title: '市外の施設に所属するケアマネジャー（対象者に当たらない）',
      input: { affiliation: 'facilityService', officeAddressInIsehara: false },
      context: { referenceDate: '2024-04-08' },
      expect: {
        status: 'decided',
        decision: { inScope: false },
        findings: ['isehara.auditees.notInScope'],
      },
    },
    {
      title: '地域包括支援センター職員、伊勢原市のセンターか不明（判定できない）',
      input: { affiliation: 'communityCenter' },
      context: { referenceDate: '2024-04-08' },
      expect: { status: 'undetermined' },
    },
  ],
  evaluate: (data, env) => {
    const groups = env.value(auditeeGroups);
    const addressOf = env.value(auditeeAddressOf);
    if (data.affiliation === undefined)
      return { missing: [{ path: ['affiliation'], label: '所属先の種類' }] };
    const candidates = groups.filter((g) => g.affiliation === data.affiliation);
    env.trace({
      kind: 'condition',
      code: 'isehara.auditees.affiliationListed',
      label: '所属先の種類が対象者の区分にあるか',
      outcome: candidates.length > 0,
    });
    if (candidates.length === 0)
      return {
        decision: { inScope: false },
        findings: [notInScope(auditeeGroups.citation, ['affiliation'])],
      };
    const missing: MissingInput[] = [];
    let checked: keyof typeof FACT_LABELS | 'affiliation' = 'affiliation';
    for (const group of candidates) {
      const key = factKey(group, addressOf);
      const fact = data[key];
      checked = key;
      if (fact === undefined) {
        if (!missing.some((m) => m.path[0] === key))
          missing.push({ path: [key], label: FACT_LABELS[key] });
        continue;
      }
      env.trace({
        kind: 'condition',
        code: `isehara.auditees.${group.condition}`,
        label:
          group.condition === 'iseharaCenter'
            ? '伊勢原市の地域包括支援センターか'
            : '伊勢原市内に住所を有するか',
        outcome: fact,
      });
      if (fact) return { decision: { inScope: true, group: group.id } };
    }
    if (missing.length > 0) return { missing };
    return {
      decision: { inScope: false },
      findings: [notInScope(auditeeGroups.citation, [checked])],
    };
  },
});
