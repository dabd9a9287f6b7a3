// What a pasted ad carries that is no word of the role: addresses, handles, keys and code spans; a chat export's
// message heads and the lines its people only propose. Each with the near miss that must still be read. The lines and postings below are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { askedInText, generic } from './asked-in-duty';

const askedIn = (text: string, framework = generic) => askedInText(text, framework);

describe('names that are no words of the ad', () => {
  it('reads no duty in an e-mail address, a web address, a handle, a snake_case key or a code span', () => {
    const post = [
      'Posted by u/brightfern_hiring · r/datajobs',
      '',
      'What you would do:',
      '- Own the billing pipeline end to end.',
      '',
      'Questions to hiring@brightfern.example or brightfern.example/hiring/apply',
      'Replies from @lead-mentor go out on Fridays.',
      'Apply: open an issue titled `mentoring: <your name>` (hiring_manager_review: yes).',
    ].join('\n');
    expect(askedIn(post)).toEqual(['generic.ownership']);
  });

  it('still reads the same words written as words', () => {
    const post = [
      'What you would do:',
      '- Own the billing pipeline end to end.',
      '- Mentor the two junior analysts; write to us at jobs@brightfern.example.',
      '- Hiring: you will hire and onboard two engineers this year.',
    ].join('\n');
    expect(askedIn(post)).toContain('generic.mentoring');
    expect(askedIn(post)).toContain('generic.ownership');
  });
});

describe("a chat export's messages", () => {
  const chat = [
    '[03/11/2026, 09:40] Ola Brandt: Right, the kitchen lead ad, shout if anything is off',
    '[03/11/2026, 09:41] Ola Brandt: Coach the two commis chefs through their first season',
    '[03/11/2026, 09:41] Ola Brandt: Deal with the complaints the floor staff cannot settle',
    '[03/11/2026, 09:42] Ola Brandt: Nice to have: a food safety level 3 certificate',
    '[03/11/2026, 09:45] Femi Ade: Should we say they will work with the events team on weddings?',
    '[03/11/2026, 09:46] Ola Brandt: no, that is Jo. leave it out',
  ].join('\n');

  it('reads each message after its time and sender as a line of the ad', () => {
    expect(askedIn(chat)).toContain('generic.mentoring');
    expect(askedIn(chat)).toContain('generic.conflict');
  });

  it('reads no duty in a line only proposed as a question, nor a message heading that names no section', () => {
    expect(askedIn(chat)).not.toContain('generic.collaboration');
    const agreed = `${chat}\n[03/11/2026, 09:50] Ola Brandt: Adding: work with the events team on the wedding menus`;
    expect(askedIn(agreed)).toContain('generic.collaboration');
  });

  it('reads a message that names a section before a colon as its heading', () => {
    const nice = [
      '[09:12] Ola Brandt: What the job is:',
      '[09:13] Ola Brandt: Coach the two commis chefs through their first season',
      '[09:14] Ola Brandt: Nice to have:',
      '[09:15] Ola Brandt: some experience leading a team of ten',
    ].join('\n');
    expect(askedIn(nice)).toContain('generic.mentoring');
    expect(askedIn(nice)).not.toContain('generic.technical-leadership');
  });
});

describe('goods delivered', () => {
  it('reads no execution in deliveries of goods, and still reads work delivered', () => {
    const shop = [
      'What you will do:',
      '- Run the rotas, ordering, waste and deliveries.',
      '- Decide which shops get delivered first.',
    ];
    expect(askedIn(shop.join('\n'))).not.toContain('generic.execution');
    expect(askedIn('What you will do:\n- Plan the refit and deliver it on time.')).toContain('generic.execution');
  });
});

