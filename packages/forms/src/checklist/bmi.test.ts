import { describe, expect, it } from 'vitest';
import {
  BMI_UNDERWEIGHT_THRESHOLD,
  bmi,
  formatBmi,
  isUnderweight,
  isUnderweightMeasured,
} from './bmi';
import { itemScore } from './itemScore';

describe('bmi (様式第一 No.12)', () => {
  it('is weight ÷ height(m) ÷ height(m), unrounded', () => {
    expect(bmi(200, 74)).toBe(18.5);
    expect(bmi(160, 48)).toBeCloseTo(18.75, 10);
    expect(bmi(150, 40)).toBeCloseTo(17.778, 3);
  });
  it('is null (unknown) when height or weight is missing or not positive', () => {
    expect(bmi(undefined, 50)).toBeNull();
    expect(bmi(160, undefined)).toBeNull();
    expect(bmi(0, 50)).toBeNull();
    expect(bmi(160, -1)).toBeNull();
    expect(bmi(Number.NaN, 50)).toBeNull();
  });
  it('compares the unrounded value with 18.5: exactly 18.5 is not 該当', () => {
    expect(BMI_UNDERWEIGHT_THRESHOLD).toBe(18.5);
    expect(isUnderweight(18.5)).toBe(false);
    expect(isUnderweight(18.499999)).toBe(true);
    expect(itemScore(12, { answers: {}, heightCm: 200, weightKg: 74 })).toBe(0);
    expect(itemScore(12, { answers: {}, heightCm: 200, weightKg: 73.99 })).toBe(1);
  });
  it('displays one decimal, which may show 18.5 for a 該当 value', () => {
    const v = bmi(200, 73.9);
    expect(v).not.toBeNull();
    expect(formatBmi(v as number)).toBe('18.5');
    expect(itemScore(12, { answers: {}, heightCm: 200, weightKg: 73.9 })).toBe(1);
    expect(formatBmi(17.777)).toBe('17.8');
    expect(formatBmi(20)).toBe('20.0');
  });
  it('No.12 is unknown, not 0, without height or weight', () => {
    expect(itemScore(12, { answers: {}, heightCm: 160 })).toBeNull();
    expect(itemScore(12, { answers: {}, weightKg: 40 })).toBeNull();
    expect(itemScore(12, { answers: {} })).toBeNull();
  });
  it('decides No.12 without floating-point division: 160 cm / 47.36 kg is exactly 18.5 (issue #18 gap 9)', () => {
    // 様式第一 No.12（注）: 18.5未満で該当. 47.36 / 1.6 / 1.6 is 18.499999… in floating point.
    expect(isUnderweight(bmi(160, 47.36) as number)).toBe(true); // the old, wrong path
    expect(isUnderweightMeasured(160, 47.36)).toBe(false);
    expect(itemScore(12, { heightCm: 160, weightKg: 47.36, answers: {} })).toBe(0);
    expect(isUnderweightMeasured(160, 47.35)).toBe(true);
    expect(itemScore(12, { heightCm: 160, weightKg: 47.35, answers: {} })).toBe(1);
    expect(isUnderweightMeasured(200, 74)).toBe(false);
    expect(isUnderweightMeasured(200, 73.99)).toBe(true);
    expect(isUnderweightMeasured(undefined, 50)).toBeNull();
  });
});
