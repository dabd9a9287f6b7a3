// Handlers for frameworks as the planner sees them, the coverage matrix and its CSV export.
import { ApiError } from '../../../shared/api/errors';
import type { CoverageMatrixDto, CoverageView, FrameworkList } from '../../../shared/api/channels/planning';
import { activeFramework, copyFramework, findFramework } from '../../../shared/competencies';
import { coverageCsv, coverageMatrix, stageCoverageMatrix, type CoverageMatrix } from '../../../shared/coverage';
import type { Bank } from '../../../shared/domain/schemas';
import { LIMITS } from '../../../shared/domain/limits';
import { exportFileName } from '../../export/file-names';
import { deliverFile } from '../../export/save-file';
import type { HandlerContext } from '../context';
import type { HandlersFor } from '../handler-table';
import { bankStore, currentBank, frameworksOf, readinessOf } from './planning-bank';

function frameworkList(bank: Bank): FrameworkList {
  return { frameworks: frameworksOf(bank), activeFrameworkId: activeFramework(bank).id };
}

function requireFramework(bank: Bank, id: string) {
  const framework = findFramework(id, bank);
  if (!framework) throw new ApiError('not-found', 'This framework no longer exists. Pick another one from the list.');
  return framework;
}

function buildMatrix(
  bank: Bank,
  view: CoverageView,
  frameworkId?: string,
): { matrix: CoverageMatrix; name: string; descriptions?: Map<string, string> } {
  if (view === 'stages') {
    return { matrix: stageCoverageMatrix(bank.stories, bank.stages, { readiness: readinessOf }), name: 'stages' };
  }
  const framework = frameworkId ? requireFramework(bank, frameworkId) : activeFramework(bank);
  return {
    matrix: coverageMatrix(bank.stories, framework, { readiness: readinessOf, frameworks: frameworksOf(bank) }),
    name: framework.name,
    descriptions: new Map(framework.competencies.map((c) => [c.id, c.description])),
  };
}

function toDto(bank: Bank, view: CoverageView, frameworkId?: string): CoverageMatrixDto {
  const { matrix, name, descriptions } = buildMatrix(bank, view, frameworkId);
  return {
    view,
    ...(matrix.frameworkId ? { frameworkId: matrix.frameworkId, frameworkName: name } : {}),
    columns: matrix.columns.map((c) => ({
      ...c,
      ...(descriptions?.has(c.id) ? { description: descriptions.get(c.id) } : {}),
    })),
    rows: matrix.rows,
    gaps: matrix.gaps,
    minReady: matrix.minReady,
    excluded: matrix.excluded,
  };
}

async function exportCsv(
  bank: Bank,
  view: CoverageView,
  frameworkId: string | undefined,
  saveWithDialog: boolean,
  context: HandlerContext,
) {
  const { matrix, name } = buildMatrix(bank, view, frameworkId);
  const csv = coverageCsv(matrix);
  const fileName = exportFileName('coverage', name, new Date(), 'csv');
  if (!saveWithDialog || !context.native.showSaveDialog) return { fileName, csv };
  // The same path as every other export: native dialog, durable write, last folder remembered.
  const saved = await deliverFile(context, {
    type: 'csv',
    fileName,
    data: csv,
    title: 'Export the coverage matrix',
    stories: matrix.columns.length,
  });
  return { fileName, csv, savedTo: saved.delivery === 'saved' ? saved.path : undefined };
}

export const planningHandlers: HandlersFor<
  'listFrameworks' | 'copyFramework' | 'setActiveFramework' | 'coverageMatrix' | 'exportCoverageCsv'
> = {
  listFrameworks: (_request, context) => frameworkList(currentBank(context)),

  copyFramework: ({ frameworkId, name, activate }, context) => {
    const store = bankStore(context);
    const source = requireFramework(store.bank, frameworkId);
    const copy = copyFramework(source, name ? { name } : {});
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
          settings: activate ? { ...bank.settings, activeFrameworkId: copy.id } : bank.settings,
        };
      },
      (bank) => bank.frameworks.find((f) => f.id === copy.id) ?? copy,
    );
  },

  setActiveFramework: ({ frameworkId }, context) => {
    const store = bankStore(context);
    requireFramework(store.bank, frameworkId);
    return store.update(
      (bank) =>
        bank.settings.activeFrameworkId === frameworkId
          ? bank
          : { ...bank, settings: { ...bank.settings, activeFrameworkId: frameworkId } },
      frameworkList,
    );
  },

  coverageMatrix: ({ view, frameworkId }, context) => toDto(currentBank(context), view, frameworkId),

  exportCoverageCsv: ({ view, frameworkId, saveWithDialog }, context) =>
    exportCsv(currentBank(context), view, frameworkId, saveWithDialog, context),
};
