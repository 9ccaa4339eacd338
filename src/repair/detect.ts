/**
 * Damage detection without the lexicon: does this document show the OCR damage, and how strongly?
 * Evidence is the balance between Norwegian letters that survived and the tell-tale forms the confusions
 * leave behind: very frequent words that lost their å/ø/æ ("pa", "ogsa", "mgte"), '@' or '&' inside a
 * word, "ae"/"&e" inside lowercase words. A clean document has plenty of "på" and no "pa", so it is never
 * repaired; the share of damaged forms sets how bold repair may be.
 */
import markers from '../vocab/ocr-markers.json' with { type: 'json' };
import { isSpace } from '../vocab/patterns.js';

export interface Damage {
  damaged: boolean;
  /** 0..1: share of Norwegian-letter evidence that is damaged. */
  strength: number;
  /** Per letter: damaged forms seen vs clean occurrences (whole-document counts). */
  letters: Record<'å' | 'ø' | 'æ', { damaged: number; clean: number }>;
  /** Number of marker tokens found. */
  evidence: number;
  /** Words with a letter lost to U+FFFD ("M�te"): filled from the lexicon (lost-letters.ts), OCR damage or not. */
  lostLetters: number;
  /** Runs of letters spaced apart ("K O N S T I T U E R I N G"): closed up from the lexicon (letter-spacing.ts). */
  spacedRuns: number;
}

/** Whether the repair stage has anything to do: OCR damage, letters lost to U+FFFD, or letters spaced apart. */
export const needsRepair = (d: Damage): boolean => d.damaged || d.lostLetters > 0 || d.spacedRuns > 0;

/** A run of `pieces` spaced pieces, `singles` of them single letters, is letter-spaced (detection and repair alike). */
export const isSpacedRun = (pieces: number, singles: number): boolean => singles >= SPACED_RUN_MIN_SINGLES && singles * 2 >= pieces;

/**
 * A piece of letter-spaced text: one or two letters, or a digit, with any punctuation after it ("K", "rs", "3", "n,").
 * A run of them with at least SPACED_RUN_MIN_SINGLES single letters, and single letters at least half of it, is
 * letter-spaced: ordinary text has "i", "å", "o" alone, but never four in a row of six words.
 */
export const isSpacedPiece = (token: string): boolean => {
  const letters = leadingLetters(token);
  const lead = letters > 0 ? letters : isDigitCode(token.charCodeAt(0)) ? 1 : 0;
  return lead > 0 && lead <= 2 && punctuationFrom(token, lead);
};
/** Punctuation alone ("B )"): belongs to the piece before it, and does not end a run. */
export const isLoosePunctuation = (token: string): boolean => token.length > 0 && punctuationFrom(token, 0);
const SPACED_RUN_MIN_SINGLES = 4;
/** One letter, with any punctuation after it: what makes a run of pieces letter-spaced (a digit does not). */
export const isSingleLetter = (token: string): boolean => leadingLetters(token) === 1 && punctuationFrom(token, 1);
// These three read character codes, not patterns: the tokens are mostly one or two characters, which V8 stores one
// byte a character whatever the document, and a pattern tried on them would be compiled a second time for a
// document of two-byte strings (see segment/lines.ts blankLine).
/** How many Latin-1 letters the token opens with (three at most: more is no piece). */
function leadingLetters(token: string): number {
  let i = 0;
  while (i < token.length && i < 3 && isLatinLetterCode(token.charCodeAt(i))) i++;
  return i;
}
/** Whether the token holds nothing but , . : ; ! ? ) / from `from` on. */
function punctuationFrom(token: string, from: number): boolean {
  for (let i = from; i < token.length; i++) if (!',.:;!?)/'.includes(token[i]!)) return false;
  return true;
}
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isLatinLetterCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);

interface MarkerFile { letter: Record<'å' | 'ø' | 'æ', { damaged: string[]; clean: string[] }> }
const M = markers as unknown as MarkerFile;
const LETTERS = ['å', 'ø', 'æ'] as const;
/** Each damaged form and the letters it lost ("sporsmal" lost both å and ø): one lookup per token, not three. */
const DAMAGED_FORMS = new Map<string, Array<typeof LETTERS[number]>>();
for (const l of LETTERS) for (const w of M.letter[l].damaged) DAMAGED_FORMS.set(w, [...(DAMAGED_FORMS.get(w) ?? []), l]);
const cleanSets = Object.fromEntries(LETTERS.map((l) => [l, new Set(M.letter[l].clean)])) as Record<typeof LETTERS[number], Set<string>>;

// '@' for Ø/ø between or before letters (not an e-mail address: no dot-separated domain after it).
const AT_IN_WORD = /^(?:[A-Za-zÀ-ÖØ-öø-ÿ]+@[A-Za-zÀ-ÖØ-öø-ÿ]*|@[a-zß-öø-ÿ]{2,})$/;
// '&' for æ/å between letters: "B&erum", "p&", "m&".
const AMP_IN_WORD = /^[A-Za-zÀ-ÖØ-öø-ÿ]+&[A-Za-zÀ-ÖØ-öø-ÿ]*$/;
// "ae"/"ee"/"ze" where æ stood, inside a lowercase Norwegian-looking word ("vaere", "naering", "nzering").
const AE_IN_WORD = /^[a-zß-öø-ÿ]*[bdfghklmnprstv](?:ae|&e|ze)r/;
// 'g' for ø right after a word's opening consonant(s), where no Norwegian word has a g ("Hgyre", "Bjgrgulv",
// "Grgnne", "sgknad"): at least four letters, not all capitals (VGS, WGM), not an abbreviation (pga).
export const G_FOR_Ø = /^(?:[bdfhklmnprstv]|[bdfgkpt][lr]|[bdfgkmpst]j)g[a-zæøå]{2}/;
// Latin-1 classes, no 'u' flag: this runs on every token of every document and must stay cheap.

