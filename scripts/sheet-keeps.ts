// `npm run eval:sheet`: what the one-page story sheet keeps of each story. For the app's sample stories, the sheet
// tests' sample stories and the fixture bank's stories, planned as sheets of several sizes on both paper sizes, it
// prints the share of each story's key numbers that reach its card and the share of its Action's words that reach
// the Action cue, and checks that no cue ends in the middle of a word.
import { readFileSync } from 'node:fs';
import { SAMPLE_STORIES } from '#shared/samples/index';
import { Story } from '#shared/domain/schemas';
import { keyNumbers, planSheet, type PaperSize, type SheetStory } from '#shared/sheet/index';
import { COMPETENCY_NAMES, sampleStories } from '../tests/shared/sheet/sample-stories';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const AT = '2025-03-01T09:00:00.000Z';
const SECTIONS = ['situation', 'task', 'action', 'result', 'reflection'] as const;

function appSamples(): Story[] {
  return SAMPLE_STORIES.map((s, i) =>
    Story.parse({
      id: `story_appsample${i}`,
      project: '',
      role: '',
      situation: '',
      task: '',
      action: '',
      result: '',
      reflection: '',
      competencies: [],
      stages: [],
      companies: [],
      status: 'ready',
      notes: '',
      createdAt: AT,
      updatedAt: AT,
      rehearsals: [],
      ...Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'sample')),
    }),
  );
}

function fixtureStories(): Story[] {
  const bank = JSON.parse(readFileSync(new URL('../tests/fixtures/banks/v1.json', import.meta.url), 'utf8')) as {
    stories: unknown[];
  };
  return bank.stories.map((s) => Story.parse({ rehearsals: [], ...(s as object) }));
}

const words = (text: string) =>
  text
    .toLowerCase()
    .match(/[\p{L}\p{N}$%.,]+/gu)
    ?.map((w) => w.replace(/[.,]+$/, '')) ?? [];
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Share of `source`'s words (as a multiset) that appear in `shown`. */
function wordShare(source: string, shown: string): number {
  const all = words(source);
  if (all.length === 0) return NaN;
  const left = new Map<string, number>();
  for (const w of words(shown)) left.set(w, (left.get(w) ?? 0) + 1);
  let kept = 0;
  for (const w of all) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      kept++;
      left.set(w, n - 1);
    }
  }
  return kept / all.length;
}

function cardText(card: SheetStory): string {
  return squash([card.title, ...card.numbers, ...card.cues.map((c) => c.text)].join('  '));
}

/** A cue that was cut ends in "…"; what precedes it must end on a whole word of the section. */
function midWordCuts(story: Story, card: SheetStory): string[] {
  const out: string[] = [];
  for (const cue of card.cues) {
    const pieces = cue.text.split('…').map((p) => p.trim());
    const source = squash(story[cue.field]);
    for (const piece of pieces.slice(0, -1)) {
      const lastWord = piece.split(/\s+/).pop() ?? '';
      if (!lastWord) continue;
      const bare = lastWord.replace(/[.,;:!?)"”’]+$/u, '');
      if (
        !new RegExp(`(^|[\\s(“"‘'])${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[\\s.,;:!?)"”’])`, 'u').test(
          source,
        )
      )
        out.push(`${cue.label}: "…${piece.slice(-30)}…"`);
    }
  }
  return out;
}

interface Row {
  title: string;
  numbers: number;
  numbersKept: number;
  action: number;
}

function measure(stories: Story[], paper: PaperSize): { rows: Row[]; midWord: string[]; tier: string } {
  const plan = planSheet({
    stories,
    paper,
    profile: { name: 'Dana Whitfield', targetRole: 'Senior ML Engineer' },
    competencyNames: COMPETENCY_NAMES,
  });
  const rows: Row[] = [];
  const midWord: string[] = [];
  for (const story of stories) {
    const card = plan.stories.find((s) => s.id === story.id);
    const numbers = [...new Set(SECTIONS.flatMap((f) => keyNumbers(story[f]).map((n) => n.text)))];
    const text = card ? cardText(card) : '';
    const action = card?.cues.find((c) => c.field === 'action')?.text ?? '';
    rows.push({
      title: story.title,
      numbers: numbers.length,
      numbersKept: numbers.filter((n) => text.includes(squash(n))).length,
      action: wordShare(story.action, action),
    });
    if (card) midWord.push(...midWordCuts(story, card).map((m) => `${story.title.slice(0, 40)} ${m}`));
  }
  return { rows, midWord, tier: `${plan.geometry.tier.name}, body ${plan.geometry.tier.body.sizePt} pt` };
}

const pct = (v: number) => (Number.isNaN(v) ? '  —' : `${Math.round(v * 100)}%`.padStart(4));
const samples = [...appSamples(), ...sampleStories(6), ...fixtureStories()];
const sixteen = [
  ...samples,
  ...sampleStories(11)
    .slice(6)
    .map((s) => ({ ...s, id: `${s.id}x` })),
];
const sheets: [string, Story[]][] = [
  ['app samples (3)', appSamples()],
  ['sheet samples (6)', sampleStories(6)],
  [`all samples + fixtures (${samples.length})`, samples],
  [`16 stories`, sixteen],
];

for (const paper of ['a4', 'letter'] as const) {
  for (const [name, stories] of sheets) {
    const { rows, midWord, tier } = measure(stories, paper);
    const numbers =
      rows.reduce((s, r) => s + r.numbersKept, 0) /
      Math.max(
        1,
        rows.reduce((s, r) => s + r.numbers, 0),
      );
    const actions = rows.filter((r) => !Number.isNaN(r.action));
    const action = actions.reduce((s, r) => s + r.action, 0) / Math.max(1, actions.length);
    console.log(
      `\n${paper.padEnd(6)} ${name} — ${tier}: key numbers on the card ${pct(numbers)} (pooled), Action words ${pct(action)} (mean), cues ending mid-word: ${midWord.length}`,
    );
    if (name.startsWith('all')) {
      for (const r of rows)
        console.log(
          `  ${r.title.slice(0, 58).padEnd(58)} numbers ${String(r.numbersKept).padStart(2)}/${String(r.numbers).padEnd(2)} ${pct(r.numbers ? r.numbersKept / r.numbers : NaN)}   action words ${pct(r.action)}`,
        );
    }
    for (const m of midWord) console.log(`  mid-word: ${m}`);
  }
}
