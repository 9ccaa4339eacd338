/**
 * Inline Markdown → plain text, line by line. Cheap and predictable: links keep their text,
 * autolinks their address, emphasis markers and heading ids go. Used for every document,
 * Markdown or not, because plain-text exports also carry stray `**`.
 */
const LINK = /!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
const HEADING_ID = /\s*\{#[\w-]+\}\s*$/;
const EMPHASIS = /(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)/g;
const SINGLE_EM = /(^|[\s(])[*_](?=[^\s*_])([^*_\n]*?[^\s*_])[*_](?=$|[\s).,:;!?])/g;
const CODE = /`([^`\n]*)`/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>])/g;

export function stripInline(s: string): string {
  if (!/[*_[\]<`\\{]/.test(s)) return s;
  return s
    // A link glued to the next word ("[her](#)**Frammøtte:**") keeps a space between them.
    .replace(LINK, (m: string, t: string, off: number, all: string) => t + (/^\*{0,2}[A-Za-zÀ-ÖØ-öø-ÿ\d]/.test(all.slice(off + m.length)) ? ' ' : ''))
    .replace(AUTOLINK, '$1')
    .replace(HEADING_ID, '')
    .replace(CODE, '$1')
    .replace(EMPHASIS, '')
    .replace(/\*\*+/g, '')
    .replace(SINGLE_EM, '$1$2')
    .replace(ESCAPE, '$1');
}

export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
