/**
 * After pass 1: the document vouches for readings. A capitalised spelling takes the reading of its lowercase
 * twin, '@' inside a name is a lost ø, the document's own vocabulary decides between close readings, and a
 * spelling that differs from another only where that one shows an ø glyph takes its reading.
 */
import { applyCase, searchCandidates, type Candidate } from './candidates.js';
import { countEdits, rank, uncountEdits } from './channel.js';
import type { RepairContext } from './context.js';
import { familyCount } from './real-words.js';
import { findReading, isAllCaps, isCapitalised, type Word } from './words.js';

/**
 * The same spelling elsewhere in lowercase was repaired: a capitalised twin takes that reading (Soknad → Søknad
 * where "soknad" became "søknad"), when the search allows it.
 */
export function adoptLowercaseTwins(ctx: RepairContext, nonWords: readonly Word[]): void {
  const lowerFixes = new Map<string, string>();
  for (const w of nonWords) if (w.fix && w.rule !== 'ocr-name' && w.text === w.text.toLowerCase()) lowerFixes.set(w.text, w.fix);
  for (const w of nonWords) {
    if (w.fix || !isCapitalised(w.text) || isAllCaps(w.text)) continue;
    const twin = lowerFixes.get(w.text.toLowerCase());
    if (!twin) continue;
    const c = findReading(searchCandidates(w.text, ctx.lex, { maxCost: ctx.maxCost, capitalised: true, maxEdits: 3, costs: ctx.costs }), twin);
    if (c) { w.fix = applyCase(w.text, twin); w.rule = c.parts > 1 ? 'ocr-compound' : 'ocr-confusion'; }
  }
}

const AT_IN_NAME = /^[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]+@[a-zß-öø-ÿ]*|[a-zß-öø-ÿ]{2,}@|[A-ZÀ-ÖØ-Þ]*@[A-ZÀ-ÖØ-Þ]+)$/;

/** '@' is no letter: inside or at the end of a capitalised name it is a lost ø (Haugr@nning, Gangs@, P@K). */
export function restoreAtInNames(nonWords: readonly Word[]): void {
  for (const w of nonWords) {
    if (w.fix || !AT_IN_NAME.test(w.text)) continue;
    w.fix = w.text.replace('@', isAllCaps(w.text.replace('@', '')) ? 'Ø' : 'ø');
    w.rule = 'ocr-glyph';
  }
}

/**
 * The document's own vocabulary: words written with æ/ø/å intact, and the non-word repairs. A reading the
 * document uses elsewhere is the likelier one (styremate → styremøte in minutes full of møte).
 */
export function documentVocabulary(words: readonly Word[][]): Map<string, number> {
  const vocab = new Map<string, number>();
  for (const lw of words) {
    for (const w of lw) {
      const v = w.fix ?? (/[æøå]/u.test(w.text.toLowerCase()) ? w.text : undefined);
      if (v) vocab.set(v.toLowerCase(), (vocab.get(v.toLowerCase()) ?? 0) + 1);
    }
  }
  return vocab;
}

/** Where the document's vocabulary vouches clearly for a close second reading, take it instead of the cheapest. */
export function voteByVocabulary(nonWords: readonly Word[], vocab: ReadonlyMap<string, number>, ruleCount: Map<string, number>): void {
  const twins = readingTwins(nonWords);
  const none = new Map<string, number>();
  for (const w of nonWords) {
    if (!w.alts || w.alts.length < 2 || w.rule === 'ocr-name') continue;
    voteOnWord(w, w.alts, vocab, twins.get(w.text.toLowerCase()) ?? none, ruleCount);
  }
}

/** What the tokens of one damaged spelling were read as: twins must not vouch for each other's reading. */
function readingTwins(nonWords: readonly Word[]): Map<string, Map<string, number>> {
  const twins = new Map<string, Map<string, number>>();
  for (const w of nonWords) {
    if (!w.fix) continue;
    const key = w.text.toLowerCase();
    const m = twins.get(key) ?? new Map<string, number>();
    m.set(w.fix.toLowerCase(), (m.get(w.fix.toLowerCase()) ?? 0) + 1);
    twins.set(key, m);
  }
  return twins;
}

