// The depth map of a project from its stories and notes, and the bank's list of projects.
import { describe, expect, it } from 'vitest';
import {
  DEPTH_LAYERS,
  answeredQuestions,
  depthMap,
  listProjects,
  noteAnswers,
  ownWords,
  projectKey,
  withQuestion,
} from '#shared/projects/index';
import type { Project } from '#shared/domain/schemas';
import { RANKING, rankingIncident, rankingLaunch, story, unrelated } from './project-stories';

const layer = (map: ReturnType<typeof depthMap>, id: string) => map.layers.find((l) => l.id === id)!;

describe('listProjects', () => {
  it('groups stories by project regardless of case and spacing, and keeps stored projects with no stories', () => {
    const a = rankingLaunch();
    const b = rankingIncident(); // "search  RANKING"
    const c = unrelated();
    const trashed = { ...story({ project: RANKING }), deletedAt: '2026-01-02T00:00:00.000Z' };
    const stored: Project = { name: 'Feature store', deepDive: false, layerNotes: {}, updatedAt: a.updatedAt };
    const list = listProjects([a, b, c, trashed], [stored]);
    expect(list.map((p) => [p.name, p.stories.map((s) => s.id)])).toEqual([
      ['Feature store', []],
      ['Onboarding', [c.id]],
      [RANKING, [a.id, b.id]],
    ]);
    expect(projectKey('  Search   ranking ')).toBe(projectKey('search RANKING'));
  });

  it('puts the deep dive first and uses the stored name', () => {
    const a = rankingLaunch();
    const stored: Project = { name: 'SEARCH ranking', deepDive: true, layerNotes: {}, updatedAt: a.updatedAt };
    const list = listProjects([unrelated(), a], [stored]);
    expect(list[0]).toMatchObject({ name: 'SEARCH ranking', stored: { deepDive: true } });
    expect(list[0].stories).toHaveLength(1);
  });
});

describe('depthMap', () => {
  const stories = [rankingLaunch(), rankingIncident()];

  it('files story sentences under the layers they speak to, with their offsets', () => {
    const map = depthMap({ name: RANKING, stories });
    expect(map.layers.map((l) => l.id)).toEqual(DEPTH_LAYERS.map((l) => l.id));
    const data = layer(map, 'data');
    expect(data.evidence[0].text).toMatch(/^I built the training set from six months of click logs/);
    // Offsets point at the sentence in its section.
    const e = data.evidence[0];
    const source = stories.find((s) => s.id === e.storyId)!;
    expect(source[e.section].slice(e.start, e.end)).toContain('click logs');
    expect(layer(map, 'monitoring').evidence.map((x) => x.text)).toContainEqual(
      expect.stringMatching(/^After launch I set up alerts on feature drift/),
    );
    expect(layer(map, 'failures').evidence.map((x) => x.text)).toContainEqual(expect.stringMatching(/^In hindsight/));
  });

  it('shows the signals found in each layer, and per signal how many stories show it', () => {
    const map = depthMap({ name: RANKING, stories });
    expect(layer(map, 'approach').signals).toContain('trade-off');
    expect(layer(map, 'monitoring').signals).toEqual(['after-launch']);
    expect(layer(map, 'role').signals).toEqual(expect.arrayContaining(['own-decision', 'influence']));
    expect(map.signals.find((s) => s.id === 'after-launch')!.stories).toBe(2);
    expect(map.signals.find((s) => s.id === 'ambiguity')!.stories).toBe(0);
  });

  it('marks thin layers and asks the layer question naming the project; covered layers do not ask it', () => {
    const map = depthMap({ name: RANKING, stories });
    const system = layer(map, 'system');
    expect(system.status).toBe('thin');
    expect(system.questions[0]).toMatchObject({ source: 'layer', answered: false });
    expect(system.questions[0].question).toMatch(/^On Search ranking: draw the system/);
    const monitoring = layer(map, 'monitoring');
    expect(monitoring.status).toBe('covered');
    expect(monitoring.questions.some((q) => q.source === 'layer')).toBe(false);
    expect(map.counts.covered + map.counts.thin + map.counts.missing).toBe(DEPTH_LAYERS.length);
  });

  it('files the stories’ follow-ups under their layer, each once, quoting the story', () => {
    const map = depthMap({ name: RANKING, stories });
    const approach = layer(map, 'approach').questions.filter((q) => q.source === 'story');
    expect(approach.map((q) => q.question)).toEqual([
      expect.stringMatching(
        /^On “I chose gradient-boosted trees over a neural ranker.*what would have made you choose the other way/,
      ),
    ]);
    const all = map.layers.flatMap((l) => l.questions.map((q) => q.question));
    expect(new Set(all).size).toBe(all.length);
    for (const q of map.layers.flatMap((l) => l.questions.filter((x) => x.source === 'story')))
      expect(q.question).toMatch(/“[^”]+”/);
  });

  it('counts a question as answered once the notes answer it under a "Q:" line, and the layer fills up', () => {
    const before = depthMap({ name: RANKING, stories });
    const question = layer(before, 'system').questions[0].question;
    const asked = withQuestion('', question);
    expect(asked).toBe(`Q: ${question}\nA: `);
    const pending = depthMap({ name: RANKING, stories, layerNotes: { system: asked } });
    expect(layer(pending, 'system').questions[0].answered).toBe(false);
    const answered = depthMap({
      name: RANKING,
      stories,
      layerNotes: { system: `${asked}One ranking service behind the search API; features from a Redis cache.` },
    });
    const system = layer(answered, 'system');
    expect(system.questions[0].answered).toBe(true);
    expect(system.unanswered).toBe(layer(before, 'system').unanswered - 1);
    expect(system.status).toBe('covered');
  });

  it('a project with no stories is all missing, with one question per layer', () => {
    const map = depthMap({ name: 'Empty', stories: [] });
    expect(map.counts).toEqual({ covered: 0, thin: 0, missing: DEPTH_LAYERS.length });
    expect(map.layers.every((l) => l.questions.length === 1 && l.questions[0].source === 'layer')).toBe(true);
  });

  it('notes alone can cover a layer', () => {
    const notes = 'We labelled 40k sessions by hand, then trained on two years of purchase logs joined to queries.';
    const map = depthMap({ name: 'Empty', stories: [], layerNotes: { data: notes } });
    expect(layer(map, 'data')).toMatchObject({ status: 'covered', notes });
  });

  it('reads only the first 3,000 characters of a huge section, and says which sections were long', () => {
    const huge = story({
      project: 'Huge',
      title: 'Huge',
      action: 'I chose a queue over polling because polling cost too much. '.repeat(2_000),
    });
    const map = depthMap({ name: 'Huge', stories: [huge] });
    expect(map.longSections).toEqual([{ storyId: huge.id, storyTitle: 'Huge', section: 'action' }]);
    expect(layer(map, 'approach').evidenceCount).toBeLessThan(60);
  });
});

describe('layer notes', () => {
  it('reads questions and answers, across lines, and counts the user’s own words', () => {
    const notes = 'Context first.\nQ: Why trees?\nA: Latency.\nAlso cost.\nq: Unanswered one?\nA:   ';
    expect(noteAnswers(notes)).toEqual([
      { question: 'Why trees?', answer: 'Latency. Also cost.' },
      { question: 'Unanswered one?', answer: '' },
    ]);
    expect([...answeredQuestions(notes)]).toEqual(['why trees?']);
    expect(ownWords(notes)).toBe(5);
    // Adding a question twice keeps one.
    expect(withQuestion(notes, 'why  TREES?')).toBe(notes);
  });
});
