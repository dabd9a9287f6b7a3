// A frame of an ask (a class of verbs, a class of objects, what may follow) written as lexicon phrases. A phrase holds
// at most 200 characters (the framework schema: a user reads and edits it), so a frame whose word classes are long is
// cut into several phrases, each with a share of the words of its longest classes.

/** The most characters a lexicon phrase may hold (schemas.ts). */
export const MAX_PHRASE_LENGTH = 200;

/** A part of a frame: literal phrase text, or a class of words written as one slot (`a|b|c`). */
export type FramePart = string | readonly string[];

/**
 * The phrases of one frame: the parts joined by spaces, each word class as one `|` slot; a class is halved (and halved
 * again) while any phrase would run past the limit, every share crossed with every share of the other classes.
 */
export function framePhrases(...parts: readonly FramePart[]): string[] {
  let shares: (string | string[][])[] = parts.map((p) => (typeof p === 'string' ? p : [[...p]]));
  for (;;) {
    const phrases = crossed(shares);
    if (phrases.every((p) => p.length <= MAX_PHRASE_LENGTH)) return phrases;
    // Halve the class whose largest share is longest.
    let widest = -1;
    let width = 0;
    shares.forEach((part, k) => {
      if (typeof part === 'string') return;
      for (const share of part)
        if (share.length > 1 && share.join('|').length > width) {
          width = share.join('|').length;
          widest = k;
        }
    });
    if (widest < 0) throw new Error(`A frame phrase cannot be cut below ${MAX_PHRASE_LENGTH} characters.`);
    const part = shares[widest] as string[][];
    shares = shares.map((p, k) =>
      k === widest
        ? part.flatMap((s) => (s.length > 1 ? [s.slice(0, s.length >> 1), s.slice(s.length >> 1)] : [s]))
        : p,
    );
  }
}

function crossed(parts: readonly (string | string[][])[]): string[] {
  let out = [''];
  for (const part of parts) {
    const options = typeof part === 'string' ? [part] : part.map((share) => share.join('|'));
    out = out.flatMap((head) => options.map((option) => (head === '' ? option : `${head} ${option}`)));
  }
  return out;
}
