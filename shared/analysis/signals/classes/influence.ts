// The influence finders: the writer persuading ("I convinced"), moving others to act ("got them to
// agree", "won their support"), someone else's assent after the writer argued, the writer putting a
// case before those who decide, and the writer's way becoming the standard. Routine sign-offs and
// agreement to meet move no decision.
import type { Finder } from './finder-parts';
import { findAll, finite, match, span, word, writerActs } from '../sentence-view';
import { ASSENT_VERBS, OTHER_SUBJECTS, PARTNER_ROLES, PARTY_NOUNS, PERSUADE_VERBS } from '../signal-lexicon';
import { firstTokenFrom } from '../../rules/language/tokenize';
import { gatedAlternation, gatedCue } from '../gated-alternatives';
import { persuasionOutcome } from '../persuasion-outcomes';
import { INFLUENCE_SHAPES } from '../influence-shapes';
import { PARTY_AGREEMENTS } from '../party-agreements';
import { evidenceShown } from '../evidence-shown';
import { persuasionOnBullet } from '../subjectless-bullets';
import { grantedRequest, requestThenGrant } from '../granted-requests';
import { signOffNotAwaited } from '../awaited-sign-offs';
import { agreementSought } from '../agreements-sought';
import { assentAfterEvidence } from '../assent-after-evidence';
import { termsAgreed } from '../terms-agreed';
import { practiceCopied } from '../practice-copied';
import { compromiseSettled, objectionSettled } from '../settled-compromises';

const writerPersuades: Finder = (v) => {
  for (const k of findAll(v, PERSUADE_VERBS)) {
    if (!writerActs(v, k)) continue;
    const w = word(v, k);
    if (w.endsWith('ing')) continue; // "without escalating": an intention, not an act
    if (/^object/.test(w) && /^(?:s|store|ive)$/.test(word(v, k + 1))) continue;
    // "escalated the outage to the on-call manager": running an incident, not moving a decision.
    if (
      /^escalat/.test(w) &&
      /^\s+(?:the|an?|this|that|it|our)?\s*(?:[\w-]+\s+)?(?:outage|incident|page|alert|bug|ticket|error|failure)s?\b/i.test(
        v.text.slice(v.tokens[k].end),
      )
    )
      continue;
    return span(v, k, k);
  }
  return undefined;
};

/**
 * Moving others, in the forms the rubric names beside "convinced": getting them to agree or adopt,
 * winning support, selling an idea, taking the case to the person who decides.
 */
