import type { FormDefinition } from '@kaigo/forms';
import { akashiDisasterPreparednessForm } from './disasterPreparedness';

export {
  akashiDisasterPreparednessForm,
  akashiDisasterPreparednessSchema,
  type AkashiDisasterPreparedness,
} from './disasterPreparedness';

/** この市の独自様式（モデル化した様式を含む）。 */
export const akashiForms: readonly FormDefinition[] = [akashiDisasterPreparednessForm];
