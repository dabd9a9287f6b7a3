// What job descriptions say when they ask for an idea, one phrase list per idea. Preset competencies are
// built from these lists (see preset-lexicons.ts); a copied framework carries them and the user edits the copy.
// Phrase syntax: see job-focus/phrase-matcher.ts (stems, `a|b`, `*` gaps, `=exact`, `~weak`).
// Requirement lists of tools are not here on purpose: they are keywords, not competencies.
import { AMBIGUITY_WORDS, FUNCTION_NOUNS, KNOWLEDGE_NOUNS } from '../../analysis/signals/signal-lexicon';
import { FAILURE_REVIEWS } from './failure-reviews';
import { FOLLOW_THROUGH_PHRASES } from './follow-through';
import { PLAIN_WORD_ASKS } from './plain-word-asks';
import { SERVED, SERVED_PEOPLE } from './served-people';
import { SERVING_FRAMES } from './serving-frames';
import { STANCE_FRAMES } from './stance-frames';

/** A word list as phrase slots of at most `size` words each (`a|b|c`); words that are verbs too match exactly. */
function slots(words: Iterable<string>, size = 12): string[] {
  const unique = [...new Set(words)].filter((w) => /^[a-z]+$/.test(w));
  const out: string[] = [];
  for (let i = 0; i < unique.length; i += size) out.push(unique.slice(i, i + size).join('|'));
  return out;
}

// Functions a role works with, named bare ("agree with product", "partner with legal and finance"): the analyzer's
// function nouns, less those that name a thing as often as a group ("work with data", "with security in mind").
const FUNCTIONS = slots(
  [...FUNCTION_NOUNS].filter(
    (w) =>
      !/^(data|app|client|web|mobile|search|network|networking|hardware|firmware|integrations?|business|customer|growth|trust|safety|support|risk|fraud|ads|ml|ios|android|frontend|backend|platform|infra|infrastructure|security|payments?|billing|warehouse|privacy|vendor)$/.test(
        w,
      ),
  ),
  8,
);
// The people a role leads, hires or grows, after a determiner or a count ("lead four engineers", "hire the next
// five analysts", "manage 2 assistant site managers"), so a title ("Lead Engineers") is not read as leading.
const LED_PEOPLE = [
  'engineers|developers|analysts|scientists|researchers|designers',
  'nurses|staff|people|specialists|agents',
  // (Exact forms where the stem is another word's: "managers" is no "management", "officers" no "office".)
  '=managers|supervisors|leaders|technicians|=operators|=assistants',
  '=officers|=advisors|=advisers|=coordinators|=consultants|clinicians',
  'teachers|carers|pickers|drivers|=operatives|=reps|pharmacists|workers',
];
// A determiner or a count, in words or in digits (`#`: "lead 2 charge nurses", "run 14 pickers").
const COUNTED = 'a|an|the|our|your|two|three|four|five|six|seven|eight|several|next|new|#';
// The verbs of leading people, read by stem (any person or tense): "lead the engineers", "supervises two carers",
// "directs the work of the operators on shift", "oversee the cleaners". One family, so a duty written with any of them
// (or its noun, "Supervision of", "Oversight of": nominal-heads.ts) reads as leading the people it names.
const LEADING = 'lead|led|supervise|direct|oversee|oversaw';
// Counts past eight, for colleagues of any trade (`@role`): "manage twelve delivery drivers", "lead thirty pickers".
const MORE_COUNTED = 'nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen|dozens';
// People whose growth: "pair with our intern", "support the apprentices".
const MENTEES = '=intern|=interns|junior|juniors|apprentice|trainee|graduate|newcomer|joiner|=newer';
// What is done for a mentee: "grow the two juniors", "accompany the trainee teachers", "support the younger colleagues".
// Two halves, so each phrase made from them stays short enough to edit (a phrase holds at most 200 characters).
const MENTEE_VERBS = [
  'pair|pairing|support|supporting|guide|guiding|train|training|coach|teach|teaching|review|reviewing',
  'grow|growing|help|helping|accompany|accompanying|accompaniment|nurture|nurturing|=develop|=developing',
];
// Other roles and groups a hire works with, named by their role or the shape of its noun (`@party`, role-nouns.ts and
// party-nouns.ts): "with the payments and fraud teams", "with clinicians and nurses", "dealing with the vet and the
// nutritionist". Not "stakeholders", which alone is no collaboration (RUBRIC.md), nor the people a role serves.
const PARTNERS = ['@party'];
/** The people served a hire is with, as a plain group: patients, residents, guests, pupils, passengers. */
const WITH_SERVED =
  '=patients|=residents|=guests|=customers|=pupils|=children|=parents|=tenants|=visitors|=passengers|=callers|=clients';
// What someone writes for others to read: "clear papers", "short briefs", "write a memo".
const WRITING_HALVES = [
  'writing|writer|paper|memo|brief|briefing|=report|=reports|summary',
  'narrative|proposal|documentation|docs|=updates|article|guide|handbook|runbook|playbook',
];
const WRITINGS = WRITING_HALVES.join('|');
/** One phrase per half of a word list: `each(SERVED, (n) => \`${n} interviews\`)`. */
const each = (halves: readonly string[], make: (words: string) => string) => halves.map(make);

