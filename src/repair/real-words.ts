/**
 * Real-word errors: damage that produced another valid word (på→pa is no word, but vår→var, så→sa, får→far,
 * år→ar are). Only run in documents that show the damage, and only where the evidence is strong: a candidate
 * must beat the word as written by a clear factor, weighting word frequency by how often this document's OCR
 * made that confusion; a few function words get context rules instead.
 */
import data from '../vocab/ocr-real-words.json' with { type: 'json' };
import { searchCandidates } from './candidates.js';
import { WORD, type Lexicon } from './lexicon.js';

interface RealWordData {
  factor: number; defaultFreq: number; freq: Record<string, number>;
  prepositions: string[]; pronouns: string[]; modals: string[]; infinitives: string[]; verbBlockers: string[];
  shortInfinitives: string[]; notInfinitives: string[];
  forBeforeWords: string[]; forAfterWords: string[]; farVetoNeighbours: string[]; aVetoBefore: string[];
}
const D = data as RealWordData;
const FREQ = new Map(Object.entries(D.freq));
const PREP = new Set(D.prepositions), PRON = new Set(D.pronouns), MODAL = new Set(D.modals);
const INF = new Set(D.infinitives), BLOCK = new Set(D.verbBlockers);
const SHORT_INF = new Set(D.shortInfinitives), NOT_INF = new Set(D.notInfinitives);
const FOR_BEFORE = new Set(D.forBeforeWords), FOR_AFTER = new Set(D.forAfterWords);
const FAR_VETO = new Set(D.farVetoNeighbours), A_VETO = new Set(D.aVetoBefore);

/** How often this document's OCR made each confusion ("a>å" …), from the non-word repairs, and per letter. */
export interface ChannelStats {
  /** Share of occurrences of the letter that arrived damaged (0..1). */
  letterRate: Record<string, number>;
  /** Share of a letter's damage that took this form ("g>ø" → 0.8). */
  ruleShare: Record<string, number>;
}

export interface WordContext {
  word: string; // lowercase, as written
  prev: string | null; // previous word, lowercase, after repair; null at line/sentence start
  next: string | null; // next word, lowercase
  /** Punctuation right after the word ("", ",", ":" …). */
  after: string;
  /** True when the previous token ended a sentence or the word starts its line. */
  sentenceStart: boolean;
}

/** A word in the frequency table (common function and meeting words). */
export const isFrequentWord = (w: string): boolean => FREQ.has(w);

const freq = (w: string): number => FREQ.get(w) ?? D.defaultFreq;

function damageProb(edits: readonly string[], stats: ChannelStats): number {
  let p = 1;
  for (const e of edits) {
    const to = e.split('>')[1] ?? '';
    p *= (stats.letterRate[to] ?? 0) * (stats.ruleShare[e] ?? 0);
  }
  return p;
}

/**
 * How often the document uses a word's family: the word itself, its inflections and compounds built on it
 * (møte ← møtet, styremøte, møteleder), counted over `vocab` (words written intact or repaired).
 */
export function familyCount(word: string, vocab: ReadonlyMap<string, number>): number {
  if ([...word].length < 4) return vocab.get(word) ?? 0;
  let n = 0;
  for (const [v, c] of vocab) if (v.startsWith(word) || v.endsWith(word)) n += c;
  return n;
}

/** The replacement for a real word, or null to keep it. */
export function realWordFix(ctx: WordContext, lexicon: Lexicon, stats: ChannelStats,
  vocab: ReadonlyMap<string, number> = new Map()): string | null {
  const { word, prev, next, after } = ctx;
  const åRate = stats.letterRate['å'] ?? 0;
  // Standalone "a", "4" and "&" for the infinitive marker å: only before an infinitive-looking Norwegian word,
  // never in a list label ("punkt a"); "4"/"&" also need a lowercase word before them ("til 4 reise", not "R & D").
  if (word === 'a' || word === '4' || word === '&') {
    if (åRate < 0.3 || after !== '' || !next || next !== next.toLowerCase()) return null;
    if (prev && A_VETO.has(prev)) return null;
    const nextWord = (lexicon.lookup(next) & WORD) !== 0;
    const infinitive = INF.has(next) || SHORT_INF.has(next) || (/^\p{Ll}{3,}e$/u.test(next) && !NOT_INF.has(next));
    if (!nextWord && !(word === 'a' && /^\p{Ll}{3,}e$/u.test(next))) return null;
    if (word !== 'a') {
      if (!prev || !/^\p{Ll}+$/u.test(prev) || !infinitive) return null;
    }
    return 'å';
  }
  if (!FREQ.has(word)) {
    // Words outside the table: only a candidate from the table that is far more frequent.
    if (lexicon.lookup(word) === 0) return null;
  }
  switch (word) {
    case 'sa': // said: "han sa", "sa at", "sa:"; otherwise så
      if (åRate < 0.5 || after.startsWith(':') || next === 'at' || next === 'det' && after === '' && prev !== null && PRON.has(prev)) return null;
      if (prev && PRON.has(prev)) return null;
      return 'så';
    case 'var': // vår only after a preposition before a noun-like word, or "i vår."
      if (åRate < 0.5 || !prev) return null;
      if (prev === 'i' && (next === null || after !== '')) return 'vår';
      if (PREP.has(prev) && next && after === '' && !BLOCK.has(next) && /^\p{Ll}{3,}$/u.test(next)) return 'vår';
      return null;
    case 'vare':
      if (åRate < 0.5 || !prev || !PREP.has(prev) || !next || after !== '' || BLOCK.has(next) || !/^\p{Ll}{3,}$/u.test(next)) return null;
      return 'våre';
    case 'for':
      if ((prev && FOR_BEFORE.has(prev)) || (next && FOR_AFTER.has(next) && after === '')) {
        return (stats.letterRate['ø'] ?? 0) >= 0.3 && (stats.ruleShare['o>ø'] ?? 0) > 0 ? 'før' : null;
      }
      return null;
    case 'far':
      if ((prev && FAR_VETO.has(prev)) || (next && FAR_VETO.has(next))) return null;
      break;
    case 'ga': case 'sta': case 'sla':
      if (!prev || !MODAL.has(prev)) return null;
      break;
    default:
  }
  const cands = searchCandidates(word, lexicon, { maxCost: 3, capitalised: false, maxEdits: 2 })
    .filter((c) => c.parts === 1 && c.word !== word && FREQ.has(c.word));
  let best: string | null = null;
  let bestScore = freq(word) * D.factor;
  for (const c of cands) {
    // A reading the document uses elsewhere (written intact or repaired) is likelier: a cache on top of frequency.
    let score = freq(c.word) * damageProb(c.edits, stats) * (1 + familyCount(c.word, vocab));
    // After a modal or the infinitive marker, an infinitive reading is the expected one.
    if (prev && MODAL.has(prev) && INF.has(c.word)) score *= 3;
    if (score > bestScore) { bestScore = score; best = c.word; }
  }
  return best;
}
