// Content words for matching a question to a story: lower case, stop words and interview filler
// removed ("tell me about a time"; function words such as "whether", which Practice once gave as a
// reason a story fits), crude suffix stripping so "launched" meets "launch".
const STOP = new Set(
  `a an the and or but if of to in on at by for with from into over under about as is are was were be been
being it its this that these those you your yours me my i we our us they them their he she his her what which who whom how
why when where did do does done have has had not no so than then too very can could would should will just tell time
describe walk through give example something someone some any all more most much many one two after before while did
happened happen do make made get got way ways thing things still also again you've you're did what's whether either
neither other another each every such only own same like because until since there here out off onto upon within
without between among across per via`.split(/\s+/),
);

export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(ingly|edly|ings|ing|ied|ies|ed|es|s|ly)$/, (m) => (m === 'ied' || m === 'ies' ? 'y' : ''));
}

export function keywords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []) {
    const word = raw.replace(/'s$/, '');
    if (word.length < 3 || STOP.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}
