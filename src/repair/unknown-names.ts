/**
 * Names the lexicon and the gazetteer do not know, which the document shows only damaged. Two pieces of evidence
 * are enough to restore an ø without a dictionary: a g right after the opening consonants, where no Norwegian
 * word has one (Bjgrgulv → Bjørgulv), in a document whose OCR writes ø as g; and the same name in several
 * spellings that differ at one position only, in letters OCR writes for ø, one of them g or @ (Baugergd,
 * Baugerad, Baugered → Baugerød).
 */
import { applyCase, searchCandidates, type Candidate } from './candidates.js';
import type { RepairContext } from './context.js';
import { G_FOR_Ø } from './detect.js';
import { isAllCaps, isCapitalised, type Word } from './words.js';

const Ø_GLYPHS = new Set(['g', 'o', 'e', 'a', '@']);
const NAME_SPELLING = /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ@]+$/;

/** Spellings (lowercase) of one unknown name that differ at one position, in letters OCR writes for ø → that position. */
export function nameVariants(words: readonly string[]): Map<string, number> {
  const byLen = new Map<number, Set<string>>();
  for (const t of words) {
    if (!NAME_SPELLING.test(t) || t.length < 4) continue;
    const set = byLen.get(t.length) ?? new Set<string>();
    set.add(t.toLowerCase());
    byLen.set(t.length, set);
  }
  const out = new Map<string, number>();
  for (const set of byLen.values()) {
    if (set.size < 2) continue;
    pairVariants([...set], out);
  }
  return out;
}

/** Record each pair of spellings (of one length) that differ at one position only, where OCR writes ø. */
function pairVariants(spellings: readonly string[], out: Map<string, number>): void {
  for (let a = 0; a < spellings.length; a++) {
    for (let b = a + 1; b < spellings.length; b++) {
      const x = spellings[a]!, y = spellings[b]!;
      const at = onlyDifference(x, y);
      if (at <= 0 || !Ø_GLYPHS.has(x[at]!) || !Ø_GLYPHS.has(y[at]!)) continue;
      if (!/[g@]/u.test(x[at]! + y[at]!)) continue;
      out.set(x, at);
      out.set(y, at);
    }
  }
}

/** The one position where two spellings of one length differ; -1 when they differ at none or at several. */
function onlyDifference(x: string, y: string): number {
  let at = -1;
  let diff = 0;
  for (let i = 0; i < x.length && diff < 2; i++) if (x[i] !== y[i]) { diff++; at = i; }
  return diff === 1 ? at : -1;
}

/** Restore the ø of unresolved capitalised non-words that are variants of one name, or show the g habit. */
export function restoreUnknownNames(ctx: RepairContext, nonWords: readonly Word[], ruleCount: ReadonlyMap<string, number>): void {
  const unresolved: Word[] = [];
  for (const w of nonWords) if (!w.fix && isCapitalised(w.text) && !isAllCaps(w.text)) unresolved.push(w);
  const gHabit = (ruleCount.get('g>ø') ?? 0) >= 3;
  for (const w of unresolved) {
    const lower = w.text.toLowerCase();
    let at = ctx.variants.get(lower);
    if (at === undefined && gHabit && G_FOR_Ø.test(lower)) at = lower.indexOf('g', 1);
    if (at === undefined) continue;
    restoreØAt(w, lower, at, ctx);
  }
}

function restoreØAt(w: Word, lower: string, at: number, ctx: RepairContext): void {
  // A word the lexicon can read: the reading with ø at that position (Sparsmal, Spersmal → Spørsmål), or
  // none — a half-restored common word is worse than none. Otherwise ø there, the rest as written.
  const cands = wholeWordReadings(w.text, ctx);
  if (cands.length > 0) {
    const c = readingWithØAt(cands, lower.length, at);
    if (!c) return;
    w.fix = applyCase(w.text, c.word);
    w.rule = 'ocr-confusion';
  } else {
    w.fix = w.text.slice(0, at) + 'ø' + w.text.slice(at + 1);
    w.rule = 'ocr-name';
  }
}

function wholeWordReadings(text: string, ctx: RepairContext): Candidate[] {
  const out: Candidate[] = [];
  for (const c of searchCandidates(text, ctx.lex, { maxCost: 4.5, capitalised: true, maxEdits: 3, costs: ctx.costs })) if (c.parts === 1) out.push(c);
  return out;
}

function readingWithØAt(cands: readonly Candidate[], length: number, at: number): Candidate | undefined {
  for (const x of cands) if (x.word.length === length && x.word[at] === 'ø') return x;
  return undefined;
}
