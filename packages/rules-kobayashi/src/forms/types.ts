// Documented data types of the 小林市 modelled forms (the zod schemas are typed with these, so typedoc shows
// documented interfaces instead of expanding zod's enum members).
import type { CARE_LEVEL_CODES_KYOTAKU } from '@kaigo/core';

/** 事業所の種類のコード（`homon` 訪問型事業所、`tsusho` 通所型事業所、`kyotaku` 居宅介護支援事業所）。 */
export type KobayashiOfficeKindCode = 'homon' | 'tsusho' | 'kyotaku';

/** 取組のコード（`KOBAYASHI_ACTIVITY_CODES`）。 */
export type KobayashiActivityCode =
  | 'preAssessment'
  | 'postAssessment'
  | 'assessmentSupport'
  | 'shortTermIntensive'
  | 'communityCareMeeting';

/** 委託居宅・指定居宅のコード。 */
export type KobayashiKyotakuArrangementCode = 'itaku' | 'shitei';

/** 事前・事後の別（様式上の表記）。 */
export type KobayashiPhaseLabel = '事前' | '事後';

/** 目標の達成状況。 */
export type KobayashiAchievement = '達成' | '一部達成' | '未達成';

/** 要介護状態区分コード（居宅）。 */
export type KobayashiCareLevelCode = (typeof CARE_LEVEL_CODES_KYOTAKU.entries)[number]['code'];

/** 期間（両端を含む、`YYYY-MM-DD`）。 */
export interface KobayashiPeriod {
  /** 開始日。 */
  from: string;
  /** 終了日。 */
  to: string;
}

/** 利用者ごとの様式の共通の見出し。 */
export interface KobayashiCaseHeader {
  /** 被保険者番号。 */
  insuredNumber: string;
  /** 利用者氏名。 */
  userName?: string | undefined;
  /** 作成日。 */
  createdOn: string;
  /** 作成者（担当者）。 */
  authorName?: string | undefined;
  /** 事業所名。 */
  officeName?: string | undefined;
  /** 事業所番号。 */
  officeNumber?: string | undefined;
}

/** 事業所の見出し（参加申込書・対象者名簿・請求書）。 */
export interface KobayashiOfficeHeader {
  /** 事業所名。 */
  officeName: string;
  /** 事業所番号。 */
  officeNumber: string;
  /** 事業所の種類。 */
  officeKind: KobayashiOfficeKindCode;
}

/** 追加項目の領域（基本チェックリストの領域に合わせたモデル）。 */
export type KobayashiAssessmentArea =
  '生活機能全般' | '運動' | '栄養' | '口腔' | '閉じこもり' | '認知' | 'うつ' | 'その他';

/** 追加項目1件。 */
export interface KobayashiAdditionalItem {
  /** 領域。 */
  area: KobayashiAssessmentArea;
  /** 確認項目。 */
  item: string;
  /** 聞き取り内容・状況。 */
  finding: string;
}

/** 介護予防のアセスメント【２】追加項目（モデル化した様式）。 */
export interface KobayashiAssessmentAdditionalItems extends KobayashiCaseHeader {
  /** 追加項目。 */
  items: KobayashiAdditionalItem[];
  /** 特記事項。 */
  notes?: string | undefined;
}

/** リスク確認1件。 */
export interface KobayashiRiskCheckItem {
  /** リスク確認項目。 */
  item: string;
  /** 該当。 */
  applicable: boolean;
  /** 留意事項。 */
  note?: string | undefined;
}

/** 介護予防メニュー リスク確認【１】【２】（モデル化した様式。両方同じ形）。 */
export interface KobayashiRiskCheck extends KobayashiCaseHeader {
  /** リスク確認。 */
  checks: KobayashiRiskCheckItem[];
  /** 確認結果（介護予防メニュー実施上の留意点）。 */
  conclusion: string;
  /** 主治医等への確認が必要。 */
  needsMedicalAdvice?: boolean | undefined;
}

