import { describe, expect, it } from 'vitest';
import { defineCity } from './defineCity';

const base = {
  id: 'sample',
  name: '架空市',
  prefecture: '架空県',
  sources: [],
  parameters: [],
  rules: [],
};

describe('defineCity', () => {
  it('finds a local form by id', () => {
    const form = { id: 'sample.sheet', title: '架空の様式' };
    const city = defineCity({ ...base, forms: [form] });
    expect(city.form('sample.sheet')).toBe(form);
    expect(city.form('sample.nope')).toBeUndefined();
    expect(city.form('national.basicChecklist')).toBeUndefined();
  });
  it("refuses a form whose id does not start with the city's id, and duplicates", () => {
    expect(() => defineCity({ ...base, forms: [{ id: 'other.sheet' }] })).toThrow(
      /様式 other\.sheet の id が sample\. で始まりません/,
    );
    expect(() => defineCity({ ...base, forms: [{ id: 'sample.a' }, { id: 'sample.a' }] })).toThrow(
      /様式 sample\.a が重複しています/,
    );
  });
});
