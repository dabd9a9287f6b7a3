// Constraint (RUBRIC.md: "deadline or time box", a limit the work had to respect) told as the date a platform the
// work ran on goes away, with no deadline word: "ran on hardware that was being retired at the end of March", "an
// old SQL Server that was going out of support in March", "the processor announced it would shut down its old API
// on 30 June", "a partition the bank had agreed to hand back by the end of June"; and the work done before it went:
// "before the partition was handed back". A platform out of support with no date ("The old load balancer was out
// of support, so I replaced it") is a reason for the work, not a limit on it; a person retiring is no platform.
// Written from the spent writers fresh-stories-15, -17, -19 and -20 (session 31).
import { match, type Finder } from './sentence-view';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
// A date or a period: "the end of March", "30 June", "June 30", "Q3", "2025", "next quarter".
const DATE = String.raw`(?:at|by|on|in|from|after|before)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?|mid-?)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|${MONTH}\b|Q[1-4]\b|(?:19|20)\d\d\b|(?:next|this|that|the\s+following)\s+(?:week|month|quarter|year|spring|summer|autumn|fall|winter)\b|(?:the\s+)?(?:quarter|year|month)\b)`;

// The platform going away, in a form that tells it lies ahead: passive progressive, "going out of support", or a
// future, plan or agreement ("would shut down", "was due to be switched off", "had agreed to hand back"). An active
// "retire" takes an object, so a person retiring is not read.
const GOING_AWAY = String.raw`(?:(?:was|were|is|are)\s+being\s+(?:retired|decommissioned|shut\s+down|switched\s+off|turned\s+off|sunset(?:ted)?|phased\s+out|withdrawn)|(?:was|were|is|are|went|goes|going)\s+(?:going\s+)?out\s+of\s+(?:support|service|maintenance)|(?:reached|reaches|reaching)\s+end[- ]of[- ](?:life|support)|(?:would|will|was\s+going\s+to|were\s+going\s+to|(?:was|were|is|are)\s+(?:due|set|scheduled|planned)\s+to|(?:had\s+)?agreed\s+to|planned\s+to|announced\s+(?:it|they)\s+would)\s+(?:be\s+(?:retired|decommissioned|shut\s+down|switched\s+off|turned\s+off|sunset(?:ted)?|phased\s+out|withdrawn|handed\s+back)|retire\s+(?:the|its|their|our|this|that)\b|decommission|shut\s+(?:\w+\s+){0,4}?down|switch\s+(?:\w+\s+){0,4}?off|turn\s+(?:\w+\s+){0,4}?off|phase\s+(?:\w+\s+){0,4}?out|hand\s+(?:\w+\s+){0,4}?back|stop\s+supporting|(?:drop|end)\s+support\s+for))`;

const PLATFORM_END_DATE = new RegExp(String.raw`\b${GOING_AWAY}\b[^.;]{0,60}?\b${DATE}`, 'i');

// The work finished before the platform went: "before the partition was handed back", "before the old cluster was
// switched off".
const BEFORE_IT_WENT = new RegExp(
  String.raw`\bbefore\s+(?:the|our|their|its)\s+(?:old\s+)?(?:[\w-]+\s+){0,2}?(?:was|were|got)\s+(?:retired|decommissioned|shut\s+down|switched\s+off|turned\s+off|handed\s+back|sunset(?:ted)?|phased\s+out)\b`,
  'i',
);

const WORDS = /retir|decommission|shut|switch|turn|sunset|phas|withdraw|support|service|maintenance|end|hand/i;

/** A platform the work ran on going away at a date, or the work done before it went (see above). */
export const platformEndDate: Finder = (v) =>
  WORDS.test(v.text) ? (match(v, PLATFORM_END_DATE) ?? match(v, BEFORE_IT_WENT)) : undefined;
