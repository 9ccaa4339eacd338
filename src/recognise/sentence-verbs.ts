/**
 * Whether words read as a statement: a Norwegian statement puts its verb second ("vi følger med", "Leiar Torunn vart
 * møteleiar", "Regnskapet ble godkjent"), so a verb of minutes after the first word makes a sentence; a first word that
 * could be a verb is a noun ("Lager og bod", "Godkjent budsjett 2024"). Read by items.ts (a title's words after a comma,
 * a dash or a colon), decisions.ts (a paper's name under "Saksdokumenter:"), document.ts (a notice's "Label: sentence",
 * a protocol's heading) and attendance.ts (a sentence under a list of people).
 */
import itemWords from '../vocab/items.json' with { type: 'json' };
import labelWords from '../vocab/labels.json' with { type: 'json' };
import { latinRegExp } from '../vocab/patterns.js';

/** Verbs of minutes (items.json sentenceVerbs) and finite auxiliaries (labels.json finiteVerbs), lower case. */
const VERBS = new Set([...itemWords.sentenceVerbs.filter((w) => w !== 'som'), ...labelWords.finiteVerbs]);

/** `words` in lower case. `withSom`: "Kari Nordmann som leder" counts too (a person in a role, no title's words). */
export function verbAfterFirst(words: readonly string[], withSom = false): boolean {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (VERBS.has(w) || (withSom && w === 'som')) return true;
  }
  return false;
}

/** `text` read as a statement: its words (lower case, parted at spaces and commas) have a verb after the first. */
export const readsAsStatement = (text: string): boolean => verbAfterFirst(text.toLowerCase().split(/[\s,]+/).filter(Boolean));

/** A verb in the passive ("snakkes", "sendes", "møtes"): a word of three small letters or more, then "es". */
export const PASSIVE_VERB = latinRegExp(String.raw`(?<![\p{L}])\p{Ll}{3,}es(?![\p{L}])`);