describe("a brief's fields and a translated ad's marks", () => {
  it('reads a field whose value holds a bonus as that field, not as a nice-to-have heading', () => {
    const brief = [
      'Mandate: Head of Analytics',
      'Package: base £95k, bonus up to 20%, car',
      '',
      'The mandate',
      '- Develop the two team leads, one of whom is new to managing',
    ].join('\n');
    expect(askedIn(brief)).toContain('generic.mentoring');
    // A field named by a section word still heads its section ("Nice to have: …" is an inline heading).
    expect(
      askedIn('What you will do:\n- Own the pricing engine.\nNice to have: coach the junior analysts'),
    ).not.toContain('generic.mentoring');
  });

  it('reads katakana middle dots as bullets, and a "Welcome skill" list as a bonus', () => {
    const ad = [
      '■Company introduction',
      'We make valves for ships since 1970.',
      '■Job content',
      '・Decide together with the production department the inspection plan',
      '・Explain the results to the line leaders with easy words',
      '■Required skill',
      '・Python',
      '■Welcome skill',
      '・Experience of guidance to junior member',
      '・Experience of leading a team of five',
      '■Working place',
      'Osaka factory',
    ].join('\n');
    const ids = askedIn(ad);
    expect(ids).toContain('generic.collaboration');
    expect(ids).toContain('generic.communication');
    expect(ids).not.toContain('generic.technical-leadership');
  });
});

describe('a YAML or JSON spec', () => {
  it("reads a key's underscores as spaces, and a lower-case key after a list as its section's heading", () => {
    const spec = [
      'responsibilities:',
      '  - Own the ingestion platform from design to running it in production.',
      'nice_to_have:',
      '  - Mentoring other engineers',
      '# edited after review',
      'not_in_scope:',
      '  - Leading the analytics team',
    ].join('\n');
    expect(askedIn(spec)).toEqual(['generic.ownership']);
    // A lower-case line that names no section still goes on a wrapped sentence.
    const wrapped = ['What you will do:', '- Coach the two junior analysts and', 'review their work every week'];
    expect(askedIn(wrapped.join('\n'))).toContain('generic.mentoring');
  });
});

describe('a unified diff of the ad', () => {
  it('reads what stays or is added, and not what is removed', () => {
    const diff = [
      'diff --git a/jobs/analyst.md b/jobs/analyst.md',
      '--- a/jobs/analyst.md',
      '+++ b/jobs/analyst.md',
      '@@ -3,6 +3,6 @@',
      ' ## What you will do',
      ' - Own the churn model from the first query to the dashboard',
      '-- Mentor two junior analysts',
      '+- Pair with the other analysts on reviews',
      '-You will lead the insights team.',
      '+- Present the churn figures to the board every quarter',
    ].join('\n');
    const ids = askedIn(diff);
    expect(ids).toContain('generic.ownership');
    expect(ids).toContain('generic.communication');
    expect(ids).not.toContain('generic.mentoring');
    expect(ids).not.toContain('generic.technical-leadership');
  });

  it('reads a list in a word diff as a list', () => {
    const wordDiff = ['@@ -1,4 +1,4 @@', '- Mentor two junior analysts', '- Own the churn model {+end to end+}'].join(
      '\n',
    );
    expect(askedIn(wordDiff)).toContain('generic.mentoring');
  });
});

describe('a RACI table', () => {
  it("reads a row the role only is consulted on or informed of as someone else's, and a row it does as asked", () => {
    const page = [
      '## Who does what',
      '',
      '| Activity | Lead Analyst | Head of Data | Finance |',
      '|---|---|---|---|',
      '| Own the monthly revenue model end to end | A/R | C | I |',
      '| Mentoring the graduate analysts | C | A/R | – |',
      '| Resolve disputes over the numbers with finance | I | A | R |',
    ].join('\n');
    const ids = askedIn(page);
    expect(ids).toContain('generic.ownership');
    expect(ids).not.toContain('generic.mentoring');
    expect(ids).not.toContain('generic.conflict');
    // A table of other letters is no RACI table.
    const table = ['| Duty | Share |', '|---|---|', '| Mentoring the graduate analysts | 20% |', '| Reporting | C |'];
    expect(askedIn(table.join('\n'))).toContain('generic.mentoring');
  });
});
