/**
 * repair: OCR damage → Norwegian text, before segmentation.
 * Contract: the repaired text has exactly the same lines, in the same order, as the input; only
 * words inside lines change, and every change is recorded as a Correction whose line/column point
 * into the original text. Clean text comes back unchanged with no corrections.
 *
 * Pipeline: detect damage (no lexicon) → stop if clean, no letter was lost to U+FFFD and no letters are spaced apart;
 * else load the lexicon, fill lost letters (lost-letters.ts), close letter-spaced words up (letter-spacing.ts) and
 * judge the damage again, then, if damaged, build the name gazetteer,
 * repair non-words from the confusion channel (confirmed by lexicon, compounds or names), learn how this
 * document's OCR confuses letters from those repairs, then repair real-word errors with that evidence.
 *
 * The phases live in small modules: words.ts (the words and what can be said of one as written), context.ts
 * (what every phase reads), glyphs.ts (bullets and bars), non-words.ts (pass 1), document-votes.ts and
 * unknown-names.ts (what the document vouches for), channel.ts (the document's confusion channel),
 * real-word-pass.ts (pass 2).
 */
import type { Correction } from '../model/schema.js';
import { withCandidateMemo } from './candidates.js';
import { channelStats } from './channel.js';
import { repairContext, type RepairOptions } from './context.js';
import { composeCorrections } from './compose.js';
import { detectDamage, needsRepair, type Damage } from './detect.js';
import { adoptGlyphSiblings, adoptLowercaseTwins, documentVocabulary, restoreAtInNames, voteByVocabulary } from './document-votes.js';
import { glyphFixes } from './glyphs.js';
import { CAP, loadLexicon } from './lexicon.js';
import { closeLetterSpacing } from './letter-spacing.js';
import { fillLostLetters } from './lost-letters.js';
import { classifyWords, readNonWords } from './non-words.js';
import { repairRealWords } from './real-word-pass.js';
import { restoreUnknownNames } from './unknown-names.js';
import type { Word } from './words.js';

export { detectDamage } from './detect.js';
export type { Damage } from './detect.js';
export { glyphFixes } from './glyphs.js';
export { measureCosts } from './channel.js';
export type { RepairOptions } from './context.js';

export interface RepairResult {
  text: string;
  corrections: Correction[];
}

/** Repairs OCR damage in `text`; a text without damage comes back unchanged, with no corrections. */
export function repair(text: string, options: RepairOptions = {}): RepairResult {
  return repairWith(text, options, detectDamage(text));
}

/**
 * The same, with detectDamage's verdict on `text` already at hand (the pipeline has it). Kept apart from the
 * public `repair`, whose two parameters stay safe for `texts.map(repair)`.
 */
export function repairWith(text: string, options: RepairOptions, damage: Damage): RepairResult {
  if (!needsRepair(damage)) return { text, corrections: [] };
  // Each step reads the text the step before left; the corrections are kept against the original text.
  let done: RepairResult = { text, corrections: [] };
  const then = (step: RepairResult): void => {
    if (!step.corrections.length) return;
    done = { text: step.text, corrections: composeCorrections(text, step.text, done.corrections, step.corrections) };
  };
  // Letters lost to U+FFFD first, one character for one, and letter-spaced words closed up: the OCR passes then
  // read whole words.
  if (damage.lostLetters > 0) then(fillLostLetters(done.text, loadLexicon()));
  if (damage.spacedRuns > 0) then(withCandidateMemo(() => closeLetterSpacing(done.text, loadLexicon())));
  // The letters filled in are clean letters: the damage is judged again on the filled text (a text whose every
  // æ, ø and å was lost looked damaged for it, and its ASCII spellings, "paa", "vaere", for OCR's).
  const judged = done.corrections.length ? detectDamage(done.text) : damage;
  if (!judged.damaged) return done;
  then(withCandidateMemo(() => repairDamaged(done.text, judged, options)));
  return done;
}

function repairDamaged(text: string, damage: Damage, options: RepairOptions): RepairResult {
  const ctx = repairContext(text, damage, options);
  const glyphs = glyphFixes(ctx.lines);
  // Pass 1: non-words.
  const ruleCount = new Map<string, number>();
  const { realCandidates, nonWords } = classifyWords(ctx);
  readNonWords(ctx, nonWords, ruleCount);
  adoptLowercaseTwins(ctx, nonWords);
  restoreAtInNames(nonWords);
  restoreUnknownNames(ctx, nonWords, ruleCount);
  const vocab = documentVocabulary(ctx.words);
  voteByVocabulary(nonWords, vocab, ruleCount);
  adoptGlyphSiblings(ctx, nonWords, ruleCount);
  // What this document's OCR does: per letter, damaged share; per confusion, share of that letter's damage.
  const stats = channelStats(damage, ruleCount);
  // Pass 2: real-word errors, in context (neighbours as repaired; a sentence runs on across a hard wrap).
  repairRealWords(ctx, realCandidates, stats, vocab);
  return applyFixes(ctx.lines, ctx.words, glyphs);
}

const byStart = (a: Word, b: Word): number => a.start - b.start;

/** Apply, right to left per line, and record corrections against the original text. */
function applyFixes(lines: readonly string[], words: readonly Word[][], glyphs: readonly Word[][]): RepairResult {
  const corrections: Correction[] = [];
  const out: string[] = [];
  for (let li = 0; li < lines.length; li++) {
    const fixes = lineFixes(words[li]!, glyphs[li]!);
    out.push(fixes.length === 0 ? lines[li]! : applyLineFixes(lines[li]!, li, fixes, corrections));
  }
  return { text: out.join('\n'), corrections };
}

/** The line's word fixes that change something, with its glyph fixes, left to right. */
function lineFixes(lw: readonly Word[], glyphs: readonly Word[]): Word[] {
  const fixes: Word[] = [];
  for (const w of lw) if (w.fix !== undefined && w.fix !== w.text) fixes.push(w);
  if (glyphs.length) {
    for (const g of glyphs) fixes.push(g);
    fixes.sort(byStart);
  }
  return fixes;
}

function applyLineFixes(line: string, li: number, fixes: readonly Word[], corrections: Correction[]): string {
  let res = '';
  let pos = 0;
  for (const w of fixes) {
    res += line.slice(pos, w.start) + w.fix!;
    pos = w.start + w.text.length;
    corrections.push({ from: w.text, to: w.fix!, line: li + 1, column: w.start + 1, rule: w.rule ?? 'ocr-confusion' });
  }
  return res + line.slice(pos);
}

// Exposed for tests: the pieces that make the decision.
export { CAP };
