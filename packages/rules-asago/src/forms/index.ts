import type { FormDefinition } from '@kaigo/forms';
import { asagoIkiikiSheetCareManagerForm } from './ikiikiSheetCareManager';
import { asagoIkiikiSheetSubjectForm } from './ikiikiSheetSubject';
import { asagoInformationSharingSheetForm } from './informationSharingSheet';

export { ASAGO_EVALUATION_KIND_CODES, ASAGO_SUPPORT_LEVEL_CODES } from './codes';
export {
  asagoIkiikiSheetSubjectForm,
  asagoIkiikiSheetSubjectSchema,
  type AsagoIkiikiSheetSubject,
} from './ikiikiSheetSubject';
export {
  asagoIkiikiSheetCareManagerForm,
  asagoIkiikiSheetCareManagerSchema,
  type AsagoIkiikiSheetCareManager,
} from './ikiikiSheetCareManager';
export {
  asagoInformationSharingSheetForm,
  asagoInformationSharingSheetSchema,
  type AsagoInformationSharingSheet,
} from './informationSharingSheet';

/** この市の独自様式（モデル化した様式を含む）。 */
export const asagoForms: readonly FormDefinition[] = [
  asagoIkiikiSheetSubjectForm,
  asagoIkiikiSheetCareManagerForm,
  asagoInformationSharingSheetForm,
];
