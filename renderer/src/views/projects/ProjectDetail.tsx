// One project: its name and deep-dive mark, the stories in it, its depth map and its one-page sheet.
import { useMemo, useState } from 'react';
import { errorMessage } from '#shared/api/errors';
import { depthMap, type ProjectEntry } from '#shared/projects/index';
import { useBankStore } from '../../data/bank-context';
import { DeepDiveExport } from './DeepDiveExport';
import { DeleteProjectDialog } from './DeleteProjectDialog';
import { DepthMapPanel } from './DepthMapPanel';
import { ProjectName } from './ProjectName';
import { StoryLinks } from './StoryLinks';
import { startAction } from '../../app/start-action';

export function ProjectDetail({ project, onRenamed }: { project: ProjectEntry; onRenamed: (name: string) => void }) {
  const store = useBankStore();
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const notes = project.stored?.layerNotes;
  const map = useMemo(
    () => depthMap({ name: project.name, stories: project.stories, layerNotes: notes }),
    [project.name, project.stories, notes],
  );
  const deepDive = project.stored?.deepDive ?? false;

  const toggleDeepDive = async () => {
    setError(null);
    try {
      await store.updateProject({ name: project.name, changes: { deepDive: !deepDive } });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="project-detail" aria-labelledby="project-title" data-testid="project-detail">
      <header className="project-head">
        <ProjectName project={project} onRenamed={onRenamed} />
        <div className="project-actions">
          <button
            type="button"
            className="button"
            aria-pressed={deepDive}
            onClick={() => startAction(toggleDeepDive())}
          >
            {deepDive ? '★ Your deep dive' : '☆ Make this my deep dive'}
          </button>
          <button type="button" className="button danger" onClick={() => setDeleting(true)}>
            Delete project…
          </button>
        </div>
      </header>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="project-summary" data-testid="depth-summary">
        {map.counts.covered} of {map.layers.length} layers covered
        {map.counts.thin ? `, ${map.counts.thin} thin` : ''}
        {map.counts.missing ? `, ${map.counts.missing} with nothing yet` : ''}
        {' · '}
        {map.layers.reduce((sum, l) => sum + l.unanswered, 0)} questions to prepare
      </p>
      <StoryLinks project={project} />
      <DepthMapPanel project={project} map={map} />
      <DeepDiveExport project={project} />
      <DeleteProjectDialog project={project} open={deleting} onClose={() => setDeleting(false)} />
    </section>
  );
}
