/**
 * Regular expressions built from the vocabulary: the helpers every stage that matches Norwegian words uses
 * (segment's flattened-page cutting as well as the recognisers), kept apart from both.
 */
import { memoised } from './precomputed.js';

/** `s` as a regular-expression source that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The archive's case number a saksliste table puts between an item's number and its title ("56/09 09/810 GODKJENNING
 * AV PROTOKOLL", "48/14 14/00708-14 Godkjenning …"): a year, a slash and the archive's own number of three digits or
 * more ("2024/25 Terminliste", "24/7 Tilgang" are a title's), which a PDF transcript may lose ("14/").
 */
export const ARCHIVE_NUMBER = String.raw`\d{2,4}\/(?:\d{3,6}(?:-\d{1,3})?)?`;

/**
 * "S 7.1/07", "S 1/3/19": a decision case ("S", for sak: a capital S alone, so match case-sensitively) with its part or
 * meeting and its year; group 1 is the number after the S. Read by items.ts (a heading) and reflow.ts (a flattened line).
 */
export const S_CASE_NUMBER = String.raw`S\s+(\d{1,3}(?:[./]\d{1,2})?\/\d{2,4})(?!\d)`;
/** "7.1/07": a case numbered within its part of the agenda (group 1 the part, 7; group 2 the case, 1), then its year. */
export const PART_CASE = /(\d+)\.(\d+)\//;
/**
 * What may stand between a case number and its title: spaces, perhaps a colon, stop or dash among them. Written so
 * that a long run of spaces is read once (`\s*[:.-]?\s+` tries every split of the run: quadratic).
 */
export const CASE_TITLE_GAP = String.raw`(?:\s*[:.–-])?\s+`;

/** One alternation of phrases, longest first, with flexible inner whitespace. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/\\?\s+/g, '\\s+'))
    .join('|');
}

/** The letters beyond ASCII, of either case. */
const BEYOND_ASCII = 'À-ÖØ-öø-ÿĀ-ɏḀ-ỿΆ-ώЀ-џﬀ-ﬆ';
/**
 * What \p{Lu}, \p{Ll}, \p{L} and \p{N} become. Letters by case in Latin-1 and Latin Extended-A (Sámi č đ ŋ š ŧ ž,
 * Polish ł, Czech ř, Croatian and Bosnian ć, Turkish ğ ş), Greek and Cyrillic; Latin Extended-B (Romanian ș ț, Vietnamese
 * ơ ư), Latin Extended Additional (Vietnamese ễ ạ ộ …) and the ligatures a PDF's text keeps (ﬁ ﬂ) as lower case, which
 * is how names use them ("Nguyễn", "Dương"; Ș and Ț are upper case as well). Exact classes for those two blocks would
 * list hundreds of single letters in every pattern that names a case, and V8 compiles those patterns a third slower
 * (measured on 140 of them). ª, º and µ are not letters here; letters of other scripts are not either.
 */
const EXTENDED_A_UPPER = 'ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ';
const EXTENDED_A_LOWER = 'āăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĸĺļľŀłńņňŉŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžſ';
const LATIN: Readonly<Record<string, string>> = {
  Lu: `A-ZÀ-ÖØ-Þ${EXTENDED_A_UPPER}ȘȚΑ-ΡΣ-ΩЀ-Я`,
  Ll: `a-zß-öø-ÿ${EXTENDED_A_LOWER}ƀ-ɏḀ-ỿά-ώа-џﬀ-ﬆ`,
  L: `A-Za-z${BEYOND_ASCII}`,
  N: '0-9²³¹¼-¾',
};
const WORD = `[\\w${BEYOND_ASCII}]`;
/** \b where Norwegian letters are letters, in general: either side may be the word. */
const LATIN_BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
/** \b before what surely starts with a letter: nothing of a word may come before it. */
const WORD_STARTS = `(?<!${WORD})`;
/** \b after what surely ends with a letter: nothing of a word may follow it. */
const WORD_ENDS = `(?!${WORD})`;

