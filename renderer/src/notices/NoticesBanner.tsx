// What the store did on the user's behalf (a damaged file moved aside, a restore, an upgrade), shown
// at the top of the content until dismissed. Fetched at start and again whenever the bank changes.
import { useCallback, useEffect, useState } from 'react';
import type { Notice } from '#shared/api/channels/bank';
import { useApi } from '../api/api-context';
import { useBankStatus } from '../bank-status/bank-status-context';
import { NoticeItem } from './NoticeItem';
import './notices.css';
import { errorMessage } from '#shared/api/errors';
import { startAction } from '../app/start-action';

export function NoticesBanner() {
  const api = useApi();
  const { generation } = useBankStatus();
  const [notices, setNotices] = useState<Notice[]>([]);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // No open bank means no notices; the bank-problem screen explains that instead.
    api.getNotices({}).then(
      (value) => live && setNotices(value.notices),
      () => live && setNotices([]),
    );
    return () => {
      live = false;
    };
  }, [api, generation]);

  const dismiss = useCallback(
    async (id: string) => {
      setBusyId(id);
      setError(null);
      try {
        const left = (await api.dismissNotice({ id })).notices;
        setNotices(left);
        moveFocusAfterDismiss(left.length > 0);
      } catch (e) {
        setError(`Could not dismiss the notice: ${errorMessage(e)}`);
      } finally {
        setBusyId(null);
      }
    },
    [api],
  );

  if (notices.length === 0 && !error) return null;
  return (
    <section className="bank-notices" aria-label="Notices about your bank">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} busy={busyId === n.id} onDismiss={() => startAction(dismiss(n.id))} />
      ))}
      {error && (
        <p role="alert" className="error small">
          {error}
        </p>
      )}
    </section>
  );
}

// The Dismiss button just vanished: keep keyboard users in place, on the next notice or the view title.
function moveFocusAfterDismiss(moreLeft: boolean): void {
  requestAnimationFrame(() => {
    const next = moreLeft
      ? document.querySelector<HTMLElement>('.bank-notices button')
      : document.getElementById('view-title');
    if (!next) return;
    if (next.tabIndex < 0 && !next.hasAttribute('tabindex')) next.setAttribute('tabindex', '-1');
    next.focus();
  });
}
