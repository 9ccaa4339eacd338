/**
 * Markdown documents go through remark-parse (with GFM tables) so that what Markdown says about
 * block structure is honoured: code blocks are not content to recognise, setext headings are
 * headings. Plain and PDF text never pays for the parser.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent } from 'mdast';
import type { Line } from './line.js';

/** Signals that the author wrote Markdown: ATX headings, links, emphasis pairs, front matter. */
export function looksLikeMarkdown(text: string): boolean {
  let score = 0;
  if (/^---\n[\s\S]*?\n---\n/.test(text)) score += 2;
  if (/^ {0,3}#{1,6} \S/m.test(text)) score += 2;
  if (/\[[^\]\n]+\]\([^)\n]*\)/.test(text)) score += 1;
  if (/\*\*[^*\n]+\*\*/.test(text)) score += 1;
  if (/^```/m.test(text)) score += 1;
  return score >= 2;
}

const parser = unified().use(remarkParse).use(remarkGfm);

export function applyMarkdown(lines: Line[], text: string): void {
  // Front matter is read by the recognisers, not by remark.
  const fm = /^---\n[\s\S]*?\n---\n/.exec(text);
  const offsetLines = fm ? fm[0].split('\n').length - 1 : 0;
  const body = fm ? text.slice(fm[0].length) : text;
  const tree = parser.parse(body) as Root;
  const visit = (node: RootContent | Root): void => {
    const pos = node.position;
    if (node.type === 'code' && pos) {
      for (let n = pos.start.line; n <= pos.end.line; n++) {
        const line = lines[n - 1 + offsetLines];
        if (line) line.code = true;
      }
      return;
    }
    if (node.type === 'heading' && pos && pos.end.line > pos.start.line) {
      // Setext heading: the underline is layout; the text line(s) are the heading.
      const first = lines[pos.start.line - 1 + offsetLines];
      const underline = lines[pos.end.line - 1 + offsetLines];
      if (first && underline && /^[=-]+$/.test(underline.raw.trim())) {
        first.depth = node.depth;
        underline.blank = true;
      }
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
}
