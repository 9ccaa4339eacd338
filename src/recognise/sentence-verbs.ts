/**
 * Whether words read as a statement: a Norwegian statement puts its verb second ("vi følger med", "Leiar Torunn vart
 * møteleiar", "Regnskapet ble godkjent"), so a verb of minutes after the first word makes a sentence; a first word that
 * could be a verb is a noun ("Lager og bod", "Godkjent budsjett 2024"). Read by items.ts (a title's words after a comma,
 * a dash or a colon) and decisions.ts (a paper's name under "Saksdokumenter:").
 */
import itemWords from '../vocab/items.json' with { type: 'json' };
import labelWords from '../vocab/labels.json' with { type: 'json' };

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
