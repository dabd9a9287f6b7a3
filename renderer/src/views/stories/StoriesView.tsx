// The story workspace: the searchable, filterable list on the left and the open story on the right.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Story, StoryStatus } from '#shared/domain/schemas';
import { lastToldDates } from '#shared/interview-log/index';
import { SAMPLE_STORIES, GUIDED_FIRST_STORY } from '#shared/samples/index';
import { useShortcut } from '../../app/use-shortcut';
import { useBank, useBankStore } from '../../data/bank-context';
import { errorMessage } from '#shared/api/errors';
import { speakingSeconds, storyReadiness, storyReport, storySignalsOf } from '../../data/story-analysis';
import { useStorySearch } from '../../search/use-story-search';
import { StoryEditor } from './editor/StoryEditor';
import { EmptyState } from './empty/EmptyState';
import { GuideCard } from './empty/GuideCard';
import { BulkBar } from './list/BulkBar';
import { FilterBar } from './list/FilterBar';
import { ListToolbar } from './list/ListToolbar';
import { StoryList } from './list/StoryList';
import {
  activeFilterCount,
  filterStories,
  NO_FILTERS,
  sortNeedsScores,
  sortStories,
  type SortKey,
  type StoryFilters,
  type StoryMetrics,
} from './list/story-query';
import { PendingWork } from './list/PendingWork';
import { TrashDialog } from './trash/TrashDialog';
import { useReadinessScores } from './use-readiness-scores';
import { useTagOptions } from './use-tag-options';
import './stories-view.css';

