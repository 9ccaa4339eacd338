/**
 * Inline Markdown → plain text, line by line. Cheap and predictable: links keep their text,
 * autolinks their address, emphasis markers and heading ids go. Used for every document,
 * Markdown or not, because plain-text exports also carry stray `**`.
 */
import { isSpace } from '../vocab/patterns.js';

/** A link's text holds no bracket: from each "[" a failed match then stops at the next one ("[[[[…" stays linear). */
const LINK = /!?\[([^[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
/** A heading's id at the line's end ("## Budsjett {#budsjett}"); the space before it goes with collapse(). Not \s* first:
 * after tags turned to spaces a line may be a long run of them, and a match tried from each would be quadratic. */
const HEADING_ID = /\{#[\w-]+\}\s*$/;
const EMPHASIS = /(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)/g;
const SINGLE_EM = /(^|[\s(])[*_](?=[^\s*_])([^*_\n]*?[^\s*_])[*_](?=$|[\s).,:;!?])/g;
const CODE = /`([^`\n]*)`/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>])/g;
/** A backslash that ends a line is Markdown's hard line break ("**[Årsmelding 2019](…)**\\" and the text on the next line), not text; an escaped one ("\\\\") is. */
const HARD_BREAK = /(?<![\\\s])\\$/;
/**
 * HTML in Markdown or a web export ("<li><a href=…>LM 21-1 Opning</a>", "<center><b>2019-05-28 18:30<br>"): the tags
 * go, their text stays; a tag that breaks the line leaves a space. Only the names of HTML's own tags, so that "a < b"
 * or "<Kari>" stays text.
 */
const HTML_TAG =
  /<\/?(a|abbr|b|big|blockquote|br|center|code|dd|div|dl|dt|em|font|h[1-6]|hr|i|img|li|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)(?:\s[^<>]*)?\/?>/gi;
const BREAKING = /^(?:br|center|dd|div|dl|dt|h[1-6]|hr|li|ol|p|table|tbody|td|th|thead|tr|ul|blockquote|pre)$/i;

export function stripInline(s: string): string {
  if (!/[*_[\]<`\\{]/.test(s)) return s;
  return s
    .replace(HTML_TAG, (_m: string, name: string) => (BREAKING.test(name) ? ' ' : ''))
    // A link glued to the next word ("[her](#)**Frammøtte:**") keeps a space between them.
    .replace(LINK, (m: string, t: string, off: number, all: string) => t + (/^\*{0,2}[A-Za-zÀ-ÖØ-öø-ÿ\d]/.test(all.slice(off + m.length)) ? ' ' : ''))
    .replace(AUTOLINK, '$1')
    .replace(HEADING_ID, '')
    .replace(CODE, '$1')
    .replace(EMPHASIS, '')
    .replace(/\*\*+/g, '')
    .replace(SINGLE_EM, '$1$2')
    .replace(HARD_BREAK, '')
    .replace(ESCAPE, '$1');
}

export function collapse(s: string): string {
  return isCollapsed(s) ? s : s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Single spaces between words and none at the ends: what most lines are, and what collapse() would return unchanged. */
function isCollapsed(s: string): boolean {
  let afterSpace = true; // a space at the start is one too many
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (c === 0x200b || isSpace(c)) return false;
    else afterSpace = false;
  }
  return !afterSpace || s.length === 0;
}
