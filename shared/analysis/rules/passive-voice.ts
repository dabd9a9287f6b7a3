// Passive voice that hides the actor: "was migrated", "were reduced" with no "by …". In a story the
// listener needs to know who did it; "I was promoted" (the speaker as subject) is fine.
import type { Token } from './tokenize';
import { isPastForm } from './verbs';

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'got', 'gets', 'get']);
const PARTICIPLES = new Set([
  'built',
  'done',
  'made',
  'written',
  'given',
  'taken',
  'shown',
  'known',
  'seen',
  'led',
  'run',
  'set',
  'sent',
  'kept',
  'held',
  'found',
  'chosen',
  'driven',
  'broken',
  'brought',
  'bought',
  'caught',
  'taught',
  'told',
  'won',
  'begun',
  'grown',
  'spent',
  'put',
  'cut',
  'shut',
  'drawn',
  'overseen',
  'rewritten',
  'undertaken',
  'rebuilt',
  'shipped',
  'paid',
  'sold',
  'left',
  'lost',
  'met',
  'split',
  'spun',
  'forgotten',
  'hidden',
  'thrown',
]);
// Participles that read as adjectives or states, not hidden actions.
const STATE_PARTICIPLES = new Set([
  'based',
  'located',
  'called',
  'named',
  'known',
  'supposed',
  'involved',
  'interested',
  'excited',
  'tired',
  'pleased',
  'surprised',
  'concerned',
  'used',
  'required',
  'needed',
  'expected',
  'scheduled',
  'done',
  'gone',
  'finished',
  'married',
  'engaged',
  'committed',
  'focused',
  'dedicated',
  'aligned',
  'related',
  'considered',
]);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they']);

export interface PassiveHit {
  start: number;
  end: number;
}

export function findHiddenActorPassives(tokens: Token[]): PassiveHit[] {
  const hits: PassiveHit[] = [];
  const words = tokens.filter((t) => t.kind !== 'symbol');
  for (let i = 0; i < words.length; i++) {
    if (!BE_FORMS.has(words[i].lower)) continue;
    let j = i + 1;
    while (
      j < words.length &&
      j <= i + 2 &&
      (words[j].lower.endsWith('ly') ||
        words[j].lower === 'not' ||
        words[j].lower === 'then' ||
        words[j].lower === 'also')
    )
      j++;
    const p = words[j];
    if (!p || STATE_PARTICIPLES.has(p.lower)) continue;
    if (!(PARTICIPLES.has(p.lower) || isPastForm(p.lower))) continue;
    if (i > 0 && SUBJECT_PRONOUNS.has(words[i - 1].lower)) continue;
    let actor = false;
    for (let k = j + 1; k < words.length && k <= j + 7; k++)
      if (words[k].lower === 'by') {
        actor = true;
        break;
      }
    if (actor) continue;
    hits.push({ start: words[i].start, end: p.end });
    i = j;
  }
  return hits;
}
