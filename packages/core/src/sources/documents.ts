/** 出典文書の種類。`municipal` は市町村の要領等（seeds）、`national` は国の告示・通知・標準仕様。 */
export type SourceKind = 'municipal' | 'national';

/** 出典文書の書誌情報。 */
export interface SourceDocument {
  /** 文書名。 */
  readonly title: string;
  /** 発行者（市町村名または国の部局）。 */
  readonly publisher: string;
  /** 文書の日付・時期（原文の表記）。 */
  readonly date: string;
  /** 種類。 */
  readonly kind: SourceKind;
  /** 補足（どの版か、どこから得たか）。 */
  readonly note?: string;
}

/**
 * 国の出典文書（告示・通知・標準仕様）の登録簿。市町村の文書はその市のパッケージが `defineCity` の `sources` で
 * 登録する（新しい市の文書に `@kaigo/core` の改版はいらない）。
 *
 * @example
 * ```ts
 * SOURCE_DOCUMENTS['mhlw-careplan-csv-v4'].publisher; // => '厚生労働省老健局'
 * ```
 */
export const SOURCE_DOCUMENTS = {
  'mhlw-kokuji-197-2015': {
    title:
      '介護保険法施行規則第140条の62の4第2号の規定に基づき厚生労働大臣が定める基準（様式第一 基本チェックリスト、様式第二 事業対象者に該当する基準）',
    publisher: '厚生労働省',
    date: '平成27年（告示第197号）',
    kind: 'national',
  },
  'mhlw-roki-29-1999': {
    title: '介護サービス計画書の様式及び課題分析標準項目の提示について（老企第29号）',
    publisher: '厚生労働省',
    date: '平成11年11月12日（最終改正 令和3年3月31日、課題分析標準項目は令和5年10月16日改正）',
    kind: 'national',
  },
  'mhlw-yobo-yoshiki': {
    title:
      '介護予防支援・介護予防ケアマネジメントの様式（利用者基本情報、介護予防サービス・支援計画書、評価表）',
    publisher: '厚生労働省',
    date: '平成27年以降の参考様式',
    kind: 'national',
  },
  'mhlw-kadai-seiri-2014': {
    title: '課題整理総括表・評価表の活用の手引き（事務連絡 2014年6月17日）',
    publisher: '厚生労働省老健局',
    date: '平成26年',
    kind: 'national',
  },
  'mhlw-careplan-csv-v4': {
    title: 'ケアプランデータ連携標準仕様（別添1）及び別紙 CSVファイルレイアウト定義書',
    publisher: '厚生労働省老健局',
    date: '令和6年10月（第4.1版）',
    kind: 'national',
  },
  'kaigo-sdk-modelled': {
    title: 'kaigo-sdk によるモデル化（公的な様式が存在しない、または非公開のもの）',
    publisher: 'kaigo-sdk',
    date: '—',
    kind: 'national',
    note: '公式様式ではない。出典文書が示す項目から構成したもの。',
  },
} as const satisfies Record<string, SourceDocument>;

/** 国の出典文書の id（{@link SOURCE_DOCUMENTS} のキー）。 */
export type NationalSourceDocumentId = keyof typeof SOURCE_DOCUMENTS;

/**
 * 出典文書の id。国の文書（{@link NationalSourceDocumentId}）か、市が `defineCity` の `sources` で登録した文書の id
 * （`shared/seeds/README.md` の id、例: `kobayashi-jiritsu-2025`）。登録漏れは `defineCity` とテストが検査する。
 */
export type SourceDocumentId = string;

/**
 * 文字列が国の出典文書の id か（市の文書は市の定義の `sources` で確かめる）。
 *
 * @example
 * ```ts
 * isSourceDocumentId('mhlw-careplan-csv-v4'); // => true
 * isSourceDocumentId('unknown'); // => false
 * ```
 */
export function isSourceDocumentId(value: unknown): value is NationalSourceDocumentId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SOURCE_DOCUMENTS, value);
}
