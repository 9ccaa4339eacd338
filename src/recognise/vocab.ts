/** Vocabulary lookups compiled once from the JSON data files in src/vocab. */
import labels from '../vocab/labels.json' with { type: 'json' };
import people from '../vocab/people.json' with { type: 'json' };

export { labels, people };

/** `s` as a regular-expression source that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of phrases, longest first, with flexible inner whitespace. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/\\?\s+/g, '\\s+'))
    .join('|');
}

export function wordSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}

export const ORG_WORDS = wordSet(people.organisationWords);
export const PLACE_PREFIXES = wordSet(people.placePrefixes);
export const TABLE_HEADERS = wordSet(people.tableHeaders);
