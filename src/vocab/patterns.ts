/**
 * Regular expressions built from the vocabulary: the helpers every stage that matches Norwegian words uses
 * (segment's flattened-page cutting as well as the recognisers), kept apart from both.
 */

/** `s` as a regular-expression source that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of phrases, longest first, with flexible inner whitespace. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/\\?\s+/g, '\\s+'))
    .join('|');
}

const PROPERTY = /^\\p\{(Lu|Ll|L)\}/;
const LATIN: Record<string, string> = { L: 'A-Za-zÀ-ÖØ-öø-ÿ', Lu: 'A-ZÀ-ÖØ-Þ', Ll: 'a-zß-öø-ÿ' };
const WORD = '[\\wÀ-ÖØ-öø-ÿ]';
/** \b where Norwegian letters are letters, in general: either side may be the word. */
const LATIN_BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
/** \b before what surely starts with a letter: nothing of a word may come before it. */
const WORD_STARTS = `(?<!${WORD})`;
/** \b after what surely ends with a letter: nothing of a word may follow it. */
const WORD_ENDS = `(?!${WORD})`;

/**
 * Norwegian text needs only Latin-1 letters, and patterns without the 'u' flag compile several times
 * faster (the first parse of a process is dominated by compiling patterns). Rewrites \p{L}, \p{Lu},
 * \p{Ll} into Latin-1 classes and drops 'u'. On Bokmål and Nynorsk text the meaning is the same;
 * letters beyond Latin-1 (Sámi č, š, ŋ) are not letters to these patterns, and repair leaves such words alone.
 * Without the u flag \b knows only ASCII letters ("\bårsmøtet" never matched at a word's start, "på\b" never
 * at its end), so \b becomes a boundary where Norwegian letters are letters: see latinBoundaries.
 */
export function latinRegExp(source: string, flags = ''): RegExp {
  const boundary = source.includes('\\b');
  if (!source.includes('\\p{') && !boundary) return new RegExp(source, flags.replace('u', ''));
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const prop = source.startsWith('\\p{', i) ? PROPERTY.exec(source.slice(i, i + 7)) : null;
      if (prop) {
        const ranges = LATIN[prop[1]!]!;
        out += inClass ? ranges : `[${ranges}]`;
        i += prop[0].length - 1;
        continue;
      }
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return new RegExp(boundary ? latinBoundaries(out) : out, flags.replace('u', ''));
}

/**
 * Each \b of `source` (outside classes) as a boundary where Norwegian letters are letters. The general form
 * looks both ways at every position and keeps the engine from searching for the word itself: on a line of
 * text it is ten times slower than a plain \b. Where the pattern beside \b surely starts (after it) or ends
 * (before it) with a letter, one look suffices: "\b(?:styret|årsmøtet)" needs only "no letter before".
 */
export function latinBoundaries(source: string): string {
  const edits: Array<{ at: number; text: string }> = [];
  try {
    const parser = new PatternReader(source, edits);
    parser.sequence();
    if (parser.at !== source.length) throw new Error('unbalanced');
  } catch {
    // A pattern this reader does not follow keeps the general boundary everywhere.
    return generalBoundaries(source);
  }
  let out = '';
  let from = 0;
  // Inner groups are read (and their edits made) before the sequence around them: edits in source order.
  for (const { at, text } of edits.sort((a, b) => a.at - b.at)) {
    out += source.slice(from, at) + text;
    from = at + 2;
  }
  return out + source.slice(from);
}