function voteOnWord(w: Word, alts: readonly Candidate[], vocab: ReadonlyMap<string, number>,
  own: ReadonlyMap<string, number>, ruleCount: Map<string, number>): void {
  const best = alts[0]!;
  let pick = best, pickCost = rank(best) - vocabBonus(best.word, vocab, own);
  for (let i = 1; i < alts.length; i++) {
    const c = alts[i]!;
    if (c.name || c.edits.length === 0 || rank(c) - rank(best) > 1.5) continue;
    const adj = rank(c) - vocabBonus(c.word, vocab, own);
    if (adj < pickCost - 0.2) { pick = c; pickCost = adj; }
  }
  if (pick === best) return;
  if (!w.fix && pickCost > rank(best) - 0.5) return; // against the word as written: clear evidence only
  w.fix = applyCase(w.text, pick.word, pick.edits.some(isStrayLetterDeletion));
  w.rule = pick.parts > 1 ? 'ocr-compound' : 'ocr-confusion';
  uncountEdits(ruleCount, best.edits);
  countEdits(ruleCount, pick.edits);
}

const isStrayLetterDeletion = (e: string): boolean => /^[lI]>$/u.test(e);

/**
 * How strongly the document vouches for a reading: its own uses of the word (the strongest sign: the same word
 * elsewhere, styremgte → styremøte for styremate) or of its last compound part. `own` holds the readings of the
 * tokens spelt like the word being re-decided, left out: they are that same decision.
 */
function vocabBonus(word: string, vocab: ReadonlyMap<string, number>, own: ReadonlyMap<string, number>): number {
  const chars = [...word];
  for (let i = 0; i + 4 <= chars.length; i++) {
    const tail = chars.slice(i).join('');
    const n = familyCount(tail, vocab) - familyCount(tail, own);
    if (n <= 0) continue;
    return i === 0 ? Math.min(1.5, 1.0 + 0.5 * Math.log(n)) : 0.8 * Math.min(1.5, 0.5 * Math.log(1 + n));
  }
  return 0;
}

/**
 * A spelling that differs from another token's only where that one shows an unmistakable ø glyph (styremate
 * beside styremgte → styremøte) takes that token's reading, when the lexicon allows it.
 */
export function adoptGlyphSiblings(ctx: RepairContext, nonWords: readonly Word[], ruleCount: Map<string, number>): void {
  const siblings = glyphSiblings(nonWords);
  if (siblings.size === 0) return;
  for (const w of nonWords) {
    if (w.rule === 'ocr-name' || /[^A-Za-zÀ-ÖØ-öø-ÿ]/.test(w.text)) continue;
    adoptSibling(w, siblings, ctx, ruleCount);
  }
}

/** The readings with an ø where the spelling shows g or '@', by the spelling with that position as '*'. */
function glyphSiblings(nonWords: readonly Word[]): Map<string, string> {
  const siblings = new Map<string, string>();
  for (const w of nonWords) {
    if (!w.fix || w.rule === 'ocr-name') continue;
    const o = w.text.toLowerCase(), f = w.fix.toLowerCase();
    if (o.length !== f.length) continue;
    for (let i = 0; i < o.length; i++) if ((o[i] === 'g' || o[i] === '@') && f[i] === 'ø') siblings.set(o.slice(0, i) + '*' + o.slice(i + 1), f);
  }
  return siblings;
}

function adoptSibling(w: Word, siblings: ReadonlyMap<string, string>, ctx: RepairContext, ruleCount: Map<string, number>): void {
  const o = w.text.toLowerCase();
  for (let i = 1; i < o.length; i++) {
    if (!'oea'.includes(o[i]!)) continue;
    const r = siblings.get(o.slice(0, i) + '*' + o.slice(i + 1));
    if (!r || r === w.fix?.toLowerCase()) continue;
    const c = findReading(searchCandidates(w.text, ctx.lex, { maxCost: 4.5, capitalised: isCapitalised(w.text), maxEdits: 3, costs: ctx.costs }), r);
    if (!c) continue;
    const old = findReading(w.alts, w.fix?.toLowerCase());
    if (old) uncountEdits(ruleCount, old.edits);
    countEdits(ruleCount, c.edits);
    w.fix = applyCase(w.text, c.word);
    w.rule = c.parts > 1 ? 'ocr-compound' : 'ocr-confusion';
    break;
  }
}
