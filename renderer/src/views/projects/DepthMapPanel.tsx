// The depth map: one card per layer an interviewer probes, in the order they usually go down.
import type { DepthMap, ProjectEntry } from '#shared/projects/index';
import { SECTION_SCAN_CHARS } from '#shared/sheet/index';
import { LayerCard } from './LayerCard';

export function DepthMapPanel({ project, map }: { project: ProjectEntry; map: DepthMap }) {
  return (
    <section className="depth-map" aria-labelledby="depth-map-title" data-testid="depth-map">
      <h3 id="depth-map-title">Depth map</h3>
      <p className="muted small">
        The layers an interviewer probes when you take one project all the way down. Each shows the sentences of your
        stories that cover it, the senior signals found there, your notes, and the questions still to prepare. Answer a
        question in the notes and it counts as prepared.
      </p>
      {map.longSections.length ? (
        <p className="muted small" role="note">
          Long sections are read up to their first {SECTION_SCAN_CHARS.toLocaleString('en-US')} characters (what fits in
          a spoken answer): {map.longSections.map((l) => `${l.storyTitle || 'Untitled'} (${l.section})`).join(', ')}.
        </p>
      ) : null}
      <ol className="layer-list">
        {map.layers.map((layer) => (
          <LayerCard key={layer.id} project={project} layer={layer} />
        ))}
      </ol>
    </section>
  );
}
