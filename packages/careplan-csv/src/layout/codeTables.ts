import { cite, defineCodeTable } from '@kaigo/core';

// Code tables printed in the V4 layouts (forms-reference §0). One table per coded field meaning;
// the ids are the same as those of the national form schemas in @kaigo/forms, so a field's
// `codeTable` metadata there names the same table as the CSV column here.
// The three 要介護状態区分 tables are @kaigo/core's CARE_LEVEL_CODES_KYOTAKU / _KIHON and SUPPORT_LEVEL_CODES_YOBO.

const V4 = 'mhlw-careplan-csv-v4' as const;

/**
 * 計画書区分コード（UPYOBO No.12、UP1KYO No.16）。51〜54 は組み合わせのコードで、1つの意味として保つ
 * （{@link planCategoryParts} で初回・紹介・継続に分けて読める）。
 *
 * @example
 * ```ts
 * codeLabel(PLAN_CATEGORY_CODES, '52'); // => '初回＆継続'
 * ```
 */
export const PLAN_CATEGORY_CODES = defineCodeTable(
  'planCategory',
  '計画書区分コード',
  cite(V4, '【コード表】計画書区分コード'),
  [
    { code: '11', label: '初回' },
    { code: '12', label: '紹介' },
    { code: '21', label: '継続' },
    { code: '51', label: '初回＆紹介' },
    { code: '52', label: '初回＆継続' },
    { code: '53', label: '紹介＆継続' },
    { code: '54', label: '初回＆紹介＆継続' },
  ] as const,
);

/**
 * 認定状況区分コード（UPYOBO No.13、UP1KYO No.17、UPHOSOKU No.16）。
 *
 * @example
 * ```ts
 * codeLabel(CERT_STATUS_CODES, '1'); // => '申請中'
 * ```
 */
export const CERT_STATUS_CODES = defineCodeTable(
  'certStatus',
  '認定状況区分コード',
  cite(V4, '【コード表】認定状況区分コード'),
  [
    { code: '1', label: '申請中' },
    { code: '2', label: '認定済' },
  ] as const,
);

/**
 * 生活援助中心型の算定理由コード（UP1KYO No.25）。
 *
 * @example
 * ```ts
 * codeLabel(LIVING_SUPPORT_REASON_CODES, '3'); // => 'その他'
 * ```
 */
export const LIVING_SUPPORT_REASON_CODES = defineCodeTable(
  'livingSupportReason',
  '生活援助中心型の算定理由コード',
  cite(V4, '【コード表】生活援助中心型の算定理由コード'),
  [
    { code: '1', label: '一人暮らし' },
    { code: '2', label: '家族等が障害、疾病等' },
    { code: '3', label: 'その他' },
  ] as const,
);

/**
 * 保険対象区分コード（UP2KYO No.15）。
 *
 * @example
 * ```ts
 * codeLabel(INSURANCE_COVERED_CODES, 'N'); // => '対象外'
 * ```
 */
export const INSURANCE_COVERED_CODES = defineCodeTable(
  'insuranceCovered',
  '保険対象区分コード',
  cite(V4, '【コード表】保険対象区分コード'),
  [
    { code: 'Y', label: '対象' },
    { code: 'N', label: '対象外' },
  ] as const,
);

/**
 * 性別（UPKIHON No.16、UPHOSOKU No.7）。
 *
 * @example
 * ```ts
 * codeLabel(SEX_CODES, '2'); // => '女性'
 * ```
 */
export const SEX_CODES = defineCodeTable('sex', '性別', cite(V4, 'UPKIHON No.16, UPHOSOKU No.7'), [
  { code: '1', label: '男性' },
  { code: '2', label: '女性' },
] as const);

/**
 * 障害高齢者の日常生活自立度（UPKIHON No.21）。
 *
 * @example
 * ```ts
 * codeLabel(DISABILITY_INDEPENDENCE_CODES, '21'); // => 'A1'
 * ```
 */
export const DISABILITY_INDEPENDENCE_CODES = defineCodeTable(
  'disabilityIndependence',
  '障害高齢者の日常生活自立度',
  cite(V4, 'UPKIHON No.21'),
  [
    { code: '01', label: '自立' },
    { code: '11', label: 'J1' },
    { code: '12', label: 'J2' },
    { code: '21', label: 'A1' },
    { code: '22', label: 'A2' },
    { code: '31', label: 'B1' },
    { code: '32', label: 'B2' },
    { code: '41', label: 'C1' },
    { code: '42', label: 'C2' },
  ] as const,
);

