// A layer's notes are free text. A follow-up question is answered in them by writing it on a line that
// starts "Q:" and the answer after it (on the same line after "A:", or on the lines that follow):
//
//   Q: What did you rule out, and why?
//   A: A rules engine: it could not learn new fraud patterns.
//
// "Answer in notes" writes the "Q:" line for you; the depth map then counts the question as answered.

const Q_LINE = /^\s*Q\s*[:：]\s*(.*)$/i;
const A_PREFIX = /^\s*A\s*[:：]\s*/i;

/** How questions are compared: case, spacing and curly quotes do not matter. */
export function questionKey(question: string): string {
  return question.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-US');
}

export interface NoteAnswer {
  question: string;
  answer: string;
}

/** The "Q:" questions written in the notes, each with the answer below it ('' while unanswered). */
export function noteAnswers(notes: string): NoteAnswer[] {
  const out: NoteAnswer[] = [];
  let current: NoteAnswer | undefined;
  for (const line of notes.split(/\r?\n/)) {
    const q = Q_LINE.exec(line);
    if (q) {
      current = { question: q[1].trim(), answer: '' };
      out.push(current);
      continue;
    }
    if (current) {
      const text = line.replace(A_PREFIX, '').trim();
      if (text) current.answer = current.answer ? `${current.answer} ${text}` : text;
    }
  }
  return out;
}

/** The keys of the questions that have an answer written under them. */
export function answeredQuestions(notes: string): Set<string> {
  return new Set(
    noteAnswers(notes)
      .filter((a) => a.answer !== '')
      .map((a) => questionKey(a.question)),
  );
}

/** The notes with the question added on a "Q:" line and an empty "A:" line under it (once). */
export function withQuestion(notes: string, question: string): string {
  const key = questionKey(question);
  if (noteAnswers(notes).some((a) => questionKey(a.question) === key)) return notes;
  const body = notes.replace(/\s+$/, '');
  return `${body}${body ? '\n\n' : ''}Q: ${question.replace(/\s+/g, ' ').trim()}\nA: `;
}

/** The notes' words outside "Q:" lines: what the user wrote themselves. */
export function ownWords(notes: string): number {
  const own = notes
    .split(/\r?\n/)
    .filter((line) => !Q_LINE.test(line))
    .map((line) => line.replace(A_PREFIX, ''))
    .join(' ');
  return own.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}