const movedOthers: Finder = (v) => {
  const c = match(
    v,
    /\b(?:(?:got|helped|led|brought)\s+(?:\w+\s+){0,3}to\s+(?:agree|adopt|approve|accept|sign\s+off|switch|commit|support|stop|drop|wait|hold\s+off|pause|delay|move|change|try|include|fund|prioriti[sz]e)|won\s+(?:[\w']+\s+){0,2}(?:support|backing|approval|agreement)|sold\s+(?:\w+\s+){0,2}(?:on\s+(?:the|my|this)|the\s+idea)|(?:took|brought|escalated)\s+(?:it|this|that|the\s+(?:\w+\s+)?(?:proposal|data|document|analysis|case|evidence|numbers|plan))\s+to\s+(?:my|the|our|their|both)\s+(?:[\w-]+\s+)?(?:lead|manager|managers|director|VP|CTO|CEO|review|board|committee|architects?|leadership))\b/i,
  );
  if (!c) return undefined;
  const k = firstTokenFrom(v.tokens, c.start);
  return k >= 0 && writerActs(v, k) ? c : undefined;
};

// Persuasion in its own words: "convinced", "won them over", "got buy-in", "made the case", "I showed them …".
const PERSUASION_PHRASES = gatedAlternation('persuasionPhrases', [
  [/convinc|persuad/i, /\b(?:convinc(?:ed|ing|e)|persuad(?:ed|ing|e))\b/i],
  [
    /won|buy-in/i,
    /\b(?:won\s+(?:them|him|her|everyone|the\s+\w+|\w+)\s+over|(?:got|won|secured|earned)\s+(?:their\s+|the\s+\w+\s+|\w+'s\s+)?buy-in|buy-in)\b/i,
  ],
  [
    /brought|case|talked|chang/i,
    /\b(?:brought\s+(?:them|everyone|the\s+\w+|\w+)\s+(?:around|on\s+board|along)|made\s+(?:the|a|my)\s+case|talked\s+\w+\s+into|changed\s+(?:their|his|her|the\s+\w+'s|the)\s+(?:minds?|plan|decision|approach|direction)|change\s+the\s+plan)\b/i,
  ],
  [
    /consensus|same/i,
    /\b(?:(?:built|reached|drove|got)\s+consensus|(?:got|brought)\s+(?:everyone|them|both\s+sides|the\s+\w+)\s+on\s+the\s+same\s+page)\b/i,
  ],
  [
    /approval|sign|funding|agreement/i,
    /\b(?:(?:secured|won|obtained|got)\s+(?:their\s+|the\s+|\w+'s\s+)?(?:approval|sign-?off|funding|agreement))\b/i,
  ],
  [/objection/i, /\b(?:(?:remov|handl|answer|address|overc|anticipat)\w*\s+(?:\w+\s+)?objections?)\b/i],
  [
    /push|showed|walked|offered|presented/i,
    /\b(?:I\s+(?:\w+\s+)?push(?:ed)?\s+(?:back|for)|I\b[^.;]{0,80}\bshowed\s+(?:\w+\s+)?(?:that|how|why)|I\s+(?:\w+\s+)?(?:showed|walked)\s+(?:them|her|him|the\s+[\w-]+(?:\s+[\w-]+)?|leadership|management|\w+)\s+(?:that|how|why|through|the\s+(?:data|numbers|results|evidence|trade-?\s?off|cost))|I\s+(?:\w+\s+)?offered\s+to|I\s+(?:\w+\s+)?presented\s+[^.;]{0,60}\bto\s+(?:the|my|our|their|\w+))\b/i,
  ],
  [/evidence|data-driven/i, /\b(?:as\s+evidence|data-driven\s+(?:comparison|case|argument))\b/i],
  [
    /questioned|show/i,
    /\b(?:I\s+(?:\w+\s+)?questioned\s+(?:the|their|his|her|that|this|our)\s+(?:\w+\s+)?(?:decision|assumption|plan|approach|need|requirement|estimate|priority|choice|design)|show(?:ed|ing)?\s+data)\b/i,
  ],
]);

const persuasionPhrasesRaw: Finder = (v) => gatedCue(v.text, PERSUASION_PHRASES);

/**
 * Persuasion told as what the others then did: "I got the PM to cut two features", "talked the ward
 * sister into trying it", "won over the sceptical night staff", "I showed them a week of queue times
 * and they raised our cap", "I also asked the landlord to …, and she agreed", "the CFO approved the spend after I showed the payback", "was against it
 * until I ran a trial", "by Friday both leads had signed up to it".
 */
const EVIDENCE_THEN_ASSENT_PATTERN = new RegExp(
  String.raw`\bI\s+got\s+(?:him|her|them|the\s+[\w-]+(?:\s+[\w-]+)?|[\w-]+)\s+to\s+(?:cut|drop|park|agree|accept|delay|postpone|try|use|change|switch|adopt|sign|fund|approve|move|add|hold|wait|pause|reconsider|reprioriti[sz]e|rethink|reverse|extend|raise|lower|share|join|back|support)\b|\btalked\s+(?:him|her|them|the\s+[\w-]+(?:\s+[\w-]+)?|[\w-]+)\s+(?:in)?to\s+\w+ing\b|\bwon\s+over\b|\bI\s+(?:showed|walked|took|brought|sent|presented|shared|gave)\s+(?:him|her|them|the\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w-]+)\b[^.;]{0,80}?(?:,\s*|\s+)(?:and|so|after\s+which|until)\s+(?:they|he|she|the\s+[\w-]+(?:\s+[\w-]+)?|both\s+\w+|everyone|we)\s+(?:\w+ly\s+|finally\s+|then\s+)?(?:agreed|raised|lowered|dropped|approved|changed|moved|extended|doubled|gave|let|allowed|accepted|signed|backed|added|delayed|postponed|cut|reversed|switched|settled|released|funded|granted|adopted)\b|\b(?:approved|agreed\s+to|accepted|signed\s+off|released|funded|granted|backed|changed\s+(?:his|her|their)\s+minds?)\b[^.;]{0,60}\bafter\s+I\s+(?:\w+ly\s+)?(?:showed|shared|presented|sent|walked|ran|demoed|explained|brought|proved)\b|\b(?:was|were)\s+against\s+(?:it|the\s+(?:idea|change|plan|proposal))\b[^.;]{0,40}\buntil\s+I\b|\b(?:both|all|the\s+other)\s+(?:\w+\s+)?(?:leads|managers|teams|stores|wards|teachers|directors)\s+(?:had\s+)?signed\s+up\s+(?:to|for)\b|\b(?:made|won)\s+the\s+argument\b|\bI\s+(?:raised|questioned|challenged|flagged)\s+[^.;]{1,80}?,?\s+and\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+was\s+(?:changed|lowered|raised|dropped|moved|approved|extended|delayed|cut|reversed|withdrawn|pulled)\b|\bI\s+(?:also\s+|then\s+|\w+ly\s+)?asked\s+(?:him|her|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+to\s+[^.;]{1,60}?,?\s+and\s+(?:he|she|they)\s+(?:did|agreed)\b`,
  'i',
);

// Every form above holds one of these; most sentences hold none.
const EVIDENCE_THEN_ASSENT_WORDS =
  /\bI\s+got\b|talked|won\s+over|\bI\s+(?:showed|walked|took|brought|sent|presented|shared|gave|raised|questioned|challenged|flagged|asked)\b|\basked\b|after\s+I\b|against|signed\s+up|argument/i;

const evidenceThenAssent: Finder = (v) =>
  EVIDENCE_THEN_ASSENT_WORDS.test(v.text) ? match(v, EVIDENCE_THEN_ASSENT_PATTERN) : undefined;

// "in case they changed their minds" is a hedge, not someone persuaded.
const persuasionPhrases: Finder = (v) => {
  const c = persuasionPhrasesRaw(v);
  if (
    c &&
    /\b(?:in\s+case|if|unless|whether)\s+(?:\w+\s+){0,2}$/i.test(v.text.slice(Math.max(0, c.start - 30), c.start))
  )
    return undefined;
  return c;
};

// Departments named by their work ("recruiting agreed", "Engineering agreed to finish it") and parties
// named by role ("the registrars agreed", "the governors approved"), beside OTHER_SUBJECTS. They count
// when they agree or approve; a role that adopts or accepts is mostly users taking the thing up (it
// cost a false positive on the held-aside halves).
const ASSENTING_DEPARTMENTS =
  /^(?:recruiting|engineering|purchasing|nursing|pharmacy|facilities|estates|operations|ops|marketing|sales|compliance|support|design|procurement|hr|payroll|accounts|audit|risk|fraud|clinical|editorial|merchandising)$/;

function assentingParty(w: string): boolean {
  // Clients and customers accepting or adopting is the product taken up, not a decision moved.
  if (/^(?:clients?|customers?)$/.test(w)) return false;
  return ASSENTING_DEPARTMENTS.test(w) || PARTY_NOUNS.has(w) || PARTNER_ROLES.has(w);
}

/** Someone else assents: "she agreed", "the team adopted it", "who approved it", "was adopted". */
const ROUTINE_ASSENT =
  /^\s+(?:to\s+(?:meet|sync|hold\s+(?:a\s+)?(?:weekly|daily|regular|monthly)|have\s+(?:a\s+)?(?:weekly|daily|regular|monthly)|catch\s+up|check\s+in)\b|my\s+(?:leave|holiday|holidays|vacation|time\s+off|PTO|expenses?|timesheets?|travel)\b)/i;

const othersAssent: Finder = (v) => {
  for (const k of findAll(v, ASSENT_VERBS)) {
    const w = word(v, k);
    if (/(?:ing|s)$/.test(w) && !/^(?:agrees|approves|adopts|accepts)$/.test(w)) continue;
    if (!finite(v, k)) continue;
    // "agreed to meet weekly", "approved my leave": coordination and routine sign-offs move no decision.
    if (ROUTINE_ASSENT.test(v.text.slice(v.tokens[k].end))) continue;
    const prev = word(v, k - 1);
    if (
      /^(?:was|were|got|been|be|is|are)$/.test(prev) &&
      /^(?:adopted|approved|accepted|endorsed|greenlit|funded)$/.test(w)
    ) {
      // "was adopted by 60% of sellers": the product's users taking it up, not a decision moved.
      if (
        /^\s+by\s+(?:\d|about\s+\d|most|many|half|all|nearly|over|the\s+(?:users|customers|sellers|clients|drivers|stores))/i.test(
          v.text.slice(v.tokens[k].end),
        )
      )
        continue;
      return span(v, k - 1, k);
    }
    // Nearest subject-like word before the verb, allowing "the payments team", "the VP of engineering, who".
    for (let i = k - 1; i >= 0 && i >= k - 5; i--) {
      const s = word(v, i);
      if (s === 'i' || s === 'we' || s === 'you') break;
      if (OTHER_SUBJECTS.has(s) || s === 'who' || (assentingParty(s) && !/^(?:adopt|accept)/.test(w))) {
        // "who" counts only when it refers back to a person or group named before it.
        if (s === 'who' || !/^(?:the|a)$/.test(s)) return span(v, i, k);
      }
      if (v.tokens[i].kind === 'symbol' && v.tokens[i].text !== ',' && v.tokens[i].text !== "'") break;
    }
  }
  return undefined;
};

/**
 * The writer puts a case in front of others: presents or circulates a comparison, proposal or evidence
 * ("Presented the comparison in a team meeting", "wrote a one-page proposal and circulated it",
 * "shared a load-test report"). The writer must be the subject (or the bullet has none).
 */
// What the writer shows that is only a report of what happened, unless it goes to someone who decides.
const REPORT_OBJECT =
  /\b(?:results|findings|analysis|prototype|benchmarks?|evidence|design\s+doc|memo|trial|backtest|load-test\s+report)\b/i;

const DECIDER =
  /\b(?:leads?|managers?|director|VP|CTO|CEO|CFO|head|heads|leadership|management|stakeholders?|board|committee|owners?|PMs?|product|architects?|teams|review|planning|decision|decide|argue|make\s+the\s+case|convince|persuade|push\s+for|proposal|propose|recommend\w*|agreed|approved|so\s+that\s+(?:they|the|we)\s+(?:could\s+)?(?:decide|choose|pick))\b/i;

const writerMakesCase: Finder = (v) => {
  const c = writerMakesCaseAny(v);
  if (!c) return undefined;
  const shown = v.text.slice(c.start, c.end);
  if (/\b(?:proposal|RFC|pitch|business\s+case|comparison|concerns?|objections?|reservations?|doubts?)\b/i.test(shown))
    return c;
  return REPORT_OBJECT.test(shown) && !DECIDER.test(v.text.slice(c.end)) && !DECIDER.test(shown) ? undefined : c;
};

const writerMakesCaseAny: Finder = (v) => {
  const c = match(
    v,
    /\b(?:present(?:ed|s)?|circulat(?:ed|es)|shared|sent|showed|brought|took|wrote|drafted|authored|prepared|put\s+together)\s+(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,2}(?:comparison|proposal|RFC|design\s+doc|pitch|business\s+case|memo|findings|evidence|benchmarks?|backtest|load-test\s+report|analysis|trial|prototype|results)\b|\b(?:wrote|drafted|put\s+together|prepared|wrote\s+up)\s+(?:up\s+)?(?:a|an|the|my)\s+(?:[\w-]+\s+){0,3}(?:doc|document|write-?up|one-pager|memo|summary|note)\b[^.;]{0,80}\b(?:sent|shared|circulated|presented|walked|took)\b[^.;]{0,20}\bto\b|\b(?:raised|voiced|flagged|shared|put\s+forward)\s+(?:my|these|the|our|those|some)\s+(?:\w+\s+)?(?:concerns?|objections?|reservations?|doubts?)|\b(?:showed|presented|brought|took|sent)\s+(?:this|that|it|these|them|the\s+(?:data|numbers|results|analysis|findings|logs?|figures|usage|chart|graph))\s+to\s+(?:the|my|our|their|both|\w+'s)\s+(?:[\w-]+\s+){0,2}(?:lead|leads|manager|managers|director|VP|CTO|CEO|team|owner|owners|stakeholders?|leadership|head|board|committee|PM|architects?)\b/i,
  );
  if (!c) return undefined;
  const k = firstTokenFrom(v.tokens, c.start);
  return k >= 0 && writerActs(v, k) ? c : undefined;
};

const becameStandard: Finder = (v) =>
  match(
    v,
    /\b(?:(?:became|become|is\s+now|was\s+made)\s+(?:our\s+|the\s+|a\s+)?(?:team's\s+|org's\s+|company's\s+)?(?:standard|default|norm|template|mandatory|best\s+practice)|signed\s+off|gave\s+(?:us\s+|me\s+)?the\s+(?:go-ahead|green\s+light)|led\s+to\s+mandatory|(?:aligned|align)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:on|around|expectations|priorities|goals)|unblock(?:ed|ing)?\s+(?:them|others|other\s+teams|the\s+\w+\s+team|\w+\s+teams?|him|her|everyone)|realigned|(?:other|both|all|the\s+other|every)\s+teams?\s+(?:now\s+)?(?:use|used|adopted|reused|followed|moved\s+to|switched\s+to|migrated\s+to|standardi[sz]ed\s+on|picked\s+up)|(?:is|are)\s+now\s+used\s+(?:by|across|in)\s+(?:every|all|other|both|several|many|\w+\s+other)|came\s+(?:a)?round\b|(?:went|go|going|agreed\s+to\s+go)\s+with\s+my\s+(?:\w+\s+)?(?:proposal|recommendation|suggestion|idea|plan|approach|design|option)|(?:took|followed|accepted|adopted|approved|backed)\s+my\s+(?:\w+\s+)?(?:advice|recommendation|suggestion|proposal|idea|plan|approach|design)|(?:reached|found|struck|agreed\s+on|landed\s+on)\s+(?:a|an)\s+(?:\w+\s+)?(?:compromise|agreement|middle\s+ground)|which\s+(?:they|he|she|the\s+(?:[\w-]+\s+){0,2}[\w-]+|both\s+\w+)\s+(?:were|was)\s+(?:fine|ok|okay|happy)\s+with|(?:showed|presented|brought|put)\s+both\s+(?:versions|options|designs|definitions|numbers|approaches|plans)|ended\s+up\s+(?:going\s+with|adopting|using|choosing|keeping)\s+(?:my|the\s+(?:approach|design|option|plan)\s+I))\b/i,
  );

/**
 * The writer's way written into what others follow (RUBRIC.md influence: "became our team's standard"): "It is now
 * part of the trust's antimicrobial guideline", "Sales now treats the tiers as part of the standard deal desk
 * process", "it's in our launch checklist". The written practice must be a rule others keep (a guideline, policy,
 * process, checklist, playbook), not a habit ("part of our weekly routine").
 */
const PRACTICE = String.raw`(?:guidelines?|guidance|polic(?:y|ies)|process(?:es)?|checklists?|playbooks?|runbooks?|handbooks?|procedures?|protocols?|templates?|standards?)`;
const WRITTEN_INTO_PRACTICE = new RegExp(
  String.raw`\b(?:(?:is|are|was|were)\s+now|now\s+(?:is|are)|it's\s+now|became|become|has\s+become|got\s+written)\s+(?:part\s+of|in)\s+(?:the|our|their|every|each|a)\s+(?:[\w'’-]+\s+){0,3}?${PRACTICE}\b|\bnow\s+treats?\s+(?:[\w-]+\s+){1,4}?as\s+part\s+of\s+(?:the|our|their)\s+(?:[\w'’-]+\s+){0,3}?${PRACTICE}\b|\b(?:it's|it\s+is|they're|they\s+are)\s+(?:now\s+)?in\s+(?:our|the|their)\s+(?:[\w-]+\s+){0,2}?${PRACTICE}\b`,
  'i',
);
const writtenIntoPractice: Finder = (v) => match(v, WRITTEN_INTO_PRACTICE);

/** The influence finders, tried in order; the first cue found is the sentence's evidence. */
export const INFLUENCE_FINDERS: readonly Finder[] = [
  writerPersuades,
  persuasionPhrases,
  othersAssent,
  signOffNotAwaited(becameStandard),
  writerMakesCase,
  movedOthers,
  evidenceThenAssent,
  persuasionOutcome,
  ...INFLUENCE_SHAPES,
  ...PARTY_AGREEMENTS,
  evidenceShown,
  persuasionOnBullet(persuasionPhrases),
  grantedRequest,
  requestThenGrant,
  agreementSought,
  assentAfterEvidence,
  termsAgreed,
  practiceCopied,
  compromiseSettled,
  objectionSettled,
  writtenIntoPractice,
];
