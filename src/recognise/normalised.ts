/**
 * Reads referat's own normalised Markdown (front matter with `schemaVersion`, then `## N. title`
 * items) exactly, without heuristics, so that parse(normalize(x)) gives back x's model.
 * Returns null when the document is not in the normalised form.
 */
import type { Line } from '../segment/line.js';
import type { Recognised, RecogniseContext } from './document.js';

export function recogniseNormalised(_lines: Line[], frontMatter: Record<string, unknown> | null, _ctx: RecogniseContext): Recognised | null {
  if (!frontMatter || frontMatter.schemaVersion !== 1) return null;
  return null;
}
