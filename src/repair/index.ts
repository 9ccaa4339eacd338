/**
 * repair: OCR damage → Norwegian text, before segmentation.
 * Contract: the repaired text has exactly the same lines, in the same order, as the input; only
 * words inside lines change, and every change is recorded as a Correction whose line/column point
 * into the original text. Clean text comes back unchanged with no corrections.
 *
 * Pipeline: detect damage (no lexicon) → stop if clean; else load the lexicon, build the name gazetteer,
 * repair non-words from the confusion channel (confirmed by lexicon, compounds or names), learn how this
 * document's OCR confuses letters from those repairs, then repair real-word errors with that evidence.
 */
import type { Correction } from '../model/schema.js';
import { applyCase, onlyPlausibleEdits, searchCandidates, RULES, type Candidate } from './candidates.js';
import { detectDamage, G_FOR_Ø, type Damage } from './detect.js';
import { CAP, COMPOUND, loadLexicon, WORD, type Lexicon } from './lexicon.js';
import { buildNames, NameTrie } from './names.js';
import calendar from '../vocab/calendar.json' with { type: 'json' };
import nameList from '../vocab/names.json' with { type: 'json' };

const EMPTY_NAMES = new NameTrie();
const CALENDAR = new Set([...Object.keys(calendar.months), ...Object.keys(calendar.weekdays)]);
import { isCodeLikeWord, isProtectedToken } from './protect.js';
import { familyCount, isFrequentWord, realWordFix, writtenStandard, type ChannelStats } from './real-words.js';

export { detectDamage } from './detect.js';
export type { Damage } from './detect.js';

export interface RepairOptions {
  /** Extra names (one per line in a --names file) that the name gazetteer may restore to. */
  names?: string[];
}

export interface RepairResult {
  text: string;
  corrections: Correction[];
}

interface Word {
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

const EMAIL_LIKE = /\S+@\S+\.\S+/gu;
const SEGMENT = /[A-Za-zÀ-ÖØ-öø-ÿ@&4]+/g;
const MARK_LETTERS = ['å', 'ø', 'æ', 'j'] as const;

export function repair(text: string, options: RepairOptions = {}): RepairResult {
  const damage = detectDamage(text);
  if (!damage.damaged) return { text, corrections: [] };
  return repairDamaged(text, damage, options);
}

const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/;

function collectWords(lines: string[]): Word[][] {
  return lines.map((line, li) => {
    const out: Word[] = [];
    for (const m of line.matchAll(/\S+/gu)) {
      const token = m[0];
      const tokenStart = m.index;
      // Letters beyond Latin-1 (Sámi č, š, ŋ, ŧ, đ: "Kárášjohka") are no OCR damage: the word is left as written.
      if (isProtectedToken(token) || BEYOND_LATIN1.test(token)) continue;
      for (const s of token.matchAll(SEGMENT)) {
        if (!/[A-Za-zÀ-ÖØ-öø-ÿ]/.test(s[0]) && s[0] !== '4' && s[0] !== '&') continue;
        if ((s[0] === '4' || s[0] === '&') && token !== s[0]) continue; // "4"/"&" only as a word of their own
        out.push({ line: li, start: tokenStart + s.index, text: s[0], token, tokenStart, index: out.length });
      }
    }
    return out;
  });
}

const isCapitalised = (w: string): boolean => /^[A-ZÀ-ÖØ-Þ@]/.test(w);
const isAllCaps = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

/** Is the word as written a word (lexicon, proper noun in a capitalised token, gazetteer)? */
function known(w: string, lex: Lexicon, names: NameTrie): boolean {
  if (/[@&4]/u.test(w)) return false;
  const f = lex.lookup(w.toLowerCase());
  if (f & WORD) return true;
  if (f && (isCapitalised(w) || isAllCaps(w))) return true; // CAP or a compound part written alone
  return isCapitalised(w) && names.has(w);
}

/** The word continues a sentence: a word before it on its line, or a long unfinished line above. */
function midSentence(w: Word, lines: readonly string[], words: readonly Word[][]): boolean {
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

// A bullet glyph (●) that OCR read as '@': a lone '@' opening a line of text.
const AT_BULLET = /^(\s*)@(?=\s+\S)/u;
// A capital I that OCR read as a vertical bar: a lone '|' (or '|:' as a speaker label) in a line with no other bar
// (a table has several), at the start of the line (after a list dash or a "Name:" label) or of a sentence.
// (A list marker may carry a speaker label: "- Q: Vakner opp".)
const ITEM_START = /^\s*(?:(?:[-–•●*@|]|\d{1,2}[.)])\s+(?:[A-Za-zÀ-ÖØ-öø-ÿ|]{1,12}:\s+)?|[A-Za-zÀ-ÖØ-öø-ÿ|]{1,12}:\s+)$/;
const BAR_TOKEN = /^\|[:,]?$/u;

let commonNames: NameTrie | undefined;
/** The common name (src/vocab/names.json) a capitalised token is one or two confusions away from, if exactly one. */
function commonNameReading(token: string, costs: ReadonlyMap<string, number> | undefined): string | undefined {
  if (!commonNames) {
    commonNames = new NameTrie();
    for (const n of [...nameList.given, ...nameList.surnames]) commonNames.add(n);
  }
  const found = searchCandidates(token, commonNames, { maxCost: 3.0, capitalised: true, maxEdits: 2, costs })
    .filter((c) => c.parts === 1 && c.edits.length > 0);
  return found.length === 1 ? found[0]!.word : undefined;
}

const AT_IN_NAME = /^[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]+@[a-zß-öø-ÿ]*|[a-zß-öø-ÿ]{2,}@|[A-ZÀ-ÖØ-Þ]*@[A-ZÀ-ÖØ-Þ]+)$/;
const DOUBLED_FIRST = /^([a-zß-öø-ÿ])([A-ZÀ-ÖØ-Þ])[a-zß-öø-ÿ]{2,}$/;

