/**
 * Letter-spaced text. A PDF whose text layer spaced every glyph apart gives "K O N S T I T U E R I N G", "a v h o l d e s
 * t i rs d a g 28. a p r i l": every word break is still a space, but so is every gap between two letters. This stage
 * puts the words back together: over each run of one- and two-letter pieces it chooses which spaces are word breaks,
 * the reading whose words cost least, a word's cost falling with how common it is in minutes
 * (src/vocab/word-frequencies.json), a word the lexicon knows but minutes seldom use costing more, and a string of
 * letters no one knows most ("m e d e n s t em m e" is "med en stemme", not "medens temme"). A run whose best reading
 * is still mostly unknown letters is left as it is (a list "A B C D", a code).
 * Only spaces go: each joined word is one correction (rule `letter-spacing`) from the spaced letters to the word.
 */
import type { Correction } from '../model/schema.js';
import { GIVEN_NAMES } from '../recognise/vocab.js';
import frequencies from '../vocab/word-frequencies.json' with { type: 'json' };
import { isLoosePunctuation, isSingleLetter, isSpacedPiece, isSpacedRun } from './detect.js';
import { CAP, COMPOUND as COMPOUND_PART, WORD, type Lexicon } from './lexicon.js';

/** The word counts, read from their "word count" pairs when first asked for (a Map: no word reads Object.prototype's). */
let freq: Map<string, number> | null = null;
let longestListed = 0;
function counts(): Map<string, number> {
  if (freq) return freq;
  freq = new Map();
  const parts = frequencies.counts.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    freq.set(parts[i]!, Number(parts[i + 1]));
    longestListed = Math.max(longestListed, parts[i]!.length);
  }
  return freq;
}
/** The cost of a word seen once in the frequency list's documents: log10 of their size. */
const BASE = Math.log10(frequencies.tokens);
/**
 * A word the lexicon knows that the frequency list does not: as if seen a third of a time. Dearer, and two common words
 * win over one rare one ("var ingen" over "varingen", "han er i gang" over "haner igang"), but a word the list lacks
 * loses to its parts when the list has them ("møte leder", "de ei er", "En hver ei er"); cheaper, the other way round.
 * The list is small (19 000 words) and the two pull against each other; two reviews' cases were weighed, and this cost
 * reads more of them right: "møteleder", "avholdes", "Hver eier har en stemme", "Enhver eier" whole, while "v a r i n g
 * e n" reads "varingen" and "h a n e r i g a n g" "haner igang".
 */
const LEXICON_ONLY = BASE + 0.5;
/** A compound costs its two words and this much more; its parts have at least MIN_PART letters. */
const JOIN = 0.3;
const MIN_PART = 3;
/** A capitalised word no one knows is likely a name ("Norem", "Langaardløkken"); other unknown letters cost more. */
const UNKNOWN_NAME = BASE + 2;
const UNKNOWN_NAME_PER_LETTER = 0.5;
const UNKNOWN = BASE + 1.5;
const UNKNOWN_PER_LETTER = 1.5;
const MAX_ABBREVIATION = 4;
/** A number ("3 0" → "30"), and a capital before "." or ")" (an initial, "B)" a sub-item): as common as words. */
const NUMBER = BASE - 1;
/** No word is longer than this many pieces or letters (the search stays linear in the run). */
const MAX_PIECES = 24;
const MAX_LETTERS = 30;
/** Below this share of letters in known words a run's reading is no reading: the run is left alone. */
const MIN_KNOWN_SHARE = 0.5;
/**
 * Nor is a reading without one known word of this many letters made of pieces: "A B C og D" reads "ABC og D" ("abc"
 * is a word), a list of letters all the same.
 */
const MIN_LONGEST = 4;

interface Token { text: string; start: number; /** letters or digits, without the punctuation after them */ core: string; punct: string; shape: Shape }

/**
 * The case of a token, and of a word as its pieces are added: small letters, one capital, capitals, a capital then
 * small letters, digits; NONE once the pieces cannot make one word (a capital after small letters starts a new one).
 */
