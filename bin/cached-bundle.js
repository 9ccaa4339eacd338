/**
 * Start-up for short runs: the CLI as one CommonJS bundle (dist/referat.cjs) compiled with V8's code cache
 * (dist/referat.cjs.cache), what Node 22's module.enableCompileCache() does and Node 20 has no switch for.
 * The cache is written at build time (scripts/code-cache.mjs) after parsing the bundled examples, so it holds
 * the bytecode of every function a parse runs, not only the top level: a cold `referat parse` skips parsing
 * and compiling JavaScript (about 70 of its ~360 million instructions over `node -e 0` when it was made, valgrind).
 *
 * V8 checks that a cache fits its version and flags, but it tells sources apart only by length: the bundle's
 * first line names its build, the cache carries the same name, and a cache of another build is never used.
 * No bundle or no cache of this build: the caller uses the ES module bundle. A cache V8 rejects (another Node,
 * other flags) costs only its speed: the bundle is compiled from its source.
 */
'use strict';
// CommonJS, as bin/referat.js (bin/package.json): require() for built-ins, which an ESM import would read whole.
const { createRequire } = require('node:module');
const { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { dirname } = require('node:path');
const vm = require('node:vm');

/** V8 flags for a short run (small documents); the cache is only valid under the flags it was made with. */
const SHORT_RUN_FLAGS = [
  // One run compiles a few hundred regular expressions and uses most of them many times. By default V8
  // compiles each twice (bytecode first, native code after its first use); straight to native code takes
  // about a third off the recognisers' first run.
  '--no-regexp-tier-up',
  // A short run is over before V8's optimising compiler pays for itself: its compiles only compete for the CPU
  // (measured: equal at 220 kB, 17 % slower without it at 550 kB, hence bin/referat.js's 128 kB line).
  '--no-opt',
];

/**
 * Below this many bytes of input a run compiles its regular expressions without V8's regexp optimisation: a
 * parse of a few kilobytes compiles ~400 patterns and runs each a few dozen times, so compiling dominates
 * (valgrind, instructions of a whole cold run: 3 kB 0.94×, seed 002's 7 kB 0.94×, 8 kB 0.96×, 24 kB 1.00×,
 * 54 kB 1.06×, 108 kB 1.10×).
 */
const SMALL_INPUT_BYTES = 16 * 1024;
const SMALL_INPUT_FLAG = '--no-regexp-optimization';

const BUILD_LINE = /^\/\*referat-build:([\w-]+)\*\//;
const MAGIC = 'referat-code-cache ';

/**
 * The build a bundle's source names on its first line, when the rest of the source is what it names (a hash of it,
 * as scripts/bundle.mjs wrote it): an edited bundle has no build, and no cache is used for it. Hashed as the bytes
 * read (the UTF-8 scripts/bundle.mjs hashed; the first line is ASCII), not the string encoded again (0.8 MB: ~0.5 ms).
 */
function buildIdOf(source, bytes) {
  const line = BUILD_LINE.exec(source);
  if (!line) return undefined;
  const id = createHash('sha256').update(bytes.subarray(line[0].length)).digest('hex').slice(0, line[1].length);
  return id === line[1] ? id : undefined;
}

/**
 * What else V8 checks a cache against and Node does not tell apart: the Node version and the options it runs with
 * (a rejected cache would cost a full compile of the CommonJS bundle, slower than the ES module one).
 */
function runtimeKey() {
  const options = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  return `${process.version} ${process.arch} ${createHash('sha256').update(options).digest('hex').slice(0, 12)}`;
}

/**
 * Compiles and runs the CommonJS bundle, with the cache when it belongs to this build. Returns the bundle's
 * exports and whether V8 took the cache; undefined when there is no bundle or no cache for it. The bundle has
 * no import() (scripts/bundle.mjs turns them into require()): a vm.Script has no module loader behind it.
 */
function loadCachedBundle(file, { requireCache = true } = {}) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const source = bytes.toString('utf8');
  const id = buildIdOf(source, bytes);
  const cachedData = id === undefined ? undefined : readCache(`${file}.cache`, id);
  if (cachedData === undefined && requireCache) return undefined;
  // The same wrapper as Node's CommonJS loader, so the bundle sees require, module and __filename.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, id, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

function readCache(path, id) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const header = Buffer.from(`${MAGIC}${id} ${runtimeKey()}\n`);
  if (bytes.length <= header.length || !bytes.subarray(0, header.length).equals(header)) return undefined;
  return bytes.subarray(header.length);
}

/** Writes the cache for the bundle `script` was compiled from: whatever it has compiled by now, under a new name then renamed. */
function writeCache(file, script, id) {
  const path = `${file}.cache`;
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    try {
      writeSync(fd, `${MAGIC}${id} ${runtimeKey()}\n`);
      writeSync(fd, script.createCachedData());
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw err;
  }
}

module.exports = { SHORT_RUN_FLAGS, SMALL_INPUT_BYTES, SMALL_INPUT_FLAG, loadCachedBundle, writeCache };
