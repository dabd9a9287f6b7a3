// The story workspace: the searchable, filterable list on the left and the open story on the right.
// Its state is in small hooks: what the list shows (list/use-story-list), the ticked stories
// (list/use-story-selection), the open story (editor/use-open-story) and what is done to stories with
// its notice (use-story-actions); the trash dialog's open flag is the only state kept here.
import { useCallback, useRef, useState } from 'react';
import type { StoryStatus } from '#shared/domain/schemas';
import { GUIDED_FIRST_STORY } from '#shared/samples/index';
import { useShortcut } from '../../app/use-shortcut';
import { useBank } from '../../data/bank-context';
import { StoryEditor } from './editor/StoryEditor';
import { useOpenStory } from './editor/use-open-story';
import { EmptyState } from './empty/EmptyState';
import { GuideCard } from './empty/GuideCard';
import { BulkBar } from './list/BulkBar';
import { FilterBar } from './list/FilterBar';
import { ListToolbar } from './list/ListToolbar';
import { StoryList } from './list/StoryList';
import { activeFilterCount } from './list/story-query';
import { PendingWork } from './list/PendingWork';
import { useStoryList } from './list/use-story-list';
import { useStorySelection } from './list/use-story-selection';
import { TrashDialog } from './trash/TrashDialog';
import { NOTICE_UNDO_ID, useStoryActions } from './use-story-actions';
import { useTagOptions } from './use-tag-options';
import './stories-view.css';
import { startAction } from '../../app/start-action';

export function StoriesView() {
  const bank = useBank();
  const { stories, status } = bank;
  const { competencyOptions, stageOptions, companyOptions, companies, tagName } = useTagOptions(bank);
  const list = useStoryList(stories, bank.interviews, tagName);
  const { query, filters, visible, matches, indexing, scoring } = list;
  const selection = useStorySelection(visible);
  const { openId, open, openStory } = useOpenStory();
  const actions = useStoryActions({
    stories,
    visible,
    openId,
    open,
    showAll: list.showAll,
    unselect: selection.drop,
    selected: selection.selected,
  });
  const { create, notice } = actions;
  const [trashOpen, setTrashOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  // Ctrl+N: new story; Ctrl+K: search.
  useShortcut(
    useCallback(
      (event: KeyboardEvent) => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
        const key = event.key.toLowerCase();
        if (key === 'n') {
          startAction(create());
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
          onQuery={list.setQuery}
          sort={list.sort}
          onSort={list.setSort}
          filtersOpen={list.filtersOpen}
          filterCount={activeFilterCount(filters)}
          onToggleFilters={list.toggleFilters}
          onNew={() => startAction(create())}
          onOpenTrash={() => setTrashOpen(true)}
        />
        {list.filtersOpen && (
          <FilterBar
            filters={filters}
            onChange={list.setFilters}
            competencies={competencyOptions}
            stages={stageOptions}
            companies={companies}
          />
        )}
        {selection.selected.size > 0 && (
          <BulkBar
            count={selection.selected.size}
            competencies={competencyOptions}
            stages={stageOptions}
            onAddTag={(kind, id) =>
              actions.bulk((s) => ({ [kind]: s[kind].includes(id) ? s[kind] : [...s[kind], id] }))
            }
            onSetStatus={(st: StoryStatus) => actions.bulk(() => ({ status: st }))}
            onClear={selection.clear}
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
          <button
            type="button"
            className="button quiet small remove-samples"
            onClick={() => startAction(actions.removeSamples())}
          >
            Remove sample stories
          </button>
        )}
        {visible.length > 0 ? (
          <StoryList
            stories={visible}
            openId={openId}
            selected={selection.selected}
            matches={matches}
            tagName={tagName}
            onOpen={open}
            onToggle={selection.toggle}
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
              <button type="button" className="button quiet" id={NOTICE_UNDO_ID} onClick={notice.undo}>
                Undo
              </button>
            )}
            <button type="button" className="notice-close" aria-label="Dismiss" onClick={actions.dismissNotice}>
              ×
            </button>
          </div>
        )}
        {openStory && actions.guidedId === openStory.id && <GuideCard story={openStory} onClose={actions.endGuide} />}
        {openStory ? (
          <StoryEditor
            key={openStory.id}
            story={openStory}
            competencyOptions={competencyOptions}
            stageOptions={stageOptions}
            companyOptions={companyOptions}
            onDelete={(s) => startAction(actions.remove(s))}
            onDuplicate={(s) => startAction(actions.duplicate(s))}
          />
        ) : stories.length === 0 ? (
          <EmptyState
            busy={actions.busy}
            onGuided={() => startAction(create(GUIDED_FIRST_STORY, true))}
            onBlank={() => startAction(create())}
            onSamples={() => startAction(actions.addSamples())}
          />
        ) : (
          <p className="muted pick-story">Pick a story on the left, or press Ctrl+N for a new one.</p>
        )}
      </section>
      <TrashDialog open={trashOpen} onOpenChange={setTrashOpen} onRestored={(s) => open(s.id)} />
    </div>
  );
}
