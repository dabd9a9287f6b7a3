// Session 36, task "numbers": a volume told without a verb of work ("Organisation of about 35 weddings a
// year", "I did the tuning of more than 200 rules", "- Airflow → Dagster migration (60 DAGs)") was read as
// the size of a group or nothing, because only a verb made a count the work's. `act-nouns.ts` now reads a
// noun of work by derivation (-ation, -ment, -ion, a gerund, a verb as its own noun) and
// `quantity-nominal-acts.ts` lets it govern the number as its verb would, where the writer does the work.
//
// Every sentence below and in nominal-volumes*.jsonl is our own writing, made up for this test: none is a
// row of a writer set, and none was gathered from public text. The two fixture files were labeled and
// committed before any rule: nominal-volumes.jsonl (12 volumes told by a noun of work, 5 near misses whose
// noun names a body, a thing, a course or a remit) was used while writing the rule;
// nominal-volumes-aside.jsonl (the same mix) was put aside and run once at the end (figures in the commit
// message; its misses are kept below as known misses, not tuned away).
import { describe, expect, it } from 'vitest';
import { actNounVerbs, pastFormsOf } from '#shared/analysis/rules/language/act-nouns';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('nominal-volumes');

/**
 * Rows still read wrong, kept visible rather than tuned away:
 * - nv-011 "Replanting of 2,500 trees …", aside nv-101 "Cataloguing of 4,000 …", nv-112 "Pruning of 800 …":
 *   a line-opening gerund is not read (it is as often a clause's participle, "Consisting of 4 services");
 *   a gerund is read after the writer's verb only ("did the grading of").
 * - nv-014 "Completed a training of 5 days …": a course's length told with "of" is still read as a measure
 *   (durations are outside this rule).
 * - aside nv-115 "Selection of 3 suppliers …": a choice is read as work delivered, as "Selected 3
 *   suppliers" would be; RUBRIC-NOTES says a choice narrowed measures nothing (nouns and verbs of choosing
 *   are left for their own change).
 */
const KNOWN_MISSES = new Set<string>(['nv-011', 'nv-014', 'nv-101', 'nv-112', 'nv-115']);

describe('volumes told by a noun of work (nominal-volumes*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_metric'], 16);
});

describe('actNounVerbs', () => {
  it.each([
    ['migration', 'migrate'],
    ['digitisation', 'digitise'],
    ['organization', 'organize'],
    ['verification', 'verify'],
    ['installation', 'install'],
    ['preparation', 'prepare'],
    ['inspection', 'inspect'],
    ['execution', 'execute'],
    ['supervision', 'supervise'],
    ['expansion', 'expand'],
    ['recruitment', 'recruit'],
    ['assessment', 'assess'],
    ['tuning', 'tune'],
    ['scanning', 'scan'],
    ['maintenance', 'maintain'],
    ['delivery', 'deliver'],
    ['review', 'review'],
  ])('%s is made from %s', (noun, verb) => expect(actNounVerbs(noun)).toContain(verb));

  it.each([
    'department',
    'population',
    'association',
    'duration',
    'region',
    'meeting',
    'building',
    'consisting',
    'including',
    'staff',
    'team',
    'budget',
    'nation',
  ])('%s names no work', (noun) => expect(actNounVerbs(noun)).toEqual([]));

  it('gives the past forms the readers know', () => {
    expect(pastFormsOf('migrate')).toContain('migrated');
    expect(pastFormsOf('scann')).toContain('scanned');
    expect(pastFormsOf('verify')).toContain('verified');
    expect(pastFormsOf('tun')).toContain('tunned');
  });
});
