// Search, sort, filters toggle and "new story" above the list.
import { forwardRef } from 'react';
import { SORTS, type SortKey } from './story-query';

export interface ListToolbarProps {
  query: string;
  onQuery: (q: string) => void;
  sort: SortKey;
  onSort: (s: SortKey) => void;
  filtersOpen: boolean;
  filterCount: number;
  onToggleFilters: () => void;
  onNew: () => void;
  onOpenTrash: () => void;
}

export const ListToolbar = forwardRef<HTMLInputElement, ListToolbarProps>(function ListToolbar(
  { query, onQuery, sort, onSort, filtersOpen, filterCount, onToggleFilters, onNew, onOpenTrash },
  searchRef,
) {
  return (
    <div className="list-toolbar">
      <div className="list-toolbar-row">
        <div className="search-box">
          <label htmlFor="story-search" className="sr-only">
            Search stories
          </label>
          <input
            ref={searchRef}
            id="story-search"
            type="search"
            className="text-input search-input"
            placeholder="Search  (Ctrl+K)"
            value={query}
            onChange={(e) => onQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && query) {
                e.preventDefault();
                onQuery('');
              }
            }}
          />
        </div>
        <button type="button" className="button primary" onClick={onNew} title="New story (Ctrl+N)">
          New story
        </button>
      </div>
      <div className="list-toolbar-row secondary">
        <label className="inline-field">
          <span className="sr-only">Sort by</span>
          <select className="select" value={sort} onChange={(e) => onSort(e.target.value as SortKey)}>
            {SORTS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button quiet"
          aria-expanded={filtersOpen}
          aria-controls="story-filters"
          onClick={onToggleFilters}
        >
          Filters{filterCount > 0 ? ` (${filterCount})` : ''}
        </button>
        <button type="button" className="button quiet trash-button" onClick={onOpenTrash}>
          Trash
        </button>
      </div>
    </div>
  );
});
