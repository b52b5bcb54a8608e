import type { FormDefinition } from '../meta/formDefinition';
import { basicChecklistForm } from './basicChecklist';

export * from './codes';
export * from './basicChecklist';

/** 全国様式の一覧。 */
export const nationalForms: readonly FormDefinition[] = [basicChecklistForm];
