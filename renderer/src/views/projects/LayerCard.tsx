// One layer of the depth map: what the interviewer probes, what covers it, notes, questions to prepare.
import { useRef } from 'react';
import { SIGNALS } from '#shared/analysis/index';
import { SECTION_LABELS } from '#shared/domain/sections';
import { withQuestion, type DepthMapLayer, type ProjectEntry } from '#shared/projects/index';
import { useBankStore } from '../../data/bank-context';
import { openStoryInWorkspace } from '../coverage/open-story';
import { useLayerNotes } from './use-layer-notes';

const STATUS_TEXT = { covered: 'Covered', thin: 'Thin', missing: 'Nothing yet' } as const;
const SAVE_TEXT = { saved: '', unsaved: 'Not saved yet', saving: 'Saving…', error: '' } as const;

export function LayerCard({ project, layer }: { project: ProjectEntry; layer: DepthMapLayer }) {
  const store = useBankStore();
  const notes = useLayerNotes(project, layer.id);
  const box = useRef<HTMLTextAreaElement>(null);
  const id = `layer-${layer.id}`;

  const answerInNotes = (question: string) => {
    const next = withQuestion(notes.draft, question);
    notes.change(next);
    notes.flush();
    // Put the caret after "A: " so the answer can be typed at once.
    requestAnimationFrame(() => {
      const el = box.current;
      if (!el) return;
      el.focus();
      const at = next.indexOf('\nA: ', next.indexOf(question)) + 4;
      el.setSelectionRange(at, at);
    });
  };

  return (
    <li className={`layer-card is-${layer.status}`} data-layer={layer.id} aria-labelledby={`${id}-title`}>
      <div className="layer-head">
        <h4 id={`${id}-title`}>{layer.label}</h4>
        <span className={`layer-status is-${layer.status}`}>{STATUS_TEXT[layer.status]}</span>
      </div>
      <p className="layer-probes muted small">{layer.probes}</p>
      {layer.signals.length ? (
        <p className="layer-signals small">
          Signals:{' '}
          {layer.signals.map((s) => (
            <span key={s} className="signal-chip">
              {SIGNALS[s].label}
            </span>
          ))}
        </p>
      ) : null}
      {layer.evidence.length ? (
        <ul className="layer-evidence" aria-label={`From your stories: ${layer.label}`}>
          {layer.evidence.map((e) => (
            <li key={`${e.storyId}:${e.section}:${e.start}`}>
              <q>{e.text}</q>{' '}
              <button
                type="button"
                className="link-button small evidence-source"
                onClick={() => openStoryInWorkspace(store, e.storyId)}
              >
                {e.storyTitle.trim() || 'Untitled story'} · {SECTION_LABELS[e.section]}
              </button>
            </li>
          ))}
          {layer.evidenceCount > layer.evidence.length ? (
            <li className="muted small">
              and {layer.evidenceCount - layer.evidence.length} more{' '}
              {layer.evidenceCount - layer.evidence.length === 1 ? 'sentence' : 'sentences'}
            </li>
          ) : null}
        </ul>
      ) : (
        <p className="muted small layer-empty">
          No sentence in the linked stories is about this yet. Answer the question below in your notes, or tell this
          part in one of the stories.
        </p>
      )}
      <label htmlFor={`${id}-notes`} className="layer-notes-label">
        Notes on {layer.label.toLocaleLowerCase()}
      </label>
      <textarea
        id={`${id}-notes`}
        ref={box}
        className="layer-notes"
        rows={3}
        value={notes.draft}
        onChange={(e) => notes.change(e.target.value)}
        onBlur={notes.flush}
        aria-invalid={notes.error ? true : undefined}
        aria-describedby={notes.error ? `${id}-error` : undefined}
      />
      <p className="layer-save small muted" aria-live="polite">
        {SAVE_TEXT[notes.state]}
      </p>
      {notes.error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {notes.error}
        </p>
      ) : null}
      {layer.questions.length ? (
        <div className="layer-questions">
          <h5>To prepare</h5>
          <ul>
            {layer.questions.map((q) => (
              <li key={q.question} className={q.answered ? 'is-answered' : undefined}>
                <span className="layer-question">{q.question}</span>
                {/* A layer's own question is explained by the description above: it is not said twice. */}
                {q.why !== layer.probes ? <span className="muted small"> {q.why}</span> : null}{' '}
                {q.answered ? (
                  <span className="answered small">✓ Answered in your notes</span>
                ) : (
                  <button type="button" className="button small-button" onClick={() => answerInNotes(q.question)}>
                    Answer in notes
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
