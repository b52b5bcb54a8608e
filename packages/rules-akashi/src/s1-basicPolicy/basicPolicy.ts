import type { PolicyStatement } from '../document';
import { cite } from '@kaigo/core';
import { AKASHI_DOCUMENT } from '../document';

/**
 * 前文: 明石市が「自立」をどう捉えるか（参照データ）。
 *
 * @source akashi-policy-2023 前文
 */
export const AKASHI_VIEW_OF_INDEPENDENCE: PolicyStatement = {
  id: 'viewOfIndependence',
  summary:
    '個人が主体的に自らの生き方を追求できること（「自分がこう生きたい、こうありたいと考える方向に向かって、主体的に人生を営んでゆけること」）を自立と捉える。',
  text: '明石市では、介護予防と自立支援の推進を図るため、個人が主体的に自らの生き方を追求できること、つまり、「自分がこう生きたい、こうありたいと考える方向に向かって、主体的に人生を営んでゆけること」を自立と捉え、下記のとおり自立支援等に資するケアマネジメントに関する基本方針を定めています。',
  citation: cite(AKASHI_DOCUMENT, '前文'),
};
