// For a question, which stories answer it best and why. The score adds up a few signals, each also
// turned into words for the reason line:
//   competency overlap 0.5 (a story tag counts fully when it is the question's id, 0.7 when it maps to it),
//   readiness 0.25, shared content words 0.2, and small adjustments for status and recent use; when a
//   loop's focus is given (what the job asks for), the share of it the story covers adds up to 0.2 for a
//   story that answers the question by competency: the focus reorders the stories that answer the
//   question, and gives nothing to one that only shares its words.
import type { Question, Story } from '../domain/schemas';
import { equivalentCompetencyIds } from '../competencies/map-competencies';
import { isTellable, clampReadiness, statusReadiness, type ReadinessFn } from '../coverage/story-state';
import { keywords } from './keywords';

export interface RankOptions {
  readiness?: ReadinessFn;
  /** Display names for competency ids; ids are shown otherwise. */
  competencyName?: (id: string) => string;
  now?: Date;
  limit?: number;
  /**
   * The focus of the loop being prepared (competency ids, strongest first): a story that also covers
   * what the job asks for ranks above one that answers the question alone.
   */
  focus?: readonly string[];
}

export interface RankedStory {
  storyId: string;
  score: number;
  reason: string;
  matched: { competencyId: string; via: 'tagged' | 'mapped'; storyTag: string }[];
  /** The loop-focus competencies the story covers (tagged, or through a corresponding competency). */
  focusCovered: string[];
  sharedWords: string[];
  readiness: number;
}

const WEIGHTS = { competency: 0.5, readiness: 0.25, words: 0.2, focus: 0.2, draft: -0.05, recent: -0.05 };
const MAPPED_CREDIT = 0.7;
const RECENT_DAYS = 14;
/**
 * A question word that most stories of the bank use ("work", "team") says nothing about which story
 * fits: from this many tellable stories on, a word used by more than half of them is not shared.
 */
const COMMON_WORD_MIN_STORIES = 4;

/** Each tellable story's content words, and the question words too common in the bank to tell stories apart. */
function wordsOf(stories: readonly Story[], questionWords: ReadonlySet<string>) {
  const words = new Map<string, Set<string>>();
  for (const story of stories)
    if (isTellable(story))
      words.set(
        story.id,
        keywords(
          [story.title, story.project, story.situation, story.task, story.action, story.result, story.reflection].join(
            ' ',
          ),
        ),
      );
  const common = new Set<string>();
  if (words.size >= COMMON_WORD_MIN_STORIES)
    for (const word of questionWords) {
      let uses = 0;
      for (const set of words.values()) if (set.has(word)) uses++;
      if (uses > words.size / 2) common.add(word);
    }
  return { words, common };
}

