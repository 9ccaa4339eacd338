#!/usr/bin/env node
// Thin shell: all behaviour lives in main(io), see src/cli/main.ts. The esbuild bundle
// (dist/referat.mjs, scripts/bundle.mjs) starts fastest; tsc's dist/cli/main.js is the fallback.
// A closed pipe (`referat check … | head`) ends the run quietly, never with a stack trace.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// One run of the CLI compiles a few hundred regular expressions and uses most of them many times. By default V8
// compiles each twice (bytecode first, native code after its first use); straight to native code is what this
// workload wants: it takes about a third off the recognisers' first run (a process-wide V8 setting, so the
// application sets it here, never the library).
setFlagsFromString('--no-regexp-tier-up');
// A short run (one small document) is over before V8's optimising compiler pays for itself: its compiles only
// compete for the CPU. Batches (check, directories) and inputs from 128 kB up keep it (measured: equal at
// 220 kB, 17 % slower without it at 550 kB).
if (shortRun(process.argv.slice(2))) setFlagsFromString('--no-opt');

function shortRun(args) {
  if (!['parse', 'normalize', 'repair'].includes(args[0])) return false;
  let bytes = 0;
  for (const arg of args.slice(1)) {
    if (arg.startsWith('-')) continue;
    try {
      const st = statSync(arg);
      if (!st.isFile()) return false;
      bytes += st.size;
    } catch {
      // Not a path (an option's value, a glob): the CLI reports what is wrong with it.
    }
  }
  return bytes > 0 && bytes < 128 * 1024;
}

let mod;
try {
  mod = await import('../dist/referat.mjs');
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('referat.mjs')) throw err;
  mod = await import('../dist/cli/main.js');
}

const code = await mod.main({
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
process.exitCode = code;
