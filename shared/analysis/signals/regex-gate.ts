// A cheap exact pre-check for a regex: the literal words any match must contain, read once from the
// pattern's source, so a sentence that lacks all of them skips the regex. Exact by construction: the
// check only says "cannot match" when no match is possible, so results never change, only speed.

/**
 * Lower-cased ASCII strings of which every match of the pattern contains at least one, or `undefined`
 * when the pattern has no such literal (or uses a feature this reader does not follow).
 */
export type RequiredLiterals = readonly string[] | undefined;

interface Parsed {
  need: RequiredLiterals;
  /** The one character this atom always matches (lower-cased), so it may join a literal run. */
  literal?: string;
}

// A need worth checking: few strings (each is one `includes` pass over the sentence), none very short.
const SHORTEST_USEFUL = 3;
const MOST_STRINGS = 24;

/** Score of a need: its shortest string's length (a longer literal is rarer), less a little per string. */
const score = (need: RequiredLiterals): number =>
  need === undefined || need.length > MOST_STRINGS
    ? 0
    : need.reduce((m, s) => Math.min(m, s.length), Infinity) - need.length / 100;

class Reader {
  i = 0;
  constructor(private readonly src: string) {}

  /** alternation := sequence ('|' sequence)* */
  alternation(): RequiredLiterals {
    const branches: RequiredLiterals[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === undefined)) return undefined;
    const need = [...new Set(branches.flatMap((b) => b!))];
    return need.length > MOST_STRINGS ? undefined : need;
  }

  /** A sequence of terms: its need is the best of its literal runs and its required groups. */
  private sequence(): RequiredLiterals {
    let best: RequiredLiterals = undefined;
    let run = '';
    const take = (need: RequiredLiterals) => {
      if (score(need) >= SHORTEST_USEFUL - 1 && score(need) > score(best)) best = need;
    };
    const endRun = () => {
      if (run) take([run]);
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (atom.literal !== undefined && min === 1) {
        run += atom.literal;
        continue;
      }
      endRun();
      if (min >= 1) take(atom.need);
    }
    endRun();
    return best;
  }

  /** Reads a quantifier after an atom: 1 when there is none, 2 when it requires the atom, 0 when optional. */
  private quantifier(): number {
    const c = this.src[this.i];
    let min = 1;
    let quantified = false;
    if (c === '*' || c === '?') {
      min = 0;
      quantified = true;
      this.i++;
    } else if (c === '+') {
      quantified = true;
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i));
      if (m) {
        min = Number(m[1]);
        quantified = true;
        this.i += m[0].length;
      }
    }
    if (quantified && this.src[this.i] === '?') this.i++;
    // A quantified atom is kept whole only when it must occur; it never joins a literal run.
    return quantified ? (min >= 1 ? 2 : 0) : 1;
  }

  private atom(): Parsed {
    const c = this.src[this.i];
    if (c === '(') {
      this.i++;
      let look = false;
      if (this.src[this.i] === '?') {
        const rest = this.src.slice(this.i, this.i + 4);
        if (rest.startsWith('?:')) this.i += 2;
        else if (/^\?<?[=!]/.test(rest)) {
          look = true;
          this.i += rest[1] === '<' ? 3 : 2;
        } else if (rest.startsWith('?<')) {
          this.i = this.src.indexOf('>', this.i) + 1;
        } else throw new Error('unknown group');
      }
      const need = this.alternation();
      if (this.src[this.i] !== ')') throw new Error('unclosed group');
      this.i++;
      return { need: look ? undefined : need };
    }
    if (c === '[') {
      this.i++;
      if (this.src[this.i] === '^') this.i++;
      if (this.src[this.i] === ']') this.i++;
      while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { need: undefined };
    }
    if (c === '\\') {
      const e = this.src[this.i + 1];
      this.i += 2;
      // An escaped punctuation mark is itself; letters and digits are classes, anchors or references.
      if (/[.\-'/\\^$*+?()[\]{}|]/.test(e)) return { need: [e], literal: e };
      if (e === 'u' || e === 'x' || e === 'c' || e === 'k' || e === 'p' || e === 'P') throw new Error('escape');
      return { need: undefined };
    }
    this.i++;
    if (c === '.' || c === '^' || c === '$') return { need: undefined };
    // Only printable ASCII: its lower case is one character that the lower-cased text shows in place.
    if (c >= ' ' && c <= '~') return { need: [c.toLowerCase()], literal: c.toLowerCase() };
    return { need: undefined };
  }
}

/** The literals every match of `re` contains (lower-cased), or `undefined` when it cannot be gated. */
export function requiredLiterals(re: RegExp): RequiredLiterals {
  // Unicode case folding maps "ſ" to "s" and the Kelvin sign to "k"; global and sticky patterns keep state.
  if (/[uvgy]/.test(re.flags)) return undefined;
  try {
    const reader = new Reader(re.source);
    const need = reader.alternation();
    if (reader.i !== re.source.length) return undefined;
    return need && need.every((x) => x.length >= SHORTEST_USEFUL) ? need : undefined;
  } catch {
    return undefined;
  }
}

/** Which character pairs a text holds, hashed into 1,024 bits: a literal with a pair missing is absent. */
export function pairBits(lower: string): Uint32Array {
  const bits = new Uint32Array(32);
  for (let i = 1; i < lower.length; i++) {
    const h = (lower.charCodeAt(i - 1) * 31 + lower.charCodeAt(i)) & 1023;
    bits[h >> 5] |= 1 << (h & 31);
  }
  return bits;
}

/** A required literal with the pair hashes it needs present. */
interface Literal {
  text: string;
  pairs: number[];
}

const literalOf = (text: string): Literal => {
  const pairs: number[] = [];
  for (let i = 1; i < text.length; i++) pairs.push((text.charCodeAt(i - 1) * 31 + text.charCodeAt(i)) & 1023);
  return { text, pairs };
};

// By source, not by object: a regex literal inside a function is a new object on every call.
const needs = new Map<string, { flags: string; need: Literal[] | undefined }>();

function literalsOf(re: RegExp): Literal[] | undefined {
  const source = re.source;
  let entry = needs.get(source);
  if (entry === undefined || entry.flags !== re.flags) {
    entry = { flags: re.flags, need: requiredLiterals(re)?.map(literalOf) };
    needs.set(source, entry);
  }
  return entry.need;
}

/**
 * False only when the text (lower-cased, with its `pairBits`) lacks every literal `re` needs, so `re`
 * cannot match it.
 */
export function mayMatch(re: RegExp, lower: string, bits: Uint32Array): boolean {
  const need = literalsOf(re);
  if (need === undefined) return true;
  next: for (const lit of need) {
    for (const h of lit.pairs) if ((bits[h >> 5] & (1 << (h & 31))) === 0) continue next;
    if (lower.includes(lit.text)) return true;
  }
  return false;
}
