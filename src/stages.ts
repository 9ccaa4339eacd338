/**
 * Optional heavy stages — OCR repair (its search, word tables and lexicon reader), the Markdown parser
 * (micromark), the YAML reader and the reader of referat's own normalised form — are looked up here
 * instead of imported, so a document that does not need them never pays for loading them. The library entry fills them eagerly
 * (stages-eager.ts); the CLI and `check` load only what each input needs (`loadStagesFor`).
 */
import type { MarkdownBlock } from './segment/micromark.js';
import type { Recognised, RecogniseContext } from './recognise/document.js';
import type { Line } from './segment/line.js';
import type { RepairOptions, RepairResult } from './repair/index.js';
import { detectDamage, needsRepair, type Damage } from './repair/detect.js';
import { looksLikeMarkdown } from './segment/markdown-signals.js';

export interface OptionalStages {
  /** OCR repair: needed only for a text that shows damage (detectDamage, which needs no lexicon). */
  repair?: (text: string, options: RepairOptions, damage: Damage) => RepairResult;
  markdownBlocks?: (text: string) => MarkdownBlock[];
  yaml?: (text: string) => unknown;
  normalised?: (lines: Line[], frontMatter: Record<string, unknown> | null, ctx: RecogniseContext, unreadable?: (why: string) => void) => Recognised | null;
}

export const stages: OptionalStages = {};

const FRONT_MATTER = /^---\n/;
const FENCE = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*(?:```|~~~)/;
const UNDERLINE = /^[ \t>]*(?:=+|-+)[ \t]*$/;
/** Four columns of indentation after any container markers (quote `>`, list `-`, `1.`): group 1 is the prefix. */
const INDENTED = /^([ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]?)*)(?: {4}|\t)/;
const MARKERS_ONLY = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*$/;
// Lines after which indented code may start without a blank line: an ATX heading, a thematic break, the end
// of an HTML block (conservatively: any line that opens with '<').
const NOT_A_PARAGRAPH = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:[-*_][ \t]*){3,}$|<)/;

/**
 * Whether micromark's reading could tell applyMarkdown anything (segment/markdown.ts uses code blocks and setext
 * headings only). Exact in one direction: when this says no, CommonMark gives no code block and no setext heading.
 * A fence (also after list or quote markers) may open code; an underline under any text line may make a heading;
 * an indented line may open indented code only where it does not continue a paragraph (after a blank or
 * marker-only line, a heading, a break or an HTML line, or inside a new list item or quote on the same line). Nested list items indented under their parent ("      1. …") need no
 * tokenizer.
 */
export function markdownMayMatter(text: string): boolean {
  let previous = '';
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    // No pattern below matches an empty line (and trying one on it would compile it again: see lines.ts blankLine).
    if (line === '') {
      previous = line;
      continue;
    }
    if (FENCE.test(line)) return true;
    // Any text above may be a paragraph an underline turns into a heading ("2024." too: an empty list item
    // cannot interrupt a paragraph).
    if (previous.trim() !== '' && UNDERLINE.test(line)) return true;
    const indented = INDENTED.exec(line);
    if (indented && line.trim() !== '') {
      if (/[>*+\-]|\d[.)]/.test(indented[1]!)) return true;
      // A line of container markers only (">", "-", "1.") holds no paragraph to continue: it counts as blank.
      if (MARKERS_ONLY.test(previous) || NOT_A_PARAGRAPH.test(previous)) return true;
    }
    previous = line;
  }
  return false;
}

/**
 * Loads the stages `text` needs. `damaged` is detectDamage's verdict when the caller has it (false: repair is
 * off or the text is clean); left out, it is computed here.
 */
export async function loadStagesFor(text: string, options: { damaged?: boolean } = {}): Promise<void> {
  const jobs: Array<Promise<void>> = [];
  if (!stages.repair && (options.damaged ?? needsRepair(detectDamage(text)))) {
    jobs.push(import('./repair/index.js').then((m) => void (stages.repair = m.repairWith)));
  }
  // (micromark runs only on text written as Markdown: segment/markdown.ts)
  if (!stages.markdownBlocks && looksLikeMarkdown(text) && markdownMayMatter(text)) {
    jobs.push(import('./segment/micromark.js').then((m) => void (stages.markdownBlocks = m.markdownBlocks)));
  }
  if (FRONT_MATTER.test(text)) {
    if (!stages.yaml) jobs.push(
        import('yaml').then((m) => {
          // Bundled, yaml resolves to its CommonJS build: the namespace then holds it as `default`.
          const y = ('parse' in m ? m : (m as { default: typeof m }).default) as typeof m;
          stages.yaml = (s) => y.parse(s, { schema: 'core', logLevel: 'error' });
        }),
      );
    if (!stages.normalised && /^schemaVersion:/m.test(text.slice(0, 2000))) {
      jobs.push(import('./recognise/normalised.js').then((m) => void (stages.normalised = m.recogniseNormalised)));
    }
  }
  await Promise.all(jobs);
}
