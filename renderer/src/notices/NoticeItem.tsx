// One notice from the store. Serious ones (a damaged file) are alerts; the rest are polite status.
import type { Notice } from '#shared/api/channels/bank';
import { pathSegments } from './path-segments';
import { RecoveryOffer } from './RecoveryOffer';

const LABEL: Record<Notice['severity'], string> = {
  error: 'Important',
  warning: 'Please note',
  info: 'For your information',
};

export function NoticeItem({ notice, busy, onDismiss }: { notice: Notice; busy: boolean; onDismiss: () => void }) {
  const segments = pathSegments(notice.message, [notice.movedTo, notice.backupPath, notice.bankPath]);
  // Paths the message does not already spell out are listed below it.
  const extra = [
    { label: 'Moved file', path: notice.movedTo },
    { label: 'Restored from', path: notice.backupPath },
  ].filter((p): p is { label: string; path: string } => !!p.path && !notice.message.includes(p.path));
  return (
    <div
      className={`bank-notice severity-${notice.severity}`}
      role={notice.severity === 'error' ? 'alert' : 'status'}
      data-testid="bank-notice"
      data-kind={notice.kind}
    >
      <div className="bank-notice-body">
        <span className="sr-only">{LABEL[notice.severity]}: </span>
        <p className="bank-notice-message">
          {segments.map((s, i) => (s.path ? <code key={i}>{s.text}</code> : <span key={i}>{s.text}</span>))}
        </p>
        {extra.map((p) => (
          <p key={p.label} className="small">
            {p.label}: <code>{p.path}</code>
          </p>
        ))}
        {notice.kind === 'recovered' && notice.movedTo && <RecoveryOffer noticeId={notice.id} />}
      </div>
      <button type="button" className="button" disabled={busy} onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
