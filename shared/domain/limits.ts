// Limits that keep the app responsive and the bank file sane. Each has a message a person understands.
export const LIMITS = {
  shortText: 200, // title, project, role, company, names
  sectionText: 20_000, // one STAR section (~3,000 words, far past anything you can say in an interview)
  notes: 20_000,
  tagsPerStory: 60,
  companiesPerStory: 50,
  stories: 20_000,
  rehearsalsPerStory: 2_000,
  frameworks: 100,
  competenciesPerFramework: 100,
  lexiconPhrases: 300,
  stages: 100,
  loops: 500,
  roundsPerLoop: 30,
  storiesPerRound: 50,
  questions: 5_000,
  interviews: 5_000,
  projects: 1_000,
  jobDescription: 50_000,
} as const;
