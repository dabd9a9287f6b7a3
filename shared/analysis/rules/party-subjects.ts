// Kept so rules written against the old module keep building while other branches move over: the party walks
// now live in the clause reader (clause-actors.ts) and the word's party in party-kinds.ts. Import from those.
export { isPartyWord } from './party-kinds';
export { otherPeople, sentenceSubjectIsParty, subjectBefore } from './clause-actors';
