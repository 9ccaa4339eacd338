/**
 * Text comparison for the "no data lost" check, written independently of src/segment: inline
 * Markdown and list/heading markers go, whitespace collapses.
 */
export function plain(s: string): string {
  return s
    .replace(/!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1') // [text](url)
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1') // <https://…>
    .replace(/^\s{0,3}#{1,6}(?=\s|$)/, '') // ATX heading marker
    .replace(/\s+#+\s*$/, '') // closing ATX marker
    .replace(/\s*\{#[\w-]+\}\s*$/, '') // heading id
    .replace(/^\s*(?:>\s?)+/, '') // blockquote
    .replace(/^\s*(?:[-*+•·▪◦●○■□–—‣⁃]|o(?=\s))[\s\u00a0]+(?=\S)/, '') // bullet
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1') // escapes
    .replace(/[*_`]/g, '') // emphasis and code markers
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/** A line carries content when it has a letter or a digit. */
export function isContent(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}
