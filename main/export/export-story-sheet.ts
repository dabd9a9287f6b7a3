// The one call the export screen needs for the sheet: validate, plan, write. Returns the report with the file so
// the user sees what was shortened or left out before saving.
import { SheetInput, planSheet, type SheetPlan } from '#shared/sheet/index';
import { buildStorySheetDocx } from './story-sheet-docx';

export async function exportStorySheet(input: SheetInput): Promise<{ docx: Buffer; plan: SheetPlan }> {
  const plan = planSheet(SheetInput.parse(input));
  return { docx: await buildStorySheetDocx(plan), plan };
}