/** A line of at least two words written all in capitals (letters beyond the damage glyphs). */
function isCapsLine(line: string): boolean {
  const letters = line.replace(/[^A-Za-zÀ-ÖØ-öø-ÿ]/g, '');
  return letters.length >= 6 && letters === letters.toUpperCase() && /\S\s+\S/u.test(line.trim());
}

/** Glyph-level repairs outside words: bullets and bars. */
export function glyphFixes(lines: readonly string[]): Word[][] {
  return lines.map((line, li) => {
    const out: Word[] = [];
    const bullet = AT_BULLET.exec(line);
    if (bullet) {
      const start = bullet[1]!.length;
      out.push({ line: li, start, text: '@', token: '@', tokenStart: start, index: -1, fix: '●', rule: 'ocr-bullet' });
    }
    if (line.indexOf('|') < 0 || line.indexOf('|') !== line.lastIndexOf('|')) return out;
    const toks = [...line.matchAll(/\S+/gu)];
    const k = toks.findIndex((m) => BAR_TOKEN.test(m[0]));
    if (k < 0) return out;
    const tok = toks[k]!;
    const next = toks[k + 1]?.[0];
    if (!next || (tok[0] === '|' && !/^[A-Za-zÀ-ÖØ-öø-ÿ«"(]/.test(next))) return out;
    const prevs = toks.slice(0, k).map((m) => m[0]);
    const opens = prevs.length === 0 || /[.!?:]$/u.test(prevs[prevs.length - 1]!) ||
      (prevs.length === 1 && /^[-–•●@]$/u.test(prevs[0]!));
    if (!opens) return out;
    out.push({ line: li, start: tok.index, text: '|', token: tok[0], tokenStart: tok.index, index: -1, fix: 'I', rule: 'ocr-glyph' });
    return out;
  });
}

function repairDamaged(text: string, damage: Damage, options: RepairOptions): RepairResult {
  const lex = loadLexicon();
  const lines = text.split('\n');
  const words = collectWords(lines);
  const glyphs = glyphFixes(lines);
  // Recurring capitalised words count as names unless the lexicon reads them as cheap damage (Baerum → Bærum).
  // Words the lexicon knows are no names to learn; partly damaged ones (Spørsmal) neither.
  // How this document's OCR damages ø, measured first on the words the lexicon does not know: the name gazetteer
  // must judge "looks damaged" with the document's own costs (Spersmal recurs, but e→ø is this scan's habit).
  const costs = measureCosts(words.flat().filter((w) => !/[@&]/u.test(w.text) && !known(w.text, lex, EMPTY_NAMES) &&
    !isAllCaps(w.text) && !isCodeLikeWord(w.text)), lex, damage.letters.ø.damaged / (damage.letters.ø.damaged + damage.letters.ø.clean + 1));
  // Unknown capitalised words that look like a damaged name (an impossible g, or several spellings of one name)
  // are no names to learn as written.
  const variants = nameVariants(words.flat().filter((w) => isCapitalised(w.text) && !isAllCaps(w.text) &&
    !known(w.text, lex, EMPTY_NAMES)).map((w) => w.text));
  const names = buildNames(text, options.names ?? [], (w) =>
    variants.has(w.toLowerCase()) || G_FOR_Ø.test(w.toLowerCase()) || known(w, lex, EMPTY_NAMES) || searchCandidates(w, lex, { maxCost: 3.2, capitalised: true, maxEdits: 3, costs }).length > 0);
  // Boldness: strong, plentiful evidence allows costlier readings (two or three confusions in one word).
  const maxCost = damage.strength >= 0.5 && damage.evidence >= 5 ? 4.2 : damage.strength >= 0.3 ? 3.2 : 2.2;

  const boldNames = damage.strength >= 0.5 && damage.evidence >= 5;
  const fullDamage = damage.letters.ø.clean === 0 && damage.letters.ø.damaged >= 5;
  const atLower = /[a-zß-öø-ÿ]@[a-zß-öø-ÿ]/.test(text.replace(EMAIL_LIKE, ''));
  // Pass 1: non-words.
  const ruleCount = new Map<string, number>();
  const realCandidates: Word[] = [];
  const nonWords: Word[] = [];
  for (const lw of words) {
    for (const w of lw) {
      if (w.text === '4' || w.text === 'a' || w.text === 'A' || w.text === '&') { realCandidates.push(w); continue; }
      // A first letter read twice, small then capital ("kKontoret"): the word without the stray capital.
      const doubled = DOUBLED_FIRST.exec(w.text);
      if (doubled && doubled[1] === doubled[2]!.toLowerCase() && lex.lookup(w.text[0] + w.text.slice(2)) & WORD) {
        w.fix = w.text[0] + w.text.slice(2);
        w.rule = 'ocr-glyph';
        continue;
      }
      if (isCodeLikeWord(w.text.replace(/^[lI](?=[A-ZÀ-ÖØ-Þ])/, ''))) continue;
      // A common Norwegian name one or two confusions away (Adne → Ådne, Bjorgulv → Bjørgulv), unless the spelling
      // as written is a name or word the lexicon knows (Terje is no damaged Tørje).
      if (boldNames && isCapitalised(w.text) && !isAllCaps(w.text) && !lex.lookup(w.text.toLowerCase())) {
        const name = commonNameReading(w.text, costs);
        if (name) { w.fix = applyCase(w.text, name); w.rule = 'ocr-name'; continue; }
      }
      if (known(w.text, lex, names)) { realCandidates.push(w); continue; }
      // A lowercase word between two capitalised words mid-line is part of a name ("Trond arne Ingvoldstad"),
      // unless it shows damage no spelling produces and reads cheaply as a word ("FAU mgte Mandag").
      const j = w.index;
      const p = lw[j - 1], q = lw[j + 1];
      if (!isCapitalised(w.text) && p && q && isCapitalised(p.text) && isCapitalised(q.text) && [...w.text].length >= 4 &&
        !searchCandidates(w.text, lex, { maxCost: 1.5, capitalised: false, maxEdits: 2, costs }).some((c) => !onlyPlausibleEdits(c))) continue;
      const letters = w.text.replace(/[^A-Za-zÀ-ÖØ-öø-ÿ]/g, '');
      // Short all-capital words are acronyms (AS, LAN, IPR) unless a damage glyph shows.
      // (In a heading written all in capitals they are words like any other: the real-word pass reads them.)
      if (isAllCaps(w.text) && letters.length <= 4 && !/[@&]/u.test(w.text)) {
        if (isCapsLine(lines[w.line]!)) realCandidates.push(w);
        continue;
      }
      if (inflectedForm(w.text.toLowerCase(), lex)) continue;
      nonWords.push(w);
    }
  }
  for (const w of nonWords) {
    const lw = words[w.line]!;
    const letters = w.text.replace(/[^A-Za-zÀ-ÖØ-öø-ÿ]/g, '');
    const capital = isCapitalised(w.text) || isAllCaps(w.text);
    const j2 = w.index;
    const prevTok = lw[j2 - 1];
    const nextTok = lw[j2 + 1];
    const nextLower = nextTok !== undefined && nextTok.tokenStart !== w.tokenStart && /^[a-zß-öø-ÿ]/.test(nextTok.text);
    const atStart = !prevTok || /[.!?:]$/u.test(lines[w.line]!.slice(prevTok.start + prevTok.text.length, prevTok.tokenStart + prevTok.token.length));
    const labelStart = !prevTok && w.token.endsWith(':') && w.token.length === w.text.length + 1 && lines[w.line]!.slice(0, w.tokenStart).trim() === '';
    // Names are restored only from capitalised tokens (a lowercase word is no name, whatever the gazetteer holds).
    const cands = searchCandidates(w.text, lex, { maxCost, capitalised: capital, names: capital ? names : undefined, allowIdentity: true, costs });
    // A capitalised word mid-sentence is probably a name: restore it to a proper noun or a gazetteer name, or to
    // a common word only when it is long (names rarely are) — never to a short common word (Lara ↛ Låra).
    const len = [...letters].length;
    const fitting = cands.filter((c) => {
      if (c.edits.length === 0 || c.name) return true;
      // An l read as i ("mediem") turns many short foreign and English words into Norwegian ones (size → slæ):
      // only in longer words, and together with another confusion only in long ones.
      if (c.edits.includes('i>l') && (len < 6 || (c.edits.length > 1 && len < 9))) return false;
      // Weekdays and months, a closed class, are often capitalised in headings and tables (Sendag → Søndag).
      if (c.parts === 1 && c.edits.length === 1 && CALENDAR.has(c.word)) return true;
      const plausible = onlyPlausibleEdits(c);
      // Short words: only function words from the table, or damage no spelling would produce (gkt → økt).
      if (len <= 3 && !isFrequentWord(c.word) && plausible) return false;
      // A municipality's name before "kommune" (Berum kommune → Bærum) may be one costlier confusion away.
      if (plausible && c.cost > (len >= 12 ? 4.6 : len >= 7 ? 3.7 : c.parts === 1 && lex.lookup(c.word) & CAP && nextTok?.text === 'kommune' ? 3.2 : 2.6)) return false;
      if (!capital || isAllCaps(w.text) || !plausible) return true;
      if (c.parts === 1 && lex.lookup(c.word) & CAP) return c.cost <= 2.6 || nextTok?.text === 'kommune';
      if (atStart && isFrequentWord(c.word)) return true;
      // A sentence's first word, followed by a lowercase word (no first name + surname): one cheap confusion
      // restores a common word (Storre → Større, Utlant → Utlånt).
      if (atStart && c.parts === 1 && len >= 5 && c.edits.length === 1 && c.cost <= 2.0 && nextLower) return true;
      // A label opening its line ("Arbok: …") is a common word, not a name.
      if (labelStart && c.parts === 1 && len >= 5 && c.edits.length === 1 && c.cost <= 2.0) return true;
      if (c.parts === 1) return len >= 8;
      // A long compound with no reading as written is rarely a name (Foreldreradsutvalgs, Miljodirektoratet).
      return len >= 10 && (c.cost <= 2.5 || (len >= 12 && !cands.some((x) => x.edits.length === 0)));
    });
    // A reading the lexicon holds whole is likelier than a compound it has to be split into: a damaged word often
    // still parses as some compound (spar+smal, felles+mate), an intact one rarely needs a confusion to be a word.
    fitting.sort((a, b) => rank(a) - rank(b));
    let best = fitting[0];
    if (!best) continue;
    // Where no ø survived, a compound that reads as written only through a loose split (semester+statte,
    // betalings+losning) loses to a strict compound, or a whole word, with one lost ø restored (semesterstøtte).
    // (Not linjeleder+møter: a restored reading that is loose itself would win on cost alone, resirkuler+børt.)
    const asWritten = best;
    if (fullDamage && best.edits.length === 0 && best.parts > 1 && best.cost > STRICT_JOINS * (best.parts - 1)) {
      best = fitting.find((c) => c.edits.length === 1 && c.parts <= asWritten.parts && LOST_Ø.test(c.edits[0]!) &&
        rank(c) - rank(asWritten) <= LOST_Ø_MARGIN && c.cost - editCost(c.edits[0]!, costs) <= STRICT_JOINS * (c.parts - 1) + 0.01) ?? best;
    }
    // Read as written (often a compound of whatever parts fit): kept for the document's vote below.
    if (best.edits.length === 0) { if (fitting.length > 1 && best.parts > 1) w.alts = fitting; continue; }
    const second = fitting.find((c) => c.word !== best.word);
    if (second && second !== asWritten && rank(second) - rank(best) < 0.2) continue; // no clear winner: leave it
    // A reading that needs only the stray-letter deletion must land on a real (non-compound) word.
    if (best.edits.every((e) => e.endsWith('>')) && best.parts > 1) continue;
    w.fix = applyCase(w.text, best.word, best.edits.some((e) => e.endsWith('>') && /^[lI]>$/u.test(e)));
    // 'I' read for l carries no case of its own: mid-sentence, a common word stays lowercase ("i Igpet av" → løpet).
    // ('@' does: OCR writes it mostly for a capital Ø, and titles are capitalised mid-sentence.)
    if (/^I[a-zß-öø-ÿ]/.test(w.text) && best.edits[0] === 'I>l' && !best.name &&
      !(lex.lookup(best.word) & CAP) && midSentence(w, lines, words)) w.fix = w.fix.toLowerCase();
    // Where this OCR writes '@' for a lowercase ø too (inside words: "Haugr@nning"), an '@' opening a word right
    // after a lowercase word is a lowercase ø ("Dersom svinnet @ker" → øker), unless the word is a proper noun.
    if (atLower && /^@[a-zß-öø-ÿ]/.test(w.text) && !best.name && !(lex.lookup(best.word) & CAP) && prevTok && prevTok.line === w.line &&
      /^[a-zß-öø-ÿ]+$/.test(prevTok.text) && /^\s+$/u.test(lines[w.line]!.slice(prevTok.start + prevTok.text.length, w.start))) {
      w.fix = w.fix.toLowerCase();
    }
    w.rule = best.name ? 'ocr-name' : best.parts > 1 ? 'ocr-compound' : 'ocr-confusion';
    w.alts = fitting;
    for (const e of best.edits) ruleCount.set(e, (ruleCount.get(e) ?? 0) + 1);
  }

  // The same spelling elsewhere in lowercase was repaired: a capitalised twin takes that reading (Soknad → Søknad
  // where "soknad" became "søknad"), when the search allows it.
  const lowerFixes = new Map<string, string>();
  for (const w of nonWords) if (w.fix && w.rule !== 'ocr-name' && w.text === w.text.toLowerCase()) lowerFixes.set(w.text, w.fix);
  for (const w of nonWords) {
    if (w.fix || !isCapitalised(w.text) || isAllCaps(w.text)) continue;
    const twin = lowerFixes.get(w.text.toLowerCase());
    if (!twin) continue;
    const c = searchCandidates(w.text, lex, { maxCost, capitalised: true, maxEdits: 3, costs }).find((x) => x.word === twin);
    if (c) { w.fix = applyCase(w.text, twin); w.rule = c.parts > 1 ? 'ocr-compound' : 'ocr-confusion'; }
  }

  // '@' is no letter: inside or at the end of a capitalised name it is a lost ø (Haugr@nning, Gangs@, P@K).
  for (const w of nonWords) {
    if (w.fix || !AT_IN_NAME.test(w.text)) continue;
    w.fix = w.text.replace('@', isAllCaps(w.text.replace('@', '')) ? 'Ø' : 'ø');
    w.rule = 'ocr-glyph';
  }

  restoreUnknownNames(nonWords.filter((w) => !w.fix && isCapitalised(w.text) && !isAllCaps(w.text)), variants, ruleCount,
    (w) => searchCandidates(w, lex, { maxCost: 4.5, capitalised: true, maxEdits: 3, costs }).filter((c) => c.parts === 1));

  // The document's own vocabulary: words written with æ/ø/å intact, and the non-word repairs. A reading the
  // document uses elsewhere is the likelier one (styremate → styremøte in minutes full of møte).
  const vocab = new Map<string, number>();
  for (const w of words.flat()) {
    const v = w.fix ?? (/[æøå]/u.test(w.text.toLowerCase()) ? w.text : undefined);
    if (v) vocab.set(v.toLowerCase(), (vocab.get(v.toLowerCase()) ?? 0) + 1);
  }
  // What the tokens of one damaged spelling were read as: twins must not vouch for each other's reading.
  const twins = new Map<string, Map<string, number>>();
  for (const w of nonWords) {
    if (!w.fix) continue;
    const key = w.text.toLowerCase();
    const m = twins.get(key) ?? new Map<string, number>();
    m.set(w.fix.toLowerCase(), (m.get(w.fix.toLowerCase()) ?? 0) + 1);
    twins.set(key, m);
  }
  for (const w of nonWords) {
    if (!w.alts || w.alts.length < 2 || w.rule === 'ocr-name') continue;
    const best = w.alts[0]!;
    const own = twins.get(w.text.toLowerCase()) ?? new Map<string, number>();
    let pick = best, pickCost = rank(best) - vocabBonus(best.word, vocab, own);
    for (const c of w.alts.slice(1)) {
      if (c.name || c.edits.length === 0 || rank(c) - rank(best) > 1.5) continue;
      const adj = rank(c) - vocabBonus(c.word, vocab, own);
      if (adj < pickCost - 0.2) { pick = c; pickCost = adj; }
    }
    if (pick !== best) {
      if (!w.fix && pickCost > rank(best) - 0.5) continue; // against the word as written: clear evidence only
      w.fix = applyCase(w.text, pick.word, pick.edits.some((e) => /^[lI]>$/u.test(e)));
      w.rule = pick.parts > 1 ? 'ocr-compound' : 'ocr-confusion';
      for (const e of best.edits) ruleCount.set(e, (ruleCount.get(e) ?? 1) - 1);
      for (const e of pick.edits) ruleCount.set(e, (ruleCount.get(e) ?? 0) + 1);
    }
  }

  // A spelling that differs from another token's only where that one shows an unmistakable ø glyph (styremate
  // beside styremgte → styremøte) takes that token's reading, when the lexicon allows it.
  const siblings = new Map<string, string>();
  for (const w of nonWords) {
    if (!w.fix || w.rule === 'ocr-name') continue;
    const o = w.text.toLowerCase(), f = w.fix.toLowerCase();
    if (o.length !== f.length) continue;
    for (let i = 0; i < o.length; i++) if ((o[i] === 'g' || o[i] === '@') && f[i] === 'ø') siblings.set(o.slice(0, i) + '*' + o.slice(i + 1), f);
  }
  if (siblings.size > 0) {
    for (const w of nonWords) {
      if (w.rule === 'ocr-name' || /[^A-Za-zÀ-ÖØ-öø-ÿ]/.test(w.text)) continue;
      const o = w.text.toLowerCase();
      for (let i = 1; i < o.length; i++) {
        if (!'oea'.includes(o[i]!)) continue;
        const r = siblings.get(o.slice(0, i) + '*' + o.slice(i + 1));
        if (!r || r === w.fix?.toLowerCase()) continue;
        const c = searchCandidates(w.text, lex, { maxCost: 4.5, capitalised: isCapitalised(w.text), maxEdits: 3, costs }).find((x) => x.word === r);
        if (!c) continue;
        const old = w.alts?.find((x) => x.word === w.fix?.toLowerCase());
        if (old) for (const e of old.edits) ruleCount.set(e, (ruleCount.get(e) ?? 1) - 1);
        for (const e of c.edits) ruleCount.set(e, (ruleCount.get(e) ?? 0) + 1);
        w.fix = applyCase(w.text, c.word);
        w.rule = c.parts > 1 ? 'ocr-compound' : 'ocr-confusion';
        break;
      }
    }
  }

  // What this document's OCR does: per letter, damaged share; per confusion, share of that letter's damage.
  const stats = channelStats(damage, ruleCount);

  // Pass 2: real-word errors, in context (neighbours as repaired; a sentence runs on across a hard wrap).
  const flat = words.flat();
  const standard = writtenStandard(flat.map((w) => w.text.toLowerCase()));
  const candidates = new Set(realCandidates);
  const tail = (x: Word): string => lines[x.line]!.slice(x.start + x.text.length, x.tokenStart + x.token.length);
  // Neighbours across a line break, or across one blank line when the text goes on in lowercase (a page or
  // column break inside a sentence; a capitalised word after a blank line opens a paragraph or a heading).
  const adjacent = (a: Word | undefined, b: Word): a is Word => a !== undefined &&
    (b.line - a.line <= 1 || (b.line - a.line === 2 && lines[a.line + 1]!.trim() === '' && /^[a-zß-öø-ÿ]/.test(b.text)));
  for (let k = 0; k < flat.length; k++) {
    const w = flat[k]!;
    if (w.fix || !candidates.has(w)) continue;
    const line = lines[w.line]!;
    // In a line written all in capitals (a heading: "SLIK SKAL ELVERUM NA MALENE") case says nothing about a word.
    const capsLine = isAllCaps(w.text) && isCapsLine(line);
    if (isAllCaps(w.text) && w.text.length > 1 && !capsLine && !/^(PA|SA|NA|MA|FA|AR|NAR)$/u.test(w.text)) continue;
    const prevW = adjacent(flat[k - 1], w) ? flat[k - 1] : undefined;
    const nextW = flat[k + 1] && adjacent(w, flat[k + 1]!) ? flat[k + 1] : undefined;
    const after = tail(w);
    const before = line.slice(w.tokenStart, w.start);
    const prevTokEnd = prevW ? tail(prevW) : '';
    // A sentence starts after . ! ? : and at the start of a list item or a "Name:" line.
    const sentenceStart = !prevW || /[.!?:]$/u.test(prevTokEnd) || ITEM_START.test(line.slice(0, w.tokenStart));
    // Names and other capitalised words mid-sentence are not touched by real-word rules.
    // (A capital A standing alone after a lowercase word is the infinitive marker read wrongly: "til A stå".)
    const loneA = w.text === 'A' && !sentenceStart && prevW !== undefined && /^[a-zß-öø-ÿ]/.test(prevW.text) &&
      nextW !== undefined && /^[a-zß-öø-ÿ]/.test(nextW.text);
    if (w.text === 'A' && !loneA) continue;
    if (isCapitalised(w.text) && !sentenceStart && !loneA && !capsLine) continue;
    // The last part of a hyphenated compound ("FIF-mate", "korona-arene") is read like a word of its own.
    const compoundTail = /[A-Za-zÀ-ÖØ-öø-ÿ]-$/u.test(before) && [...w.text].length >= 4;
    if (before !== '' && !/^[("«'‘“]$/u.test(before) && !compoundTail) continue;
    const lower = w.text.toLowerCase();
    const fix = realWordFix({
      word: lower,
      prev: prevW && prevW.tokenStart !== w.tokenStart && prevTokEnd === '' ? (prevW.fix ?? prevW.text).toLowerCase() : null,
      next: nextW && nextW.tokenStart !== w.tokenStart ? (nextW.fix ?? nextW.text).toLowerCase() : null,
      after,
      sentenceStart,
      standard,
      ahead: flat.slice(k + 2, k + 5).filter((x) => x.line - w.line <= 2).map((x) => (x.fix ?? x.text).toLowerCase()),
      nextToken: line.slice(w.tokenStart + w.token.length).match(/^\s*(\S+)/u)?.[1] ?? lines[w.line + 1]?.match(/^\s*(\S+)/u)?.[1] ?? null,
    }, lex, stats, vocab);
    if (fix && fix !== lower) {
      w.fix = loneA ? fix : applyCase(w.text, fix);
      w.rule = 'ocr-real-word';
    }
  }

  // Apply, right to left per line, and record corrections against the original text.
  const corrections: Correction[] = [];
  const out = lines.map((line, li) => {
    const fixes = words[li]!.filter((w) => w.fix !== undefined && w.fix !== w.text);
    if (glyphs[li]!.length) fixes.push(...glyphs[li]!), fixes.sort((a, b) => a.start - b.start);
    if (fixes.length === 0) return line;
    let res = '';
    let pos = 0;
    for (const w of fixes) {
      res += line.slice(pos, w.start) + w.fix!;
      pos = w.start + w.text.length;
      corrections.push({ from: w.text, to: w.fix!, line: li + 1, column: w.start + 1, rule: w.rule ?? 'ocr-confusion' });
    }
    return res + line.slice(pos);
  });
  return { text: out.join('\n'), corrections };
}

const Ø_GLYPHS = new Set(['g', 'o', 'e', 'a', '@']);
/**
 * Names the lexicon and the gazetteer do not know, which the document shows only damaged. Two pieces of evidence
 * are enough to restore an ø without a dictionary: a g right after the opening consonants, where no Norwegian
 * word has one (Bjgrgulv → Bjørgulv), in a document whose OCR writes ø as g; and the same name in several
 * spellings that differ at one position only, in letters OCR writes for ø, one of them g or @ (Baugergd,
 * Baugerad, Baugered → Baugerød).
 */
/** Spellings (lowercase) of one unknown name that differ at one position, in letters OCR writes for ø → that position. */
function nameVariants(words: readonly string[]): Map<string, number> {
  const byLen = new Map<number, Set<string>>();
  for (const t of words) {
    if (!/^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ@]+$/.test(t) || t.length < 4) continue;
    const set = byLen.get(t.length) ?? new Set<string>();
    set.add(t.toLowerCase());
    byLen.set(t.length, set);
  }
  const out = new Map<string, number>();
  for (const set of byLen.values()) {
    if (set.size < 2) continue;
    const spellings = [...set];
    for (let a = 0; a < spellings.length; a++) {
      for (let b = a + 1; b < spellings.length; b++) {
        const x = spellings[a]!, y = spellings[b]!;
        let at = -1;
        let diff = 0;
        for (let i = 0; i < x.length && diff < 2; i++) if (x[i] !== y[i]) { diff++; at = i; }
        if (diff !== 1 || at === 0 || !Ø_GLYPHS.has(x[at]!) || !Ø_GLYPHS.has(y[at]!)) continue;
        if (!/[g@]/u.test(x[at]! + y[at]!)) continue;
        out.set(x, at);
        out.set(y, at);
      }
    }
  }
  return out;
}

function restoreUnknownNames(unresolved: Word[], variants: ReadonlyMap<string, number>, ruleCount: Map<string, number>,
  readings: (w: string) => Candidate[]): void {
  const gHabit = (ruleCount.get('g>ø') ?? 0) >= 3;
  for (const w of unresolved) {
    const lower = w.text.toLowerCase();
    let at = variants.get(lower);
    if (at === undefined && gHabit && G_FOR_Ø.test(lower)) at = lower.indexOf('g', 1);
    if (at === undefined) continue;
    // A word the lexicon can read: the reading with ø at that position (Sparsmal, Spersmal → Spørsmål), or
    // none — a half-restored common word is worse than none. Otherwise ø there, the rest as written.
    const cands = readings(w.text);
    if (cands.length > 0) {
      const c = cands.find((x) => x.word.length === lower.length && x.word[at!] === 'ø');
      if (!c) continue;
      w.fix = applyCase(w.text, c.word);
      w.rule = 'ocr-confusion';
    } else {
      w.fix = w.text.slice(0, at) + 'ø' + w.text.slice(at + 1);
      w.rule = 'ocr-name';
    }
  }
}

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
    const cands = searchCandidates(w.text, lex, { maxCost: 2.5, capitalised: isCapitalised(w.text), maxEdits: 2, costs: SURVEY_COSTS })
      .filter((c) => c.parts === 1);
    if (cands.length !== 1) continue;
    for (const e of cands[0]!.edits) {
      const r = Ø_RULES.find((x) => `${x.from}>${x.to}` === e);
      if (!r) continue;
      n.set(e, (n.get(e) ?? 0) + 1);
      total++;
    }
  }
  if (total < 5) return undefined;
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
// A strict compound join (both parts compoundable) costs this much in the search (candidates.ts STRICT_JOIN).
const STRICT_JOINS = 1.5;
const LOST_Ø = /^[oea]>ø$/u;
const RULE_COST = new Map(RULES.map((r) => [`${r.from}>${r.to}`, r.cost]));
const editCost = (e: string, costs: ReadonlyMap<string, number> | undefined): number => costs?.get(e) ?? RULE_COST.get(e) ?? 0;
const LOST_Ø_MARGIN = 3.2;
const rank = (c: Candidate): number => c.cost + (c.parts > 1 ? SPLIT_PENALTY : 0);

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

function channelStats(damage: Damage, ruleCount: Map<string, number>): ChannelStats {
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

// Exposed for tests: the pieces that make the decision.
export { CAP };
