// A profile line describes the writer, not their work (RUBRIC.md: skill lists and self-descriptions
// are no claims): "Interested in …", "Experienced with …", "Having 9 years of experience in …". The
// head word reads as a past form or the line names an activity noun, which the resume-line readings
// took for an act. A clause that tells an act, or "having" before a past form, keeps the claim.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('profile lines', () => {
  it.each([
    'Interested in search ranking, data contracts and on-call tooling.',
    'Experienced with Postgres, Redis and Terraform',
    'Experienced in building payment platforms for marketplaces',
    'Skilled in conflict de-escalation and safeguarding.',
    'Passionate about inclusive design for older users',
    'Specialist in coastal erosion surveys in the north-east',
    'Having 12 years of experience in warehouse operations and WMS rollouts.',
    'Having a strong background in clinical audit.',
  ])('%s: no claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });

  it.each([
    'Having led two site moves, I rewrote the relocation checklist.',
    'Having rebuilt the intake form, we cut the triage queue in half.',
    'Experienced a sharp rise in returns after the redesign, so I reworked the sizing guide.',
    'Interested in ops research; currently building the new routing model for our vans.',
    'Expert in forecasting; built the demand model used by 40 stores.',
  ])('%s: a claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(true);
  });

  it.each(['Approved electrician (NICEIC), 2018', 'Approved driving instructor'])(
    '%s: a credential, no claim',
    (text) => {
      expect(sentenceFacts(text).isClaim).toBe(false);
    },
  );

  it('an approval with an object stays a claim', () => {
    expect(sentenceFacts('Approved 40 supplier invoices a day for the finance team.').isClaim).toBe(true);
  });
});