/** 生活機能評価1件。 */
export interface KobayashiLifeFunctionRow {
  /** 生活行為。 */
  activity: string;
  /** 現状。 */
  level: '自立' | '見守り' | '一部介助' | '全介助';
  /** 改善の可能性。 */
  potential: '有' | '無' | '不明';
  /** 評価の根拠・備考。 */
  note?: string | undefined;
}

/** 生活機能評価（アセスメント）（モデル化した様式）。 */
export interface KobayashiLifeFunctionEvaluation extends KobayashiCaseHeader {
  /** 生活機能評価。 */
  evaluations: KobayashiLifeFunctionRow[];
}

/** 因子の分類（ICF の構成要素に合わせたモデル）。 */
export type KobayashiFactorCategory =
  '心身機能・身体構造' | '活動' | '参加' | '環境因子' | '個人因子';

/** 因子1件。 */
export interface KobayashiFactor {
  /** 因子。 */
  factor: string;
  /** 分類。 */
  category: KobayashiFactorCategory;
  /** 改善可能。 */
  improvable: boolean;
  /** 対応方針。 */
  approach?: string | undefined;
}

/** 生活課題1件とその因子。 */
export interface KobayashiLifeIssue {
  /** 生活課題。 */
  lifeIssue: string;
  /** 因子。 */
  factors: KobayashiFactor[];
}

/** 因子分解表（モデル化した様式）。 */
export interface KobayashiFactorAnalysis extends KobayashiCaseHeader {
  /** 生活課題。 */
  issues: KobayashiLifeIssue[];
}

/** 総括表の目標1件。 */
export interface KobayashiSummaryGoal {
  /** 目標。 */
  goal: string;
  /** 達成状況。 */
  achievement: KobayashiAchievement;
  /** 達成・未達成の要因。 */
  reason?: string | undefined;
}

/** 総括表（モデル化した様式）。 */
export interface KobayashiSummarySheet extends KobayashiCaseHeader {
  /** 評価日。 */
  evaluatedOn: string;
  /** 支援期間。 */
  supportPeriod: KobayashiPeriod;
  /** 目標の達成状況。 */
  goals: KobayashiSummaryGoal[];
  /** 基本チェックリスト該当項目数（事前）。 */
  checklistCountBefore?: number | undefined;
  /** 基本チェックリスト該当項目数（事後）。 */
  checklistCountAfter?: number | undefined;
  /** 総合的な評価。 */
  overallEvaluation: string;
  /** 今後の方針。 */
  policy: '終了' | '継続' | '変更';
}

/** 介護メニュー1件。 */
export interface KobayashiCareMenuRow {
  /** 介護メニュー。 */
  menu: string;
  /** 現状。 */
  currentStatus: string;
  /** 支援が必要。 */
  needsSupport: boolean;
  /** 備考。 */
  note?: string | undefined;
}

/** 介護メニューアセスメント（訪問用・通所用）（モデル化した様式）。 */
export interface KobayashiCareMenuAssessment extends KobayashiCaseHeader {
  /** 事前・事後の別。 */
  phase: KobayashiPhaseLabel;
  /** 介護メニュー。 */
  menus: KobayashiCareMenuRow[];
}

/** 目標とサービス内容1件。 */
export interface KobayashiPlanGoal {
  /** 目標。 */
  goal: string;
  /** サービス内容。 */
  serviceContent: string;
  /** 達成状況。 */
  achievement?: KobayashiAchievement | undefined;
  /** 評価。 */
  evaluation?: string | undefined;
}

/** 介護予防サービス計画・総合評価（訪問用・通所用）（モデル化した様式）。 */
export interface KobayashiServicePlanEvaluation extends KobayashiCaseHeader {
  /** 事前・事後の別。 */
  phase: KobayashiPhaseLabel;
  /** 計画期間。 */
  planPeriod: KobayashiPeriod;
  /** 目標とサービス内容。 */
  goals: KobayashiPlanGoal[];
  /** 総合評価。 */
  overallEvaluation?: string | undefined;
}

/** 個別計画書のサービス1件。 */
export interface KobayashiPlannedService {
  /** サービス内容。 */
  content: string;
  /** 頻度。 */
  frequency: string;
  /** 留意事項。 */
  note?: string | undefined;
}

