/**
 * What a table's presence column holds ("Møtt", "Forfall", "Ikke møtt"): read by segment's flattened-table cutting (a
 * mark after a row's role is the row's, never the start of the next row) and by the recognisers (the row's status),
 * from the one list in people.json.
 */
import people from './people.json' with { type: 'json' };
import { alternation } from './patterns.js';

const { present, absent } = people.presenceMarks;

/** The first word of every mark ("ikke" of "Ikke møtt"): a token that opens a mark. */
const FIRST_WORDS = new Set([...present, ...absent].map((m) => m.split(/\s+/)[0]!));

/** A token that opens a presence mark ("Møtt", "Forfall", "Ikke" of "Ikke møtt"). */
export function opensPresenceMark(token: string): boolean {
  return FIRST_WORDS.has(token.toLowerCase().replace(/[.,]$/, ''));
}

/** A presence mark at the end of a text (after a space), in group 1. */
export const PRESENCE_MARK_END = new RegExp(`\\s(${alternation([...present, ...absent])})\\.?$`, 'i');

const ABSENCE = new RegExp(`^(?:${alternation(absent)})$`, 'i');
const MARK = new RegExp(`^(?:${alternation([...present, ...absent])})$`, 'i');

/** A mark that says the person did not come ("Forfall", "Ikke møtt", "Fråvær"). */
export const isAbsenceMark = (text: string): boolean => ABSENCE.test(text.trim());
/** A whole cell that is a presence mark. */
export const isPresenceMark = (text: string): boolean => MARK.test(text.trim());
