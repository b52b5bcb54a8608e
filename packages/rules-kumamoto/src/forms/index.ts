import type { FormDefinition } from '@kaigo/forms';
import { kumamotoAdviceReviewForm } from './adviceReview';

export * from './adviceReview';

/** この市の独自様式（モデル化した様式を含む）。 */
export const kumamotoForms: readonly FormDefinition[] = [kumamotoAdviceReviewForm];
