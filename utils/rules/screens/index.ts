/** Rules of the project-entry screens M2–M5 (see each module for the circular or note it follows). */
import type { Rule } from '../context';
import type { StepScreenId } from '@/utils/profile/form-screens';
import { everyFieldFilledOnAnyScreen } from '../completeness';
import { projectPeriodValid } from './general-info';
import { amountsAreNumbers } from './numbers';
import { activitiesConsistent } from './activities';
import { spendingPlanSums } from './spending-plan';

/**
 * Every step screen gets "every field filled" (plan sections included: no plan rule runs here
 * to own them) and its own checks; the M6 slider and plan rules never run on them.
 */
export const STEP_RULES: Record<StepScreenId, Rule[]> = {
  generalInfo: [everyFieldFilledOnAnyScreen, projectPeriodValid, amountsAreNumbers],
  projectDetails: [everyFieldFilledOnAnyScreen, amountsAreNumbers],
  activities: [everyFieldFilledOnAnyScreen, activitiesConsistent, amountsAreNumbers],
  spendingPlan: [everyFieldFilledOnAnyScreen, spendingPlanSums, amountsAreNumbers],
};
