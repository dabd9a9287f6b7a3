// The guided first story: one question per section, ticked off as the section gets text.
import { GUIDED_PROMPTS } from '#shared/samples/index';
import type { Story } from '#shared/domain/schemas';
import { SECTION_META } from '../editor/sections';

export function GuideCard({ story, onClose }: { story: Story; onClose: () => void }) {
  return (
    <section className="guide-card" aria-labelledby="guide-heading">
      <div className="guide-head">
        <h2 id="guide-heading">Your first story, step by step</h2>
        <button type="button" className="button quiet" onClick={onClose}>
          Hide guide
        </button>
      </div>
      <ol className="guide-steps">
        {GUIDED_PROMPTS.map((p) => {
          const done = story[p.section].trim().length > 0;
          return (
            <li key={p.section} className={done ? 'done' : undefined}>
              <strong>
                {SECTION_META[p.section].label}
                {done ? ' ✓' : ''}
              </strong>{' '}
              {p.prompt}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
