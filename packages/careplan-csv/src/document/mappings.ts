import type { FormDefinition } from '@kaigo/forms';
import {
  carePlan1Form,
  carePlan2Form,
  carePlan3Form,
  carePlan6Form,
  carePlan7Form,
  preventionPlanForm,
  userBasicInfoForm,
  userSupplementForm,
} from '@kaigo/forms';
import type * as z from 'zod';
import { UP1KYO, UP2KYO, UP3KYO, UPHOSOKU } from '../layout/files/kyotaku1';
import { UPJSK, UPPLAN, UPSIKYU } from '../layout/files/kyotaku6';
import { UPKIHON, UPKIHON_SUB1, UPKIHON_SUB2 } from '../layout/files/upkihon';
import { UPYOBO, UPYOBO_SUB } from '../layout/files/upyobo';
import type { FileLayout } from '../layout/layout';

/** 子ファイル（別表）: 親の1行に紐づく複数行を、様式の配列の項目にする。 */
export interface ChildFile {
  /** 子ファイルのレイアウト（紐づけの項目は親と同じキー）。 */
  readonly layout: FileLayout;
  /** 様式の配列の項目名（例 `timeSchedule`）。 */
  readonly key: string;
}

/**
 * 様式と CSV ファイルの対応（データ）。
 * - 1行1様式のファイル（UPKIHON、UPYOBO、UP1KYO、UPHOSOKU）: 行のキーが様式のキーと同じ。別表は `children`。
 * - 複数行で1様式のファイル（UP2KYO、UP3KYO、UPPLAN/UPJSK、UPSIKYU）: `headerKeys` の項目が様式の上位に、
 *   残りの項目が `rows` の各行になる。行は `layout.key`（保険者番号・被保険者番号・計画作成日／対象年月）でまとめる。
 *
 * @typeParam S 様式のスキーマ
 */
export interface FormFileMapping<S extends z.ZodType = z.ZodType> {
  /** 様式。 */
  readonly form: FormDefinition<S>;
  /** 様式を運ぶファイル（第6表は予定 UPPLAN と実績 UPJSK の2つ）。 */
  readonly layouts: readonly FileLayout[];
  /** 複数行で1様式のとき、様式の上位に置く項目のキー。 */
  readonly headerKeys?: readonly string[];
  /** 複数行で1様式のとき、行の配列の項目名。 */
  readonly rowsKey?: string;
  /** 別表のファイル。 */
  readonly children?: readonly ChildFile[];
  /** ファイルの種類を表す様式の項目（第6表の `kind`: UPPLAN → plan、UPJSK → actual）。 */
  readonly kind?: { readonly key: string; readonly byPrefix: Readonly<Record<string, string>> };
}

const HEAD = ['csvVersion', 'insurerNumber', 'insuredNumber'] as const;

/**
 * 利用者基本情報（UPKIHON + 別表1 UPKIHON_SUB1 → `timeSchedule` + 別表2 UPKIHON_SUB2 → `medicalHistory`）。
 *
 * @source mhlw-careplan-csv-v4 別紙 利用者基本情報、利用者基本情報（別表1）、（別表2）
 * @example
 * ```ts
 * const r = readForms(USER_BASIC_INFO_CSV, [mainFile, sub1File, sub2File]);
 * ```
 */
export const USER_BASIC_INFO_CSV: FormFileMapping<typeof userBasicInfoForm.schema> = {
  form: userBasicInfoForm,
  layouts: [UPKIHON],
  children: [
    { layout: UPKIHON_SUB1, key: 'timeSchedule' },
    { layout: UPKIHON_SUB2, key: 'medicalHistory' },
  ],
};

/**
 * 介護予防サービス・支援計画書（UPYOBO + 別表 UPYOBO_SUB → `supportPlan`）。
 *
 * @source mhlw-careplan-csv-v4 別紙 介護予防サービス・支援計画書、（別表）支援計画
 * @example
 * ```ts
 * const w = writeForms(PREVENTION_PLAN_CSV, [plan], header);
 * ```
 */
export const PREVENTION_PLAN_CSV: FormFileMapping<typeof preventionPlanForm.schema> = {
  form: preventionPlanForm,
  layouts: [UPYOBO],
  children: [{ layout: UPYOBO_SUB, key: 'supportPlan' }],
};

/**
 * 居宅サービス計画書（1）第1表（UP1KYO）。
 *
 * @source mhlw-careplan-csv-v4 別紙 居宅サービス計画1表
 * @example
 * ```ts
 * readForms(CARE_PLAN1_CSV, [file]).forms;
 * ```
 */
