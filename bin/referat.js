#!/usr/bin/env node
// Thin shell: all behaviour lives in main(io), see src/cli/main.ts. It loads one of the esbuild bundles
// (scripts/bundle.mjs): dist/referat.cjs with its code cache for a short run, dist/referat.mjs otherwise;
// tsc's dist/cli/main.js is the fallback.
// Output that cannot be written ends the run with exit code 2, never with a stack trace: quietly for a reader that
// closed the pipe (`referat check … | head`; a code already set stands), since what was not written may hold the
// errors and `set -o pipefail` must see that; with the reason otherwise (a full disk). Diagnostics that cannot be
// written (standard error closed) are dropped and the run goes on: its output and exit code do not depend on them.
// CommonJS (bin/package.json says so): an ES module as the entry point sets up Node's ES module loader, which a
// short run never uses (a file holding one statement: 18 million instructions and 3.5 ms more as an ES module;
// seed 002, 61 alternating runs: 120.8 → 117.9 ms). And require() for built-ins: an ESM import of node:fs reads
// every export once, loading its lazy stream classes.
'use strict';
const { statSync } = require('node:fs');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { SHORT_RUN_FLAGS, SMALL_INPUT_BYTES, SMALL_INPUT_FLAG, loadCachedBundle } = require('./cached-bundle.js');

process.stdout.on('error', (err) => {
  if (err?.code === 'EPIPE') process.exit(process.exitCode || 2);
  try {
    process.stderr.write(`referat: cannot write the output (${err?.code ?? err?.message ?? err})\n`);
  } finally {
    process.exit(2);
  }
});
process.stderr.on('error', () => {});

// V8 flags are process-wide, so the application sets them here, never the library. A short run (small
// documents, under 128 kB in all) gets SHORT_RUN_FLAGS and the code-cached CommonJS bundle (see cached-bundle.js); batches (check,
// directories) and inputs from 128 kB up keep V8's optimising compiler and use the code-split ES module bundle.
// Loaded before any flag is set: Node's own modules come with a code cache that V8 no longer accepts once the flags
// differ, and every run reads its input through fs/promises (which loads readline and the fs watchers with it).
// About 11 of a cold parse's ~500 million instructions (valgrind, seed 002, three runs each).
require('node:fs/promises');
const shortBytes = shortRun(process.argv.slice(2));
let mod;
if (shortBytes > 0) {
  for (const flag of SHORT_RUN_FLAGS) setFlagsFromString(flag);
  try {
    mod = loadCachedBundle(join(__dirname, '..', 'dist', 'referat.cjs'))?.exports;
  } catch {
    // A damaged bundle: the ES module one below reports what is wrong, if anything is.
    mod = undefined;
  }
  // Set after the bundle is loaded: the code cache is valid only under the flags it was made with, and this one
  // matters only to the regular expressions, compiled as they are first used.
  if (shortBytes < SMALL_INPUT_BYTES) setFlagsFromString(SMALL_INPUT_FLAG);
} else {
  setFlagsFromString('--no-regexp-tier-up');
}

/** The bytes of the files a short run reads (a `parse`, `normalize` or `repair` of files under 128 kB), else 0. */
function shortRun(args) {
  if (!['parse', 'normalize', 'repair'].includes(args[0])) return 0;
  let bytes = 0;
  for (const arg of args.slice(1)) {
    if (arg.startsWith('-')) continue;
    try {
      const st = statSync(arg);
      if (!st.isFile()) return 0;
      bytes += st.size;
    } catch {
      // Not a path (an option's value, a glob): the CLI reports what is wrong with it.
    }
  }
  return bytes > 0 && bytes < 128 * 1024 ? bytes : 0;
}

async function run() {
  try {
    mod ??= await import('../dist/referat.mjs');
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('referat.mjs')) throw err;
    mod = await import('../dist/cli/main.js');
  }
  return mod.main({
    argv: process.argv.slice(2),
    // Read only when a command reads standard input: creating the stream costs a few milliseconds of start-up.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Only loading the CLI can fail here (main() reports its own errors): a build is missing or damaged.
    process.stderr.write(`referat: cannot load the CLI (${err?.message ?? err}); run \`npm run build\`\n`);
    process.exitCode = 2;
  },
);
