/**
 * Real-word errors: damage that produced another valid word (på→pa is no word, but vår→var, så→sa, får→far,
 * år→ar are). Only run in documents that show the damage, and only where the evidence is strong: a candidate
 * must beat the word as written by a clear factor, weighting word frequency by how often this document's OCR
 * made that confusion; a few function words get context rules instead.
 */
import data from '../vocab/ocr-real-words.json' with { type: 'json' };
import standards from '../vocab/language.json' with { type: 'json' };
import { searchCandidates, type Candidate } from './candidates.js';
import { WORD, type Lexicon } from './lexicon.js';

interface RealWordData {
  factor: number; defaultFreq: number; freq: Record<string, number>;
  prepositions: string[]; pronouns: string[]; modals: string[]; infinitives: string[]; verbBlockers: string[];
  shortInfinitives: string[]; notInfinitives: string[];
  forBeforeWords: string[]; forAfterWords: string[]; farVetoNeighbours: string[]; aVetoBefore: string[];
  infinitiveMarkerBefore: string[]; forSubjects: string[]; forTimeUnits: string[]; seasonBefore: string[];
  soAfterWords: string[]; moteBefore: string[]; maateBefore: string[]; finiteVerbs: string[]; forAgoWords: string[];
}
const D = data as RealWordData;
const FREQ = new Map(Object.entries(D.freq));
const PREP = new Set(D.prepositions), PRON = new Set(D.pronouns), MODAL = new Set(D.modals);
const INF = new Set(D.infinitives), BLOCK = new Set(D.verbBlockers);
const SHORT_INF = new Set(D.shortInfinitives), NOT_INF = new Set(D.notInfinitives);
const FOR_BEFORE = new Set(D.forBeforeWords), FOR_AFTER = new Set(D.forAfterWords);
const FAR_VETO = new Set(D.farVetoNeighbours), A_VETO = new Set(D.aVetoBefore);
const MARK_BEFORE = new Set(D.infinitiveMarkerBefore), FOR_SUBJECT = new Set(D.forSubjects);
const TIME_UNIT = new Set(D.forTimeUnits), SEASON_BEFORE = new Set(D.seasonBefore), SO_AFTER = new Set(D.soAfterWords);
const MØTE_BEFORE = new Set(D.moteBefore), MÅTE_BEFORE = new Set(D.maateBefore);
const FINITE = new Set(D.finiteVerbs), AGO = new Set(D.forAgoWords);
const YEAR = /^\d{4}\b/u;
// The letter arrives damaged this often (or more) before the document's own words count as evidence.
const CACHE_RATE = 0.8;
const HAVE = new Set(['har', 'hadde', 'ha', 'å']);

/** A bare infinitive after a modal-like word ("bør gjøre", "bør settes"): an infinitive form, not a noun in -ene. */
function infinitiveLike(w: string | null): boolean {
  if (!w || BLOCK.has(w) || NOT_INF.has(w) || PRON.has(w)) return false;
  if (INF.has(w) || (SHORT_INF.has(w) && w !== 'ikke' && w !== 'ikkje')) return true;
  // (-ene, -ere, -ige, -ske end plural nouns and adjectives: "ber deltakere", "bor andre steder".)
  return /^[a-zß-öø-ÿ]{2,}(?:e|es)$/.test(w) && !/(?:ene|ere|ige|ske)$/u.test(w);
}

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
  /** The next whitespace token as written (numbers included), or null. */
  nextToken?: string | null;
  /** The few words after `next` (lowercase, as repaired), for phrases like "for ti år siden". */
  ahead?: readonly string[];
  /** The document's written standard, from its frequent words: 'nn' (Nynorsk), 'nb' (Bokmål), or unknown. */
  standard?: 'nb' | 'nn' | null;
}

const NN_MARKERS = new Set(standards.nn), NB_MARKERS = new Set(standards.nb);
// Words whose reading is the question (fra/frå, vere/være, vert/vært): they vouch for neither standard.
const UNDECIDED = new Set(['fra', 'frå', 'vere', 'være', 'vert', 'vært', 'gjer', 'gjør']);

