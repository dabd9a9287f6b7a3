// The wide net behind missing-signal prompts. The detector (signal-classes.ts) is built for
// precision, so it misses some ways of saying a thing; telling a strong candidate a signal is missing
// when it is there is the worst error it can make. Before a prompt says "missing", these hints look
// for any word that could carry the signal in a phrasing the detector does not know. A hint is not
// evidence: it only turns "missing" into "not sure", which shows no prompt.
import type { SignalId } from './signal-ids';

export const SIGNAL_HINTS: Readonly<Record<SignalId, RegExp>> = {
  'trade-off':
    /\b(?:rather\s+than|instead|versus|vs\.?|options?|alternatives?|compar\w+|chose|choose|chosen|choosing|opted|picked|selected|went\s+with|decid\w+|would\s+have|would\s+(?:cost|take|mean|need|require)|cheaper|simpler|slower|riskier|costl\w+|weigh\w*|balanc\w+|pros|cons|downsides?|trade\w*|prefer\w*|favou?r\w*|switch\w*|replac\w+|sacrific\w+|worth|risk\w*|benchmark\w*|evaluat\w+|kept|settled|stuck\s+with|disagree\w*|harder|easier|better\s+than|worse|quick\w*|longer|cheapest|fastest|simplest)\b/i,
  constraint:
    /\b(?:deadlines?|budgets?|limit\w*|constrain\w*|within|by\s+the\s+end|in\s+time|on\s+time|(?:days?|weeks?|months?|quarters?|sprints?)\s+(?:to|before|until|left|away|out)|latency|SLAs?|SLOs?|memory|GPUs?|CPUs?|hardware|privacy|private|sensitive|patients?|PII|regulat\w+|complian\w+|legal|consent|couldn't|could\s+not|cannot|can't|freeze|headcount|bandwidth|resources|expensive|alone|small\s+team|tight|strict|scarce|shortage|capacity|quota|compatib\w+|launch\s+date|fit|fits|single|only|laws?|lease|contract|polic\w+|SOC|ISO|audit\w*|confidential|on-device|halve|SLO|team\s+of|(?:two|three|four)\s+(?:people|engineers)|PCI|SOX|timelines?|schedules?|end-of-life|lose|drop)\b/i,
  'cross-functional':
    /\b(?:(?!(?:Our|My|The|This|That|Whole|Entire|Same|Core|Dev|Engineering)\s)[A-Z][\w-]+\s+teams?|teams|product|designers?|infra\w*|platform|data\s+(?:team|engineers?|scientists?)|legal|complian\w+|security|finance|sales|marketing|support|ops|devops|SREs?|QA|analysts?|scientists?|stakeholders?|partners?|vendors?|clients?|directors?|VPs?|CEO|CTO|leadership|executives?|org|orgs|departments?|experts?|doctors?|clinicians?|nurses?|counterparts?|agency|contractors?|external|third[- ]party|providers?|carriers?|lawyers?|firm|merchants?|his\s+team|her\s+team|leads|managers|owners)\b/,
  influence:
    /\b(?:agree\w*|convinc\w+|persuad\w+|propos\w+|suggest\w*|recommend\w*|present\w*|pitch\w*|show\w*|explain\w*|argu\w+|disagree\w*|push\w*|align\w*|buy-in|approv\w+|adopt\w+|accept\w*|sign\w*\s+off|consensus|meetings?|discuss\w*|negotiat\w+|escalat\w+|standard|advocat\w+|champion\w*|lobb\w+|influenc\w+|decisions?|persuasi\w+|case\s+for|demo\w*|walked|shared|brought|won|encourag\w+|mentor\w*|coach\w*|feedback|concerns?|objection\w*|circulat\w+|offered|benchmark\w*|trial|evidence|backing|sold)\b/i,
  'after-launch':
    /\b(?:production|prod|went\s+live|in\s+the\s+field|monitor\w*|alert\w*|dashboards?|since|later|afterwards?|follow[- ]?ups?|incidents?|outages?|bugs?|iterat\w+|feedback|maintain\w*|maintenance|adoption|usage|retrain\w*|drift\w*|A\/B|experiments?|tracked|tracking|weekly|monthly|nightly|ongoing|continu\w+|patch\w*|upgrad\w+|uptime|downtime|stable|stability|logs?|on-call|regressions?|post-launch|root[- ]cause|diagnos\w+|restart\w*|restor\w+|roll(?:ed)?[- ]?back|revert\w*|hotfix\w*|fix\w*|calibrat\w+|backtest\w*|go-live|cutover|beta|crash\w*|down|observability|telemetry|on\s+call|failing)\b/i,
  ambiguity:
    /\b(?:unclear|ambigu\w+|uncertain\w*|unknowns?|vague|fuzzy|incomplete|undefined|no\s+one|nobody|not\s+sure|unsure|didn't\s+know|did\s+not\s+know|don't\s+know|no\s+idea|assum\w+|guess\w*|hypothes\w+|clarif\w+|figur\w+\s+out|unfamiliar|no\s+(?:spec|data|labels|documentation|docs|requirements|baseline|context)|missing|gaps?|bet|experiment\w*|prototyp\w+|spike|changing|shifting|conflicting|inconsistent|open\s+questions?|definitions?|settled|wait\w*\s+for|research\w*|competing|whether)\b/i,
  'own-decision':
    /\b(?:decid\w+|decision|chose|choose|chosen|opted|picked|selected|went\s+with|call|priorit\w+|recommend\w*|propos\w+|insist\w*|pushed\s+back|rejected|vetoed|cut|dropped|scoped|committed|settled|my\s+(?:idea|plan|approach|design|proposal)|I\s+(?:\w+\s+)?(?:led|drove|owned|designed|architected|set|made|took|changed|moved|switched|replaced|kept|stopped|started|built|sized|split)|because|so\s+that|in\s+order\s+to)\b/i,
};
