// The lexicon used for one competency of any framework: its own (a user's edited copy), else the preset
// lexicon of the same id (copies keep preset ids), else that of an equivalent preset competency, else its name.
import type { Competency } from '../../domain/schemas';
import { equivalentCompetencyIds } from '../map-competencies';
import { presetLexicon } from './preset-lexicons';

/** The phrases that find `competency` in a job description (read-only; copy before editing). */
export function competencyLexicon(competency: Competency): readonly string[] {
  if (competency.lexicon) return competency.lexicon;
  const own = presetLexicon(competency.id);
  if (own) return own;
  for (const id of equivalentCompetencyIds(competency.id)) {
    const borrowed = presetLexicon(id);
    if (borrowed) return borrowed;
  }
  return [competency.name];
}
