/**
 * Regular expressions built from the vocabulary: the helpers every stage that matches Norwegian words uses
 * (segment's flattened-page cutting as well as the recognisers), kept apart from both.
 */

/** `s` as a regular-expression source that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of phrases, longest first, with flexible inner whitespace. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/\\?\s+/g, '\\s+'))
    .join('|');
}

const PROPERTY = /^\\p\{(Lu|Ll|L)\}/;
const LATIN: Record<string, string> = { L: 'A-Za-zÀ-ÖØ-öø-ÿ', Lu: 'A-ZÀ-ÖØ-Þ', Ll: 'a-zß-öø-ÿ' };
const WORD = '[\\wÀ-ÖØ-öø-ÿ]';
const LATIN_BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

/**
 * Norwegian text needs only Latin-1 letters, and patterns without the 'u' flag compile several times
 * faster (the first parse of a process is dominated by compiling patterns). Rewrites \p{L}, \p{Lu},
 * \p{Ll} into Latin-1 classes and drops 'u'. On Bokmål and Nynorsk text the meaning is the same;
 * letters beyond Latin-1 (Sámi č, š, ŋ) are not letters to these patterns, and repair leaves such words alone.
 */
export function latinRegExp(source: string, flags = ''): RegExp {
  const boundary = source.includes('\\b');
  if (!source.includes('\\p{') && !boundary) return new RegExp(source, flags.replace('u', ''));
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const prop = source.startsWith('\\p{', i) ? PROPERTY.exec(source.slice(i, i + 7)) : null;
      if (prop) {
        const ranges = LATIN[prop[1]!]!;
        out += inClass ? ranges : `[${ranges}]`;
        i += prop[0].length - 1;
        continue;
      }
      // Without the u flag \b knows only ASCII letters: "\bårsmøtet" never matched at a word's start, "på\b" never
      // at its end. A word boundary where Norwegian letters are letters.
      if (source[i + 1] === 'b' && !inClass) {
        out += LATIN_BOUNDARY;
        i++;
        continue;
      }
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return new RegExp(out, flags.replace('u', ''));
}
