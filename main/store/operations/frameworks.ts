// User frameworks: editable copies of presets or frameworks of one's own. Presets ship with the app
// (shared/competencies) and are never stored in the bank.
import { ApiError } from '../../../shared/api/errors';
import { DEFAULT_FRAMEWORK_ID } from '../../../shared/domain/defaults';
import { newId } from '../../../shared/domain/ids';
import type { Bank, Competency, Framework, Settings } from '../../../shared/domain/schemas';
import type { BankStore } from '../bank-store';

export type CompetencyInput = Omit<Competency, 'id'> & { id?: string };
export interface FrameworkInput {
  name: string;
  basedOn?: string;
  competencies?: CompetencyInput[];
}

const withIds = (competencies: CompetencyInput[]): Competency[] =>
  competencies.map((c) => ({ id: c.id ?? newId('comp'), name: c.name, description: c.description }));

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
