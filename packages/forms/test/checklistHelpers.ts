// Test-only helpers (not exported from the package): build checklists from intended item scores.
import type { BasicChecklist } from '../src/national/basicChecklist';
import { BASIC_CHECKLIST_ITEMS } from '../src/national/basicChecklistItems';
import type { ChecklistItemNo } from '../src/national/basicChecklistItems';
import type { ItemScore } from '../src/checklist/itemScore';

/** Builds a checklist whose items score as given (missing entries = unanswered). */
export function checklistFromScores(
  scores: Partial<Record<ChecklistItemNo, ItemScore>>,
): BasicChecklist {
  const answers: Record<string, 'yes' | 'no'> = {};
  let heightCm: number | undefined;
  let weightKg: number | undefined;
  for (const item of BASIC_CHECKLIST_ITEMS) {
    const s = scores[item.no];
    if (s === null || s === undefined) continue;
    if (item.no === 12) {
      heightCm = 160;
      weightKg = s === 1 ? 40 : 60;
      continue;
    }
    const scoring = item.scoringAnswer as 'yes' | 'no';
    answers[item.key] = s === 1 ? scoring : scoring === 'yes' ? 'no' : 'yes';
  }
  const out: BasicChecklist = { answers };
  if (heightCm !== undefined) out.heightCm = heightCm;
  if (weightKg !== undefined) out.weightKg = weightKg;
  return out;
}

/** Every item scoring 0 except the given overrides. */
export function allZeroExcept(
  overrides: Partial<Record<ChecklistItemNo, ItemScore>>,
): Partial<Record<ChecklistItemNo, ItemScore>> {
  const base: Partial<Record<ChecklistItemNo, ItemScore>> = {};
  for (const item of BASIC_CHECKLIST_ITEMS) base[item.no] = 0;
  return { ...base, ...overrides };
}
