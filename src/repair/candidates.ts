/**
 * Candidate restorations of one damaged word: a search through the lexicon trie that at each position either
 * keeps the character or undoes a confusion from the weighted table (src/vocab/ocr-confusions.json), and may
 * start a new compound part where the lexicon allows it. Cost = sum of confusion costs + compound penalties;
 * the cheapest confirmed reading wins.
 */
import table from '../vocab/ocr-confusions.json' with { type: 'json' };
import { CAP, COMPOUND, WORD, type WordTrie } from './lexicon.js';

export interface ConfusionRule {
  from: string; to: string; cost: number; upper?: boolean; start?: boolean; exact?: boolean; allcaps?: boolean; plausible?: boolean;
  /** Only in words of at least this many characters. */
  minLength?: number;
  /** Only when the next character is one of these (lowercase). */
  before?: string;
}
export const RULES: readonly ConfusionRule[] = (table as { rules: ConfusionRule[] }).rules;
/** Each rule's `from`, split and lower-cased once: the per-position test runs for every letter of every damaged word. */
const RULE_FROM = RULES.map((r) => ({ chars: [...r.from], lower: r.from.toLowerCase(), key: `${r.from}>${r.to}`, toLen: [...r.to].length }));
/** The rules by the first character of their `from`, lower-cased: at each position only these can apply. */
const RULES_BY_FIRST = new Map<string, number[]>();
RULE_FROM.forEach((pre, r) => {
  const first = pre.chars[0]!.toLowerCase();
  RULES_BY_FIRST.set(first, [...(RULES_BY_FIRST.get(first) ?? []), r]);
});
const NO_RULES: readonly number[] = [];
const NON_LETTER = /[^A-Za-zÀ-ÖØ-öø-ÿ]/g;

export interface Candidate {
  /** Lowercase restored word. */
  word: string;
  cost: number;
  parts: number;
  /** Confusions undone, as "from>to". */
  edits: string[];
  /** The reading came from the name gazetteer. */
  name: boolean;
}

export interface SearchOptions {
  maxCost: number;
  /** The token is capitalised (or all capitals): proper nouns may match. */
  capitalised: boolean;
  maxEdits?: number;
  /** Name gazetteer tried as a whole-word source (no compounds). */
  names?: WordTrie;
  /** The token itself is excluded (we want alternatives to it). */
  allowIdentity?: boolean;
  /** Costs measured on this document, by "from>to" (default: the table's). */
  costs?: ReadonlyMap<string, number>;
}

// Why these penalties: a strict compound (both parts marked compoundable) is common Norwegian word formation;
// a relaxed one (first part only a plain word) is allowed but must be paid for, and a proper noun as the first
// part (Gjøvik+regionen) only in a capitalised token.
const STRICT_JOIN = 1.5;
const RELAXED_FIRST = 2.0;
const RELAXED_LAST = 1.5;
const NAME_FIRST = 1.2;
const MIN_PART = 3;
const MAX_PARTS = 3;
const STEP_LIMIT = 40000;

const isUpper = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/**
 * Searches already made in this repair run, by token, trie and options. A document repeats its damaged words
 * ("mgtet", "pa") and its passes ask about the same word again: over the 20 OCR copies of the corpus, 14 318
 * searches were for 4 598 different questions. A run is one document (withCandidateMemo), so the memo never
 * grows with an archive; within a huge document it stops taking entries at MEMO_LIMIT.
 */
let memo: Map<string, readonly Candidate[]> | null = null;
const MEMO_LIMIT = 100_000;
const ids = new WeakMap<object, number>();
let nextId = 1;
const idOf = (o: object | undefined): number => {
  if (!o) return 0;
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = nextId++));
  return id;
};

/** Runs `fn` with a fresh memo of candidate searches (one document's repair), restoring the previous one after. */
export function withCandidateMemo<T>(fn: () => T): T {
  const outer = memo;
  memo = new Map();
  try {
    return fn();
  } finally {
    memo = outer;
  }
}

/**
 * The readings of `token` the trie confirms within the options' budget, cheapest first. The candidates are
 * frozen: inside a repair run the same objects answer the same question again.
 */
export function searchCandidates(token: string, trie: WordTrie, opts: SearchOptions): readonly Candidate[] {
  if (!memo) return search(token, trie, opts);
  const key = `${token}\u0000${idOf(trie)} ${idOf(opts.names)} ${idOf(opts.costs)} ${opts.maxCost} ${opts.maxEdits ?? ''} ${opts.capitalised ? 1 : 0}${opts.allowIdentity ? 1 : 0}`;
  let found = memo.get(key);
  if (!found) {
    found = search(token, trie, opts);
    for (const c of found) Object.freeze(Object.freeze(c).edits);
    if (memo.size < MEMO_LIMIT) memo.set(key, found);
  }
  return found;
}

