import { cite } from '@kaigo/core';
import { defineStructureCheck } from './structureCheck';
import type { StructureProblem } from './structureCheck';

// 17 福祉用具貸与、67 介護予防福祉用具貸与（サービスコードの先頭2文字 = サービス種類）。
const RENTAL_TYPES = new Set(['17', '67']);
const NOT_A_SERVICE = /^([0-9A-Z]{2}(AAAA|EEEE|ZZZZ)|999999)$/;

/**
 * 福祉用具貸与（サービス種類 17）・介護予防福祉用具貸与（67）の行は、TAISコードか福祉用具届出コードの
 * どちらかを入れる（第6表 No.16・17、第7表 No.10・11）。第7表の小計・全合計の行は対象外。
 *
 * @source mhlw-careplan-csv-v4 別紙 第6表 No.16・No.17、第7表 No.10・No.11（本項目または … のどちらかを入力すること 17 福祉用具貸与 67 介護予防福祉用具貸与）
 * @example
 * ```ts
 * equipmentCode.check([{ line: 1, values: { serviceCode: '171001' } }], { prefix: 'UPPLAN' });
 * // => [{ code: 'structure.equipmentCodeMissing', … }]
 * ```
 */
export const equipmentCode = defineStructureCheck({
  id: 'v4.equipmentCode',
  title: '福祉用具貸与の行の TAISコードまたは福祉用具届出コード',
  source: cite(
    'mhlw-careplan-csv-v4',
    '別紙 第6表 No.16 TAISコード・No.17 福祉用具届出コード、第7表 No.10・No.11',
  ),
  prefixes: ['UPPLAN', 'UPJSK', 'UPSIKYU'],
  check: (rows) => {
    const out: StructureProblem[] = [];
    for (const { line, values } of rows) {
      const code = values.serviceCode;
      if (typeof code !== 'string' || !RENTAL_TYPES.has(code.slice(0, 2))) continue;
      if (NOT_A_SERVICE.test(code)) continue;
      if (values.taisCode !== undefined || values.equipmentNotificationCode !== undefined) continue;
      out.push({
        code: 'structure.equipmentCodeMissing',
        message:
          '福祉用具貸与（17・67）の行に TAISコードと福祉用具届出コードのどちらもありません（どちらかを入れます）。',
        line,
        key: 'taisCode',
      });
    }
    return out;
  },
});
