// The doc generators (scripts/docs): schema flattening, the city catalogue page runs the examples, and the
// catalogue refuses rules without sources.
import { cite, defineParameter, isoDate, parseRuleContext, ruleResult } from '@kaigo/core';
import type { RuleDescriptor } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { cityProblems, renderCityPage } from '../../scripts/docs/cityPage';
import { schemaFields } from '../../scripts/docs/schemaFields';

describe('schemaFields', () => {
  it('flattens objects, arrays, nullable unions and $refs with labels, types and required flags', () => {
    const rows = schemaFields({
      type: 'object',
      required: ['name', 'rows'],
      $defs: {
        Row: {
          type: 'object',
          properties: { note: { type: 'string', maxLength: 5, 'x-label': '内容' } },
        },
      },
      properties: {
        name: { type: 'string', 'x-label': '氏名', 'x-item-no': 'p2' },
        born: {
          anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }],
          'x-label': '生年月日',
        },
        sex: { type: 'string', enum: ['1', '2'], 'x-label': '性別', 'x-code-table': 'sex' },
        rows: { type: 'array', 'x-label': '明細', items: { $ref: '#/$defs/Row' } },
        count: { type: 'integer', minimum: 0, maximum: 31 },
      },
    });
    expect(rows).toEqual([
      { path: 'name', label: '氏名', type: '文字列', required: true, itemNo: 'p2', codes: [] },
      {
        path: 'born',
        label: '生年月日',
        type: '日付（YYYY-MM-DD）',
        required: false,
        itemNo: '',
        codes: [],
      },
      {
        path: 'sex',
        label: '性別',
        type: 'コード',
        required: false,
        itemNo: '',
        codeTable: 'sex',
        codes: ['1', '2'],
      },
      { path: 'rows', label: '明細', type: '配列', required: true, itemNo: '', codes: [] },
      {
        path: 'rows[]',
        label: '明細',
        type: 'オブジェクト',
        required: true,
        itemNo: '',
        codes: [],
      },
      {
        path: 'rows[].note',
        label: '明細 › 内容',
        type: '文字列（5文字以内）',
        required: false,
        itemNo: '',
        codes: [],
      },
      {
        path: 'count',
        label: '',
        type: '整数（0以上、31以下）',
        required: false,
        itemNo: '',
        codes: [],
      },
    ]);
  });
});

const source = cite('kobayashi-jiritsu-2025', '３ 事業の流れ');
const limit = defineParameter<number>({
  id: 'testcity.limit',
  description: '上限日数',
  unit: '日',
  citation: source,
  values: [
    { from: isoDate('2025-05-01'), value: 10 },
    { from: isoDate('2026-04-01'), value: 14 },
  ],
  reading: '暦日で数える。',
});
let calls = 0;
const rule: RuleDescriptor = {
  id: 'testcity.within',
  title: '上限以内か',
  description: '日数が上限以内かを判定する。',
  sources: [source],
  evaluate: (input, context) => {
    calls += 1;
    const ctx = parseRuleContext(context);
    const days = (input as { days?: unknown } | null)?.days;
    if (!ctx.ok)
      return ruleResult({ rule: 'testcity.within', sources: [source], findings: [ctx.error] });
    if (typeof days !== 'number')
      return ruleResult({
        rule: 'testcity.within',
        sources: [source],
        missing: [{ path: ['days'], label: '日数' }],
      });
    return ruleResult({
      rule: 'testcity.within',
      sources: [source],
      decision: days <= 10,
      findings:
        days <= 10
          ? []
          : [{ code: 'testcity.over', severity: 'error', message: '上限を超えています。' }],
    });
  },
  examples: [
    { title: '上限以内', input: { days: 3 }, context: { referenceDate: '2025-06-01' } },
    { title: '上限超過', input: { days: 12 }, context: { referenceDate: '2025-06-01' } },
    { title: '日数なし', input: {}, context: { referenceDate: '2025-06-01' } },
  ],
};
const city = {
  city: 'testcity',
  name: 'テスト市',
  packageName: '@kaigo/rules-testcity',
  rules: [rule],
  parameters: [limit],
};

describe('renderCityPage', () => {
  it('runs every example through evaluate and prints its real outcome', () => {
    calls = 0;
    const page = renderCityPage(city);
    expect(calls).toBe(3);
    expect(page).toContain('# テスト市 ルールカタログ（`@kaigo/rules-testcity`）');
    expect(page).toContain(
      '自立支援型ケアマネジメント促進事業実施要領（`kobayashi-jiritsu-2025`） ３ 事業の流れ',
    );
    expect(page).toMatch(/\| 1\. 上限以内 \| 2025-06-01 \| 判定済み \| `true` \| — \|/);
    expect(page).toMatch(
      /\| 2\. 上限超過 \| 2025-06-01 \| 判定済み \| `false` \| `testcity.over` 上限を超えています。 \|/,
    );
    expect(page).toMatch(/\| 3\. 日数なし \| 2025-06-01 \| 判定不能（入力不足） \| — \| — \|/);
    expect(page).toContain('  - ✗ `testcity.over` 上限を超えています。');
    expect(page).toContain('  - 日数（`days`）');
  });

  it('lists each parameter with its dated values, unit, source and reading', () => {
    const page = renderCityPage(city);
    expect(page).toContain('### 上限日数');
    expect(page).toContain('- 単位: 日');
    expect(page).toContain('読み方: 暦日で数える。');
    expect(page).toContain(
      '| 2025-05-01 | 2026-04-01 の前日まで | `10` | 自立支援型ケアマネジメント促進事業実施要領（`kobayashi-jiritsu-2025`） ３ 事業の流れ |',
    );
    expect(page).toContain(
      '| 2026-04-01 | — | `14` | 自立支援型ケアマネジメント促進事業実施要領（`kobayashi-jiritsu-2025`） ３ 事業の流れ |',
    );
  });
});

describe('cityProblems', () => {
  it('refuses a rule without sources, a foreign id and a duplicate', () => {
    expect(cityProblems(city)).toEqual([]);
    const bad = { ...city, rules: [{ ...rule, sources: [] }, { ...rule, id: 'other.x' }, rule] };
    expect(cityProblems(bad)).toEqual([
      'testcity.within: 出典（sources）がありません',
      'other.x: id が testcity. で始まりません',
      'testcity.within: id が重複しています',
    ]);
  });
});
