// User frameworks: editable copies of presets or frameworks of one's own. Presets ship with the app
// (shared/competencies) and are never stored in the bank.
import type { FrameworkList } from '#shared/api/channels/frameworks';
import { ApiError } from '#shared/api/errors';
import {
  activeFramework,
  allFrameworks,
  copyFramework as copyAnyFramework,
  findFramework as findAnyFramework,
} from '#shared/competencies/index';
import { DEFAULT_FRAMEWORK_ID } from '#shared/domain/defaults';
import { newId } from '#shared/domain/ids';
import { LIMITS } from '#shared/domain/limits';
import type { Bank, Competency, Framework, Settings } from '#shared/domain/schemas';
import type { BankStore } from '../bank-store';

export type CompetencyInput = Omit<Competency, 'id'> & { id?: string };
export interface FrameworkInput {
  name: string;
  basedOn?: string;
  competencies?: CompetencyInput[];
}

const withIds = (competencies: CompetencyInput[]): Competency[] =>
  competencies.map((c) => ({
    id: c.id ?? newId('comp'),
    name: c.name,
    description: c.description,
    // The phrases a job description uses for it (edited on a copy); dropping them lost the user's edits.
    ...(c.lexicon ? { lexicon: c.lexicon } : {}),
  }));

export function findFramework(bank: Bank, id: string): Framework {
  const framework = bank.frameworks.find((f) => f.id === id);
  if (!framework)
    throw new ApiError(
      'not-found',
      'This framework is not in the bank (built-in presets cannot be edited; make a copy first).',
    );
  return framework;
}

export function createFramework(store: BankStore, input: FrameworkInput): Promise<Framework> {
  const id = newId('fw');
  return store.update(
    (bank) => ({
      ...bank,
      frameworks: [
        ...bank.frameworks,
        {
          id,
          name: input.name,
          preset: false,
          ...(input.basedOn ? { basedOn: input.basedOn } : {}),
          competencies: withIds(input.competencies ?? []),
        },
      ],
    }),
    (bank) => findFramework(bank, id),
  );
}

export function updateFramework(
  store: BankStore,
  id: string,
  fields: { name?: string; competencies?: CompetencyInput[] },
): Promise<Framework> {
  return store.update(
    (bank) => {
      const current = findFramework(bank, id);
      const next: Framework = {
        ...current,
        ...(fields.name !== undefined ? { name: fields.name } : {}),
        ...(fields.competencies !== undefined ? { competencies: withIds(fields.competencies) } : {}),
      };
      return { ...bank, frameworks: bank.frameworks.map((f) => (f.id === id ? next : f)) };
    },
    (bank) => findFramework(bank, id),
  );
}

/** Removes a framework; answers with the settings (the active framework may have moved to another). */
export function deleteFramework(store: BankStore, id: string): Promise<Settings> {
  return store.update(
    (bank) => {
      const framework = findFramework(bank, id);
      const loop = bank.loops.find((l) => l.frameworkId === id);
      if (loop)
        throw new ApiError(
          'conflict',
          `“${framework.name}” is used by the ${loop.company} loop. Pick another framework for that loop first.`,
        );
      const settings =
        bank.settings.activeFrameworkId === id
          ? { ...bank.settings, activeFrameworkId: framework.basedOn ?? DEFAULT_FRAMEWORK_ID }
          : bank.settings;
      return { ...bank, settings, frameworks: bank.frameworks.filter((f) => f.id !== id) };
    },
    (after) => after.settings,
  );
}

/** Presets first, then the user's copies, and which one is active. */
export function frameworkList(bank: Bank): FrameworkList {
  return { frameworks: allFrameworks(bank), activeFrameworkId: activeFramework(bank).id };
}

/** Any framework, presets included (findFramework above finds only the user's own). */
export function requireAnyFramework(bank: Bank, id: string): Framework {
  const framework = findAnyFramework(id, bank);
  if (!framework) throw new ApiError('not-found', 'This framework no longer exists. Pick another one from the list.');
  return framework;
}

/** An editable copy of any framework (presets included), made active unless `activate` is false. */
export function copyFramework(
  store: BankStore,
  frameworkId: string,
  options: { name?: string; activate: boolean },
): Promise<Framework> {
  const copy = copyAnyFramework(
    requireAnyFramework(store.bank, frameworkId),
    options.name ? { name: options.name } : {},
  );
  return store.update(
    (bank) => {
      if (bank.frameworks.length >= LIMITS.frameworks)
        throw new ApiError(
          'too-large',
          `A bank can hold at most ${LIMITS.frameworks} frameworks of your own. Delete one first.`,
        );
      return {
        ...bank,
        frameworks: [...bank.frameworks, copy],
        settings: options.activate ? { ...bank.settings, activeFrameworkId: copy.id } : bank.settings,
      };
    },
    (bank) => bank.frameworks.find((f) => f.id === copy.id) ?? copy,
  );
}

/** Makes a framework (preset or the user's own) the active one; answers with the list. */
export function setActiveFramework(store: BankStore, frameworkId: string): Promise<FrameworkList> {
  requireAnyFramework(store.bank, frameworkId);
  return store.update(
    (bank) =>
      bank.settings.activeFrameworkId === frameworkId
        ? bank
        : { ...bank, settings: { ...bank.settings, activeFrameworkId: frameworkId } },
    frameworkList,
  );
}
