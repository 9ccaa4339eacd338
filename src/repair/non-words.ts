/**
 * Pass 1: non-words. First every word is classified: a real word (a candidate for the real-word pass in
 * context), a non-word to read, or a word to leave alone (codes, acronyms, names) — a few glyph and name repairs
 * are made on the way. Then each non-word is read through the confusion channel: the readings that fit the
 * word and where it stands, the cheapest of them when it wins clearly.
 */
import calendar from '../vocab/calendar.json' with { type: 'json' };
import nameList from '../vocab/names.json' with { type: 'json' };
import { applyCase, onlyPlausibleEdits, searchCandidates, type Candidate } from './candidates.js';
import { byRank, countEdits, editCost, rank } from './channel.js';
import type { RepairContext } from './context.js';
import { CAP, COMPOUND, WORD, type Lexicon } from './lexicon.js';
import { NameTrie } from './names.js';
import { isCodeLikeWord } from './protect.js';
import { isFrequentWord } from './real-words.js';
import { isAllCaps, isCapitalised, isCapsLineAt, known, midSentence, type Word } from './words.js';

const CALENDAR = new Set([...Object.keys(calendar.months), ...Object.keys(calendar.weekdays)]);
const DOUBLED_FIRST = /^([a-zß-öø-ÿ])([A-ZÀ-ÖØ-Þ])[a-zß-öø-ÿ]{2,}$/;
const NON_LETTERS = /[^A-Za-zÀ-ÖØ-öø-ÿ]/g;

export interface WordClasses {
  /** Words as written that the real-word pass may read in context. */
  realCandidates: Word[];
  /** Words no lexicon, compound or name confirms, to be read through the confusion channel. */
  nonWords: Word[];
}

const LEFT_ALONE = 0;
const REAL_WORD_CANDIDATE = 1;
const NON_WORD = 2;
type WordClass = typeof LEFT_ALONE | typeof REAL_WORD_CANDIDATE | typeof NON_WORD;

/** Pass 1, first step: sort the document's words into real-word candidates and non-words. */
export function classifyWords(ctx: RepairContext): WordClasses {
  const realCandidates: Word[] = [];
  const nonWords: Word[] = [];
  for (const lw of ctx.words) {
    for (const w of lw) {
      const kind = classifyWord(ctx, lw, w);
      if (kind === REAL_WORD_CANDIDATE) realCandidates.push(w);
      else if (kind === NON_WORD) nonWords.push(w);
    }
  }
  return { realCandidates, nonWords };
}

function classifyWord(ctx: RepairContext, lw: readonly Word[], w: Word): WordClass {
  if (w.text === '4' || w.text === 'a' || w.text === 'A' || w.text === '&') return REAL_WORD_CANDIDATE;
  if (fixDoubledFirstLetter(w, ctx.lex)) return LEFT_ALONE;
  if (isCodeLikeWord(w.text.replace(/^[lI](?=[A-ZÀ-ÖØ-Þ])/, ''))) return LEFT_ALONE;
  // A common Norwegian name one or two confusions away (Adne → Ådne, Bjorgulv → Bjørgulv), unless the spelling
  // as written is a name or word the lexicon knows (Terje is no damaged Tørje).
  if (ctx.boldNames && fixCommonName(w, ctx)) return LEFT_ALONE;
  if (known(w.text, ctx.lex, ctx.names)) return REAL_WORD_CANDIDATE;
  // A lowercase word between two capitalised words mid-line is part of a name ("Trond arne Ingvoldstad"),
  // unless it shows damage no spelling produces and reads cheaply as a word ("FAU mgte Mandag").
  if (isLowercasePartOfName(w, lw, ctx)) return LEFT_ALONE;
  // Short all-capital words are acronyms (AS, LAN, IPR) unless a damage glyph shows.
  // (In a heading written all in capitals they are words like any other: the real-word pass reads them.)
  if (isAcronym(w.text)) return isCapsLineAt(ctx.lines, w.line) ? REAL_WORD_CANDIDATE : LEFT_ALONE;
  if (inflectedForm(w.text.toLowerCase(), ctx.lex)) return LEFT_ALONE;
  return NON_WORD;
}

/** A first letter read twice, small then capital ("kKontoret"): the word without the stray capital. */
function fixDoubledFirstLetter(w: Word, lex: Lexicon): boolean {
  const doubled = DOUBLED_FIRST.exec(w.text);
  if (!(doubled && doubled[1] === doubled[2]!.toLowerCase() && lex.lookup(w.text[0] + w.text.slice(2)) & WORD)) return false;
  w.fix = w.text[0] + w.text.slice(2);
  w.rule = 'ocr-glyph';
  return true;
}

