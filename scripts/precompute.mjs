#!/usr/bin/env node
/**
 * Prints the pattern table for the bundles (src/vocab/precomputed.ts says why) as JSON: the sources esbuild bundles,
 * run through tsx over the bundled examples, then every rewrite they computed. From src/, never from an older build
 * in dist/: the table must be what the bundled code computes. Run by scripts/bundle.mjs (`node --import tsx`).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { runExamples } from './examples.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// First, and the same module instance main's modules get (one URL, one module): recording on before they build patterns.
const { computedEntries, recordComputed } = await import(pathToFileURL(join(root, 'src', 'vocab', 'precomputed.ts')).href);
recordComputed();
const { main } = await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
await runExamples(main, root);
process.stdout.write(JSON.stringify(computedEntries()));
