/** YAML front matter (Markdown exports, referat's own normalised form), read when the YAML stage is loaded. */
import type { Line } from '../segment/line.js';
import { stages } from '../stages.js';

export function readFrontMatter(lines: Line[]): { data: Record<string, unknown> | null; end: number } {
  if (lines[0]?.raw !== '---') return { data: null, end: 0 };
  const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l.raw));
  if (close < 0) return { data: null, end: 0 };
  try {
    if (!stages.yaml) return { data: null, end: 0 };
    const data = stages.yaml(lines.slice(1, close).map((l) => l.raw).join('\n'));
    if (data && typeof data === 'object' && !Array.isArray(data)) return { data: data as Record<string, unknown>, end: close + 1 };
  } catch {
    // Not YAML after all: the lines are ordinary text.
  }
  return { data: null, end: 0 };
}
