// The drill's keys, always on screen: the drill is meant to run without the mouse.
const KEYS: [string, string][] = [
  ['N', 'next question (logs a rated attempt first)'],
  ['Space', 'start / stop the timer'],
  ['1–5', 'rate the attempt'],
  ['Enter', 'log the attempt'],
  ['Esc', 'discard the attempt'],
  ['C', 'show / hide cues'],
  ['P', 'pacing marks on / off'],
];

export function KeyHelp() {
  return (
    <section className="practice-card key-help" aria-labelledby="key-help-title">
      <h2 id="key-help-title" className="card-title">
        Keys
      </h2>
      <dl>
        {KEYS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
