// How strongly a passage of a job description asks for something. Requirements and responsibilities ask;
// "nice to have" lists and "a plus" sentences only mention in passing; the company blurb, values, perks,
// equal-opportunity text and a recruiter's small talk are about the company, not the role, and weigh nothing.

import { isSpace } from '../../analysis/rules/language/tokenize';
import { asksWhomLed, headingScope, inlineHeadingScope, opensWithOwnSubject } from './heading-scope';
import { symbolItem } from './symbol-items';

/** asked: the role needs it; nice-to-have: a bonus; about: company blurb, perks or boilerplate, not the role. */
export type Emphasis = 'asked' | 'nice-to-have' | 'about';

/** What one phrase counts for, by where it stands; only asked-for phrases can make a competency the focus. */
export const EMPHASIS_WEIGHT: Record<Emphasis, number> = { asked: 1, 'nice-to-have': 0.35, about: 0 };

const NICE_HEADING =
  /^(nice|nices|nice ones|wants?|desirables?|could|could haves?)$|\b(nice[ -]to[ -]haves?|(nice )?extras|bonus|pluses|preferred|desirable|good[ -]to[ -]have|extra credit|would be (nice|great)|great to have|optional|not required|ideally|preferabl[ey]|desired|extra points|brownie points|(we('|’)d|we would|would) love|love to see|(good|great) fit if|stand out|welcomed? (skills?|experiences?|requirements?|qualifications?)|sets you apart|advantage|advantageous|even better|a plus)\b/i;
const ABOUT_HEADING =
  /\b(about (?!(you|yourself|the (role|job|position|opportunity|work)|this (role|job|position)|it|this|that|them)\b)\S+|who we are|our (mission|purpose|story|values|culture|perks|benefits|offer|commitment|team)|values|perks|benefits|what we offer|we offer|what you('|’)ll get|what you get|in return|compensation|comp|salary|pay|rewards|why (join|work|us)|why you('|’)ll love|working here|in it for you|the package|life at|working at|equal (employment )?opportunit|eeo|diversity|inclusion|disclaimer|how to apply|to apply|next steps|interview process|company (description|overview|profile)|overview of (us|the company)|location|duration|rate|visa|job (type|id)|employment type|start date|schedule|reports to|req(uisition)? id|posted|travel)\b/i;
const ROLE_HEADING =
  /^(musts?|must[ -]haves?|needs?|required|essentials?|non[ -]negotiables?|should|should haves?)$|\b(what (you('|’)ll|you will|we('|’)re|we are|you('|’)d) |responsibilit|requirements|essential|deliverables|scope of (work|the role|services)|qualifications|you (have|bring|will|are)|who you are|about (you|the role|the job|the position)|the (role|job|opportunity|position)|your (tasks|profile|role|responsibilities|mission|impact|day)|skills?|looking for|must[ -]haves?|duties|functions|in this role|what you need|experience|summary|description|purpose|stuff you('|’)ll|accountabilit|tasks|challenge|overview|contribution|work with|ideal candidate|success looks like|day in the life|criteria|competenc|result areas|outcomes|(first|initial) \d+ (days|weeks|months)|first (year|month|quarter)|(we|you) expect|expectations|profile)/i;
// A heading over what the role does not ask: a MoSCoW list's "WON'T (not this role)", a career ladder's "Not expected
// at L5", terms of reference's "Out of scope for this post", "What you won't do". The whole heading is the denial and
// what it is of, so a line that merely holds one ("This role won't manage people", "Not expected to code every day")
// is no heading of this kind; "Not for you if" is not one either (what it rules out is asked in reverse). A manager's
// "Not needed: …" and "things I don't need: …" deny what they list as such a heading does.
// A decision record or a role's brief lists what it set aside under its own heading: "Considered and rejected",
// "Alternatives considered", "Non-goals", "Parked", "Open questions" — options weighed, not the role that was chosen.
const DENIED_HEADING =
  /^((considered (and|but) )?rejected( options| alternatives| ideas)?|(alternatives|options) (considered|rejected)|non[- ]goals|parked( items| ideas| questions)?|open questions|(won('|’)?t|will not)( haves?| do| be doing| be asked( to do)?| be expected( to do)?)?|not (expected|asked|needed|necessary|in scope)( (at|of|from|in|for) .{1,30})?|((things|what) )?(i|we|you) (don('|’)?t|do not) need|not (this|for this|part of (this|the)) (role|job|post|position)|(out of |outside (the )?)scope( .{1,30})?|what (you|this role|the role|the post)( will not|( won| isn| aren)('|’)?t) .{1,30})$/i;
const NICE_SENTENCE =
  /[[(]\s*(nice|desirable|desired|optional|bonus|preferred|a plus|plus)\b|\b(is|are|would be|be) (a |an )?(huge |big |definite |real |strong )?(plus|bonus|advantage|helpful|nice to have)\b|\bnice[ -]to[ -]have\b|\bbonus\b|\bnot (required|essential|a must)\b|\bpreferred\b|\bpreferabl[ey]\b|\bideally\b|\bwould be (great|nice|welcome)\b|\ba (big |huge |definite )?plus\b|\b(is|are|would be) (an asset|beneficial|advantageous|desirable|desired)\b/i;
// Boilerplate that is never the role, wherever it stands: equal opportunity and accommodation text, pay
// and benefits, visas. A line that says it is about the company, whatever heading it sits under.
const BOILERPLATE_LINE =
  /\b(equal (employment )?opportunit|discriminat|protected (veteran|characteristic|status)|reasonable accommodation|e-verify|affirmative action|regardless of (race|gender|age|background)|committed to (building |creating |fostering )?(an? )?(diverse|inclusive)|celebrates? diversity|welcomes? applications|encourage (you to apply|applications)|background check|base (pay|salary)|pay range|salary range|competitive (salary|pay|compensation|package)|401\(?k\)?|paid time off|health (insurance|cover)|equity (package|grant)|sponsor (a )?visas?)/i;
// A recruiter's or the company's own voice: greetings, "I'm reaching out", sign-offs, how to apply.
// A manager's wish whose object is the hire ("I'd want them pairing with the two juniors", "I'd love you to run our
// postmortems"): the role said in the first person, not small talk, unless what is wished is applying or getting in touch.
// The wish may follow a clause of the manager's own ("I have opinions, but I want someone who knows more than me to make
// the call", "… and I want them to write one with the outreach team").
const HIRE_WISH =
  /(?:^|[^\w'’])(?:(?:i('|’)d|i would)\s+(?:really\s+|also\s+)?(?:love|like|want|expect|need)|i\s+(?:really\s+|also\s+)?(?:want|need|expect))\s+(you|them|him|her|the (hire|person|candidate)|someone|somebody|whoever)\b(?!\s+to\s+(send|apply|reach|get in touch|contact|email|drop|share|chat|talk|call|message|dm|book|forward|include|tell|let|join us for|come in))/i;
const SMALL_TALK =
  /^\W*(hi|hello|hey|dear|hope|greetings|i('|’)m|i am|i('|’)ve|i have|i came|i('|’)d|i would|i think|i was|let me know|would you|are you open|(more than |very )?happy to (chat|talk|discuss|share|answer|collaborate|work around|send|arrange|connect|jump|hop|set up|walk you|tell you more|introduce|go through|speak|provide|help you|support you)|feel free|please (send|apply|reach|get)|best|cheers|thanks|thank you|regards|kind regards|if interested|if you('|’)re interested|interested\?|send (us|me)|apply (now|today|via|through|with|w(?=\/)|in writing|online|by (e-?mail|post|letter|phone))|no recruiters|we (offer|provide)|you('|’)ll (get|enjoy|receive)|you will (get|enjoy|receive)|benefits include|enjoy (a|an|our|competitive|flexible))\b/i;
// A sentence that speaks of the person hired, so it is the role even where no heading says so.
// "They'll have to decide …", "they need to show …": a hiring manager or recruiter speaking of the hire in the third
// person, with a modal; "They are a Series B startup" stays the company.
const ADDRESSES_HIRE =
  /\b(they('|’)(ll|d) (have to|need to|be|own|work|lead)|they (will|must|should|would) (have to|need to|be|own|work|lead)|they need to|they('|’)ll|you|your|you('|’)(ll|d|re|ve)|u|yourself|candidates?|the (role|position|hire)|this (role|position)|looking for|seeking|we need|need(s)? (someone|somebody)|(someone|somebody) (who|with|to)|join (us|our|the)|(the|this) (person|engineer|scientist|hire|individual|successful)|responsible for|post ?holder|job ?holder|incumbent)\b/i;
// The job title as the subject of a sentence: "The Lead Data Platform Engineer is accountable for …", "The Senior
// Analyst will …". A title ends in a word for a role; what it is or will do is the role, not the company.
const TITLE_SUBJECT =
  /^\W*the (\S+ ){0,4}(engineer|manager|lead|leader|scientist|analyst|architect|developer|designer|director|head|officer|specialist|consultant|coordinator|administrator|nurse|teacher|advisor|adviser)s? (is|are|will|shall|must|should|leads|owns|has|reports|works)\b/i;
// The company speaking of itself: a sentence that opens with "we" or "our" ("At Kestrel, we …"), or with its
// name and what it does ("Kestrel runs …", "The team is …").
// "There is on-call", "This is a hands-on role": "there" or a pronoun opening the sentence is no company's name.
const COMPANY_VOICE = [
  /^\W*((here )?at [^,]{1,40}, |today, )?(we|we('|’)(re|ve)|our|us)\b/i,
  /^\W*([Tt]he (company|team|business)|(?!(There|Here|This|That|It|What|Which|Who)\s)[A-Z][\w&.’'-]*(\s+[A-Z][\w&.’'-]*){0,3})\s+(is|are|was|has|have|builds|runs|makes|helps|operates|provides|offers|connects|delivers|powers|uses|serves|creates|develops|designs|sells|moves|processes|enables|partners|gives|lets|brings|exists|believes|employs|prices|insures|ships|turns)\b/,
];
// The team's own duty told with "we", which the hire joins: "We're on-call in a rotation of five", "we're all on call
// one week in five", "we share the pager", "we take turns on the weekend rota". A rota or a pager shared is the hire's
// duty too, not the company describing itself ("we provide 24/7 on-call support to clinics" stays the company's).
const TEAM_DUTY =
  /\bwe(('|’)re| are)( all| each)? (on[- ]call|on (a|the) (rota|pager))\b|\bwe (all |each )?(share|take turns on|take turns with|rotate|split)( the)? (on[- ]call|pager|rota|out[- ]of[- ]hours)\b/i;
// The company stating its values or culture in its own voice, in any section: "We value ownership and candour",
// "Our culture is built on collaboration", "At Acme, we believe in coaching". What it believes is not the role.
const CULTURE_VOICE =
  /^\W*((here )?at [^,]{1,40}, )?(we|we('|’)re|our|everyone( here)?)\b.*\b(values?|valued|believe|believes|culture|proud|pride|celebrate|celebrates|care (deeply )?about|thrive|thrives|embrace|embraces|live by|principles)\b/i;
// The hiring process told as a sentence ("Hiring manager screen is 30 min, then a system design round and a debugging
// round", "A 30-minute intro call, a take-home and a pairing session"): the steps of the interview, not the job. Not
// when the hire runs interviews ("you'll sit on system design interviews").
const HIRING_PROCESS =
  /\b((interview|selection|hiring|recruitment) (process|stages?|loop|steps?)|interviews? (will be|is|are|consists?|includes?)|(phone|video|intro|introductory|recruiter|hiring[- ]manager|technical|system[- ]design|coding|debugging|pairing|onsite|on-site|case[- ]study|values|culture) (screen|round|interview|stage)s?|(first|second|third|final) (interview|round)s?|(phone|video|intro|introductory|recruiter|screening|hiring[- ]manager) calls?|take[- ]homes?|\d+[- ]?min(ute)?s? (call|chat|screen|interview|conversation))\b/i;
const HIRE_INTERVIEWS =
  /\b(you|you('|’)(ll|d)|will|would) (run|conduct|sit (on|in)|lead|join|take part in|help (with|run)|design|give)\b|^\W*(run|running|conduct|conducting|sit (on|in)|sitting (on|in)|lead|leading|join|joining|take part in|help (with|run)|helping|design|designing|carry out|own|owning)\b/i;
// A criterion of a column-aligned person specification whose Essential / Desirable column says "D" or "Desirable"
// ("Grant writing          D      A"): a bonus, as under a "Desirable" heading. The mark stands after a wide gap or a
// tab, at the end of the line or before one more short column (how it is assessed).
const DESIRABLE_COLUMN = /(\s{2,}|\t)(D|[Dd]esirable|[Pp]referred)((\s{2,}|\t)[\w/,]{1,8})?\s*$/;
// A cell of a career ladder's table saying the level adds nothing to the one below: "Same as L4", "Same as Level 2 at
// this level", "No change", "Unchanged", "As L4".
const UNCHANGED_CELL = /^\s*(same as|as (at|for|in)? ?(l|level|band|grade) ?\d|no change|unchanged)\b/i;
// A RACI table's cell: who does (R), answers for (A), is consulted on (C) or informed of (I) an activity, with a short
// note ("R (on rota)") or a dash for none.
const RACI_CELL = /^\s*(?:(?:[RACI](?:\s*\/\s*[RACI])*)(?:\s*\([^()]{0,30}\))?|[-–—])?\s*$/;
/**
 * Whether a pipe-table row is a RACI row whose first role column, the role the page is for, only is consulted or
 * informed ("| Hiring for the platform team | C | A/R | – |"): the activity is someone else's.
 */
function consultedOnly(cells: readonly { text: string }[]): boolean {
  const roles = cells.slice(1);
  if (roles.length < 2 || !roles.every((c) => RACI_CELL.test(c.text)) || !roles.some((c) => /[RACI]/.test(c.text)))
    return false;
  return !/[RA]/.test(roles[0].text);
}
// The same mark as a cell of a pipe table ("| Mentoring junior staff | D | Interview |").
const DESIRABLE_CELL = /^\s*(D|desirable|preferred|nice to have)\s*$/i;
// A reviewer's note carried in a draft of the ad, not the ad: a bracketed comment ("[Comment – Raj: removed, no reports
// for now]"), a word processor's balloon or change line pasted as text ("Commented [JM1]: …", "Deleted: Mentor trainee
// teachers", "Formatted: Font: Bold"), and struck-through text ("~~Lead a team of two~~"). What it says is about the
// draft, and what it strikes out is no longer asked.
const REVIEW_NOTE =
  /^\s*(?:[-*•]\s*)?(?:\[(?:comment|reviewer|review|todo|suggestion|editor(?:'|’)s note)\b[^\]]*\]?|~~[^~]+~~|(?:commented|deleted|formatted|moved \((?:from|to)\))\s*(?:\[[A-Za-z]{1,4}\d{0,3}\])?:)/i;
// Where a reviewer's bracketed note or a struck-through run starts and ends inside a line, so each is a segment of its
// own: "- ~~Lead a team of two analysts~~ [Comment – Raj: removed]" is a bullet, a struck run and a note.
const INLINE_REVIEW_NOTE = /\[(?:comment|reviewer|review|todo|suggestion)\b[^\]]*\]?|~~[^~]+~~/gi;
function reviewNoteCuts(line: string, cuts: Set<number>): void {
  for (const m of line.matchAll(INLINE_REVIEW_NOTE)) cuts.add(m.index).add(m.index + m[0].length);
}
// A comment of a shared document exported as text: its anchor's letter in brackets, the commenter's name and a colon
// ("[c]Naomi Frost: we said no direct reports, please delete this line"). Such notes stand at the end of the export;
// the anchor ("… four data scientists[c]") marks the line it is about.
const COMMENT_FOOTNOTE = /^\s*\[([a-z]{1,2})\]\s*[^\s:][^:]{0,60}:/;
const COMMENT_ANCHOR = /\S\[([a-z]{1,2})\]/g;
// What a note asks of the line it is about: to take it out, or to make it a bonus.
const NOTE_REMOVES = /\b(delete|deleted|remove|removed|drop|dropped|cut|take (it |this )?out|strike|struck)\b/i;
const NOTE_DEMOTES = /\bnice[ -]to[ -]have|\b(optional|bonus|desirable|preferred)\b/i;
// A task list's box is an item's mark, ticked or not, with a dash before it or none ("- [x] Own the …", "[ ] Sales").
const BULLET = /^\s*([-+•*·・･▪●◦‣–—→➢➔►▸◆■□⁃✓✔✅☑☐›»>\uf0b7\uf0a7\uf0d8]|\d{1,2}[.)]|\(?[a-h][.)]\s|\[[ xX✓✔]\]\s)/u;
// A task list that ticks some boxes and leaves others empty says which duties are the role's: an empty box beside
// ticked ones in the same list is a duty left out ("- [x] Own the booking system" / "- [ ] Set the roadmap"). In a list
// of empty boxes alone every item is asked, though another list of the text ticks its boxes: an issue's checklist of
// duties still to do under the ticked requirements the applicant meets.
const TICKED_BOX = /^\s*(?:[-*+•]\s+)?\[[xX✓✔]\]\s/;
const EMPTY_BOX = /^\s*(?:[-*+•]\s+)?\[ \]\s/;

/** Whether line `n` is an empty box in a list (its run of items, blank lines between them allowed) that ticks others. */
function boxLeftOut(lines: readonly Segment[], n: number): boolean {
  if (!EMPTY_BOX.test(lines[n].line)) return false;
  for (const step of [-1, 1]) {
    for (let k = n + step; k >= 0 && k < lines.length; k += step) {
      const { line } = lines[k];
      if (line.trim() === '') continue;
      if (!BULLET.test(line)) break;
      if (TICKED_BOX.test(line)) return true;
    }
  }
  return false;
}
// An item that names, in brackets at its end, someone else who does it: "Set the roadmap (the PM owns that)", "Lead
// the lab team (Dr Osei leads it)", "Sign off the budget (the director does that)". Not the hire ("(you'll own that)").
const OTHERS_DUTY_NOTE =
  /\((?!\s*(?:you|you'll|you’ll|you will|yours?)\b)[^()\n]{1,40}?\b(?:owns?|does|handles?|leads?|runs?|covers?|manages?|sets?|looks after|takes care of|is responsible for|deals with)\s+(?:that|this|it|them|those)\s*\)\s*[.;]?\s*$/iu;

export interface EmphasisSpan {
  start: number;
  end: number;
  emphasis: Emphasis;
  /**
   * The verb the heading over this list item gives it ("own", "look after", "decide"), when the heading says what the
   * hire owns, runs, decides or trains (heading-scope.ts); set on the item's first sentence only.
   */
  scope?: string;
  /** Where the item the scope's verb governs starts (after an inline heading's colon); the span's start if unset. */
  scopeFrom?: number;
  /** Whether the heading asks whom the hire leads ("Who would I manage?"), so the item names people (heading-scope.ts). */
  scopePeople?: true;
}

/** The number of runs of non-space characters (what `s.split(/\s+/).filter(Boolean).length` counts), unallocated. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

// A heading is a short line that introduces a section ("What you'll do", "Nice to have:", "## Benefits",
// "RESPONSIBILITIES"). A short line without a colon counts only when it reads like one, so a bare list of
// tools does not start a section.
// The line without markdown marks, emoji or symbols around it.
// (The same as `line.trim().replace(/^[#*_\s]+|[*_\s]+$/g, '')` and then the leading symbols, without a regular
// expression tried at every position of the line.)
function bare(line: string): string {
  const trimmed = line.trim();
  let start = 0;
  let end = trimmed.length;
  while (start < end && isMarkOrSpace(trimmed.charCodeAt(start), true)) start++;
  while (end > start && isMarkOrSpace(trimmed.charCodeAt(end - 1), false)) end--;
  return trimmed.slice(start, end).replace(LEADING_SYMBOLS, '');
}
const LEADING_SYMBOLS = /^[^\p{L}\p{N}]+/u;
// `*`, `_`, white space, and `#` too at the start of a line.
const isMarkOrSpace = (c: number, atStart: boolean) => c === 42 || c === 95 || (atStart && c === 35) || isSpace(c);

/**
 * The emphasis of the section `s` names as an ad's heading (a denied heading weighs nothing, as the company's text
 * does; a nice-to-have; the company; the role), or undefined when it names none. The heading's aside is cut once.
 */
function namedSectionKind(s: string): Emphasis | undefined {
  // A YAML or JSON key names its section with underscores: "nice_to_have:", "not_in_scope:", "about_the_team:".
  const named = withoutAside(s).replace(/_/g, ' ');
  if (DENIED_HEADING.test(named)) return 'about';
  if (NICE_HEADING.test(named)) return 'nice-to-have';
  if (ABOUT_HEADING.test(named)) return 'about';
  // "Yours to run", "Decisions you'll make", "Who you'll train": a heading of what the hire owns, runs or decides.
  return ROLE_HEADING.test(named) || headingScope(named) !== undefined ? 'asked' : undefined;
}

/** Whether `s` names a section of an ad: a nice-to-have, company, role or denied heading. */
const namesSection = (s: string) => namedSectionKind(s) !== undefined;
// "MUST (this role)", "WON'T (not this role)": a heading with a note in brackets after it is named by what stands
// before the note. "6/7 Nice:", "(3/5) Must": a numbered thread's counter before a heading is no part of its name.
const withoutAside = (s: string) => s.replace(/\s*\([^()]*\)\s*$/, '').replace(/^\(?\d{1,2}\/\d{1,2}\)?\s+/, '');

function headingOf(line: string): string | undefined {
  const marked = /^\s*(#{1,6}\s|\*\*|__)/.test(line);
  const trimmed = bare(line);
  if (trimmed === '') return undefined;
  // "3. Deliverables", "5) Requirements": a short numbered line that names a section is its heading, not an item.
  // "- Not this role: building models, or managing people": an item that opens by denying what it lists.
  if (BULLET.test(line)) return numberedHeading(line) ?? deniedItemLabel(line);
  const words = wordCount(trimmed);
  if (trimmed.endsWith(':')) {
    const head = trimmed.slice(0, -1);
    // "Responsibilities include, but are not limited to:" reads as a heading however long.
    if (words <= 6 || (words <= 10 && namesSection(head))) return head;
    // "You'd be great for this if you:", "This probably isn't for you if you:": a line that speaks of the hire and
    // introduces a list is the heading of the role's requirements.
    if (words <= 10 && !/[.!?]/.test(head) && ADDRESSES_HIRE.test(head)) return head;
  }
  if (words <= 8 && (marked || isCapitalsLine(trimmed)) && !/[.!?,]$/.test(trimmed)) return trimmed;
  // "You have" is a heading; "You have led teams" is a line of a list that lost its bullet.
  if (/^you\b/i.test(trimmed) && words > 3) return undefined;
  // "Salary: £58,400", "Location: Newport or London": a field of the ad's header, not a section heading; only its
  // own line is about the company.
  const field = fieldName(trimmed);
  if (field !== undefined) return field;
  if (
    words <= 8 &&
    // "Why join us?" is a heading; "Build models." is not. "Package: base £135k, bonus up to 30%" is a field named by
    // what stands before its colon (below), not a "bonus" heading: a colon's field must name the section itself.
    !/[.!,]$/.test(trimmed) &&
    (!trimmed.includes(':') || namesSection(trimmed.slice(0, trimmed.indexOf(':')))) &&
    !isRequirementLine(trimmed) &&
    namesSection(trimmed)
  )
    return trimmed;
  // "Nice to have: experience with X" — an inline heading before a colon.
  const colon = trimmed.indexOf(':');
  if (colon > 0 && wordCount(trimmed.slice(0, colon)) <= 4) return trimmed.slice(0, colon);
  return undefined;
}

// The heading each line of the text being read names (headingOf), read once per line: a line is asked as itself, as
// the line before the next one (softWrapped) and as the line after a long one (wrapsOn). emphasisSpans empties it
// for each text.
const lineHeadings = new Map<string, string | undefined>();
function lineHeading(line: string): string | undefined {
  if (lineHeadings.has(line)) return lineHeadings.get(line);
  const heading = headingOf(line);
  lineHeadings.set(line, heading);
  return heading;
}

// A chat's message is a heading only before a colon ("What the job really is:", "Nice to have: …"): a short message
// is as often a reply ("4 days, salary £32-35k") as a section's name.
function colonHeading(line: string): string | undefined {
  const heading = lineHeading(line);
  return heading !== undefined && bare(line).startsWith(`${heading}:`) ? heading : undefined;
}

/** The label before the colon of a list item that denies what follows it ("- Not needed: a PhD"), or undefined. */
function deniedItemLabel(line: string): string | undefined {
  const rest = bare(line.replace(BULLET, ''));
  const colon = rest.indexOf(':');
  if (colon <= 0) return undefined;
  const label = rest.slice(0, colon);
  return wordCount(label) <= 6 && DENIED_HEADING.test(withoutAside(label)) ? label : undefined;
}

const NUMBER_MARKER = /^\s*\d{1,2}[.)]\s+/;
function numberedHeading(line: string): string | undefined {
  const marker = NUMBER_MARKER.exec(line);
  if (!marker) return undefined;
  const rest = bare(line.slice(marker[0].length));
  // ("3. Out of scope for this post": a denial names its section in a few more words.)
  const most = DENIED_HEADING.test(withoutAside(rest)) ? 8 : 5;
  return rest !== '' &&
    wordCount(rest) <= most &&
    !/[.!?,;]$/.test(rest) &&
    !isRequirementLine(rest) &&
    namesSection(rest)
    ? rest
    : undefined;
}

// A heading no section list names ("Job stories", "The work", "Day to day"): a line of a few words, no sentence,
// standing after a blank line or at the start, over a line that speaks to the person hired ("When a claim form
// arrives …, you'll be the one who …"). After the company's section it starts the role's: what it heads is asked of
// the hire. (Not over small talk or boilerplate: "Apply" over "If you're interested, send …" stays the company's.)
const UNNAMED_HEADING_WORDS = 4;
function unnamedRoleHeading(lines: readonly { line: string }[], n: number): string | undefined {
  const trimmed = bare(lines[n].line);
  if (trimmed === '' || BULLET.test(lines[n].line) || /[.!?,;:]$/.test(trimmed)) return undefined;
  if (wordCount(trimmed) > UNNAMED_HEADING_WORDS || (n > 0 && lines[n - 1].line.trim() !== '')) return undefined;
  const next = nextNonBlank(lines, n);
  if (next === undefined || !ADDRESSES_HIRE.test(next) || SMALL_TALK.test(next) || BOILERPLATE_LINE.test(next))
    return undefined;
  return trimmed;
}

/** The first line after line `n` with any text in it, or undefined. */
function nextNonBlank(lines: readonly { line: string }[], n: number): string | undefined {
  for (let i = n + 1; i < lines.length; i++) if (lines[i].line.trim() !== '') return lines[i].line;
  return undefined;
}

/** The last line before line `n` with any text in it, or undefined. */
function previousNonBlank(lines: readonly { line: string }[], n: number): string | undefined {
  for (let i = n - 1; i >= 0; i--) if (lines[i].line.trim() !== '') return lines[i].line;
  return undefined;
}

// The mark a line starts with ("▸", "☐", "-"), or '' for none.
const glyphOf = (line: string) => BULLET.exec(line)?.[1] ?? '';

// "▸ Your first quarter" over "☐ Own the pipeline": a short marked line over a list marked with another glyph is
// the heading of that list (a page's toggles pasted as text), not an item of it.
// Not the last item of a list over the next section's marked heading ("・Knowledge of edge devices", "・Experience of
// manufacturing" over "■Working place"): a line whose previous line bears its glyph is an item of that list.
function glyphHeading(line: string, next: string | undefined, previous: string | undefined): string | undefined {
  const glyph = glyphOf(line);
  if (glyph === '' || /\d/.test(glyph) || next === undefined) return undefined;
  if (previous !== undefined && glyphOf(previous) === glyph) return undefined;
  const nextGlyph = glyphOf(next);
  if (nextGlyph === '' || nextGlyph === glyph) return undefined;
  const trimmed = bare(line.replace(BULLET, ''));
  return wordCount(trimmed) <= 6 && !/[.!?,;]$/.test(trimmed) ? trimmed : undefined;
}

// The name of a "Field: value" line whose field is about the company (pay, place, grade) and whose value is short
// and no sentence.
function fieldName(trimmed: string): string | undefined {
  const colon = trimmed.indexOf(':');
  if (colon <= 0) return undefined;
  const name = trimmed.slice(0, colon);
  const value = trimmed.slice(colon + 1).trim();
  if (value === '' || wordCount(name) > 4 || wordCount(value) > 8 || /[.!?]$/.test(value)) return undefined;
  return ABOUT_HEADING.test(name) && !ROLE_HEADING.test(name) ? name : undefined;
}

// "Experience coaching junior engineers", "Strong communication skills": a requirement whose bullet was lost,
// though a heading word stands in it ("experience", "skills"). "Good to have" stays a heading.
const REQUIREMENT_START =
  /^(experience|knowledge|familiarity|proficiency|expertise|background|ability|understanding) (with|in|of|on|to|\w+ing)\b|^(strong|solid|excellent|proven|demonstrated|deep|good|great|hands[ -]on) \S/i;
const isRequirementLine = (s: string) => REQUIREMENT_START.test(s) && !NICE_HEADING.test(s);

// "RESPONSIBILITIES", "BASIC QUALIFICATIONS": a line of capitals is a heading.
function isCapitalsLine(s: string): boolean {
  // A lower-case ASCII letter is a letter that upper case changes: no line of capitals (the common case, cheaply).
  if (/[a-z]/.test(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The comments of a shared document's export: where they start, and what each anchor's notes ask of its line. */
function commentNotes(lines: readonly { line: string }[]): { from: number; anchors: Map<string, Emphasis> } {
  const anchors = new Map<string, Emphasis>();
  let from = lines.length;
  let anchor: string | undefined;
  const said = new Map<string, string>();
  for (let n = 0; n < lines.length; n++) {
    const { line } = lines[n];
    if (!line.includes('[') && from === lines.length) continue;
    const foot = COMMENT_FOOTNOTE.exec(line);
    if (foot) {
      from = Math.min(from, n);
      anchor = foot[1];
    }
    // A reply under a note goes on with it ("Naomi Frost: agreed, will move.").
    if (anchor !== undefined) said.set(anchor, `${said.get(anchor) ?? ''} ${line}`);
  }
  for (const [letter, text] of said)
    if (NOTE_REMOVES.test(text)) anchors.set(letter, 'about');
    else if (NOTE_DEMOTES.test(text)) anchors.set(letter, 'nice-to-have');
  return { from, anchors };
}

/** What the comments anchored in `line` ("… data scientists[c]") make of it, or undefined. */
function anchoredEmphasis(line: string, anchors: ReadonlyMap<string, Emphasis>): Emphasis | undefined {
  if (anchors.size === 0 || !line.includes('[')) return undefined;
  let out: Emphasis | undefined;
  for (const m of line.matchAll(COMMENT_ANCHOR)) {
    const e = anchors.get(m[1]);
    if (e === 'about') return e;
    out ??= e;
  }
  return out;
}

/**
 * Splits the text into spans of one emphasis, by line: a heading sets the emphasis of the lines under it
 * until the next heading; within any section, a sentence that calls itself "a plus" is nice-to-have, and
 * boilerplate or small talk is about. Before the first heading (the title and the opening blurb), a
 * sentence in the company's voice ("we …", "Kestrel runs …") or a line that is no sentence (the title, page
 * furniture) is about the company, unless it speaks of the person hired or stands in a list.
 */
export function emphasisSpans(text: string): EmphasisSpan[] {
  const spans: EmphasisSpan[] = [];
  let section: Emphasis = 'asked';
  // The verb the current section's heading gives its items, if it says what the hire owns, runs or decides.
  let scope: string | undefined;
  let scopePeople = false;
  // Whether the next line with text is the first under such a heading: the answer under "Who would I manage?" takes
  // its verb though no mark makes it an item; later lines take it only as items.
  let answerNext = false;
  let headed = false;
  let previousLine = '';
  // The columns of a table whose header names sections of different kinds ("| Must have | Nice to have |"), while
  // its rows last: each cell takes its column's emphasis.
  let columns: (Emphasis | undefined)[] | undefined;
  const lines = segments(text);
  const notes = commentNotes(lines);
  lineHeadings.clear();
  for (const [n, { line, lineStart, part }] of lines.entries()) {
    // A chat message's time and sender, or a diff's removed line, are no text of the ad, and set no section.
    if (part === 'no-text') {
      spans.push({ start: lineStart, end: lineStart + line.length, emphasis: 'about' });
      continue;
    }
    // A reviewer's note, or what it strikes out, is no part of the ad; nor are a document's comments at its end.
    const anchored = anchoredEmphasis(line, notes.anchors);
    const leftOut = boxLeftOut(lines, n) || (BULLET.test(line) && OTHERS_DUTY_NOTE.test(line));
    if (n >= notes.from || REVIEW_NOTE.test(line) || anchored === 'about' || leftOut) {
      spans.push({ start: lineStart, end: lineStart + line.length, emphasis: 'about' });
      continue;
    }
    const cells = tableCells(line);
    if (cells === undefined) columns = undefined;
    else if (columns === undefined) columns = sectionColumns(cells, nextNonBlank(lines, n));
    else {
      // A row of the table: each cell is read with its column's emphasis (a cell of a column no header names keeps
      // the section's), boilerplate and "a plus" sentences as anywhere.
      const boilerplate = BOILERPLATE_LINE.test(line);
      cells.forEach((cell, i) =>
        pushSentences(spans, cell.text, lineStart + cell.start, columns![i] ?? section, boilerplate, () => false),
      );
      previousLine = line;
      continue;
    }
    if (cells !== undefined && (cells.some((c) => UNCHANGED_CELL.test(c.text)) || consultedOnly(cells))) {
      // A ladder's row whose level says "Same as L4": the area it names asks nothing new of this level.
      spans.push({ start: lineStart, end: lineStart + line.length, emphasis: 'about' });
      previousLine = line;
      continue;
    }
    if (columns !== undefined) {
      // The header of such a table names its columns; it sets no section of its own.
      previousLine = line;
      continue;
    }
    // A line broken inside a sentence, as text copied from a PDF is, goes on with the emphasis it had.
    const wrapped = softWrapped(previousLine, line, text[lineStart - 1]) && spans.length > 0;
    previousLine = line;
    if (wrapped) {
      const carried = spans[spans.length - 1].emphasis;
      spans.push({ start: lineStart, end: lineStart + line.length, emphasis: carried });
      continue;
    }
    const heading: string | undefined =
      part === 'message'
        ? colonHeading(line)
        : (lineHeading(line) ??
          glyphHeading(line, nextNonBlank(lines, n), previousNonBlank(lines, n)) ??
          (section === 'about' ? unnamedRoleHeading(lines, n) : undefined));
    let lineEmphasis: Emphasis = section;
    let inlineHeading = false;
    // What the heading names, read once: whether it is the title, and the emphasis it sets (a heading that names
    // no section sets the role's). Before any section, a line of capitals that names no section ("SENIOR DATA
    // ENGINEER") is the title.
    const named: Emphasis | undefined = heading === undefined ? undefined : namedSectionKind(heading);
    const titleLine = heading !== undefined && !headed && !heading.includes(':') && named === undefined;
    if (heading !== undefined && !titleLine) {
      const kind: Emphasis = named ?? 'asked';
      // (A numbered heading's number is no text after it.)
      inlineHeading = heading.length < bare(line.replace(NUMBER_MARKER, '')).length - 1;
      if (inlineHeading) lineEmphasis = kind;
      else {
        section = lineEmphasis = kind;
        scope = kind === 'asked' ? headingScope(heading) : undefined;
        scopePeople = scope !== undefined && asksWhomLed(heading);
        headed = true;
      }
    }
    const headingLine = heading !== undefined && !inlineHeading && !titleLine;
    const answer = answerNext && !headingLine;
    if (line.trim() !== '') answerNext = headingLine && scope !== undefined;
    const boilerplate = BOILERPLATE_LINE.test(line);
    // A row of a pipe table is an item, as a bulleted line is, whatever section it stands in; so is a line led by an
    // emoji or another symbol in a run of such lines ("🌿 Lead a team of five gardeners"), though one in the company's
    // voice stays the company's ("🎉 We're a team of 40").
    const bulleted = BULLET.test(line) || cells !== undefined;
    const symbolListed =
      !bulleted && symbolItem(line, previousNonBlank(lines, n), nextNonBlank(lines, n)) && heading === undefined;
    const listed = bulleted || symbolListed;
    // Before any section, the company's voice or a line that is no sentence is about the company.
    // Whether the line is no sentence (no stop ends it and it goes on on no next line): asked once per line, however
    // many sentences it holds.
    let noSentence: boolean | undefined;
    const lineIsNoSentence = () => (noSentence ??= !/[.!?]\s*$/.test(line) && !wrapsOn(line, lines[n + 1]?.line));
    const companyAbout = (sentence: string) =>
      !headed &&
      !inlineHeading &&
      !bulleted &&
      !ADDRESSES_HIRE.test(sentence) &&
      !HIRE_WISH.test(sentence) &&
      !TITLE_SUBJECT.test(sentence) &&
      !TEAM_DUTY.test(sentence) &&
      // (A chat's message is one without a stop as a rule: only the company's voice makes it the company's.)
      (COMPANY_VOICE.some((r) => r.test(sentence)) || (!symbolListed && part !== 'message' && lineIsNoSentence()));
    if (lineEmphasis === 'asked' && anchored === 'nice-to-have') lineEmphasis = 'nice-to-have';
    if (lineEmphasis === 'asked' && (DESIRABLE_COLUMN.test(line) || cells?.some((c) => DESIRABLE_CELL.test(c.text))))
      lineEmphasis = 'nice-to-have';
    // An item under a heading that gives it a verb; or the text after a heading of that kind on the line itself ("Yours
    // to run: the weekend crew").
    const inlineScope = inlineHeading && lineEmphasis === 'asked' ? inlineHeadingScope(line, heading!) : undefined;
    // (The first line under the heading takes its verb as an answer, "Who would I manage?" over "Three regional
    // fundraisers", unless it has a subject, and so a verb, of its own: "You'll also …", "We …".)
    const itemScope =
      !inlineHeading && !headingLine && (listed || (answer && !opensWithOwnSubject(line))) ? scope : undefined;
    const first = spans.length;
    pushSentences(spans, line, lineStart, lineEmphasis, boilerplate, companyAbout, inlineScope?.verb ?? itemScope);
    if (inlineScope !== undefined && spans[first]?.scope !== undefined)
      spans[first].scopeFrom = lineStart + inlineScope.from;
    const people = inlineScope !== undefined ? asksWhomLed(heading!) : itemScope !== undefined && scopePeople;
    if (people && spans[first]?.scope !== undefined) spans[first].scopePeople = true;
  }
  return spans;
}

// Sentences inside a line (or a table cell) as spans: a "plus" sentence is a passing mention wherever it stands,
// boilerplate and small talk are about the company, and so is what `companyAbout` says is.
function pushSentences(
  spans: EmphasisSpan[],
  piece: string,
  pieceStart: number,
  pieceEmphasis: Emphasis,
  boilerplate: boolean,
  companyAbout: (sentence: string) => boolean,
  scope?: string,
): void {
  let first = true;
  for (const m of piece.matchAll(SENTENCE)) {
    const sentence = m[0];
    let emphasis = pieceEmphasis;
    if (boilerplate || (SMALL_TALK.test(sentence) && !HIRE_WISH.test(sentence))) emphasis = 'about';
    else if (DRAFT_PROPOSAL.test(sentence)) emphasis = 'about';
    else if (HIRING_PROCESS.test(sentence) && !HIRE_INTERVIEWS.test(sentence)) emphasis = 'about';
    else if (emphasis === 'asked' && companyAbout(sentence)) emphasis = 'about';
    else if (emphasis === 'asked' && CULTURE_VOICE.test(sentence) && !ADDRESSES_HIRE.test(sentence)) emphasis = 'about';
    else if (emphasis === 'asked' && NICE_SENTENCE.test(sentence)) emphasis = 'nice-to-have';
    const span: EmphasisSpan = { start: pieceStart + m.index, end: pieceStart + m.index + sentence.length, emphasis };
    // (Only the item's first sentence is the object of the heading's verb.)
    if (first && scope !== undefined && emphasis !== 'about') span.scope = scope;
    first = false;
    spans.push(span);
  }
}
const SENTENCE = /[^.!?;]+[.!?;]*/g;
// A line someone drafting the ad proposes as a question, in a chat or a reply chain ("Should we say they'll work with
// the bakery team?", "Add that they'll cover Saturdays?"): only proposed, so not asked; what is agreed is written again.
const DRAFT_PROPOSAL =
  /^\W*(?:(?:should|shall|can|could) (?:we|i)|do we (?:want|need) to) (?:say|add|mention|include|put|list|write|ask for)\b[^?]*\?|^\W*(?:add|mention|include|put in|say) that\b[^?]*\?/i;

// The cells of a line of a pipe table ("| a | b |"), with their offsets in the line; undefined for any other line.
function tableCells(line: string): { text: string; start: number }[] | undefined {
  if (!/^\s*\|.*\|/.test(line)) return undefined;
  const cells: { text: string; start: number }[] = [];
  let from = line.indexOf('|') + 1;
  for (let bar = line.indexOf('|', from); bar >= 0; bar = line.indexOf('|', from)) {
    cells.push({ text: line.slice(from, bar), start: from });
    from = bar + 1;
  }
  return cells;
}

// A table header over its rule ("|---|---|") whose cells name sections of more than one kind ("Must have", "Nice to
// have"): the emphasis of each column (undefined where the cell names none); otherwise undefined.
function sectionColumns(
  cells: readonly { text: string }[],
  next: string | undefined,
): (Emphasis | undefined)[] | undefined {
  if (next === undefined || !/^\s*\|?\s*:?-{3,}/.test(next)) return undefined;
  const kinds = cells.map((c) => {
    const name = bare(c.text);
    return name !== '' ? namedSectionKind(name) : undefined;
  });
  return new Set(kinds.filter((k) => k !== undefined)).size >= 2 ? kinds : undefined;
}

// A heading inside a line ("… 5+ years. Nice to have: Kafka.") starts a segment of its own, so an ad pasted
// as one long line still has its sections: after a sentence end, any short capitalised phrase and a colon;
// elsewhere, one that reads as a heading ("… clear docs Bonus points: …").
const INNER_HEADING = /(?<=[.!?;])\s+(?=(?:[A-Z][\w'’&/-]*)(?:\s[\w'’&/-]+){0,3}:)/g;
const INNER_NAMED_HEADING = /\s(?=((?:[A-Z][\w'’&/-]*)(?:\s[\w'’&/-]+){0,3}):)/g;
// Bullets inside a line: a list that lost its line breaks. Only where there are several, so a dash in a
// title ("Senior Engineer - Portwise") is no list.
const INNER_BULLET = /\s+(?=[-*•▪·–]\s)/g;
// A line with no such mark after a space holds no inner bullet.
const MAY_HOLD_BULLETS = /\s[-*•▪·–]\s/;

// "Preferred Qualifications:", "Desired Skills:": a few words and nothing else before the named heading are the
// start of the same heading, not text it ends.
const headingWordsBefore = (before: string) => !/[.!?;:,]/.test(before) && wordCount(bare(before)) <= 3;

// The head of a chat export's message: its time in brackets and the sender ("[14/10/2026, 08:14] Dev Malhotra: ",
// "[09:12] Dr Aisha Karim: "), a desktop copy's time before the date ("[09:18, 14/11/2026] Rhea Banerjee: "), or a phone's
// export with a dash ("14/10/2026, 08:14 - Dev Malhotra: "). What follows is one message, which a hiring manager's chat
// lists the duties in, one to a message, as a list has them one to a line.
const CHAT_PREFIX =
  /^\s*(?:\[[^\]\n]{0,24}\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:,\s?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})?\]|\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?:\s?[AaPp][Mm])? [-–])\s*\p{L}[^:\n]{0,39}?:(?:\s+|$)/u;

// A unified diff of the ad's file ("@@ -1,36 +1,36 @@"): its removed lines ("-Mentor two junior engineers", "-- Lead the
// team") and its headers ("--- a/…", "+++ b/…", "diff --git …") are no text of the ad; what stays or is added is. (Not
// a word diff, whose "[-…-]" and "{+…+}" runs mark changes inside lines, and whose lines may open with a list's "- ".)
const UNIFIED_DIFF_HUNK = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/m;
const WORD_DIFF_RUN = /\[-|\{\+/;
const DIFF_NO_TEXT = /^(?:-(?!--)(?! )|--- |\+\+\+ |@@ |diff --git |index [0-9a-f]+\.\.)/;

// A forum post's header, where the post opens: the community, the poster's handle, "Posted by" and how long ago, with
// their separators ("r/NursingUK · Posted by u/ward7_manager · 5h", "Posted by u/hillfarm_jobs 3 hours ago",
// "r/Baking • u/crumb_and_co • 2d"). Page furniture, as a chat message's time and sender is: it is no heading, so it
// sets no section ("Posted" names the company's furniture elsewhere, "Posted: 3 days ago") and the post's body keeps
// the role's. Only a line made of nothing else, holding a handle or a community, and only before the post's text:
// a reply's head further down is left to what reads the replies.
const FORUM_HEADER_PART =
  /(?:[ru]\/[\w-]+|posted(?:\s+by)?|submitted(?:\s+by)?|by|\d+\s?(?:m|mins?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)(?:\s+ago)?|just\s+now|edited|[·•|–-])/
    .source;
const FORUM_HEADER = new RegExp(`^\\s*(?:${FORUM_HEADER_PART}\\s*)+$`, 'i');
const FORUM_HANDLE = /(?:^|[\s·•|])[ru]\/[\w-]+/;
const forumHeader = (line: string) => FORUM_HANDLE.test(line) && FORUM_HEADER.test(line);

/** A line of the text, or a part of one, with its offset; a chat message's head and the message are parts of their own. */
interface Segment {
  line: string;
  lineStart: number;
  /** `no-text`: a chat message's time and sender, or a diff's removed line; `message`: what follows such a head. */
  part?: 'no-text' | 'message';
}

/** The lines of `text`, each split again where a heading or a list item stands inside it, with their offsets. */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  const diff = text.includes('@@') && UNIFIED_DIFF_HUNK.test(text) && !WORD_DIFF_RUN.test(text);
  let opening = true;
  for (const whole of text.split('\n')) {
    if (opening && forumHeader(whole)) {
      out.push({ line: whole, lineStart: offset, part: 'no-text' });
      offset += whole.length + 1;
      continue;
    }
    if (whole.trim() !== '') opening = false;
    if (diff && DIFF_NO_TEXT.test(whole)) {
      out.push({ line: whole, lineStart: offset, part: 'no-text' });
      offset += whole.length + 1;
      continue;
    }
    const head = whole.includes(':') ? CHAT_PREFIX.exec(whole)?.[0] : undefined;
    if (head !== undefined) out.push({ line: head, lineStart: offset, part: 'no-text' });
    const from = head?.length ?? 0;
    lineSegments(whole.slice(from), offset + from, head === undefined ? undefined : 'message', out);
    offset += whole.length + 1;
  }
  return out;
}

/** Pushes onto `out` the parts of one line (from `lineOffset` in the text): split where a heading or item stands. */
function lineSegments(line: string, lineOffset: number, part: Segment['part'], out: Segment[]): void {
  const push = (piece: string, start: number) =>
    out.push(part === undefined ? { line: piece, lineStart: start } : { line: piece, lineStart: start, part });
  // Both heading patterns need a colon, a list needs three marks and a reviewer's note a bracket or a tilde: most lines
  // have none, and are not searched.
  const mayHoldNote = line.includes('[') || line.includes('~~');
  if (!line.includes(':') && !MAY_HOLD_BULLETS.test(line) && !mayHoldNote) {
    push(line, lineOffset);
    return;
  }
  const cuts = new Set<number>();
  if (line.includes(':')) {
    for (const m of line.matchAll(INNER_HEADING)) cuts.add(m.index + m[0].length);
    for (const m of line.matchAll(INNER_NAMED_HEADING))
      if (namesSection(m[1]) && !headingWordsBefore(line.slice(0, m.index))) cuts.add(m.index + m[0].length);
  }
  if (mayHoldNote) reviewNoteCuts(line, cuts);
  const bullets = [...line.matchAll(INNER_BULLET)];
  if (bullets.length >= 3) for (const m of bullets) cuts.add(m.index + m[0].length);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= from || cut >= line.length) continue;
    push(line.slice(from, cut), lineOffset + from);
    from = cut;
  }
  push(line.slice(from), lineOffset + from);
}

// A long line of prose that goes on, hard-wrapped, on the next line ("They'll own our pricing models end to end. I
// need\nsomeone who …"): a sentence, not a title or page furniture, though no stop ends the line. The next line has
// text, starts with a letter and is no list item or heading.
function wrapsOn(line: string, next: string | undefined): boolean {
  return (
    wordCount(line) >= 8 &&
    next !== undefined &&
    /^\s*\p{L}/u.test(next) &&
    !BULLET.test(next) &&
    lineHeading(next) === undefined
  );
}

// "… is accountable for the design, build\nand day-to-day running of …": the line before ends inside a sentence (no
// stop, colon or heading) and this one starts in lower case with no bullet.
function softWrapped(previous: string, line: string, before: string | undefined): boolean {
  if (before !== '\n' || !/^[a-z]/.test(line) || previous.trim() === '') return false;
  // A lower-case key that names a section ("nice_to_have:", "not in scope:") starts it, wherever it stands.
  if (/:\s*$/.test(line) && namesSection(bare(line).replace(/:$/, ''))) return false;
  return !/[.!?:;]\s*$/.test(previous) && lineHeading(previous) === undefined;
}

/** The emphasis at `offset`, by binary search over spans sorted by start. */
export function emphasisAt(spans: readonly EmphasisSpan[], offset: number): Emphasis {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return spans[mid].emphasis;
  }
  return 'asked';
}
