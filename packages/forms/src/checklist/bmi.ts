/**
 * No.12 の基準値: BMI がこの値「未満」で該当（18.5 ちょうどは非該当）。
 *
 * @source mhlw-kokuji-197-2015 様式第一 No.12（注）
 */
export const BMI_UNDERWEIGHT_THRESHOLD = 18.5;

/**
 * BMI（体重(kg)÷身長(m)÷身長(m)）を求める。丸めない値を返す。身長・体重のどちらかがない、
 * または正の有限数でなければ `null`（不明。0 ではない）。
 *
 * 丸めの規則: 様式は BMI を丸めてから比べるかを定めていないため、SDK は**丸めない値**を 18.5 と比べ、
 * 表示だけを小数第1位に四捨五入する（{@link formatBmi}）。そのため表示が「18.5」でも該当となる場合がある
 * （例: 身長 200cm・体重 73.9kg は BMI 18.475、表示 18.5、該当）。
 *
 * @source mhlw-kokuji-197-2015 様式第一 No.12（注）BMI＝体重(kg)÷身長(m)÷身長(m)
 * @example
 * ```ts
 * bmi(200, 74); // => 18.5
 * bmi(160, undefined); // => null
 * ```
 */
export function bmi(heightCm: number | undefined, weightKg: number | undefined): number | null {
  if (heightCm === undefined || weightKg === undefined) return null;
  if (!Number.isFinite(heightCm) || !Number.isFinite(weightKg)) return null;
  if (heightCm <= 0 || weightKg <= 0) return null;
  const heightM = heightCm / 100;
  return weightKg / heightM / heightM;
}

/**
 * BMI を表示用に小数第1位で四捨五入した文字列にする（判定には使わない）。
 *
 * @example
 * ```ts
 * formatBmi(18.475); // => '18.5'
 * ```
 */
export function formatBmi(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/**
 * No.12 の判定: 丸めない BMI が 18.5 未満なら該当。
 *
 * @source mhlw-kokuji-197-2015 様式第一 No.12（注）18.5未満の場合に該当
 * @example
 * ```ts
 * isUnderweight(18.49); // => true
 * isUnderweight(18.5); // => false
 * ```
 */
export function isUnderweight(bmiValue: number): boolean {
  return bmiValue < BMI_UNDERWEIGHT_THRESHOLD;
}

/**
 * No.12 の判定を身長・体重から直接行う（浮動小数の BMI を経由しない）。BMI＜18.5 を整数の比較
 * `体重(g) × 2000 < 37 × 身長(mm)²` に直して比べるので、160cm・47.36kg（BMI ちょうど 18.5）は非該当になる
 * （浮動小数の割り算では 18.499999… となり該当と誤る）。体重は 1g、身長は 0.1mm に丸めてから比べる。
 * 身長・体重のどちらかがない、または正の有限数でなければ `null`。
 *
 * @source mhlw-kokuji-197-2015 様式第一 No.12（注）BMI＝体重(kg)÷身長(m)÷身長(m)、18.5未満の場合に該当
 * @example
 * ```ts
 * isUnderweightMeasured(160, 47.36); // => false（ちょうど 18.5）
 * isUnderweightMeasured(160, 47.35); // => true
 * ```
 */
export function isUnderweightMeasured(
  heightCm: number | undefined,
  weightKg: number | undefined,
): boolean | null {
  if (bmi(heightCm, weightKg) === null) return null;
  const grams = Math.round((weightKg as number) * 1000);
  const mm = Math.round((heightCm as number) * 10);
  return grams * 2000 < 37 * mm * mm;
}
