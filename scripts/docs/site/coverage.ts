// The coverage table of a source document: which sections carry normative content (amounts, dates, deadlines,
// document lists, conditions) and whether code cites them. A section left without code says why.
import type { Section } from './sections';

const KINDS: [string, RegExp][] = [
  ['金額', /[0-9][0-9,]*円/],
  ['日付・期間', /[0-9]+月|[0-9]+日|年度|令和|平成|年間/],
  ['期限', /以内|まで|期限|締切|までに/],
  ['書類', /提出|書類|様式|シート|計画書/],
  ['条件', /対象|場合|要件|条件/],
];

/** The kinds of normative content a section's text shows (by wording; a reading aid, not a judgement). */
export function normativeKinds(section: Section): string[] {
  const text = `${section.title}\n${section.lines.join('\n')}`.normalize('NFKC');
  return KINDS.filter(([, re]) => re.test(text)).map(([k]) => k);
}

/** Why a section has no code, when it has none: a background, purpose or policy text has no rule to encode. */
export function uncoveredReason(section: Section): string {
  const t = section.title.normalize('NFKC');
  if (section.id === '前文') return '表題・前置き。判定する条件や数値がない。';
  if (section.lines.join('').trim() === '' && !section.parent)
    return '見出しだけの節（中身は下位の項にある）。';
  if (/目的|目標|経緯|実績|根拠|基本方針|基本取扱方針|考え方|概要/.test(t))
    return '目的・方針・経緯の記述で、期限・金額・書類・条件として判定できる定めがない。';
  if (/研修|会議|指導|取組|点検による/.test(t))
    return '市・センターが行う取組の記述で、事業所や事例について判定する定めがない。';
  return '未実装（理由はまだ書かれていない。ルールにするかは原文の担当者が判断する）。';
}
