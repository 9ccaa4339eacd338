#!/usr/bin/env node
/**
 * Bundles the CLI with esbuild: one file to read and compile instead of hundreds of modules, which is what
 * makes `referat parse` start fast. Two forms (bin/referat.js picks one, else tsc's dist/cli/main.js):
 * - dist/referat.mjs (+ dist/check-worker.mjs for `check`'s worker threads), ES modules split into chunks
 *   read only when needed: batches and large inputs;
 * - dist/referat.cjs, one CommonJS file, and dist/referat.cjs.cache, V8's code cache for it made by
 *   scripts/code-cache.mjs: a short run over one small document (bin/cached-bundle.js says why).
 * The lexicon stays a data file (lexicon/nb-nn.dawg), read lazily when a document shows OCR damage.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { isBuiltin } from 'node:module';
import { asciiOnly } from './ascii-only.mjs';

/**
 * Node's built-in modules, loaded the cheaper way. An ESM `import … from 'node:fs'` builds a facade that reads every
 * export once, and some exports are lazy getters: the fs facade loads the stream classes, the crypto facade Web
 * Crypto. require() returns the module as it is. commander requires child_process (with net and dgram) at load
 * for a feature referat does not use (subcommands as executables): it gets a stand-in that loads the module on
 * first use. Measured on a cold `referat parse` of seed 002: about 10 of its 870 million instructions (valgrind).
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
      if (args.kind !== 'import-statement' && args.kind !== 'require-call') return undefined;
      // The stand-ins' own require() is the real one (the banner's), left as it is.
      if (args.namespace !== 'file') return { path: args.path, external: true };
      const name = args.path.replace(/^node:/, '');
      if (!isBuiltin(name)) return undefined;
      const lazy = name === 'child_process' && /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer);
      return { path: name, namespace: lazy ? 'builtin-lazy' : 'builtin' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = require('node:${args.path}');`,
      loader: 'js',
    }));
    build.onLoad({ filter: /.*/, namespace: 'builtin-lazy' }, (args) => ({
      contents: `let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:${args.path}'))[key] });`,
      loader: 'js',
    }));
  },
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [builtinsByRequire],
};

// The pattern table (src/vocab/precomputed.ts), worked out by the same sources over the bundled examples.
// Without it the bundles still work, only a few milliseconds slower to start.
const table = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'precompute.mjs')], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
let precomputed = '{}';
const counts = table.status === 0 && table.stdout.startsWith('{') ? Object.values(JSON.parse(table.stdout)).map((e) => e.length) : [];
if (counts.length > 0 && counts.every((n) => n > 0)) precomputed = table.stdout;
else {
  const why = table.status !== 0 ? (table.stderr.split('\n').find((l) => /Error/.test(l)) ?? `exit code ${table.status}`).trim() : 'an empty table';
  console.warn(`referat: no pattern table (${why}): the bundles compute the patterns as they load`);
}
common.define = { __REFERAT_PRECOMPUTED__: precomputed };

// Chunk names carry content hashes: without a clean folder every build would leave the last one's chunks behind.
rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { referat: 'src/cli/main.ts', 'check-worker': 'src/check/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  // Heavy stages (remark, YAML, zod) are dynamic imports: with splitting they become chunks read only when needed.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  // Some dependencies are CommonJS and require() node built-ins; the plugin routes ours through it too.
  banner: { js: "import{createRequire as __referatRequire}from'node:module';const require=__referatRequire(import.meta.url);" },
});

// The CommonJS form. zod (schema, validation) and yaml stay in node_modules, loaded by the commands that use them:
// bundled they would more than double what a parse compiles or deserialises. import.meta.url becomes this file's URL.
// The first line names the build by its content; the code cache carries the name (bin/cached-bundle.js).
const cjsFile = join(root, 'dist', 'referat.cjs');
rmSync(`${cjsFile}.cache`, { force: true });
const cjs = await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: cjsFile,
  format: 'cjs',
  external: ['zod', 'yaml'],
  define: { ...common.define, 'import.meta.url': '__referatUrl' },
  // import() becomes require(): code compiled by vm.Script has no module loader behind it (bin/cached-bundle.js).
  supported: { 'dynamic-import': false },
  banner: { js: "var __referatUrl=require('node:url').pathToFileURL(__filename).href;" },
  write: false,
});
// ASCII, so that Node reads it as one byte a character (scripts/ascii-only.mjs).
const { code, ascii } = asciiOnly(cjs.outputFiles[0].text);
if (!ascii) console.warn('referat: dist/referat.cjs is not all ASCII (slower to read at start-up)');
const id = createHash('sha256').update(code).digest('hex').slice(0, 16);
writeFileSync(cjsFile, `/*referat-build:${id}*/${code}`);

// The code cache, made in a process of its own: V8 accepts it only under the flags it was made with.
const made = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.mjs')], { cwd: root, stdio: 'inherit' });
if (made.status !== 0) console.warn('referat: no code cache written (short runs start from the ES module bundle)');
