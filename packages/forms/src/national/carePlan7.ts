import * as z from 'zod';
import { withMeta } from '../meta/fieldMeta';
import { defineForm } from '../meta/formDefinition';
import { codeField, dateField, yearMonthField } from '../primitives/primitives';
import { APPLICABLE_FLAG_CODES } from './codes';
import {
  codeStringField,
  csvVersionField,
  groupField,
  identifierField,
  insuredNumberV4Field,
  insurerNumberField,
  intField,
  officeCodeField,
  rowsField,
  serviceCodeField,
  freeText,
  v4,
  rowObject,
} from './fields';

const no = v4('UPSIKYU');
const int = (label: string, n: number, digits: number, description?: string) =>
  intField(
    description === undefined ? { label, itemNo: no(n) } : { label, itemNo: no(n), description },
    digits,
  ).optional();

const carePlan7Row = rowObject({
  providerName: freeText('サービス事業所名', no(6)).optional(),
  providerCode: officeCodeField({
    label: 'サービス事業所コード',
    itemNo: no(7),
    description: '合計行は 9999999999',
  }),
  satelliteBranch: codeStringField({ label: 'サテライト枝番', itemNo: no(8) }, 2).optional(),
  serviceCode: serviceCodeField({
    label: 'サービスコード',
    itemNo: no(9),
    description:
      '小計行はサービス種類 + AAAA（区分支給対象種類別小計）/ EEEE（区分支給対象外小計）/ ZZZZ（30日超過分小計）、合計行は 999999',
  }),
  taisCode: codeStringField({ label: 'TAISコード', itemNo: no(10) }, 12).optional(),
  equipmentNotificationCode: codeStringField(
    { label: '福祉用具届出コード', itemNo: no(11) },
    12,
  ).optional(),
  equipmentName: freeText('用具名称（機種名）', no(12)).optional(),
  units: intField({ label: '単位数', itemNo: no(13), description: '小計・合計行は 0' }, 6),
  discountRate: int('割引後率', 14, 5),
  discountedUnits: int('割引後単位数', 15, 6),
  count: intField({ label: '回数／日数', itemNo: no(16) }, 3),
  serviceUnitsAmount: int('サービス単位／金額', 17, 5),
  benefitManagedUnits: int('給付管理単位数', 18, 6),
  typeLimitOverUnits: int('種類支給限度基準超単位数', 19, 6),
  typeLimitWithinUnits: int('種類支給限度基準内単位数', 20, 6),
  categoryLimitOverUnits: int('区分支給限度基準超単位数', 21, 6),
  categoryLimitWithinUnits: int('区分支給限度基準内単位数', 22, 6),
  unitPrice: withMeta(z.string().regex(/^\d{1,2}\.\d{2}$/), {
    label: '単位数単価',
    itemNo: no(23),
    description: '99.99 形式の文字列（小数の誤差を避けるため文字列で持つ）',
  }).optional(),
  totalCostCovered: int('費用総額保険／事業対象分', 24, 6),
  benefitRate: int('給付率', 25, 6),
  claimAmount: int('保険／事業費請求額', 26, 6),
  fixedCopayUnitPrice: int('定額利用者負担単価金額', 27, 6),
  copayCovered: int('利用者負担保険／事業対象分', 28, 6),
  copayFull: int('利用者負担（全額負担分）', 29, 6),
  daysBeforeMonth: int('前月までの利用日数', 30, 2),
  plannedDaysThisMonth: int('当月の計画利用日数', 31, 2),
  cumulativeDays: int('累積利用日数', 32, 5),
  over30Days: codeField(APPLICABLE_FLAG_CODES, {
    label: '３０日超区分',
    itemNo: no(33),
  }).optional(),
});

/**
 * サービス利用票別表（第7表）のスキーマ。V4 CSV の UPSIKYU No.1〜37。行は事業所 × サービスコードごと、
 * 種類別小計・合計の行を含む。
 */
export const carePlan7Schema = groupField(
  {
    csvVersion: csvVersionField(no(1)),
    insurerNumber: insurerNumberField(no(2)),
    insuredNumber: insuredNumberV4Field(no(3)),
    createdDate: dateField({ label: '作成年月日', itemNo: no(4) }),
    targetMonth: yearMonthField({ label: '対象年月', itemNo: no(5) }),
    rows: rowsField(
      carePlan7Row,
      { label: '区分支給限度管理・利用者負担計算', itemNo: 'UPSIKYU No.6〜33' },
      500,
    ),
    officeCode: officeCodeField({ label: '事業所コード', itemNo: no(34) }).optional(),
    inputterCode: officeCodeField({ label: '入力者コード', itemNo: no(35) }).optional(),
    updaterCode: officeCodeField({ label: '更新業者コード', itemNo: no(36) }).optional(),
    identifier: identifierField(no(37)),
  },
  { label: 'サービス利用票別表' },
);

/** 第7表の入力。 */
export type CarePlan7 = z.infer<typeof carePlan7Schema>;

/**
 * サービス利用票別表（第7表）。区分支給限度管理と利用者負担の計算。金額・単位数は整数、単位数単価は
 * `99.99` 形式の文字列。
 *
 * @example
 * ```ts
 * validate(carePlan7Form, input).ok;
 * ```
 */
export const carePlan7Form = defineForm({
  id: 'national.carePlan7',
  title: 'サービス利用票別表（第7表）',
  typeName: 'CarePlan7',
  version: 'V4.1',
  source: {
    document: 'mhlw-careplan-csv-v4',
    section: '別紙 第7表（サービス利用票別表）（UPSIKYU）',
  },
  modelled: false,
  description: '項目長は V4 のレイアウト定義書どおり（No.17 は 5、No.24〜29 は 6、No.30 は 2）。',
  schema: carePlan7Schema,
});
