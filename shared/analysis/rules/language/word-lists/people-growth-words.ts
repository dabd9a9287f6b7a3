// Words for what the people a writer developed went on to do (RUBRIC-NOTES: the people a writer
// hired, trained, coached or mentored are a count of the work; their promotions are an outcome):
// the verbs that develop people, and the steps of a person's growth told after them ("two promoted
// within a year", "three of whom made AE", "both got return offers", "who went on to lead …").
import { lemmaSet, wordSet } from './lemma-set';

/** Verbs of developing people, by lemma: whoever they name are the writer's mentees, trainees or hires. */
export const DEVELOPING_VERBS = lemmaSet('developing-verbs', [
  'mentor',
  'coach',
  'train',
  'tutor',
  'hire',
  'onboard',
  'recruit',
  'teach',
  'precept',
  'supervise',
]);

/** Things a writer trains that are not people: "trained 3 models; two passed the offline eval". */
export const TRAINED_THINGS = wordSet('trained-things', [
  'model',
  'models',
  'classifier',
  'classifiers',
  'ranker',
  'network',
  'networks',
  'embeddings',
  'llm',
  'llms',
]);

/** Steps of growth a person takes by themselves, by lemma: "promoted", "passed", "qualified", "graduated". */
export const GROWTH_STEPS = lemmaSet('growth-steps', ['promote', 'pass', 'qualify', 'graduate', 'advance', 'progress']);

/** Verbs of receiving, read as growth only with a GROWTH_NOUNS object: "got return offers", "earned a scholarship". */
export const GROWTH_RECEIVING = lemmaSet('growth-receiving', ['get', 'land', 'earn', 'receive', 'win', 'secure']);

/** What a person in growth receives (nouns; plurals match): an offer, a promotion, a place. */
export const GROWTH_NOUNS = lemmaSet(
  'growth-nouns',
  [
    'offer',
    'promotion',
    'role',
    'job',
    'place',
    'position',
    'scholarship',
    'award',
    'distinction',
    'certification',
    'licence',
    'license',
    'internship',
    'residency',
    'fellowship',
    'raise',
  ],
  [],
  { nouns: true },
);

/** Verbs a grown person does afterwards, read as growth only after "now", "later" or "went on to": "two now lead squads". */
export const GROWTH_LATER = lemmaSet('growth-later', [
  'lead',
  'run',
  'manage',
  'own',
  'head',
  'mentor',
  'teach',
  'train',
]);

/** Words that start a clause naming the people already counted: "two", "both", "all of whom", "who". */
export const PEOPLE_BACK_REFERENCES = wordSet('people-back-references', [
  'both',
  'all',
  'most',
  'half',
  'several',
  'many',
  'each',
  'who',
  'they',
]);

/** The people a writer leads, counted back to as their own ("two of my reports"): grown, they are the writer's outcome. */
export const LED_PEOPLE = lemmaSet('led-people', ['report', 'apprentice', 'junior', 'mentee', 'trainee'], [], {
  nouns: true,
});

/** Words after "joined" that make it a place taken for good: "two of whom joined full-time", "joined permanently". */
export const PERMANENT_PLACES = wordSet('permanent-places', ['full', 'permanently', 'permanent', 'payroll']);

/** Places in a person's life the writer helped people (back) into: "helped 12 clients into work", "back into college". */
export const LIFE_PLACES = lemmaSet(
  'life-places',
  ['work', 'employment', 'job', 'education', 'college', 'university', 'training', 'apprenticeship', 'housing', 'home'],
  [],
  { nouns: true },
);
/** Verbs of bringing people somewhere with help: "helped", "supported", "got", "coached", "guided". */
export const HELPING_VERBS = lemmaSet('helping-verbs', ['help', 'support', 'get', 'coach', 'guide']);
