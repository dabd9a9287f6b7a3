// Editing the user's own frameworks. Presets are read-only: every edit starts from copyFramework.
import { ApiError } from '../api/errors';
import { newId } from '../domain/ids';
import type { Competency, Framework } from '../domain/schemas';
import { competencyLexicon } from './lexicons/competency-lexicon';

/**
 * An editable copy. Competency ids are kept, so stories tagged for the original count for the copy
 * and the cross-framework mapping still applies to them. Each competency carries its job-description
 * lexicon, so the user can edit the phrases along with the rest.
 */
export function copyFramework(source: Framework, options: { id?: string; name?: string } = {}): Framework {
  return {
    id: options.id ?? newId('framework'),
    name: options.name ?? `${source.name} (copy)`,
    preset: false,
    basedOn: source.id,
    competencies: source.competencies.map((c) => ({ ...c, lexicon: [...competencyLexicon(c)] })),
  };
}

function assertEditable(framework: Framework): void {
  if (framework.preset)
    throw new ApiError('invalid-request', `"${framework.name}" is a preset and cannot be edited. Make a copy first.`);
}

export function renameFramework(framework: Framework, name: string): Framework {
  assertEditable(framework);
  return { ...framework, name };
}

/** Adds a competency with a fresh id (user competencies never reuse a preset id). */
export function addCompetency(
  framework: Framework,
  fields: Omit<Competency, 'id'>,
  id: string = newId('comp'),
): Framework {
  assertEditable(framework);
  if (framework.competencies.some((c) => c.id === id))
    throw new ApiError('conflict', `A competency with id "${id}" already exists.`);
  return { ...framework, competencies: [...framework.competencies, { id, ...fields }] };
}

export function updateCompetency(framework: Framework, id: string, fields: Partial<Omit<Competency, 'id'>>): Framework {
  assertEditable(framework);
  if (!framework.competencies.some((c) => c.id === id))
    throw new ApiError('not-found', `No competency "${id}" in "${framework.name}".`);
  return { ...framework, competencies: framework.competencies.map((c) => (c.id === id ? { ...c, ...fields } : c)) };
}

/** Removes a competency from the framework. Stories keep the tag; it simply stops counting here. */
export function removeCompetency(framework: Framework, id: string): Framework {
  assertEditable(framework);
  return { ...framework, competencies: framework.competencies.filter((c) => c.id !== id) };
}
