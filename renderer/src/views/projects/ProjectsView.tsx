// Projects: the stories grouped by project, and for each project its depth map (the layers an
// interviewer probes, what covers them, what to prepare) and its one-page deep-dive sheet.
import { useMemo, useState } from 'react';
import { useBank } from '../../data/bank-context';
import { listProjects, projectKey } from '#shared/projects/index';
import { NewProjectForm } from './NewProjectForm';
import { ProjectDetail } from './ProjectDetail';
import { ProjectList } from './ProjectList';
import './projects.css';

export function ProjectsView() {
  const status = useBank((b) => b.status);
  const stories = useBank((b) => b.stories);
  const stored = useBank((b) => b.projects);
  const projects = useMemo(() => listProjects(stories, stored), [stories, stored]);
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = projects.find((p) => p.key === chosen) ?? projects[0];

  if (status === 'loading') return <p className="muted">Loading projects…</p>;
  return (
    <div className="projects-view" data-testid="projects-view">
      <aside className="projects-side" aria-label="Projects">
        <NewProjectForm onCreated={(name) => setChosen(projectKey(name))} />
        <ProjectList projects={projects} selectedKey={selected?.key} onSelect={setChosen} />
      </aside>
      {selected ? (
        <ProjectDetail key={selected.key} project={selected} onRenamed={(name) => setChosen(projectKey(name))} />
      ) : (
        <section className="panel projects-empty">
          <h2>No projects yet</h2>
          <p>
            Interviewers ask you to take one project and go as deep as they like: the problem, the data, the approach
            and what you ruled out, the system, how you evaluated it, the launch, what you watched after, what went
            wrong, and what was yours. Create a project, link the stories about it, and the depth map shows which of
            those layers your stories already cover and which questions to prepare.
          </p>
        </section>
      )}
    </div>
  );
}