const EDGE = /^[^A-Za-zÀ-ÖØ-öø-ÿ@&]+|[^A-Za-zÀ-ÖØ-öø-ÿ@&]+$/g;
/** A letter (Latin-1) or @ or &, by character code: the edges EDGE would trim are anything else. */
const isEdgeLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || c === 64 || c === 38;
const MARKER_MAX = Math.max(...LETTERS.flatMap((l) => M.letter[l].damaged.map((w) => w.length)));
/** Whether the word holds æ, ø or å (by code, as leadingLetters: most words here are short). */
function hasNorwegianLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 0x20;
    if (c === 0xe6 || c === 0xf8 || c === 0xe5) return true;
  }
  return false;
}

export function detectDamage(text: string): Damage {
  const letters = { å: { damaged: 0, clean: 0 }, ø: { damaged: 0, clean: 0 }, æ: { damaged: 0, clean: 0 } };
  let glyph = 0;
  // The letter-spaced run the tokens are in: its pieces, and how many of them are a single letter.
  let spacedRuns = 0;
  let runPieces = 0;
  let runSingles = 0;
  const endRun = (): void => {
    if (isSpacedRun(runPieces, runSingles)) spacedRuns++;
    runPieces = runSingles = 0;
  };
  // Token by token (runs of non-space, as /\S+/g), without splitting the whole text into an array first (a 20 MB
  // input is millions of tokens), and by character code: this loop meets every token of every document.
  const n = text.length;
  for (let i = 0; i < n; ) {
    // A run of spaced letters is read line by line (letter-spacing.ts): a line break ends one.
    while (i < n && isSpace(text.charCodeAt(i))) if (text.charCodeAt(i++) === 10 && runPieces) endRun();
    if (i === n) break;
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    const raw = text.slice(start, i);
    if (raw.length <= 4 && isSpacedPiece(raw)) {
      runPieces++;
      if (isSingleLetter(raw)) runSingles++;
    } else if (!(runPieces && isLoosePunctuation(raw))) endRun();
    // Most tokens are a bare word: the edges are trimmed only when a punctuation mark stands at one.
    const edgesAreLetters = isEdgeLetter(raw.charCodeAt(0)) && isEdgeLetter(raw.charCodeAt(raw.length - 1));
    const tok = edgesAreLetters ? raw : raw.length === 1 ? '' : raw.replace(EDGE, '');
    if (!tok) continue;
    if (hasNorwegianLetter(tok)) {
      if (tok.includes('å') || tok.includes('Å')) letters.å.clean++;
      if (tok.includes('ø') || tok.includes('Ø')) letters.ø.clean++;
      if (tok.includes('æ') || tok.includes('Æ')) letters.æ.clean++;
    }
    const low = tok.toLowerCase();
    // No damaged form is longer than MARKER_MAX letters.
    const lost = low.length <= MARKER_MAX ? DAMAGED_FORMS.get(low) : undefined;
    if (lost) for (const l of lost) letters[l].damaged++;
    else if (low.length >= 4 && G_FOR_Ø.test(low) && tok !== tok.toUpperCase()) letters.ø.damaged++;
    if (tok.includes('@') && !raw.includes('.') && AT_IN_WORD.test(tok)) { glyph++; letters.ø.damaged++; }
    else if (tok.includes('&') && AMP_IN_WORD.test(tok)) { glyph++; letters.æ.damaged++; }
    else if (low.includes('er') && AE_IN_WORD.test(tok) && !cleanSets.æ.has(low)) letters.æ.damaged += 0.5;
  }
  endRun();
  const dam = letters.å.damaged + letters.ø.damaged + letters.æ.damaged;
  const clean = letters.å.clean + letters.ø.clean + letters.æ.clean;
  const strength = dam === 0 ? 0 : dam / (dam + clean);
  // At least a few independent damaged forms, and damage not drowned by clean Norwegian letters.
  // A text with no surviving æøå at all needs less: two damaged forms (one in a very short text).
  const words = text.length / 6;
  const damaged = (dam >= 3 && strength >= 0.15) || (clean === 0 && (dam >= 2 || (dam >= 1 && words < 400)));
  return { damaged, strength, letters, evidence: dam, lostLetters: countLostLetters(text), spacedRuns };
}

/** U+FFFD: a letter a wrong decoding lost (lost-letters.ts fills it). */
export const LOST = '\uFFFD';
/** Runs of letters and lost letters (Latin-1 letters: Norwegian words), one run a match (global: a new one per use). */
export const letterRuns = (): RegExp => /[A-Za-zÀ-ÖØ-öø-ÿ\uFFFD]+/g;
const LETTER_RUN = letterRuns();

/**
 * How many words have a letter lost to U+FFFD: what makes the repair stage (and its lexicon) worth loading. Here, not
 * in lost-letters.ts, so that the damage check every document runs imports nothing of the repair stage.
 */
export function countLostLetters(text: string): number {
  if (!text.includes(LOST)) return 0;
  let n = 0;
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(text); m; m = LETTER_RUN.exec(text)) if (m[0].includes(LOST) && m[0].length > 1 && /[A-Za-zÀ-ÖØ-öø-ÿ]/.test(m[0])) n++;
  return n;
}
