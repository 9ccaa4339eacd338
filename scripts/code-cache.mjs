#!/usr/bin/env node
/**
 * Writes dist/referat.cjs.cache, V8's code cache for the CommonJS bundle (bin/cached-bundle.js says why), after
 * running the bundle over the bundled examples the way a short run would: under the same V8 flags, so that V8
 * accepts the cache, and through parse, repair (with the lexicon) and normalize, so that it holds the bytecode
 * of the functions those run, not only the bundle's top level. Run by scripts/bundle.mjs; nothing is printed
 * and nothing but the cache is written.
 */
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SHORT_RUN_FLAGS, loadCachedBundle, writeCache } from '../bin/cached-bundle.js';

for (const flag of SHORT_RUN_FLAGS) setFlagsFromString(flag);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'dist', 'referat.cjs');
const loaded = loadCachedBundle(file, { requireCache: false });
if (loaded === undefined || loaded.id === undefined) {
  console.error(`referat: cannot load ${file} for its code cache`);
  process.exit(1);
}

const sink = { write: () => true, on() {}, once() {}, isTTY: false };
const runs = [
  ['parse', 'fixtures/seed002.txt', '--json'], // a clean referat
  ['parse', 'fixtures/seed003.txt', '--json'], // OCR damage: the repair stage and the lexicon
  ['parse', 'fixtures/seed004.txt', '--md'], // an innkalling, as normalised Markdown
  ['parse', 'fixtures/seed000.txt', '--json'], // not a meeting document
  ['normalize', 'fixtures/seed002.txt'],
  ['repair', 'fixtures/seed003.txt'],
];
for (const argv of runs) {
  if (!argv.slice(1).every((a) => a.startsWith('-') || existsSync(join(root, a)))) continue;
  await loaded.exports.main({ argv, stdin: undefined, stdout: sink, stderr: sink, env: {}, cwd: root });
}
writeCache(file, loaded.script, loaded.id);
