import type { FormDefinition } from '@kaigo/forms';
import { iseharaSelfCheckSheetForm } from './selfCheckSheet';

export {
  ISEHARA_AFFILIATIONS,
  ISEHARA_SELF_CHECK_ANSWERS,
  ISEHARA_SELF_CHECK_STAGES,
  iseharaSelfCheckItemsSchema,
  iseharaSelfCheckSheetForm,
  iseharaSelfCheckSheetSchema,
  type IseharaSelfCheckAnswer,
  type IseharaSelfCheckItems,
  type IseharaSelfCheckSheet,
} from './selfCheckSheet';

/** この市の独自様式（モデル化した様式を含む）。 */
export const iseharaForms: readonly FormDefinition[] = [iseharaSelfCheckSheetForm];
