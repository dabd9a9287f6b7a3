// The story editor: metadata, the five STAR sections (each a CodeMirror editor with findings), and
// the insights column. F8 / Shift+F8 walk through findings across sections; each jump is announced.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { STORY_SECTIONS, type Story, type StorySection } from '#shared/domain/schemas';
import type { TagOption } from '../../../components/TagPicker';
import type { FieldEditorHandle } from '../../../editor/FieldEditor';
import { SEVERITY_LABEL, type EditorFinding } from '../../../editor/finding-types';
import { useBank, useBankStore } from '../../../data/bank-context';
import { storyAnalyzers, storyMarks, storyReport, storySignalsOf } from '../../../data/story-analysis';
import { followUps as storyFollowUps, type Anchor, type SignalEvidence, type SignalId } from '#shared/analysis/index';
import { signalsForCompetencies } from '#shared/competencies/index';
import type { StoryPatch } from '../../../data/bank-store';
import { StoryInsights } from '../insights/StoryInsights';
import type { PanelFinding } from '../insights/IssuesPanel';
import { SaveStatus } from './SaveStatus';
import { SectionField } from './SectionField';
import { SECTION_META } from './sections';
import { StoryMetaFields } from './StoryMetaFields';
import { StoryNotes } from './StoryNotes';
import { useTitleScrolledAway } from './use-title-scrolled-away';
import './story-editor.css';

export interface StoryEditorProps {
  story: Story;
  competencyOptions: readonly TagOption[];
  stageOptions: readonly TagOption[];
  companyOptions: readonly TagOption[];
  onDelete: (story: Story) => void;
  onDuplicate: (story: Story) => void;
}

