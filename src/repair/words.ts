/**
 * The words of a document as repair sees them (one list per line), and what can be said of a word as written:
 * its case, whether the lexicon or the gazetteer knows it, whether it continues a sentence.
 */
import type { Candidate } from './candidates.js';
import { WORD, type Lexicon } from './lexicon.js';
import type { NameTrie } from './names.js';
import { isProtectedToken } from './protect.js';

export interface Word {
  line: number; // 0-based
  start: number; // UTF-16 offset in the line
  text: string;
  token: string; // whitespace token it belongs to
  tokenStart: number;
  /** Its place among the words of its line (lines can be megabytes long: no searching for it). */
  index: number;
  fix?: string;
  rule?: string;
  /** Pass 1: the readings that were in the running, cheapest first. */
  alts?: Candidate[];
}

/**
 * A word with every field present from the start (fix, rule and alts as yet undefined): all words share one
 * object shape, so the phases that read them never meet a word of another shape.
 */
export function newWord(line: number, start: number, text: string, token: string, tokenStart: number, index: number,
  fix: string | undefined, rule: string | undefined): Word {
  return { line, start, text, token, tokenStart, index, fix, rule, alts: undefined };
}

const SEGMENT = /[A-Za-zÀ-ÖØ-öø-ÿ@&4]+/g;
const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/;
const WHITESPACE_TOKEN = /\S+/gu;
const A_LETTER = /[A-Za-zÀ-ÖØ-öø-ÿ]/;

export function collectWords(lines: readonly string[]): Word[][] {
  const words: Word[][] = [];
  for (let li = 0; li < lines.length; li++) words.push(lineWords(lines[li]!, li));
  return words;
}

const GLUED_NUMBER = /^\d{1,2}[.)](?=[A-Za-zÀ-ÖØ-öø-ÿ@]{3})/;

function lineWords(line: string, li: number): Word[] {
  const out: Word[] = [];
  for (const m of line.matchAll(WHITESPACE_TOKEN)) {
    // A list number glued to its first word ("5.Foreldremgte", "6.Uteomradet:") is no number inside the word.
    const glued = GLUED_NUMBER.exec(m[0]);
    const token = glued ? m[0].slice(glued[0].length) : m[0];
    const tokenStart = glued ? m.index + glued[0].length : m.index;
    // Letters beyond Latin-1 (Sámi č, š, ŋ, ŧ, đ: "Kárášjohka") are no OCR damage: the word is left as written.
    if (isProtectedToken(token) || BEYOND_LATIN1.test(token)) continue;
    for (const s of token.matchAll(SEGMENT)) {
      if (!A_LETTER.test(s[0]) && s[0] !== '4' && s[0] !== '&') continue;
      if ((s[0] === '4' || s[0] === '&') && token !== s[0]) continue; // "4"/"&" only as a word of their own
      out.push(newWord(li, tokenStart + s.index, s[0], token, tokenStart, out.length, undefined, undefined));
    }
  }
  return out;
}

/** All words of the document, in reading order. */
export function allWords(words: readonly Word[][]): Word[] {
  const out: Word[] = [];
  for (const lw of words) for (const w of lw) out.push(w);
  return out;
}

export const isCapitalised = (w: string): boolean => /^[A-ZÀ-ÖØ-Þ@]/.test(w);
export const isAllCaps = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

/** Is the word as written a word (lexicon, proper noun in a capitalised token, gazetteer)? */
export function known(w: string, lex: Lexicon, names: NameTrie): boolean {
  if (/[@&4]/u.test(w)) return false;
  const f = lex.lookup(w.toLowerCase());
  if (f & WORD) return true;
  if (f && (isCapitalised(w) || isAllCaps(w))) return true; // CAP or a compound part written alone
  return isCapitalised(w) && names.has(w);
}

/** The word continues a sentence: a word before it on its line, or a long unfinished line above. */
export function midSentence(w: Word, lines: readonly string[], words: readonly Word[][]): boolean {
  const lw = words[w.line]!;
  const j = w.index;
  const prev = j > 0 ? lw[j - 1] : undefined;
  if (prev) {
    const between = lines[w.line]!.slice(prev.start + prev.text.length, w.start);
    return /^\s+$/u.test(between) && /[a-zß-öø-ÿ]$/.test(prev.text);
  }
  if (w.line === 0 || lines[w.line]!.slice(0, w.start).trim() !== '') return false;
  const above = lines[w.line - 1]!.trimEnd();
  return above.length >= 50 && /[a-zß-öø-ÿ]$/.test(above);
}

/** A line of at least two words written all in capitals (letters beyond the damage glyphs). */
export function isCapsLine(line: string): boolean {
  const letters = line.replace(/[^A-Za-zÀ-ÖØ-öø-ÿ]/g, '');
  return letters.length >= 6 && letters === letters.toUpperCase() && /\S\s+\S/u.test(line.trim());
}

// Asked once per all-caps word: a megabyte line holds many, and reading the line each time is quadratic.
const CAPS_LINES = new WeakMap<readonly string[], Map<number, boolean>>();
/** isCapsLine for line `li` of a document, remembered per document. */
export function isCapsLineAt(lines: readonly string[], li: number): boolean {
  let known = CAPS_LINES.get(lines);
  if (!known) CAPS_LINES.set(lines, (known = new Map()));
  let caps = known.get(li);
  if (caps === undefined) known.set(li, (caps = isCapsLine(lines[li]!)));
  return caps;
}

/** The first reading of the word given, if any. */
export function findReading(readings: readonly Candidate[] | undefined, word: string | undefined): Candidate | undefined {
  if (readings === undefined) return undefined;
  for (const c of readings) if (c.word === word) return c;
  return undefined;
}
