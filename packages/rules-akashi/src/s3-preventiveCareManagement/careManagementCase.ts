import { enumField, booleanField, dateField, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { CARE_MANAGEMENT_TYPES, PROCESS_STEPS } from './processTable';

/**
 * 実施した手順1件（手順と実施日）。同じ手順を複数回記録してよい（モニタリングの繰り返しなど）。
 *
 * @source akashi-policy-2023 ３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】
 */
export const processStepRecordSchema = withMeta(
  z.strictObject({
    /** 手順。 */
    step: enumField(PROCESS_STEPS, { label: '手順' }),
    /** 実施日。 */
    date: dateField({ label: '実施日' }),
  }),
  { label: '実施した手順' },
);

/**
 * 介護予防ケアマネジメントの1ケースの記録（{@link checkCareManagementCase} の入力）。
 * 各欄は任意: 未入力は「いいえ」ではなく、判定に必要なら不足入力として返す。
 *
 * - `type`: 類型（`A`・`B`・`C`）
 * - `delegated`: 指定居宅介護支援事業所へ委託しているか
 * - `steps`: 実施した手順と実施日（表の列の手順）
 * - `closed`: ケースのプロセスを終えたか。`true` なら記録のない ○ の手順はすべて欠落、それ以外（未入力を含む）は
 *   最後に記録された手順より後の手順を「未実施（進行中）」として扱う
 *
 * @source akashi-policy-2023 ３（３）類型、３（２）実施主体
 */
export const careManagementCaseSchema = z.strictObject({
  /** 類型（ケアマネジメントＡ・Ｂ・Ｃ）。 */
  type: enumField(CARE_MANAGEMENT_TYPES, {
    label: '介護予防ケアマネジメントの類型',
    description: 'ケアマネジメントＡ・Ｂ・Ｃ（A/B/C）',
  }).optional(),
  /** 指定居宅介護支援事業所へ委託しているか。 */
  delegated: booleanField({ label: '指定居宅介護支援事業所への委託' }).optional(),
  /** ケースのプロセスを終えたか。 */
  closed: booleanField({ label: 'プロセスの終了' }).optional(),
  /** 実施した手順と実施日。 */
  steps: withMeta(z.array(processStepRecordSchema).max(500), {
    label: '実施した手順の記録',
  }).optional(),
});

/** 介護予防ケアマネジメントの1ケースの記録（{@link careManagementCaseSchema} の型）。 */
export type CareManagementCase = z.infer<typeof careManagementCaseSchema>;
