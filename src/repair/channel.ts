/**
 * The confusion channel of one document: what its OCR does to letters, measured on the document itself (the ø
 * confusions' costs before repair, the shares of each confusion after the non-word repairs), and how readings
 * rank against each other.
 */
import { RULES, searchCandidates, type Candidate } from './candidates.js';
import type { Damage } from './detect.js';
import type { Lexicon } from './lexicon.js';
import type { ChannelStats } from './real-words.js';
import { isCapitalised } from './words.js';

const MARK_LETTERS = ['å', 'ø', 'æ', 'j'] as const;

// The ways OCR writes a lowercase ø, whose share differs from one scan to the next (one engine writes g, another o).
const Ø_RULES = RULES.filter((r) => r.to === 'ø' && /^[goea]$/u.test(r.from));
// Floor of a measured cost: cheaper would let every o/e/a branch the search (slow) for little gain.
const MIN_MEASURED_COST = 1.6;
const SURVEY_COSTS = new Map(Ø_RULES.map((r) => [`${r.from}>${r.to}`, 1.2]));

/**
 * Per-document confusion costs: read every non-word with the ø confusions made equally likely, count the
 * confusions in words that have one reading only, and move each ø rule's cost by how much more (or less) often
 * this document makes it than the table expects. Little evidence leaves the table's costs.
 */
export function measureCosts(nonWords: readonly { text: string }[], lex: Lexicon, rate = 0): Map<string, number> | undefined {
  const n = new Map<string, number>();
  let total = 0;
  let surveyed = 0;
  for (const w of nonWords) {
    // A sample is enough: the shares settle after a few dozen words.
    if (total >= 60 || surveyed >= 300) break;
    if ([...w.text].length < 4 || !/[goea]/u.test(w.text)) continue;
    surveyed++;
    const only = onlyWholeWordReading(w.text, lex);
    if (!only) continue;
    for (const e of only.edits) {
      if (!isØRule(e)) continue;
      n.set(e, (n.get(e) ?? 0) + 1);
      total++;
    }
  }
  if (total < 5) return undefined;
  return measuredØCosts(n, total, rate);
}

/** The word's one whole-word (not compound) reading in the survey, if it has exactly one. */
function onlyWholeWordReading(text: string, lex: Lexicon): Candidate | undefined {
  const cands = searchCandidates(text, lex, { maxCost: 2.5, capitalised: isCapitalised(text), maxEdits: 2, costs: SURVEY_COSTS });
  let only: Candidate | undefined;
  let count = 0;
  for (const c of cands) if (c.parts === 1) { count++; only = c; }
  return count === 1 ? only : undefined;
}

function isØRule(e: string): boolean {
  for (const x of Ø_RULES) if (`${x.from}>${x.to}` === e) return true;
  return false;
}

function measuredØCosts(n: ReadonlyMap<string, number>, total: number, rate: number): Map<string, number> {
  const priorSum = Ø_RULES.reduce((a, r) => a + Math.exp(-r.cost), 0);
  const out = new Map<string, number>();
  for (const r of Ø_RULES) {
    const key = `${r.from}>${r.to}`;
    const prior = Math.exp(-r.cost) / priorSum;
    const share = ((n.get(key) ?? 0) + 4 * prior) / (total + 4);
    // Relative to the table's prior share, or — where nearly every ø arrived damaged — the share itself: then
    // −ln(rate·share) is what reading ø for this glyph costs against reading the glyph as written.
    const relative = r.cost - Math.log(share / prior);
    const absolute = rate > 0 ? -Math.log(rate * share) : Infinity;
    out.set(key, Math.min(r.cost, Math.max(MIN_MEASURED_COST, Math.min(relative, absolute))));
  }
  return out;
}

// What a compound split costs on top of its join penalty when it competes with a whole-word reading.
const SPLIT_PENALTY = 1.5;
const RULE_COST = new Map(RULES.map((r) => [`${r.from}>${r.to}`, r.cost]));
export const editCost = (e: string, costs: ReadonlyMap<string, number> | undefined): number => costs?.get(e) ?? RULE_COST.get(e) ?? 0;
export const rank = (c: Candidate): number => c.cost + (c.parts > 1 ? SPLIT_PENALTY : 0);
export const byRank = (a: Candidate, b: Candidate): number => rank(a) - rank(b);

/** Count a reading's confusions (or take them back, with -1) in the document's tally. */
export function countEdits(ruleCount: Map<string, number>, edits: readonly string[]): void {
  for (const e of edits) ruleCount.set(e, (ruleCount.get(e) ?? 0) + 1);
}
export function uncountEdits(ruleCount: Map<string, number>, edits: readonly string[]): void {
  for (const e of edits) ruleCount.set(e, (ruleCount.get(e) ?? 1) - 1);
}

export function channelStats(damage: Damage, ruleCount: Map<string, number>): ChannelStats {
  const byLetter = new Map<string, number>();
  for (const [e, c] of ruleCount) {
    const to = e.split('>')[1] ?? '';
    byLetter.set(to, (byLetter.get(to) ?? 0) + c);
  }
  const letterRate: Record<string, number> = {};
  for (const l of MARK_LETTERS) {
    const fixed = byLetter.get(l) ?? 0;
    const clean = l === 'j' ? 0 : damage.letters[l].clean;
    const marked = l === 'j' ? 0 : damage.letters[l].damaged;
    const dmg = Math.max(fixed, marked);
    letterRate[l] = dmg / (dmg + clean + 1);
  }
  // Share of each confusion within its letter, smoothed towards the table's prior (exp(−cost)).
  const ruleShare: Record<string, number> = {};
  const priorTotal = new Map<string, number>();
  for (const r of RULES) priorTotal.set(r.to, (priorTotal.get(r.to) ?? 0) + Math.exp(-r.cost));
  for (const r of RULES) {
    const key = `${r.from.toLowerCase()}>${r.to}`;
    const prior = Math.exp(-r.cost) / (priorTotal.get(r.to) ?? 1);
    const n = ruleCount.get(`${r.from}>${r.to}`) ?? 0;
    const total = byLetter.get(r.to) ?? 0;
    ruleShare[key] = (n + 3 * prior) / (total + 3);
    ruleShare[`${r.from}>${r.to}`] = ruleShare[key]!;
  }
  return { letterRate, ruleShare };
}