function fixCommonName(w: Word, ctx: RepairContext): boolean {
  if (!(isCapitalised(w.text) && !isAllCaps(w.text) && !ctx.lex.lookup(w.text.toLowerCase()))) return false;
  const name = commonNameReading(w.text, ctx.costs);
  if (!name) return false;
  w.fix = applyCase(w.text, name);
  w.rule = 'ocr-name';
  return true;
}

let commonNames: NameTrie | undefined;
/** The common name (src/vocab/names.json) a capitalised token is one or two confusions away from, if exactly one. */
function commonNameReading(token: string, costs: ReadonlyMap<string, number> | undefined): string | undefined {
  if (!commonNames) {
    commonNames = new NameTrie();
    for (const n of [...nameList.given, ...nameList.surnames]) commonNames.add(n);
  }
  const found = searchCandidates(token, commonNames, { maxCost: 3.0, capitalised: true, maxEdits: 2, costs });
  let only: Candidate | undefined;
  let count = 0;
  for (const c of found) if (c.parts === 1 && c.edits.length > 0) { count++; only = c; }
  return count === 1 ? only!.word : undefined;
}

const showsImplausibleDamage = (c: Candidate): boolean => !onlyPlausibleEdits(c);

function isLowercasePartOfName(w: Word, lw: readonly Word[], ctx: RepairContext): boolean {
  const j = w.index;
  const p = j > 0 ? lw[j - 1] : undefined, q = lw[j + 1];
  return !isCapitalised(w.text) && p !== undefined && q !== undefined && isCapitalised(p.text) && isCapitalised(q.text) &&
    [...w.text].length >= 4 &&
    !searchCandidates(w.text, ctx.lex, { maxCost: 1.5, capitalised: false, maxEdits: 2, costs: ctx.costs }).some(showsImplausibleDamage);
}

function isAcronym(text: string): boolean {
  return isAllCaps(text) && text.replace(NON_LETTERS, '').length <= 4 && !/[@&]/u.test(text);
}

// Inflected forms of words in -a the lexicon lacks (temaet, arenaen, fakturaer): "ae" there is no æ.
const A_ENDINGS = ['en', 'et', 'er', 'ene', 'ens', 'ets', 'erne', 'ers'];
function inflectedForm(w: string, lex: Lexicon): boolean {
  for (const e of A_ENDINGS) {
    if (!w.endsWith('a' + e) || w.length < e.length + 4) continue;
    // …unless the æ reading is itself a word (sekretaer → sekretær).
    const at = w.length - e.length - 1;
    // (a full noun — compoundable — beats a stem that is not one).
    const stemFlags = lex.lookup(w.slice(0, w.length - e.length));
    if (e.startsWith('e') && lex.lookup(w.slice(0, at) + 'æ' + w.slice(at + 2)) & COMPOUND && !(stemFlags & COMPOUND)) return false;
    const stem = w.slice(0, w.length - e.length);
    if (lex.lookup(stem) & (WORD | CAP)) return true;
    if (searchCandidates(stem, lex, { maxCost: 2.5, capitalised: false, allowIdentity: true, maxEdits: 0 }).length > 0) return true;
  }
  return false;
}

/** Where a non-word stands, as far as its readings care. */
interface Setting {
  /** Letters in the word. */
  len: number;
  /** Capitalised or all capitals. */
  capital: boolean;
  allCaps: boolean;
  prevTok: Word | undefined;
  /** The next word is "kommune". */
  beforeKommune: boolean;
  /** The next word, in another token, is lowercase. */
  nextLower: boolean;
  /** The first word of a line or a sentence. */
  atStart: boolean;
  /** A label opening its line ("Arbok: …"). */
  labelStart: boolean;
}

