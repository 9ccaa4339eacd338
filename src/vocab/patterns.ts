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
  const edits = boundaryEdits(source);
  // A pattern the reader does not follow keeps the general boundary everywhere.
  if (!edits) return generalBoundaries(source);
  let out = '';
  let from = 0;
  // Inner groups are read (and their edits made) before the sequence around them: edits in source order.
  for (const [at, text] of edits.sort((a, b) => a[0] - b[0])) {
    out += source.slice(from, at) + text;
    from = at + 2;
  }
  return out + source.slice(from);
}

/** Each \\b of `source` (outside classes) as the general boundary: what latinBoundaries must match exactly like. */
export function generalBoundaries(source: string): string {
  return source.replace(/\\b|\\.|\[(?:\\.|[^\]\\])*\]|[^\\[]+|\[/g, (m) => (m === '\\b' ? LATIN_BOUNDARY : m));
}

/**
 * Surely a letter or digit to WORD ([\wÀ-ÖØ-öø-ÿ]), under the i flag too: ÿ is left out, as it also matches Ÿ,
 * which WORD lacks. By character code: this runs for every character of every pattern while a process starts.
 */
function isSureWord(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ||
    (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0xfe)
  );
}

/** The characters with a meaning of their own in a pattern, outside classes. */
const SPECIAL = new Set([...'\\()[]{}|*+?.^$'].map((ch) => ch.charCodeAt(0)));
const isSpecial = (c: number): boolean => SPECIAL.has(c);
const isQuantifierStart = (c: number): boolean => c === 0x2a || c === 0x2b || c === 0x3f || c === 0x7b;

/** A counted quantifier at lastIndex ("{2}", "{0,3}", "{1,}"). */
const QUANTIFIER = /\{(\d+)(?:,\d*)?\}/y;

/** A term's or a sequence's properties, as bits: every match starts with a letter; ends with one; may match nothing. */
const FIRST = 1;
const LAST = 2;
const OPTIONAL = 4;

/**
 * Where each \b of `src` stands and what replaces it, or null for a pattern this reader does not follow. It reads
 * just far enough to see what stands beside each \b: groups, classes, escapes, quantifiers. It runs for every
 * pattern while a process starts, before V8 optimises anything: local state, numbers, no objects per term.
 */
