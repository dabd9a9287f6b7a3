import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { VIEWS, type ViewId } from './views';
import { ViewPreloader } from './ViewPreloader';
import { useShortcut } from './use-shortcut';
import { replayMenuAction } from './menu-actions';
import { onNavigate } from './navigation';
import { BankStatusProvider, CurrentBankProvider } from '../bank-status/bank-status-context';
import { BankGate } from '../bank-status/BankGate';
import { BankMenuActions } from '../bank-status/BankMenuActions';
import { NoticesBanner } from '../notices/NoticesBanner';
import { SaveTroubleBanner } from '../notices/SaveTroubleBanner';
import { UnsavedEditsOffer } from '../notices/UnsavedEditsOffer';
import { SidebarTools } from '../shortcuts/SidebarTools';

export function App({ initialView = 'stories' }: { initialView?: ViewId }) {
  const [viewId, setViewId] = useState<ViewId>(initialView);
  const view = VIEWS.find((v) => v.id === viewId) ?? VIEWS[0];
  // Each view opens at its top: the frame's scroll pane is shared, and kept the last view's scroll.
  const content = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (content.current) content.current.scrollTop = 0;
  }, [viewId]);

  const onKey = useCallback((event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
    const index = Number(event.key) - 1;
    if (Number.isInteger(index) && index >= 0 && index < VIEWS.length) {
      setViewId(VIEWS[index].id);
      return true;
    }
    return false;
  }, []);
  useShortcut(onKey);

  // Other views ask to switch view (e.g. Coverage ▸ open a story); see navigation.ts.
  useEffect(() => onNavigate((request) => setViewId(request.view)), []);

  // Menu commands from the desktop shell ("Go ▸ Coverage" …).
  useEffect(
    () =>
      window.storybankMenu?.onAction((action) => {
        replayMenuAction(action, VIEWS);
      }),
    [],
  );

  return (
    <BankStatusProvider>
      <CurrentBankProvider>
        <div className="app">
          <div className="sidebar">
            <nav aria-label="Main" className="sidebar-nav">
              <div className="brand" aria-hidden="true">
                <span className="brand-mark">S</span> Storybank
              </div>
              <ul>
                {VIEWS.map((v, i) => (
                  <li key={v.id}>
                    <button
                      type="button"
                      className="nav-item"
                      aria-current={v.id === view.id ? 'page' : undefined}
                      onClick={() => setViewId(v.id)}
                      title={`${v.label} (Ctrl+${i + 1})`}
                    >
                      {v.label}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
            <SidebarTools />
          </div>
          <main className="content" aria-labelledby="view-title" ref={content}>
            <SaveTroubleBanner />
            <NoticesBanner />
            <UnsavedEditsOffer />
            <BankMenuActions />
            <BankGate>
              {/* Once the bank is on screen: fetch the other views in the background so switching is instant. */}
              <ViewPreloader />
              <header className="view-header">
                <h1 id="view-title">{view.label}</h1>
                <p className="muted">{view.blurb}</p>
              </header>
              <view.Component />
            </BankGate>
          </main>
        </div>
      </CurrentBankProvider>
    </BankStatusProvider>
  );
}
