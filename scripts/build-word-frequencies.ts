/**
 * Writes src/vocab/word-frequencies.json: how often each word occurs in the clean Norwegian documents bundled in
 * fixtures/ (minutes, notices, two news articles; not the OCR-damaged seed 003, whose damaged forms would count as
 * words). Letter-spacing repair (src/repair/letter-spacing.ts) weighs where the word breaks go by it: "m e d e n
 * s t em m e" is "med en stemme", not "medens temme", because "med" and "en" are far more common.
 * Usage: node --import tsx scripts/build-word-frequencies.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const DIR = new URL('../fixtures/', import.meta.url);
const SKIP = new Set(['seed003.txt']);
const MIN_COUNT = 2;

const counts = new Map<string, number>();
let tokens = 0;
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt') && !SKIP.has(f)).sort();
for (const f of files) {
  // Addresses are no words: "no" and "www" would count once per web or e-mail address.
  const text = readFileSync(new URL(f, DIR), 'utf8').replace(/\S*(?:@|www\.|:\/\/)\S*/g, ' ');
  for (const w of text.toLowerCase().match(/[a-zß-öø-ÿ]+/g) ?? []) {
    // A letter alone is "e" of "e-post", "b" of "b)": only "i" and "å" are words.
    if (w.length === 1 && w !== 'i' && w !== 'å') continue;
    tokens++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
}
const listed = [...counts].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
// One string of "word count" pairs, not an object of 1 900 keys: the bundle's code cache holds a string as one constant,
// where an object literal's keys go into every cold start (the module reads the string into a Map when first used).
const out = {
  $comment: `Word counts (lower case, at least ${MIN_COUNT}) over ${files.length} clean documents in fixtures/, written by scripts/build-word-frequencies.ts: the register of Norwegian minutes and notices, for weighing word breaks in letter-spaced text. 'counts' is 'word count' pairs, space-separated, most frequent first.`,
  tokens,
  counts: listed.map(([w, n]) => `${w} ${n}`).join(' '),
};
writeFileSync(new URL('../src/vocab/word-frequencies.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`src/vocab/word-frequencies.json: ${listed.length} words, ${tokens} tokens from ${files.length} files`);