/** Each \\b of `source` (outside classes) as the general boundary: what latinBoundaries must match exactly like. */
export function generalBoundaries(source: string): string {
  return source.replace(/\\b|\\.|\[(?:\\.|[^\]\\])*\]|[^\\[]+|\[/g, (m) => (m === '\\b' ? LATIN_BOUNDARY : m));
}

/** Surely a letter or digit to WORD, under the i flag too (ÿ is left out: it also matches Ÿ, which WORD lacks). */
const SURE_WORD = /^[\wÀ-ÖØ-öø-þ]$/;

/** One term of a pattern: whether every match of it starts and ends with a letter, and whether it may match nothing. */
interface Term {
  first: boolean;
  last: boolean;
  optional: boolean;
  /** Where a \b term starts in the source. */
  boundaryAt?: number;
}

/** A reader of the regular-expression sources built here, just far enough to see what stands beside each \b. */
class PatternReader {
  at = 0;
  constructor(
    private readonly src: string,
    private readonly edits: Array<{ at: number; text: string }>,
  ) {}

  /** Alternatives up to a ')' or the end: whether every one starts, and every one ends, with a letter. */
  sequence(): { first: boolean; last: boolean } {
    let first = true;
    let last = true;
    for (;;) {
      const terms: Term[] = [];
      while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') terms.push(this.term());
      terms.forEach((t, k) => {
        if (t.boundaryAt === undefined) return;
        const next = terms[k + 1];
        const prev = terms[k - 1];
        const text = next && next.first && !next.optional ? WORD_STARTS : prev && prev.last && !prev.optional ? WORD_ENDS : LATIN_BOUNDARY;
        this.edits.push({ at: t.boundaryAt, text });
      });
      const head = terms[0];
      const tail = terms[terms.length - 1];
      first &&= head !== undefined && head.first && !head.optional;
      last &&= tail !== undefined && tail.last && !tail.optional;
      if (this.src[this.at] !== '|') return { first, last };
      this.at++;
    }
  }

  private term(): Term {
    const { src } = this;
    const ch = src[this.at]!;
    let word = false;
    let first: boolean | undefined;
    let last: boolean | undefined;
    let boundaryAt: number | undefined;
    if (ch === '(') {
      const lookaround = /^\(\?<?[=!]/.exec(src.slice(this.at, this.at + 4));
      const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(src.slice(this.at, this.at + 40));
      this.at += lookaround ? lookaround[0].length : named ? named[0].length : src.startsWith('(?:', this.at) ? 3 : 1;
      const inner = this.sequence();
      if (src[this.at] !== ')') throw new Error('unbalanced');
      this.at++;
      // A lookaround matches no letter of its own.
      first = !lookaround && inner.first;
      last = !lookaround && inner.last;
    } else if (ch === '[') {
      word = this.classOfWords();
    } else if (ch === '\\') {
      const next = src[this.at + 1];
      if (next === undefined) throw new Error('trailing backslash');
      if (next === 'b') boundaryAt = this.at;
      word = next === 'w' || next === 'd';
      const long = /^\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|\d+)/.exec(src.slice(this.at, this.at + 40));
      this.at += long ? long[0].length : 2;
    } else {
      word = SURE_WORD.test(ch);
      this.at++;
    }
    const optional = this.quantifier();
    return { first: first ?? word, last: last ?? word, optional, boundaryAt };
  }

  /** A class at `at`, read past: whether everything it matches is surely a letter or digit. */
  private classOfWords(): boolean {
    const { src } = this;
    this.at++;
    let words = src[this.at] !== '^';
    if (src[this.at] === '^') this.at++;
    const members: string[] = [];
    for (; this.at < src.length && src[this.at] !== ']'; this.at++) {
      if (src[this.at] === '\\') {
        const e = src[++this.at];
        if (e !== 'w' && e !== 'd') words = false;
        members.push('');
      } else members.push(src[this.at]!);
    }
    if (src[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
    for (let k = 0; k < members.length; k++) {
      const m = members[k]!;
      if (m === '') continue;
      if (members[k + 1] === '-' && members[k + 2]) {
        const from = m.codePointAt(0)!;
        const to = members[k + 2]!.codePointAt(0)!;
        if (to - from > 0x200) words = false;
        for (let c = from; c <= to && words; c++) words = SURE_WORD.test(String.fromCodePoint(c));
        k += 2;
      } else words &&= SURE_WORD.test(m);
    }
    return words && members.length > 0;
  }

  /** A quantifier at `at`, read past: whether it allows the term to match nothing. */
  private quantifier(): boolean {
    const { src } = this;
    const q = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/.exec(src.slice(this.at, this.at + 16));
    if (!q) return false;
    this.at += q[0].length;
    return q[0][0] === '*' || q[0][0] === '?' || q[1] === '0';
  }
}
