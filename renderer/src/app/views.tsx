// The app's top-level views, in navigation order. Each view is one folder in renderer/src/views/.
// Ctrl/Cmd+1…6 switch between them (shown in the menu and the shortcuts sheet).
import type { ComponentType } from 'react';
import { CoverageView } from '../views/coverage/CoverageView';
import { ExportView } from '../views/export/ExportView';
import { LoopsView } from '../views/loops/LoopsView';
import { PracticeView } from '../views/practice/PracticeView';
import { SettingsView } from '../views/settings/SettingsView';
import { StoriesView } from '../views/stories/StoriesView';

export interface ViewDef {
  id: string;
  label: string;
  /** One line under the title, saying what the view is for. */
  blurb: string;
  Component: ComponentType;
}

export const VIEWS: ViewDef[] = [
  { id: 'stories', label: 'Stories', blurb: 'Draft your STAR stories; vague claims are marked as you type.', Component: StoriesView },
  { id: 'coverage', label: 'Coverage', blurb: 'Which competencies your stories cover, and where the gaps are.', Component: CoverageView },
  { id: 'loops', label: 'Loops', blurb: 'Plan which story to tell in which round of an interview loop.', Component: LoopsView },
  { id: 'practice', label: 'Practice', blurb: 'Rehearse out loud against the clock.', Component: PracticeView },
  { id: 'export', label: 'Export', blurb: 'Import & export: a one-page story sheet, a story book, Markdown, CSV and backups — and import them back.', Component: ExportView },
  { id: 'settings', label: 'Settings', blurb: 'Your profile, theme and where your data lives.', Component: SettingsView },
];

export type ViewId = (typeof VIEWS)[number]['id'];
