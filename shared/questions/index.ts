export { BUILT_IN_QUESTIONS, allQuestions, questionsFor } from './question-bank';
export { rankStoriesForQuestion, type RankedStory, type RankOptions } from './rank-stories';
export { keywords, stem } from './keywords';
