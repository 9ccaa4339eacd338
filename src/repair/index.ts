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
import { applyCase, searchCandidates, RULES } from './candidates.js';
import { detectDamage, type Damage } from './detect.js';
import { CAP, loadLexicon, WORD, type Lexicon } from './lexicon.js';
import { buildNames, NameTrie } from './names.js';

const EMPTY_NAMES = new NameTrie();
import { isCodeLikeWord, isProtectedToken } from './protect.js';
import { realWordFix, type ChannelStats } from './real-words.js';

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
  fix?: string;
  rule?: string;
}

const SEGMENT = /[\p{L}@&4]+/gu;
const MARK_LETTERS = ['å', 'ø', 'æ', 'j'] as const;

export function repair(text: string, options: RepairOptions = {}): RepairResult {
  const damage = detectDamage(text);
  if (!damage.damaged) return { text, corrections: [] };
  return repairDamaged(text, damage, options);
}

function collectWords(lines: string[]): Word[][] {
  return lines.map((line, li) => {
    const out: Word[] = [];
    for (const m of line.matchAll(/\S+/gu)) {
      const token = m[0];
      const tokenStart = m.index;
      if (isProtectedToken(token)) continue;
      for (const s of token.matchAll(SEGMENT)) {
        if (!/\p{L}/u.test(s[0]) && s[0] !== '4') continue;
        if (s[0] === '4' && token !== '4') continue; // "4" only as a word of its own
        out.push({ line: li, start: tokenStart + s.index, text: s[0], token, tokenStart });
      }
    }
    return out;
  });
}

const isCapitalised = (w: string): boolean => /^[\p{Lu}@]/u.test(w);
const isAllCaps = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

/** Is the word as written a word (lexicon, proper noun in a capitalised token, gazetteer)? */
function known(w: string, lex: Lexicon, names: NameTrie): boolean {
  if (/[@&4]/u.test(w)) return false;
  const f = lex.lookup(w.toLowerCase());
  if (f & WORD) return true;
  if (f && (isCapitalised(w) || isAllCaps(w))) return true; // CAP or a compound part written alone
  return isCapitalised(w) && names.has(w);
}

function repairDamaged(text: string, damage: Damage, options: RepairOptions): RepairResult {
  const lex = loadLexicon();
  const lines = text.split('\n');
  const words = collectWords(lines);
  // Recurring capitalised words count as names unless the lexicon reads them as cheap damage (Baerum → Bærum).
  const names = buildNames(text, options.names ?? [], (w) =>
    !known(w, lex, EMPTY_NAMES) && searchCandidates(w, lex, { maxCost: 1.6, capitalised: true, maxEdits: 2 }).length > 0);
  // Boldness: strong, plentiful evidence allows costlier readings (two or three confusions in one word).
  const maxCost = damage.strength >= 0.5 && damage.evidence >= 5 ? 4.2 : damage.strength >= 0.3 ? 3.2 : 2.2;

  // Pass 1: non-words.
  const ruleCount = new Map<string, number>();
  const realCandidates: Word[] = [];
  for (const lw of words) {
    for (const w of lw) {
      if (w.text === '4' || w.text === 'a' || w.text === 'A') { realCandidates.push(w); continue; }
      if (isCodeLikeWord(w.text.replace(/^[lI](?=\p{Lu})/u, ''))) continue;
      if (known(w.text, lex, names)) { realCandidates.push(w); continue; }
      // A lowercase word between two capitalised words mid-line is part of a name ("Trond arne Ingvoldstad").
      const j = lw.indexOf(w);
      const p = lw[j - 1], q = lw[j + 1];
      if (!isCapitalised(w.text) && p && q && isCapitalised(p.text) && isCapitalised(q.text) && [...w.text].length >= 4) continue;
      const capital = isCapitalised(w.text) || isAllCaps(w.text);
      const cands = searchCandidates(w.text, lex, { maxCost, capitalised: capital, names, allowIdentity: true });
      const best = cands[0];
      if (!best || best.edits.length === 0) continue;
      const second = cands.find((c) => c.word !== best.word);
      if (second && second.cost - best.cost < 0.5) continue; // no clear winner: leave it
      // A reading that needs only the stray-letter deletion must land on a real (non-compound) word.
      if (best.edits.every((e) => e.endsWith('>')) && best.parts > 1) continue;
      w.fix = applyCase(w.text, best.word);
      w.rule = best.name ? 'ocr-name' : best.parts > 1 ? 'ocr-compound' : 'ocr-confusion';
      for (const e of best.edits) ruleCount.set(e, (ruleCount.get(e) ?? 0) + 1);
    }
  }

  // What this document's OCR does: per letter, damaged share; per confusion, share of that letter's damage.
  const stats = channelStats(damage, ruleCount);

  // Pass 2: real-word errors, in context (neighbours as repaired).
  for (const lw of words) {
    for (let i = 0; i < lw.length; i++) {
      const w = lw[i]!;
      if (w.fix || !realCandidates.includes(w)) continue;
      if (isAllCaps(w.text) && w.text.length > 1 && !/^(PA|SA|NA|MA|FA|AR|NAR)$/u.test(w.text)) continue;
      const prevW = lw[i - 1];
      const nextW = lw[i + 1];
      const line = lines[w.line]!;
      const end = w.start + w.text.length;
      const tokEnd = w.tokenStart + w.token.length;
      const after = line.slice(end, tokEnd);
      const before = line.slice(w.tokenStart, w.start);
      const prevTokEnd = prevW ? line.slice(prevW.start + prevW.text.length, prevW.tokenStart + prevW.token.length) : '';
      const sentenceStart = !prevW || /[.!?:]$/u.test(prevTokEnd);
      // Names and other capitalised words mid-sentence are not touched by real-word rules.
      if (isCapitalised(w.text) && !sentenceStart) continue;
      if (before !== '' && !/^[("«'‘“]$/u.test(before)) continue;
      const lower = w.text.toLowerCase();
      const fix = realWordFix({
        word: lower,
        prev: prevW && prevW.tokenStart !== w.tokenStart && prevTokEnd === '' ? (prevW.fix ?? prevW.text).toLowerCase() : null,
        next: nextW && nextW.tokenStart !== w.tokenStart ? (nextW.fix ?? nextW.text).toLowerCase() : null,
        after,
        sentenceStart,
      }, lex, stats);
      if (fix && fix !== lower) {
        w.fix = applyCase(w.text, fix);
        w.rule = 'ocr-real-word';
      }
    }
  }

  // Apply, right to left per line, and record corrections against the original text.
  const corrections: Correction[] = [];
  const out = lines.map((line, li) => {
    const fixes = words[li]!.filter((w) => w.fix !== undefined && w.fix !== w.text);
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
