/**
 * The runs a build makes over the bundled examples, the way short runs do: scripts/precompute.mjs runs them all for
 * the pattern table, scripts/code-cache.mjs those without OCR damage for the code cache. Each run's argv is main()'s; a run
 * whose files are missing is skipped.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `ocr`: a run of an OCR-damaged example, which the code cache leaves out. V8 deserialises a code cache whole, so
 * every function in it costs every short run; the repair stage's run only on damaged documents, which read the
 * lexicon too (and whose patterns the table still holds). Seed 002, 41 alternating runs: 166.1 -> 163.4 ms (a cache
 * of 0.95 MB instead of 1.07); seed 003, which compiles those functions as it goes: 214.7 -> 215.9 ms.
 */
export const EXAMPLE_RUNS = [
  { argv: ['parse', 'fixtures/seed002.txt', '--json'] }, // a clean referat
  { argv: ['parse', 'fixtures/seed003.txt', '--json'], ocr: true }, // the repair stage and the lexicon
  { argv: ['parse', 'fixtures/seed004.txt', '--md'] }, // an innkalling, as normalised Markdown
  { argv: ['parse', 'fixtures/seed000.txt', '--json'] }, // not a meeting document
  { argv: ['normalize', 'fixtures/seed002.txt'] },
  { argv: ['repair', 'fixtures/seed003.txt'], ocr: true },
];

/** Runs the examples (without OCR damage: `{ ocr: false }`) through `main` with their output thrown away. */
export async function runExamples(main, root, { ocr = true } = {}) {
  const sink = { write: () => true, on() {}, once() {}, isTTY: false };
  for (const run of EXAMPLE_RUNS) {
    if (run.ocr && !ocr) continue;
    const { argv } = run;
    if (!argv.slice(1).every((a) => a.startsWith('-') || existsSync(join(root, a)))) continue;
    await main({ argv, stdin: undefined, stdout: sink, stderr: sink, env: {}, cwd: root });
  }
}