/**
 * 認知症高齢者の日常生活自立度（UPKIHON No.22）。
 *
 * @example
 * ```ts
 * codeLabel(DEMENTIA_INDEPENDENCE_CODES, '03'); // => 'Ⅱａ'
 * ```
 */
export const DEMENTIA_INDEPENDENCE_CODES = defineCodeTable(
  'dementiaIndependence',
  '認知症高齢者の日常生活自立度',
  cite(V4, 'UPKIHON No.22'),
  [
    { code: '01', label: '自立' },
    { code: '02', label: 'Ⅰ' },
    { code: '03', label: 'Ⅱａ' },
    { code: '04', label: 'Ⅱｂ' },
    { code: '05', label: 'Ⅲａ' },
    { code: '06', label: 'Ⅲｂ' },
    { code: '07', label: 'Ⅳ' },
    { code: '08', label: 'Ｍ' },
  ] as const,
);

/**
 * 計画種類（UPKIHON No.5、UPYOBO No.5）。
 *
 * @example
 * ```ts
 * codeLabel(PREVENTION_PLAN_TYPE_CODES, '2'); // => '介護予防ケアマネジメント'
 * ```
 */
export const PREVENTION_PLAN_TYPE_CODES = defineCodeTable(
  'preventionPlanType',
  '計画種類',
  cite(V4, 'UPKIHON No.5, UPYOBO No.5'),
  [
    { code: '1', label: '介護予防支援' },
    { code: '2', label: '介護予防ケアマネジメント' },
  ] as const,
);

/**
 * 委託の有無（UPKIHON No.6、UPYOBO No.6）。
 *
 * @example
 * ```ts
 * codeLabel(DELEGATION_CODES, '2'); // => '委託'
 * ```
 */
export const DELEGATION_CODES = defineCodeTable(
  'delegation',
  '委託の有無',
  cite(V4, 'UPKIHON No.6, UPYOBO No.6'),
  [
    { code: '1', label: '自前' },
    { code: '2', label: '委託' },
  ] as const,
);

/**
 * 曜日（UP3KYO No.7）。月曜日 1 〜 日曜日 7。
 *
 * @example
 * ```ts
 * codeLabel(WEEKDAY_CODES, '7'); // => '日曜日'
 * ```
 */
export const WEEKDAY_CODES = defineCodeTable('weekday', '曜日', cite(V4, 'UP3KYO No.7'), [
  { code: '1', label: '月曜日' },
  { code: '2', label: '火曜日' },
  { code: '3', label: '水曜日' },
  { code: '4', label: '木曜日' },
  { code: '5', label: '金曜日' },
  { code: '6', label: '土曜日' },
  { code: '7', label: '日曜日' },
] as const);

/**
 * 該当フラグ（1 該当、0 非該当）。
 *
 * @example
 * ```ts
 * codeLabel(APPLICABLE_FLAG_CODES, '0'); // => '非該当'
 * ```
 */
export const APPLICABLE_FLAG_CODES = defineCodeTable(
  'applicableFlag',
  '該当フラグ',
  cite(V4, 'UPPLAN No.23, UPSIKYU No.33, UPKIHON No.29〜32・37〜40'),
  [
    { code: '1', label: '該当' },
    { code: '0', label: '非該当' },
  ] as const,
);

/**
 * 有無（1 有、2 無。1/0 ではない）。
 *
 * @example
 * ```ts
 * codeLabel(PRESENCE_CODES, '2'); // => '無'
 * ```
 */
export const PRESENCE_CODES = defineCodeTable(
  'presence',
  '有無',
  cite(V4, 'UPKIHON No.36, UPYOBO No.26・30・34・38'),
  [
    { code: '1', label: '有' },
    { code: '2', label: '無' },
  ] as const,
);

/**
 * 要否（UPYOBO No.49〜54）。
 *
 * @example
 * ```ts
 * codeLabel(NEED_CODES, '1'); // => '要'
 * ```
 */
