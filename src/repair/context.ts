/**
 * What every repair phase reads: the lexicon, the document's lines and words, the confusion costs measured on
 * it, its name gazetteer and how bold the damage allows repair to be. Built once per damaged document.
 */
import { searchCandidates } from './candidates.js';
import { measureCosts } from './channel.js';
import { G_FOR_Ø, type Damage } from './detect.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { buildNames, NameTrie } from './names.js';
import { isCodeLikeWord } from './protect.js';
import { nameVariants } from './unknown-names.js';
import { collectWords, isAllCaps, isCapitalised, known, type Word } from './words.js';

export interface RepairContext {
  readonly lex: Lexicon;
  readonly lines: readonly string[];
  /** The words of each line. */
  readonly words: readonly Word[][];
  /** Confusion costs measured on this document (undefined: too little evidence, the table's costs). */
  readonly costs: ReadonlyMap<string, number> | undefined;
  /** Spellings of one unknown name that differ where OCR writes ø (see nameVariants). */
  readonly variants: ReadonlyMap<string, number>;
  readonly names: NameTrie;
  /** The costliest reading a non-word may be given. */
  readonly maxCost: number;
  /** Damage strong and plentiful enough to restore common names. */
  readonly boldNames: boolean;
  /** No ø survived in the document, and it shows many damaged ones. */
  readonly fullDamage: boolean;
  /** The OCR writes '@' for a lowercase ø too, inside words. */
  readonly atLower: boolean;
}

export interface RepairOptions {
  /** Extra names (one per line in a --names file) that the name gazetteer may restore to. */
  names?: string[];
}

const EMPTY_NAMES = new NameTrie();
const EMAIL_LIKE = /\S+@\S+\.\S+/gu;

export function repairContext(text: string, damage: Damage, options: RepairOptions): RepairContext {
  const lex = loadLexicon();
  const lines = text.split('\n');
  const words = collectWords(lines);
  // Recurring capitalised words count as names unless the lexicon reads them as cheap damage (Baerum → Bærum).
  // Words the lexicon knows are no names to learn; partly damaged ones (Spørsmal) neither.
  // How this document's OCR damages ø, measured first on the words the lexicon does not know: the name gazetteer
  // must judge "looks damaged" with the document's own costs (Spersmal recurs, but e→ø is this scan's habit).
  const costs = measureCosts(unknownWords(words, lex), lex, damage.letters.ø.damaged / (damage.letters.ø.damaged + damage.letters.ø.clean + 1));
  // Unknown capitalised words that look like a damaged name (an impossible g, or several spellings of one name)
  // are no names to learn as written.
  const variants = nameVariants(unknownCapitalisedSpellings(words, lex));
  const names = buildNames(text, options.names ?? [], looksLikeDamagedName(variants, lex, costs));
  // Boldness: strong, plentiful evidence allows costlier readings (two or three confusions in one word).
  const maxCost = damage.strength >= 0.5 && damage.evidence >= 5 ? 4.2 : damage.strength >= 0.3 ? 3.2 : 2.2;
  return {
    lex, lines, words, costs, variants, names, maxCost,
    boldNames: damage.strength >= 0.5 && damage.evidence >= 5,
    fullDamage: damage.letters.ø.clean === 0 && damage.letters.ø.damaged >= 5,
    atLower: /[a-zß-öø-ÿ]@[a-zß-öø-ÿ]/.test(text.replace(EMAIL_LIKE, '')),
  };
}

/** The words, as written, that the lexicon does not know (no damage glyph, acronym or code among them). */
function unknownWords(words: readonly Word[][], lex: Lexicon): Word[] {
  const out: Word[] = [];
  for (const lw of words) {
    for (const w of lw) {
      if (!/[@&]/u.test(w.text) && !known(w.text, lex, EMPTY_NAMES) && !isAllCaps(w.text) && !isCodeLikeWord(w.text)) out.push(w);
    }
  }
  return out;
}

/** The capitalised words (not all capitals) the lexicon does not know, as written. */
function unknownCapitalisedSpellings(words: readonly Word[][], lex: Lexicon): string[] {
  const out: string[] = [];
  for (const lw of words) {
    for (const w of lw) if (isCapitalised(w.text) && !isAllCaps(w.text) && !known(w.text, lex, EMPTY_NAMES)) out.push(w.text);
  }
  return out;
}

/** The gazetteer's question about a recurring capitalised word: does it look like a damaged word or name? */
function looksLikeDamagedName(variants: ReadonlyMap<string, number>, lex: Lexicon, costs: ReadonlyMap<string, number> | undefined):
  (w: string) => boolean {
  return (w) => variants.has(w.toLowerCase()) || G_FOR_Ø.test(w.toLowerCase()) || known(w, lex, EMPTY_NAMES) ||
    searchCandidates(w, lex, { maxCost: 3.2, capitalised: true, maxEdits: 3, costs }).length > 0;
}
