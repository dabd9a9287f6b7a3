// Shared by the job-focus tests that read one duty line or one posting at a time: the two preset frameworks, the
// competencies a posting asks for when its only line is that duty under a "Responsibilities" heading, those a whole
// posting asks for (sorted ids), and the one test each of our own labeled rows gets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { extractJobFocus, presetFramework } from '#shared/competencies/index';

type Framework = NonNullable<ReturnType<typeof presetFramework>>;

export const generic = presetFramework('generic-senior-staff')!;
export const ml = presetFramework('senior-ml-engineer')!;

/** The competency ids a posting asks for when its one duty line is `line`. */
export function askedInDuty(line: string, framework: Framework): string[] {
  return extractJobFocus(`Responsibilities\n- ${line}`, framework)
    .competencies.map((c) => c.id)
    .sort();
}

/** The competency ids a whole posting `text` asks for (sorted ids). */
export function askedInText(text: string, framework: Framework): string[] {
  return extractJobFocus(text, framework)
    .competencies.map((c) => c.id)
    .sort();
}

/** One of our own labeled rows: a generic competency, whether the line asks for it (else a near miss), the line. */
export type AskRow = readonly [competency: string, asked: boolean, line: string];

/**
 * Registers, inside the caller's `describe`, one test per row: what `read` finds in the row's line holds
 * `generic.<competency>` when the row asks for it and lacks it when the row is a near miss. `read` is one duty line
 * under a "Responsibilities" heading unless given.
 */
export function itReadsAskRows(
  rows: readonly AskRow[],
  read: (line: string) => string[] = (line) => askedInDuty(line, generic),
): void {
  it.each(rows)('%s %s: %s', (competency, asked, line) => {
    const found = read(line);
    if (asked) expect(found).toContain(`generic.${competency}`);
    else expect(found).not.toContain(`generic.${competency}`);
  });
}

/** What a whole small posting asks for when `line` has a line break, else what one duty line asks for (generic). */
export function askedInLineOrPosting(line: string): string[] {
  return line.includes('\n') ? askedInText(line, generic) : askedInDuty(line, generic);
}

/**
 * Our own labeled rows in `dir/file` (`{ rows: [{ competency, asked, line }] }`, a line being one duty line or, with a
 * line break, a whole small posting) as ask rows, leaving out the lines the rules still read wrongly (`notYetRead`,
 * kept as todos by the caller).
 */
export function ownAskRows(dir: string, file: string, notYetRead: readonly string[]): AskRow[] {
  const { rows } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
    rows: { competency: string; asked: boolean; line: string }[];
  };
  return rows.filter((r) => !notYetRead.includes(r.line)).map((r) => [r.competency, r.asked, r.line] as const);
}