function boundaryEdits(src: string): Array<[number, string]> | null {
  const n = src.length;
  const edits: Array<[number, string]> = [];
  let i = 0;
  let failed = false;

  /** Alternatives up to a ')' or the end: FIRST if every one starts with a letter, LAST if every one ends with one. */
  const sequence = (): number => {
    let all = FIRST | LAST;
    for (;;) {
      const flags: number[] = [];
      const bounds: number[] = [];
      while (i < n && !failed) {
        const c = src.charCodeAt(i);
        if (c === 0x7c || c === 0x29) break; // | )
        let f = 0;
        let b = -1;
        if (c === 0x28) f = group();
        else if (c === 0x5b) f = charClass() ? FIRST | LAST : 0;
        else if (c === 0x5c) {
          const d = src.charCodeAt(i + 1);
          if (d === 0x62) b = i; // \b
          else if (d === 0x77 || d === 0x64) f = FIRST | LAST; // \w \d
          i += escapeLength();
        } else {
          // A run of plain characters is one term: only its first and last letters matter beside a \b. A quantifier
          // after the run applies to its last character alone, which is read on its own.
          let j = i + 1;
          while (j < n && !isSpecial(src.charCodeAt(j))) j++;
          if (j - i > 1 && isQuantifierStart(src.charCodeAt(j))) j--;
          f = (isSureWord(c) ? FIRST : 0) | (isSureWord(src.charCodeAt(j - 1)) ? LAST : 0);
          i = j;
        }
        if (quantifier()) f |= OPTIONAL;
        flags.push(f);
        bounds.push(b);
      }
      if (failed) return 0;
      const m = flags.length;
      for (let k = 0; k < m; k++) {
        if (bounds[k]! < 0) continue;
        const next = k + 1 < m ? flags[k + 1]! : OPTIONAL;
        const prev = k > 0 ? flags[k - 1]! : OPTIONAL;
        edits.push([bounds[k]!, (next & (FIRST | OPTIONAL)) === FIRST ? WORD_STARTS : (prev & (LAST | OPTIONAL)) === LAST ? WORD_ENDS : LATIN_BOUNDARY]);
      }
      if (m === 0 || (flags[0]! & (FIRST | OPTIONAL)) !== FIRST) all &= ~FIRST;
      if (m === 0 || (flags[m - 1]! & (LAST | OPTIONAL)) !== LAST) all &= ~LAST;
      if (src.charCodeAt(i) !== 0x7c) return all;
      i++;
    }
  };

  /** A group at i, read past: its sequence's bits; none for a lookaround, which matches no letter of its own. */
  const group = (): number => {
    let look = false;
    if (src.charCodeAt(i + 1) !== 0x3f) i += 1; // (
    else {
      const d = src.charCodeAt(i + 2);
      const e = src.charCodeAt(i + 3);
      if (d === 0x3a) i += 3; // (?:
      else if (d === 0x3d || d === 0x21) (look = true), (i += 3); // (?= (?!
      else if (d === 0x3c && (e === 0x3d || e === 0x21)) (look = true), (i += 4); // (?<= (?<!
      else if (d === 0x3c && src.indexOf('>', i) > 0) i = src.indexOf('>', i) + 1; // (?<name>
      else return (failed = true), 0;
    }
    const inner = sequence();
    if (failed || src.charCodeAt(i) !== 0x29) return (failed = true), 0;
    i++;
    return look ? 0 : inner;
  };

  /** A class at i, read past: whether everything it matches is surely a letter or digit. */
  const charClass = (): boolean => {
    i++;
    let words = src.charCodeAt(i) !== 0x5e; // [^
    if (!words) i++;
    let members = 0;
    for (; i < n && src.charCodeAt(i) !== 0x5d; members++) {
      const c = src.charCodeAt(i);
      if (c === 0x5c) {
        const d = src.charCodeAt(i + 1);
        if (d !== 0x77 && d !== 0x64) words = false;
        i += 2;
      } else if (src.charCodeAt(i + 1) === 0x2d && i + 2 < n && src.charCodeAt(i + 2) !== 0x5d && src.charCodeAt(i + 2) !== 0x5c) {
        const to = src.charCodeAt(i + 2);
        if (to - c > 0x200) words = false;
        for (let k = c; k <= to && words; k++) words = isSureWord(k);
        i += 3;
      } else {
        words &&= isSureWord(c);
        i++;
      }
    }
    if (i >= n) return (failed = true), false;
    i++;
    return words && members > 0;
  };

  /** The length of the escape at i. */
  const escapeLength = (): number => {
    const d = src.charCodeAt(i + 1);
    if (d !== d) return (failed = true), 1; // a trailing backslash
    if ((d === 0x75 || d === 0x78 || d === 0x63 || d === 0x6b || (d >= 0x30 && d <= 0x39))) {
      const long = /^\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|\d+)/.exec(src.slice(i, i + 40));
      if (long) return long[0].length;
    }
    return 2;
  };

  /** A quantifier at i, read past: whether it lets the term match nothing. */
  const quantifier = (): boolean => {
    const c = src.charCodeAt(i);
    let optional = false;
    if (c === 0x2a || c === 0x3f) (optional = true), i++; // * ?
    else if (c === 0x2b) i++; // +
    else if (c === 0x7b) {
      QUANTIFIER.lastIndex = i;
      const q = QUANTIFIER.exec(src);
      if (!q) return false; // a literal {
      optional = Number(q[1]) === 0;
      i += q[0].length;
    } else return false;
    if (src.charCodeAt(i) === 0x3f) i++; // lazy
    return optional;
  };

  sequence();
  return failed || i !== n ? null : edits;
}

/** What /\s/ matches (ECMAScript WhiteSpace and LineTerminator), by character code. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}
