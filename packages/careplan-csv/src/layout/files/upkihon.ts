import { CARE_LEVEL_CODES_KIHON, cite } from '@kaigo/core';
import {
  ATTENDING_PHYSICIAN_FLAG_CODES,
  CHECKLIST_RESULT_CODES,
  CONSULTATION_METHOD_CODES,
  CONSULTATION_VISIT_CODES,
  CURRENT_SITUATION_CODES,
  DELEGATION_CODES,
  DEMENTIA_INDEPENDENCE_CODES,
  DISABILITY_INDEPENDENCE_CODES,
  DISEASE_COURSE_CODES,
  HOUSING_TYPE_CODES,
  PRESENCE_CODES,
  PREVENTION_PLAN_TYPE_CODES,
  SEX_CODES,
} from '@kaigo/forms';
import type { ColumnRow } from '../column';
import { columns } from '../column';
import type { FileLayout } from '../layout';
import { T } from '../types';
import { HEAD } from './common';

// prettier-ignore
const contact = (slot: number, first: number): ColumnRow[] => [
  [first, `${slot} 緊急連絡先(氏名)`, `emergencyContacts.${slot - 1}.name`, T.text, undefined, false],
  [first + 1, `${slot} 緊急連絡先(続柄)`, `emergencyContacts.${slot - 1}.relationship`, T.text, undefined, false],
  [first + 2, `${slot} 緊急連絡先(住所)`, `emergencyContacts.${slot - 1}.address`, T.text, undefined, false, '住所以外の文字列が入ることがある'],
  [first + 3, `${slot} 緊急連絡先(電話番号)`, `emergencyContacts.${slot - 1}.phone`, T.str, 15, false],
];

/**
 * 利用者基本情報（UPKIHON、No.1〜71）。1相談日につき1行。
 *
 * @source mhlw-careplan-csv-v4 別紙 利用者基本情報
 * @example
 * ```ts
 * UPKIHON.columns.length; // => 71
 * ```
 */
