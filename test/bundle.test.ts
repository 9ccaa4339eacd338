/**
 * The shipped CLI (bin/referat.js → the code-split esbuild bundle in dist/) end to end. Bundling
 * changes how modules resolve (lazy chunks, CommonJS interop, paths from import.meta.url), so the
 * bundle is checked against the library rather than trusted. `npm install`/`npm ci` builds dist/.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { toJson } from '../src/emit/json.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/referat.js');
const built = existsSync(join(root, 'dist/referat.mjs'));

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Loads a CommonJS bundle the way bin/referat.js does for a short run, in a fresh process, and says what V8 made of its cache. */
function loadInFreshProcess(bundle: string, nodeOptions = ''): { loaded: boolean; cacheUsed?: boolean; hasMain?: boolean } {
  const loader = pathToFileURL(join(root, 'bin/cached-bundle.js')).href;
  const script = `
    import { setFlagsFromString } from 'node:v8';
    import { SHORT_RUN_FLAGS, loadCachedBundle } from ${JSON.stringify(loader)};
    for (const flag of SHORT_RUN_FLAGS) setFlagsFromString(flag);
    const r = loadCachedBundle(${JSON.stringify(bundle)});
    console.log(JSON.stringify(r === undefined ? { loaded: false } : { loaded: true, cacheUsed: r.cacheUsed, hasMain: typeof r.exports.main === 'function' }));`;
  // From a file, with no options: the cache is kept for the options it was made under (none, as bin/referat.js runs).
  const file = join(mkdtempSync(join(tmpdir(), 'referat-load-')), 'load.mjs');
  writeFileSync(file, script);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: nodeOptions } });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('the bin without a build', () => {
  it('says what is missing, exit 2, no stack trace, whatever Node does with unhandled rejections', () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-nodist-'));
    mkdirSync(join(dir, 'bin'));
    for (const f of ['referat.js', 'cached-bundle.js', 'package.json']) copyFileSync(join(root, 'bin', f), join(dir, 'bin', f));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    for (const mode of ['throw', 'warn', 'none']) {
      const r = spawnSync(process.execPath, [join(dir, 'bin/referat.js'), 'parse', join(root, 'fixtures/seed002.txt')], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: `--unhandled-rejections=${mode}` },
      });
      expect(r.status, mode).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^referat: cannot load the CLI \(.*\); run `npm run build`\n$/);
    }
  });
});

