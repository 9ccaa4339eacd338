/**
 * The runs a build makes over the bundled examples, the way short runs do: scripts/code-cache.mjs runs them for the
 * code cache, scripts/precompute.mjs for the pattern table. Each is main()'s argv; a run whose files are missing is skipped.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLE_RUNS = [
  ['parse', 'fixtures/seed002.txt', '--json'], // a clean referat
  ['parse', 'fixtures/seed003.txt', '--json'], // OCR damage: the repair stage and the lexicon
  ['parse', 'fixtures/seed004.txt', '--md'], // an innkalling, as normalised Markdown
  ['parse', 'fixtures/seed000.txt', '--json'], // not a meeting document
  ['normalize', 'fixtures/seed002.txt'],
  ['repair', 'fixtures/seed003.txt'],
];

/** Runs every example through `main` with its output thrown away. */
export async function runExamples(main, root) {
  const sink = { write: () => true, on() {}, once() {}, isTTY: false };
  for (const argv of EXAMPLE_RUNS) {
    if (!argv.slice(1).every((a) => a.startsWith('-') || existsSync(join(root, a)))) continue;
    await main({ argv, stdin: undefined, stdout: sink, stderr: sink, env: {}, cwd: root });
  }
}