function search(token: string, trie: WordTrie, opts: SearchOptions): Candidate[] {
  const chars = [...token];
  const n = chars.length;
  const maxEdits = opts.maxEdits ?? 4;
  const best = new Map<string, Candidate>();
  let steps = 0;
  // Applicable rules per position, computed once.
  const rulesAt: { rule: ConfusionRule; len: number; cost: number }[][] = [];
  const letters = token.replace(NON_LETTER, '');
  const allCaps = letters.length > 1 && isUpper(letters);
  const lowerChars = chars.map((c) => c.toLowerCase());
  const hasUpperLetter = letters !== letters.toLowerCase();
  for (let i = 0; i < n; i++) {
    const list: { rule: ConfusionRule; len: number; cost: number }[] = [];
    for (const r of RULES_BY_FIRST.get(lowerChars[i]!) ?? NO_RULES) {
      const rule = RULES[r]!;
      const pre = RULE_FROM[r]!;
      const from = pre.chars;
      if (i + from.length > n) continue;
      if (rule.start && i !== 0) continue;
      const seg = from.length === 1 ? chars[i]! : chars.slice(i, i + from.length).join('');
      if (rule.exact ? seg !== rule.from : seg.toLowerCase() !== pre.lower) continue;
      if (rule.upper && !isUpper(seg)) continue;
      if (rule.allcaps && !allCaps) continue;
      if (rule.minLength !== undefined && n < rule.minLength) continue;
      if (rule.before !== undefined && !rule.before.includes(lowerChars[i + from.length] ?? ' ')) continue;
      // '4' for å only among lowercase letters ("p4", "4r"), never in codes like "R4".
      if (rule.from === '4' && hasUpperLetter) continue;
      if (rule.start && rule.to === '') {
        // A stray glyph sits before a word: lowercase, or capitalised — never inside an acronym (IPR).
        const rest = chars.slice(1).join('');
        if (rest.length < 2 || (isUpper(rest.slice(0, 2)) && rest.length > 1)) continue;
      }
      list.push({ rule, len: from.length, cost: opts.costs?.get(pre.key) ?? rule.cost });
    }
    rulesAt.push(list);
  }

  const record = (word: string, cost: number, parts: number, edits: string[], name: boolean): void => {
    if (!opts.allowIdentity && edits.length === 0) return;
    if (cost > opts.maxCost) return; // a relaxed last part's penalty is added here, after the walk's own check
    const prev = best.get(word);
    if (!prev || cost < prev.cost) best.set(word, { word, cost, parts, edits: [...edits], name });
  };

  const edits: string[] = [];
  // part: index of the current compound part; partLen: characters in it; firstFlags: flags of part 0.
  const walk = (t: WordTrie, i: number, node: number, cost: number, out: string, part: number, partLen: number,
    partCost: number, isName: boolean): void => {
    if (++steps > STEP_LIMIT || cost > opts.maxCost) return;
    if (i === n) {
      const f = t.flags(node);
      if (part === 0) {
        if (f & WORD || (f & CAP && opts.capitalised)) record(out, cost, 1, edits, isName);
      } else if (partLen >= MIN_PART + 1) {
        if (f & COMPOUND) record(out, cost, part + 1, edits, false);
        else if (f & WORD && partLen >= 4) record(out, cost + RELAXED_LAST, part + 1, edits, false);
      }
      return;
    }
    // Start a new compound part here (lexicon only, never inside a name).
    if (!isName && part + 1 < MAX_PARTS && partLen >= MIN_PART && node !== t.root) {
      const f = t.flags(node);
      let pen = -1;
      if (f & COMPOUND) pen = STRICT_JOIN;
      else if (f & WORD && partLen >= 4) pen = RELAXED_FIRST;
      else if (f & CAP && part === 0 && opts.capitalised && partLen >= 4) pen = NAME_FIRST;
      if (pen >= 0) walk(t, i, t.root, cost + pen, out, part + 1, 0, 0, isName);
    }
    const lc = lowerChars[i]!;
    const c = t.child(node, lc);
    if (c >= 0) walk(t, i + 1, c, cost, out + lc, part, partLen + 1, partCost, isName);
    if (edits.length >= maxEdits) return;
    for (const { rule, len, cost: ruleCost } of rulesAt[i]!) {
      let m = node;
      for (const r of rule.to) { m = t.child(m, r); if (m < 0) break; }
      if (m < 0) continue;
      edits.push(`${rule.from}>${rule.to}`);
      walk(t, i + len, m, cost + ruleCost, out + rule.to, part, partLen + [...rule.to].length, partCost + rule.cost, isName);
      edits.pop();
    }
  };
  walk(trie, 0, trie.root, 0, '', 0, 0, 0, false);
  if (opts.names) {
    steps = 0;
    walk(opts.names, 0, opts.names.root, 0, '', 0, 0, 0, true);
  }
  return [...best.values()].sort((a, b) => a.cost - b.cost || a.parts - b.parts || (a.word < b.word ? -1 : 1));
}

/** Apply the case pattern of the damaged token to a lowercase restoration (M@TE → MØTE, B&erum → Bærum). */
const PLAUSIBLE = new Set(RULES.filter((r) => r.plausible).map((r) => `${r.from}>${r.to}`));
/** True when every confusion undone leaves ordinary-looking spelling (a→å, o→ø, stray l …). */
export function onlyPlausibleEdits(c: Candidate): boolean {
  return c.edits.every((e) => PLAUSIBLE.has(e));
}

export function applyCase(token: string, word: string, strayFirst = false): string {
  // A stray l/I before the word carries no case information: take it from the rest.
  if (strayFirst) token = token.slice(1);
  const letters = token.replace(/[^A-Za-zÀ-ÖØ-öø-ÿ]/g, '');
  if (letters.length >= 2 && isUpper(letters)) return word.toUpperCase();
  if (letters.length === 1 && isUpper(letters) && [...token].length === 1) return word.toUpperCase();
  const first = [...token][0] ?? '';
  // '@' at the start stands for a capital Ø (lowercase ø is read as g); '4'/'&' do not carry case.
  const capital = isUpper(first) || (first === '@' && [...token].length > 1);
  if (!capital) return word;
  // A stray capital I/l before a capitalised word: the case belongs to the real first letter.
  const chars = [...word];
  return (chars[0] ?? '').toUpperCase() + chars.slice(1).join('');
}