/** 介護予防サービス 個別計画書（訪問用・通所用）（モデル化した様式）。 */
export interface KobayashiIndividualPlan extends KobayashiCaseHeader {
  /** 計画期間。 */
  planPeriod: KobayashiPeriod;
  /** 長期目標。 */
  longTermGoal: string;
  /** 短期目標。 */
  shortTermGoals: string[];
  /** サービス。 */
  services: KobayashiPlannedService[];
  /** 利用者の同意日。 */
  consentedOn?: string | undefined;
}

/** 生活行為1件。 */
export interface KobayashiDailyLivingRow {
  /** 生活行為。 */
  activity: string;
  /** 状況。 */
  status: 'できる' | '一部できる' | 'できない' | 'していない';
  /** 目標。 */
  goal?: string | undefined;
}

/** 生活行為アセスメント（訪問・通所共通）（モデル化した様式）。 */
export interface KobayashiDailyLivingAssessment extends KobayashiCaseHeader {
  /** 事前・事後の別。 */
  phase: KobayashiPhaseLabel;
  /** 生活行為。 */
  activities: KobayashiDailyLivingRow[];
}

/** 参加申込書（モデル化した様式）。 */
export interface KobayashiParticipationApplication extends KobayashiOfficeHeader {
  /** 申込日。 */
  appliedOn: string;
  /** 所在地。 */
  address?: string | undefined;
  /** 代表者。 */
  representative?: string | undefined;
  /** 担当者。 */
  contactPerson?: string | undefined;
  /** 電話番号。 */
  phone?: string | undefined;
  /** 市内に住所を有する。 */
  locatedInCity: boolean;
  /** 「自立支援型アセスメントマニュアル」を用いてアセスメントを行う。 */
  usesAssessmentManual: boolean;
  /** 市の統一様式にて計画書等を作成する。 */
  usesUnifiedForms: boolean;
  /** 包括支援システムを導入している（サービス提供事業所のみ）。 */
  hokatsuSystemInstalled?: boolean | undefined;
  /** 包括支援システムでデータ連携している（サービス提供事業所のみ）。 */
  hokatsuSystemDataLinked?: boolean | undefined;
}

/** 対象者名簿の1行。 */
export interface KobayashiTargetRosterEntry {
  /** 被保険者番号。 */
  insuredNumber: string;
  /** 利用者氏名。 */
  userName?: string | undefined;
  /** 要介護状態区分等（居宅のコード: 06 事業対象者、12・13 要支援1・2 など）。 */
  careLevel: KobayashiCareLevelCode;
  /** 支援開始日。 */
  supportStartDate?: string | undefined;
  /** 支援終了日（予定）。 */
  supportEndDate?: string | undefined;
  /** 担当者会議の日。 */
  careMeetingDate?: string | undefined;
  /** 短期集中予防サービスC。 */
  shortTermIntensiveC?: boolean | undefined;
  /** 委託居宅・指定居宅の別。 */
  kyotakuArrangement?: KobayashiKyotakuArrangementCode | undefined;
  /** プラン担当事業所。 */
  planOfficeName?: string | undefined;
}

/** 対象者名簿（モデル化した様式）。 */
export interface KobayashiTargetRoster extends KobayashiOfficeHeader {
  /** 提出日。 */
  submittedOn: string;
  /** 対象者。 */
  entries: KobayashiTargetRosterEntry[];
}

/** 請求書・明細書の明細1行。 */
export interface KobayashiInvoiceLine {
  /** 被保険者番号。 */
  insuredNumber: string;
  /** 利用者氏名。 */
  userName?: string | undefined;
  /** 取組。 */
  activity: KobayashiActivityCode;
  /** 実施日。 */
  date: string;
  /** 金額（円）。 */
  amount: number;
}

/** 請求書・明細書（モデル化した様式）。 */
export interface KobayashiInvoice extends KobayashiOfficeHeader {
  /** 請求対象年月（`YYYY-MM`）。 */
  billingMonth: string;
  /** 請求日。 */
  invoicedOn: string;
  /** 明細。 */
  lines: KobayashiInvoiceLine[];
  /** 合計金額（円）。 */
  total: number;
}
