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
import { detectDamage } from './repair/detect.js';
import { looksLikeMarkdown } from './segment/markdown-signals.js';

export interface OptionalStages {
  /** OCR repair: needed only for a text that shows damage (detectDamage, which needs no lexicon). */
  repair?: (text: string, options: RepairOptions) => RepairResult;
  markdownBlocks?: (text: string) => MarkdownBlock[];
  yaml?: (text: string) => unknown;
  normalised?: (lines: Line[], frontMatter: Record<string, unknown> | null, ctx: RecogniseContext) => Recognised | null;
}

export const stages: OptionalStages = {};

const FRONT_MATTER = /^---\n/;
/** What in a text could make remark's reading matter (see segment/markdown.ts). */
export const MARKDOWN_MAY_MATTER = /```|~~~|^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]?)*(?: {4}|\t)|^[ \t>]*(?:=+|-+)[ \t]*$/m;

export async function loadStagesFor(text: string, options: { repair?: boolean } = {}): Promise<void> {
  const jobs: Array<Promise<void>> = [];
  if (options.repair !== false && !stages.repair && detectDamage(text).damaged) {
    jobs.push(import('./repair/index.js').then((m) => void (stages.repair = m.repair)));
  }
  // (micromark runs only on text written as Markdown: segment/markdown.ts)
  if (!stages.markdownBlocks && MARKDOWN_MAY_MATTER.test(text) && looksLikeMarkdown(text)) {
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