describe.skipIf(!built)('the bundled CLI', () => {
  it('standard error closed: the diagnostics go, the output and the exit code stay', async () => {
    const child = spawn(process.execPath, [bin, 'parse', 'fixtures/seed002.txt', '--json'], { cwd: root });
    child.stderr.destroy();
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toBe(run(['parse', 'fixtures/seed002.txt', '--json']).stdout);
  });
  it.skipIf(!existsSync('/dev/full'))('output to a full disk: the reason, exit 2, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bin, 'parse', 'fixtures/seed002.txt', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('referat: cannot write the output (ENOSPC)');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      closeSync(full);
    }
  });
  it('a reader that closes the pipe early: a quiet end, exit 2 (the unread output may hold errors)', async () => {
    const child = spawn(process.execPath, [bin, 'check', join(root, 'fixtures'), '--jobs', '1'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Closed before the child writes: waiting for its first output raced with a loaded machine, where the child
    // could put its whole report into the pipe's buffer and end before the reader closed it.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/Error|at .*\.js:\d+/);
  });

  it('starts a short run from the CommonJS bundle with a code cache V8 accepts', () => {
    // Were the cache made under other flags than a short run's, V8 would reject it and the start-up gain be lost.
    expect(loadInFreshProcess(join(root, 'dist/referat.cjs'))).toEqual({ loaded: true, cacheUsed: true, hasMain: true });
    // Under other options V8 would reject it (a full compile, slower than the ES module bundle): not used at all.
    expect(loadInFreshProcess(join(root, 'dist/referat.cjs'), '--max-old-space-size=2048')).toEqual({ loaded: false });
  });

  it('carries the pattern table and is ASCII (scripts/precompute.mjs, scripts/ascii-only.mjs)', () => {
    const bytes = readFileSync(join(root, 'dist/referat.cjs'));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    const source = bytes.toString('latin1');
    for (const kind of ['latinSource', 'tolerant']) expect(source).toMatch(new RegExp(`${kind}:\\[\\["`));
  });

  it('never uses a code cache made for another build of the bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-cache-'));
    const source = readFileSync(join(root, 'dist/referat.cjs'), 'utf8');
    const cache = readFileSync(join(root, 'dist/referat.cjs.cache'));
    // The same length (V8 itself would take the cache), another build name.
    const other = source.replace(/^\/\*referat-build:([0-9a-f])/, (_, c: string) => `/*referat-build:${c === '0' ? '1' : '0'}`);
    expect(other).not.toBe(source);
    expect(other.length).toBe(source.length);
    writeFileSync(join(dir, 'referat.cjs'), other);
    writeFileSync(join(dir, 'referat.cjs.cache'), cache);
    expect(loadInFreshProcess(join(dir, 'referat.cjs'))).toEqual({ loaded: false });
    // Without a cache at all, likewise: the ES module bundle starts faster than the CommonJS one uncached.
    writeFileSync(join(dir, 'nocache.cjs'), source);
    expect(loadInFreshProcess(join(dir, 'nocache.cjs'))).toEqual({ loaded: false });
    // The bundle edited at equal length under its own build name: the name no longer fits the content.
    const edited = source.replace(/internal error/, 'internal errox');
    expect(edited).not.toBe(source);
    writeFileSync(join(dir, 'edited.cjs'), edited);
    writeFileSync(join(dir, 'edited.cjs.cache'), cache);
    expect(loadInFreshProcess(join(dir, 'edited.cjs'))).toEqual({ loaded: false });
  });

  it('parses a Markdown referat exactly as the library does', () => {
    const r = run(['parse', 'fixtures/seed002.txt', '--json']);
    expect(r.code).toBe(0);
    const lib = parse(readFileSync(join(root, 'fixtures/seed002.txt')), { path: 'fixtures/seed002.txt' });
    expect(r.stdout).toBe(toJson(lib) + '\n');
  });

  it('reads YAML front matter (a lazily loaded stage)', () => {
    const doc = JSON.parse(run(['parse', 'fixtures/corpus-037.txt', '--json']).stdout);
    expect(doc.title).toBe('Allmøte 2024');
    expect(doc.meeting.start).toBe('16:15');
  });

  it('repairs OCR damage with the lexicon', () => {
    const r = run(['repair', 'fixtures/seed003.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tilstede på møtet:');
  });

  it('reads its own normalised Markdown back', () => {
    const md = run(['parse', 'fixtures/seed002.txt', '--md']).stdout;
    const dir = mkdtempSync(join(tmpdir(), 'referat-bundle-'));
    const file = join(dir, 'seed002.md');
    execFileSync('sh', ['-c', `cat > "${file}"`], { input: md });
    const doc = JSON.parse(run(['parse', file, '--json']).stdout);
    expect(doc.items.map((i: { number: string }) => i.number)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
  });

  it('prints the published schema and YAML', () => {
    expect(run(['schema']).stdout).toBe(readFileSync(join(root, 'schemas/referat.schema.json'), 'utf8'));
    expect(run(['parse', 'fixtures/seed004.txt', '--yaml']).stdout).toMatch(/^schemaVersion: 1\nkind: innkalling\n/);
  });

  it('checks a batch on worker threads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-batch-'));
    for (let i = 0; i < 30; i++) copyFileSync(join(root, 'fixtures/seed004.txt'), join(dir, `d${String(i).padStart(2, '0')}.txt`));
    copyFileSync(join(root, 'fixtures/seed000.txt'), join(dir, 'zz-article.txt'));
    const r = run(['check', dir, '--jobs', '2', '--reporter', 'json']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(32); // 31 files in input order, then the summary
    expect(lines.slice(0, 30).every((l) => l.errors === 0 && l.outcome === 'parsed')).toBe(true);
    expect(lines[30].path).toMatch(/zz-article\.txt$/);
    expect(lines[30].diagnostics[0].rule).toBe('not-a-meeting-document');
    expect(lines[31].summary.files).toBe(31);
  });

  it.skipIf(process.platform === 'win32')('a FIFO: skipped when a folder is walked; named, reported as no regular file (never waited on)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-fifo-'));
    for (let i = 0; i < 30; i++) copyFileSync(join(root, 'fixtures/seed004.txt'), join(dir, `d${String(i).padStart(2, '0')}.txt`));
    const fifo = join(dir, 'zz-fifo.txt');
    execFileSync('mkfifo', [fifo]);
    // Nobody writes to the FIFO: a blocking open would hang the worker in the kernel, past any time limit.
    for (const jobs of ['1', '2']) {
      const r = spawnSync(process.execPath, [bin, 'check', dir, fifo, '--jobs', jobs, '--reporter', 'json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines).toHaveLength(32); // the 30 files of the folder (not its FIFO), the FIFO named, the summary
      expect(lines[30]).toMatchObject({ path: fifo, outcome: 'unreadable' });
      expect(lines[30].diagnostics[0].message).toMatch(/not a regular file/);
    }
    // In-process (a short batch) likewise.
    const short = spawnSync(process.execPath, [bin, 'check', fifo], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(short.signal).toBeNull();
    expect(short.status).toBe(2);
    expect(short.stdout).toMatch(/not a regular file/);
  }, 70_000);
});
