// The story's one-line cues, hidden by default: practice recalling the story, not reading it.
import type { Story } from '#shared/domain/schemas';
import { cueSource, sentences } from '#shared/sheet/cues';

const SECTIONS = [
  { key: 'situation', label: 'S' },
  { key: 'task', label: 'T' },
  { key: 'action', label: 'A' },
  { key: 'result', label: 'R' },
] as const;

const CUE_CHARS = 140;

function cue(section: (typeof SECTIONS)[number]['key'], text: string): string {
  const first = sentences(cueSource(section, text))[0] ?? '';
  return first.length > CUE_CHARS
    ? `${first.slice(0, first.lastIndexOf(' ', CUE_CHARS - 1) > 40 ? first.lastIndexOf(' ', CUE_CHARS - 1) : CUE_CHARS - 1)}…`
    : first;
}

export function CuesPanel({ story, shown, onToggle }: { story: Story; shown: boolean; onToggle(): void }) {
  return (
    <section className="practice-card cues" aria-labelledby="cues-title">
      <div className="cues-head">
        <h3 id="cues-title">Cues</h3>
        <button type="button" className="button small-button" aria-pressed={shown} onClick={onToggle}>
          {shown ? 'Hide cues' : 'Show cues'} <kbd>C</kbd>
        </button>
      </div>
      {shown ? (
        <dl className="cues-list" data-testid="cues">
          {SECTIONS.map((s) => (
            <div key={s.key} className="cue">
              <dt>{s.label}</dt>
              <dd>{cue(s.key, story[s.key]) || <span className="muted">(empty)</span>}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted small">Hidden, so you practice recalling the story rather than reading it.</p>
      )}
    </section>
  );
}
