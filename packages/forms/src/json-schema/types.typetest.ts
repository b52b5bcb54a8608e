// Type-level test (compiled by `tsc -p tsconfig.json`; no runtime code): the .d.ts generated from the draft-07
// JSON Schemas by json-schema-to-typescript and the zod-inferred input types describe the same values.
// Optional properties are compared without `| undefined` (zod adds it; the .d.ts does not).
import type * as z from 'zod';
import type { Assessment as GAssessment } from '../../schemas/types/national.assessment';
import type { BasicChecklist as GBasicChecklist } from '../../schemas/types/national.basicChecklist';
import type { CarePlan1 as GCarePlan1 } from '../../schemas/types/national.carePlan1';
import type { CarePlan2 as GCarePlan2 } from '../../schemas/types/national.carePlan2';
import type { CarePlan3 as GCarePlan3 } from '../../schemas/types/national.carePlan3';
import type { CarePlan4 as GCarePlan4 } from '../../schemas/types/national.carePlan4';
import type { CarePlan5 as GCarePlan5 } from '../../schemas/types/national.carePlan5';
import type { CarePlan6 as GCarePlan6 } from '../../schemas/types/national.carePlan6';
import type { CarePlan7 as GCarePlan7 } from '../../schemas/types/national.carePlan7';
import type { IssueSummary as GIssueSummary } from '../../schemas/types/national.issueSummary';
import type { IssueSummaryEvaluation as GIssueSummaryEvaluation } from '../../schemas/types/national.issueSummaryEvaluation';
import type { MonitoringRecord as GMonitoringRecord } from '../../schemas/types/national.monitoringRecord';
import type { PreventionEvaluation as GPreventionEvaluation } from '../../schemas/types/national.preventionEvaluation';
import type { PreventionPlan as GPreventionPlan } from '../../schemas/types/national.preventionPlan';
import type { UserBasicInfo as GUserBasicInfo } from '../../schemas/types/national.userBasicInfo';
import type { UserSupplement as GUserSupplement } from '../../schemas/types/national.userSupplement';
import type { assessmentSchema } from '../national/assessment';
import type { basicChecklistSchema } from '../national/basicChecklist';
import type { carePlan1Schema } from '../national/carePlan1';
import type { carePlan2Schema } from '../national/carePlan2';
import type { carePlan3Schema } from '../national/carePlan3';
import type { carePlan4Schema } from '../national/carePlan4';
import type { carePlan5Schema } from '../national/carePlan5';
import type { carePlan6Schema } from '../national/carePlan6';
import type { carePlan7Schema } from '../national/carePlan7';
import type { issueSummarySchema } from '../national/issueSummary';
import type { issueSummaryEvaluationSchema } from '../national/issueSummaryEvaluation';
import type { monitoringRecordSchema } from '../national/monitoringRecord';
import type { preventionEvaluationSchema } from '../national/preventionEvaluation';
import type { preventionPlanSchema } from '../national/preventionPlan';
import type { userBasicInfoSchema } from '../national/userBasicInfo';
import type { userSupplementSchema } from '../national/userSupplement';

type Normalize<T> = T extends readonly (infer U)[]
  ? Normalize<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Normalize<Exclude<T[K], undefined>> }
    : T;
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Agree<S extends z.ZodType, G> = Equals<Normalize<z.input<S>>, Normalize<G>>;

/** Fails to compile when a generated type and the zod type disagree. */
export type GeneratedTypesAgree = [
  Agree<typeof basicChecklistSchema, GBasicChecklist>,
  Agree<typeof userBasicInfoSchema, GUserBasicInfo>,
  Agree<typeof preventionPlanSchema, GPreventionPlan>,
  Agree<typeof preventionEvaluationSchema, GPreventionEvaluation>,
  Agree<typeof carePlan1Schema, GCarePlan1>,
  Agree<typeof carePlan2Schema, GCarePlan2>,
  Agree<typeof carePlan3Schema, GCarePlan3>,
  Agree<typeof carePlan4Schema, GCarePlan4>,
  Agree<typeof carePlan5Schema, GCarePlan5>,
  Agree<typeof carePlan6Schema, GCarePlan6>,
  Agree<typeof carePlan7Schema, GCarePlan7>,
  Agree<typeof userSupplementSchema, GUserSupplement>,
  Agree<typeof issueSummarySchema, GIssueSummary>,
  Agree<typeof issueSummaryEvaluationSchema, GIssueSummaryEvaluation>,
  Agree<typeof assessmentSchema, GAssessment>,
  Agree<typeof monitoringRecordSchema, GMonitoringRecord>,
];

const allTrue: GeneratedTypesAgree = [
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
];
void allTrue;
