/**
 * Letters lost to U+FFFD. A page once decoded with the wrong encoding, and copied on from there, has "M�te",
 * "Fremm�tt" where æ, ø or å stood: the only letters Norwegian needs outside ASCII, so a lost letter inside a word
 * is nearly always one of them. Each such word is read with each of the three in place (capitals in a word of
 * capitals, or first before lower case) and filled when one reading is a word: the only one the lexicon knows, or,
 * when several are, the one the document itself writes most often, else one far more common in minutes than the
 * others ("p�": på, not pø). Otherwise it stays as it is ("f�r": får and før are both common).
 * One character for one: columns do not move.
 */
import type { Correction } from '../model/schema.js';
import { LOST, letterRuns } from './detect.js';
import { CAP, WORD, type Lexicon } from './lexicon.js';
import { FREQUENCY_FACTOR, wordFrequency } from './real-words.js';

/**
 * A run of letters and lost letters (Latin-1 letters: Norwegian words); those with a lost letter are read. One run a
 * match: a pattern that required the lost letter inside would retry from every letter of a long run.
 */
const LETTER_RUN = letterRuns();
const LOWER = ['ø', 'å', 'æ'];
const UPPER = ['Ø', 'Å', 'Æ'];
/** More lost letters in one word than this and the word is left alone (3 letters each: 27 readings at most). */
const MAX_LOST = 3;

export function fillLostLetters(text: string, lex: Lexicon): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const lines = text.split('\n');
  // The document's own words, for choosing between two readings that are both words.
  let counts: Map<string, number> | null = null;
  const countOf = (w: string): number => {
    if (!counts) {
      counts = new Map();
      for (const t of text.toLowerCase().match(/[a-zß-öø-ÿ]+/g) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return counts.get(w) ?? 0;
  };
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (!line.includes(LOST)) continue;
    let out = '';
    let pos = 0;
    LETTER_RUN.lastIndex = 0;
    for (let m = LETTER_RUN.exec(line); m; m = LETTER_RUN.exec(line)) {
      let word = m[0];
      let at = m.index;
      if (!word.includes(LOST) || !HAS_LETTER.test(word)) continue;
      let filled = fillWord(word, lex, countOf, opensSentence(lines, li, at));
      // A wrong decoding loses punctuation too («Møte», "–"): lost characters at the run's edges may be that.
      const lead = /^\uFFFD*/.exec(word)![0].length;
      const trail = /\uFFFD*$/.exec(word)![0].length;
      if (!filled && (lead || trail) && lead + trail < word.length) {
        word = word.slice(lead, word.length - trail);
        at += lead;
        filled = word.includes(LOST) ? fillWord(word, lex, countOf, opensSentence(lines, li, at)) : null;
      }
      if (!filled) continue;
      out += line.slice(pos, at) + filled;
      pos = at + word.length;
      corrections.push({ from: word, to: filled, line: li + 1, column: at + 1, rule: 'lost-letter' });
    }
    if (pos) lines[li] = out + line.slice(pos);
  }
  return corrections.length ? { text: lines.join('\n'), corrections } : { text, corrections };
}

const HAS_LETTER = /[A-Za-zÀ-ÖØ-öø-ÿ]/;

/**
 * Whether a word at `at` on line `li` may open a sentence, and so take a capital: after a full stop, a colon or a
 * lost character (a lost opening quotation mark) on its line, or first on a line, unless that line goes on from a
 * hard-wrapped one above (a long line, not finished: "Vi trenger mer støtte til … og" / "økonomisk …"). A short line
 * above is a heading or a label ("Sak 12/24" / "Økonomirapport").
 */
function opensSentence(lines: readonly string[], li: number, at: number): boolean {
  const before = lines[li]!.slice(0, at).trimEnd();
  if (before) return /[.!?:\uFFFD]$/.test(before);
  const above = li > 0 ? lines[li - 1]!.trimEnd() : '';
  return !(above.length >= WRAPPED_MIN && /[A-Za-zÀ-ÖØ-öø-ÿ,]$/.test(above));
}
/** A line this long that ends in a letter or a comma goes on on the next (a hard wrap). */
const WRAPPED_MIN = 45;

function fillWord(word: string, lex: Lexicon, countOf: (w: string) => number, opens: boolean): string | null {
  const letters = word.replace(/\uFFFD/g, '');
  const lost = word.length - letters.length;
  if (!letters || lost > MAX_LOST) return null;
  const allCaps = letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const choices = (i: number): string[] => {
    if (allCaps) return UPPER;
    // First letter of the word: a capital before lower case ("�st" → "Øst"), or lower case ("�kt" → "økt").
    if (i === 0) return [...UPPER, ...LOWER];
    return LOWER;
  };
  let readings = [''];
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const next = c === LOST ? choices(i) : [c];
    const grown: string[] = [];
    for (const r of readings) for (const n of next) grown.push(r + n);
    readings = grown;
  }
  // A capital and a small letter first read the same word ("Øst", "øst"): the capital where a sentence opens.
  const byWord = new Map<string, string>();
  for (const r of readings) {
    if (!isWord(r, lex)) continue;
    const key = r.toLowerCase();
    const had = byWord.get(key);
    if (!had || (had[0] !== r[0] && (r[0] === r[0]!.toUpperCase()) === opens)) byWord.set(key, r);
  }
  const words = [...byWord.values()];
  if (words.length === 0) return null;
  if (words.length === 1) return words[0]!;
  // Several words: the one this document writes most often, in full or in ASCII ("moete" for "møte"), and none when
  // it writes neither.
  const votes = (w: string): number => {
    const low = w.toLowerCase();
    const ascii = low.replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/æ/g, 'ae');
    return countOf(low) + (ascii === low ? 0 : countOf(ascii));
  };
  const ranked = words.map((w) => ({ w, n: votes(w), f: wordFrequency(w.toLowerCase()) })).sort((a, b) => b.n - a.n || b.f - a.f);
  const [first, second] = [ranked[0]!, ranked[1]!];
  if (first.n > second.n) return first.w;
  // Neither written elsewhere: a word far more common in minutes than the other by the real-word pass's frequencies and
  // factor ("på" over "pø", "møte" over "måte"), else none ("får" and "før" are both common). A guess all the same
  // ("være" over "våre" is wrong in "alle v�re frivillige"): the correction records it.
  return first.f >= FREQUENCY_FACTOR * second.f ? first.w : null;
}


/** A word as the lexicon knows it: in lower case, or a proper noun written with its capital. */
function isWord(w: string, lex: Lexicon): boolean {
  const f = lex.lookup(w.toLowerCase());
  if (f & WORD) return true;
  return (f & CAP) !== 0 && /^[A-ZÆØÅ]/.test(w);
}
