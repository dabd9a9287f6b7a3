// When a role or team named in a sentence is not a partner the writer worked with (RUBRIC.md,
// cross-functional): the product's users ("a tool for recruiters", "the content team now uses it"), the
// writer's own team, its make-up ("4 engineers and a PM") and the writer's place in it ("as part of the
// DevX team", "transferred to the central SRE team", "built the SRE team"), the writer's own title ("Data engineer,
// retail analytics"), and another team's or a provider's things only used ("the data team's order
// tables", "our SMS provider's API"). Each holds only while nobody in the sentence works with people:
// "I sat with two recruiters", "asked the provider's support" stay partners.
import type { Cue, SentenceView } from './sentence-view';
import { CLAUSE_OPENER_CORE, clauseOpeners, wordAlternation } from '../rules/language/lexicon';
import { inUntakenOption } from './untaken-parties';

/** Working with people: meeting, asking, agreeing, negotiating, working or sitting with them. */
const WORKS_WITH_PEOPLE =
  /\b(?:work(?:ed|ing|s)?\s+(?:closely\s+)?with|collaborat\w+|partner(?:ed|ing)\s+with|sat\s+(?:down\s+)?with|paired\s+with|met|meet|meeting|interview\w*|asked|ask|told|agreed|agree|negotiat\w+|coordinat\w+|talk(?:ed)?\s+(?:to|with)|spoke|contacted|emailed|called|pinged|escalat\w+|convinc\w+|persuad\w+|align\w*|consult\w*|brief\w*|looped|involv\w+|trained|walked|showed|presented|requested|approved|signed\s+off|pushed\s+back|insisted|objected|flagged|raised|complained|joint\w*|together|got\s+(?:\w+\s+){0,3}from)\b/i;

/** A thing built, named before "for <them>": "a tool for recruiters", "built a panel for the support team". */
const BUILT_FOR =
  /\b(?:tools?|apps?|application|dashboards?|services?|system|panels?|features?|portal|pages?|bots?|assistant|reports?|plugin|extension|interface|UI|workflow|built|made|created|designed|developed|shipped|wrote)\b[^.;]{0,60}\bfor\s+(?:the\s+|our\s+|all\s+|every\s+|\d+\s+)?(?:[\w-]+\s+)?$/i;
/** Just before the role or team: "used by the …", "so that the … can", "allowing the … to". */
const BEFORE_USER =
  /\b(?:used\s+by|used\s+(?:across|in)|users?\s+(?:in|from|across|at)|so\s+(?:that\s+)?|allow(?:s|ed|ing)?|serv(?:es|ed|ing)|supports?|supported|reported\s+(?:directly\s+)?to|report\s+to|reporting\s+to)\s+(?:the\s+|our\s+|all\s+|every\s+|\d+\s+)?(?:[\w-]+\s+)?$/i;
/** Just after it: "… now use(s) it", "… use the dashboard", "… can turn features on" (after "so"). */
const AFTER_USER =
  /^\s+(?:now\s+|still\s+|also\s+|all\s+|daily\s+)?(?:uses?|use\s+(?:it|them|the)|relies\s+on|rely\s+on|log\s+in|logs\s+in)\b/i;

/** The product's users: the role or team at `cue` is the one a thing was built for, or uses it. */
function usedByThem(text: string, cue: Cue): boolean {
  const before = text.slice(0, cue.start);
  return BUILT_FOR.test(before) || BEFORE_USER.test(before) || AFTER_USER.test(text.slice(cue.end));
}

/** A headcount of the writer's own team beside the role: "4 engineers and a PM", "team of 6: 4 devs, a designer". */
const TEAM_MAKE_UP =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:[\w-]+\s+)?(?:engineers?|developers?|devs|data\s+scientists?|MLEs?|SWEs?|analysts|teachers|nurses|agents|pharmacists|technicians)\b[^.;]{0,40}\b(?:and|,|plus)\s+(?:a|an|one|\d+|two)\s+(?:part-time\s+|shared\s+|full-time\s+|data\s+|UX\s+|product\s+|ML\s+)?(?:PMs?|TPMs?|designers?|product\s+managers?|analysts?|QA|testers?|scientists?|engineers?|technicians?)\b|\b(?:team|squad)\s*(?:of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\s+was|\s+is|\s+were|:)\s*[^.;]{0,40}\b(?:PMs?|designers?|analysts?)\b|\bthe\s+team\s+(?:\w+\s+){0,2}(?:expanded|grew)\s+to\b/i;

