// Options for the tag pickers and filters, and one function that names any tag id.
import { useMemo } from 'react';
import { activeFramework, competencyName } from '#shared/competencies/index';
import type { Framework, Settings, Stage, Story } from '#shared/domain/schemas';
import type { TagOption } from '../../components/TagPicker';
import { companiesIn } from './list/story-query';

/**
 * Names any tag id, remembering each answer: search indexes every tag of every story, and resolving a
 * competency through the frameworks is not free.
 */
function tagNamer(stages: readonly Stage[], source: Parameters<typeof competencyName>[1]): (id: string) => string {
  const names = new Map(stages.map((s) => [s.id, s.name]));
  return (id) => {
    let name = names.get(id);
    if (name === undefined) names.set(id, (name = competencyName(id, source)));
    return name;
  };
}

const NAME_SEPARATOR = '\u0000';

export function useTagOptions(bank: {
  frameworks: readonly Framework[];
  stages: readonly Stage[];
  settings: Settings | null;
  stories: readonly Story[];
}) {
  const { frameworks, stages, settings, stories } = bank;
  const source = useMemo(
    () => ({ frameworks: [...frameworks], settings: settings ?? undefined }),
    [frameworks, settings],
  );
  const competencyOptions = useMemo<TagOption[]>(
    () => activeFramework(source).competencies.map((c) => ({ id: c.id, name: c.name, hint: c.description })),
    [source],
  );
  const stageOptions = useMemo<TagOption[]>(() => stages.map((s) => ({ id: s.id, name: s.name })), [stages]);
  // Every edit makes a new stories array; keyed by the names, the company list keeps its identity while
  // they are the same, so the options and the Companies picker do not change on each keystroke.
  const companiesKey = useMemo(() => companiesIn(stories).join(NAME_SEPARATOR), [stories]);
  const companies = useMemo(() => (companiesKey ? companiesKey.split(NAME_SEPARATOR) : []), [companiesKey]);
  const companyOptions = useMemo<TagOption[]>(() => companies.map((c) => ({ id: c, name: c })), [companies]);
  const tagName = useMemo(() => tagNamer(stages, source), [stages, source]);
  return { competencyOptions, stageOptions, companyOptions, companies, tagName };
}