const enum Shape { NONE, LOWER, ONE_CAPITAL, UPPER, CAPITALISED, DIGITS }
function shapeOf(core: string): Shape {
  if (core === '') return Shape.NONE;
  if (DIGITS.test(core)) return Shape.DIGITS;
  if (LOWER.test(core)) return Shape.LOWER;
  if (UPPER.test(core)) return core.length === 1 ? Shape.ONE_CAPITAL : Shape.UPPER;
  return CAPITALISED.test(core) ? Shape.CAPITALISED : Shape.NONE;
}
/** The shape of a word of shape `word` with a piece of shape `piece` added. */
function grow(word: Shape, piece: Shape): Shape {
  switch (word) {
    case Shape.LOWER: return piece === Shape.LOWER ? Shape.LOWER : Shape.NONE;
    case Shape.ONE_CAPITAL: return piece === Shape.LOWER ? Shape.CAPITALISED : piece === Shape.UPPER || piece === Shape.ONE_CAPITAL ? Shape.UPPER : Shape.NONE;
    case Shape.UPPER: return piece === Shape.UPPER || piece === Shape.ONE_CAPITAL ? Shape.UPPER : Shape.NONE;
    case Shape.CAPITALISED: return piece === Shape.LOWER ? Shape.CAPITALISED : Shape.NONE;
    case Shape.DIGITS: return piece === Shape.DIGITS ? Shape.DIGITS : Shape.NONE;
    default: return Shape.NONE;
  }
}

const LETTERS_OR_DIGITS = /^([A-Za-zÀ-ÖØ-öø-ÿ]+|\d+)([,.:;!?)/]*)$/;
const LOWER = /^[a-zß-öø-ÿ]+$/;
const UPPER = /^[A-ZÀ-ÖØ-Þ]+$/;
const CAPITALISED = /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+$/;
const DIGITS = /^\d+$/;

export function closeLetterSpacing(text: string, lex: Lexicon): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const lines = text.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    // A line without four letters standing alone holds no run (isSpacedRun): not tokenised (a document with one spaced
    // heading has many ordinary lines).
    if (!hasFourSingles(line)) continue;
    const tokens = lineTokens(line);
    const joins: Array<{ from: number; to: number; word: string }> = [];
    for (const [a, b] of spacedRuns(tokens, lex)) for (const j of readRun(tokens, a, b, lex)) joins.push(j);
    if (!joins.length) continue;
    let out = '';
    let pos = 0;
    for (const j of joins) {
      out += line.slice(pos, j.from) + j.word;
      corrections.push({ from: line.slice(j.from, j.to), to: j.word, line: li + 1, column: j.from + 1, rule: 'letter-spacing' });
      pos = j.to;
    }
    lines[li] = out + line.slice(pos);
  }
  return corrections.length ? { text: lines.join('\n'), corrections } : { text, corrections };
}

const SINGLE = /(?:^|\s)[A-Za-zÀ-ÖØ-öø-ÿ][,.:;!?)/]*(?=\s|$)/g;
function hasFourSingles(line: string): boolean {
  SINGLE.lastIndex = 0;
  let n = 0;
  while (SINGLE.exec(line)) if (++n >= 4) return true;
  return false;
}

/** The line's tokens; punctuation standing alone after one space ("B )") is the punctuation of the token before it. */
function lineTokens(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(/\S+/g)) {
    const prev = out[out.length - 1];
    if (prev && isLoosePunctuation(m[0]) && prev.start + prev.text.length + 1 === m.index && prev.core !== '') {
      prev.text = line.slice(prev.start, m.index + m[0].length);
      prev.punct += m[0];
      continue;
    }
    const parts = LETTERS_OR_DIGITS.exec(m[0]);
    const core = parts ? parts[1]! : '';
    out.push({ text: m[0], start: m.index, core, punct: parts ? parts[2]! : '', shape: shapeOf(core) });
  }
  return out;
}

/**
 * Runs of spaced pieces, [first, end) token indices, widened by one whole word on each side (a word the export kept
 * whole may have pieces after it: "møtele d e r").
 */
function spacedRuns(tokens: readonly Token[], lex: Lexicon): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; ) {
    if (!isPiece(tokens[i]!)) { i++; continue; }
    let j = i;
    let singles = 0;
    while (j < tokens.length && isPiece(tokens[j]!)) {
      if (isSingleLetter(tokens[j]!.core + tokens[j]!.punct)) singles++;
      j++;
    }
    if (isSpacedRun(j - i, singles)) {
      // The word before joins unless the run before took it (runs are in order: the last one's end says).
      const a = i > 0 && (runs.length === 0 || runs[runs.length - 1]![1] <= i - 1) && canJoin(tokens[i - 1]!, lex) ? i - 1 : i;
      const b = j < tokens.length && canJoin(tokens[j]!, lex) ? j + 1 : j;
      runs.push([a, b]);
    }
    i = j;
  }
  return runs;
}

