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
 * SDK が引用する出典文書の登録簿。市町村文書の id は `shared/seeds/README.md` の id と同じ。
 *
 * @example
 * ```ts
 * SOURCE_DOCUMENTS['kumamoto-kanyo-2024'].publisher; // => '熊本市'
 * ```
 */
export const SOURCE_DOCUMENTS = {
  'asago-ikiiki-2024': {
    title: '朝来市いきいき長生き応援事業実施要領',
    publisher: '朝来市',
    date: '令和6年4月26日',
    kind: 'municipal',
  },
  'akashi-policy-2023': {
    title: '自立支援等に資するケアマネジメントに関する明石市の基本方針等',
    publisher: '明石市',
    date: '2023年4月',
    kind: 'municipal',
  },
  'isehara-tenken-2024': {
    title: '令和6年度 伊勢原市ケアプラン点検',
    publisher: '伊勢原市',
    date: '令和6年3月22日',
    kind: 'municipal',
  },
  'kobayashi-jiritsu-2025': {
    title: '自立支援型ケアマネジメント促進事業実施要領',
    publisher: '小林市',
    date: '令和7年5月開始',
    kind: 'municipal',
  },
  'kumamoto-kanyo-2024': {
    title: '令和6年度以降における包括的・継続的ケアマネジメント支援業務について',
    publisher: '熊本市',
    date: '令和6年度',
    kind: 'municipal',
  },
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

/** 出典文書の id。 */
export type SourceDocumentId = keyof typeof SOURCE_DOCUMENTS;

/**
 * 文字列が登録済みの出典文書 id か。
 *
 * @example
 * ```ts
 * isSourceDocumentId('asago-ikiiki-2024'); // => true
 * isSourceDocumentId('unknown'); // => false
 * ```
 */
export function isSourceDocumentId(value: unknown): value is SourceDocumentId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SOURCE_DOCUMENTS, value);
}
