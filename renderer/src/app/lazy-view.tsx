// Views other than Stories load on demand, each as its own chunk. Not React.lazy + Suspense: React
// reveals Suspense content on a timer, which a paused clock (the practice e2e test) never fires, and
// a view switch should not depend on timers. Once loaded, a view renders synchronously.
import { useEffect, useState, type ComponentType } from 'react';
import { errorMessage } from '#shared/api/errors';

export interface LazyView {
  Component: ComponentType;
  /** Starts loading the view's chunk (idempotent), so switching to it later is instant. */
  preload(): Promise<ComponentType>;
}

export function lazyView(load: () => Promise<ComponentType>): LazyView {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const preload = () => (pending ??= load().then((component) => (loaded = component)));

  function LazyViewComponent() {
    const [Component, setComponent] = useState<ComponentType | undefined>(() => loaded);
    const [failed, setFailed] = useState<string | null>(null);
    useEffect(() => {
      if (Component) return;
      let live = true;
      preload().then(
        (component) => live && setComponent(() => component),
        (error: unknown) => {
          pending = undefined; // let a later visit try again
          if (live) setFailed(errorMessage(error));
        },
      );
      return () => {
        live = false;
      };
    }, [Component]);
    if (failed)
      return (
        <p role="alert" className="error">
          This view could not be loaded ({failed}). Reload the app to try again.
        </p>
      );
    return Component ? (
      <Component />
    ) : (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  }

  return { Component: LazyViewComponent, preload };
}
