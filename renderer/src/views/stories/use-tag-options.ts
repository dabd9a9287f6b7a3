// Options for the tag pickers and filters, and one function that names any tag id.
import { useCallback, useMemo } from 'react';
import { activeFramework, competencyName } from '../../../../shared/competencies';
import type { Framework, Settings, Stage, Story } from '../../../../shared/domain/schemas';
import type { TagOption } from '../../components/TagPicker';
import { companiesIn } from './list/story-query';

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
  const companies = useMemo(() => companiesIn(stories), [stories]);
  const companyOptions = useMemo<TagOption[]>(() => companies.map((c) => ({ id: c, name: c })), [companies]);
  const stageNames = useMemo(() => new Map(stages.map((s) => [s.id, s.name])), [stages]);
  const tagName = useCallback((id: string) => stageNames.get(id) ?? competencyName(id, source), [stageNames, source]);
  return { competencyOptions, stageOptions, companyOptions, companies, tagName };
}