/**
 * The writer's own team named by the writer's place in it: the team the writer runs ("I run the pharmacy
 * team"), or a role the writer holds in it ("I'm shift lead in the returns team", "had just taken over as
 * engineering lead for the recommendations team", a title line "Lead of the data team at …").
 */
const WRITER_HOLDS_TEAM =
  /\bI\s+(?:\w+ly\s+)?(?:run|ran|lead|led|manage|managed|head|headed|supervise|supervised|oversee|oversaw)\s+(?:the|a|our|my)\s+(?:[\w-]+\s+){0,3}(?:team|group|squad|department|unit|ward|desk|crew)\b(?!'s)|\bI(?:'m|\s+am|\s+was|\s+became|\s+(?:had\s+)?(?:just\s+)?(?:taken|took)\s+over|\s+(?:had\s+)?(?:just\s+)?(?:joined|started)|\s+(?:had\s+|have\s+)?(?:just\s+)?been\s+(?:hired|appointed|promoted|made|brought\s+in))\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}[\w-]+\s+(?:of|for|in|on)\s+(?:the|our|a)\s+(?:[\w-]+\s+){0,3}(?:team|group|squad|department|unit|ward)\b(?!'s)|^(?![^.;]*\b(?:had|has|have|was|were|is|are|did|to|would|could|will|\w{3,}ed)\b)\W*(?:[\w-]+\s+){0,2}(?:lead|manager|head|director|supervisor|chief|owner|captain|PM|coordinator|member)\s+(?:of|for|in|on)\s+(?:the|our|a)\s+(?:[\w-]+\s+){0,3}(?:team|group|squad|department|unit|ward)\b(?!'s)/i;

