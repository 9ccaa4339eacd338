/**
 * Markdown documents go through micromark (remark-parse's CommonMark tokenizer) so that what
 * Markdown says about block structure is honoured: code blocks are not content to recognise,
 * setext headings are headings. Plain and PDF text never pays for the tokenizer.
 */
import type { MarkdownBlock } from './micromark.js';
import { markdownMayMatter, stages } from '../stages.js';
import type { Line } from './line.js';

export { looksLikeMarkdown } from './markdown-signals.js';


/**
 * Above BIG the body goes to micromark in pieces of about CHUNK cut at blank lines outside fences, and only
 * the pieces markdownMayMatter picks are parsed at all: memory stays flat and time linear on huge inputs.
 */
const BIG = 128 * 1024;
const CHUNK = 16 * 1024;

/** Splits at blank lines outside fenced code into pieces of about CHUNK characters; each with its first line's offset. */
function chunks(body: string): Array<{ text: string; lineOffset: number }> {
  if (body.length <= BIG) return [{ text: body, lineOffset: 0 }];
  const out: Array<{ text: string; lineOffset: number }> = [];
  const ls = body.split('\n');
  let fence: string | null = null;
  let start = 0;
  let size = 0;
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (f[1]!.startsWith(fence) && /^ {0,3}(`{3,}|~{3,})[ \t]*$/.test(l)) fence = null;
    }
    size += l.length + 1;
    const next = ls[i + 1];
    if (size >= CHUNK && fence === null && l.trim() === '' && next !== undefined && !/^(?: {4}|\t)/.test(next)) {
      out.push({ text: ls.slice(start, i + 1).join('\n'), lineOffset: start });
      start = i + 1;
      size = 0;
    }
  }
  out.push({ text: ls.slice(start).join('\n'), lineOffset: start });
  return out;
}

export function applyMarkdown(lines: Line[], text: string): void {
  // Front matter is read by the recognisers, not by micromark.
  const fm = /^---\n[\s\S]*?\n---\n/.exec(text);
  const fmLines = fm ? fm[0].split('\n').length - 1 : 0;
  const body = fm ? text.slice(fm[0].length) : text;
  const tree = stages.markdownBlocks;
  if (!tree || !markdownMayMatter(body)) return;
  for (const piece of chunks(body)) {
    if (piece.text.length < body.length && !markdownMayMatter(piece.text)) continue;
    applyBlocks(lines, tree(piece.text), fmLines + piece.lineOffset);
  }
}

function applyBlocks(lines: Line[], blocks: MarkdownBlock[], offsetLines: number): void {
  for (const b of blocks) {
    if (b.type === 'code') {
      for (let n = b.start; n <= b.end; n++) {
        const line = lines[n - 1 + offsetLines];
        if (line) line.code = true;
      }
    } else {
      // Setext heading: the underline is layout; the text line is the heading.
      const first = lines[b.start - 1 + offsetLines];
      const underline = lines[b.end - 1 + offsetLines];
      if (first && underline && b.end > b.start && /^[=-]+$/.test(underline.raw.trim())) {
        first.depth = b.depth ?? 1;
        underline.blank = true;
      }
    }
  }
}
