// Test-only: turns random rows into rows that pass the V4 structure checks (src/structure), the way a real
// sender builds them: 利用者補足情報 linked to exactly one plan, 第6表 dates inside the month, 福祉用具貸与 rows
// with a TAIS code, and 第7表 plans with their 種類別小計 and 全合計 rows.
type Row = Record<string, unknown>;

const SUBTOTAL = /^[0-9A-Z]{2}(AAAA|EEEE|ZZZZ)$/;
const TOTAL_SERVICE = '999999';
const TOTAL_PROVIDER = '9999999999';

/** One 利用者補足情報 row: keep the plan date when there is one, else link it to the month. */
export function linkSupplement(row: Row, month = '2025-04'): Row {
  const out = { ...row };
  if (out.planDate !== undefined) delete out.targetMonth;
  else out.targetMonth = month;
  return out;
}

/** 第6表 / 第7表 detail rows: a 福祉用具貸与 row gets a TAIS code; a 第6表 row a date in its month. */
export function fixUsageRow(row: Row, month?: string): Row {
  const out = { ...row };
  const code = out.serviceCode;
  if (
    typeof code === 'string' &&
    ['17', '67'].includes(code.slice(0, 2)) &&
    !SUBTOTAL.test(code) &&
    out.taisCode === undefined &&
    out.equipmentNotificationCode === undefined
  )
    out.taisCode = '00001-000010';
  if (month !== undefined && typeof out.serviceDate === 'string')
    out.serviceDate = `${month}-${out.serviceDate.slice(8, 10) > '28' ? '28' : out.serviceDate.slice(8, 10)}`;
  return out;
}

/**
 * 第7表 rows of one plan: no stray total codes in the detail rows, an `AAAA` subtotal for every type with two or
 * more detail rows, and one 全合計 row at the end (cloned from the first row so the plan key stays the same).
 */
export function completePlan7(rows: readonly Row[]): Row[] {
  const details = rows
    .filter((r) => r.serviceCode !== TOTAL_SERVICE)
    .map((r) =>
      fixUsageRow({
        ...r,
        ...(r.providerCode === TOTAL_PROVIDER ? { providerCode: '0000000001' } : {}),
      }),
    );
  const count = new Map<string, number>();
  const subtotals = new Set<string>();
  for (const r of details) {
    const code = r.serviceCode as string;
    if (SUBTOTAL.test(code)) subtotals.add(code);
    else count.set(code.slice(0, 2), (count.get(code.slice(0, 2)) ?? 0) + 1);
  }
  const first = (rows[0] ?? {}) as Row;
  const out = [...details];
  for (const [type, n] of count)
    if (n >= 2 && !subtotals.has(`${type}AAAA`) && !subtotals.has(`${type}EEEE`))
      out.push(strip({ ...first, serviceCode: `${type}AAAA`, units: 0 }));
  out.push(strip({ ...first, serviceCode: TOTAL_SERVICE, providerCode: TOTAL_PROVIDER, units: 0 }));
  return out;
}

// A subtotal or total row carries no equipment columns (they describe one rented item).
function strip(row: Row): Row {
  const rest = { ...row };
  delete rest.taisCode;
  delete rest.equipmentNotificationCode;
  return rest;
}

/** 第7表 records of a whole file (several plans): completes each plan, keeping the plans in their first order. */
export function completePlans7(records: readonly Row[]): Row[] {
  const plans = new Map<string, Row[]>();
  for (const r of records) {
    const key = JSON.stringify([r.insurerNumber, r.insuredNumber, r.targetMonth]);
    const list = plans.get(key);
    if (list) list.push(r);
    else plans.set(key, [r]);
  }
  return [...plans.values()].flatMap(completePlan7);
}

/** Any layout's records made structurally valid (the layouts without structure checks are returned as they are). */
export function makeStructural(prefix: string, records: readonly Row[]): Row[] {
  switch (prefix) {
    case 'UPHOSOKU':
      return records.map((r) => linkSupplement(r));
    case 'UPPLAN':
    case 'UPJSK':
      return records.map((r) => fixUsageRow(r, r.targetMonth as string | undefined));
    case 'UPSIKYU':
      return completePlans7(records);
    default:
      return [...records];
  }
}
