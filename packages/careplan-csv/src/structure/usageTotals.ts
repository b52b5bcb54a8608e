import { cite } from '@kaigo/core';
import { defineStructureCheck } from './structureCheck';
import type { StructureProblem, StructureRow } from './structureCheck';

const GRAND_TOTAL_SERVICE = '999999';
const GRAND_TOTAL_PROVIDER = '9999999999';
const SUBTOTAL = /^[0-9A-Z]{2}(AAAA|EEEE|ZZZZ)$/;

/**
 * 第7表（UPSIKYU）の行の構造: 1件（保険者番号・被保険者番号・対象年月）ごとに全合計の行（サービスコード `999999`、
 * サービス事業所コード `9999999999`。「必須出力」）がちょうど1行あり、サービス種類ごとにサービスコードの行が複数あれば
 * 種類別小計（`<種類>AAAA`。「サービスコードが複数行の場合は必須」）がある。全合計の2つのコードは組にする。
 *
 * @source mhlw-careplan-csv-v4 別紙 第7表 No.7（全合計の場合はALL９（9999999999））・No.9（区分支給対象種類別小計 … 必須、全合計：ALL9（999999） 固定（必須出力））
 * @example
 * ```ts
 * usageTotals.check(rowsWithoutGrandTotal, { prefix: 'UPSIKYU' })[0]?.code; // => 'structure.grandTotalMissing'
 * ```
 */
export const usageTotals = defineStructureCheck({
  id: 'v4.usageTotals',
  title: '第7表の全合計の行と種類別小計の行',
  source: cite(
    'mhlw-careplan-csv-v4',
    '別紙 第7表（サービス利用票別表） No.7・No.9（種類別小計、全合計）',
  ),
  reading:
    '「サービスコードが複数行の場合」は、同じサービス種類（サービスコードの先頭2文字）の明細の行が2行以上あることと読む。区分支給対象外の種類は AAAA ではなく EEEE の小計を付けるため、AAAA と EEEE のどちらかがあればよいとする（別の読み方: AAAA だけを認める）。',
  prefixes: ['UPSIKYU'],
  check: (rows) => {
    const out: StructureProblem[] = [];
    const plans = new Map<string, StructureRow[]>();
    for (const row of rows) {
      const v = row.values;
      const key = JSON.stringify([v.insurerNumber, v.insuredNumber, v.targetMonth]);
      const list = plans.get(key);
      if (list) list.push(row);
      else plans.set(key, [row]);
    }
    for (const planRows of plans.values()) {
      const details = new Map<string, number>();
      const subtotals = new Set<string>();
      let totals = 0;
      for (const { line, values } of planRows) {
        const service = values.serviceCode;
        const provider = values.providerCode;
        if (typeof service !== 'string') continue;
        const isTotal = service === GRAND_TOTAL_SERVICE;
        if (isTotal !== (provider === GRAND_TOTAL_PROVIDER)) {
          out.push({
            code: 'structure.grandTotalCodes',
            message:
              '全合計の行はサービスコード 999999 とサービス事業所コード 9999999999 の組にします（片方だけの行があります）。',
            line,
            key: isTotal ? 'providerCode' : 'serviceCode',
          });
        }
        if (isTotal) {
          totals++;
          if (totals > 1)
            out.push({
              code: 'structure.grandTotalDuplicate',
              message: '全合計の行（999999）が1件に2行以上あります。',
              line,
              key: 'serviceCode',
            });
        } else if (SUBTOTAL.test(service)) subtotals.add(service);
        else {
          const type = service.slice(0, 2);
          details.set(type, (details.get(type) ?? 0) + 1);
        }
      }
      const first = planRows[0]?.line ?? 0;
      if (totals === 0)
        out.push({
          code: 'structure.grandTotalMissing',
          message:
            '全合計の行（サービスコード 999999、サービス事業所コード 9999999999）がありません（必須出力）。',
          line: first,
          key: 'serviceCode',
        });
      for (const [type, count] of details) {
        if (count < 2 || subtotals.has(`${type}AAAA`) || subtotals.has(`${type}EEEE`)) continue;
        out.push({
          code: 'structure.subtotalMissing',
          message: `サービス種類 ${type} のサービスコードの行が複数ありますが、種類別小計（${type}AAAA）の行がありません。`,
          line: first,
          key: 'serviceCode',
        });
      }
    }
    return out;
  },
});