export function StoriesView() {
  const store = useBankStore();
  const bank = useBank();
  const { stories, settings, status } = bank;
  const { competencyOptions, stageOptions, companyOptions, companies, tagName } = useTagOptions(bank);

  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [filters, setFilters] = useState<StoryFilters>(NO_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [sort, setSort] = useState<SortKey>('updated');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const [notice, setNotice] = useState<{ text: string; undo?: () => void } | null>(null);
  const [guidedId, setGuidedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const lastToggled = useRef<number | null>(null);

  // Reopen the story that was open last time, once the bank has loaded.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || status !== 'ready') return;
    const last = settings?.lastOpenStoryId;
    const id = last && bank.byId.has(last) ? last : (stories[0]?.id ?? null);
    // Paint the list first, then mount the editor (five CodeMirror views) in the next task.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        restored.current = true;
        setOpenId((current) => current ?? id);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [status, settings, bank.byId, stories]);

  const open = useCallback(
    (id: string | null) => {
      setOpenId(id);
      if (id && id !== settings?.lastOpenStoryId)
        void store.updateSettings({ lastOpenStoryId: id }).catch(() => undefined);
    },
    [store, settings?.lastOpenStoryId],
  );

  // When each story was last told, from the interview log: the "last told" sort and "never told" filter.
  const interviews = bank.interviews;
  const metrics = useMemo<StoryMetrics>(() => {
    const told = lastToldDates(interviews);
    return {
      score: storyReadiness,
      seconds: (s) => speakingSeconds(storyReport(s)),
      lastTold: (s) => told.get(s.id),
      shows: (s, id) => storySignalsOf(s).signals.some((x) => x.id === id && x.present),
    };
  }, [interviews]);

  const { matches, indexing } = useStorySearch(stories, deferredQuery, tagName);
  const scoring = useReadinessScores(stories, sortNeedsScores(sort) || filters.readiness !== 'any');
  const visible = useMemo(() => {
    // Until every readiness score is ready, the list keeps a cheap order and skips the readiness
    // filter (the pending state says so) rather than scoring the whole bank in one long task.
    const filtered = filterStories(stories, scoring ? { ...filters, readiness: 'any' } : filters, metrics);
    if (!matches) return sortStories(filtered, scoring && sortNeedsScores(sort) ? 'updated' : sort, metrics);
    // While searching, the best match comes first.
    return filtered
      .filter((s) => matches.has(s.id))
      .sort((a, b) => matches.get(b.id)!.score - matches.get(a.id)!.score);
  }, [stories, filters, sort, matches, scoring, metrics]);

  const openStory = openId ? bank.byId.get(openId) : undefined;

  const create = useCallback(
    async (fields: Partial<Story> = {}, guided = false) => {
      setBusy(true);
      try {
        const story = await store.createStory(fields);
        setQuery('');
        setFilters(NO_FILTERS);
        open(story.id);
        if (guided) setGuidedId(story.id);
        // Put the cursor in the title so typing starts at once.
        requestAnimationFrame(() => document.getElementById('story-title')?.focus());
      } catch (e) {
        setNotice({ text: `Could not create the story: ${errorMessage(e)}` });
      } finally {
        setBusy(false);
      }
    },
    [store, open],
  );

  const addSamples = useCallback(async () => {
    setBusy(true);
    try {
      let first: Story | undefined;
      for (const sample of [...SAMPLE_STORIES].reverse()) first = await store.createStory(sample);
      if (first) open(first.id);
    } catch (e) {
      setNotice({ text: `Could not add the samples: ${errorMessage(e)}` });
    } finally {
      setBusy(false);
    }
  }, [store, open]);

  const remove = useCallback(
    async (story: Story) => {
      const index = visible.findIndex((s) => s.id === story.id);
      const next = visible[index + 1] ?? visible[index - 1];
      try {
        await store.deleteStory(story.id);
        open(next?.id ?? null);
        setSelected((sel) => (sel.has(story.id) ? new Set([...sel].filter((id) => id !== story.id)) : sel));
        setNotice({
          text: `“${story.title || 'Untitled story'}” moved to the trash.`,
          undo: () =>
            void store.restoreStory(story.id).then(
              (s) => {
                open(s.id);
                setNotice(null);
              },
              (e: unknown) => setNotice({ text: errorMessage(e) }),
            ),
        });
      } catch (e) {
        setNotice({ text: `Could not delete: ${errorMessage(e)}` });
      }
    },
    [store, visible, open],
  );

  // Samples are ours, not the user's: one action moves them all to the trash, with one Undo.
  const removeSamples = useCallback(async () => {
    const samples = stories.filter((s) => s.sample);
    const removed: Story[] = [];
    const undo = () =>
      void Promise.all(removed.map((s) => store.restoreStory(s.id))).then(
        () => setNotice(null),
        (e: unknown) => setNotice({ text: errorMessage(e) }),
      );
    try {
      for (const s of samples) {
        await store.deleteStory(s.id);
        removed.push(s);
      }
      setNotice({
        text: `${removed.length} sample ${removed.length === 1 ? 'story' : 'stories'} moved to the trash.`,
        undo,
      });
    } catch (e) {
      setNotice({ text: `Could not remove every sample: ${errorMessage(e)}`, undo: removed.length ? undo : undefined });
    }
    if (openId && removed.some((s) => s.id === openId)) open(stories.find((s) => !s.sample)?.id ?? null);
    setSelected((sel) => new Set([...sel].filter((id) => !removed.some((s) => s.id === id))));
  }, [store, stories, openId, open]);

  const duplicate = useCallback(
    async (story: Story) => {
      try {
        const copy = await store.duplicateStory(story.id);
        open(copy.id);
      } catch (e) {
        setNotice({ text: `Could not duplicate: ${errorMessage(e)}` });
      }
    },
    [store, open],
  );

  const toggle = useCallback(
    (id: string, index: number, shiftKey: boolean) => {
      setSelected((sel) => {
        const next = new Set(sel);
        const on = !sel.has(id);
        // Shift-click selects the range since the last toggled row, like a file manager.
        if (shiftKey && lastToggled.current !== null) {
          const [a, b] = [Math.min(lastToggled.current, index), Math.max(lastToggled.current, index)];
          for (const s of visible.slice(a, b + 1))
            if (on) next.add(s.id);
            else next.delete(s.id);
        } else if (on) next.add(id);
        else next.delete(id);
        return next;
      });
      lastToggled.current = index;
    },
    [visible],
  );

  const bulk = useCallback(
    (change: (s: Story) => Partial<Story>) => {
      void store.updateMany([...selected], change).catch((e: unknown) => setNotice({ text: errorMessage(e) }));
    },
    [store, selected],
  );

  // Ctrl+N: new story; Ctrl+K: search.
  useShortcut(
    useCallback(
      (event: KeyboardEvent) => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
        const key = event.key.toLowerCase();
        if (key === 'n') {
          void create();
          return true;
        }
        if (key === 'k') {
          searchRef.current?.focus();
          searchRef.current?.select();
          return true;
        }
        return false;
      },
      [create],
    ),
  );

  if (status === 'loading') return <p className="muted stories-loading">Opening your stories…</p>;
  if (status === 'error')
    return (
      <p role="alert" className="error">
        Could not open your stories: {bank.loadError}
      </p>
    );

  const sampleCount = stories.filter((s) => s.sample).length;

  return (
    <div className="stories-view">
      <section className="list-pane" aria-label="Story list">
        <ListToolbar
          ref={searchRef}
          query={query}
          onQuery={setQuery}
          sort={sort}
          onSort={setSort}
          filtersOpen={filtersOpen}
          filterCount={activeFilterCount(filters)}
          onToggleFilters={() => setFiltersOpen((o) => !o)}
          onNew={() => void create()}
          onOpenTrash={() => setTrashOpen(true)}
        />
        {filtersOpen && (
          <FilterBar
            filters={filters}
            onChange={setFilters}
            competencies={competencyOptions}
            stages={stageOptions}
            companies={companies}
          />
        )}
        {selected.size > 0 && (
          <BulkBar
            count={selected.size}
            competencies={competencyOptions}
            stages={stageOptions}
            onAddTag={(kind, id) => bulk((s) => ({ [kind]: s[kind].includes(id) ? s[kind] : [...s[kind], id] }))}
            onSetStatus={(st: StoryStatus) => bulk(() => ({ status: st }))}
            onClear={() => setSelected(new Set())}
          />
        )}
        <p className="list-count muted small" aria-live="polite">
          {query || activeFilterCount(filters)
            ? `${visible.length} of ${stories.length} stories`
            : `${stories.length} ${stories.length === 1 ? 'story' : 'stories'}`}
          {sampleCount > 0 && <> · {sampleCount} samples</>}
        </p>
        {indexing && (
          <PendingWork
            label={
              indexing.exact
                ? 'Showing exact matches; typo-tolerant matches follow once stories are indexed…'
                : 'Indexing stories for search…'
            }
            done={indexing.done}
            total={indexing.total}
          />
        )}
        {scoring && <PendingWork label="Scoring readiness…" done={scoring.done} total={scoring.total} />}
        {sampleCount > 0 && (
          <button type="button" className="button quiet small remove-samples" onClick={() => void removeSamples()}>
            Remove sample stories
          </button>
        )}
        {visible.length > 0 ? (
          <StoryList
            stories={visible}
            openId={openId}
            selected={selected}
            matches={matches}
            tagName={tagName}
            onOpen={open}
            onToggle={toggle}
          />
        ) : (
          stories.length > 0 && (
            <p className="muted list-empty">No story matches. Try fewer words or clear the filters.</p>
          )
        )}
      </section>

      <section className="editor-pane" aria-label="Story editor">
        {notice && (
          <div className="notice" role="status">
            <span>{notice.text}</span>
            {notice.undo && (
              <button type="button" className="button quiet" onClick={notice.undo}>
                Undo
              </button>
            )}
            <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => setNotice(null)}>
              ×
            </button>
          </div>
        )}
        {openStory && guidedId === openStory.id && <GuideCard story={openStory} onClose={() => setGuidedId(null)} />}
        {openStory ? (
          <StoryEditor
            key={openStory.id}
            story={openStory}
            competencyOptions={competencyOptions}
            stageOptions={stageOptions}
            companyOptions={companyOptions}
            onDelete={(s) => void remove(s)}
            onDuplicate={(s) => void duplicate(s)}
          />
        ) : stories.length === 0 ? (
          <EmptyState
            busy={busy}
            onGuided={() => void create(GUIDED_FIRST_STORY, true)}
            onBlank={() => void create()}
            onSamples={() => void addSamples()}
          />
        ) : (
          <p className="muted pick-story">Pick a story on the left, or press Ctrl+N for a new one.</p>
        )}
      </section>
      <TrashDialog open={trashOpen} onOpenChange={setTrashOpen} onRestored={(s) => open(s.id)} />
    </div>
  );
}
