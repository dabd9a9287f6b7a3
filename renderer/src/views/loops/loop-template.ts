// A typical five-round senior ML loop, to start from instead of a blank form. Focus competencies are
// written for the default framework and carried onto the loop's framework by the shared mapping.
import { mapCompetencies } from '#shared/competencies/index';
import type { Framework } from '#shared/domain/schemas';

const ROUNDS: { name: string; stageId: string; focus: string[] }[] = [
  { name: 'Hiring manager', stageId: 'hiring-manager', focus: ['ml.impact', 'ml.ownership'] },
  { name: 'ML system design', stageId: 'ml-system-design', focus: ['ml.tradeoffs', 'ml.technical-depth'] },
  { name: 'Project deep-dive', stageId: 'project-deep-dive', focus: ['ml.production-reliability', 'ml.ambiguity'] },
  { name: 'Behavioral', stageId: 'behavioral', focus: ['ml.conflict', 'ml.collaboration', 'ml.failure-learning'] },
  { name: 'Bar raiser', stageId: 'bar-raiser', focus: ['ml.leadership', 'ml.mentoring'] },
];

export function loopTemplate(framework: Framework): { name: string; stageId: string; focus: string[] }[] {
  return ROUNDS.map((r) => ({ ...r, focus: mapCompetencies(r.focus, framework).mapped.slice(0, 3) }));
}
