// The report of `eval-across-writers` as lines, apart from the analyzer run so a test can feed it small figures:
// per readable group and flag tp/fp/fn P R with the spent-writer and readable sums, the figures-only groups, and
// before → after against a saved run. Groups named by `--hide` (scripts/hidden-groups.ts) are left out of every
// line and every sum and count; `saveFigures` still writes them, so the end-of-work `--reveal` can compare them.
import { writeFileSync } from 'node:fs';
import { formatComparison, formatFigures, sumFigures, type GroupFigures } from '#shared/analysis/writer-groups';
import { NOTHING_HIDDEN, hiddenNote, hideHeader, shownOnly, type HiddenGroups } from './hidden-groups';

const nameOf = (g: GroupFigures) => g.name;

/** The figures lines (and the comparison lines when `before` is given), hidden groups left out of all of them. */
export function acrossWritersReport(
  figures: readonly GroupFigures[],
  hide: HiddenGroups = NOTHING_HIDDEN,
  before?: { file: string; figures: readonly GroupFigures[] },
): string[] {
  const names = figures.map(nameOf);
  const shown = shownOnly(hide, figures, nameOf);
  const readableAll = figures.filter((g) => !g.figuresOnly);
  const readable = shown.filter((g) => !g.figuresOnly);
  const figuresOnlyAll = figures.filter((g) => g.figuresOnly);
  const figuresOnly = shown.filter((g) => g.figuresOnly);
  const spentAll = readableAll.filter((g) => g.name.startsWith('fresh-'));
  const spent = readable.filter((g) => g.name.startsWith('fresh-'));
  const lines = [...hideHeader(hide, names)];
  lines.push(
    ...formatFigures([
      ...readable,
      sumFigures(`spent writers${hiddenNote(hide, spentAll.map(nameOf))}`, spent),
      sumFigures(`all readable${hiddenNote(hide, readableAll.map(nameOf))}`, readable),
    ]),
  );
  lines.push('', 'figures only (no rows are ever shown for these)');
  lines.push(
    ...formatFigures([
      ...figuresOnly,
      sumFigures(`figures-only total${hiddenNote(hide, figuresOnlyAll.map(nameOf))}`, figuresOnly),
    ]),
  );
  if (before) {
    // Hidden groups leave the pairs, so neither their lines nor the better/worse counts can show them.
    const note = hiddenNote(hide, names);
    lines.push('', `before (${before.file}) → after${note}`);
    const compared = formatComparison(shownOnly(hide, before.figures, nameOf), shown);
    // Each count line says how many of the groups it counts over were left out.
    const readableNote = hiddenNote(hide, readableAll.map(nameOf));
    const figuresOnlyNote = hiddenNote(hide, figuresOnlyAll.map(nameOf));
    lines.push(
      ...compared.map((line) =>
        /^\s*improved on/.test(line)
          ? line + readableNote
          : /^\s*figures-only groups:/.test(line)
            ? line + figuresOnlyNote
            : line,
      ),
    );
  }
  return lines;
}

/** Writes every group's figures, the hidden ones too, for a later `--compare`. */
export function saveFigures(file: string, figures: readonly GroupFigures[]): void {
  writeFileSync(file, `${JSON.stringify(figures, null, 1)}\n`);
}
