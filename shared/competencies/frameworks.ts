// Looking up frameworks and competencies across the presets and the user's own copies.
import type { Bank, Competency, Framework } from '../domain/schemas';
import { DEFAULT_FRAMEWORK_ID } from '../domain/defaults';
import { PRESET_FRAMEWORKS, isPresetFrameworkId, presetFramework } from './preset-frameworks';

type FrameworkSource = Pick<Bank, 'frameworks'> & { settings?: Pick<Bank['settings'], 'activeFrameworkId'> };

/** Presets first, then the user's frameworks. A stored framework that reuses a preset id is ignored: presets win. */
export function allFrameworks(bank?: Pick<Bank, 'frameworks'>): Framework[] {
  const own = (bank?.frameworks ?? []).filter((f) => !isPresetFrameworkId(f.id));
  return [...PRESET_FRAMEWORKS, ...own];
}

export function findFramework(id: string, bank?: Pick<Bank, 'frameworks'>): Framework | undefined {
  return presetFramework(id) ?? bank?.frameworks.find((f) => f.id === id);
}

/** The framework the user works in; falls back to the default preset if the setting points nowhere. */
export function activeFramework(bank: FrameworkSource): Framework {
  const id = bank.settings?.activeFrameworkId ?? DEFAULT_FRAMEWORK_ID;
  return findFramework(id, bank) ?? (presetFramework(DEFAULT_FRAMEWORK_ID) as Framework);
}

export interface ResolvedCompetency {
  competency: Competency;
  framework: Framework;
}

/**
 * Finds a competency by id. Copies keep their preset's competency ids (so tags survive switching between
 * a preset and its copy); when several frameworks hold the id, `preferFrameworkId` wins, then the
 * active framework, then user frameworks (which carry the user's edits), then presets.
 */
export function resolveCompetency(
  id: string,
  bank?: FrameworkSource,
  preferFrameworkId?: string,
): ResolvedCompetency | undefined {
  const own = bank?.frameworks ?? [];
  const preferred = [preferFrameworkId, bank?.settings?.activeFrameworkId]
    .filter((x): x is string => x !== undefined)
    .map((fid) => findFramework(fid, bank))
    .filter((f): f is Framework => f !== undefined);
  for (const framework of [...preferred, ...own, ...PRESET_FRAMEWORKS]) {
    const competency = framework.competencies.find((c) => c.id === id);
    if (competency) return { competency, framework };
  }
  return undefined;
}

/** A display name for a competency id, or the id itself when it is unknown (a tag from a deleted framework). */
export function competencyName(id: string, bank?: FrameworkSource, preferFrameworkId?: string): string {
  return resolveCompetency(id, bank, preferFrameworkId)?.competency.name ?? id;
}
