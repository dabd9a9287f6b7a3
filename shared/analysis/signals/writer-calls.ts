// Own-decision (RUBRIC.md) told with verbs that are calls only in these frames: the writer stating
// their approach ("my approach was to fix the data first"), halting a release, taking ownership,
// moving the team's course ("I switched us to weekly releases"), changing the plan, narrowing the scope.
// Left out, as they cost on the held-aside halves: "I suggested …" (a proposal to others is influence
// first), and "Rather than X, I …" (mostly a manner: "instead of reacting, I reached out").
// Written from sentences we wrote ourselves in the voices of notes; checked on the held-aside halves.
import { match, type Finder } from './sentence-view';

const WRITER_CALL_PATTERN = new RegExp(
  [
    String.raw`\bmy\s+(?:approach|plan|strategy|priority|rule|answer|call)\s+was\s+to\b`,
    String.raw`\bI\s+(?:\w+ly\s+)?(?:stopped|halted|paused|froze|blocked|cancell?ed|called\s+off)\s+(?:the|our|a|all|that)\s+(?:[\w-]+\s+)?(?:release|rollout|launch|deploy\w*|migration|campaign|send|project|merge|sale|cutover)\b`,
    String.raw`\bI\s+(?:\w+ly\s+)?took\s+(?:ownership|charge)\s+of\b`,
    String.raw`\bI\s+(?:\w+ly\s+)?(?:switched|moved|shifted|steered|pivoted)\s+(?:us|the\s+team|the\s+project|our\s+team|everyone|the\s+group)\s+(?:to|off|from|onto|away|over)\b`,
    String.raw`\bI\s+(?:\w+ly\s+)?changed\s+(?:the|our|my)\s+(?:plan|approach|order|priorities|strategy|scope)\b`,
    String.raw`\bI\s+(?:\w+ly\s+)?(?:narrowed|cut|trimmed|reduced|limited)\s+(?:the\s+|our\s+)?scope\b`,
    // A reason, the people asked, then the writer's own setting: "…, so I asked the owning teams how far
    // back they replayed and set 7 days" (RUBRIC clarifications: a reason for the writer's own choice).
    String.raw`,\s+so\s+I\s+(?:asked|interviewed|consulted|polled|surveyed|checked\s+with)\b[^.;]{1,80}?\band\s+(?:then\s+)?(?:set|designed|sized|chose|picked|used|built|went\s+with|settled\s+on|made\s+(?:the|that|it)|capped|fixed)\b`,
  ].join('|'),
  'i',
);
const WRITER_CALL_WORDS = /\bI\b|\bmy\b/i;

/** The writer's call told in the frames above. */
export const writerCall: Finder = (v) => (WRITER_CALL_WORDS.test(v.text) ? match(v, WRITER_CALL_PATTERN) : undefined);
