// The app's top-level views, in navigation order. Each view is one folder in renderer/src/views/.
// Ctrl/Cmd+1…8 switch between them (shown in the menu and the shortcuts sheet).
// Stories is where the app opens, so it is in the first bundle; the other views are their own chunks
// (with their libraries: charts, drag and drop…), fetched once the bank is on screen (see ViewPreloader.tsx),
// which keeps cold start short and view switches instant.
import type { ComponentType } from 'react';
import { StoriesView } from '../views/stories/StoriesView';
import { lazyView } from './lazy-view';

const coverage = lazyView(() => import('../views/coverage/CoverageView').then((m) => m.CoverageView));
const projects = lazyView(() => import('../views/projects/ProjectsView').then((m) => m.ProjectsView));
const loops = lazyView(() => import('../views/loops/LoopsView').then((m) => m.LoopsView));
const companies = lazyView(() => import('../views/companies/CompaniesView').then((m) => m.CompaniesView));
const practice = lazyView(() => import('../views/practice/PracticeView').then((m) => m.PracticeView));
const exportView = lazyView(() => import('../views/export/ExportView').then((m) => m.ExportView));
const settings = lazyView(() => import('../views/settings/SettingsView').then((m) => m.SettingsView));

/** Fetches every on-demand view; called once the first screen is painted. */
export function preloadViews(): void {
  for (const view of [coverage, projects, loops, companies, practice, exportView, settings])
    // A view that could not be fetched says so when it is opened (lazy-view.tsx), and tries again.
    void view.preload().catch(() => {});
}

export interface ViewDef {
  id: string;
  label: string;
  /** One line under the title, saying what the view is for. */
  blurb: string;
  Component: ComponentType;
}

export const VIEWS: ViewDef[] = [
  {
    id: 'stories',
    label: 'Stories',
    blurb: 'Draft your STAR stories; vague claims are marked as you type.',
    Component: StoriesView,
  },
  {
    id: 'coverage',
    label: 'Coverage',
    blurb: 'Which competencies your stories cover, and where the gaps are.',
    Component: coverage.Component,
  },
  {
    id: 'projects',
    label: 'Projects',
    blurb:
      'The one project you can discuss at any depth: what your stories cover, layer by layer, and what to prepare.',
    Component: projects.Component,
  },
  {
    id: 'loops',
    label: 'Loops',
    blurb: 'Plan which story to tell in which round of an interview loop.',
    Component: loops.Component,
  },
  {
    id: 'companies',
    label: 'Companies',
    blurb: 'Every company you interview with: the rounds as they happened, what you told, what they asked.',
    Component: companies.Component,
  },
  { id: 'practice', label: 'Practice', blurb: 'Rehearse out loud against the clock.', Component: practice.Component },
  {
    id: 'export',
    label: 'Export',
    blurb: 'Import & export: a one-page story sheet, a story book, Markdown, CSV and backups — and import them back.',
    Component: exportView.Component,
  },
  {
    id: 'settings',
    label: 'Settings',
    blurb: 'Your profile, theme and where your data lives.',
    Component: settings.Component,
  },
];

export type ViewId = (typeof VIEWS)[number]['id'];
