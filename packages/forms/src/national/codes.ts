import { cite, defineCodeTable } from '@kaigo/core';

// Code tables of the national forms. One table per coded field meaning; tables shared by several fields
// only where the national layout prints the same code set for them (forms-reference §0).
// The three 要介護状態区分 tables live in @kaigo/core (CARE_LEVEL_CODES_KYOTAKU / _KIHON, SUPPORT_LEVEL_CODES_YOBO).

const V4 = 'mhlw-careplan-csv-v4' as const;

/**
 * 基本チェックリストの回答（はい／いいえ）。どちらが該当（1点）かは項目ごとに違う。
 *
 * @example
 * ```ts
 * codeLabel(BASIC_CHECKLIST_ANSWER_CODES, 'no'); // => 'いいえ'
 * ```
 */
export const BASIC_CHECKLIST_ANSWER_CODES = defineCodeTable(
  'basicChecklistAnswer',
  '基本チェックリストの回答',
  cite('mhlw-kokuji-197-2015', '様式第一 回答欄'),
  [
    { code: 'yes', label: 'はい' },
    { code: 'no', label: 'いいえ' },
  ] as const,
);

/**
 * 計画書区分コード（UPYOBO No.12、UP1KYO No.16）。
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
 * codeLabel(LIVING_SUPPORT_REASON_CODES, '1'); // => '一人暮らし'
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
 * codeLabel(DISABILITY_INDEPENDENCE_CODES, '12'); // => 'J2'
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
 * 曜日（UP3KYO No.7）。1 月 … 7 日。
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
 * 該当フラグ（1 該当、0 非該当）。第6表・第7表の３０日超区分。
 *
 * @example
 * ```ts
 * codeLabel(APPLICABLE_FLAG_CODES, '0'); // => '非該当'
 * ```
 */
export const APPLICABLE_FLAG_CODES = defineCodeTable(
  'applicableFlag',
  '該当フラグ',
  cite(V4, 'UPPLAN No.23, UPSIKYU No.33'),
  [
    { code: '1', label: '該当' },
    { code: '0', label: '非該当' },
  ] as const,
);

/**
 * 有無（1 有、2 無。1/0 ではない）。住宅改修の有無、領域における課題の有無。
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
 * 要否（1 要、2 否）。事業プログラムの要否。
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
 * codeLabel(CURRENT_SITUATION_CODES, '02'); // => '入院又は入所中'
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
 * 経過（現病歴・既往歴。UPKIHON_SUB2 No.10）。
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

/**
 * 目標達成／未達成（介護予防支援・介護予防ケアマネジメントサービス評価表）。
 *
 * @example
 * ```ts
 * codeLabel(GOAL_ACHIEVED_CODES, '×'); // => '未達成'
 * ```
 */
export const GOAL_ACHIEVED_CODES = defineCodeTable(
  'goalAchieved',
  '目標達成／未達成',
  cite(
    'mhlw-yobo-yoshiki',
    '介護予防支援・介護予防ケアマネジメントサービス評価表 目標達成／未達成',
  ),
  [
    { code: '○', label: '達成' },
    { code: '×', label: '未達成' },
  ] as const,
);

/**
 * 評価表（予防）の地域包括支援センター意見のプランの扱い。
 *
 * @example
 * ```ts
 * codeLabel(PLAN_DECISION_CODES, 'プラン変更'); // => 'プラン変更'
 * ```
 */
export const PLAN_DECISION_CODES = defineCodeTable(
  'planDecision',
  'プランの扱い（評価表）',
  cite(
    'mhlw-yobo-yoshiki',
    '介護予防支援・介護予防ケアマネジメントサービス評価表 地域包括支援センター意見',
  ),
  [
    { code: 'プラン継続', label: 'プラン継続' },
    { code: 'プラン変更', label: 'プラン変更' },
    { code: '終了', label: '終了' },
  ] as const,
);

/**
 * 評価表（予防）の今後のサービス区分（平成27年以降の様式。選択肢の文言は未照合）。
 *
 * @example
 * ```ts
 * codeLabel(NEXT_SERVICE_CODES, '一般介護予防事業'); // => '一般介護予防事業'
 * ```
 */
