// A small verb lexicon for English without a tagger: irregular past forms, base forms of the
// action verbs people use in resumes and stories, and stative verbs that describe rather than act.

export const IRREGULAR_PAST = new Set([
  'built', 'led', 'wrote', 'drove', 'ran', 'made', 'took', 'set', 'cut', 'grew', 'won', 'spoke', 'began', 'brought',
  'bought', 'caught', 'chose', 'did', 'drew', 'fought', 'found', 'gave', 'got', 'held', 'kept', 'left', 'lent',
  'lost', 'met', 'paid', 'put', 'quit', 'read', 'rebuilt', 'redid', 'rewrote', 'said', 'sent', 'shut', 'sold',
  'spent', 'split', 'spun', 'stood', 'struck', 'taught', 'threw', 'told', 'understood', 'undertook', 'went',
  'withdrew', 'oversaw', 'overcame', 'saw', 'became', 'flew', 'laid', 'rode', 'rose', 'sought', 'shook', 'shot',
  'sped', 'swept', 'wore', 'woke', 'upheld', 'withheld', 'forgave', 'foresaw', 'overtook', 'outgrew', 'won',
  'dug', 'fed', 'fled', 'hung', 'knew', 'thought', 'felt', 'had', 'was', 'were', 'meant', 'heard', 'sat',
  'greenlit', 'lit', 'bet', 'hit', 'let', 'shed', 'spread', 'broke', 'broadcast', 'co-wrote', 'co-led', 'ate',
]);

/** Past forms that describe a state or a belief, not an action. */
export const STATIVE = new Set([
  'was', 'were', 'am', "'m", 'is', 'are', 'had', 'have', 'has', 'assumed', 'thought', 'believed', 'felt', 'knew',
  'wanted', 'hoped', 'wished', 'liked', 'loved', 'enjoyed', 'realized', 'realised', 'learned', 'learnt',
  'noticed', 'seemed', 'needed', 'expected', 'preferred', 'remembered', 'forgot', 'wondered', 'feared', 'doubted',
  'work', 'love', 'like', 'enjoy', 'know', 'think', 'believe', 'feel', 'want', 'hope', 'need', 'prefer', 'am',
]);

/** Base forms of action verbs that open present-tense resume bullets ("Build and maintain …"). */
export const ACTION_BASE = new Set([
  'architect', 'build', 'lead', 'design', 'develop', 'create', 'implement', 'manage', 'maintain', 'deploy',
  'deliver', 'drive', 'own', 'run', 'mentor', 'coach', 'help', 'support', 'write', 'launch', 'ship', 'migrate',
  'optimize', 'optimise', 'automate', 'improve', 'reduce', 'scale', 'establish', 'define', 'coordinate',
  'collaborate', 'partner', 'work', 'serve', 'oversee', 'administer', 'analyze', 'analyse', 'research',
  'prototype', 'refactor', 'integrate', 'review', 'train', 'hire', 'recruit', 'grow', 'spearhead', 'champion',
  'streamline', 'rewrite', 'redesign', 'monitor', 'operate', 'contribute', 'teach', 'present', 'organize',
  'organise', 'plan', 'found', 'head', 'direct', 'negotiate', 'evangelize', 'advocate', 'consult', 'audit',
  'investigate', 'debug', 'fix', 'resolve', 'triage', 'standardize', 'standardise', 'setup', 'configure',
  'engineer', 'program', 'code', 'model', 'publish', 'produce', 'edit', 'report', 'facilitate', 'provide',
  'guide', 'ensure', 'enable', 'conduct', 'perform', 'deploy', 'instrument', 'benchmark', 'profile', 'port',
  'translate', 'curate', 'label', 'sell', 'pitch', 'secure', 'raise', 'assist', 'handle', 'troubleshoot',
  'architect', 'co-found', 'cofound', 'co-lead', 'colead',
]);

/** Words that are not verbs although they end in "-ed". */
const ED_NOT_VERBS = new Set(['need', 'bred', 'fled', 'sped', 'shred', 'bed', 'red', 'seed', 'speed', 'feed', 'hundred', 'shed', 'embed', 'breed', 'greed', 'weed', 'deed', 'indeed', 'ted', 'med', 'fed', 'led', 'ned', 'sled']);

export function isPastForm(lower: string): boolean {
  if (IRREGULAR_PAST.has(lower)) return true;
  return lower.length > 3 && lower.endsWith('ed') && !ED_NOT_VERBS.has(lower);
}

const ING_NOT_VERBS = new Set(['during', 'morning', 'evening', 'thing', 'nothing', 'something', 'anything', 'everything', 'string', 'king', 'spring', 'ring', 'wing', 'ceiling', 'ping', 'sibling', 'pricing', 'timing', 'funding']);

export function isGerund(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ing') && !ING_NOT_VERBS.has(lower);
}

/** "Co-founded", "Re-wrote", "Re-architected": joined forms of hyphenated verbs. */
export const VERB_PREFIXES = new Set(['co', 're', 'pre', 'de', 'un', 'cross', 'self', 'over', 'under', 'auto', 'up', 'out', 'down']);

/** Irregular past forms that are just as often nouns or base forms ("cache hit rate", "set up"). */
export const AMBIGUOUS_PAST = new Set(['hit', 'let', 'set', 'put', 'cut', 'read', 'spread', 'broadcast', 'bet', 'lit', 'shed', 'quit', 'split', 'shut', 'fed', 'left', 'met', 'led']);
