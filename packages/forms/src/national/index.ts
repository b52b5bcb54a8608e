import type { FormDefinition } from '../meta/formDefinition';

/** 全国様式の一覧。 */
export const nationalForms: readonly FormDefinition[] = [];
