import type { Finding } from '@kaigo/core';
import type { ValidationIssue } from '@kaigo/forms';

/**
 * 検証の指摘をルールの指摘（error）にする。メッセージは `@kaigo/forms` の日本語メッセージ（入力値を含まない）。
 *
 * @source akashi-policy-2023 （入力の検証。規定ではない）
 */
export function issuesToFindings(issues: readonly ValidationIssue[]): Finding[] {
  return issues.map((i) => ({
    code: `input.${i.code}`,
    severity: 'error',
    message: i.message,
    path: i.path,
  }));
}
