import { describe, expect, it } from 'vitest';
import {
  addCompetency,
  copyFramework,
  extractJobFocus,
  presetFramework,
  updateCompetency,
  type JobFocus,
} from '#shared/competencies/index';
import { Framework } from '#shared/domain/schemas';

const ml = presetFramework('senior-ml-engineer')!;
const ids = (focus: JobFocus) => focus.competencies.map((c) => c.id);
const quoted = (text: string, focus: JobFocus, id: string) =>
  [...focus.competencies, ...focus.mentioned].find((c) => c.id === id)?.evidence.map((e) => text.slice(e.start, e.end));

const POSTING = `Senior ML Engineer — Example Co 🚀

What you'll do
- Own the fraud models end to end, from framing to launch.
- Mentor two junior engineers and run design reviews.
- Keep models healthy: monitoring for drift, on-call and rollbacks.

Requirements
- Python, PyTorch, Kafka, Kubernetes, SQL.

Nice to have
- You have resolved disagreements between teams.`;

describe('extractJobFocus', () => {
  it('finds the asked-for competencies with quotes at exact offsets (emoji before them included)', () => {
    const focus = extractJobFocus(POSTING, ml);
    expect(ids(focus)).toEqual(expect.arrayContaining(['ml.ownership', 'ml.mentoring', 'ml.production-reliability']));
    expect(quoted(POSTING, focus, 'ml.ownership')).toEqual(['Own', 'end to end', 'from framing to launch']);
    expect(quoted(POSTING, focus, 'ml.mentoring')).toEqual(['Mentor']);
    for (const c of [...focus.competencies, ...focus.mentioned]) {
      expect(c.evidence.length).toBeGreaterThan(0);
      for (const e of c.evidence) {
        expect(e.end).toBeGreaterThan(e.start);
        expect(POSTING.slice(e.start, e.end).trim()).toBe(POSTING.slice(e.start, e.end));
      }
    }
  });

  it('keeps a nice-to-have competency out of the focus, offered as a passing mention', () => {
    const focus = extractJobFocus(POSTING, ml);
    expect(ids(focus)).not.toContain('ml.conflict');
    expect(focus.mentioned.map((c) => c.id)).toContain('ml.conflict');
    expect(focus.mentioned.find((c) => c.id === 'ml.conflict')?.evidence[0].emphasis).toBe('nice-to-have');
    // The same words asked for count in full.
    const asked = extractJobFocus('Responsibilities:\nResolve disagreements between teams.', ml);
    expect(ids(asked)).toContain('ml.conflict');
  });

  it('treats "is a plus" sentences and the company blurb as passing mentions', () => {
    const text =
      'About us\nWe value mentoring and ownership.\n\nThe role\nBuild models. Mentoring experience is a plus.';
    const focus = extractJobFocus(text, ml);
    expect(ids(focus)).toEqual([]);
    expect(focus.mentioned.map((c) => c.id).sort()).toEqual(['ml.mentoring', 'ml.ownership']);
  });

  it('turns a requirements list of tools into keywords, not competencies', () => {
    const text =
      'Required skills:\nPython, PySpark, Databricks, Airflow, AWS (S3, EMR), Snowflake, dbt, Terraform, Docker';
    const focus = extractJobFocus(text, ml);
    expect(focus.competencies).toEqual([]);
    expect(focus.keywords.map((k) => k.text)).toEqual([
      'Python',
      'PySpark',
      'Databricks',
      'Airflow',
      'AWS',
      'S3',
      'EMR',
      'Snowflake',
      'dbt',
      'Terraform',
      'Docker',
    ]);
    for (const k of focus.keywords) expect(text.slice(k.start, k.end)).toBe(k.text);
  });

  it('reports seniority signals with evidence, including years of experience', () => {
    const focus = extractJobFocus(POSTING + '\n5+ years of experience. Influence without authority.', ml);
    const signal = (id: string) => focus.signals.find((s) => s.id === id);
    expect(signal('ownership')?.evidence.length).toBeGreaterThan(0);
    expect(signal('production')).toBeDefined();
    expect(signal('influence')).toBeDefined();
    const years = signal('experience')!.evidence[0];
    expect(POSTING.length).toBeLessThan(years.start);
  });

  it('does not read "product" as production (they share a stem)', () => {
    const focus = extractJobFocus('Work closely with product managers on our product roadmap.', ml);
    expect(focus.signals.map((s) => s.id)).not.toContain('production');
    const prod = extractJobFocus('Ship models to production and productionize pipelines.', ml);
    expect(prod.signals.find((s) => s.id === 'production')?.evidence).toHaveLength(2);
  });

  it('is deterministic and handles empty or word-less text', () => {
    expect(extractJobFocus(POSTING, ml)).toEqual(extractJobFocus(POSTING, ml));
    expect(extractJobFocus('', ml)).toEqual({ competencies: [], mentioned: [], signals: [], keywords: [] });
    expect(extractJobFocus('—— ✨ !!! ——', ml).competencies).toEqual([]);
  });

  it('uses the lexicon of a copied framework, which the user can edit', () => {
    const copy = copyFramework(ml, { id: 'framework_jd1' });
    expect(Framework.safeParse(copy).success).toBe(true);
    expect(copy.competencies.find((c) => c.id === 'ml.impact')?.lexicon?.length).toBeGreaterThan(3);
    const text = 'You will obsess over unit economics.';
    expect(ids(extractJobFocus(text, copy))).toEqual([]);
    const impact = copy.competencies.find((c) => c.id === 'ml.impact')!;
    const edited = updateCompetency(copy, 'ml.impact', { lexicon: [...impact.lexicon!, 'unit economics'] });
    expect(ids(extractJobFocus(text, edited))).toEqual(['ml.impact']);
    const silenced = updateCompetency(copy, 'ml.ownership', { lexicon: [] });
    expect(ids(extractJobFocus('Own the roadmap end to end.', silenced))).not.toContain('ml.ownership');
  });

  it("finds a user's own competency by its name when it has no lexicon", () => {
    const mine = addCompetency(copyFramework(ml, { id: 'framework_jd2' }), {
      name: 'Research taste',
      description: 'Picks good problems.',
    });
    const focus = extractJobFocus('We want someone with research taste.', mine);
    expect(focus.competencies.map((c) => mine.competencies.find((x) => x.id === c.id)?.name)).toEqual([
      'Research taste',
    ]);
  });
  it('weighs the blurb, values, benefits, equal-opportunity text and small talk at nothing', () => {
    const text = [
      'Staff Engineer, Tech Lead — Fernway',
      'Fernway helps 3,000 clinics. We value ownership, mentoring and candid feedback.',
      '',
      'Our values',
      'Own it. Coach each other. Resolve conflict early.',
      '',
      'What you will do',
      '- Build the scheduling service.',
      '',
      'Benefits',
      '- A mentoring programme and a learning budget.',
      '',
      'We are an equal opportunity employer and value people who take ownership of their growth.',
      "Hi! I'm partnering with Fernway on this search; happy to collaborate with you on your application.",
    ].join('\n');
    const focus = extractJobFocus(text, ml);
    expect(ids(focus)).toEqual([]);
    for (const c of focus.mentioned) expect(c.weight).toBe(0);
  });

  it('counts nice-to-have mentions toward nothing, however many there are', () => {
    const text =
      'Nice to have\n- Mentoring.\n- You have mentored interns.\n- Coaching juniors.\n- Helping engineers grow.';
    const focus = extractJobFocus(text, ml);
    expect(ids(focus)).toEqual([]);
    expect(focus.mentioned.map((c) => c.id)).toEqual(['ml.mentoring']);
  });

  it('reads an ad with no headings by who each sentence speaks of', () => {
    const text =
      'Mosscroft runs payroll for 900 firms, and our team owns the tax engine end to end.\n' +
      'You would own the payroll models end to end and mentor two engineers.';
    const focus = extractJobFocus(text, ml);
    expect(ids(focus).sort()).toEqual(['ml.mentoring', 'ml.ownership']);
    expect(quoted(text, focus, 'ml.ownership')).toEqual(['end to end', 'own', 'end to end']);
    expect(ids(extractJobFocus('Mentor engineers. Own the models end to end.', ml)).sort()).toEqual([
      'ml.mentoring',
      'ml.ownership',
    ]);
  });

  it('leaves out what the ad denies, and what others own', () => {
    const text = [
      'Responsibilities',
      '- No on-call duties: the platform team runs production.',
      "- You won't set the technical strategy; our CTO owns the roadmap.",
      '- This is not a people-management role.',
      '- Not just shipping models: keeping them healthy with monitoring and alerting.',
    ].join('\n');
    const focus = extractJobFocus(text, ml);
    expect(ids(focus)).toEqual(['ml.production-reliability']);
    expect(quoted(text, focus, 'ml.production-reliability')).toEqual(['monitoring', 'alerting']);
  });

  it('does not read owning a quality, "we are hiring" or equity ownership as ownership or mentoring', () => {
    const text = [
      'We are hiring a Staff engineer.',
      'What you will do',
      '- Own the reliability of the payments API and its latency budget.',
      '- Equity ownership for everyone.',
    ].join('\n');
    const focus = extractJobFocus(text, ml);
    expect(ids(focus)).toEqual(['ml.production-reliability']);
    expect(focus.mentioned.map((c) => c.id)).not.toContain('ml.mentoring');
  });
  it('reads the hard negatives real ads carry as no competency', () => {
    const text = [
      'What you will do',
      '- Build end-to-end data pipelines and end-to-end testing for the ledger.',
      '- Implement communication protocols (CAN, SPI) for the charger.',
      '- Weigh the total cost of ownership of each vendor.',
      '- Build our sync engine on conflict-free replicated data types.',
      '- Own delivery of the quarterly roadmap.',
      'We offer mentorship, a learning budget and a competitive salary.',
    ].join('\n');
    const found = extractJobFocus(text, ml);
    expect(ids(found)).toEqual(['ml.tradeoffs']);
    const generic = presetFramework('generic-senior-staff')!;
    expect(ids(extractJobFocus(text, generic)).sort()).toEqual(['generic.execution', 'generic.judgment']);
  });

  it('reads "preferably" and "Desired" as a bonus, and "w/" as "with"', () => {
    expect(ids(extractJobFocus('Requirements\n- Preferably experience mentoring juniors.', ml))).toEqual([]);
    expect(ids(extractJobFocus('Desired:\n- Experience mentoring juniors.', ml))).toEqual([]);
    expect(ids(extractJobFocus('You will\n- Partner w/ product and design.', ml))).toEqual(['ml.collaboration']);
  });
  it('takes signals and keywords from the role, not from the blurb, perks or headings', () => {
    const text = [
      'SENIOR COMPUTER VISION ENGINEER',
      'Orchard Vision Labs | Fresno, CA',
      'We value ownership, and our vision is a million healthy orchards.',
      '',
      'WHAT YOU WILL DO',
      '- Go deep on detection models in computer vision, with no direct reports.',
      '- Set the technical direction for the perception stack.',
      '- Write Go and Python services; no on-call.',
      '',
      'Benefits',
      '- 401k, PTO, an EEO employer (DOE).',
    ].join('\n');
    const focus = extractJobFocus(text, ml);
    const signal = (id: string) =>
      focus.signals.find((s) => s.id === id)?.evidence.map((e) => text.slice(e.start, e.end)) ?? [];
    expect(signal('ownership')).toEqual([]);
    expect(signal('scale')).toEqual([]);
    expect(signal('strategy')).toEqual(['direction']);
    expect(signal('production')).toEqual([]);
    expect(focus.keywords.map((k) => k.text)).toEqual(['COMPUTER VISION', 'Go', 'Python']);
  });
  it('does not take a competency from one word used in another sense', () => {
    const generic = presetFramework('generic-senior-staff')!;
    const text = [
      'Responsibilities',
      '- Work with the product owner on services written in Go.',
      '- Tune ResNet backbone networks and the presentation layer.',
      '- Speed up query execution and the trade execution engine.',
      '- Declare any conflict of interest; set job alerts.',
      '- The new ranker runs alongside the old one.',
    ].join('\n');
    expect(ids(extractJobFocus(text, ml))).toEqual([]);
    expect(ids(extractJobFocus(text, generic))).toEqual([]);
    // The same words in their sense for the role still count.
    const asked = 'Responsibilities\n- Clear written reports.\n- Show backbone when it matters.\n- Strong execution.';
    expect(ids(extractJobFocus(asked, generic)).sort()).toEqual([
      'generic.communication',
      'generic.conflict',
      'generic.execution',
    ]);
  });
  it('keeps the sections of an ad pasted as one long line', () => {
    const text =
      'Senior ML Engineer - Quayside. Quayside insures 90,000 boats. ' +
      'Responsibilities: - Mentor two engineers - Own the claims model end to end - Keep it healthy with alerting ' +
      'Nice to have: - You have resolved disagreements between teams. ' +
      'Benefits: a mentoring programme, a learning budget.';
    const focus = extractJobFocus(text, ml);
    expect(ids(focus).sort()).toEqual(['ml.mentoring', 'ml.ownership', 'ml.production-reliability']);
    expect(focus.mentioned.map((c) => c.id)).toContain('ml.conflict');
  });
  it('reads " - " as a list break, so "Own" after a flattened bullet is the hire\'s', () => {
    const text =
      'Head of Data - Fernhill Schools. What you will do: - Hire and coach three analysts, career growth - ' +
      'Own the reporting platform for 40 schools - Keep it running.';
    expect(ids(extractJobFocus(text, ml))).toContain('ml.ownership');
  });

  it('keeps a two-word bonus heading whole and its unbulleted lines a bonus', () => {
    for (const heading of ['Preferred Qualifications:', 'Desired Skills:', 'Bonus Requirements:']) {
      const text = `Responsibilities:\nBuild the pricing models\n\n${heading}\nExperience coaching junior analysts\nStrong mentoring skills\n`;
      const focus = extractJobFocus(text, ml);
      expect(ids(focus), heading).not.toContain('ml.mentoring');
      expect(focus.mentioned.map((c) => c.id)).toContain('ml.mentoring');
    }
  });
  it('reads users named by the domain as customers, and team members as colleagues', () => {
    const generic = presetFramework('generic-senior-staff')!;
    const asks = (line: string) => ids(extractJobFocus(`Responsibilities\n- ${line}`, generic));
    for (const line of ['Talk to patients and their families.', 'Run member interviews every month.'])
      expect(asks(line), line).toContain('generic.customer-focus');
    for (const line of [
      'Talk to team members about their goals.',
      'Shadow a senior team member in your first month.',
      'Cut client calls to the billing API by batching.',
      'Write kernel drivers and understand how drivers interact with DMA.',
    ])
      expect(asks(line), line).not.toContain('generic.customer-focus');
  });
  it('reads a sentence hard-wrapped across lines, as PDF text is, as one clause', () => {
    const wrapped = 'Key responsibilities\n1. Explain the results of each pricing\nreview to the board.';
    expect(quoted(wrapped, extractJobFocus(wrapped, ml), 'ml.communication')).toEqual([
      'Explain the results of each pricing\nreview to',
    ]);
    // A bullet or a blank line after the break still ends the clause.
    const listed = 'Responsibilities\n- Build the platform end\n- to end tests for it';
    expect(ids(extractJobFocus(listed, ml))).not.toContain('ml.ownership');
  });

  it("reads the role's summary under a purpose heading, or with the title as subject, as the role", () => {
    const pdf =
      'Lead Data Engineer\nAcme Insurance Group\nRole purpose\nThe Lead Data Engineer is accountable for the design, build\nand running of the data platform, and mentors two engineers.';
    expect(ids(extractJobFocus(pdf, ml))).toEqual(expect.arrayContaining(['ml.ownership', 'ml.mentoring']));
    const holder = 'Senior Analyst\nThe postholder will mentor two junior analysts.';
    expect(ids(extractJobFocus(holder, ml))).toContain('ml.mentoring');
    // The company speaking of itself still weighs nothing.
    const blurb = 'Senior Analyst\nAcme is a bank that mentors small firms.';
    expect(ids(extractJobFocus(blurb, ml))).not.toContain('ml.mentoring');
  });

  it('reads a "Salary: …" field line as about the company, not as the heading of what follows', () => {
    const ad =
      'Head of Data\nSalary: £60,000 | Location: Leeds\nWe are seeking a Head of Data to lead a team of four analysts.';
    expect(ids(extractJobFocus(ad, ml))).toContain('ml.leadership');
  });

  it('reads a marked line over a list marked with another glyph as its heading (pasted page toggles)', () => {
    const page =
      'Data Engineer\n\n▸ Your first quarter\n☐ Take the bookings pipeline over from Jonas\n☐ Pair with our intern twice a week';
    expect(ids(extractJobFocus(page, ml))).toEqual(expect.arrayContaining(['ml.ownership', 'ml.mentoring']));
  });

  it('does not read a derived noun for the verb the stemmer cuts it to, or the reverse', () => {
    for (const line of [
      'Document work in Confluence.',
      'Support the community of practice.',
      'Observe how the line runs.',
    ])
      expect(ids(extractJobFocus(`Responsibilities\n- ${line}`, ml)), line).toEqual([]);
    expect(ids(extractJobFocus('Responsibilities\n- Improve observability of the fleet.', ml))).toContain(
      'ml.production-reliability',
    );
  });

  it('knows the section headings ads commonly use for the role and for a bonus', () => {
    const under = (heading: string) =>
      ids(extractJobFocus(`Senior Engineer\n\n${heading}\nMentor two junior engineers on the team\n`, ml));
    for (const heading of [
      'Key accountabilities',
      'Main tasks',
      'The challenge',
      'Role overview',
      'Essential criteria',
    ])
      expect(under(heading), heading).toContain('ml.mentoring');
    for (const heading of [
      'What sets you apart',
      'Advantageous',
      'Company overview',
      'Perks & benefits',
      'Nice extras',
    ])
      expect(under(heading), heading).not.toContain('ml.mentoring');
  });

  it('keeps the senses of words that also name a competency out of it', () => {
    for (const line of [
      'Facilitate data access for analysts.',
      'Admit patients to the ward.',
      'Make data accessible to the analysts.',
      'Keep the one-page summary current.',
      'Support internal tooling.',
      "You'll join a team of friendly, collaborative people.",
    ])
      expect(ids(extractJobFocus(`Responsibilities\n- ${line}`, ml)), line).toEqual([]);
  });

  it('reads the company hiring, in any tense, as no mentoring of the hire', () => {
    for (const line of [
      "We'll hire two more engineers next year.",
      'We will hire five analysts this spring.',
      "They'd hire three designers once the round closes.",
    ])
      expect(ids(extractJobFocus(`Responsibilities\n- ${line}`, ml)), line).toEqual([]);
    expect(ids(extractJobFocus('Responsibilities\n- You will hire three engineers and grow them.', ml))).toEqual([
      'ml.mentoring',
    ]);
  });

  it('reads each column of a "| Must have | Nice to have |" table with its own emphasis', () => {
    const text = [
      'Senior Platform Engineer',
      '',
      '| Essential | Desirable |',
      '|---|---|',
      '| You have led the design of a service several teams use | You have mentored junior engineers |',
      '| You have been on call for a busy service | You have spoken at meetups |',
      '',
      '| Our values | |',
      '|---|---|',
      '| Better together | We coach each other |',
    ].join('\n');
    const focus = extractJobFocus(text, ml);
    expect(ids(focus)).toEqual(['ml.leadership', 'ml.production-reliability']);
    expect(focus.mentioned.map((c) => c.id)).toContain('ml.mentoring');
  });

  it('leaves out a phrase its own clause denies or gives to others after it', () => {
    for (const line of [
      'On-call is not part of this role.',
      "Leading a team isn't expected in the first year.",
      'Incidents are handled by our SRE team.',
      'Monitoring is done by a separate operations team.',
      'Direct reports: none',
    ])
      expect(ids(extractJobFocus(`Responsibilities\n- ${line}`, ml)), line).toEqual([]);
    for (const [line, id] of [
      ['Mentoring is part of the job.', 'ml.mentoring'],
      ['Incidents are handled by you and one other engineer.', 'ml.production-reliability'],
      ['Mentoring juniors is not only expected, it is celebrated.', 'ml.mentoring'],
      ['Communication is not optional.', 'ml.communication'],
    ])
      expect(ids(extractJobFocus(`Responsibilities\n- ${line}`, ml)), line).toEqual([id]);
  });

  it("reads the company's values in its own voice as about the company, in any section", () => {
    for (const line of [
      'We value ownership, candour and learning from our mistakes.',
      'Our culture is built on collaboration and mentorship.',
      'At Acme, we believe in coaching and growth.',
    ])
      expect(ids(extractJobFocus(`Responsibilities\n- ${line}`, ml)), line).toEqual([]);
    expect(
      ids(extractJobFocus('Responsibilities\n- We value clear writing, so you will write the design docs.', ml)),
    ).toEqual(['ml.communication']);
  });

  it("reads a hiring manager's hard-wrapped prose about the hire, in the third person, as the role", () => {
    const text = [
      'From: Tom (Head of Pricing)',
      '',
      "Here's what I need. They'll own our renewal pricing models end to end, including what happens once they",
      'are live, and they will have to decide, more than once, between a model that is accurate and one that is',
      'simple enough to explain, and make that call sensibly.',
    ].join('\n');
    expect(ids(extractJobFocus(text, ml)).sort()).toEqual(['ml.ownership', 'ml.tradeoffs']);
  });

  it('reads a short numbered line that names a section as its heading, and a bracketed "nice" as a bonus', () => {
    const text = [
      'Senior ML Engineer (contract)',
      '3. Deliverables',
      'D2 Model in shadow mode (week 10)',
      'Mentors two analysts [nice: 2+]',
    ].join('\n');
    const focus = extractJobFocus(text, ml);
    expect(ids(focus)).toEqual(['ml.production-reliability']);
    expect(focus.mentioned.map((c) => c.id)).toContain('ml.mentoring');
  });

  it("reads bare MUST / NICE headings of a manager's notes, and the interview steps as no part of the job", () => {
    const text = [
      'Notes for the agency',
      '',
      'MUST',
      '- has carried the pager for services other teams depend on',
      'NICE',
      '- has mentored a junior',
      '',
      'Hiring manager screen is 30 min, then a coding round and a debugging round.',
      'A 45-minute intro call, a take-home and a pairing session with two engineers.',
    ].join('\n');
    const focus = extractJobFocus(text, ml);
    expect(ids(focus)).toEqual(['ml.production-reliability']);
    expect(focus.mentioned.map((c) => c.id)).toContain('ml.mentoring');
    // The hire running interviews is a duty, and a pipeline's first stage is no interview stage.
    expect(ids(extractJobFocus("Duties\n- You'll sit on technical interviews and grow the juniors.", ml))).toContain(
      'ml.mentoring',
    );
    expect(ids(extractJobFocus('Duties\n- Conduct technical interviews and grow the juniors.', ml))).toContain(
      'ml.mentoring',
    );
    expect(ids(extractJobFocus('Duties\n- Own the first stage of the ingestion pipeline end to end.', ml))).toEqual([
      'ml.ownership',
    ]);
  });

  it('reads rows of a pipe table before any heading, and "›" lines, as items of the role', () => {
    const text = [
      'Support Lead, Oakridge Water',
      '| Part of the job | In practice |',
      '|---|---|',
      '| The team | Mentor the six advisers and run their weekly one-to-ones |',
      '',
      'You would suit this if you:',
      '› talk to customers every week to understand their pain points',
    ].join('\n');
    const focus = extractJobFocus(text, presetFramework('generic-senior-staff')!);
    expect(ids(focus)).toEqual(expect.arrayContaining(['generic.mentoring', 'generic.customer-focus']));
  });

  it('reads a person specification\'s "D" or "Desirable" column as a bonus and its "E" rows as asked', () => {
    const text = [
      'Person specification                                   E/D   Assessed',
      'Experience of presenting results to senior audiences         E     A/I',
      'Experience of coaching junior analysts                        D     I',
      'Budget management                                  Desirable',
    ].join('\n');
    const focus = extractJobFocus(text, ml);
    expect(ids(focus)).toEqual(['ml.communication']);
    expect(focus.mentioned.map((c) => c.id)).toContain('ml.mentoring');
    // The same marks as cells of a pipe table.
    const table = [
      '| Criterion | E/D | Assessed |',
      '|---|---|---|',
      '| Explaining results to senior audiences | E | Interview |',
      '| Mentoring junior staff | D | Interview |',
    ].join('\n');
    expect(ids(extractJobFocus(table, ml))).toEqual(['ml.communication']);
  });

  it('reads "happy to" as a requirement unless it is the recruiter offering to chat or help', () => {
    expect(
      ids(extractJobFocus('About you\n- happy to explain your plan to the managers who disagree with it', ml)),
    ).toEqual(expect.arrayContaining(['ml.communication']));
    expect(ids(extractJobFocus('Happy to chat about how you would mentor the team.', ml))).toEqual([]);
  });

  it("reads what a named person or a group does as theirs, not the role's", () => {
    for (const line of [
      'Not a lead role: Marta sets the team priorities and runs the standups.',
      'The clinical board decides which wards get the new rota.',
      'Sanjay still leads the platform team; you would join it.',
    ])
      expect(ids(extractJobFocus(`Responsibilities\n- ${line}`, ml)), line).toEqual([]);
    expect(ids(extractJobFocus('Responsibilities\n- You will lead the platform team.', ml))).toEqual(['ml.leadership']);
    expect(ids(extractJobFocus('Responsibilities\n- The Senior Analyst leads the platform team.', ml))).toEqual([
      'ml.leadership',
    ]);
  });

  it('reads an irregular past as its verb, and "we\'re finally hiring" or a hiring manager as the company', () => {
    expect(ids(extractJobFocus('About you\n- has written design docs that other teams read', ml))).toContain(
      'ml.communication',
    );
    expect(ids(extractJobFocus("We're finally hiring a lead! Hiring manager: Dev.", ml))).toEqual([]);
  });

  it("reads a FAQ's answer as going on from its question", () => {
    const text = [
      'Practice Nurse — FAQ',
      'Q: Who will I work with?',
      'A: The pharmacy team, the two GPs and the reception staff.',
      'Q: Who will I work with? A: Mostly on your own.',
    ].join('\n');
    const focus = extractJobFocus(text, ml);
    expect(ids(focus)).toEqual(['ml.collaboration']);
    expect(quoted(text, focus, 'ml.collaboration')).toEqual([
      'work with?\nA: The pharmacy team',
      'with?\nA: The pharmacy team',
    ]);
  });

  it("reads a draft's review notes, and what they strike out, as no part of the ad", () => {
    const draft = [
      'What you will do',
      '- ~~Lead a team of two analysts~~ [Comment – Raj: removed, no reports in this role]',
      'Deleted: Mentor trainee teachers on placement.',
      'Commented [JM3]: Removed as agreed; we coach every new teacher ourselves.',
      '- Write short notes explaining each new metric to the store managers',
      '- Decide when a simpler model is good enough[b]',
      '- Resolve disagreements between the two sales teams[c]',
      '[b]Ravi: keep this, it matters',
      '[c]Naomi: move to nice to have?',
      'Ravi: agreed. Also add something about leading the squad and mentoring.',
    ].join('\n');
    const focus = extractJobFocus(draft, ml);
    expect(ids(focus).sort()).toEqual(['ml.communication', 'ml.tradeoffs']);
    expect(focus.mentioned.find((c) => c.id === 'ml.conflict')?.evidence[0].emphasis).toBe('nice-to-have');
    const crossed = extractJobFocus('Duties\n- Own the dbt project[a]\n\n[a]Dana: please delete this line', ml);
    expect(ids(crossed)).toEqual([]);
  });

  it("reads a manager's wish with the hire as its object as the role, and 'There is on-call' as no company", () => {
    expect(ids(extractJobFocus("I'd want them pairing with our two juniors most days.", ml))).toEqual(['ml.mentoring']);
    expect(ids(extractJobFocus("I'd love you to send your CV and tell us how you mentor juniors.", ml))).toEqual([]);
    expect(ids(extractJobFocus('There is on-call, one week in five.', ml))).toEqual(['ml.production-reliability']);
  });

  it("reads a thing said to be the hire's as ownership, and the people served named as theirs as customer focus", () => {
    const generic = presetFramework('generic-senior-staff')!;
    expect(ids(extractJobFocus("Duties\n- It's old, has no tests, and it's going to be theirs.", ml))).toEqual([
      'ml.ownership',
    ]);
    expect(ids(extractJobFocus('Duties\n- The weekends are yours, and so is the choice of laptop.', ml))).toEqual([]);
    expect(ids(extractJobFocus('Duties\n- The care coordinators are who this person builds for.', generic))).toEqual([
      'generic.customer-focus',
    ]);
  });

  it('reads "them" as the people named just before it, and not as a thing', () => {
    expect(
      ids(extractJobFocus('Duties\n- Our two apprentices are new, so support them through the year.', ml)),
    ).toEqual(['ml.mentoring']);
    expect(
      ids(extractJobFocus('Duties\n- The actuaries own the assumptions; work with them on each change.', ml)),
    ).toEqual(['ml.collaboration']);
    expect(ids(extractJobFocus('Duties\n- Build the dashboards and then support them for a year.', ml))).toEqual([]);
  });

  it('reads drift as the noun a model has, not a count that drifts', () => {
    expect(ids(extractJobFocus('Duties\n- Monitor the models for drift.', ml))).toEqual(['ml.production-reliability']);
    expect(ids(extractJobFocus("Duties\n- When a shop's stock count drifts, find out why.", ml))).not.toContain(
      'ml.production-reliability',
    );
  });
});
