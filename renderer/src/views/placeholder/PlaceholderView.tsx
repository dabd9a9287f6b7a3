export function PlaceholderView() {
  return <p className="muted">This view is not built yet.</p>;
}
