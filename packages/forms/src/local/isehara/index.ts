import type { FormDefinition } from '../../meta/formDefinition';

/** この市の独自様式（モデル化した様式を含む）。 */
export const iseharaForms: readonly FormDefinition[] = [];