/**
 * Bokmål or Nynorsk, from the frequent words that tell them apart (src/vocab/language.json), counted on
 * lowercase words as written: a clear majority of at least three decides, otherwise null.
 */
export function writtenStandard(words: Iterable<string>): 'nb' | 'nn' | null {
  let nn = 0, nb = 0;
  for (const w of words) {
    if (UNDECIDED.has(w)) continue;
    if (NN_MARKERS.has(w)) nn++;
    else if (NB_MARKERS.has(w)) nb++;
  }
  if (nn >= 3 && nn > 2 * nb) return 'nn';
  if (nb >= 3 && nb > 2 * nn) return 'nb';
  return null;
}

const DATE_TOKEN = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})[.,;:]?$/;
const MØTET_BEFORE = new Set(['i', 'på', 'under', 'etter', 'før', 'til', 'fra', 'frå', 'dette', 'hele', 'heile', 'neste', 'forrige', 'siste', 'første']);
const BEFORE_AFTER = new Set(['etter', 'nå', 'no', 'senere', 'seinare', 'seinere', 'underveis', 'under']);

/** A word in the frequency table (common function and meeting words). */
export const isFrequentWord = (w: string): boolean => FREQ.has(w);

const freq = (w: string): number => FREQ.get(w) ?? D.defaultFreq;
/** A lower-cased word's rough frequency in minutes (ocr-real-words.json; the default for a word not listed). */
export const wordFrequency = freq;
/** How much more common a reading must be than the word as written before it wins. */
export const FREQUENCY_FACTOR = D.factor;

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
    // "til å", "for å", "om å" …: after these, a lone a/4/& before a word is the infinitive marker.
    if (prev && MARK_BEFORE.has(prev) && /^[a-zß-öø-ÿ]{2,}$/.test(next) && (lexicon.lookup(next) & WORD) !== 0) return 'å';
    const nextWord = (lexicon.lookup(next) & WORD) !== 0;
    const infinitive = INF.has(next) || SHORT_INF.has(next) || (/^[a-zß-öø-ÿ]{3,}e$/.test(next) && !NOT_INF.has(next));
    if (!nextWord && !(word === 'a' && /^[a-zß-öø-ÿ]{3,}e$/.test(next))) return null;
    if (word !== 'a') {
      if (!prev || !/^[a-zß-öø-ÿ]+$/.test(prev) || !infinitive) return null;
    }
    return 'å';
  }
  if (!FREQ.has(word)) {
    // Words outside the table: only a candidate from the table that is far more frequent.
    if (lexicon.lookup(word) === 0) return null;
  }
  const øRate = stats.letterRate['ø'] ?? 0;
  const share = (e: string): number => stats.ruleShare[e] ?? 0;
  // A season before a year, or after a preposition/determiner of time: "våren 2022", "i vår 2016", "denne våren".
  const year = ctx.nextToken != null && YEAR.test(ctx.nextToken) && after === '';
  switch (word) {
    case 'varen': case 'varens':
      if (åRate >= 0.5 && ((prev && SEASON_BEFORE.has(prev)) || year || (ctx.sentenceStart && next !== null && next === next.toLowerCase() && !BLOCK.has(next)))) return word === 'varen' ? 'våren' : 'vårens';
      return null;
    case 'ber': case 'bor': // bør + a bare infinitive ("bør gjøre", "bør settes"); ber om / bor i stay
      if (øRate >= 0.3 && share(word === 'ber' ? 'e>ø' : 'o>ø') >= 0.08 && after === '' && prev !== null && infinitiveLike(next)) return 'bør';
      // A short, certain infinitive ("ber ha", "ber gjøre"): no reading of ber/bor takes one, whatever this OCR's habit.
      if (øRate >= 0.5 && after === '' && prev !== null && next !== null && (INF.has(next) || SHORT_INF.has(next)) && next !== 'ikke' && next !== 'ikkje' && next !== 'bo') return 'bør';
      return null;
    case 'motet': case 'motene': // "i dette møtet", "på neste møte": a meeting after a determiner of meetings
      if (øRate >= 0.5 && prev && (MØTE_BEFORE.has(prev) || MØTET_BEFORE.has(prev))) return word === 'motet' ? 'møtet' : 'møtene';
      break;
    case 'folger': // "Her følger referatet", "som følger"
      if (øRate >= 0.5 && prev && (prev === 'her' || prev === 'som' || prev === 'nedenfor')) return 'følger';
      break;
    case 'matte': // "Desse møtte:", "Følgende møtte:": an attendance label (måtte takes no colon)
      if (øRate >= 0.5 && after.startsWith(':')) return 'møtte';
      break;
    case 'maten': // "på denne måten", "på samme måten" (the food, maten, takes no such determiner)
      if (åRate >= 0.5 && prev && MÅTE_BEFORE.has(prev) && prev !== 'en' && prev !== 'ein' && prev !== 'god') return 'måten';
      return null;
    case 'mate': // et møte / en måte: the gender of the word before decides (both readings undo damage)
      // "i møte 15.03.2016": a meeting has a date.
      if (øRate >= 0.5 && ctx.nextToken != null && DATE_TOKEN.test(ctx.nextToken) && after === '') return 'møte';
      if (øRate >= 0.3 && åRate >= 0.3) {
        if (prev && MÅTE_BEFORE.has(prev)) return 'måte';
        if ((prev && MØTE_BEFORE.has(prev)) || (!prev && ctx.sentenceStart && next !== null && (next === 'i' || next === 'med'))) return 'møte';
      }
      break;
    case 'sa': // said: "han sa", "sa at", "sa:"; otherwise så
      if (åRate >= 0.5 && after === '' && next && SO_AFTER.has(next)) return 'så'; // "så stor", "så og si"
      if (åRate < 0.5 || after.startsWith(':') || next === 'at' || next === 'det' && after === '' && prev !== null && PRON.has(prev)) return null;
      if (prev && PRON.has(prev)) return null;
      return 'så';
    case 'var': // vår only after a preposition before a noun-like word, or "i vår."
      if (åRate >= 0.5 && next === 'ref') return 'vår'; // a letter's "Vår ref:" beside "Deres ref:"
      if (åRate >= 0.5 && year) return 'vår';
      if (åRate < 0.5 || !prev) return null;
      if (prev === 'i' && (next === null || after !== '')) return 'vår';
      if (PREP.has(prev) && next && after === '' && !BLOCK.has(next) && /^[a-zß-öø-ÿ]{3,}$/.test(next)) return 'vår';
      return null;
    case 'vare':
      // After a definite plural the possessive follows the noun: "retningslinjene våre", "medlemmene våre".
      if (åRate >= 0.5 && prev && /^[a-zß-öø-ÿ]{3,}ene$/.test(prev) && (lexicon.lookup(prev) & WORD) !== 0) return 'våre';
      if (åRate < 0.5 || !prev || !PREP.has(prev) || !next || after !== '' || BLOCK.has(next) || !/^[a-zß-öø-ÿ]{3,}$/.test(next)) return null;
      return 'våre';
    case 'for':
      // "for ti år siden", "for lenge siden": ago, not before.
      if (ctx.ahead?.some((a) => AGO.has(a))) return null;
      if ((prev && (FOR_BEFORE.has(prev) || TIME_UNIT.has(prev))) || (next && FOR_AFTER.has(next) && after === '')) {
        return øRate >= 0.3 && share('o>ø') > 0 ? 'før' : null;
      }
      // "før eller nå", "før, under og etter": before set against another time (not "for eller imot").
      if (øRate >= 0.5 && share('o>ø') > 0 && (next === 'eller' || next === 'under' || (after === ',' && next === 'under')) &&
        ctx.ahead?.some((a) => BEFORE_AFTER.has(a)) && !ctx.ahead.some((a) => a === 'mot' || a === 'imot')) return 'før';
      // "før vi stemmer", "før man blir": a clause with its subject; "for" rarely takes a bare subject pronoun.
      if (next && FOR_SUBJECT.has(next) && after === '' && øRate >= 0.5 && share('o>ø') >= 0.15) return 'før';
      return null;
    case 'far':
      if ((prev && FAR_VETO.has(prev)) || (next && FAR_VETO.has(next))) return null;
      // "fra før", "uker før", "før jul": where før is meant and this OCR writes ø as a.
      if ((prev && (FOR_BEFORE.has(prev) || TIME_UNIT.has(prev))) || (next && FOR_AFTER.has(next) && after === '')) {
        return øRate >= 0.3 && share('a>ø') >= 0.08 ? 'før' : null;
      }
      // "før vi stemmer", "før vi har prøvd": a subject and a finite verb make a clause; "får vi tak", "vi får tid"
      // (a subject before it, or no finite verb after the subject) stay får.
      if (next && FOR_SUBJECT.has(next) && after === '' && ctx.ahead?.[0] !== undefined && FINITE.has(ctx.ahead[0]) &&
        !(prev && PRON.has(prev)) && øRate >= 0.5 && share('a>ø') >= 0.08) return 'før';
      break;
    case 'fra': // Nynorsk writes frå: in a Nynorsk text that loses its å, "fra" is frå
      return ctx.standard === 'nn' && åRate >= 0.5 ? 'frå' : null;
    case 'vere': // Nynorsk's være: in a Bokmål text it is være that lost its æ
      return ctx.standard === 'nb' && (stats.letterRate['æ'] ?? 0) >= 0.3 ? 'være' : null;
    case 'vert': // "har vert" in Bokmål is har vært (Nynorsk's vert, "becomes", stays)
      return ctx.standard === 'nb' && (stats.letterRate['æ'] ?? 0) >= 0.3 && prev !== null && HAVE.has(prev) ? 'vært' : null;
    case 'gjer': case 'dei': case 'eit': case 'kva': case 'vart':
      if (ctx.standard === 'nn') return null; // Nynorsk words as written
      break;
    case 'ga': case 'sta': case 'sla':
      // "gå gjennom" (to go through: the past tense is gikk gjennom, "ga gjennom" is no Norwegian).
      if (word === 'ga' && åRate >= 0.5 && after === '' && (next === 'gjennom' || next === 'igjennom')) return 'gå';
      if (!prev || !MODAL.has(prev)) return null;
      break;
    default:
  }
  const readings = searchCandidates(word, lexicon, { maxCost: 3, capitalised: false, maxEdits: 2 })
    .filter((c) => c.parts === 1 && c.word !== word);
  const cands = readings.filter((c) => FREQ.has(c.word))
    // far → før only in the contexts above: bare, får is the reading (the document's many før prove nothing).
    .filter((c) => !(word === 'far' && c.word === 'før'));
  let best: string | null = null;
  let bestScore = freq(word) * D.factor;
  for (const c of cands) {
    // A reading the document uses elsewhere (written intact or repaired) is likelier: a cache on top of frequency.
    let score = freq(c.word) * damageProb(c.edits, stats) * (1 + familyCount(c.word, vocab));
    // After a modal or the infinitive marker, an infinitive reading is the expected one.
    if (prev && MODAL.has(prev) && INF.has(c.word)) score *= 3;
    if (score > bestScore) { bestScore = score; best = c.word; }
  }
  if (best === null && !FREQ.has(word)) return cachedReading(word, readings, stats, vocab);
  return best;
}

/**
 * A word outside the frequency table whose one-confusion reading the document itself uses — restored elsewhere
 * from damage no spelling produces, or written intact — in a scan that loses that letter nearly always: the
 * document's own word is the likelier one (gjennomfart → gjennomført where "Gjennomfgrt" is restored elsewhere,
 * maten → måten). One such reading only; two rival readings the document both uses decide nothing.
 */
function cachedReading(word: string, readings: readonly Candidate[], stats: ChannelStats,
  vocab: ReadonlyMap<string, number>): string | null {
  if ([...word].length < 4) return null;
  let pick: string | null = null;
  for (const c of readings) {
    if (c.edits.length !== 1 || (vocab.get(c.word) ?? 0) < 1) continue;
    const to = c.edits[0]!.split('>')[1] ?? '';
    if ((stats.letterRate[to] ?? 0) < CACHE_RATE) continue;
    if (pick !== null) return null;
    pick = c.word;
  }
  return pick;
}
