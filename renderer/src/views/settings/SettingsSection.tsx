// One titled panel of the settings page.
import type { ReactNode } from 'react';

/** `status` (the saved / error line) sits beside the title, so it takes no room until it has something to say. */
export function SettingsSection({
  id,
  title,
  intro,
  status,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  status?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="panel settings-section" data-testid={`settings-${id}`}>
      <div className="settings-head">
        <h2 id={`${id}-heading`}>{title}</h2>
        {status}
      </div>
      {intro && <p className="muted settings-intro">{intro}</p>}
      {children}
    </section>
  );
}
