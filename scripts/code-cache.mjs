#!/usr/bin/env node
/**
 * Writes dist/referat.cjs.cache, V8's code cache for the CommonJS bundle (bin/cached-bundle.js says why), after
 * running the bundle over the bundled examples the way a short run would: under the same V8 flags, so that V8
 * accepts the cache, and through parse and normalize of the examples without OCR damage (scripts/examples.mjs says
 * why not the others), so that it holds the bytecode of the functions those run, not only the bundle's top level. Run by scripts/bundle.mjs; nothing is printed
 * and nothing but the cache is written.
 */
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { SHORT_RUN_FLAGS, loadCachedBundle, writeCache } from '../bin/cached-bundle.js';
import { runExamples } from './examples.mjs';

for (const flag of SHORT_RUN_FLAGS) setFlagsFromString(flag);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'dist', 'referat.cjs');
const loaded = loadCachedBundle(file, { requireCache: false });
if (loaded === undefined || loaded.id === undefined) {
  console.error(`referat: cannot load ${file} for its code cache`);
  process.exit(1);
}

await runExamples(loaded.exports.main, root, { ocr: false });
writeCache(file, loaded.script, loaded.id);