export const UPKIHON: FileLayout = {
  prefix: 'UPKIHON',
  title: '利用者基本情報',
  monthSegment: 'none',
  source: cite('mhlw-careplan-csv-v4', '別紙 利用者基本情報（UPKIHON）'),
  key: ['insurerNumber', 'insuredNumber', 'consultationDate'],
  // prettier-ignore
  columns: columns([
    ...HEAD,
    [4, '相談日', 'consultationDate', T.date, 8, true],
    [5, '計画種類', 'planType', T.code(PREVENTION_PLAN_TYPE_CODES), 1, true],
    [6, '委託の有無', 'delegation', T.code(DELEGATION_CODES), 1, false, '○ の列が判読できないため任意として読む'],
    [7, '作成担当者', 'authorName', T.text, undefined, false],
    [8, '相談方法', 'consultationMethod', T.code(CONSULTATION_METHOD_CODES), 2, false],
    [9, '相談方法(その他の内容)', 'consultationMethodOther', T.text, undefined, false],
    [10, '相談回数', 'consultationVisit', T.code(CONSULTATION_VISIT_CODES), 2, false],
    [11, '前回相談日', 'previousConsultationDate', T.date, 8, false],
    [12, '利用者の現況', 'currentSituation', T.code(CURRENT_SITUATION_CODES), 2, false],
    [13, '利用者の現況(状況補足)', 'currentSituationNote', T.text, undefined, false],
    [14, '利用者氏名ﾌﾘｶﾞﾅ', 'nameKana', T.text, undefined, true],
    [15, '利用者氏名', 'name', T.text, undefined, true],
    [16, '利用者性別', 'sex', T.code(SEX_CODES), 1, true],
    [17, '利用者生年月日', 'birthDate', T.date, 8, true],
    [18, '利用者住所', 'address', T.text, undefined, false],
    [19, '利用者電話番号', 'phone', T.str, 15, false],
    [20, '利用者Fax番号', 'fax', T.str, 15, false],
    [21, '障害高齢者の日常生活自立度', 'disabilityIndependenceLevel', T.code(DISABILITY_INDEPENDENCE_CODES), 2, false],
    [22, '認知症高齢者の日常生活自立度', 'dementiaIndependenceLevel', T.code(DEMENTIA_INDEPENDENCE_CODES), 2, false],
    [23, '要介護状態区分', 'careLevel', T.code(CARE_LEVEL_CODES_KIHON), 2, false],
    [24, '認定有効期限開始日', 'certValidFrom', T.date, 8, false, '名称は原文のまま（No.25 は「期間」）'],
    [25, '認定有効期間終了日', 'certValidTo', T.date, 8, false],
    [26, '前回の介護度', 'previousCareLevel', T.code(CARE_LEVEL_CODES_KIHON), 2, false],
    [27, '基本チェックリスト記入結果', 'kihonChecklistResult', T.code(CHECKLIST_RESULT_CODES), 1, false],
    [28, '基本チェックリスト記入日', 'kihonChecklistDate', T.date, 8, false],
    [29, '障害等認定(身障)', 'disabilityCertPhysical', T.flag, 1, false],
    [30, '障害等認定(療育)', 'disabilityCertIntellectual', T.flag, 1, false],
    [31, '障害等認定(精神)', 'disabilityCertMental', T.flag, 1, false],
    [32, '障害等認定(難病)', 'disabilityCertIntractable', T.flag, 1, false],
    [33, '障害等認定特記事項', 'disabilityCertNotes', T.text, undefined, false],
    [34, '居住形態', 'housingType', T.code(HOUSING_TYPE_CODES), 2, false],
    [35, '自室の階数', 'ownRoomFloor', T.int, 2, false],
    [36, '住宅改修の有無', 'homeModification', T.code(PRESENCE_CODES), 1, false],
    [37, '経済状況(国民年金)', 'incomeNationalPension', T.flag, 1, false],
    [38, '経済状況(厚生年金)', 'incomeEmployeesPension', T.flag, 1, false],
    [39, '経済状況(障害年金)', 'incomeDisabilityPension', T.flag, 1, false],
    [40, '経済状況(生活保護)', 'incomePublicAssistance', T.flag, 1, false],
    [41, '経済状況詳細', 'incomeNotes', T.text, undefined, false],
    [42, '来所者(相談者)氏名', 'visitorName', T.text, undefined, false],
    [43, '来所者(相談者)住所', 'visitorAddress', T.text, undefined, false, '住所以外の文字列が入ることがある'],
    [44, '来所者(相談者)電話番号', 'visitorPhone', T.str, 15, false],
    [45, '来所者(相談者)続柄', 'visitorRelationship', T.text, undefined, false],
    ...contact(1, 46),
    ...contact(2, 50),
    ...contact(3, 54),
    ...contact(4, 58),
    [62, '家族構成 画像ファイル名', 'familyDiagramImageFile', T.text, undefined, false, 'UPKIHON_IMAGE_<親ファイルと同じ5要素>_<枝番4桁>.jpg'],
    [63, '家族関係等の状況', 'familyRelationsNotes', T.text, undefined, false],
    [64, '今までの生活', 'lifeHistory', T.text, undefined, false],
    [65, '１日の生活・すごし方(生活全般)', 'dailyLifeOverview', T.text, undefined, false],
    [66, '趣味・楽しみ・特技', 'hobbies', T.text, undefined, false],
    [67, '友人・地域との関係', 'communityRelations', T.text, undefined, false],
    [68, '現在利用している公的サービス', 'currentFormalServices', T.text, undefined, false],
    [69, '現在利用している非公的サービス', 'currentInformalServices', T.text, undefined, false],
    [70, '同意日', 'consentDate', T.date, 8, false],
    [71, '同意者氏名', 'consentName', T.text, undefined, false],
  ]),
};

