import { failure, success } from '../result/build';
import type { Outcome } from '../result/types';
import { cite } from '../sources/cite';
import { defineCodeTable } from './codeTable';
import type { CodeTable } from './codeTable';

/**
 * 要介護状態区分等（SDK 内の共通表現）。CSV の各項目のコードとは {@link careLevelFromCode} /
 * {@link careLevelToCode} で明示的に変換する。
 */
export type CareLevel =
  | 'nonApplicable'
  | 'jigyoTaishosha'
  | 'support1'
  | 'support2'
  | 'care1'
  | 'care2'
  | 'care3'
  | 'care4'
  | 'care5';

/**
 * 要介護状態区分等の日本語名。
 *
 * @example
 * ```ts
 * CARE_LEVEL_LABELS.support1; // => '要支援1'
 * ```
 */
export const CARE_LEVEL_LABELS: Readonly<Record<CareLevel, string>> = {
  nonApplicable: '非該当',
  jigyoTaishosha: '事業対象者',
  support1: '要支援1',
  support2: '要支援2',
  care1: '要介護1',
  care2: '要介護2',
  care3: '要介護3',
  care4: '要介護4',
  care5: '要介護5',
};

/**
 * すべての {@link CareLevel}（軽い順）。
 *
 * @example
 * ```ts
 * CARE_LEVELS.length; // => 9
 * ```
 */
export const CARE_LEVELS: readonly CareLevel[] = [
  'nonApplicable',
  'jigyoTaishosha',
  'support1',
  'support2',
  'care1',
  'care2',
  'care3',
  'care4',
  'care5',
];

/**
 * 要介護状態区分コード（居宅のファイル: UPHOSOKU、UP1KYO）。06 事業対象者、12/13 要支援1・2、21〜25 要介護1〜5。
 *
 * @example
 * ```ts
 * codeLabel(CARE_LEVEL_CODES_KYOTAKU, '13'); // => '要支援２'
 * ```
 */
export const CARE_LEVEL_CODES_KYOTAKU = defineCodeTable(
  'careLevelKyotaku',
  '要介護状態区分コード（居宅）',
  cite('mhlw-careplan-csv-v4', '【コード表】要介護状態区分コード'),
  [
    { code: '06', label: '事業対象者' },
    { code: '12', label: '要支援１' },
    { code: '13', label: '要支援２' },
    { code: '21', label: '要介護１' },
    { code: '22', label: '要介護２' },
    { code: '23', label: '要介護３' },
    { code: '24', label: '要介護４' },
    { code: '25', label: '要介護５' },
  ] as const,
);

/**
 * 要介護状態区分（予防 利用者基本情報 UPKIHON No.23・No.26）。01 非該当、12/13 要支援1・2、21〜25 要介護1〜5（06 はない）。
 *
 * @example
 * ```ts
 * codeLabel(CARE_LEVEL_CODES_KIHON, '01'); // => '非該当'
 * ```
 */
export const CARE_LEVEL_CODES_KIHON = defineCodeTable(
  'careLevelKihon',
  '要介護状態区分（利用者基本情報）',
  cite('mhlw-careplan-csv-v4', 'UPKIHON No.23, No.26'),
  [
    { code: '01', label: '非該当' },
    { code: '12', label: '要支援１' },
    { code: '13', label: '要支援２' },
    { code: '21', label: '要介護１' },
    { code: '22', label: '要介護２' },
    { code: '23', label: '要介護３' },
    { code: '24', label: '要介護４' },
    { code: '25', label: '要介護５' },
  ] as const,
);

/**
 * 要支援状態区分（予防 計画書 UPYOBO No.14）。1 要支援1、2 要支援2、3 地域支援事業（新しい様式の事業対象者）。
 *
 * @example
 * ```ts
 * codeLabel(SUPPORT_LEVEL_CODES_YOBO, '3'); // => '地域支援事業'
 * ```
 */
export const SUPPORT_LEVEL_CODES_YOBO = defineCodeTable(
  'supportLevelYobo',
  '要支援状態区分（介護予防サービス・支援計画書）',
  cite('mhlw-careplan-csv-v4', 'UPYOBO No.14'),
  [
    { code: '1', label: '要支援１' },
    { code: '2', label: '要支援２' },
    { code: '3', label: '地域支援事業' },
  ] as const,
);

const MAPS: ReadonlyMap<CodeTable, Readonly<Record<string, CareLevel>>> = new Map<
  CodeTable,
  Readonly<Record<string, CareLevel>>
>([
  [
    CARE_LEVEL_CODES_KYOTAKU,
    {
      '06': 'jigyoTaishosha',
      '12': 'support1',
      '13': 'support2',
      '21': 'care1',
      '22': 'care2',
      '23': 'care3',
      '24': 'care4',
      '25': 'care5',
    },
  ],
  [
    CARE_LEVEL_CODES_KIHON,
    {
      '01': 'nonApplicable',
      '12': 'support1',
      '13': 'support2',
      '21': 'care1',
      '22': 'care2',
      '23': 'care3',
      '24': 'care4',
      '25': 'care5',
    },
  ],
  [SUPPORT_LEVEL_CODES_YOBO, { '1': 'support1', '2': 'support2', '3': 'jigyoTaishosha' }],
]);

/** 要介護状態区分のコード表（この3つのみ変換できる）。 */
export type CareLevelCodeTable =
  typeof CARE_LEVEL_CODES_KYOTAKU | typeof CARE_LEVEL_CODES_KIHON | typeof SUPPORT_LEVEL_CODES_YOBO;

/**
 * コード表のコードを {@link CareLevel} に変換する。表にないコードは失敗。
 *
 * @example
 * ```ts
 * careLevelFromCode(CARE_LEVEL_CODES_KYOTAKU, '06'); // => { ok: true, value: 'jigyoTaishosha' }
 * careLevelFromCode(SUPPORT_LEVEL_CODES_YOBO, '3'); // => { ok: true, value: 'jigyoTaishosha' }
 * ```
 */
export function careLevelFromCode(table: CareLevelCodeTable, code: unknown): Outcome<CareLevel> {
  const map = MAPS.get(table);
  const level =
    typeof code === 'string' && map && Object.prototype.hasOwnProperty.call(map, code)
      ? map[code]
      : undefined;
  if (level === undefined)
    return failure('careLevel.unknownCode', `${table.label}にないコードです。`);
  return success(level);
}

/**
 * {@link CareLevel} をコード表のコードに変換する。その表で表せない区分は失敗
 * （例: 利用者基本情報の表に事業対象者はない）。
 *
 * @example
 * ```ts
 * careLevelToCode(CARE_LEVEL_CODES_KYOTAKU, 'support2'); // => { ok: true, value: '13' }
 * careLevelToCode(CARE_LEVEL_CODES_KIHON, 'jigyoTaishosha').ok; // => false
 * ```
 */
export function careLevelToCode<T extends CareLevelCodeTable>(
  table: T,
  level: CareLevel,
): Outcome<T['entries'][number]['code']> {
  const map = MAPS.get(table) ?? {};
  const code = Object.keys(map).find((c) => map[c] === level);
  if (code === undefined) {
    return failure(
      'careLevel.notRepresentable',
      `${table.label}では${CARE_LEVEL_LABELS[level]}を表せません。`,
    );
  }
  return success(code as T['entries'][number]['code']);
}

/**
 * 値が {@link CareLevel} か。
 *
 * @example
 * ```ts
 * isCareLevel('support1'); // => true
 * ```
 */
export function isCareLevel(value: unknown): value is CareLevel {
  return typeof value === 'string' && (CARE_LEVELS as readonly string[]).includes(value);
}
