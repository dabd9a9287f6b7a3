import { readFileSync } from 'node:fs';
import { storySentences } from '#shared/analysis/signals/story-sentences';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import { findQuantities } from '#shared/analysis/rules/quantities';
import { tokenize } from '#shared/analysis/rules/tokenize';
const files = ['written-stories.json', 'written-stories-2.json', 'written-stories-3.json'];
const SHARE = /\b(?:to|on|with|for|at)\s+(?:about\s+|only\s+|just\s+|roughly\s+)?\d+(?:\.\d+)?\s?%/gi;
for (const f of files) {
  for (const st of JSON.parse(readFileSync(`tests/fixtures/follow-ups/${f}`, 'utf8')).stories) {
    const story = st.text ? storyTextOf(st.text) : st;
    for (const s of storySentences(story)) {
      if (!/%/.test(s.text)) continue;
      const { quantities, excluded } = findQuantities(s.text, tokenize(s.text));
      const pct = quantities.filter((q) => q.kind === 'percent').map((q) => q.text);
      const ex = excluded.filter((e) => /\d/.test(e.text)).map((e) => `${e.text}:${e.reason}`);
      if ([...s.text.matchAll(SHARE)].length)
        console.log(st.id, s.section, '|', s.text.slice(0, 150), '| kept', pct.join(','), '| excl', ex.join(','));
    }
  }
}