const isPiece = (t: Token): boolean => t.core !== '' && isSpacedPiece(t.core + t.punct);

/**
 * A whole word beside a run that may be part of a word of it: letters that are no word as they stand ("møtele" before
 * "d e r", a compound only by a stretch: "møt" + "ele"), nothing after them (a comma ends the word). A word as it
 * stands stays one ("i dag", "D møtes").
 */
const canJoin = (t: Token, lex: Lexicon): boolean => {
  if (t.punct !== '' || t.shape === Shape.NONE || t.shape === Shape.DIGITS) return false;
  const r = readingAlone(t.core, t.shape, lex);
  return !r.known || r.compound === true;
};

/** A word's cost, and whether it is a word at all (known, a number, an initial) or just letters. */
interface Reading { cost: number; known: boolean; /** known only as two words joined */ compound?: boolean }
const NOT_ONE_WORD: Reading = { cost: Infinity, known: false };
const INITIAL: Reading = { cost: NUMBER, known: true };

/**
 * The cheapest split of tokens [a, b) into words (dynamic programming over the token boundaries), as the joins it
 * makes: each word of more than one token, with its span in the line.
 */
function readRun(tokens: readonly Token[], a: number, b: number, lex: Lexicon): Array<{ from: number; to: number; word: string }> {
  const n = b - a;
  const best = new Float64Array(n + 1).fill(Infinity);
  const back = new Int32Array(n + 1).fill(-1);
  const unknownLetters = new Float64Array(n + 1);
  const longestKnown = new Int32Array(n + 1);
  best[0] = 0;
  const heads: number[] = [];
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    let word = '';
    let lower = '';
    let shape = tokens[a + i]!.shape;
    // The word's node in the lexicon (-1 once it has left it), and where a compound's first part may end.
    let node = lex.root;
    heads.length = 0;
    for (let j = i; j < n && j - i < MAX_PIECES; j++) {
      const t = tokens[a + j]!;
      if (j > i) {
        const prev = tokens[a + j - 1]!;
        // One space between pieces; a wider gap, or punctuation, is a break the export kept.
        if (t.start !== prev.start + prev.text.length + 1 || prev.punct !== '') break;
      }
      if (j > i) shape = grow(shape, t.shape);
      if (shape === Shape.NONE || (j > i && opensWord(t))) break;
      word += t.core;
      if (word.length > MAX_LETTERS) break;
      for (const ch of t.core.toLowerCase()) {
        lower += ch;
        if (node < 0) continue;
        node = lex.child(node, ch);
        if (node >= 0 && lower.length >= MIN_PART && lex.flags(node) & COMPOUND_PART) heads.push(lower.length);
      }
      let r = j === i && isInitial(t) ? INITIAL : readingOf(word, lower, shape, node < 0 ? 0 : lex.flags(node), heads, lex);
      // Short unknown letters before a full stop are likely an abbreviation ("e t g." → "etg.").
      if (!r.known && Number.isFinite(r.cost) && t.punct[0] === '.' && word.length <= MAX_ABBREVIATION) r = { cost: UNKNOWN + UNKNOWN_NAME_PER_LETTER * word.length, known: false };
      const total = best[i]! + r.cost;
      if (total < best[j + 1]!) {
        best[j + 1] = total;
        back[j + 1] = i;
        unknownLetters[j + 1] = unknownLetters[i]! + (r.known ? 0 : word.length);
        longestKnown[j + 1] = Math.max(longestKnown[i]!, r.known && j > i ? word.length : 0);
      }
    }
  }
  if (best[n] === Infinity) return [];
  let letters = 0;
  for (let i = a; i < b; i++) letters += tokens[i]!.core.length;
  if (unknownLetters[n]! > (1 - MIN_KNOWN_SHARE) * letters || longestKnown[n]! < MIN_LONGEST) return [];
  const joins: Array<{ from: number; to: number; word: string }> = [];
  for (let j = n; j > 0; j = back[j]!) {
    const i = back[j]!;
    if (j - i < 2 && tokens[a + i]!.text === tokens[a + i]!.core + tokens[a + i]!.punct) continue;
    const first = tokens[a + i]!;
    const last = tokens[a + j - 1]!;
    joins.push({ from: first.start, to: last.start + last.text.length, word: joined(tokens, a + i, a + j) });
  }
  return joins.reverse();
}

