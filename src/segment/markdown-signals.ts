/** Whether a text was written as Markdown: needed both to choose the stages to load and to segment. */

/** Signals that the author wrote Markdown: ATX headings, links, emphasis pairs, front matter. */
export function looksLikeMarkdown(text: string): boolean {
  let score = 0;
  if (/^---\n[\s\S]*?\n---\n/.test(text)) score += 2;
  if (/^ {0,3}#{1,6} \S/m.test(text)) score += 2;
  // A link: its text and address hold no bracket, so that a failed match from each "[" stops at the next one.
  if (/\[[^[\]\n]+\]\([^()[\]\n]*\)/.test(text)) score += 1;
  if (/\*\*[^*\n]+\*\*/.test(text)) score += 1;
  if (/^```/m.test(text)) score += 1;
  return score >= 2;
}