export const NEXT_SERVICE_CODES = defineCodeTable(
  'nextService',
  '今後のサービス区分（評価表）',
  cite(
    'mhlw-yobo-yoshiki',
    '介護予防支援・介護予防ケアマネジメントサービス評価表 地域包括支援センター意見',
  ),
  [
    { code: '介護給付', label: '介護給付' },
    { code: '予防給付', label: '予防給付' },
    { code: '介護予防・生活支援サービス事業', label: '介護予防・生活支援サービス事業' },
    { code: '一般介護予防事業', label: '一般介護予防事業' },
    { code: '終了', label: '終了' },
  ] as const,
);

/**
 * 評価表（居宅）の結果（◎ ○ △ ×1 ×2）。
 *
 * @example
 * ```ts
 * codeLabel(SHORT_TERM_GOAL_RESULT_CODES, '△'); // => '短期目標は達成可能だが期間延長を要する'
 * ```
 */
export const SHORT_TERM_GOAL_RESULT_CODES = defineCodeTable(
  'shortTermGoalResult',
  '結果（評価表）',
  cite('mhlw-kadai-seiri-2014', '評価表 結果 ※2'),
  [
    { code: '◎', label: '短期目標は予想を上回って達せられた' },
    {
      code: '○',
      label: '短期目標は達せられた（再度アセスメントして新たに短期目標を設定する）',
    },
    { code: '△', label: '短期目標は達成可能だが期間延長を要する' },
    { code: '×1', label: '短期目標の達成は困難であり見直しを要する' },
    { code: '×2', label: '短期目標だけでなく長期目標の達成も困難であり見直しを要する' },
  ] as const,
);

/**
 * 課題整理総括表の「現在」（介助の程度: 自立／見守り／一部介助／全介助）。
 *
 * @example
 * ```ts
 * codeLabel(ASSISTANCE_LEVEL_CODES, '見守り'); // => '見守り'
 * ```
 */
export const ASSISTANCE_LEVEL_CODES = defineCodeTable(
  'assistanceLevel',
  '現在（自立／見守り／一部介助／全介助）',
  cite('mhlw-kadai-seiri-2014', '課題整理総括表 現在 ※2'),
  [
    { code: '自立', label: '自立' },
    { code: '見守り', label: '見守り' },
    { code: '一部介助', label: '一部介助' },
    { code: '全介助', label: '全介助' },
  ] as const,
);

/**
 * 課題整理総括表の「現在」（支障なし／支障あり）。
 *
 * @example
 * ```ts
 * codeLabel(HINDRANCE_CODES, '支障あり'); // => '支障あり'
 * ```
 */
export const HINDRANCE_CODES = defineCodeTable(
  'hindrance',
  '現在（支障なし／支障あり）',
  cite('mhlw-kadai-seiri-2014', '課題整理総括表 現在 ※2'),
  [
    { code: '支障なし', label: '支障なし' },
    { code: '支障あり', label: '支障あり' },
  ] as const,
);

/**
 * 課題整理総括表の改善／維持の可能性。
 *
 * @example
 * ```ts
 * codeLabel(PROSPECT_CODES, '維持'); // => '維持'
 * ```
 */
export const PROSPECT_CODES = defineCodeTable(
  'prospect',
  '改善／維持の可能性',
  cite('mhlw-kadai-seiri-2014', '課題整理総括表 改善/維持の可能性 ※4'),
  [
    { code: '改善', label: '改善' },
    { code: '維持', label: '維持' },
    { code: '悪化', label: '悪化' },
  ] as const,
);

/**
 * モニタリングの方法（モデル化。全国様式はない）。
 *
 * @example
 * ```ts
 * codeLabel(MONITORING_METHOD_CODES, 'visit'); // => '訪問'
 * ```
 */
export const MONITORING_METHOD_CODES = defineCodeTable(
  'monitoringMethod',
  'モニタリングの方法',
  cite('kaigo-sdk-modelled', 'モニタリング記録 方法'),
  [
    { code: 'visit', label: '訪問' },
    { code: 'phone', label: '電話' },
    { code: 'online', label: 'オンライン' },
    { code: 'other', label: 'その他' },
  ] as const,
);
