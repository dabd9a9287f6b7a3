// The analyzer's one lexicon: every word list the claim rules read, by concern, each registered by
// name (word-lists/lemma-set.ts) so a test catches a word listed twice and two lists that share a name
// but not their contents. Lists of verbs and nouns are matched by lemma where every inflection keeps
// the meaning; lists matched as written say why.
export * from './word-lists/lemma-set';
export * from './word-lists/function-words';
export * from './word-lists/change-verbs';
export * from './word-lists/change-of-state-verbs';
export * from './word-lists/outcome-nouns';
export * from './word-lists/better-states';
export * from './word-lists/recognition-words';
export * from './word-lists/adoption-words';
export * from './word-lists/enabling-words';
export * from './word-lists/work-words';
export * from './word-lists/work-act-words';
export * from './word-lists/party-words';
export * from './word-lists/number-role-words';
export * from './word-lists/trouble-words';
export * from './word-lists/quiet-words';
export * from './word-lists/first-person-words';
export * from './word-lists/unachieved-words';
export * from './word-lists/phrase-outcome-words';
export * from './word-lists/plan-words';
export * from './word-lists/people-growth-words';
export * from './word-lists/present-act-words';
export * from './word-lists/calendar-words';
export * from './word-lists/claim-words';
export * from './word-lists/clause-openers';
export * from './word-lists/question-words';
export * from './word-lists/valence-words';
export * from './word-lists/result-state-words';
export * from './word-lists/after-state-words';
export * from './word-lists/gain-words';
