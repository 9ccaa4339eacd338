#!/usr/bin/env node
// Thin shell: all behaviour lives in main(io), see src/cli/main.ts. The esbuild bundle
// (dist/referat.mjs, scripts/bundle.mjs) starts fastest; tsc's dist/cli/main.js is the fallback.
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