export function StoryEditor({
  story,
  competencyOptions,
  stageOptions,
  companyOptions,
  onDelete,
  onDuplicate,
}: StoryEditorProps) {
  const store = useBankStore();
  const { save, settings, interviews } = useBank();
  const handles = useRef<Partial<Record<StorySection, FieldEditorHandle | null>>>({});
  const toolbar = useRef<HTMLDivElement>(null);
  const titleAway = useTitleScrolledAway(toolbar);
  const [announcement, setAnnouncement] = useState('');
  const report = storyReport(story);
  const id = story.id;

  const [activeSignal, setActiveSignal] = useState<SignalId | null>(null);
  // The same cached signals readiness counts, so the checklist and the Signals part agree.
  const signals = storySignalsOf(story);
  const followUps = useMemo(() => storyFollowUps(story), [story]);
  const neededSignals = useMemo(() => {
    const names = new Map(competencyOptions.map((o) => [o.id, o.name]));
    const out = new Map<SignalId, string[]>();
    for (const [signal, ids] of signalsForCompetencies(story.competencies))
      out.set(
        signal,
        ids.map((i) => names.get(i) ?? i),
      );
    return out;
  }, [story.competencies, competencyOptions]);

  // Marks the ranges in their sections (clearing the others) so the user sees what a signal or a
  // follow-up question points at.
  const highlight = useCallback((ranges: readonly (SignalEvidence | Anchor)[]) => {
    for (const section of STORY_SECTIONS)
      handles.current[section]?.showEvidence(ranges.filter((r) => r.section === section));
  }, []);
  const onShowEvidence = useCallback(
    (signal: SignalId | null, evidence: readonly SignalEvidence[]) => {
      setActiveSignal(signal);
      highlight(evidence);
      if (signal)
        setAnnouncement(`${evidence.length} ${evidence.length === 1 ? 'sentence' : 'sentences'} highlighted.`);
    },
    [highlight],
  );
  const onShowAnchor = useCallback(
    (anchor: Anchor) => {
      setActiveSignal(null);
      highlight(anchor.end > anchor.start ? [anchor] : []);
    },
    [highlight],
  );

  const update = useCallback((patch: StoryPatch) => store.updateStory(id, patch), [store, id]);
  const onSectionChange = useCallback(
    (section: StorySection, text: string) => store.updateStory(id, { [section]: text }),
    [store, id],
  );
  // A failed save is not dropped: the edit stays queued and retried, and the save banner says so.
  const flush = useCallback(() => void store.flush().catch(() => undefined), [store]);

  // Leaving the story (another story, another view) saves it at once.
  useEffect(() => () => void store.flush().catch(() => undefined), [store, id]);

  const announce = useCallback((section: StorySection, f: EditorFinding) => {
    setAnnouncement(
      `${SECTION_META[section].label}, ${SEVERITY_LABEL[f.severity]}: ${f.message}${f.suggestion ? ` ${f.suggestion}` : ''}`,
    );
  }, []);

  const enterSection = useCallback((from: StorySection | null, direction: 'next' | 'previous') => {
    const order = direction === 'next' ? STORY_SECTIONS : [...STORY_SECTIONS].reverse();
    const start = from ? order.indexOf(from) + 1 : 0;
    // Walk on from the current section and wrap around, so F8 cycles through the whole story.
    for (let step = 0; step < order.length; step++) {
      const section = order[(start + step) % order.length];
      if (handles.current[section]?.enterFindings(direction)) return;
    }
    setAnnouncement('No issues in this story.');
  }, []);

  // F8 outside the section editors (title, tags, the list) enters the first finding.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8' || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest('.cm-editor')) return;
      event.preventDefault();
      enterSection(null, event.shiftKey ? 'previous' : 'next');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enterSection]);

  // One list of findings for the panel, the section counts and (through storyAnalyzers) the editors.
  const panelFindings = useMemo<PanelFinding[]>(() => storyMarks(story, report), [report, story]);
  const analyzers = storyAnalyzers(story);

  const onSelectFinding = useCallback((f: PanelFinding) => {
    if (f.section) handles.current[f.section]?.showFinding(f);
  }, []);

  return (
    <article className="story-editor" aria-label={`Story: ${story.title || 'Untitled story'}`}>
      <div className="story-editor-main">
        <div className="story-toolbar" ref={toolbar}>
          {titleAway && (
            // The article is named by the title already: this copy is for the eye only.
            <span className="toolbar-title" aria-hidden="true" data-testid="toolbar-title">
              {story.title || 'Untitled story'}
            </span>
          )}
          {story.sample && (
            <span className="sample-badge" title="A sample story written by Storybank. Delete it any time.">
              Sample
            </span>
          )}
          <SaveStatus state={save.state} error={save.error} onRetry={flush} />
          <span className="toolbar-spacer" />
          <button type="button" className="button" onClick={() => onDuplicate(story)}>
            Duplicate
          </button>
          <button type="button" className="button danger" onClick={() => onDelete(story)}>
            Move to trash
          </button>
        </div>
        <StoryMetaFields
          story={story}
          competencyOptions={competencyOptions}
          stageOptions={stageOptions}
          companyOptions={companyOptions}
          onChange={update}
          onBlur={flush}
        />
        <div className="sections">
          {STORY_SECTIONS.map((section) => (
            <SectionField
              key={section}
              section={section}
              value={story[section]}
              words={report.fields[section].words}
              findingCount={panelFindings.filter((f) => f.section === section && f.end > f.start).length}
              analyze={analyzers[section]}
              onChange={onSectionChange}
              onBlur={flush}
              onNavigate={announce}
              onBoundary={enterSection}
              handleRef={(h) => {
                handles.current[section] = h;
              }}
            />
          ))}
        </div>
        <StoryNotes story={story} interviews={interviews} onChange={update} onBlur={flush} />
        <p className="sr-only" aria-live="polite" data-testid="finding-announcer">
          {announcement}
        </p>
      </div>
      <StoryInsights
        story={story}
        report={report}
        findings={panelFindings}
        onSelectFinding={onSelectFinding}
        target={settings?.targetSeconds ?? { min: 90, max: 120 }}
        signals={signals}
        neededSignals={neededSignals}
        activeSignal={activeSignal}
        onShowEvidence={onShowEvidence}
        followUps={followUps}
        onShowAnchor={onShowAnchor}
      />
    </article>
  );
}
