// "Which stories": all of them, the ready ones, a hand-picked list, or the stories of one interview loop in round order.
import type { Loop, Story } from '#shared/domain/schemas';
import { loopLabel } from './loop-label';
import { StoryChecklist } from './StoryChecklist';

export type ScopeKind = 'all' | 'ready' | 'stories' | 'loop';

interface Props {
  kind: ScopeKind;
  onKind: (kind: ScopeKind) => void;
  stories: readonly Story[];
  chosen: ReadonlySet<string>;
  onChosen: (next: Set<string>) => void;
  loops: readonly Loop[];
  loopId: string;
  onLoop: (id: string) => void;
}

export function ScopePicker({ kind, onKind, stories, chosen, onChosen, loops, loopId, onLoop }: Props) {
  const ready = stories.filter((s) => s.status === 'ready').length;
  const option = (value: ScopeKind, label: string, disabled = false) => (
    <label className="scope-option" data-disabled={disabled || undefined}>
      <input
        type="radio"
        name="export-scope"
        value={value}
        checked={kind === value}
        disabled={disabled}
        onChange={() => onKind(value)}
      />
      {label}
    </label>
  );
  return (
    <fieldset className="export-fieldset">
      <legend>Which stories</legend>
      <div className="scope-options">
        {option('all', `All stories (${stories.length})`)}
        {option('ready', `Ready stories (${ready})`)}
        {option('stories', 'Choose stories…')}
        {option(
          'loop',
          loops.length ? 'One interview loop' : 'One interview loop (none planned yet)',
          loops.length === 0,
        )}
      </div>
      {kind === 'stories' && <StoryChecklist stories={stories} chosen={chosen} onChange={onChosen} />}
      {kind === 'loop' && loops.length > 0 && (
        <label className="export-field">
          <span>Loop</span>
          <select className="export-select" value={loopId} onChange={(e) => onLoop(e.target.value)}>
            {loops.map((l) => (
              <option key={l.id} value={l.id}>
                {loopLabel(l)}
              </option>
            ))}
          </select>
          <span className="muted small">Stories in round order, with a round → story map on the sheet.</span>
        </label>
      )}
    </fieldset>
  );
}
