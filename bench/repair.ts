/**
 * Repair benchmark: lexicon load time (cold read of lexicon/nb-nn.dawg), throughput on damaged documents (seed 003
 * fixture) and on clean documents (detection only — the lexicon is never touched).
 * The lead wires benchRepair() into `npm run bench`; run alone with `node --import tsx bench/repair.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repair } from '../src/repair/index.js';
import { loadLexicon, resetLexicon } from '../src/repair/lexicon.js';

const FIX = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'fixtures', 'repair');

function throughput(texts: string[], minMs = 300): number {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let done = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) { for (const t of texts) repair(t); done += bytes; }
  return done / 1e6 / ((performance.now() - t0) / 1000);
}

export function benchRepair(): { lexiconLoadMs: number; repairMBps: number; cleanMBps: number } {
  resetLexicon();
  const t0 = performance.now();
  loadLexicon();
  const lexiconLoadMs = performance.now() - t0;
  const read = (dir: string) => readdirSync(join(FIX, dir)).map((f) => readFileSync(join(FIX, dir, f), 'utf8'));
  const damaged = read('damaged');
  const clean = read('clean');
  return { lexiconLoadMs: +lexiconLoadMs.toFixed(2), repairMBps: +throughput(damaged).toFixed(3), cleanMBps: +throughput(clean).toFixed(2) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(JSON.stringify(benchRepair()));
