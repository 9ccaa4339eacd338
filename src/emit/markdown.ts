/**
 * emit: normalised Markdown (front matter + one `## N. title` per item). Placeholder until the
 * normalised form lands; it already renders the fixed shape.
 */
import type { ReferatDocument } from '../model/schema.js';

export function normalize(doc: ReferatDocument): string {
  const out: string[] = [];
  out.push(`# ${doc.title ?? 'Referat'}`, '');
  for (const it of doc.items) {
    out.push(`## ${it.number}. ${it.title}`, '');
    if (it.text) out.push(it.text, '');
  }
  return out.join('\n');
}
