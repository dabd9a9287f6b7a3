// The cue patterns behind each signal, written from tests/fixtures/signals/RUBRIC.md. Each signal is a
// list of regular expressions over one sentence; the first match is the cue. Precision comes first:
// a cue must show the signal on its own, so generic words ("team", "rather than", "in production")
// are not cues unless a pattern pins down what they mean.
import type { SignalId } from './signal-ids';

const I = String.raw`\b(?:I|I've|I'd)\s+(?:\w+ly\s+|then\s+|also\s+|eventually\s+|finally\s+|had\s+to\s+)?`;
// Bullets in Action often drop the subject ("Decided to…"): a decision verb that opens the sentence.
const OPEN = String.raw`^[\s\-*•·>"“(]*(?:\*\*)?(?:\w+ly\s+)?`;

const DECIDE = String.raw`(?:decided|chose|choose|opted|picked(?!\s+(?:\w+\s+)?up)|selected|settled\s+on|went\s+with|made\s+the\s+(?:call|decision)|took\s+the\s+(?:call|decision)|called\s+it|prioriti[sz]ed|deprioriti[sz]ed|de-prioriti[sz]ed|pushed\s+back|insisted|recommended|proposed|vetoed|overrode|rejected|ruled\s+out|scoped|cut\s+scope|accepted\s+the\s+trade-?\s?off|took\s+it\s+on\s+myself|took\s+(?:the\s+)?initiative|committed\s+to|drew\s+the\s+line|set\s+the\s+direction)\b`;

const CHOICE_VERB = String.raw`\b(?:chose|choose|choosing|opted|picked|selected|selecting|settled\s+on|went\s+with|preferred|decided|favou?red|proposed|recommended|switched\s+to|moved\s+to|replaced|kept)\b`;
const ALTERNATIVE = String.raw`\b(?:instead\s+of|rather\s+than|over\s+(?!(?:the\s+|a\s+|an\s+)?(?:next|last|past|weekend|course|years?|months?|weeks?|days?|time|it|them)\b)\w+|versus|vs\.?|alternatives?|options?|ruled\s+out|compared|comparing|comparison|not\s+(?:a|an|the)\s+\w+)`;

// Teams and roles outside the writer's own team. "The team", "my teammate" and "my manager" are not here.
const PARTNER = String.raw`\b(?:product\s+(?:managers?|teams?|owners?|leads?|partners?|org|side)|(?<!\d\s?)PMs?\b|program\s+managers?|designers?|design\s+team|UX\b|infra(?:structure)?\s+(?:teams?|engineers?|partners?|org)|platform\s+teams?|dev-?ops(?:\s+teams?)?|SRE\s+teams?|SREs\b|data\s+(?:engineering|science|platform|teams?|engineers?|scientists?|owners?|partners?)|analysts?|analytics\s+team|legal(?!\s+(?:requirements?|constraints?|reasons?|limits?))|lawyers?|compliance(?!\s+(?:rules|requirements?|checks?|standards?))(?:\s+team)?|security\s+team|privacy\s+team|finance(?:\s+team)?|marketing|sales(?:\s+team)?|support\s+(?:team|staff|agents?)|customer\s+(?:success|support)|operations\s+team|ops\s+team|research(?:ers|\s+team)|scientists|domain\s+experts?|subject[- ]matter\s+experts?|clinicians|doctors|stakeholders?|partner(?:'s|s'|s)?\s+(?:technical\s+|engineering\s+)?teams?|(?:external|payment|business|integration)\s+partners?|partners\b|other\s+teams|another\s+team|two\s+teams|both\s+teams|cross-?\s?functional|(?:integrations?|frontend|front-end|backend|back-end|mobile|QA|app(?:lication)?|client|vendor|hardware|firmware|networking|payments?|ML|search|ads|risk)\s+teams?|QA\b|vendors?|(?:the\s+)?CEO|CTO|CFO|VPs?\b|executives?|leadership\s+team|business\s+(?:teams?|owners?|side|stakeholders?|partners?))`;