export function rankStoriesForQuestion(
  question: Question,
  stories: readonly Story[],
  options: RankOptions = {},
): RankedStory[] {
  const name = options.competencyName ?? ((id: string) => id);
  const now = (options.now ?? new Date()).getTime();
  const questionWords = keywords(question.text);
  const bankWords = wordsOf(stories, questionWords);
  const ranked: RankedStory[] = [];
  const focus = options.focus ?? [];
  const focusSets = focus.map((id) => new Set([id, ...equivalentCompetencyIds(id)]));
  // The strongest focus counts most: weights focus.length, …, 1, so covering the first beats the last.
  const focusTotal = (focus.length * (focus.length + 1)) / 2;

  for (const story of stories) {
    if (!isTellable(story)) continue;
    const matched: RankedStory['matched'] = [];
    for (const c of question.competencies) {
      if (story.competencies.includes(c)) {
        matched.push({ competencyId: c, via: 'tagged', storyTag: c });
        continue;
      }
      const tag = story.competencies.find((t) => equivalentCompetencyIds(c).includes(t));
      if (tag) matched.push({ competencyId: c, via: 'mapped', storyTag: tag });
    }
    const competencyScore =
      question.competencies.length === 0
        ? 0
        : matched.reduce((sum, m) => sum + (m.via === 'tagged' ? 1 : MAPPED_CREDIT), 0) / question.competencies.length;

    const storyWords = bankWords.words.get(story.id)!;
    const sharedWords = [...questionWords].filter((w) => storyWords.has(w) && !bankWords.common.has(w));
    const wordScore = questionWords.size === 0 ? 0 : Math.min(1, sharedWords.length / Math.min(4, questionWords.size));

    const focusCovered = focus.filter((_, k) => story.competencies.some((t) => focusSets[k].has(t)));
    const focusScore =
      focusTotal === 0 ? 0 : focusCovered.reduce((sum, id) => sum + (focus.length - focus.indexOf(id)), 0) / focusTotal;

    const readiness = clampReadiness((options.readiness ?? statusReadiness)(story));
    const usedDaysAgo = story.lastUsed ? (now - Date.parse(story.lastUsed.at)) / 86_400_000 : Infinity;
    const recent = usedDaysAgo >= 0 && usedDaysAgo < RECENT_DAYS;

    const score =
      WEIGHTS.competency * competencyScore +
      WEIGHTS.readiness * (readiness / 100) +
      WEIGHTS.words * wordScore +
      (matched.length > 0 ? WEIGHTS.focus * focusScore : 0) +
      (story.status === 'draft' ? WEIGHTS.draft : 0) +
      (recent ? WEIGHTS.recent : 0);
    if (matched.length === 0 && sharedWords.length === 0) continue; // nothing connects it to the question

    const parts: string[] = [];
    // Each of the story's tags is named once: a tag the question names itself says enough, and the same
    // competency in other frameworks only repeats it. A tag that answers through a corresponding
    // competency leads with the story's own tag, the one its writer chose and sees: "Covers Leadership
    // (asked as Think Big)", not "Covers Think Big (via Leadership)", which named a competency of another
    // framework first to someone preparing with Senior ML engineer.
    const tagged = matched.filter((m) => m.via === 'tagged').map((m) => name(m.competencyId));
    const taggedTags = new Set(matched.filter((m) => m.via === 'tagged').map((m) => m.storyTag));
    const viaTag = new Map<string, string>();
    for (const m of matched)
      if (m.via === 'mapped' && !taggedTags.has(m.storyTag) && !viaTag.has(m.storyTag))
        viaTag.set(m.storyTag, `${name(m.storyTag)} (asked as ${name(m.competencyId)})`);
    const mapped = [...viaTag.values()];
    if (tagged.length + mapped.length > 0) parts.push(`covers ${[...tagged, ...mapped].join(', ')}`);
    else parts.push('no matching competency tag');
    if (focusCovered.length > 0) parts.push(`fits the job focus: ${focusCovered.map(name).join(', ')}`);
    parts.push(`readiness ${Math.round(readiness)}`);
    if (sharedWords.length > 0)
      parts.push(
        `uses the question's ${sharedWords.length === 1 ? 'word' : 'words'} “${sharedWords.slice(0, 4).join('”, “')}”`,
      );
    if (story.status === 'draft') parts.push('still a draft');
    // lastUsed is set when a story is put into a loop's plan: say when that was done, in words that cannot be
    // read as the interview's date ("planned for a loop today" read as an interview today).
    if (recent) parts.push(`added to a loop plan ${daysAgo(usedDaysAgo)}`);
    ranked.push({
      storyId: story.id,
      score,
      reason: capitalize(parts.join(' · ')),
      matched,
      focusCovered,
      sharedWords,
      readiness,
    });
  }
  ranked.sort((a, b) => b.score - a.score || a.storyId.localeCompare(b.storyId));
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}

const daysAgo = (days: number) => {
  const n = Math.max(0, Math.floor(days));
  return n === 0 ? 'today' : n === 1 ? 'yesterday' : `${n} days ago`;
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
