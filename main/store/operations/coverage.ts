// The coverage matrix over the saved bank (stories × the active or a chosen framework, or × stages) as CSV.
// The screen computes the same matrix from the renderer's store.
import type { CoverageView } from '#shared/api/channels/coverage';
import { activeFramework, allFrameworks } from '#shared/competencies/index';
import { coverageCsv, coverageMatrix, stageCoverageMatrix, type CoverageMatrix } from '#shared/coverage/index';
import type { Bank } from '#shared/domain/schemas';
import { requireAnyFramework } from './frameworks';
import { readinessOf } from './planning-options';

interface BuiltMatrix {
  matrix: CoverageMatrix;
  /** The framework's name, or 'stages'. */
  name: string;
}

function buildMatrix(bank: Bank, view: CoverageView, frameworkId?: string): BuiltMatrix {
  if (view === 'stages') {
    return { matrix: stageCoverageMatrix(bank.stories, bank.stages, { readiness: readinessOf }), name: 'stages' };
  }
  const framework = frameworkId ? requireAnyFramework(bank, frameworkId) : activeFramework(bank);
  return {
    matrix: coverageMatrix(bank.stories, framework, { readiness: readinessOf, frameworks: allFrameworks(bank) }),
    name: framework.name,
  };
}

/** The matrix as CSV, with what names the file and how many columns it has. */
export function coverageCsvOf(
  bank: Bank,
  view: CoverageView,
  frameworkId?: string,
): { csv: string; name: string; columns: number } {
  const { matrix, name } = buildMatrix(bank, view, frameworkId);
  return { csv: coverageCsv(matrix), name, columns: matrix.columns.length };
}
