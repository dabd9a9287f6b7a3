// Wordings of ads outside software (wards, kitchens, control rooms, sites), each with the near miss that must stay
// unread. The lines are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { extractJobFocus, presetFramework } from '#shared/competencies/index';

const ml = presetFramework('senior-ml-engineer')!;
const asked = (line: string) =>
  extractJobFocus(`Responsibilities\n- ${line}`, ml)
    .competencies.map((c) => c.id)
    .sort();

describe('a participle joined by a hyphen is a compound adjective', () => {
  it('reads no leading or owning in "a nurse-led clinic" or "a family-owned bakery"', () => {
    expect(asked('Coordinate the nurse-led clinic on Tuesdays')).not.toContain('ml.leadership');
    expect(asked('Keep the family-owned bakery stocked')).not.toContain('ml.ownership');
  });
  it('still reads a prefixed verb: "co-lead the platform team"', () => {
    expect(asked('Co-lead the platform team with the head of data')).toContain('ml.leadership');
  });
});

describe('a place of work run alone', () => {
  it('is ownership: "run the day unit independently", "run the branch on your own"', () => {
    expect(asked('Run the day unit independently at weekends')).toContain('ml.ownership');
    expect(asked('Run the branch on your own when the manager is on leave')).toContain('ml.ownership');
  });
  it('is not when nothing of the kind is run: "run the analyses independently", "work independently"', () => {
    expect(asked('Run the analyses independently')).not.toContain('ml.ownership');
    expect(asked('Work independently and manage your own diary')).not.toContain('ml.ownership');
  });
});

describe('an incident taken charge of', () => {
  it('is on-call work, not ownership', () => {
    const read = asked('Take charge of emergencies on the ward until the registrar arrives');
    expect(read).not.toContain('ml.ownership');
    expect(asked('Take charge of the stock room and its ordering')).toContain('ml.ownership');
  });
});

describe('students and newly qualified staff supervised', () => {
  it('is mentoring: "supervise and teach student paramedics", "support newly qualified pharmacists"', () => {
    expect(asked('Supervise and teach student paramedics on placement')).toContain('ml.mentoring');
    expect(asked('Support newly qualified pharmacists in their first year')).toContain('ml.mentoring');
  });
  it('is no mentoring when the people supervised are the work of a shift ("supervise the night deliveries")', () => {
    expect(asked('Supervise the night deliveries and check them in')).not.toContain('ml.mentoring');
  });
});

describe('each event learned from', () => {
  it('is failure & learning: "learn from every complaint", "so they don\'t happen again"', () => {
    expect(asked('Go through every complaint with the team so that we learn from every one')).toContain(
      'ml.failure-learning',
    );
    expect(asked("Look into falls on the ward and change the routine so they don't happen again")).toContain(
      'ml.failure-learning',
    );
  });
  it('is not a team that learns from each other', () => {
    expect(asked('Learn from each other in a friendly kitchen')).not.toContain('ml.failure-learning');
  });
});

describe('upset people called "ones"', () => {
  it('is conflict: "take the calls from the upset ones"', () => {
    expect(asked('Take the calls from the upset ones yourself')).toContain('ml.conflict');
  });
  it('is not "the difficult ones", which may be tasks', () => {
    expect(asked('Pick up the difficult ones from the repair queue')).not.toContain('ml.conflict');
  });
});

describe('standards kept in the generic framework', () => {
  const generic = presetFramework('generic-senior-staff')!;
  const read = (line: string) => extractJobFocus(`Responsibilities\n- ${line}`, generic).competencies.map((c) => c.id);
  it('is quality: "keep hygiene standards high", "host the fire safety inspections"', () => {
    expect(read('Keep hygiene standards high across both kitchens')).toContain('generic.quality');
    expect(read('Host the fire safety inspections for the site')).toContain('generic.quality');
  });
  it('is not a high street or a hosted event', () => {
    expect(read('Keep the high street shop stocked')).not.toContain('generic.quality');
    expect(read('Host the summer open day for families')).not.toContain('generic.quality');
  });
});

describe('a life told by its stages', () => {
  it('is ownership: "the booking system, from design to handover", "from build to run"', () => {
    expect(asked('Look after the new booking system, from design to handover')).toContain('ml.ownership');
    expect(asked('You are responsible for the pricing models from build to run')).toContain('ml.ownership');
  });
  it('is not a move between teams: "from development to operations teams"', () => {
    expect(asked('Pass the tickets from development to operations teams')).not.toContain('ml.ownership');
  });
});

describe('explained until the audience understands', () => {
  it('is communication', () => {
    expect(asked('Explain the forecasts so that the store managers understand them')).toContain('ml.communication');
  });
  it('is not an explanation for the hire to follow', () => {
    expect(asked('Understand the forecasts well enough to use them')).not.toContain('ml.communication');
  });
});
