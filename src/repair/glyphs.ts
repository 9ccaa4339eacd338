/** Glyph-level repairs outside words: a bullet read as '@', a capital I read as '|'. */
import { newWord, type Word } from './words.js';

// A bullet glyph (●) that OCR read as '@': a lone '@' opening a line of text.
const AT_BULLET = /^(\s*)@(?=\s+\S)/u;
// A capital I that OCR read as a vertical bar: a lone '|' (or '|:' as a speaker label) in a line with no other bar
// (a table has several), at the start of the line (after a list dash or a "Name:" label) or of a sentence.
const BAR_TOKEN = /^\|[:,]?$/u;
const WHITESPACE_TOKEN = /\S+/gu;

/** Glyph-level repairs outside words: bullets and bars. */
export function glyphFixes(lines: readonly string[]): Word[][] {
  const out: Word[][] = [];
  for (let li = 0; li < lines.length; li++) out.push(lineGlyphFixes(lines[li]!, li));
  return out;
}

function lineGlyphFixes(line: string, li: number): Word[] {
  const out: Word[] = [];
  const bullet = AT_BULLET.exec(line);
  if (bullet) {
    const start = bullet[1]!.length;
    out.push(newWord(li, start, '@', '@', start, -1, '●', 'ocr-bullet'));
  }
  if (line.indexOf('|') < 0 || line.indexOf('|') !== line.lastIndexOf('|')) return out;
  const bar = barAsCapitalI(line, li);
  if (bar) out.push(bar);
  return out;
}

/** The line's one '|' as a capital I, when it stands where a word opens a line, an item or a sentence. */
function barAsCapitalI(line: string, li: number): Word | undefined {
  const toks: RegExpExecArray[] = [];
  for (const m of line.matchAll(WHITESPACE_TOKEN)) toks.push(m);
  let k = -1;
  for (let i = 0; i < toks.length; i++) if (BAR_TOKEN.test(toks[i]![0])) { k = i; break; }
  if (k < 0) return undefined;
  const tok = toks[k]!;
  const next = toks[k + 1]?.[0];
  if (!next || (tok[0] === '|' && !/^[A-Za-zÀ-ÖØ-öø-ÿ«"(]/.test(next))) return undefined;
  const opens = k === 0 || /[.!?:]$/u.test(toks[k - 1]![0]) || (k === 1 && /^[-–•●@]$/u.test(toks[0]![0]));
  if (!opens) return undefined;
  return newWord(li, tok.index, '|', tok[0], tok.index, -1, 'I', 'ocr-glyph');
}