/** Tokens [i, j) as one word: their letters and their punctuation, without the spaces. */
function joined(tokens: readonly Token[], i: number, j: number): string {
  let word = '';
  for (let k = i; k < j; k++) word += tokens[k]!.core + tokens[k]!.punct;
  return word;
}

/** A letter before ")" is a sub-item's mark ("B )"): it opens a word of its own. */
const opensWord = (t: Token): boolean => t.core.length === 1 && t.punct[0] === ')';
/** A capital alone before "." or ")": an initial ("S.") or a sub-item ("B)"). */
const isInitial = (t: Token): boolean => t.shape === Shape.ONE_CAPITAL && (t.punct[0] === '.' || t.punct[0] === ')');

/** The reading of a whole word standing beside a run, walked through the lexicon `lex` as readRun walks its pieces. */
function readingAlone(word: string, shape: Shape, lex: Lexicon): Reading {
  const lower = word.toLowerCase();
  const heads: number[] = [];
  let node = lex.root;
  for (let k = 0; k < lower.length && node >= 0; k++) {
    node = lex.child(node, lower[k]!);
    if (node >= 0 && k + 1 >= MIN_PART && lex.flags(node) & COMPOUND_PART) heads.push(k + 1);
  }
  return readingOf(word, lower, shape, node < 0 ? 0 : lex.flags(node), heads, lex);
}

/**
 * The reading of `word` (`lower` in lower case, `shape` its case), whose lexicon flags are `flags` (0: not in it) and
 * whose first `k` letters may open a compound for each k in `heads`.
 */
function readingOf(word: string, lower: string, shape: Shape, flags: number, heads: readonly number[], lex: Lexicon): Reading {
  if (shape === Shape.DIGITS) return { cost: NUMBER, known: true };
  if (shape === Shape.NONE) return NOT_ONE_WORD;
  const capital = shape !== Shape.LOWER;
  const alone = aloneCost(lower, flags, capital);
  if (alone !== undefined) return { cost: alone, known: true };
  const compound = compoundCost(lower, heads, lex, capital);
  if (compound !== undefined) return { cost: compound, known: true, compound: true };
  if (shape === Shape.CAPITALISED && lower.length >= 3) return { cost: UNKNOWN_NAME + UNKNOWN_NAME_PER_LETTER * lower.length, known: false };
  return { cost: UNKNOWN + UNKNOWN_PER_LETTER * lower.length, known: false };
}

/**
 * The cost of a lower-case word standing alone, by its frequency in minutes, else the lexicon's flags (`flags`) or a
 * given name's; undefined when it is none of these.
 */
function aloneCost(w: string, flags: number, capital: boolean): number | undefined {
  const listed = counts();
  const seen = w.length <= longestListed ? listed.get(w) : undefined;
  if (seen !== undefined) return BASE - Math.log10(seen);
  if (flags & WORD || (flags & CAP && capital) || (capital && GIVEN_NAMES.has(w))) return LEXICON_ONLY;
  return undefined;
}

/**
 * Two words joined ("sameier" + "møte"), the first one the lexicon lets open a compound: what the two cost apart, and a
 * little more. Two words that can each stand alone stay two ("navne fortegnelse"): a compound split is still read
 * right, two words wrongly joined ("utfyltstand") are not.
 */
function compoundCost(w: string, heads: readonly number[], lex: Lexicon, capital: boolean): number | undefined {
  let best: number | undefined;
  for (const k of heads) {
    if (w.length - k < MIN_PART) break;
    const head = w.slice(0, k);
    const tailWord = w.slice(k);
    const tail = aloneCost(tailWord, lex.lookup(tailWord), false);
    if (tail === undefined) continue;
    const c = (aloneCost(head, lex.lookup(head), capital) ?? LEXICON_ONLY) + tail + JOIN;
    if (best === undefined || c < best) best = c;
  }
  return best;
}