function settingOf(w: Word, ctx: RepairContext): Setting {
  const lw = ctx.words[w.line]!;
  const line = ctx.lines[w.line]!;
  const letters = w.text.replace(NON_LETTERS, '');
  const j2 = w.index;
  const prevTok = j2 > 0 ? lw[j2 - 1] : undefined;
  const nextTok = lw[j2 + 1];
  return {
    len: [...letters].length,
    capital: isCapitalised(w.text) || isAllCaps(w.text),
    allCaps: isAllCaps(w.text),
    prevTok,
    beforeKommune: nextTok?.text === 'kommune',
    nextLower: nextTok !== undefined && nextTok.tokenStart !== w.tokenStart && /^[a-zß-öø-ÿ]/.test(nextTok.text),
    atStart: !prevTok || /[.!?:]$/u.test(line.slice(prevTok.start + prevTok.text.length, prevTok.tokenStart + prevTok.token.length)),
    labelStart: !prevTok && w.token.endsWith(':') && w.token.length === w.text.length + 1 && line.slice(0, w.tokenStart).trim() === '',
  };
}

/** Pass 1, second step: read each non-word, counting the confusions of the readings taken. */
export function readNonWords(ctx: RepairContext, nonWords: readonly Word[], ruleCount: Map<string, number>): void {
  for (const w of nonWords) readNonWord(w, ctx, ruleCount);
}

// A strict compound join (both parts compoundable) costs this much in the search (candidates.ts STRICT_JOIN).
const STRICT_JOINS = 1.5;
const LOST_Ø = /^[oea]>ø$/u;
const LOST_Ø_MARGIN = 3.2;
const isDeletion = (e: string): boolean => e.endsWith('>');
const isStrayLetterDeletion = (e: string): boolean => e.endsWith('>') && /^[lI]>$/u.test(e);

function readNonWord(w: Word, ctx: RepairContext, ruleCount: Map<string, number>): void {
  const s = settingOf(w, ctx);
  // Names are restored only from capitalised tokens (a lowercase word is no name, whatever the gazetteer holds).
  const cands = searchCandidates(w.text, ctx.lex, { maxCost: ctx.maxCost, capitalised: s.capital, names: s.capital ? ctx.names : undefined, allowIdentity: true, costs: ctx.costs });
  const fitting = fittingReadings(cands, s, ctx.lex);
  // A reading the lexicon holds whole is likelier than a compound it has to be split into: a damaged word often
  // still parses as some compound (spar+smal, felles+mate), an intact one rarely needs a confusion to be a word.
  fitting.sort(byRank);
  let best = fitting[0];
  if (!best) return;
  // Where no ø survived, a compound that reads as written only through a loose split (semester+statte,
  // betalings+losning) loses to a strict compound, or a whole word, with one lost ø restored (semesterstøtte).
  // (Not linjeleder+møter: a restored reading that is loose itself would win on cost alone, resirkuler+børt.)
  const asWritten = best;
  if (ctx.fullDamage && best.edits.length === 0 && best.parts > 1 && best.cost > STRICT_JOINS * (best.parts - 1)) {
    best = lostØReading(fitting, asWritten, ctx.costs) ?? best;
  }
  // Read as written (often a compound of whatever parts fit): kept for the document's vote below.
  if (best.edits.length === 0) { if (fitting.length > 1 && best.parts > 1) w.alts = fitting; return; }
  const second = firstOtherReading(fitting, best.word);
  if (second && second !== asWritten && rank(second) - rank(best) < 0.2) return; // no clear winner: leave it
  // A reading that needs only the stray-letter deletion must land on a real (non-compound) word.
  if (best.edits.every(isDeletion) && best.parts > 1) return;
  w.fix = applyCase(w.text, best.word, best.edits.some(isStrayLetterDeletion));
  lowercaseWhereCaseIsDamage(w, best, s.prevTok, ctx);
  w.rule = best.name ? 'ocr-name' : best.parts > 1 ? 'ocr-compound' : 'ocr-confusion';
  w.alts = fitting;
  countEdits(ruleCount, best.edits);
}

/** The readings in the running for a non-word, given where it stands. */
function fittingReadings(cands: readonly Candidate[], s: Setting, lex: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) if (fits(c, cands, s, lex)) out.push(c);
  return out;
}