/** A property escape, a class (whose property escapes become ranges in it) or any other escape, read past. */
const PROPERTY_CLASS_OR_ESCAPE = /\\([pP])\{([^}]*)\}|\[(?:\\.|[^\]\\])*\]|\\./g;
/** A property escape or any other escape, read past: inside a class. */
const PROPERTY_OR_ESCAPE = /\\([pP])\{([^}]*)\}|\\./g;

/** The ranges for `\p{name}`; any other property (or a negated one) is refused, never left to mean "p{…}". */
function latinRanges(escape: string, negated: boolean, name: string, source: string): string {
  const ranges = negated ? undefined : LATIN[name];
  if (ranges === undefined) throw new Error(`latinRegExp: only \\p{L}, \\p{Lu}, \\p{Ll} and \\p{N} are known, not ${escape} in /${source}/`);
  return ranges;
}

/** Any other escape as it is; "\p" or "\P" without its "{…}" (a typo) would mean a plain "p" without the u flag. */
function unclosedProperty(escape: string, source: string): string {
  if (escape === '\\p' || escape === '\\P') throw new Error(`latinRegExp: ${escape} without a closed {…} in /${source}/`);
  return escape;
}

/**
 * Every pattern in referat that needs letters as Unicode has them goes through here (a test reads src/ for any other
 * property escape): write \p{L}, \p{Lu}, \p{Ll}, \p{N} and \b as usual, get a pattern without them and without
 * the 'u' flag. Why: V8 builds the character set of each Unicode property escape afresh, about 0.1 ms apiece (44 of
 * them were 8 % of a cold `referat parse`), and patterns without 'u' compile several times faster; the first parse
 * of a process is dominated by compiling patterns. The letters are those of LATIN above. Without the u
 * flag \b knows only ASCII letters ("\bårsmøtet" never matched at a word's start, "på\b" never at its end), so
 * \b becomes a boundary where these letters are letters: see latinBoundaries. Any other property escape is an
 * error here rather than a pattern that silently means something else without 'u'.
 */
export function latinRegExp(source: string, flags = ''): RegExp {
  return new RegExp(latinSource(source), flags.replace('u', ''));
}

/** latinRegExp's pattern source for `source`, computed afresh: what latinSource remembers. */
export function computeLatinSource(source: string): string {
  let out = source;
  if (source.includes('\\p') || source.includes('\\P')) {
    out = source.replace(PROPERTY_CLASS_OR_ESCAPE, (m: string, p?: string, name?: string) => {
      if (p) return `[${latinRanges(m, p === 'P', name!, source)}]`;
      if (!m.startsWith('[')) return unclosedProperty(m, source);
      return m.replace(PROPERTY_OR_ESCAPE, (e: string, q?: string, inner?: string) => (q ? latinRanges(e, q === 'P', inner!, source) : unclosedProperty(e, source)));
    });
  }
  return out.includes('\\b') ? latinBoundaries(out) : out;
}

/** latinRegExp's pattern source for `source`: remembered, and for the vocabulary's patterns worked out at build time (precomputed.ts). */
export const latinSource = memoised('latinSource', computeLatinSource);

/** Whether `s` starts with an upper-case letter: one that lower-casing changes ("Ø", "Č", "Đ"; not "1", "«"). */
export function startsUpper(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}
/** Whether `s` starts with a lower-case letter: one that upper-casing changes ("ø", "š", "ễ", "ﬁ"; not "1", "«"). */
export function startsLower(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toUpperCase();
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
 * Surely a letter or digit to WORD (\w and BEYOND_ASCII), under the i flag too (ÿ is left out, from when WORD lacked
 * the Ÿ it also matches: only a slower boundary). By character code: this runs for every character of every pattern
 * while a process starts.
 */
function isSureWord(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ||
    (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0xfe) || (c >= 0x100 && c <= 0x24f) ||
    (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x386 && c <= 0x3ce) || (c >= 0x400 && c <= 0x45f) || (c >= 0xfb00 && c <= 0xfb06)
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