// prettier-ignore
const PARENT_KEY: readonly ColumnRow[] = [
  ...HEAD,
  [4, '相談日', 'consultationDate', T.date, 8, true, '紐づく利用者基本情報の相談日'],
];

/**
 * 利用者基本情報（別表1）１日の生活・すごし方（UPKIHON_SUB1、No.1〜7）。利用者基本情報1行につき複数行。
 *
 * @source mhlw-careplan-csv-v4 別紙 利用者基本情報（別表1）
 * @example
 * ```ts
 * UPKIHON_SUB1.parent; // => 'UPKIHON'
 * ```
 */
export const UPKIHON_SUB1: FileLayout = {
  prefix: 'UPKIHON_SUB1',
  title: '利用者基本情報（別表1）１日の生活・すごし方',
  monthSegment: 'none',
  source: cite('mhlw-careplan-csv-v4', '別紙 利用者基本情報（別表1）（UPKIHON_SUB1）'),
  key: ['insurerNumber', 'insuredNumber', 'consultationDate'],
  parent: 'UPKIHON',
  // prettier-ignore
  columns: columns([
    ...PARENT_KEY,
    [5, '時間', 'time', T.text, undefined, false, 'フリーテキスト（例 6:00）。時刻型にしない'],
    [6, '本人の生活状況', 'personActivity', T.text, undefined, false],
    [7, '介護者・家族の生活状況', 'caregiverActivity', T.text, undefined, false],
  ]),
};

/**
 * 利用者基本情報（別表2）現病歴・既往歴（UPKIHON_SUB2、No.1〜11）。利用者基本情報1行につき複数行。
 *
 * @source mhlw-careplan-csv-v4 別紙 利用者基本情報（別表2）
 * @example
 * ```ts
 * UPKIHON_SUB2.columns[4]?.name; // => '年月日'
 * ```
 */
export const UPKIHON_SUB2: FileLayout = {
  prefix: 'UPKIHON_SUB2',
  title: '利用者基本情報（別表2）現病歴・既往歴',
  monthSegment: 'none',
  source: cite('mhlw-careplan-csv-v4', '別紙 利用者基本情報（別表2）（UPKIHON_SUB2）'),
  key: ['insurerNumber', 'insuredNumber', 'consultationDate'],
  parent: 'UPKIHON',
  // prettier-ignore
  columns: columns([
    ...PARENT_KEY,
    [5, '年月日', 'onsetDate', T.text, undefined, false, 'フリーテキスト（例 H12年10月）。日付型にしない'],
    [6, '病名', 'diseaseName', T.text, undefined, false],
    [7, '医療機関・医師名', 'institutionAndDoctor', T.text, undefined, false],
    [8, '主治医・意見作成者フラグ', 'attendingPhysicianFlag', T.code(ATTENDING_PHYSICIAN_FLAG_CODES), 1, false],
    [9, '医療機関・医師電話番号', 'institutionPhone', T.str, 15, false],
    [10, '経過', 'course', T.code(DISEASE_COURSE_CODES), 2, false],
    [11, '治療中の内容', 'treatmentDetails', T.text, undefined, false],
  ]),
};

/**
 * 利用者基本情報_削除（DLTKIHON、No.1〜4、すべて必須）。別表1・別表2・画像も削除される。
 *
 * @source mhlw-careplan-csv-v4 別紙 利用者基本情報_削除
 * @example
 * ```ts
 * DLTKIHON.columns.every((c) => c.required); // => true
 * ```
 */
export const DLTKIHON: FileLayout = {
  prefix: 'DLTKIHON',
  title: '利用者基本情報_削除',
  monthSegment: 'none',
  source: cite('mhlw-careplan-csv-v4', '別紙 利用者基本情報_削除（DLTKIHON）'),
  key: ['insurerNumber', 'insuredNumber', 'consultationDate'],
  // prettier-ignore
  columns: columns([
    ...HEAD,
    [4, '相談日', 'consultationDate', T.date, 8, true, '削除する利用者基本情報の相談日'],
  ]),
};
