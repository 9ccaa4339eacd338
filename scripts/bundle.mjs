#!/usr/bin/env node
/**
 * Bundles the CLI into dist/referat.mjs (+ dist/check-worker.mjs for `check`'s worker threads) with
 * esbuild: one file to read and compile instead of hundreds of modules, which is what makes
 * `referat parse` start fast. bin/referat.js prefers the bundle and falls back to tsc's dist/cli/main.js.
 * The lexicon stays a data file (lexicon/nb-nn.dawg), read lazily when a document shows OCR damage.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { rmSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Chunk names carry content hashes: without a clean folder every build would leave the last one's chunks behind.
rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { referat: 'src/cli/main.ts', 'check-worker': 'src/check/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Heavy stages (remark, YAML, zod) are dynamic imports: with splitting they become chunks read only when needed.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Some dependencies are CommonJS and require() node built-ins.
  banner: { js: "import{createRequire as __referatRequire}from'node:module';const require=__referatRequire(import.meta.url);" },
});