export const NEED_CODES = defineCodeTable('need', '要否', cite(V4, 'UPYOBO No.49〜54'), [
  { code: '1', label: '要' },
  { code: '2', label: '否' },
] as const);

/**
 * 相談方法（UPKIHON No.8）。
 *
 * @example
 * ```ts
 * codeLabel(CONSULTATION_METHOD_CODES, '02'); // => '電話'
 * ```
 */
export const CONSULTATION_METHOD_CODES = defineCodeTable(
  'consultationMethod',
  '相談方法',
  cite(V4, 'UPKIHON No.8'),
  [
    { code: '01', label: '来所' },
    { code: '02', label: '電話' },
    { code: '03', label: 'その他' },
  ] as const,
);

/**
 * 相談回数（UPKIHON No.10）。
 *
 * @example
 * ```ts
 * codeLabel(CONSULTATION_VISIT_CODES, '01'); // => '初回'
 * ```
 */
export const CONSULTATION_VISIT_CODES = defineCodeTable(
  'consultationVisit',
  '相談回数',
  cite(V4, 'UPKIHON No.10'),
  [
    { code: '01', label: '初回' },
    { code: '02', label: '再来' },
  ] as const,
);

/**
 * 利用者の現況（UPKIHON No.12）。
 *
 * @example
 * ```ts
 * codeLabel(CURRENT_SITUATION_CODES, '01'); // => '在宅'
 * ```
 */
export const CURRENT_SITUATION_CODES = defineCodeTable(
  'currentSituation',
  '利用者の現況',
  cite(V4, 'UPKIHON No.12'),
  [
    { code: '01', label: '在宅' },
    { code: '02', label: '入院又は入所中' },
  ] as const,
);

/**
 * 基本チェックリスト記入結果（UPKIHON No.27）。
 *
 * @example
 * ```ts
 * codeLabel(CHECKLIST_RESULT_CODES, '1'); // => '事業対象者の該当あり'
 * ```
 */
export const CHECKLIST_RESULT_CODES = defineCodeTable(
  'checklistResult',
  '基本チェックリスト記入結果',
  cite(V4, 'UPKIHON No.27'),
  [
    { code: '1', label: '事業対象者の該当あり' },
    { code: '2', label: '事業対象者の該当なし' },
  ] as const,
);

/**
 * 居住形態（UPKIHON No.34）。
 *
 * @example
 * ```ts
 * codeLabel(HOUSING_TYPE_CODES, '05'); // => '自宅・一戸建て'
 * ```
 */
export const HOUSING_TYPE_CODES = defineCodeTable(
  'housingType',
  '居住形態',
  cite(V4, 'UPKIHON No.34'),
  [
    { code: '01', label: '自宅' },
    { code: '02', label: '借家' },
    { code: '03', label: '一戸建て' },
    { code: '04', label: '集合住宅' },
    { code: '05', label: '自宅・一戸建て' },
    { code: '06', label: '自宅・集合住宅' },
    { code: '07', label: '借家・一戸建て' },
    { code: '08', label: '借家・集合住宅' },
  ] as const,
);

/**
 * 主治医・意見作成者フラグ（UPKIHON_SUB2 No.8）。
 *
 * @example
 * ```ts
 * codeLabel(ATTENDING_PHYSICIAN_FLAG_CODES, '1'); // => '主治医'
 * ```
 */
export const ATTENDING_PHYSICIAN_FLAG_CODES = defineCodeTable(
  'attendingPhysicianFlag',
  '主治医・意見作成者フラグ',
  cite(V4, 'UPKIHON_SUB2 No.8'),
  [
    { code: '1', label: '主治医' },
    { code: '2', label: 'それ以外' },
  ] as const,
);

/**
 * 経過（UPKIHON_SUB2 No.10）。
 *
 * @example
 * ```ts
 * codeLabel(DISEASE_COURSE_CODES, '02'); // => '経過観察中'
 * ```
 */
export const DISEASE_COURSE_CODES = defineCodeTable(
  'diseaseCourse',
  '経過',
  cite(V4, 'UPKIHON_SUB2 No.10'),
  [
    { code: '01', label: '治療中' },
    { code: '02', label: '経過観察中' },
    { code: '03', label: 'その他' },
  ] as const,
);
