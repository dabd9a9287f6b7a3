// Cross-view navigation ("open this story in the Stories view") without the views knowing App's state.
// A view calls navigate(); App listens with onNavigate() and switches view. Opening a story goes
// through settings.lastOpenStoryId, which the Stories view reads when it mounts.
export interface NavigationRequest {
  view: string;
  storyId?: string;
}

const EVENT = 'storybank:navigate';

export function navigate(request: NavigationRequest): void {
  window.dispatchEvent(new CustomEvent<NavigationRequest>(EVENT, { detail: request }));
}

export function onNavigate(listener: (request: NavigationRequest) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<NavigationRequest>).detail);
  window.addEventListener(EVENT, handle);
  return () => window.removeEventListener(EVENT, handle);
}
