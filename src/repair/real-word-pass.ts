/**
 * Pass 2: real-word errors, in context (neighbours as repaired; a sentence runs on across a hard wrap). The words
 * the lexicon knows as written are read once more with their neighbours and the document's channel statistics
 * ("pa" → "på", "til A stå" → "til å stå").
 */
import { applyCase } from './candidates.js';
import type { RepairContext } from './context.js';
import { realWordFix, writtenStandard, type ChannelStats, type WordContext } from './real-words.js';
import { allWords, isAllCaps, isCapitalised, isCapsLineAt, type Word } from './words.js';

// The start of a list item or of a "Name:" line.
// (A list marker may carry a speaker label: "- Q: Vakner opp".)
const ITEM_START = /^\s*(?:(?:[-–•●*@|]|\d{1,2}[.)])\s+(?:[A-Za-zÀ-ÖØ-öø-ÿ|]{1,12}:\s+)?|[A-Za-zÀ-ÖØ-öø-ÿ|]{1,12}:\s+)$/;
const CAPS_TWINS = /^(PA|SA|NA|MA|FA|AR|NAR)$/u;
const LOWERCASE_START = /^[a-zß-öø-ÿ]/;
const NEXT_TOKEN = /^\s*(\S+)/u;

/** Read the real-word candidates in context; a reading that differs is taken as an 'ocr-real-word' fix. */
export function repairRealWords(ctx: RepairContext, realCandidates: readonly Word[], stats: ChannelStats,
  vocab: ReadonlyMap<string, number>): void {
  const flat = allWords(ctx.words);
  const standard = writtenStandard(lowercaseTexts(flat));
  const candidates = new Set(realCandidates);
  for (let k = 0; k < flat.length; k++) {
    const w = flat[k]!;
    if (w.fix || !candidates.has(w)) continue;
    readRealWord(ctx, flat, k, standard, stats, vocab);
  }
}

function lowercaseTexts(flat: readonly Word[]): string[] {
  const out: string[] = [];
  for (const w of flat) out.push(w.text.toLowerCase());
  return out;
}

/** The punctuation after a word, to the end of its token. */
const tail = (x: Word, lines: readonly string[]): string => lines[x.line]!.slice(x.start + x.text.length, x.tokenStart + x.token.length);

// Neighbours across a line break, or across one blank line when the text goes on in lowercase (a page or
// column break inside a sentence; a capitalised word after a blank line opens a paragraph or a heading).
const adjacent = (a: Word | undefined, b: Word, lines: readonly string[]): a is Word => a !== undefined &&
  (b.line - a.line <= 1 || (b.line - a.line === 2 && lines[a.line + 1]!.trim() === '' && LOWERCASE_START.test(b.text)));

function readRealWord(ctx: RepairContext, flat: readonly Word[], k: number, standard: ReturnType<typeof writtenStandard>,
  stats: ChannelStats, vocab: ReadonlyMap<string, number>): void {
  const { lines } = ctx;
  const w = flat[k]!;
  const line = lines[w.line]!;
  // In a line written all in capitals (a heading: "SLIK SKAL ELVERUM NA MALENE") case says nothing about a word.
  const capsLine = isAllCaps(w.text) && isCapsLineAt(ctx.lines, w.line);
  if (isAllCaps(w.text) && w.text.length > 1 && !capsLine && !CAPS_TWINS.test(w.text)) return;
  const prevW = k > 0 && adjacent(flat[k - 1], w, lines) ? flat[k - 1] : undefined;
  const nextW = k + 1 < flat.length && adjacent(w, flat[k + 1]!, lines) ? flat[k + 1] : undefined;
  const after = tail(w, lines);
  const before = line.slice(w.tokenStart, w.start);
  const prevTokEnd = prevW ? tail(prevW, lines) : '';
  // A sentence starts after . ! ? : and at the start of a list item or a "Name:" line.
  const sentenceStart = !prevW || /[.!?:]$/u.test(prevTokEnd) || ITEM_START.test(line.slice(0, w.tokenStart));
  // Names and other capitalised words mid-sentence are not touched by real-word rules.
  // (A capital A standing alone after a lowercase word is the infinitive marker read wrongly: "til A stå".)
  const loneA = w.text === 'A' && !sentenceStart && prevW !== undefined && LOWERCASE_START.test(prevW.text) &&
    nextW !== undefined && LOWERCASE_START.test(nextW.text);
  if (w.text === 'A' && !loneA) return;
  if (isCapitalised(w.text) && !sentenceStart && !loneA && !capsLine) return;
  // The last part of a hyphenated compound ("FIF-mate", "korona-arene") is read like a word of its own.
  const compoundTail = /[A-Za-zÀ-ÖØ-öø-ÿ]-$/u.test(before) && [...w.text].length >= 4;
  if (before !== '' && !/^[("«'‘“]$/u.test(before) && !compoundTail) return;
  const lower = w.text.toLowerCase();
  const context: WordContext = {
    word: lower,
    prev: prevW && prevW.tokenStart !== w.tokenStart && prevTokEnd === '' ? (prevW.fix ?? prevW.text).toLowerCase() : null,
    next: nextW && nextW.tokenStart !== w.tokenStart ? (nextW.fix ?? nextW.text).toLowerCase() : null,
    after,
    sentenceStart,
    standard,
    ahead: wordsAhead(flat, k, w.line),
    nextToken: line.slice(w.tokenStart + w.token.length).match(NEXT_TOKEN)?.[1] ?? lines[w.line + 1]?.match(NEXT_TOKEN)?.[1] ?? null,
  };
  const fix = realWordFix(context, ctx.lex, stats, vocab);
  if (fix && fix !== lower) {
    w.fix = loneA ? fix : applyCase(w.text, fix);
    w.rule = 'ocr-real-word';
  }
}

/** The (repaired, lowercase) words two to four places ahead, within two lines. */
function wordsAhead(flat: readonly Word[], k: number, line: number): string[] {
  const out: string[] = [];
  const end = Math.min(k + 5, flat.length);
  for (let i = k + 2; i < end; i++) {
    const x = flat[i]!;
    if (x.line - line <= 2) out.push((x.fix ?? x.text).toLowerCase());
  }
  return out;
}