/** The writer's own team named: "On the search team, …", "Member of the platform team". */
const OWN_TEAM_NAMED =
  /^\W*(?:(?:on|in)\s+the\s+(?:[\w-]+\s+){1,3}(?:team|group|squad)\b|member\s+of\s+the\b)|\b(?:built|started|founded|formed|hired)\s+(?:the\s+company's\s+|our\s+|a\s+|the\s+)?(?:first\s+|new\s+)?(?:[\w-]+\s+)?(?:team|group)\b|\bas\s+(?:a\s+)?(?:part|member)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:team|group|squad)\b|\bI\s+(?:\w+ly\s+)?(?:worked|work|was|am|sat)\s+(?:on|in)\s+the\s+(?:[\w-]+\s+){1,3}(?:team|group|squad)\b|\b(?:transferred|moved|was\s+moved|rotated)\s+(?:in)?to\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:team|group|squad)\b/i;

/**
 * The writer's own people, just before the role: "my team of four data engineers", "hired two backend
 * engineers", "mentored two junior data scientists", "As the only ML engineer", "We were three ML engineers",
 * "I had six weeks and one backend engineer", the writer's own role ("I'm a customer support manager at a telecom", "I'm the lead
 * pharmacist for …", "I am working as backend developer").
 */
const OWN_PEOPLE_BEFORE =
  /(?:\bmy\s+(?:[\w-]+\s+){0,3}|\bteam\s+of\s+(?:\w+\s+){0,2}|\b(?:hired|hiring|mentored|mentoring|managed|managing|coached|coaching|onboarded|led|lead|leading|grew|interviewed)\s+(?:a\s+team\s+of\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|our|the|junior|senior|new)\s+(?:[\w-]+\s+){0,2}|\bas\s+(?:the|a|an|one\s+of\s+(?:the\s+)?(?:\w+\s+)?)\s*(?:only\s+|lead\s+|senior\s+|sole\s+|first\s+|founding\s+|staff\s+)?(?:[\w-]+\s+)?|\b(?:we|they)\s+were\s+(?:\w+\s+)?(?:[\w-]+\s+)?|\bI(?:\s+was|\s+am|'m|'ve\s+been|\s+have\s+been|\s+(?:am\s+)?work(?:ed|ing)?\s+as)\s+(?:one\s+of\s+)?(?:the\s+|a\s+|an\s+)?(?:only\s+|sole\s+|\w+\s+)?(?:[\w-]+\s+)?|\b(?:I|we)\s+(?:had|have|got|were\s+given)\b[^.;:]{0,40}?\b(?:only\s+|just\s+)?(?:\d+|a|an|one|two|three|four|five|six)\s+(?:part-time\s+|shared\s+|junior\s+|senior\s+)?)$/i;
/** "our ML engineers", "our data scientists": the writer's own discipline ("our legal team" stays a partner). */
const OUR_ENGINEERS = /\bour\s+(?:own\s+)?(?:[\w-]+\s+){0,2}$/i;
const ENGINEERING_ROLE = /(?:engineers?|developers?|devs|scientists?|researchers?)$/i;
/** "The platform team I lead", "the search team I joined": the writer's own team named before its leader. */
const OWN_TEAM_AFTER =
  /^\s+(?:that\s+|which\s+)?I\s+(?:\w+ly\s+)?(?:lead|led|run|ran|manage|managed|joined|built|started|founded|formed|am\s+on|was\s+on|belong\s+to)\b/i;
/** "Their platform team reported to me from day one": the writer's own people by the reporting line. */
const REPORTS_TO_WRITER = /^\s+(?:now\s+|all\s+|then\s+)?report(?:s|ed)?\s+(?:directly\s+)?to\s+(?:me|us)\b/i;

/** A verbless line naming the writer's team: "The ML team at a fintech, 6 people", "Search team — 2021". */
const TEAM_TITLE_LINE =
  /^(?![^.;]*\b(?:had|has|have|was|were|is|are|did|to|would|could|will|\w{3,}ed)\b)\W*(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){1,3}(?:team|group|squad)\s*(?:,|—|–|-|\||\bat\b|\bin\b|$)[^.;]{0,60}\.?$/i;
/** A department word naming a quality, not the department: "Security was a concern", "Privacy was the priority". */
const QUALITY_NOT_DEPARTMENT =
  /^\s+(?:was|is|were|became|remained)\s+(?:a|an|the|our|always\s+a|also\s+a)?\s*(?:\w+\s+)?(?:concern|priority|requirement|issue|risk|problem|worry|question|constraint|focus|must)\b/i;

/** The one who held the writer's job before: "the previous marketing manager had left no notes". */
const PREDECESSOR_BEFORE = /\b(?:previous|former|outgoing|departing|old)\s+$/i;

/** The writer's own group named right after the people: "two analysts on my team", "the planners in our group". */
const OWN_GROUP_AFTER =
  /^\s+(?:on|in|from|of)\s+(?:my|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:team|squad|group|unit|ward|department|shift|crew)\b/i;

function ownPeople(text: string, cue: Cue): boolean {
  // A cue that opens on its article ("the marketing lead") is read with the article as part of what precedes it.
  const article = /^(?:the|a|an)\s+/i.exec(text.slice(cue.start, cue.end));
  const at = article ? cue.start + article[0].length : cue.start;
  const before = text.slice(Math.max(0, at - 80), at);
  const named = text.slice(at, cue.end);
  if (PREDECESSOR_BEFORE.test(before)) return true;
  return (
    OWN_PEOPLE_BEFORE.test(before) ||
    (OUR_ENGINEERS.test(before) && ENGINEERING_ROLE.test(named)) ||
    OWN_TEAM_AFTER.test(text.slice(cue.end)) ||
    // "neither team reported to me" names another team by the line it is not in.
    (REPORTS_TO_WRITER.test(text.slice(cue.end)) && !/^(?:neither|no|none)\b/i.test(named)) ||
    QUALITY_NOT_DEPARTMENT.test(text.slice(cue.end)) ||
    TEAM_TITLE_LINE.test(text)
  );
}

/** A verbless title line opening with a role: "Data engineer, retail analytics", "ML lead — payments". */
const TITLE_LINE =
  /^(?![^.;]*\b(?:had|has|have|was|were|is|are|did|to|would|could|will|\w{3,}ed)\b)\W*(?:senior\s+|staff\s+|lead\s+|principal\s+|junior\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:engineer|scientist|analyst|developer|manager|lead|designer|architect|intern|nurse|doctor|physician|teacher|pharmacist|clinician|recruiter|marketer|accountant|consultant)\s*(?:,|—|–|-|\||@|\bat\b|\bon\b|\bin\b|\bfor\b|$)[^.;]{0,60}\.?$/i;

/**
 * The writer's own role and workplace, told in a clause of its own: "I'm a practice nurse in a GP surgery with
 * four doctors", "I'm an ML engineer at an insurer, on the claims team", "As the school's business manager, I …",
 * "As product manager for a food delivery app, …". A role or team named inside that clause is the writer's own
 * title or place, whatever finder read it; the clause ends at a comma after "As …", or at a clause joined to it.
 */
const IDENTITY_OPEN =
  /^\W*(?:I(?:(?:'m|\s+am|\s+was|'ve\s+been|\s+have\s+been)\s+(?:now\s+|still\s+|then\s+)?(?:the|a|an|one\s+of|part\s+of)|\s+(?:am\s+)?work(?:ed|ing|s)?\s+(?:as|at|for|in))\b|(?<as>as)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[\w'-]+\s+){0,8}?[\w'-]+\s*,)/i;
// A clause joined to the identity clause: ", and I asked …", "; legal wanted …", " - we …".
const IDENTITY_END = new RegExp(
  String.raw`[;:]|\s[-–—]\s|\b${wordAlternation(
    clauseOpeners('identity-clause-openers', [CLAUSE_OPENER_CORE, ['where']]),
  )}\s+(?:I|we|they|the)\b|\b(?:who|which|that)\b`,
  'i',
);
// A verb inside "As …,": "As agreed with legal,", "As the finance team asked,": a clause, not a role.
const VERB_IN_AS =
  /\b(?:\w+ed|said|told|saw|put|wrote|made|did|does|do|had|has|have|is|are|was|were|would|will|could|can|wants?|asks?|needs?)\b/i;

function inWritersIdentity(text: string, cue: Cue): boolean {
  const m = IDENTITY_OPEN.exec(text);
  if (!m) return false;
  let end: number;
  if (m.groups?.as) {
    end = m.index + m[0].length;
    if (VERB_IN_AS.test(m[0].slice(m[0].search(/as/i) + 2))) return false;
  } else {
    const rest = text.slice(m.index + m[0].length);
    const stop = IDENTITY_END.exec(rest);
    end = m.index + m[0].length + (stop ? stop.index : rest.length);
  }
  return cue.end <= end;
}

/** Another team's or a provider's things, named by the possessive: "the data team's tables", "the provider's changelog". */
const THEIR_THINGS =
  /^(?:'s|s')\s+(?:[\w-]+\s+){0,2}(?:APIs?|tables?|data(?:sets?)?|schemas?|changelogs?|docs?|documentation|pipelines?|logs?|code|endpoints?|SDKs?|feeds?|repos?|repositor(?:y|ies)|services?|dashboards?|queues?|events?|fields?|status\s+page|configs?|warehouse|exports?|files?|systems?|models?|libraries|library|rate\s+limits?|outages?)\b/i;

/**
 * People named only as a resource the work lacked, after "had no" / "with no": "had no spare analysts", "with no
 * extra pharmacist time". Nobody is worked with; the phrase names a limit (RUBRIC.md, constraint), not a partner.
 */
const LACKED = /\b(?:had|has|have|with)\s+no\s+(?:[\w-]+\s+)?$/i;
/**
 * Another team named only as the owner of a thing or the source of a change, with nobody dealt with: "that table
 * belonged to the mobile team", "after a template change by the CRM team". The team is the trouble's owner or its
 * cause (RUBRIC.md: another team named only as context), not a partner; "the building belongs to the diocese, so I
 * checked the income with the diocesan office" names the dealing and stays a partner (WORKS_WITH_PEOPLE). Left out:
 * "owned by nine teams" and a team's lack ("had no spare GPUs", "a full roadmap"), which the figures-only writers
 * marked as partners as often as the spent writers did not.
 */
const OWNER_BEFORE =
  /\b(?:belong(?:s|ed)?\s+to|(?:change|changes|update|release|rename|migration|deploy)\s+by)\s+(?:the\s+|a\s+|an\s+|another\s+|other\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+|several\s+)?$/i;

/**
 * Parties present in the scene of the work rather than of another function at work with the writer: the police, the
 * public, a bank answering payments, a landlord, a courier or a driver (session 38). They are partners only when the
 * writer deals with them in the sentence ("I met the landlord to agree the refit dates", "I worked with the police
 * liaison officer", "the bank did not answer my emails") or when they act on the writer's work (ACTS_ON_THE_WORK);
 * another party's act on them ("Members of the public called the police", "The bank answered slowly") or the writer's
 * act around them ("I did not wait for the bank") names no partner. A partner bank or courier ("partner banks still
 * sent files in the old format") is a partner company.
 */
const SCENE_PARTY =
  /\b(?:police|public|fire\s+service|ambulance|banks?|landlords?|couriers?|drivers?|neighbou?rs|passers-by)\b/i;
const WRITER_DEALS =
  /\b(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+|first\s+|had\s+)?(?:work(?:ed)?\s+(?:closely\s+)?with|met|sat\s+(?:down\s+)?with|agreed|negotiated|liaised|coordinated|consulted|briefed|partnered|called|rang|phoned|emailed|wrote\s+to|asked|contacted|set\s+up|invited|visited|went\s+to|(?:took|brought|showed|presented)\s+(?:[\w'’-]+\s+){0,4}?to)\b|\b(?:my|our)\s+(?:emails?|calls?|letters?|messages?|requests?|questions?)\b/i;

// The party as the subject of an act on the writer's work: a demand, an answer, an agreement ("The police asked for
// marshals at every crossing", "The bank answered after two weeks with an example file", "The courier agreed to …",
// "Our acquiring bank's technical team asked for test files"). A time or manner after "answered" ("answered slowly")
// tells how the party served the scene, not what it did with the writer.
const ACTS_ON_THE_WORK =
  /^(?:['’]s\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+(?:also\s+|then\s+|finally\s+|eventually\s+)?(?:asked|agreed|wanted|required|insisted|told|sent|gave|rejected|approved|refused|confirmed|demanded|requested|offered|accepted|replied|wrote|answered\s+(?:with|after|within|in|our|my|us|me|the))\b/i;

/** The cue names a party of the scene the writer does not deal with and that does not act on the work (see above). */
function inTheScene(text: string, cue: Cue): boolean {
  // The scene word must head the phrase: "the bank's technical contacts", "the courier's regional manager" are roles
  // of another organisation at work with the writer.
  const m = SCENE_PARTY.exec(text.slice(cue.start, cue.end));
  if (!m || cue.start + m.index + m[0].length !== cue.end) return false;
  const at = cue.start + m.index;
  // "partner banks", "our partner courier": a partner company.
  if (/\bpartner\s+$/i.test(text.slice(0, at)) || /\bpartner\b/i.test(text.slice(cue.start, cue.end))) return false;
  return !WRITER_DEALS.test(text) && !ACTS_ON_THE_WORK.test(text.slice(at + m[0].length));
}

/**
 * True when the partner named at `cue` is not one the writer worked with in this sentence (the
 * classes above). `cue` is the span a cross-functional finder returned.
 */
export function notAPartner(v: SentenceView, cue: Cue): boolean {
  const text = v.text;
  // "paired with two analysts on my team": the writer's own people, whoever works with them.
  if (OWN_GROUP_AFTER.test(text.slice(cue.end))) return true;
  if (inWritersIdentity(text, cue)) return true;
  if (inUntakenOption(text, cue)) return true;
  if (inTheScene(text, cue)) return true;
  if (WORKS_WITH_PEOPLE.test(text)) return false;
  if (THEIR_THINGS.test(text.slice(cue.end))) return true;
  if (LACKED.test(text.slice(0, cue.start))) return true;
  if (OWNER_BEFORE.test(text.slice(0, cue.start))) return true;
  // "with no extra pharmacist time": a phrase opening on "no" names nobody.
  if (/^no\s/i.test(text.slice(cue.start, cue.end))) return true;
  if (/'s$/.test(text.slice(cue.start, cue.end)) && THEIR_THINGS.test(text.slice(cue.end - 2))) return true;
  return (
    usedByThem(text, cue) ||
    ownPeople(text, cue) ||
    TEAM_MAKE_UP.test(text) ||
    OWN_TEAM_NAMED.test(text) ||
    WRITER_HOLDS_TEAM.test(text) ||
    TITLE_LINE.test(text)
  );
}
