/**
 * fast-check generators for fuzzing the pipeline, shared by test/fuzz.test.ts (a fast run in `npm test`)
 * and scripts/fuzz.ts (`npm run fuzz`, ≥ 100 000 cases): random text, and documents mutated from the
 * fixtures (characters, OCR confusions, line edits, encodings, Markdown syntax).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from '../src/parse.js';
import { repair } from '../src/repair/index.js';
import { normalize } from '../src/emit/markdown.js';
import { InputError } from '../src/model/diagnostic.js';
import { ReferatDocument } from '../src/model/schema.js';
import { decode } from '../src/decode/decode.js';

const FIXTURES = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'fixtures');
export const SEEDS: string[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

const PIECES = [
  'Referat', 'Møtereferat', 'Innkalling', 'Sakskart', 'Tilstede:', 'Forfall:', 'Møteleder:', 'Referent:', 'Dato:', 'Tid:', 'Sted:',
  'Sak', 'PS 12/24', '1.', '2)', '12/24', 'a)', '-', '*', '#', '##', '**', '|', '---', '===', '```', '    ', '\t', ':', '.', ',',
  'Vedtak:', 'Ansvar:', 'Frist:', 'kl. 10.00', '12.03.2024', '3. mars 2024', 'Ola Nordmann', 'Kari (leder)', 'æ', 'ø', 'å', 'Æ', 'Ø', 'Å',
  '@', '&', 'g', '4', 'ae', '|', '\u00a0', '\u200b', '\ufeff', '\ufffd', 'ﬁ', 'e\u0301', '😀', '\r', '\r\n', '\n', '\n\n', ' ',
];

/** Text from meeting-document pieces and random characters. */
export const randomDoc = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) }, { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) }), { maxLength: 200 })
  .map((parts) => parts.join(''));

type Mutation = (lines: string[], r: () => number) => void;
const OCR: Array<[RegExp, string]> = [[/ø/g, 'g'], [/ø/g, '@'], [/å/g, 'a'], [/æ/g, 'ae'], [/J/g, 'U'], [/I/g, '|'], [/Ø/g, '@']];
const MUTATIONS: Mutation[] = [
  (ls, r) => { const i = Math.floor(r() * ls.length); ls.splice(i, 1); },
  (ls, r) => { const i = Math.floor(r() * ls.length); ls.splice(i, 0, ls[Math.floor(r() * ls.length)] ?? ''); },
  (ls, r) => { const i = Math.floor(r() * ls.length); const j = Math.floor(r() * ls.length); [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? '']; },
  (ls, r) => { const i = Math.floor(r() * ls.length); const l = ls[i] ?? ''; const k = Math.floor(r() * (l.length + 1)); ls[i] = l.slice(0, k) + PIECES[Math.floor(r() * PIECES.length)] + l.slice(k); },
  (ls, r) => { const i = Math.floor(r() * ls.length); const l = ls[i] ?? ''; const k = Math.floor(r() * l.length); ls[i] = l.slice(0, k) + l.slice(k + 1 + Math.floor(r() * 5)); },
  (ls, r) => { const [re, to] = OCR[Math.floor(r() * OCR.length)]!; for (let i = 0; i < ls.length; i++) if (r() < 0.5) ls[i] = ls[i]!.replace(re, to); },
  (ls, r) => { const i = Math.floor(r() * ls.length); ls[i] = ' '.repeat(Math.floor(r() * 9)) + (ls[i] ?? ''); },
  (ls, r) => { const i = Math.floor(r() * ls.length); ls[i] = (ls[i] ?? '') + '\n' + '='.repeat(1 + Math.floor(r() * 5)); },
  (ls, r) => { const i = Math.floor(r() * ls.length); ls[i] = (ls[i] ?? '').repeat(2 + Math.floor(r() * 20)); },
  (ls) => { ls.reverse(); },
  (ls, r) => { const i = Math.floor(r() * ls.length); ls.splice(i, 0, '```'); },
];

/** A fixture with a few random mutations; as text, or encoded (UTF-16, Windows-1252-ish, CRLF). */
export const mutatedDoc = fc
  .tuple(fc.nat({ max: SEEDS.length - 1 }), fc.array(fc.tuple(fc.nat({ max: MUTATIONS.length - 1 }), fc.integer()), { maxLength: 8 }), fc.constantFrom('utf8', 'utf16le', 'latin1', 'crlf', 'cr'))
  .map(([seed, muts, enc]) => {
    const ls = SEEDS[seed]!.split('\n');
    for (const [m, s] of muts) {
      let x = s >>> 0 || 1;
      const r = (): number => ((x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32);
      MUTATIONS[m]!(ls, r);
    }
    const text = ls.join('\n');
    if (enc === 'utf8') return text;
    if (enc === 'crlf') return text.replace(/\n/g, '\r\n');
    if (enc === 'cr') return text.replace(/\n/g, '\r');
    if (enc === 'utf16le') return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    return new Uint8Array(Buffer.from(text, 'latin1'));
  });

/** The property: parse, repair and normalize never throw (but InputError), and the document is schema-valid. */
export function pipelineHolds(input: string | Uint8Array): void {
  let doc;
  try {
    doc = parse(input, { path: 'fuzz.txt' });
  } catch (err) {
    if (err instanceof InputError) return;
    throw err;
  }
  const check = ReferatDocument.safeParse(doc);
  if (!check.success) throw new Error(`schema: ${check.error.issues[0]?.message}`);
  const text = decode(input).text;
  const rep = repair(text);
  if (rep.text.split('\n').length !== text.split('\n').length) throw new Error('repair changed the number of lines');
  const md = normalize(doc);
  if (typeof md !== 'string') throw new Error('normalize did not give a string');
  parse(md, { path: 'fuzz.md' }); // the normalised form parses too (may be an InputError only if empty)
}

export function pipelineHoldsSafe(input: string | Uint8Array): void {
  try {
    pipelineHolds(input);
  } catch (err) {
    if (err instanceof InputError) return; // e.g. the normalised form of a near-empty document
    throw err;
  }
}
