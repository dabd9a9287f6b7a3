// The hire in any voice: a desktop chat copy's messages (time before the date), the hire named "they'd" by a founder
// or written "youd" in a text message, and an error owned up to by the one who tells it. Each with the near miss that
// must stay as it was. The lines are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { askedInText, generic, ml } from './asked-in-duty';

describe("a desktop chat copy's messages", () => {
  const chat = [
    '[10:02, 03/12/2026] Sam Ortiz: so the depot lead thing',
    '[10:03, 03/12/2026] Sam Ortiz: we bake for about 40 cafes round here',
    '[10:04, 03/12/2026] Sam Ortiz: and decide which orders wait when the van is full',
  ].join('\n');

  it('reads a message after its time, date and sender as a line of the ad, stop or none', () => {
    expect(askedInText(chat, generic)).toContain('generic.judgment');
  });

  it("keeps the company's own message its own, and the sender's name no word of the ad", () => {
    expect(askedInText(chat, generic)).toEqual(['generic.judgment']);
    const named = '[10:05, 03/12/2026] Lead Baker: we open at six';
    expect(askedInText(named, ml)).toEqual([]);
  });
});

describe('the hire named in the third person or without an apostrophe', () => {
  it('reads "they\'d own" and "youd own" as the hire owning', () => {
    expect(askedInText("They'd own the whole booking pipeline and the evals for it.", ml)).toContain('ml.ownership');
    expect(askedInText('Youd own the van stock and the job sheets.', generic)).toContain('generic.ownership');
  });

  it('does not read another subject owning, with no modal or contraction', () => {
    expect(askedInText('They own the building and the land it stands on.', ml)).not.toContain('ml.ownership');
    expect(askedInText('Our franchisees own their vans.', generic)).not.toContain('generic.ownership');
  });
});

describe('the hire named "they" by the posting', () => {
  it('reads a plain "they own" as the hire\'s where the posting gives "they" a duty\'s modal', () => {
    const quoted = 'Her words: they own the pricing roadmap, and they have to make the case for it to the board.';
    expect(askedInText(quoted, ml)).toContain('ml.ownership');
  });

  it('does not where "they" is the company or a client, or has no duty anywhere', () => {
    const client = "They're a fintech in Leeds. They own the whole payments stack and they'll want someone to join it.";
    expect(askedInText(client, ml)).not.toContain('ml.ownership');
    expect(askedInText('Ask the founders: they own the brand and the recipes.', generic)).not.toContain(
      'generic.ownership',
    );
  });
});

describe('an error told by the one who made it', () => {
  it('is failure & learning, not push-back', () => {
    const own = 'I need someone who ships and tells me when they got it wrong.';
    expect(askedInText(own, ml)).toContain('ml.failure-learning');
    expect(askedInText(own, ml)).not.toContain('ml.conflict');
    expect(askedInText('Say so when you get it wrong, early.', generic)).toContain('generic.failure-learning');
  });

  it("stays push-back when it is the company's error", () => {
    const pushBack = "You'll tell us when we're wrong about the model.";
    expect(askedInText(pushBack, ml)).toContain('ml.conflict');
    expect(askedInText(pushBack, ml)).not.toContain('ml.failure-learning');
  });
});
