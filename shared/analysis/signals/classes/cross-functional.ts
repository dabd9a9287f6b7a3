// The cross-functional finders: a function's team ("the payments team"), another team or its people
// ("both tech leads", "the vendor's account manager"), a partner role at work with the writer, a
// department acting as one person ("Legal flagged …"), and roles outside software ("the exams
// officer"). Each cue must name a party the writer worked with (partner-context.ts), not the writer's
// own team or the product's users.
import type { Finder } from './finder-parts';
import { AS_OPENER, CLAUSE_OPENER_CORE, clauseOpeners } from '../../rules/language/lexicon';
import { findAll, match, opensSentence, span, word, type Cue, type SentenceView } from '../sentence-view';
import { FUNCTION_NOUNS, PARTNER_ROLES } from '../signal-lexicon';
import { notAPartner } from '../partner-context';
import { authorityParty } from '../authority-limits';
import { partyToTheWork } from '../party-phrases';
import { organisationParty } from '../organisation-parties';
import { partyTellingWriter } from '../parties-telling-writer';
import { unlessATitleLine } from '../signal-title-lines';

const TEAM_WORDS =
  /^(?:teams?|team's|lead|leads|side|org|orgs|organi[sz]ations?|partners?|engineers?|reviewers?|folks|people|group|groups|owners?|stakeholders?|counterparts?|director|directors|head|heads|managers?|reps?|specialists?|experts?|analysts?|staff|agents?|department|departments|colleagues)$/;

const NOT_PARTNER_TEAM =
  /^(?:relevant|right|appropriate|proper|wrong|whole|entire|same|core|new|my|our|small|full|own|project|feature|scrum|agile|dev|development|engineering|my|his|her|their|this|that|a|the|one|tiger|hiring|interview|founding|senior|junior)$/;

// The second word of a function named in two words: "data science", "customer service", "data protection".
const DISCIPLINE =
  /^(?:science|sciences|engineering|protection|governance|quality|service|services|excellence|planning)$/;

/** "the payments team", "finance and sales leads", "trust-and-safety reviewers", "data engineers". */
const functionTeam: Finder = (v) => {
  for (let k = 0; k < v.tokens.length; k++) {
    const w = word(v, k);
    if (!FUNCTION_NOUNS.has(w)) continue;
    // Skip joined words ("trust-and-safety", "finance and sales") to the role noun they modify, and the second word
    // of a function named in two ("the product and data science leads", "the customer service reps").
    let j = k + 1;
    while (
      j < v.tokens.length &&
      j <= k + 5 &&
      (v.tokens[j].kind === 'symbol' ||
        /^(?:and|or|&)$/.test(word(v, j)) ||
        FUNCTION_NOUNS.has(word(v, j)) ||
        (DISCIPLINE.test(word(v, j)) && FUNCTION_NOUNS.has(word(v, j - 1))))
    )
      j++;
    if (TEAM_WORDS.test(word(v, j)) && !OWN_TEAM.test(v.text)) {
      // "support team" of a product is a partner; "my ML team" is the writer's own.
      if (/^(?:my|our)$/.test(word(v, k - 1)) && /^team/.test(word(v, j)) && /^(?:ml|data|search|platform)$/.test(w))
        continue;
      if (/^agents?$/.test(word(v, j)) && !/^(?:support|customer|sales|service)$/.test(w)) continue;
      return span(v, k, j);
    }
  }
  return undefined;
};

// The writer's own team, named: "the ranking team was two people, me and a new grad", "I joined the search team".
const OWN_TEAM =
  /\b(?:me\s+and|and\s+me|including\s+me|I\s+(?:was|am)\s+(?:on|in|part\s+of)\s+(?:the|a|an|my|our)\s|I\s+joined|I\s+(?:led|lead|managed|ran)\s+the)\b/i;

/** "the Kafka team", "another team", "six teams", "both teams", "all teams". */
const otherTeams: Finder = (v) => {
  for (let k = 1; k < v.tokens.length; k++) {
    const w = word(v, k);
    if (!/^(?:teams?|team's|orgs?|departments?)$/.test(w)) continue;
    if (/^members?$/.test(word(v, k + 1))) continue;
    const prev = word(v, k - 1);
    const prev2 = word(v, k - 2);
    if (
      /^(?:other|another|both|all|each|every|neither|partner|sister|neighbou?ring|adjacent|downstream|upstream|external|several|multiple|owning|consuming|client|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(
        prev,
      )
    )
      return span(v, k - 1, k);
    if (/^(?:other|the)$/.test(prev2) && /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(prev))
      return span(v, k - 2, k);
    if (
      /^(?:the|another|their|a)$/.test(prev2) &&
      v.tokens[k - 1].kind === 'word' &&
      !NOT_PARTNER_TEAM.test(prev) &&
      /^team/.test(w) &&
      !OWN_TEAM.test(v.text)
    )
      return span(v, k - 2, k);
    // "his team", "her team": someone else's team (the writer's would be "my" or "our").
    if (/^(?:his|her)$/.test(prev) && /^team/.test(w)) return span(v, k - 1, k);
    // "the credit policy team had to sign off": a team named by two words, acting as a party.
    if (
      /^team/.test(w) &&
      /^(?:the|another|their)$/.test(word(v, k - 3)) &&
      [prev, prev2].every((x) => /^[a-z-]+$/.test(x) && !NOT_PARTNER_TEAM.test(x)) &&
      /^(?:had|wanted|asked|owned|owns|approved|reviewed|signed|needed|required|agreed|pushed|refused|objected|insisted|worried|was|were|reported)$/.test(
        word(v, k + 1),
      ) &&
      !OWN_TEAM.test(v.text)
    )
      return span(v, k - 3, k);
    // "each partner's technical team", "the vendor's team": another organisation's team.
    const owner = v.tokens
      .slice(Math.max(0, k - 3), k)
      .find((x) => /'s$/.test(x.lower) && !/^(?:my|our|team)'s$/.test(x.lower));
    if (owner && /^team/.test(w)) return span(v, v.tokens.indexOf(owner), k);
  }
  return otherPeople(v);
};

// The people of another group named by their role: "each bank's technical contacts", "both tech leads",
// "the CRM manager", "the retention managers". Not the writer's own chain ("my manager", "our lead").
const PEOPLE =
  /^(?:leads?|managers?|directors?|heads?|contacts?|counterparts?|owners?|reps?|representatives?|specialists?|liaisons?)$/;

const OWN_CHAIN =
  /^(?:my|our|the|a|team|team's|tech|engineering|project|hiring|line|delivery|program|release|senior|new|direct|skip-level|technical|same|his|her|their|its)$/;

// A cheap first look for the people words above.
const PEOPLE_WORDS = /lead|manager|director|head|contact|counterpart|owner|rep|specialist|liaison/i;

function otherPeople(v: SentenceView): Cue | undefined {
  if (!PEOPLE_WORDS.test(v.text)) return undefined;
  for (let k = 1; k < v.tokens.length; k++) {
    if (!PEOPLE.test(word(v, k)) || v.tokens[k].kind !== 'word') continue;
    const prev = word(v, k - 1);
    const prev2 = word(v, k - 2);
    // "both tech leads", "other team leads", "neither lead" ("both managers" may be the writer's own and another's).
    if (/^(?:other|neither)$/.test(prev)) return span(v, k - 1, k);
    if (/^(?:both|other|neither|each)$/.test(prev2) && /^(?:tech|team|technical)$/.test(prev)) return span(v, k - 2, k);
    // "each bank's technical contacts", "the vendor's account manager"
    const owner = v.tokens
      .slice(Math.max(0, k - 3), k)
      .find((x) => /'s$/.test(x.lower) && !/^(?:my|our|team|company)'s$/.test(x.lower));
    if (owner) return span(v, v.tokens.indexOf(owner), k);
    // "the CRM manager", "the retention managers": a role named by what it looks after, not the writer's chain.
    if (
      /^(?:the|their|a)$/.test(prev2) &&
      v.tokens[k - 1].kind === 'word' &&
      !OWN_CHAIN.test(prev) &&
      !NOT_PARTNER_TEAM.test(prev) &&
      !OWN_TEAM.test(v.text)
    )
      return span(v, k - 2, k);
  }
  return undefined;
}

const partnerRole: Finder = (v) => {
  for (const k of findAll(v, PARTNER_ROLES)) {
    const t = v.tokens[k];
    if (/(?:ed|ing)$/.test(t.lower)) continue; // "partnered", "partnering": the verb, not the role
    if (word(v, k - 1) === 'my') continue; // the writer's own manager chain
    if (t.lower.startsWith('pm') && (t.text !== t.text.toUpperCase() || v.tokens[k - 1]?.kind === 'number')) continue;
    if (/^partners?$/.test(t.lower) && /^(?:sparring|thought)$/.test(word(v, k - 1))) continue;
    if (/^partners?$/.test(t.lower)) {
      // A partner is a party only as a head noun: "each new partner could …", "partner downtime" are about the software.
      const after = word(v, k + 1);
      const head =
        !v.tokens[k + 1] ||
        (v.tokens[k + 1].kind === 'symbol' && after !== '-') ||
        /^(?:with|to|and|who|that|had|were|was|on|about|for|in|into|at|from|across|like|such|including|via|through|agreed|asked|wanted|needed)$/.test(
          after,
        );
      // "each new partner could be added" is about the software; "each partner had its own API" is the parties.
      const each = /^(?:per|each|every)$/.test(word(v, k - 1));
      if (!head || (each && !/^(?:had|wanted|needed|required|asked|used|sent|insisted)$/.test(after))) continue;
    }
    // The writer's own role ("as the on-call SRE") is not a partner.
    if (v.tokens.slice(Math.max(0, k - 6), k).some((x) => x.lower === 'as')) continue;
    if (
      /^experts?$/.test(t.lower) &&
      !/^(?:domain|subject|matter|outside|external|security|legal)$/.test(word(v, k - 1))
    )
      continue;
    return span(v, k, k);
  }
  return undefined;
};

// Working with people: the verbs and words that make a role named in a result a party to the work.
const INTERACTION =
  /\b(?:with|asked|agreed|met|meet|sat|paired|worked|told|showed|interviewed|requested|approved|signed|wanted|needed|together|convinced|persuaded|helped|joined|briefed|trained|walked|consulted|pushed|insisted|objected|flagged|raised|negotiat\w+|partnered|coordinated|aligned|involved|looped|complained)\b/i;

// A measured result or a new state of use: "Adjusters review 40% fewer claims", "the analyst now spends …".
const RESULT_OF_USE = /\d+(?:\.\d+)?\s*%|\b(?:now|fewer|rated|grew\s+to)\b/i;

/**
 * A partner role, unless the role is only the product's users in a result ("the lawyers rated 82% of
 * answers useful", "usage grew to 150 lawyers") with nobody working with them (RUBRIC: clients merely
 * wanting something are not cross-functional), or a vendor that only qualifies a thing ("the vendor contract").
 */
const partnerRoleAtWork: Finder = (v) => {
  const c = partnerRole(v);
  if (!c) return undefined;
  if (RESULT_OF_USE.test(v.text) && !INTERACTION.test(v.text)) return undefined;
  // "handhelds for every nurse", "a locker for each driver": the people a thing is for, with nobody dealt with.
  if (/\bfor\s+(?:every|each|all(?:\s+the)?|the|our)\s+$/i.test(v.text.slice(0, c.start)) && !INTERACTION.test(v.text))
    return undefined;
  if (
    /^vendor\s+(?:contract|tool|product|api|sdk|library|software|solution|platform|lock-in|pricing|licen[cs]e)\b/i.test(
      v.text.slice(c.start),
    )
  )
    return undefined;
  // "the vendor scheduler", "the vendor e-learning module": a vendor naming a thing, with nobody dealt with.
  if (
    /^vendor\s+(?!(?:was|were|is|are|had|has|said|agreed|asked|wanted|sent|told|refused|confirmed|would|could|did|didn't|and|or|to|for|with|in|on|at|of|who|that|teams?|support|reps?|managers?|contacts?|engineers?|staff|side)\b)[a-z][\w-]*/i.test(
      v.text.slice(c.start),
    ) &&
    !INTERACTION.test(v.text)
  )
    return undefined;
  // "moved logging to a managed vendor", "switched to a cheaper supplier": the vendor as what was chosen, nobody dealt with.
  if (
    /^(?:vendors?|providers?|suppliers?)\b/i.test(v.text.slice(c.start)) &&
    /\b(?:to|from|onto|off|by)\s+(?:a|an|the|one|another|other|a\s+third-party)\s+(?:[\w-]+\s+){0,2}$/i.test(
      v.text.slice(0, c.start),
    ) &&
    !INTERACTION.test(v.text)
  )
    return undefined;
  return c;
};

/**
 * Working with people outside the writer's team, named by roles the software lexicon does not hold
 * (outside-software voices): "worked with the exams officer", "sat down with the head chef", "ran the
 * plan past the facilities manager", "met the landlord", "coordinated with the local council",
 * "partnered with a local charity", "pulled in a physio". The verb must be one of working with people,
 * and the role one that is never the writer's own team or the product's users.
 */
const OUTSIDE_PEOPLE_PATTERN = new RegExp(
  String.raw`\b(?:work(?:ed|ing)?\s+(?:closely\s+)?with|sat\s+(?:down\s+)?with|met(?:\s+with)?|meeting\s+with|coordinat(?:ed|ing)\s+with|negotiat(?:ed|ing)\s+with|partner(?:ed|ing)\s+with|liais(?:ed|ing)\s+with|ran\s+(?:it|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:past|by)|briefed|pulled\s+in|brought\s+in|consulted|agreed\s+(?:[\w-]+\s+){1,3}with|checked\s+(?:[\w-]+\s+){1,3}with|asked)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|two\s+|three\s+|several\s+|local\s+|external\s+|outside\s+|hospital's\s+|school's\s+)*(?:[\w-]+\s+){0,2}?(?:officers?|coordinators?|chefs?|guards?|porters?|landlords?|physios?|physiotherapists?|council|charit(?:y|ies)|club|surveyors?|architects?|builders?|contractors?|electricians?|plumbers?|caterers?|receptionists?|consultants?|therapists?|midwi(?:fe|ves)|paramedics?|governors?|trustees?|inspectors?|solicitors?|brokers?|caretakers?|librarians?|chaplains?|social\s+workers?|police|fire\s+service|GPs?|dentists?|vets?|head\s*teachers?|principal|registrar|bursar|estates|facilities\s+(?:team|manager)|union\s+reps?|shop\s+stewards?|suppliers?|wholesalers?|distributors?|franchisees?|translators?|interpreters?|publishers?|sponsors?|funders?|insurers?|regulators?|ombudsman|embassy|ministry|unions?)\b`,
  'i',
);

// The roles alone, a cheap first look before the verb-and-role pattern.
const OUTSIDE_ROLE_WORDS =
  /officer|coordinator|chef|guard|porter|landlord|physio|council|charit|club|surveyor|architect|builder|contractor|electrician|plumber|caterer|receptionist|consultant|therapist|midwi|paramedic|governor|trustee|inspector|solicitor|broker|caretaker|librarian|chaplain|social\s+worker|police|fire\s+service|\bGPs?\b|dentist|\bvets?\b|teacher|principal|registrar|bursar|estates|facilities|union|steward|supplier|wholesaler|distributor|franchisee|translator|interpreter|publisher|sponsor|funder|insurer|regulator|ombudsman|embassy|ministry/i;

const outsidePeople: Finder = (v) => (OUTSIDE_ROLE_WORDS.test(v.text) ? match(v, OUTSIDE_PEOPLE_PATTERN) : undefined);

// Departments that act as one person: "Legal flagged …", "worked with finance", "Product wanted …", "eng estimated …".
const DEPT =
  /^(?:legal|finance|compliance|marketing|sales|procurement|leadership|hr|security|product|design|ops|infra|support|research|management|recruiting|purchasing|payroll|facilities|pharmacy|eng|engineering)$/;

// Department words that are also common nouns (the product, facilities, a pharmacy): a party only as a subject.
const GENERIC_DEPT =
  /^(?:security|product|design|ops|infra|support|research|management|recruiting|purchasing|payroll|facilities|pharmacy|eng|engineering)$/;

// What only people do, after a department as its subject.
const PEOPLE_VERB =
  /^(?:told|asked|agreed|wanted|insisted|said|pushed|refused|objected|approved|requested|complained|flagged|confirmed|warned|suggested|proposed|signed|estimated|quoted)$/;

// A stance only people take, after a department and its copula: "design wasn't happy", "security were against it".
const STANCE =
  /^(?:happy|unhappy|keen|against|worried|sceptical|skeptical|reluctant|opposed|nervous|concerned|uneasy|wary)$/;

/** The department at k opens its clause with a copula and a stance: "design wasn't happy at first". */
function takesStance(v: SentenceView, k: number): boolean {
  let j = k + 1;
  if (!/^(?:was|were|wasn't|weren't|is|are|isn't|aren't)$/.test(word(v, j))) return false;
  j++;
  if (/^(?:not|still|also|never|initially|very|really|quite)$/.test(word(v, j))) j++;
  return STANCE.test(word(v, j));
}

// A time adverbial after a department named after "with": "review utilisation with finance every month".
const TIME_AFTER = /^(?:every|each|weekly|monthly|daily|quarterly|once|twice|regularly|again|early|first)$/;

// Words after which a new clause opens with its subject: "because product told us …".
const CLAUSE_WORDS = clauseOpeners('department-clause-openers', [CLAUSE_OPENER_CORE, AS_OPENER, ['later', 'if']]);

// A past act after a department subject (adverbs between), not a figure that moved.
const FIGURE_MOVED =
  /^(?:grew|rose|fell|dropped|increased|decreased|doubled|tripled|halved|improved|declined|jumped|spiked|slipped|climbed|recovered|peaked|stalled|flattened|shrank|expanded|totalled|totaled|reached|hit|exceeded|missed|beat)$/;

const PAST_ACT =
  /^(?:[a-z]+ed|kept|took|gave|sent|made|ran|came|went|got|said|told|built|set|put|began|chose|wrote|saw|found|held|brought|met|let|paid|sold|bought|led|drew|won|lost|fought|sought|thought|knew|stood|spent|lent|meant)$/;

function actsAsSubject(v: SentenceView, from: number): boolean {
  let j = from;
  while (
    /^(?:also|then|finally|still|now|quickly|eventually|never|immediately|later|soon|first|already)$/.test(word(v, j))
  )
    j++;
  const w = word(v, j);
  if (v.tokens[j]?.kind !== 'word' || FIGURE_MOVED.test(w) || !PAST_ACT.test(w)) return false;
  // "Sales-led growth", "finance approved-vendor list": a compound, not a subject and its verb.
  return v.tokens[j - 1]?.kind !== 'symbol' || j === from;
}

const departmentActs: Finder = (v) => {
  for (let k = 0; k < v.tokens.length; k++) {
    const t = v.tokens[k];
    if (!DEPT.test(t.lower)) continue;
    const prev = word(v, k - 1);
    const next = word(v, k + 1);
    const nextTok = v.tokens[k + 1];
    const capitalised = t.text[0] !== t.text[0].toLowerCase();
    const asSubject =
      /^(?:wanted|wants|asked|asks|needed|needs|requested|pushed|insisted|had|has|was|were|would|could|flagged|flags|approved|approves|adopted|agreed|signed|signs|said|owned|owns|required|requires|blocked|blocks|rejected|objected|came|reviewed|reviews|uploads|uploaded|sends|sent|gave|told|confirmed|provided)$/.test(
        next,
      );
    const afterPrep =
      /^(?:with|from|to|by|for|and|involve|involved|looped|told|asked|pinged|briefed|convinced)$/.test(prev) &&
      (!nextTok ||
        nextTok.kind === 'symbol' ||
        /^(?:and|or|to|on|about|before|after|so|who|that|in)$/.test(next) ||
        TIME_AFTER.test(next));
    // Lower-case "security", "product", "design", "support", "research" are common nouns; only their capitalised,
    // subject use counts, or a lower-case one opening a clause as the subject of what only people do ("product told
    // us …", "support asked for …", "facilities agreed to …").
    const generic = GENERIC_DEPT.test(t.lower);
    const opensClause = k === 0 || opensSentence(v, k) || v.tokens[k - 1].kind === 'symbol' || CLAUSE_WORDS.has(prev);
    // "Engineering was …", "Engineering had …": the writer's own discipline as often as a partner; only what people do.
    const ownDiscipline = /^(?:eng|engineering)$/.test(t.lower);
    if (
      generic
        ? opensClause && ((capitalised && asSubject && !ownDiscipline) || PEOPLE_VERB.test(next))
        : asSubject || afterPrep
    )
      return span(v, k, k);
    if (opensClause && takesStance(v, k)) return span(v, k, k);
    // "Marketing rolled it out to the whole list", "finance closed the books early", "legal kept asking": a
    // department that is never a common noun, opening a clause as the subject of any act. A figure that moved
    // ("sales grew 20%") is the business, not the department.
    if (!generic && opensClause && actsAsSubject(v, k + 1)) return span(v, k, k);
  }
  return functionAsPerson(v);
};

// A function word outside DEPT acting as one person: "billing told us …", "risk signed off", "I asked billing to
// publish a notice". Only in the frames only people take, since most of these words are also things ("search",
// "payments", "mobile").
const ADDRESSED = /^(?:asked|told|pinged|emailed|called|rang|convinced|persuaded|warned|begged|nudged)$/;

function functionAsPerson(v: SentenceView): Cue | undefined {
  for (let k = 0; k < v.tokens.length; k++) {
    const t = v.tokens[k];
    if (t.kind !== 'word' || DEPT.test(t.lower) || !FUNCTION_NOUNS.has(t.lower)) continue;
    const prev = word(v, k - 1);
    const next = word(v, k + 1);
    const opensClause = k === 0 || opensSentence(v, k) || v.tokens[k - 1].kind === 'symbol' || CLAUSE_WORDS.has(prev);
    if (opensClause && PEOPLE_VERB.test(next)) return span(v, k, k);
    if (ADDRESSED.test(prev) && (next === 'to' || next === 'for' || next === 'whether' || next === 'if'))
      return span(v, k, k);
  }
  return undefined;
}

const crossWords: Finder = (v) =>
  match(
    v,
    /\b(?:(?:compliance|legal|security|finance)\s+(?:approval|sign-?off|review)|(?<!\b(?:on|onto|across)\s)the\s+board\b|cross-?\s?functional|cross-?team|another\s+(?:org|company|department|business\s+unit)|partner\s+(?:companies|company|orgs?)|(?:payments?|cloud|data|shipping|telecom|SMS|email|third-party|external|outside)\s+providers?|provider's|(?:the\s+)?(?:CEO|CTO|CFO|COO|VP\s+of\s+\w+)|(?:support|customer|sales|service)\s+agents?|customer\s+success|help[\s-]?desk|service\s+desk)\b/,
  );

/** A cross-functional finder whose role or team must be one the writer worked with (partner-context.ts). */
function partnerAtWork(find: Finder): Finder {
  return (v) => {
    const c = find(v);
    return c && !notAPartner(v, c) ? c : undefined;
  };
}

/** The cross-functional finders, tried in order, each kept to parties the writer worked with. */
export const CROSS_FUNCTIONAL_FINDERS: readonly Finder[] = [
  functionTeam,
  otherTeams,
  partnerRoleAtWork,
  departmentActs,
  crossWords,
  outsidePeople,
  authorityParty,
  partyToTheWork,
  organisationParty,
  partyTellingWriter,
]
  .map(partnerAtWork)
  .map(unlessATitleLine);
