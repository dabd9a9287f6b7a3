import type { Framework } from '../domain/schemas';
import { SENIOR_ML_ENGINEER } from './presets/senior-ml-engineer';
import { AMAZON_LEADERSHIP_PRINCIPLES } from './presets/amazon-leadership-principles';
import { META_FOCUS_AREAS } from './presets/meta-focus-areas';
import { GOOGLE_GOOGLEYNESS } from './presets/google-googleyness';
import { GENERIC_SENIOR_STAFF } from './presets/generic-senior-staff';

/** Frameworks that ship with the app, default first. Read-only: edit a copy (see copyFramework). */
export const PRESET_FRAMEWORKS: readonly Framework[] = Object.freeze(
  [SENIOR_ML_ENGINEER, AMAZON_LEADERSHIP_PRINCIPLES, META_FOCUS_AREAS, GOOGLE_GOOGLEYNESS, GENERIC_SENIOR_STAFF].map(
    deepFreeze,
  ),
);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const presetById = new Map(PRESET_FRAMEWORKS.map((f) => [f.id, f]));

export function presetFramework(id: string): Framework | undefined {
  return presetById.get(id);
}

export function isPresetFrameworkId(id: string): boolean {
  return presetById.has(id);
}
