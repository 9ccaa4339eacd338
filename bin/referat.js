#!/usr/bin/env node
// Thin shell: all behaviour lives in main(io), see src/cli/main.ts. The esbuild bundle
// (dist/referat.mjs, scripts/bundle.mjs) starts fastest; tsc's dist/cli/main.js is the fallback.
// A closed pipe (`referat check … | head`) ends the run quietly, never with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
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
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
