// Shared by the job-focus tests that read one duty line or one posting at a time: the two preset frameworks, the
// competencies a posting asks for when its only line is that duty under a "Responsibilities" heading, and those a whole
// posting asks for (sorted ids).
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
