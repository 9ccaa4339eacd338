/** Vocabulary lookups compiled once from the JSON data files in src/vocab. */
import labels from '../vocab/labels.json' with { type: 'json' };
import people from '../vocab/people.json' with { type: 'json' };
import givenNames from '../vocab/given-names.json' with { type: 'json' };
import names from '../vocab/names.json' with { type: 'json' };

export { labels, people };

export function wordSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}

export const ORG_WORDS = wordSet(people.organisationWords);
export const PLACE_PREFIXES = wordSet(people.placePrefixes);
export const TABLE_HEADERS = wordSet(people.tableHeaders);
/** Given names, lower-cased: the common ones and those written with æ, ø, å. */
export const GIVEN_NAMES = wordSet([...givenNames.given, ...names.given]);