// A capitalised word mid-sentence is probably a name: restore it to a proper noun or a gazetteer name, or to
// a common word only when it is long (names rarely are) — never to a short common word (Lara ↛ Låra).
function fits(c: Candidate, cands: readonly Candidate[], s: Setting, lex: Lexicon): boolean {
  if (c.edits.length === 0 || c.name) return true;
  const len = s.len;
  // An l read as i ("mediem") turns many short foreign and English words into Norwegian ones (size → slæ):
  // only in longer words, and together with another confusion only in long ones.
  if (c.edits.includes('i>l') && (len < 6 || (c.edits.length > 1 && len < 9))) return false;
  // Weekdays and months, a closed class, are often capitalised in headings and tables (Sendag → Søndag).
  if (c.parts === 1 && c.edits.length === 1 && CALENDAR.has(c.word)) return true;
  const plausible = onlyPlausibleEdits(c);
  // Short words: only function words from the table, or damage no spelling would produce (gkt → økt).
  if (len <= 3 && !isFrequentWord(c.word) && plausible) return false;
  // A municipality's name before "kommune" (Berum kommune → Bærum) may be one costlier confusion away.
  if (plausible && c.cost > (len >= 12 ? 4.6 : len >= 7 ? 3.7 : c.parts === 1 && lex.lookup(c.word) & CAP && s.beforeKommune ? 3.2 : 2.6)) return false;
  if (!s.capital || s.allCaps || !plausible) return true;
  return fitsCapitalised(c, cands, s, lex);
}

/** A plausible reading of a capitalised word (not all capitals). */
function fitsCapitalised(c: Candidate, cands: readonly Candidate[], s: Setting, lex: Lexicon): boolean {
  const len = s.len;
  if (c.parts === 1 && lex.lookup(c.word) & CAP) return c.cost <= 2.6 || s.beforeKommune;
  if (s.atStart && isFrequentWord(c.word)) return true;
  // A sentence's first word, followed by a lowercase word (no first name + surname): one cheap confusion
  // restores a common word (Storre → Større, Utlant → Utlånt).
  if (s.atStart && c.parts === 1 && len >= 5 && c.edits.length === 1 && c.cost <= 2.0 && s.nextLower) return true;
  // A label opening its line ("Arbok: …") is a common word, not a name.
  if (s.labelStart && c.parts === 1 && len >= 5 && c.edits.length === 1 && c.cost <= 2.0) return true;
  if (c.parts === 1) return len >= 8;
  // A long compound with no reading as written is rarely a name (Foreldreradsutvalgs, Miljodirektoratet).
  return len >= 10 && (c.cost <= 2.5 || (len >= 12 && !hasReadingAsWritten(cands)));
}

function hasReadingAsWritten(cands: readonly Candidate[]): boolean {
  for (const x of cands) if (x.edits.length === 0) return true;
  return false;
}

/** A strict compound or a whole word with one lost ø restored, close enough to the loose reading as written. */
function lostØReading(fitting: readonly Candidate[], asWritten: Candidate, costs: ReadonlyMap<string, number> | undefined): Candidate | undefined {
  for (const c of fitting) {
    if (c.edits.length === 1 && c.parts <= asWritten.parts && LOST_Ø.test(c.edits[0]!) &&
      rank(c) - rank(asWritten) <= LOST_Ø_MARGIN && c.cost - editCost(c.edits[0]!, costs) <= STRICT_JOINS * (c.parts - 1) + 0.01) return c;
  }
  return undefined;
}

function firstOtherReading(fitting: readonly Candidate[], word: string): Candidate | undefined {
  for (const c of fitting) if (c.word !== word) return c;
  return undefined;
}

function lowercaseWhereCaseIsDamage(w: Word, best: Candidate, prevTok: Word | undefined, ctx: RepairContext): void {
  const { lex, lines } = ctx;
  // 'I' read for l carries no case of its own: mid-sentence, a common word stays lowercase ("i Igpet av" → løpet).
  // ('@' does: OCR writes it mostly for a capital Ø, and titles are capitalised mid-sentence.)
  if (/^I[a-zß-öø-ÿ]/.test(w.text) && best.edits[0] === 'I>l' && !best.name &&
    !(lex.lookup(best.word) & CAP) && midSentence(w, lines, ctx.words)) w.fix = w.fix!.toLowerCase();
  // Where this OCR writes '@' for a lowercase ø too (inside words: "Haugr@nning"), an '@' opening a word right
  // after a lowercase word is a lowercase ø ("Dersom svinnet @ker" → øker), unless the word is a proper noun.
  if (ctx.atLower && /^@[a-zß-öø-ÿ]/.test(w.text) && !best.name && !(lex.lookup(best.word) & CAP) && prevTok && prevTok.line === w.line &&
    /^[a-zß-öø-ÿ]+$/.test(prevTok.text) && /^\s+$/u.test(lines[w.line]!.slice(prevTok.start + prevTok.text.length, w.start))) {
    w.fix = w.fix!.toLowerCase();
  }
}
