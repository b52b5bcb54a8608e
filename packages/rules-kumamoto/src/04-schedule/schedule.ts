import { checkWindow, defineParameter, defineRule, isoDate } from '@kaigo/core';
import type {
  Citation,
  DatedParameter,
  DateWindow,
  IsoDate,
  Rule,
  RuleEnv,
  RuleOutcome,
} from '@kaigo/core';
import { ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { SECTIONS } from '../sourceDocument';

/** 資料「４ 今後のスケジュール」の予定1件。 */
export interface ScheduleEntry {
  /** 予定の id。 */
  readonly id: 'operationCouncil' | 'briefing' | 'continuousImprovement';
  /** 資料どおりの内容。 */
  readonly label: string;
  /**
   * 日付の精度: `day` 日付まで書かれている、`approximate` 「中旬」など幅のある時期、`undated` 時期の定めなし（以降、継続）。
   */
  readonly precision: 'day' | 'approximate' | 'undated';
  /** 日付（`day` のとき）。 */
  readonly date?: IsoDate;
  /** 時期の幅（`approximate` のとき。両端を含む）。 */
  readonly window?: DateWindow;
  /** 出典。 */
  readonly citation: Citation;
  /** 読み方。 */
  readonly reading: string;
}

const YEAR_READING =
  '資料に年の記載はない。表題「令和６年度以降における…」と「令和６年４月１日から」の記述、運営協議会の日付に「（本日）」とあることから、令和６年（2024年）7月11日の運営協議会の資料と読み、年を2024年とする。';

/**
 * 資料「４ 今後のスケジュール」の予定（日付つき・出典つきのデータ）。パラメータ {@link scheduleEntries} の収録値で、
 * ルール `scheduleStatus` はパラメータを読む（文脈の上書きが効くのはパラメータの方）。
 * - 7月11日 地域包括支援センター運営協議会での審議（本日）
 * - 8月中旬 ささえりあ及び指定居宅介護支援事業所への説明会（「中旬」は11日〜20日と読む。おおよその時期）
 * - 以降 業務改善部会等で引き続き改善に向けた検討（時期の定めなし）
 */
export const KUMAMOTO_SCHEDULE: readonly ScheduleEntry[] = [
  {
    id: 'operationCouncil',
    label: '地域包括支援センター運営協議会での審議（本日）',
    precision: 'day',
    date: isoDate('2024-07-11'),
    citation: SECTIONS.scheduleCouncil,
    reading: YEAR_READING,
  },
  {
    id: 'briefing',
    label: 'ささえりあ及び指定居宅介護支援事業所への説明会を開催',
    precision: 'approximate',
    window: { from: isoDate('2024-08-11'), to: isoDate('2024-08-20') },
    citation: SECTIONS.scheduleBriefing,
    reading: `「８月中旬」は一般的な用法で11日〜20日とする（おおよその時期で、開催日そのものではない）。${YEAR_READING}`,
  },
  {
    id: 'continuousImprovement',
    label: '実施状況を踏まえつつ、業務改善部会等において、引き続き改善に向けた検討を行う',
    precision: 'undated',
    citation: SECTIONS.scheduleImprovement,
    reading:
      '「以降」とあり、時期や回数の定めはない。運営協議会（7月11日）の後に継続して行うものと読む。',
  },
];

/**
 * 資料「４ 今後のスケジュール」の予定（7月11日 運営協議会、8月中旬 説明会、以降の改善検討）の日付付きパラメータ。
 * 値は {@link KUMAMOTO_SCHEDULE}（各予定に出典と読み方つき）。日程が変わったときは文脈の `parameters` で上書きする。
 *
 * @source kumamoto-kanyo-2024 ４ 今後のスケジュール
 * @example
 * ```ts
 * // 説明会が8月下旬に延びたら（what-if）:
 * const moved = KUMAMOTO_SCHEDULE.map((e) =>
 *   e.id === 'briefing' ? { ...e, window: { from: '2024-08-21', to: '2024-08-31' } } : e,
 * );
 * scheduleStatus(undefined, { referenceDate: '2024-08-15', parameters: { 'kumamoto.scheduleEntries': moved } });
 * ```
 */
export const scheduleEntries: DatedParameter<readonly ScheduleEntry[]> = defineParameter<
  readonly ScheduleEntry[]
>({
  id: 'kumamoto.scheduleEntries',
  description: '今後のスケジュール（運営協議会・説明会・以降の改善検討）',
  citation: SECTIONS.schedule,
  values: [{ from: isoDate('2024-04-01'), value: KUMAMOTO_SCHEDULE }],
  reading:
    `${YEAR_READING}「８月中旬」は11日〜20日（おおよその時期で、開催日そのものではない）。` +
    '「以降」の改善検討は時期の定めがなく、運営協議会の後に続くものと読む。値の適用開始は他のパラメータと同じ令和６年４月１日とし、' +
    'それより前の基準日にも同じ予定を示す（予定そのものは基準日によらない）。',
});

/** 基準日から見た予定の位置: `past` 済み、`upcoming` これから、`inWindow` 当日または時期の幅の中、`ongoing` 継続中（時期の定めなし）。 */
export type SchedulePosition = 'past' | 'upcoming' | 'inWindow' | 'ongoing';

/** {@link scheduleStatus} の判定の1件。 */
export interface ScheduleStatusEntry {
  /** 予定の id。 */
  readonly id: ScheduleEntry['id'];
  /** 内容。 */
  readonly label: string;
  /** 基準日から見た位置。 */
  readonly position: SchedulePosition;
}

/** {@link scheduleStatus} の入力（使わない。`undefined` か `{}`）。 */
export type ScheduleInput = undefined | Record<string, never>;

const scheduleInputSchema = z.union([z.undefined(), z.strictObject({})]);

/** 基準日から見た予定1件の位置。 */
function positionOf(
  entry: ScheduleEntry,
  today: IsoDate,
  council: IsoDate | undefined,
): SchedulePosition {
  if (entry.date !== undefined)
    return entry.date < today ? 'past' : entry.date === today ? 'inWindow' : 'upcoming';
  if (entry.window !== undefined) {
    const w = checkWindow(entry.window, today).position;
    return w === 'before' ? 'upcoming' : w === 'after' ? 'past' : 'inWindow';
  }
  // 「以降」の検討は運営協議会の後に続くものと読む。
  return council !== undefined && today <= council ? 'upcoming' : 'ongoing';
}

function evaluateSchedule(
  _input: ScheduleInput,
  env: RuleEnv,
): RuleOutcome<readonly ScheduleStatusEntry[]> {
  const today = env.referenceDate;
  // The schedule does not depend on the reference date: before the first value, the first value.
  const entries = env.value(scheduleEntries, { beforeFirst: 'first' });
  const council = entries.find((e) => e.id === 'operationCouncil')?.date;
  const decision = entries.map((e): ScheduleStatusEntry => ({
    id: e.id,
    label: e.label,
    position: positionOf(e, today, council),
  }));
  return {
    decision,
    findings: [
      {
        code: 'schedule.yearReading',
        severity: 'info',
        message: YEAR_READING,
        citation: SECTIONS.scheduleCouncil,
      },
    ],
  };
}

/**
 * 資料「４ 今後のスケジュール」の予定が、基準日から見て済んだか・これからかを示す。入力は使わない（`undefined` か `{}`）。
 * 予定はパラメータ {@link scheduleEntries}（`kumamoto.scheduleEntries`）から読むので、日程の変更は文脈の `parameters` で
 * 上書きできる。「８月中旬」はおおよその時期（11日〜20日）として扱い、その幅の中なら `inWindow`。「以降」の検討は
 * 運営協議会の後 `ongoing`。
 *
 * @source kumamoto-kanyo-2024 ４ 今後のスケジュール
 * @example
 * 実行されるテスト（`scheduleStatus.example.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./scheduleStatus.example.test.ts#scheduleStatus}
 */
export const scheduleStatus: Rule<ScheduleInput, readonly ScheduleStatusEntry[]> = defineRule({
  id: 'kumamoto.schedule',
  title: '今後のスケジュール',
  description:
    '運営協議会（7月11日）・説明会（8月中旬）・以降の改善検討が、基準日から見て済んだか・これからか。',
  sources: [SECTIONS.scheduleCouncil, SECTIONS.scheduleBriefing, SECTIONS.scheduleImprovement],
  input: ruleInput(scheduleInputSchema),
  parameters: [scheduleEntries],
  examples: [
    {
      title: '説明会の前',
      input: undefined,
      context: { referenceDate: '2024-08-01' },
      expect: {
        status: 'decided',
        decision: [
          { id: 'operationCouncil', position: 'past' },
          { id: 'briefing', position: 'upcoming' },
          { id: 'continuousImprovement', position: 'ongoing' },
        ],
      },
    },
    {
      title: '説明会の時期（8月中旬）',
      input: {},
      context: { referenceDate: '2024-08-15' },
      expect: {
        status: 'decided',
        decision: [
          { id: 'operationCouncil', position: 'past' },
          { id: 'briefing', position: 'inWindow' },
          { id: 'continuousImprovement', position: 'ongoing' },
        ],
      },
    },
  ],
  evaluate: evaluateSchedule,
});
