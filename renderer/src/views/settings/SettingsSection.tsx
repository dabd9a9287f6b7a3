// One titled panel of the settings page.
import type { ReactNode } from 'react';

export function SettingsSection({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="panel settings-section" data-testid={`settings-${id}`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p className="muted settings-intro">{intro}</p>}
      {children}
    </section>
  );
}
