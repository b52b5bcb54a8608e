import { withMeta } from '@kaigo/forms';
import type { FieldOptions } from '@kaigo/forms';
import * as z from 'zod';

/**
 * 列挙の項目（日本語ラベルつき）。型は写像型で返す（ドキュメントで値ごとの欄に展開されないように）（内部用）。
 *
 * @source isehara-tenken-2024 ４
 * @example
 * ```ts
 * const kind = enumField(['a', 'b'] as const, { label: '種類' });
 * ```
 */
export function enumField<const T extends readonly [string, ...string[]]>(
  values: T,
  meta: FieldOptions,
): z.ZodEnum<{ [K in T[number]]: K }> {
  return withMeta(z.enum(values) as unknown as z.ZodEnum<{ [K in T[number]]: K }>, meta);
}