export const SIGNAL_CUES: Readonly<Record<SignalId, readonly RegExp[]>> = {
  'trade-off': [
    /\btrade-?\s?offs?\b/i,
    /\bat\s+the\s+(?:cost|expense|price)\s+of\b/i,
    /\bin\s+exchange\s+for\b/i,
    /\b(?:simpler|faster|cheaper|slower|more\s+complex|more\s+accurate|less\s+accurate|more\s+expensive|riskier|safer)\b[^.;]{0,60}\bbut\b/i,
    /\bweigh(?:ed|ing)\b[^.;]{0,60}\b(?:against|and|versus|vs)\b/i,
    /\bbalanc(?:ed|ing)\b[^.;]{0,40}\b(?:against|with|and)\b/i,
    /\b(?:build|built)\s+(?:vs\.?|versus|or)\s+buy\b/i,
    /\bhybrid\s+approach\b/i,
    new RegExp(`${CHOICE_VERB}[^.;]{0,80}${ALTERNATIVE}`, 'i'),
    new RegExp(`${ALTERNATIVE}[^.;]{0,60}${CHOICE_VERB}`, 'i'),
    /\b(?:accuracy|latency|cost|speed|quality|precision|recall|throughput|complexity|simplicity|reliability)\s+(?:vs\.?|versus|over|against)\s+\w+/i,
    /\bwe\s+kept\s+no\b[^.;]*\bbut\s+we\s+kept\b/i,
    /\b(?:is|was|are|were)\s+(?:better|worse|safer|cheaper|faster|simpler)\s+than\b/i,
    /\b(?:prepared|wrote|made|ran|did|built|presented)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?comparison\b/i,
    /\bdeciding\s+(?:argument|factor|criterion)\b/i,
    /\b(?:compared|weighed|evaluated|considered|benchmarked|tried|prototyped)\s+(?:\w+\s+){0,2}(?:options|approaches|alternatives|architectures|designs|models|vendors|libraries|frameworks|tools)\b/i,
  ],
  constraint: [
    /\b(?:tight|hard|fixed|aggressive|strict)\s+(?:deadlines?|timelines?|schedules?|budgets?|latency|limits?|SLAs?)\b/i,
    /\bdeadlines?\b/i,
    /\btime[- ]boxed\b/i,
    /\b(?:code|holiday|release|change|feature)\s+freeze\b/i,
    /\b(?:had|have|with)\s+(?:only\s+|just\s+)?(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|sprints?)\s+(?:before|until|to)\b/i,
    /\b(?:had|needed)\s+to\s+(?:run|fit|work)\s+(?:on|in|within|under)\b/i,
    /\b(?:were|was|is|are|stay|stayed|remain|remained)\s+private\b/i,
    /\b(?:could\s+not|couldn't|can't|cannot)\s+(?:get|wait|afford|access|collect|ship|hire|add)\b/i,
    /\b(?:nothing\s+(?:downstream|else)\s+(?:had\s+to|would|needed\s+to)\s+change|without\s+(?:breaking|changing)\s+(?:\w+\s+){0,2}(?:downstream|clients|callers|consumers|API|APIs))\b/i,
    /\b(?:on\s+time|in\s+time\s+for|ahead\s+of\s+the\s+(?:launch|deadline|release))\b/i,
    /\b(?:all\s+)?within\s+(?:about\s+|roughly\s+|just\s+)?(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|sprints?|hours?)\b/i,
    /\bonly\s+(?:had\s+)?(?:a|one|two|three|four|\d+)\s+(?:days?|weeks?|months?|sprints?|engineers?|people|GPUs?|machines?)\b/i,
    /\b(?:budgets?(?!\s+alerts?)|cost\s+(?:caps?|ceilings?|limits?))\b/i,
    /\blimit(?:ed|ing)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:budget|resources|bandwidth|time|data|headcount|capacity|memory|compute|information)\b/i,
    /\bbandwidth\b/i,
    /\b(?:headcount|understaffed|short-staffed)\b/i,
    /\b(?:latency\s+(?:budget|requirements?|targets?|limits?)|SLAs?|SLOs?|under\s+\d+\s?ms|p9\d\s+(?:under|below|of|at))\b/i,
    /\b(?:memory\s+limits?|GPU\s+(?:budget|memory|quota)|single\s+GPU|on-device|edge\s+devices?|CPU-only)\b/i,
    /\b(?:privacy|PII|GDPR|HIPAA|PHI|regulat(?:ed|ory|ion|ions)|compliance\s+(?:rules|requirements)|sensitive\s+data|consent)\b/i,
    /\b(?:no\s+labels|unlabell?ed|few\s+labels|sparse\s+data|limited\s+data|imbalanced|small\s+dataset|no\s+(?:training\s+)?data)\b/i,
    /\b(?:without\s+(?:any\s+)?downtime|zero[- ]downtime|backwards?[- ]compatib\w+|couldn't\s+(?:change|break|touch)|could\s+not\s+(?:change|break|touch))\b/i,
    /\bconstrain(?:ts?|ed)\b/i,
    /\b(?:MTTR|SLA|SLO|latency|response[- ]time|uptime)\s+(?:target|goal|budget)s?\b/i,
    /\blimitations?\b/i,
    /\bcorrectness\s+was\s+critical\b/i,
    /\bhigh[- ]priority\b[^.;]{0,60}\blimit/i,
  ],
  'cross-functional': [
    new RegExp(PARTNER, 'i'),
    /\b(?:ads|product|design|data|infra|platform|security|legal|marketing|sales|support|ops|research|finance)\s+(?:lead|leads|director|directors|head)\b/i,
    /\b(?:iOS|Android|mobile|web|frontend|front-end|backend|back-end|firmware|hardware|infra|platform|security|QA)\s+engineers\b/i,
    /^\W*Product\s+(?:wanted|asked|needed|requested|pushed|insisted)\b/i,
  ],
  influence: [
    /\b(?:convinced|convincing|convince|persuaded|persuading|persuade|pushed\s+back|push\s+back|pushback|won\s+(?:them|him|her|everyone|the\s+\w+)\s+over|got\s+(?:their\s+|the\s+\w+\s+)?buy-in|buy-in|brought\s+(?:them|everyone|the\s+\w+)\s+(?:around|on\s+board)|made\s+the\s+case|advocated|championed|lobbied|negotiated|realigned|talked\s+\w+\s+into|changed\s+(?:their|his|her|the\s+team's)\s+minds?)\b/i,
    /\b(?:aligned|align)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:on|with|around|expectations|priorities|goals)\b/i,
    /\bunblock(?:ed|ing)?\s+(?:them|others|other\s+teams|the\s+\w+\s+team|\w+\s+teams?|him|her|everyone)\b/i,
    /\b(?:team|teams|managers?|they|he|she|lead|director|owner|leadership|everyone|both|colleague)\s+(?:\w+\s+){0,2}(?:agreed|adopted|approved|signed\s+off|accepted)\b/i,
    /\b(?:received|got|won)\s+(?:\w+\s+)?(?:approval|sign-?off|agreement)\b/i,
    /\b(?:became|become|is\s+now|was\s+made)\s+(?:our\s+|the\s+)?(?:team's\s+|org's\s+|company's\s+)?(?:standard|default|mandatory)\b/i,
    /\bled\s+to\s+mandatory\b/i,
    /\bI\s+(?:\w+\s+)?(?:disagreed|objected|proposed|pitched|presented|escalated|challenged)\b/i,
    /\b(?:as\s+evidence|data-driven\s+(?:comparison|case|argument)|show(?:ed|ing)?\s+data)\b/i,
    /^[\s\-*•·>"“]*(?:\*\*)?(?:proposed|pitched|presented\s+the)\b/i,
  ],
  'after-launch': [
    /\b(?:monitor(?:ed|ing|s)?|alert(?:s|ing|ed)?|drift(?:ed|ing)?|on[- ]?call|post-?mortems?|incidents?|roll(?:ed)?\s?back|rollbacks?|retrain(?:ed|ing|s)?|canary|A\/B\s+tests?|A\/B\s+testing|AB\s+tests?|shadow\s+mode|anomaly\s+detection|(?<!(?:logistic|linear|ridge|lasso)\s)regressions?|MTTR|war\s+room|runbook)\b/i,
    /\b(?:after|post|following)[- ](?:the\s+)?(?:launch|deploy(?:ment)?|release|go-live|rollout|incident|patch)\b/i,
    /\bkept\s+(?:iterating|improving|tuning|refining|monitoring)\b/i,
    /\b(?:started|kept|began)\s+failing\b/i,
    /\biterat(?:e|ed|ing|ion|ions)\b/i,
    /\b(?:restored|restoring|restore)\s+(?:full\s+)?(?:service|the\s+server|the\s+application)\b/i,
    /\b(?:went|was|were)\s+down\b/i,
    /\bback\s+online\b/i,
    /\broot[- ]caus(?:e|ed|es|ing)\b/i,
    /\bcascading\s+failures?\b/i,
    /\b(?:production|prod|live)\b[^.;]{0,40}\b(?:failures?|outages?|broke|crash(?:ed)?|went\s+dark|gone\s+(?:fully\s+)?dark)\b/i,
    /\boutages?\b/i,
    /\b(?:track(?:ed|ing)?|measured)\s+(?:\w+\s+){0,3}(?:in\s+production|over\s+time|after|since)\b/i,
    /\b(?:adoption|usage)\s+(?:grew|climbed|rose|dropped|fell)\b/i,
    /\bfeedback\s+loops?\b/i,
  ],
  ambiguity: [
    /\b(?:ambigu(?:ous|ity|ities)|unclear|uncertain(?:ty|ties)?|unknowns?|incomplete|undocumented|ill-defined|vague\s+(?:goal|requirements?|spec|ask))\b/i,
    /\b(?:no|without\s+(?:a|any)?|missing)\s+(?:clear\s+|written\s+|formal\s+)?(?:spec|specs|specification|requirements|documentation|context|ground\s+truth|labels|baseline)\b/i,
    /\bnot\s+(?:yet\s+)?(?:clearly\s+|well\s+|fully\s+)?(?:documented|defined|specified|known|clear|understood)\b/i,
    /\buntil\s+(?:we|I)\s+(?:had|got|knew|learned)\s+(?:more|enough|better)\b/i,
    /\b(?:did\s+not|didn't|did\s+n't)\s+(?:yet\s+)?(?:know|understand)\b/i,
    /\bhad\s+never\s+(?:worked|used|built|done|seen)\b/i,
    /\b(?:neither\s+the\b[^.;]{0,60}\bnor|no\s+idea)\b/i,
    /\b(?:assum(?:ed|ption|ptions|ing)|best\s+guess|hypothes(?:is|es|ized))\b/i,
    /\b(?:changing|shifting|evolving|conflicting)\s+(?:requirements|priorities|goals)\b/i,
    /\brequirements\s+(?:grew|changed|kept\s+changing|shifted|evolved)\b/i,
    /\b(?:open\s+questions?|what\s+I\s+did\s+not\s+understand|surfaced\s+(?:specific\s+)?questions)\b/i,
    /\b(?:limited|little|partial|no)\s+information\b/i,
    /\b(?:asked|find\s+out|found\s+out|figure\s+out|figured\s+out)\s+(?:\w+\s+){0,3}what\s+(?:they|the\s+\w+|we|it)\s+(?:expected|valued|wanted|needed|meant)\b/i,
    /\bnot\s+enough\s+(?:information|data|context)\b/i,
  ],
  'own-decision': [
    new RegExp(`${I}${DECIDE}`, 'i'),
    new RegExp(`${OPEN}${DECIDE}`, 'i'),
    new RegExp(String.raw`\bI\s+[^.;]{0,60}?\b(?:and|then|so)\s+${DECIDE}`, 'i'),
    /\b(?:my\s+(?:call|decision|recommendation|proposal)|I\s+made\s+(?:the|a)\s+(?:call|decision))\b/i,
    /\bI\s+(?:\w+\s+)?(?:disagreed|objected)\b/i,
    /\bI\s+(?:built|designed|made|kept|structured|architected|wrote|set\s+up)\s+(?:it|the\s+\w+|this|them)\b[^.;]{0,50}\b(?:because|since|so\s+that)\b/i,
  ],
};