export const CONCEPT_PHRASES = {
  ownership: [
    '!own|owns|owning * reliability|quality|availability|uptime|stability|latency|performance|security|compliance|budget|budgets|delivery',
    // Checks of standards owned are quality, as the standards are: "owns the farm's food safety and trade audits" (not
    // "own the site's food safety management system": the system is owned).
    '!own|owns|owning * safety|hygiene|audit|audits|inspection|inspections|standards $',
    '!own|owns|owning your * career|growth|development|schedule|time|learning|work',
    '!=accountable for * delivery|deadlines|timelines|execution',
    '!=accountable|responsible for * reliability|quality|availability|uptime|stability|latency|performance|security',
    '!equity|share|stock|home|shared ownership',
    '!cost of ownership',
    '!data|code|model|resource ownership',
    '!own|owns|owning * decision|decisions|call|calls',
    '!end to end testing|tests|encryption|latency|automation|visibility|delivery|flow|flows|process|processes',
    '!end to end pipeline|pipelines|solution|solutions|system|systems|workflow|workflows|platform|platforms',
    '!end to end ML|machine|data|model|models|product|products|feature|features|infrastructure|development',
    '!end to end application|applications|service|services',
    'own|owns|owning',
    '!product|data|business|process owner|owners',
    // "the owner of", not "clinic owners" or "restaurant owners": owners in the plural are people served.
    '=owner|ownership',
    'end to end',
    'from * idea|concept|conception|framing|prototype|design|exploration|research|notebook|notebooks|scratch * to|through|into|until * production|launch|release|service|deployment|customers|users',
    // "the conception and the putting in production of the models": the same life said as two nouns.
    'idea|concept|conception|ideation|inception * and * putting|put|bringing|going into|in production',
    // "take the models from first prototype to the version the planners use": a life from its first form onward.
    'from * prototype|prototypes|pilot|draft|sketch * to|through|into|until',
    // A life told by its stages: "responsible for the platform, from training to operations", "from build to run".
    'from * design|training|build|building|development|planning * to|through|until * operations|operation|running|run|handover|retirement $',
    'to done',
    'all the way to',
    '=accountable for',
    'take|takes|taking * responsibility',
    'you build it * you run it',
    'operate|run|support * what|services|systems|models you * build|write|ship',
    'see * through',
    // "take charge of major incidents": an incident is led through, as on-call is (reliability), not owned for its life.
    '!take|taking charge of * incident|incidents|emergency|emergencies|outage|outages|alarm|alarms',
    'take|taking charge of',
    // A place of work run alone: "run the birth centre independently on your shifts", "run the unit on your own".
    // (Not "run experiments independently", "work independently": no unit of work is run.)
    ...[
      'unit|ward|centre|center|clinic|site|store|branch|kitchen',
      'department|practice|home|depot|office|lab|laboratory|shop|section',
    ].map((place) => `run * ${place} * =independently|=alone|=unsupervised|on_your_=own|single_handed|single_handedly`),
    'start to finish',
    'take|taking * over from',
    'stay|stays|staying with * until|after',
    'follow through',
    'to =completion',
    'make|making sure * land|lands|landed',
    // How a thing behaves after release is its reliability, not its life owned: "care how it behaves after release".
    '!behave|behaves|behaving|perform|performs|performing|run|runs|running * after * release|launch|deployment',
    'after release|launch|deployment',
    'without * hand holding',
    'look|looks|looking|looked after * system|systems|platform|platforms|service|services|product|products|website|codebase|pipeline|pipelines',
    // Other things looked after as one's own: "you look after the electronic patient record", "they look after the
    // hall bookings" (not people looked after: that is care; not "the systems you look after", a relative clause that
    // only says which systems another duty is for).
    'look|looks|looking|looked after * record|records|app|apps|bookings|tool|tools|model|models|database|databases|fleet',
    // "Maintainer of the toolkit: releases and issue triage": the one who keeps a project, as "the owner of" it.
    '=maintainer|=maintainers of',
    // The thing said to be the hire's ("the checkout service is yours", "it's going to be theirs", "make them yours"),
    // not a perk or a choice ("the weekends are yours", "the choice of laptop is yours").
    '!time|weekend|weekends|evening|evenings|schedule|hours|choice|laptop|setup|equipment|desk|holiday * =yours|=theirs',
    '=is|=are|=be|=become|=becomes|=make|=makes|=making * =yours|=theirs',
    // "You'll take the iOS and Android apps as yours."
    '=take|=takes|=taking ** as =yours|=theirs|=your_own|=their_own',
    ...FOLLOW_THROUGH_PHRASES,
    ...PLAIN_WORD_ASKS.ownership,
  ],
  impact: [
    'impact|impactful',
    // A vague complaint made a measure: "turning 'it feels worse' into a metric they will actually trust".
    'turn|turns|turning ** into * metric|metrics|measure|measures|number|numbers',
    'measurable',
    'deliver|delivering|drive|driving results',
    'results driven|oriented',
    'business value|outcomes',
    'move|moving ** metric|metrics|needle',
    // "tie model changes to listening time and retention", "link each campaign to the sign-ups it brought"
    'tie|tying|link|linking|connect|connecting * to ** revenue|retention|conversion|sales|metric|metrics|KPI|KPIs|churn|engagement|profit|margin|signups|number|numbers',
    'show|showing|shown|prove|proving|demonstrate|demonstrating * effect|difference ** in|on * numbers|metrics|sales|revenue|KPIs|results|retention|margin|margins|conversion|churn|profit',
    'in numbers',
    // The size of an effect shown: "you can show by how much", "prove by how much delays fell".
    'show|showing|prove|proving|demonstrate|demonstrating * by how much',
    'drive|driving * metrics|KPIs|KPI|retention|revenue|growth',
    'business KPIs|KPI|metrics',
    'measure|measuring * success',
    'success metrics',
    'own|owns|owning * outcomes|results',
    'hit|hitting|meet|meeting|exceed|exceeding|beat|beating ** target|targets|KPIs|KPI|quota|quotas',
    'against * targets|KPIs',
    'prove|proving|show|showing|demonstrate|demonstrating * that ** save|saves|earn|earns|cut|cuts|reduce|reduces|increase|increases|improve|improves|pay|pays',
    'prove|proving|show|showing|demonstrate|demonstrating * savings|value|ROI|return|revenue|profit|impact',
    '~improve * accuracy|engagement',
    'improve|improving|grow|growing|increase|increasing|boost|boosting|lift * conversion|retention|revenue|sales|margin|margins|profit',
    ...PLAIN_WORD_ASKS.impact,
  ],
  leadership: [
    '!to|with|from|and|for engineering|technical|senior|executive leadership',
    'set|sets|setting * =direction|vision|priorities',
    'technical|engineering =direction|vision|strategy|leadership',
    'thought leadership',
    'tech|technical lead',
    'lead|leads|leading|led * team|teams|initiative|initiatives|programme|program|effort|efforts|migration|migrations|platform|function|projects|unit|department|squad|workstream|workstreams',
    'lead|leads|leading|led * architecture|strategy|roadmap|design',
    'lead|leads|leading|led technical work',
    'guide|guiding|steer|steering|steered * architecture|direction|strategy|roadmap|design',
    'drive|driving|lead|leading * technical decisions',
    'own|owning * technical|architecture|architectural|design decisions',
    'champion|championing',
    'define|defining|shape|shaping|set|sets|setting|own|owning|drive|driving * strategy|roadmap|vision|architecture',
    'role model',
    'leadership skills|experience',
    ...each(LED_PEOPLE, (p) => `${LEADING} ${COUNTED} * ${p}`),
    // Running is leading only when the group run is the people: not a thing run for a group, or that others depend on
    // ("run the payroll for a team of 40", "run a service other engineers depend on"), nor a meeting of the group
    // ("run the team's weekly stand-up").
    '!run|running the|a|an|our|your * =for the|a|an|our|your|each|every|both * team|teams|staff|crew|crews|department|departments|shift|shifts|unit|@person|@role',
    '!run|running the|a|an|our|your * =other|=others',
    "!run|running the|a|our|your * =team's|=team’s|=crew's|=crew’s|=shift's|=shift’s|=department's|=department’s|=squad's|=squad’s|=unit's|=unit’s",
    ...each(LED_PEOPLE, (p) => `run|running ${COUNTED} * ${p}`),
    ...each(LED_PEOPLE, (p) => `=manage|=manages|=managing|=managed ${COUNTED} * ${p}`),
    // Colleagues of any trade, named by the noun's shape or context (`@role`): "lead the two electricians",
    // "supervising two Band 6 dietitians", "manage the three SREs on the team".
    `${LEADING}|=manage|=manages|=managing|=managed ${COUNTED}|both * @role`,
    `${LEADING}|=manage|=manages|=managing|=managed ${MORE_COUNTED} * @role`,
    // A group of people counted, whatever it is called: "lead a brigade of 8", "head a crew of twelve".
    'lead|leads|leading|led|head|heads|heading|supervise|supervising a|an * of #|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty $',
    // People who answer to the hire: "three team leaders reporting to you", "the engineers who report to you".
    ...PLAIN_WORD_ASKS.leadership,
    // "lead a shift of 140", "run the night crew"
    'lead|leads|leading|led|run|running a|the|your|our * shift|shifts|crew|crews',
    // (An alternative holds one word: "supervision of" and "supervise" are two phrases.)
    'supervise|supervising * team|teams|staff|shift|crew|unit',
    'supervision of * team|teams|staff|shift|crew|unit',
    'line manage|manages|managing|management|manager',
    'take|taking the lead',
    'head|heading up',
    // "Direct the team of reception (14 persons)": a Spanish or French ad's word for leading it.
    'run|running|build|building|direct|directs|directing the|a|our|your * team|teams|function|department|unit|squad',
    'direct reports',
    '=manage|=manages|=managing|=managed * teams|engineers',
    // Managing people named as a skill or a post: "people management experience", "a people manager for six
    // engineers" (not the people managers a role works with). The verb "manage people" is left unread: ads use it
    // mostly to rule it out ("Not needed: wanting to manage people", "someone to manage people").
    '=people =management|=leadership',
    '!with * =people =managers',
    '=people =manager',
  ],
  influence: [
    'influence|influencing',
    'without * authority',
    'buy in',
    'consensus',
    'persuade|persuading|persuasion',
    'convince|convincing',
    'make|making the case',
    'win|winning over',
    // "talked them round on the closures they first opposed", "bring the site leads round": minds changed.
    'talk|talks|talking|talked|bring|brings|bringing|brought|win|wins|winning|won * =round',
    'win|winning|gain|gaining|earn|earning * support|backing|agreement * for|from',
    'advocate|advocating for',
    'bring|bringing ** along',
    'inform|informing|feed|feeding into * roadmap|priorities|decisions',
    'roadmap|priorities|plans * reflect|reflects',
    'get|getting * on board',
    'get|getting * behind',
    'without being * manager|managers|boss',
    'you do not manage',
    "you don't manage",
    'gain|gaining|build|building alignment',
    'rally|rallying',
    'bring|bringing * people|teams|everyone|stakeholders * together',
    'drive|driving alignment|adoption',
    'get|getting * to adopt',
    // People brought to one decision they then share: "get the three payments teams to agree on it", "get the product
    // and regulatory groups to agree a single release process". (Not "get to know", "get a chance to agree".)
    'get|gets|getting * team|teams|group|groups|department|departments|everyone|them|@person to agree|align|commit',
    // Teams pressed to act: "push the asset teams to get them fixed at source" (not "push back").
    'push|pushes|pushing|press|pressing|nudge|nudging * team|teams|department|departments|@person to',
    // Other teams brought to change how they work: "get the product teams to migrate onto it", "get squads who don't
    // report to you to change how they work", "get the teams that built their own workarounds to come back". (Teams in
    // the plural: "get your team to use the new rota" is leading one's own.)
    'get|gets|getting * =teams|=squads|=groups|=departments ** to migrate|switch|change|adopt|come_back|move_over|move_onto|=use',
    'adoption of',
    'they|teams|others|engineers|everyone * adopt|adopts|adopting',
    'do not report to you',
    ...PLAIN_WORD_ASKS.influence,
    "=don't|=don’t report to you",
  ],
  ambiguity: [
    'ambiguity|ambiguous',
    'unclear|undefined|vague',
    'not yet defined',
    'loosely|ill|poorly|badly|vaguely|barely defined|understood|specified|scoped',
    'with incomplete|partial|imperfect|limited|half * data|information|knowledge',
    // "the problem statement changes as we learn"
    'problem|problems|brief|scope|question|questions|statement * change|changes|changing|evolve|evolves|evolving|shift|shifts',
    'without|no * clear * brief|spec|plan|roadmap|direction|requirements|answer|answers|owner',
    'no spec|specs|specification|roadmap|playbook|playbooks|blueprint|template',
    'chaos|chaotic',
    // The analyzer's words for what is not known or not defined, less those an ML ad uses for a method
    // ("model uncertainty") or a code base ("undocumented APIs").
    ...slots(AMBIGUITY_WORDS.entries.filter((w) => !/^(uncertain|uncertainty|undocumented|unknown)$/.test(w))),
    ...slots(
      KNOWLEDGE_NOUNS.entries.filter((w) => /^(spec|specification|definition|baseline|roadmap|precedent)$/.test(w)),
    ).map((nouns) => `no|without a|any ${nouns}`),
    'not yet * settled|decided|known|clear|agreed|defined',
    'yet to be * settled|decided|known|clear|agreed|defined',
    'figure * out',
    // "work out what caused the slowdown", "work out what we change": finding a cause or a fix, not an unclear problem.
    '!work|working out what|which * caused|causes|broke|went|change|changed',
    'work|working out what|how|which|where',
    'fast changing|evolving environment|priorities|requirements',
    'ever|constantly|rapidly|always changing|evolving|shifting * environment|priorities|requirements|needs',
    'priorities shift|change',
    'navigate|navigating|embrace|embracing|handle|handling * uncertainty|change',
    'open ended',
    'define|defining the problem',
    'unknown|unknowns',
    'messy * problem|problems|question|questions|situation|situations|requirements|reality',
    'well posed',
    'comfortable|comfort|comfy * with * uncertainty|change|no',
    'nobody|noone * defined|measured|solved|tried|answered|done',
    // Work found without being told what it is: "you don't need a manager to tell you what's next", "nobody will tell
    // you what to work on", "without anyone telling you where to start". (A denial inside the phrase is its meaning.)
    "=don't|=don’t|=doesn't|=doesn’t|=won't|=won’t|never * need|needs|wait|waits ** to tell * you|them|him|her * what|where|how|which",
    'nobody|noone|no_one ** tell|tells|telling * you|them|him|her * what|where|how|which',
    '=without ** telling * you|them|him|her * what|where|how|which',
    'no one * defined|measured|solved|tried|answered|done',
    'not * clearly|well|fully defined',
    // (Or clear: "the requirement from the factory is often not clear", "many demands are not clear at the beginning".)
    "not|isn't|aren't * obvious|=clear $",
    // No plan yet, said with "have": "We don't have a roadmap for the next half yet".
    "=don't|=don’t|=do_not * have * roadmap|spec|specification|brief|plan ** yet",
    ...PLAIN_WORD_ASKS.ambiguity,
  ],
  collaboration: [
    '!collaboration|collaborative tools|software|platform|platforms|suite',
    '!collaborative * environment|culture|atmosphere|workplace|people|colleagues|group|bunch|crew',
    '!cross functional|team * disagreements|disagreement|conflict|conflicts|tension|tensions',
    'collaborate|collaborating|collaboration|collaborative',
    'liaise|liaising with',
    'coordinate|coordinating with',
    // A verbless bullet names the act by its noun ("Coordination with stores and transport", "Liaison with the
    // archives team"): the -ation noun is a word of its own to the matcher.
    'coordination|liaison with',
    'cross functional|team',
    'partner|partnering * with',
    'partner closely',
    'work|working closely with',
    // "agree priorities with branch managers", "plan the rota with the ward sisters": a joint act with named partners.
    ...each(PARTNERS, (p) => `work|working|sit|sitting|agree|agreeing|plan|planning|deal|dealing * with * ${p}`),
    '!with * team|teams of',
    '!with the rest of',
    'with|alongside * team|teams|department|departments',
    'with the|our * and * team|teams|department|departments',
    // Leads of other groups, and a function's people: "agree it with the analytics and data science leads", "working
    // with the finance ops people".
    'with the|our * and * =leads|=heads|=leaders|=managers|=leadership',
    'work|working|sit|sitting with the|our * people|folks',
    // A list of parties ending in a team, without an article before the first: "Work with fundraising, finance and
    // the data team".
    'work|working|partner|partnering|liaise|liaising|agree|agreeing|deal|dealing with ** and the|our * team|teams|department|departments',
    // Or a shift or a crew of the organisation, the list's last word: "Deal with drivers, hauliers and the day shift
    // when things go wrong" (not "the paperwork and the shift rota").
    'work|working|partner|partnering|liaise|liaising|agree|agreeing|deal|dealing with ** and the|our * shift|shifts|crew|crews $',
    // The list's last party a team, desk or centre of the organisation: "Work with the out-of-hours service, the field
    // teams and our contact centre".
    'work|working|partner|partnering|liaise|liaising with ** the|our * teams|centre|center|desk',
    // (The people served right after "with" are who the hire is with; a party further on is reached past them, not
    // worked with: "sit in the waiting room with the patients until the doctor comes", "stay with the residents until
    // the nurse arrives".)
    `!with the|our|your|their * ${WITH_SERVED}`,
    ...each(PARTNERS, (p) => `with the|our * ${p}`),
    'work|working hand in hand',
    'work|working|sit|sitting|build|building|partner|partnering alongside',
    'work|working across',
    'sit|sitting between',
    'bridge|bridging * between|gap',
    'together with',
    'cooperate|cooperating|cooperation with',
    ...PLAIN_WORD_ASKS.collaboration,
    // The joint act named by its noun: "work in partnership with the police and local councils".
    'partnership|partnerships with',
    'close cooperation|collaboration',
    'interdisciplinary|multidisciplinary|cross disciplinary',
    'jointly with',
    ...each(FUNCTIONS, (f) => `work|working|partner|partnering|agree|agreeing|decide|liaise|plan|planning * with ${f}`),
    // "gather requirements from the finance team", "pair with developers from the timetable team"
    ...each(PARTNERS, (p) => `requirements|input|feedback|requests from the|our * ${p}`),
    'with ** from the|our|other|another * team|teams|department|departments',
    ...each(PARTNERS, (p) => `partner|liaison|link to|with * ${p}`),
    ...each(PARTNERS, (p) => `take|bring|feed|hand|pass|escalate ** to the|our * ${p}`),
    // What is handed to a function named bare: "feed what you hear from clinics back to product".
    ...each(FUNCTIONS, (f) => `take|bring|feed|hand|pass|escalate ** to ${f}`),
    // The hire as the one other functions reach: "first point of contact for engineering, stores and flight operations".
    ...each(FUNCTIONS, (f) => `point of contact for|between ** ${f}`),
    ...each(PARTNERS, (p) => `point of contact for|between ** ${p}`),
    // "the company's point of contact with each venue's technical staff".
    'point of contact with ** @party|=staff|=crews|=teams',
    'alignment with',
    '~stakeholders',
  ],
  tradeoffs: [
    'trade off|offs',
    'tradeoff|tradeoffs',
    // (Weighing is read by its object in stance-frames.ts: "weigh the risks", not "weigh the deliveries".)
    'balance|balancing * against|between|with',
    '!load balance|balancer|balancers|balancing',
    '!work life balance',
    'balance|balancing * and',
    'realistically',
    'realistic about',
    'judgment|judgement',
    'pragmatic',
    'make|making * calls',
    'build versus|vs buy',
    'sound * decisions',
    'prioritize|prioritise|prioritizing|prioritising ruthlessly',
    // Saying no to a request is conflict (RUBRIC.md batch 10: read there); saying no to work is choosing what to do:
    // "say no to work that doesn't earn its place", "saying no to the work that doesn't fit it".
    'say|says|saying no to * work|projects|tasks|initiatives',
    'choose|choosing * between',
    // "deciding if" is "deciding whether" ("Be the one deciding if a lorry is safe to leave the yard"); not the
    // applicant's own choice ("Decide if you'd like the 4-day pattern", "still deciding if this job is for you").
    "!decide|decides|deciding if|whether =you|=you'd|=you’d|=your|=to_apply|=this_job|=this_role",
    'decide|deciding when|whether|between|if',
    // Who or what gets a scarce thing: "decide which stores get their delivery late", "decide where the extra hours go".
    'decide|decides|deciding where',
    'decide|decides|deciding which ** get|gets|go|goes|wait|waits',
    // The same call by other verbs, by its noun, or with a clause between: "Pick which homes get surveyed first",
    // "decision which orders are moved", "Decide, with incomplete data, which hotspots go forward".
    'pick|picks|picking|choose|chooses|choosing|decision|decisions|decide|decides|deciding ** which|on_which ** get|gets|go|goes|wait|waits|moved|dropped|postponed|delayed',
    'decide|deciding|choose|choosing|judge|judging|know|knowing|agree|agreeing ** what|which|when|where ** and|or what|which|when|where',
    // "which problems we solve with cameras and which with models", "which bugs we fix now and which can wait"
    '=which ** and|or =which',
    'arbitrate|arbitrating|arbitration * between',
    'build|building vs|versus|or buy|buying|pay|paying',
    'make|making * choices|choice|call',
    'sensible|sound|pragmatic|wise * choices|choice|calls|call',
    'sensibly|pragmatically',
    'cost * latency',
    // "good enough to ship" is a call; "make the forecasts good enough that stores trust them" is a target.
    '!good enough that',
    'good enough',
    'cut|cutting * scope',
    'know|knowing when to|not',
    '~prioritize|prioritise|prioritizing|prioritising|prioritization|prioritisation',
    'right call|calls',
    // What is dropped as a choice: "what you decide to leave out", "choose which features to defer".
    'what|which * decide|decides|choose|chooses to leave|drop|defer|skip|park',
    'decide|deciding|choose|choosing what|which * to leave|drop|defer|skip|park',
    // "decide what is deferred if tender prices come in over budget", "decides the order of the request queue".
    'decide|decides|deciding what|which * is|are|gets|get deferred|dropped|cut|postponed',
    'decide|decides|deciding the * order|sequence of|in',
    // A call made with its price named: "You decide the overbooking of every night, with the risk that it implies".
    'decide|decides|deciding ** with the|its|their * risk|risks',
    // A choice given to the hire as theirs: "Hangar slots vs aircraft availability: your call", "the compromise was yours".
    '=your =call|=calls $',
    'the|a|sensible|right|best|workable|good =compromise|=compromises',
    // The price of each alternative set out: "with the costs of each option written down".
    'cost|costs|pros|risks ** each|every|both|either * option|options|approach|approaches',
    'worth * effort|work|cost|investment',
    // Whether a change earns its cost, as the hire's call: "Deciding which improvements are worth it".
    'decide|decides|deciding|judge|judging * what|which|whether ** worth',
    ...STANCE_FRAMES.tradeoffs,
  ],
  depth: [
    'deep understanding|knowledge|expertise',
    'dive deep',
    'deep dive',
    'go|goes|going deep',
    'root cause|causes',
    // "dig until you find the real cause", "find the underlying cause"
    'real|underlying|true|actual|deeper cause|causes',
    'find|finding|identify|identifying|get to * =cause|=causes',
    'nobody|no one * knows|understands why',
    'behave|behaves|behaving * strangely|oddly|unexpectedly|weirdly',
    'person|one * turn|turns|go|goes|come|comes to when',
    'hard|hardest|difficult * problems',
    'debug|debugging',
    // Weak: "investigate incidents and complaints", "investigating accidents" is a duty of care, not depth alone.
    '~investigate|investigating',
    '~investigation|investigations',
    'dig|digging|dug into|in',
    'the one|person who * understands|knows|understand|know how|why',
    'down to the * level',
    'troubleshoot|troubleshooting * complex|hard|difficult|tricky',
    'subject matter expert|experts|expertise',
    'be|become|as * the * expert|authority|specialist',
    '~=internals',
    'profile|profiling and tune|tuning',
    'performance tuning',
    'down to the|packet|individual',
    // Not a cause found so a failure does not recur: "find out why it happened, so it doesn't happen again" is
    // learning from it (the rubric's fresh-jobs-10 call).
    '!find|finding out why ** happen|happens|recur|recurs again',
    'find|finding out why',
    // The cause found or fixed, not the symptom: "figure out why it falls apart", "finding why parts kept arriving
    // late", "fix the cause, not the symptom".
    'figure|figuring|work|working out why',
    'find|finding|found why',
    'fix|fixing|fixes|address|addressing|tackle|tackling|treat|treating the * cause|causes',
    // "go all the way down: its assumptions, where it broke"
    'all the way down',
    'profile|profiling and fix|fixing|optimise|optimize|optimising|optimizing',
    // "keep digging until you know which change caused it", "work out what actually caused each discrepancy"
    'keep|keeps|keeping * digging|going * until',
    'know|knowing|find|finding|work|working out|establish|establishing * what|which * caused|causes|broke',
    'know|knowing why',
    'failure modes',
    'trace|tracing * bug|bugs|issue|issues|problem|problems|fault|faults',
    'understand|understanding|know|knowing ** in detail',
    'understand|understanding|know|knowing ** inside out',
    'cause|causes * behind|beneath',
    'first principles',
    'in depth',
    'technical|engineering depth',
    ...PLAIN_WORD_ASKS.depth,
  ],
  reliability: [
    // Orders kept to their dates, not a system kept up: "responsibility for the delivery reliability of the assembly".
    '!delivery|supply|schedule|schedules|delivery_date reliability',
    'reliability|reliable',
    'on call',
    'incident|incidents',
    'postmortem|postmortems',
    'post mortem|mortems',
    'monitor|monitoring * production|models|model|quality|systems|services|pipelines|drift|performance',
    '~monitor|monitoring',
    'production|model|models|system|systems|data monitoring',
    // The noun ("monitor for drift", "data drift"), not a count that "drifts": the exact form.
    '=drift',
    // (A count or a result that drifts is no model drift: "when results drift between versions".)
    '!results|numbers|outputs|values|estimates|counts|figures|scores|totals =drift',
    'rollback|rollbacks',
    'roll back',
    'rollouts|rollout',
    'SLO|SLOs|SLA|SLAs|SLI|SLIs',
    'error budget|budgets',
    'uptime',
    '~=availability',
    'observability',
    '!job|set|create|email alert|alerts',
    'alerting|alerts',
    'canary',
    'degradation',
    '!reflect|reflecting|learn|learning ** went|go|goes wrong',
    // Weak: "customers call when things go wrong", "when deliveries go wrong" are no production incident alone.
    '~go|goes|going|went * wrong',
    // Not a neighbour's service or a price named by the hours: "the GP out-of-hours service", "out-of-hours charges".
    '!out of hours service|services|charges|charge|rates|rate|pay|payments|premium|premiums|costs|fees|access|opening',
    'out of hours',
    // A broken thing put back to work: "when a bus breaks down, your team gets it back in service".
    'get|gets|getting|bring|brings|bringing|put|puts|putting * back in|into service',
    '=pager|=paging|=paged',
    // On-call by its other names: "nights on the standby phone", "a standby rota", "on standby".
    'standby * phone|rota|rotas|cover|duty|duties|shift|shifts|week|weeks|line',
    'on standby',
    // "keep the models healthy after launch", "keep them healthy once they're live"
    'keep|keeping * healthy * once|after|in|when ** live|production|launch|launched|deployed|shipped',
    'keep|keeping * model|models|service|services|system|systems|pipeline|pipelines|platform|cluster|site|sites * healthy',
    // "Keeps the app healthy: crash-free rate, app store reviews".
    'keep|keeping * app|apps|website|websites|database|databases|network|networks * healthy',
    'not happen again',
    // "fix the integrations when they break", "when a nightly load fails, you're the one who gets it running again"
    'fix|fixing|repair|repairing|restore|restoring ** when|if * break|breaks|breaking|fail|fails|failing',
    'get|gets|getting|bring|brings|bringing * running|up again',
    'first responder|responders',
    // The failure said first: "when a load fails at 4am, you're the one fixing it"; "if the tills go down, you get
    // them back up".
    'when|if ** fail|fails|break|breaks ** fix|fixing|fixes|repair|repairing',
    'go|goes|went down ** back up',
    'look|looks|looking after * health',
    'production support',
    'high availability',
    'release|releases gate|gates|gating|process|criteria|readiness',
    'hold|holding|block|blocking * release|releases|deploy|deploys|deployment|launch',
    'keep|keeping * site|service|services|system|systems|platform|cluster * up|running',
    'alerts|checks|alarms * tell|warn * when',
    'outage|outages|downtime',
    // Safety told as an outcome: "zero lost-time injuries", "reportable accidents at zero". (Logging near misses alone
    // is labeled no competency: an s20 line.)
    'accidents|injuries * at zero',
    'zero|no * =accidents|=injuries',
    'lost time =injuries|=injury',
    // Operations run or kept safe as a duty: "Run the night shift safely", "keep the cargo pumps running safely",
    // "own the site's health and safety performance", "investigate every accident and near miss".
    'run|running|keep|keeping|deliver|delivering|operate|operating ** =safely',
    'health and safety performance|record|standards|compliance',
    'investigate|investigating|review|reviewing * accident|accidents',
    'disaster recovery',
    'business continuity',
    'recover|recovery|recovering * when|from * fail|fails|failure|failures|outage|outages|incident|incidents',
    'performance in production',
    // A thing told by the people who rely on it, with the relative's preposition stranded: "a service the trading desk
    // can rely on". (Not "teams that still rely on spreadsheets", nor "rely on our tools": no modal, or an object.)
    'can|could|will * rely|depend|count on $',
    // A build or a pipeline's state kept: "keep the daily build green", "keeping CI green".
    'keep|keeping|keeps * build|builds|pipeline|pipelines|ci|tests|suite|checks * green',
    'behave|behaves|behaving|perform|performs|performing * after * release|launch|deployment',
    'shadow mode|traffic',
    '!reliable|reusable * code|software|library|libraries|tooling|tests',
    ...PLAIN_WORD_ASKS.reliability,
  ],
  quality: [
    'quality bar',
    // Work done correctly at the first attempt, as a standard: "make sure every job is fixed first time", "get VAT
    // returns right first time", "recorded correctly the first time". (Not "for the first time": a first occasion.)
    'right|correctly|correct|properly|fixed|resolved * =first =time',
    'high|highest * standards|expectations',
    // The bar said after its noun: "keep standards high", "keep the bar up".
    'keep|keeping * standards|standard|bar * =high|=up',
    // An outside check of standards the hire receives: "host BRC and customer audits", "host the CQC inspection".
    'host|hosting * audit|audits|inspection|inspections',
    // Standards kept by law: "Keep the College compliant on fire, legionella, asbestos, gas and lifts".
    'keep|keeps|keeping|stay|stays|staying * compliant',
    // Ready for the outside check at any time: "Keep us audit-ready: food safety, allergen control and hygiene records".
    'audit|audits|inspection|inspections =ready|readiness',
    // A standard kept as a rating: "Keep every site at 5 on the food hygiene rating".
    'keep|keeps|keeping|hold|holds|holding|maintain|maintaining ** hygiene =rating|=ratings',
    // An audit that changes practice: "audit our re-attendance rates and lead changes in practice when they show a
    // problem" (the rubric's clinical audit whose protocols change because of it).
    'audit|audits|auditing ** and * change|changes|improvements',
    'quality review|reviews|checks|audit|audits|assure|assuring|assurance',
    'responsible|accountable for the quality',
    'raise|raising * bar|standards',
    'testing strategy',
    'test coverage',
    'code quality',
    // Tests as the hire's duty: "a test suite the group trusts". (Taking part in code reviews alone is labeled no
    // quality.)
    'test suite|suites',
    'well tested',
    'maintainable code',
    'operational excellence',
    'keep|keeping * codebase|code * healthy',
    'tech|technical debt',
    'release safety',
    'hold|holding * to * standard|standards|bar',
    'best practices',
    'meet|meets|meeting * standards|standard',
    'set|setting up * =tests|=checks|validation',
    'put|putting in place * =tests|=checks|validation',
    'standards of quality',
    'check|checking|chase|chasing|ensure|ensuring * accuracy|data quality',
    'data quality checks|issues|standards',
    'set|sets|setting|define|defining|uphold|upholding|establish|establishing * standards|standard|bar',
    // A standard kept: "hold the line on accessibility and performance". (Held against someone, "hold the line when
    // customers push" or "with suppliers", it is standing firm: conflict, plain-word-asks.ts.)
    'hold|holding the line on',
    // "keep us on the right side of the regulator"
    'right side of',
    'write|writing clean|tested|readable|maintainable',
    'into|write|writing|build|building * clean|tested|readable|maintainable|reusable|reliable * code|libraries|software',
    ...PLAIN_WORD_ASKS.quality,
  ],
  conflict: [
    // Parties wanting the same thing: "sorts out the clashes when the playgroup, the choir and a funeral all want the
    // same Thursday", "sort out clashes between trades" (not a clash of dates with no parties: "sort out rota clashes").
    'sort_out|sorts_out|sorting_out|resolve|resolves|resolving|settle|settles|settling * clash|clashes between|when',
    '!conflict free',
    'disagreement|disagreements',
    'disagree|disagreeing',
    '!conflict|conflicts of interest',
    '!metrics|numbers|results|benchmarks|data|tests|models|sources|estimates|signals * disagree|disagreeing|conflict',
    '=conflict|=conflicts',
    'resolve|resolving * conflict',
    'conflicting priorities|goals|requirements|demands|opinions|views|interests',
    'competing priorities|demands|interests',
    // Parties who each want their own thing: "teams who each want their own payment method", "four teams want
    // something this week", "product and marketing want different things".
    '=each|=all|=both * want|wants|need|needs * own|first|different|something',
    'want|wants|need|needs * different|conflicting|competing|opposite things|outcomes|priorities|versions|directions',
    // The same asked for: "two groups asking for opposite things at the same time".
    'ask|asks|asking for * different|conflicting|competing|opposite things|outcomes|priorities|versions|directions',
    'teams|departments|stakeholders|functions want|wants|need|needs something',
    // People's asks pulling apart: "settle it when their requests pull in different directions". (Not qualities of a
    // system: "quality, latency and cost pull in different directions" is a trade-off.)
    'requests|priorities|teams|departments|demands|stakeholders|@person pull|pulls|pulling * different|opposite|competing|separate directions|ways',
    'difficult stakeholders',
    ...each(SERVED, (n) => `difficult|unhappy|angry|upset|frustrated|demanding * ${n}`),
    // The same people by the other adjectives of hard dealings: "some tricky customers", "rude or aggressive callers".
    ...each(SERVED, (n) => `tricky|awkward|rude|abusive|aggressive|hostile * ${n}`),
    'difficult|unhappy|angry|upset|frustrated|demanding * people|stakeholders|colleagues|situations',
    // An upset person of any role: "an angry store manager", "irate callers", "frustrated shift leads".
    'difficult|unhappy|angry|upset|frustrated|demanding|furious|irate * @person',
    'tricky|awkward|rude|abusive|aggressive|hostile * @person',
    // The same people called "ones" ("handle the calls from the angry ones"): only people are angry or upset, while
    // "the difficult ones" may be tickets.
    'unhappy|angry|upset|frustrated|furious|irate =ones',
    '!complaint|complaints inbox|inboxes|form|forms|system|systems|data',
    'handle|handling|deal|dealing|resolve|resolving|manage|managing * complaint|complaints|concern|concerns',
    // Complaints and grievances by any verb of handling: "Investigate complaints", "respond to grievances".
    'investigate|investigating|respond|responding|answer|answering|settle|settling * complaint|complaints|grievance|grievances',
    // A calque of "atender" / "s'occuper de": "Attend personally the complicated guests and the complaints".
    'attend|attends|attending ** complaint|complaints',
    'grievance|grievances',
    // A complaint taken on by the hire: "A customer complaint has come up to you". (Not "turn each complaint into an
    // error taxonomy": complaints as data.)
    'complaint|complaints * come|comes|came|escalated * up to * =you',
    // The same duty as a verbless bullet's noun: "Resolution of complaints from tenants".
    'resolution of * complaint|complaints|dispute|disputes|conflict|conflicts|disagreement|disagreements',
    'dispute|disputes',
    'de escalate',
    // "calm them down": an upset person handled
    'calm|calming * down',
    'escalations from',
    'push back',
    // A request refused: "say no to a request when it would break something else", "be the one who says no when a
    // fourth definition shows up" (RUBRIC.md batch 10, 14).
    // (Saying no to work is a choice of what to do, judgment, not a disagreement: "say no to work that does not matter".)
    '!say|says|saying no to * work|projects|tasks|initiatives',
    'say|says|saying no',
    // The same refusal told to someone: "tell the site manager no when he wants it live early", "tell them no".
    'tell|tells|telling =them|=him|=her|=people =no $',
    'tell|tells|telling the|a|an|your|our|their * @person =no $',
    // "defend a recommendation they don't like", "hold your ground with a manager who doesn't like the plan"
    'defend|defending * recommendation|recommendations|decision|decisions|position|plan|plans|call|proposal',
    'hold|holding * ground',
    "who|they ** =don't|=don’t|=doesn't|=doesn’t * like|agree",
    // "the disputes team", "chargeback disputes": a domain's cases, not a disagreement.
    // (The noun right before: "disputes between team leaders" is a disagreement.)
    '!dispute|disputes team|teams|operations|queue|queues|portal|process|analyst|analysts',
    '!chargeback|chargebacks|card|payment|payments|billing|transaction|ledger dispute|disputes',
    // Telling people their ask is wrong, in any word of wrongness: "telling them when a metric they want would be
    // misleading", "say so when the plan is unrealistic".
    // (Not the teller's own error: "tells me when they got it wrong" is owning a mistake, failure & learning.)
    '!say|says|saying|tell|tells|telling|speak|speaking * when|if =you|=they =got|=get|=gets * wrong',
    'say|saying|tell|telling|speak|speaking * when|if * wrong|disagree',
    // The listener named: "tell them when …", not "checks that tell us when …" (the company told by a system).
    'tell|telling|tells =them|=him|=her|@person when|if|that ** wrong|misleading|mistaken|unrealistic|unworkable|flawed|unsafe',
    // (Also "that": "telling a VP that their favourite dashboard is wrong".)
    'tell|telling|tells the|our|your|a|an @person when|if|that ** wrong|misleading|mistaken|unrealistic|unworkable|flawed|unsafe',
    // The company told by the hire: "tell us when we're asking for the wrong thing" (not by a system: "checks that tell
    // us when a feed is wrong").
    '!alert|alerts|check|checks|dashboard|dashboards|monitor|monitors|test|tests|alarm|alarms|system|systems|tool|tools * tell|tells =us',
    'tell|telling =us when|if ** wrong|misleading|mistaken|unrealistic|unworkable|flawed|unsafe',
    // A disagreement told by what it could turn into: "without it turning into a fight", "before it becomes a row".
    'turn|turns|turning|become|becomes|becoming|escalate|escalates|escalating * into * =fight|=fights|=row|=rows|argument|arguments|standoff|=confrontation',
    // (The same after "without", a denial that is the phrase's meaning: "without it turning into a fight".)
    '=without * turning|becoming|escalating * into * =fight|=fights|=row|=rows|argument|arguments|standoff|=confrontation',
    'confrontation|confrontational',
    'pushback',
    // A disagreement named by the verb or noun of arguing: "some of them will argue", "a long-running argument about
    // rewriting", "an argument in the queue", "argued for a smaller scope, and won". Not a document "the team can
    // argue with" (its preposition stranded: engaging with a draft), nor a function's arguments.
    '!argue|argues|argued|arguing with $',
    '!function|command|keyword|named|positional|line|default argument|arguments',
    'argue|argues|argued|arguing',
    'argument|arguments',
    'difficult|tricky|hard|tough|awkward|uncomfortable * conversations',
    'mediate|mediating|mediation',
    'unpopular',
    'have|has|show|showing|with backbone',
    'tension|tensions|tense',
    'challenge|challenging * team|teams|design|designs|assumptions|decisions|plans|proposals|colleagues|stakeholders|others',
    ...PLAIN_WORD_ASKS.conflict,
    ...STANCE_FRAMES.conflict,
  ],
  failure: [
    // "You'll get some of those calls wrong; tell us what you learned".
    'tell|tells|telling * what you|they learned|learnt',
    // The hire's own error owned up to: "someone who tells me when they got it wrong", "say so when you get it wrong"
    // (whose error it is decides: "tell us when we're wrong" is push-back, conflict).
    'when|if =you|=they =got|=get|=gets * wrong',
    'learn|learning from * mistakes|failure|failures|incidents|experiments|setbacks',
    'mistake|mistakes',
    'admit|admitting * mistakes|mistake|errors|error|failure|failures',
    'own up',
    'growth mindset',
    'retrospective|retrospectives',
    'reflect|reflecting on',
    'fail fast',
    'stop|stops|stopping|prevent|prevents|preventing ** coming|happening back|again',
    'stop|stops|stopping|prevent|prevents|preventing ** recurring|recurrence|repeating',
    'same * mistake|mistakes|failure|failures|error|errors|problem|problems|incident|incidents * again|twice|back|recur|recurring|repeated',
    'lessons learned|learnt|from',
    // "so it doesn't happen again", "what they changed afterwards so it didn't happen again"
    "=doesn't|=doesn’t|=didn't|=didn’t|=won't|=won’t|=never|=don't|=don’t * happen|happens|recur|recurs * again",
    // "make sure it doesn't happen twice" (not "it never happens twice a week": no "never").
    "=doesn't|=doesn’t|=won't|=won’t|=don't|=don’t * happen * =twice",
    // The denial spelt out, as the purpose of looking into what went wrong: "so that the same thing does not happen
    // twice", "so it will not happen again". (Not "make sure it does not happen again" after a cause is found: that is
    // the hire answering for the fix.)
    '=so ** =not * happen|happens|recur|recurs * again|=twice',
    // "the same thing does not happen twice": a repeat of whatever went wrong, denied.
    'same =thing|=things * =not|=never * happen|happens * again|=twice',
    // Each event reviewed and learned from: "review every transfer afterwards so that we learn from each one", "learn
    // from every complaint". Not "learn from each other" (a team's habit).
    '!learn|learns|learning from each other',
    'learn|learns|learning from =each|=every',
    'what ** changed|change * afterwards',
    // A change told as the effect of what went wrong: "what we changed because of them" (the complaints).
    'change|changed|changes|changing * because of * them|it|this|complaints|complaint|incidents|incident|feedback|mistakes|findings',
    'changed|change ** after ** went|go|goes|gone wrong',
    // "make sure we change whatever caused it"
    'change|changing|fix|fixing ** whatever|what * caused',
    // "explain a model's mistakes": the model's errors, not the hire's.
    '!model|models|system|systems|algorithm|algorithms|classifier|classifiers|prediction|predictions mistake|mistakes',
    'turn|turning|apply|applying|capture|capturing * lessons',
    ...PLAIN_WORD_ASKS.failure,
    // A look back at what went wrong and a change drawn from it, in any trade's words (failure-reviews.ts).
    ...FAILURE_REVIEWS,
  ],
  learning: ['curious|curiosity', 'learn|learning', 'growth mindset', 'feedback', 'self improvement'],
  communication: [
    // Decisions recorded for others to read: "decide what to build and what to buy, and write each decision down".
    'write|writes|writing * decision|decisions|reasoning|choices down',
    // Explained until the audience understands: "explain model decisions so that colleagues without a technical
    // background understand them".
    'explain|explaining ** so ** understand|understands',
    '!communication|communications protocol|protocols|systems|networks|stack|bus|interfaces|channels',
    'communicate|communicating|communication|communicator',
    'explain|explaining * to',
    'present|presenting * to|findings|results|work',
    '!presentation layer|layers|tier',
    'presentation|presentations',
    'write|writing * clearly|clear|docs|documents|documentation',
    'written communication|reports|report|narratives|updates|proposals|docs|documents|documentation|english|skills',
    'written and|or verbal|spoken',
    'in writing',
    'distill|distilling',
    'documentation',
    '!at present',
    '!present|presence in|at|on * office|site|location',
    'present|presents|presenting|presented',
    'document|documenting * architecture|design|designs|decisions|interfaces|findings|methods|rationale|change|changes|runbook|runbooks|playbook|playbooks',
    // "the two apprentices in the workshop": a place, not a session someone runs.
    '!in|at|around the workshop',
    'report|reporting|reports on ** to',
    // "walk the team through the design", "walk them through it": explaining to people, not walking a site.
    'walk|walks|walking =them|=him|=her|=everyone|=us|=people|=colleagues|=stakeholders through',
    'walk|walks|walking the|our|your|new * team|staff|colleagues|engineers|analysts|managers|users|customers|juniors|hires|joiners|parents through',
    'brown bag|bags',
    'lunch and learn|learns',
    'workshops',
    'write up',
    // Writing for its readers: "write postmortems that the rest of the company actually reads".
    'write|writes|writing|written ** that|which ** read|reads',
    'storytelling',
    'make|making ** understandable|legible to',
    'lay|general|wider|broad|non specialist|non technical * audience|audiences|readers',
    'facilitate|facilitating * workshops|meetings|sessions|discussions|retrospectives|conversations',
    'facilitation',
    'keep|keeping * informed|updated',
    'keep|keeping * up to date|speed',
    'plain language',
    'explain|explaining|explained|write|writing|tell|telling|describe|describing|put|putting ** plain|simple|everyday words|english|terms',
    'non technical|specialists|engineers',
    'articulate',
    'RFC|RFCs',
    'explain|explaining|explained ** to',
    `clear|concise|crisp|plain|short ${WRITINGS}`,
    'clear|concise|crisp|short written',
    `write|writing * ${WRITINGS}`,
    ...each(WRITING_HALVES, (w) => `write|writing and maintain|maintaining|update|updating * ${w}`),
    'prepare|preparing * papers|paper|briefs|briefings|memos',
    'give|giving|deliver|delivering * =talk|=talks',
    'wide|internal|tech|technical|conference * =talks',
    'read|reading out',
    'readout|readouts',
    'what the * numbers|data|results * say|says|mean|means',
    "not|aren't|isn't technical",
    ...PLAIN_WORD_ASKS.communication,
  ],
  mentoring: [
    'mentor|mentoring|mentorship',
    // "our sleep coaching", "a life coaching app": coaching as what the product does, not growing people.
    '!our * coaching',
    '!coaching app|apps|platform|product|products|feature|features|programme|program|service|services|business|startup|company',
    'coach|coaching',
    // (Exact forms: "developers from the timetable team" is no developing of a team.)
    'grow|growing|=develop|=developing * engineers|team|others|people|scientists|researchers|leaders',
    // "develop the skills of the apprentices", "developing their skills"
    '=develop|=developing|=build|=building|grow|growing the|their|your * skills|careers',
    // "grow our shift leads into site managers": people grown into a role.
    'grow|growing|=develop|=developing ** into * managers|leaders|leads|seniors|supervisors|engineers|analysts|nurses|teachers|scientists',
    // "co-supervise MSc students", "supervise newly qualified nurses on their first rotations", "supervise and teach
    // student midwives". (An alternative holds one word: "supervision of" and "supervise" are two phrases.)
    `supervise|supervising ** students|=student|${MENTEES}`,
    `supervision of ** students|=student|${MENTEES}`,
    // "support newly qualified midwives through their first year"
    'supervise|supervising|support|supporting|teach|teaching|mentor|coach|train|training ** newly_qualified|newly_registered',
    'help|helping ** grow',
    ...each(LED_PEOPLE, (p) => `hire|hires|hired|recruit|recruiting ${COUNTED} * ${p}`),
    'skills of * team|others|colleagues|staff|people',
    'raise|raising * skills|capability|capabilities',
    'growth|development of * engineers|team|others|people|scientists|researchers|leaders|staff|juniors|analysts|nurses|teachers',
    'support|supporting * professional|career development|growth',
    'professional development of',
    'career development|growth',
    'appraisal|appraisals',
    'guide|guiding * junior|engineers|scientists',
    ...each(MENTEE_VERBS, (v) => `${v} * ${MENTEES}|=younger`),
    ...each(MENTEE_VERBS, (v) => `${v} * less experienced`),
    // Newer colleagues brought on: "bring on the two newer managers who are still learning the ropes".
    `bring_on|bringing_on * ${MENTEES}|=younger`,
    // The hire as the one people learn from: "someone the two mid-level engineers can learn from".
    '@person * can|could|will|would|should learn from $',
    // Growth shown as the people's independence: "two junior planners can build a weekday plan without you checking",
    // "so your team leaders can run the floor without you".
    '@person * can|could ** without you',
    // "You walk her through last month's incident so she can lead the next review herself".
    'so she|he|they can|could ** herself|himself|themselves|unaided|without_you',
    // "a team of four … each with a development plan", "hand over knowledge to the client's analysts"
    '!product|software|business|site|land|property|housing|estate|app development plan|plans',
    '=each|their|personal|individual * development plan|plans',
    'hand|hands|handing over * knowledge|expertise|skills',
    'knowledge sharing',
    'knowledge transfer',
    'train|training * staff|colleagues|new starters|newcomers|juniors',
    // Teaching colleagues named by their role, after a determiner or a count: "train the nurses", "upskill two
    // analysts", "trains the seasonal harvest team". (A role right after the verb may be a compound noun, "teaching
    // staff", "training engineers", or what they are taught to do: kept out, as an aside posting showed.)
    ...each(LED_PEOPLE, (p) => `teach|train|upskill ${COUNTED}|their * ${p}`),
    'teach|train|upskill the|your|our|a * team|teams|crew|crews|shift|shifts',
    // People developed, named or referred to: "Developing the two managers", "manage two site managers and develop
    // them" ("them" stands for the people named before). Not a thing developed ("develop the new booking app").
    ...each(LED_PEOPLE, (p) => `=develop|=develops|=developing ${COUNTED}|their * ${p}`),
    ...each(LED_PEOPLE, (p) => `=develop|=develops|=developing ${p}`),
    // Colleagues of any trade grown or trained (`@role`): "grow the two SREs on the team", "train our two young commis".
    `grow|growing|=develop|=develops|=developing|train|training|teach|teaching|upskill|upskilling ${COUNTED}|their|both * @role`,
    'level up',
    // A calque of "formar" / "former" (to train): "Form the new receptionists in the PMS and in the protocols of the
    // house". Not a group formed ("form the new team in Madrid").
    '!form|forms|forming * team|teams|committee|committees|group|groups|company|partnership|partnerships|board|unit|units',
    'form|forms|forming the|our|your =new ** in|on',
    'onboard|onboarding * engineers|hires|joiners|teammates',
    'technical guidance',
    'share|sharing knowledge',
    '=hiring',
    'interview|interviewing candidates',
    'interview loop|loops|process|panel|panels',
    'share|sharing * learn|learned|learnt|know|expertise|learnings|lessons',
    'pass|passing on * expertise|knowledge|skills',
    `give|giving|provide|providing * feedback to * ${MENTEES}|engineers|colleagues|staff|team|teachers|nurses|analysts|people|reports`,
    ...PLAIN_WORD_ASKS.mentoring,
  ],
  execution: [
    'ship|shipping fast|quickly|often',
    '!release|releases gate|gates|gating|process|criteria|readiness',
    'ship|shipping|release|releasing * every * day|week|sprint|weekday|morning|afternoon',
    'ship|shipping|release|releasing * weekly|daily',
    'move fast',
    'bias for action',
    'hit the ground running',
    'on time',
    'on schedule',
    // A building programme kept to: "Deliver the scheme safely, to programme", "in line with the agreed programme".
    'to =programme $',
    'in line with the * =programme|=schedule',
    // A body of work delivered, named as such: "Deliver the summer works programme (£1.4m)". (Not teaching delivered:
    // "deliver the induction programme".)
    '!deliver|delivers|delivering|delivered * training|teaching|learning|education|induction|coaching|mentoring|wellbeing programme|programmes|program|programs',
    'deliver|delivers|delivering * scheme|schemes|works|project|projects|programme|programmes|program|programs $',
    // Work kept to its plan: "keep the shift on plan", "keep the project on track", "plan the programme and deliver it".
    'keep|keeps|keeping * on =track|=plan|=programme',
    // (Training delivered is teaching: "Plan and deliver the unit's training programme".)
    '!plan|plans|planning ** and * deliver|delivers|delivering * training|teaching|sessions|workshops|lessons|courses|induction|curriculum',
    'plan|plans|planning ** and * deliver|delivers|delivering|ship|ships|shipping',
    'hit|hitting|meet|meeting|make|making * cut off|offs',
    // A departure time kept: "Hit the 5am dispatch every night".
    'hit|hitting * =dispatch|=despatch|=departure',
    'over the line',
    'hit|hitting|meet|meeting * deadlines|milestones|dates',
    'break|breaking * projects|work|problems * down',
    'break|breaking down * projects|work|problems',
    'get|getting things done',
    '!query|trade|order|code|task|job|test|model|runtime|remote execution',
    '!execution engine|engines|environment|environments|plan|plans|layer|time',
    '=execute|=executing|=execution',
    '=accountable for delivery',
    'own|owns|owning delivery',
    'remove|removing blockers',
    'unblock|unblocking|unblocks',
    'keep|keeping * work|things|projects|delivery * moving',
    'plan work',
    // The hire told as one who delivers, the verb with no object: "What I do need: someone who ships".
    'someone|somebody|person|people who|that * ship|ships|deliver|delivers $',
    '!execution team|teams|desk|desks|venue|venues|algorithm|algorithms|trader|traders',
    // Goods carried, not work delivered: "rotas, ordering, deliveries", "which shops get delivered first".
    '!=deliveries',
    '!get|gets|got|be|been|being|are|is|was|were =delivered',
    '~deliver|delivering|delivery',
    '~fast paced|moving|growing',
    ...PLAIN_WORD_ASKS.execution,
  ],
  customer: [
    // The plural noun only: "customer needs", "what the client needs", not the verb of a clause the gap runs into ("good
    // enough for a customer and when we need the big one", "ring dispatch and I need someone who …").
    'customer|customers|user|users|=developer|=developers|traveller|travellers * experience|=needs|feedback|workflows|pain',
    ...each(SERVED_PEOPLE, (n) => `${n}|client|clients * =needs|satisfaction|journey|journeys|complaints`),
    // The verb after what the served want: "understand what patients need from the booking tool".
    ...each(SERVED_PEOPLE, (n) => `what|whatever * ${n}|client|clients|customer|customers|user|users need|needs`),
    // Questions and issues the served raise, in the plural ("answer issues from users running it on farms"; not "issues
    // from the user-facing API").
    'questions|issues|queries|tickets from * =users|=customers|=clients|=members|=patients|=tenants|=residents|=parents',
    // What the served keep asking or wanting, found out: "understand what questions our customers keep asking".
    ...each(
      SERVED_PEOPLE,
      (n) => `understand|learn|find_out|hear what ** ${n} ** ask|asking|want|wanting|expect|value`,
    ),
    ...each(SERVED, (n) => `talk|speak * to|with * ${n}`),
    // Owners of the small businesses served (not a product owner): "talk to shop owners directly".
    'talk|talking|speak|speaking|call|calling * to|with * shop|store|clinic|practice|salon|restaurant|cafe|pub|farm =owners|=owner',
    'care * about * users|customers|experience',
    'customer obsession|obsessed|focused|centric',
    'user centric|centred|centered|focused',
    'empathy',
    'pain points',
    'customer|customers|user|users conversation|conversations|interviews|research|calls|visits',
    'voice of the * user|users|customer|customers',
    ...each(SERVED, (n) => `${n} interview|research|feedback|complaint|shadowing`),
    ...each(SERVED, (n) => `interview|call * with * ${n}`),
    ...each(SERVED, (n) => `understand|see|learn|watch|observe * how * ${n} * plan|shop|buy|travel|study`),
    'understand|see|learn|watch|observe * how they use',
    ...each(SERVED_PEOPLE, (n) => `understand|see|learn|watch|observe * how * ${n}`),
    'understand|learn * their workflows|needs|pain|frustrations',
    ...each(SERVED_PEOPLE, (n) => `watch|observe * ${n} * use`),
    ...each(SERVED, (n) => `shadow * staff|${n}`),
    'shadowing sessions',
    'spend|spending ** support desk|queue|rota|rotation|tickets|helpdesk',
    ...each(SERVED, (n) => `get|getting to know * ${n}`),
    ...each(SERVED_PEOPLE, (n) => `visit|visiting|call|calling|phone|meet|meeting * ${n}`),
    // "Sit with residents at the help desk to see where the booking system trips them up"
    ...each(SERVED_PEOPLE, (n) => `sit|sitting with * ${n}`),
    ...each(SERVED_PEOPLE, (n) => `spend|spending * time with * ${n}`),
    ...each(SERVED, (n) => `hear|hearing * from * ${n}`),
    ...each(
      SERVED,
      (n) => `complaint|complaints|enquiry|enquiries|inquiry|inquiries|feedback|requests|concern|concerns from * ${n}`,
    ),
    // "understand how they really run payroll", "learn how shop staff actually use the till"
    'understand|see|learn|watch|observe|study how they * use|uses|run|runs|plan|buy|shop',
    'understand|see|learn|watch|observe|study how * actually|really * use|uses|run|runs',
    ...each(SERVED, (n) => `relationship|relationships with * ${n}`),
    'usability * sessions|tests|testing|studies|research',
    // The people a role serves named as its own: "the planners are the people you build for", "who this person builds
    // for", "the finance team are your main customers".
    '=people|=who|=whom * you|they|this|person * build|builds|building for',
    'your|their * main|internal|first|real|actual * =customers|=users|=clients',
    // "they're our main internal customer": the colleagues the work serves.
    'our|the * internal =customer|=customers',
    // The people worked with named as the customer: "Sit with the traders every week: they're the customer".
    "=they're|=they’re|=they_are the|your =customer|=customers $",
    ...PLAIN_WORD_ASKS.customer,
    // The hire serving the people the business serves, in any trade's words (serving-frames.ts).
    ...SERVING_FRAMES,
  ],
  frugality: ['frugal|frugality', 'cost efficient|efficiency|conscious', 'do more with less', '~budget|budgets'],
  innovation: [
    'innovate|innovation|innovative',
    'simplify|simplifying|simplification',
    'status quo',
    'invent|inventing',
    'new approaches|ideas',
    'creative|creativity',
  ],
  scope: ['think big', 'long term', 'multi year', 'ambitious', 'scope', 'vision'],
  trust: ['trust', 'candid|candour|candor', 'transparent|transparency', 'honest|honesty', 'integrity'],
  responsibility: [
    'ethics|ethical',
    'responsible AI',
    'privacy',
    'fairness',
    'integrity',
    'safety',
    'right thing',
    'regulated|regulator|regulatory',
  ],
  people: ['=hiring', '=hire', 'inclusive|inclusion', 'diverse|diversity', 'team culture', 'healthy team', 'retain'],
} as const satisfies Record<string, readonly string[]>;

export type ConceptId = keyof typeof CONCEPT_PHRASES;
