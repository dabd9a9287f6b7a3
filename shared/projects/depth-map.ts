// The depth map of one project: for each layer an interviewer probes, the story sentences and notes
// that cover it, the senior signals found there, and the follow-up questions still to prepare.
import { followUps, SIGNAL_IDS, type Anchor, type SignalId } from '../analysis';
import { STORY_SECTIONS, type Story, type StorySection } from '../domain/schemas';
import { isLongSection, scanWindow } from '../sheet/scan-window';
import { DEPTH_LAYERS, type LayerId } from './depth-layers';
import { answeredQuestions, noteAnswers, ownWords, questionKey } from './layer-notes';
import { placeSentences, type PlacedSentence } from './sentence-layers';

export interface LayerEvidence {
  storyId: string;
  storyTitle: string;
  section: StorySection;
  /** UTF-16 offsets of the sentence in that section's text. */
  start: number;
  end: number;
  /** The sentence, whitespace collapsed. */
  text: string;
}

export interface LayerQuestion {
  question: string;
  why: string;
  /** 'story': a follow-up quoting a linked story; 'layer': the layer's own question, asked while it is thin. */
  source: 'story' | 'layer';
  storyId?: string;
  anchor?: Anchor;
  /** Written in the layer's notes on a "Q:" line with an answer under it. */
  answered: boolean;
}

/** covered: enough story text or notes to talk for a while; thin: a mention; missing: nothing yet. */
export type LayerStatus = 'covered' | 'thin' | 'missing';

export interface DepthMapLayer {
  id: LayerId;
  label: string;
  probes: string;
  status: LayerStatus;
  notes: string;
  /** Words in the notes outside "Q:" lines. */
  noteWords: number;
  /** Sentences from the linked stories, in story order (at most MAX_EVIDENCE). */
  evidence: LayerEvidence[];
  /** All sentences found, including those past MAX_EVIDENCE. */
  evidenceCount: number;
  /** Senior signals shown by the sentences in this layer. */
  signals: SignalId[];
  questions: LayerQuestion[];
  unanswered: number;
}

export interface DepthMap {
  name: string;
  stories: number;
  layers: DepthMapLayer[];
  counts: Record<LayerStatus, number>;
  /** Per signal, how many linked stories show it. */
  signals: { id: SignalId; stories: number }[];
  /**
   * Sections read only in part: like the story sheet, the map reads the first SECTION_SCAN_CHARS
   * characters of each section (what can be said in an answer), which keeps it fast on huge text.
   */
  longSections: { storyId: string; storyTitle: string; section: StorySection }[];
}

export interface DepthMapInput {
  name: string;
  stories: readonly Story[];
  /** Notes per layer id (Project.layerNotes). */
  layerNotes?: Readonly<Record<string, string>>;
}

export const MAX_EVIDENCE = 6;
/** Story follow-ups kept per layer: enough to prepare, few enough to read. */
export const MAX_STORY_QUESTIONS = 4;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function layerStatus(evidence: number, noteWords: number, answered: number): LayerStatus {
  const score = Math.min(evidence, 2) + (noteWords >= 15 ? 2 : noteWords > 0 ? 1 : 0) + answered;
  return score >= 2 ? 'covered' : score === 1 ? 'thin' : 'missing';
}

interface StoryFindings {
  story: Story;
  sentences: PlacedSentence[];
  followUps: ReturnType<typeof followUps>;
  signals: Set<SignalId>;
}

function readStory(whole: Story): StoryFindings {
  const story: Story = { ...whole };
  for (const section of STORY_SECTIONS) story[section] = scanWindow(whole[section]);
  const { sentences, signals } = placeSentences(story);
  return { story, sentences, followUps: followUps(story), signals };
}

/** The depth map of a project from its linked stories and its notes. Pure and deterministic. */
export function depthMap({ name, stories, layerNotes = {} }: DepthMapInput): DepthMap {
  const read = stories.map(readStory);
  const layers = DEPTH_LAYERS.map((layer): DepthMapLayer => {
    const notes = layerNotes[layer.id] ?? '';
    const answered = answeredQuestions(notes);
    const evidence: LayerEvidence[] = [];
    let evidenceCount = 0;
    const signals = new Set<SignalId>();
    // A sentence told in two stories (or twice in one) is shown once.
    const shown = new Set<string>();
    for (const { story, sentences } of read)
      for (const s of sentences) {
        if (!s.layers.has(layer.id)) continue;
        const text = collapse(s.text);
        if (shown.has(text)) continue;
        shown.add(text);
        evidenceCount++;
        for (const id of layer.signals) if (s.signals.has(id)) signals.add(id);
        if (evidence.length < MAX_EVIDENCE)
          evidence.push({
            storyId: story.id,
            storyTitle: story.title,
            section: s.section,
            start: s.start,
            end: s.end,
            text,
          });
      }
    const questions: LayerQuestion[] = [];
    const seen = new Set<string>();
    for (const { story, followUps: asked } of read)
      for (const f of asked) {
        const key = questionKey(f.question);
        if (!layer.followUps.includes(f.kind) || seen.has(key)) continue;
        if (questions.length >= MAX_STORY_QUESTIONS) break;
        seen.add(key);
        questions.push({
          question: f.question,
          why: f.why,
          source: 'story',
          storyId: story.id,
          anchor: f.anchor,
          answered: answered.has(key),
        });
      }
    const noteWords = ownWords(notes);
    const answeredCount = questions.filter((q) => q.answered).length;
    let status = layerStatus(evidenceCount, noteWords, answeredCount);
    // The layer's own question while the layer is thin, and for good once the notes have taken it up.
    const question = layer.prepare.replace('{project}', collapse(name));
    const inNotes = noteAnswers(notes).some((a) => questionKey(a.question) === questionKey(question));
    if (status !== 'covered' || inNotes) {
      const done = answered.has(questionKey(question));
      questions.unshift({ question, why: layer.probes, source: 'layer', answered: done });
      if (done) status = layerStatus(evidenceCount, noteWords, answeredCount + 1);
    }
    return {
      id: layer.id,
      label: layer.label,
      probes: layer.probes,
      status,
      notes,
      noteWords,
      evidence,
      evidenceCount,
      signals: layer.signals.filter((id) => signals.has(id)),
      questions,
      unanswered: questions.filter((q) => !q.answered).length,
    };
  });
  const counts: Record<LayerStatus, number> = { covered: 0, thin: 0, missing: 0 };
  for (const l of layers) counts[l.status]++;
  return {
    name,
    stories: stories.length,
    layers,
    counts,
    signals: SIGNAL_IDS.map((id) => ({ id, stories: read.filter((r) => r.signals.has(id)).length })),
    longSections: stories.flatMap((s) =>
      STORY_SECTIONS.filter((section) => isLongSection(s[section])).map((section) => ({
        storyId: s.id,
        storyTitle: s.title,
        section,
      })),
    ),
  };
}
