import type { Citation, IsoDate } from '@kaigo/core';
import { cite, isoDate } from '@kaigo/core';

/** 出典文書 id（`shared/seeds/README.md` の id）。 */
export const AKASHI_DOCUMENT = 'akashi-policy-2023' as const;

/**
 * 明石市の基本方針等の適用開始日。文書は「2023年（令和５年）４月」とだけ記し日を示さないため、
 * 4月1日から適用と読む（月の初日が最も字義に近い読み方）。
 *
 * @source akashi-policy-2023 表題（2023年（令和５年）４月）
 */
export const AKASHI_POLICY_FROM: IsoDate = isoDate('2023-04-01');

/**
 * 明石市の基本方針等の節を引用する。
 *
 * @source akashi-policy-2023 （全体）
 * @example
 * ```ts
 * akashiCite('３（３）類型'); // => { document: 'akashi-policy-2023', section: '３（３）類型' }
 * ```
 */
export function akashiCite(section: string, quote?: string): Citation {
  return cite(AKASHI_DOCUMENT, section, quote);
}
