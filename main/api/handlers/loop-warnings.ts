// Warnings for one loop plan, each with the fix in words. Interim: the planning engineer's
// shared/loops warnings should replace this file when they land (the handler keeps its shape).
import type { LoopWarningDto } from '../../../shared/api/channels/loops-planning';
import { allFrameworks, competencyMatcher, competencyName, findFramework } from '../../../shared/competencies';
import type { Bank, Loop, Story } from '../../../shared/domain/schemas';

const MEASURES = ['latency', 'cost', 'costs', 'churn', 'accuracy', 'precision', 'recall', 'auc', 'ctr', 'revenue', 'errors', 'error rate',
  'throughput', 'memory', 'conversion', 'retention', 'runtime', 'training time', 'build time', 'incidents', 'false positives', 'spend'];
const MEASURE = new RegExp(`\\b(${MEASURES.map((m) => m.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const AMOUNT = /(\d+(?:\.\d+)?)\s*(%|x\b|×)/gi;

/** Measure → amounts stated for it ("latency" → {"40%"}), sentence by sentence. */
export function statedNumbers(story: Story): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const text = [story.situation, story.task, story.action, story.result, story.reflection].join('\n');
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const measure = MEASURE.exec(sentence)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
    if (!measure) continue;
    for (const m of sentence.matchAll(AMOUNT)) {
      const amount = `${Number(m[1])}${m[2] === '%' ? '%' : 'x'}`;
      const set = out.get(measure) ?? new Set<string>();
      set.add(amount);
      out.set(measure, set);
    }
  }
  return out;
}

const title = (s: Story) => `“${s.title || 'Untitled story'}”`;
const roundLabel = (loop: Loop, i: number) => `round ${i + 1} (${loop.rounds[i].name || 'unnamed'})`;

export function loopWarnings(bank: Bank, loop: Loop): LoopWarningDto[] {
  const warnings: LoopWarningDto[] = [];
  const byId = new Map(bank.stories.filter((s) => !s.deletedAt).map((s) => [s.id, s]));
  const frameworks = allFrameworks(bank);
  const framework = findFramework(loop.frameworkId, bank) ?? frameworks[0];
  const match = competencyMatcher(framework, frameworks);

  // Uncovered focus competencies.
  loop.rounds.forEach((round, i) => {
    const covered = new Set(round.storyIds.flatMap((id) => { const s = byId.get(id); return s ? [...match(s.competencies).keys()] : []; }));
    for (const c of round.focus) {
      if (covered.has(c)) continue;
      const name = competencyName(c, bank, framework.id);
      warnings.push({ id: `uncovered:${round.id}:${c}`, kind: 'uncovered-focus', roundId: round.id, competencyId: c, roundIds: [], storyIds: [],
        message: `No story in ${roundLabel(loop, i)} covers ${name}.`,
        fix: `Press Suggest to fill it, or drag a story that shows ${name} into this round.` });
    }
  });

  // Reused stories and drafts.
  const roundsOf = new Map<string, number[]>();
  loop.rounds.forEach((round, i) => new Set(round.storyIds).forEach((id) => roundsOf.set(id, [...(roundsOf.get(id) ?? []), i])));
  for (const [id, rounds] of roundsOf) {
    const story = byId.get(id);
    if (!story) continue;
    if (rounds.length > 1) {
      warnings.push({ id: `reused:${id}`, kind: 'reused-story', storyIds: [id], roundId: loop.rounds[rounds[0]].id, roundIds: rounds.slice(1).map((r) => loop.rounds[r].id),
        message: `${title(story)} is planned for ${rounds.map((r) => roundLabel(loop, r)).join(' and ')}.`,
        fix: `Interviewers compare notes: tell it once. Keep it in round ${rounds[0] + 1} and pick another story for the others.` });
    }
    if (story.status === 'draft') {
      warnings.push({ id: `draft:${id}`, kind: 'draft-story', storyIds: [id], roundId: loop.rounds[rounds[0]].id, roundIds: [],
        message: `${title(story)} is still a draft.`,
        fix: 'Finish it, rehearse it, and mark it ready.' });
    }
  }

  // Same project, same measure, different numbers: at least one of the two stories is in this loop.
  const inLoop = [...roundsOf.keys()].map((id) => byId.get(id)).filter((s): s is Story => s !== undefined);
  const project = (s: Story) => s.project.trim().toLowerCase();
  const seen = new Set<string>();
  for (const a of inLoop) {
    if (!project(a)) continue;
    const numbersA = statedNumbers(a);
    for (const b of byId.values()) {
      if (b.id === a.id || project(b) !== project(a) || b.status === 'retired') continue;
      const pair = [a.id, b.id].sort().join('|');
      if (seen.has(pair)) continue;
      const numbersB = statedNumbers(b);
      for (const [measure, amountsA] of numbersA) {
        const amountsB = numbersB.get(measure);
        if (!amountsB || [...amountsA].some((x) => amountsB.has(x))) continue;
        seen.add(pair);
        warnings.push({ id: `numbers:${pair}:${measure}`, kind: 'inconsistent-numbers', storyIds: [a.id, b.id], roundIds: [],
          message: `${title(a)} and ${title(b)} (both about ${a.project.trim()}) give ${measure} as ${[...amountsA].join(', ')} and ${[...amountsB].join(', ')}.`,
          fix: 'Check the real figure and use the same number in both stories.' });
        break;
      }
    }
  }

  // Told to the same company in an earlier loop.
  const company = loop.company.trim().toLowerCase();
  const earlier = bank.loops.filter((l) => l.id !== loop.id && l.company.trim().toLowerCase() === company && company !== ''
    && (l.date ?? l.createdAt) < (loop.date ?? loop.createdAt));
  for (const [id, rounds] of roundsOf) {
    const story = byId.get(id);
    const before = earlier.find((l) => l.rounds.some((r) => r.storyIds.includes(id)));
    if (!story || !before) continue;
    warnings.push({ id: `told:${id}`, kind: 'told-before', storyIds: [id], roundId: loop.rounds[rounds[0]].id, roundIds: [],
      message: `${title(story)} was planned for ${before.company} before${before.date ? ` (${before.date})` : ''}.`,
      fix: 'They may have notes on it: tell a different story, or be ready to go deeper than last time.' });
  }
  return warnings;
}