export const CARE_PLAN1_CSV: FormFileMapping<typeof carePlan1Form.schema> = {
  form: carePlan1Form,
  layouts: [UP1KYO],
};

/**
 * 居宅サービス計画書（2）第2表（UP2KYO）。課題・目標の「上と同じ」の空欄は読むときに埋め、書くときに空ける。
 *
 * @source mhlw-careplan-csv-v4 別紙 居宅サービス計画2表、【居宅介護支援計画書２表の構成について】
 * @example
 * ```ts
 * readForms(CARE_PLAN2_CSV, [file]).forms[0]?.rows.length;
 * ```
 */
export const CARE_PLAN2_CSV: FormFileMapping<typeof carePlan2Form.schema> = {
  form: carePlan2Form,
  layouts: [UP2KYO],
  headerKeys: [...HEAD, 'createdDate', 'planDate', 'updaterCode', 'identifier'],
  rowsKey: 'rows',
};

/**
 * 週間サービス計画表 第3表（UP3KYO）。
 *
 * @source mhlw-careplan-csv-v4 別紙 居宅サービス計画３表
 * @example
 * ```ts
 * readForms(CARE_PLAN3_CSV, [file]).forms;
 * ```
 */
export const CARE_PLAN3_CSV: FormFileMapping<typeof carePlan3Form.schema> = {
  form: carePlan3Form,
  layouts: [UP3KYO],
  headerKeys: [...HEAD, 'createdDate', 'planDate'],
  rowsKey: 'rows',
};

/**
 * サービス利用票 第6表（予定 UPPLAN、実績 UPJSK）。様式の `kind` がファイルを決める。
 *
 * @source mhlw-careplan-csv-v4 別紙 第6表（サービス利用票）、実績情報
 * @example
 * ```ts
 * readForms(CARE_PLAN6_CSV, [planFile, actualFile]).forms.map((f) => f.kind);
 * ```
 */
export const CARE_PLAN6_CSV: FormFileMapping<typeof carePlan6Form.schema> = {
  form: carePlan6Form,
  layouts: [UPPLAN, UPJSK],
  headerKeys: [
    ...HEAD,
    'createdDate',
    'targetMonth',
    'planAgencyCode',
    'planManagerName',
    'updaterCode',
    'identifier',
  ],
  rowsKey: 'rows',
  kind: { key: 'kind', byPrefix: { UPPLAN: 'plan', UPJSK: 'actual' } },
};

/**
 * サービス利用票別表 第7表（UPSIKYU）。
 *
 * @source mhlw-careplan-csv-v4 別紙 第7表（サービス利用票別表）
 * @example
 * ```ts
 * readForms(CARE_PLAN7_CSV, [file]).forms;
 * ```
 */
export const CARE_PLAN7_CSV: FormFileMapping<typeof carePlan7Form.schema> = {
  form: carePlan7Form,
  layouts: [UPSIKYU],
  headerKeys: [
    ...HEAD,
    'createdDate',
    'targetMonth',
    'officeCode',
    'inputterCode',
    'updaterCode',
    'identifier',
  ],
  rowsKey: 'rows',
};

/**
 * 利用者補足情報（UPHOSOKU）。第1・2表に紐づくとき対象年月なし、第6・7表に紐づくとき計画作成日なし。
 *
 * @source mhlw-careplan-csv-v4 別紙 利用者補足情報
 * @example
 * ```ts
 * readForms(USER_SUPPLEMENT_CSV, [file]).forms;
 * ```
 */
export const USER_SUPPLEMENT_CSV: FormFileMapping<typeof userSupplementForm.schema> = {
  form: userSupplementForm,
  layouts: [UPHOSOKU],
};

/**
 * すべての様式の対応（介護予防、続いて居宅）。
 *
 * @example
 * ```ts
 * FORM_FILE_MAPPINGS.map((m) => m.form.id);
 * ```
 */
export const FORM_FILE_MAPPINGS: readonly FormFileMapping[] = [
  USER_BASIC_INFO_CSV,
  PREVENTION_PLAN_CSV,
  CARE_PLAN1_CSV,
  CARE_PLAN2_CSV,
  CARE_PLAN3_CSV,
  CARE_PLAN6_CSV,
  CARE_PLAN7_CSV,
  USER_SUPPLEMENT_CSV,
];
