/** `referat check`: discovery, reporters, exit codes, order, workers — run in-process through main(io). */
import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/io.js';
import { FIXTURES } from './helpers/fixtures.js';
import { discover } from '../src/check/discover.js';
import { Pool } from '../src/check/pool.js';
import { progress } from '../src/check/progress.js';
import { maxJobs, runCheck, workerHeapLimitMb } from '../src/check/run.js';
import { Chalk } from 'chalk';

const SEED2 = 'fixtures/seed002.txt';
const SEED4 = 'fixtures/seed004.txt';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'referat-check-'));
  // A "seeds folder": two news articles, a clean referat, an OCR-damaged one and an innkalling.
  mkdirSync(join(dir, 'seeds'));
  for (const n of ['000', '001', '002', '003', '004']) copyFileSync(join(FIXTURES, `seed${n}.txt`), join(dir, 'seeds', `${n}.txt`));
  // A tree with subfolders, ignored extensions and hidden folders.
  mkdirSync(join(dir, 'tree', 'b', 'c'), { recursive: true });
  mkdirSync(join(dir, 'tree', '.git'));
  copyFileSync(join(FIXTURES, 'seed002.txt'), join(dir, 'tree', 'z.txt'));
  copyFileSync(join(FIXTURES, 'seed004.txt'), join(dir, 'tree', 'a.md'));
  copyFileSync(join(FIXTURES, 'seed000.txt'), join(dir, 'tree', 'b', 'c', 'deep.txt'));
  writeFileSync(join(dir, 'tree', 'b', 'skip.pdf'), '%PDF-1.4\n\u0000');
  writeFileSync(join(dir, 'tree', '.git', 'x.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('referat check', () => {
  it('seeds 002 and 004 pass: exit 0, a summary', async () => {
    const r = await run(['check', SEED2, SEED4]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 files checked: 0 errors/);
  });

  it('the seeds folder fails: exit 1, naming 000 and 001 with not-a-meeting-document', async () => {
    const r = await run(['check', join(dir, 'seeds')]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const hits = lines.filter((l) => /\s{2}error\s{2}.*\s{2}not-a-meeting-document$/.test(l));
    expect(hits).toHaveLength(2);
    expect(hits[0]).toMatch(/seeds\/000\.txt:1:1 {2}error {2}/);
    expect(hits[1]).toMatch(/seeds\/001\.txt:1:1 {2}error {2}/);
    expect(r.stdout).toMatch(/5 files checked: 2 errors/);
    expect(r.stdout).toMatch(/^ {2}not-a-meeting-document {2,}2$/m);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('--strict makes warnings fail', async () => {
    const plain = await run(['check', SEED2]);
    expect(plain.stdout).toMatch(/warning/);
    expect(plain.code).toBe(0);
    const strict = await run(['check', '--strict', SEED2]);
    expect(strict.code).toBe(1);
  });

  it('--reporter github prints workflow annotations', async () => {
    const r = await run(['check', '--reporter', 'github', join(dir, 'seeds'), SEED2]);
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^::error file=[^,]*seeds\/000\.txt,line=1,col=1,title=not-a-meeting-document::This does not read/);
    expect(r.stdout).toMatch(/^::warning file=fixtures\/seed002\.txt,line=\d+,col=\d+,title=[a-z-]+::/m);
  });

  it('--reporter json prints NDJSON: one object per file in input order, then the summary', async () => {
    const r = await run(['check', '--reporter', 'json', SEED4, join(dir, 'seeds'), SEED2]);
    const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(8);
    expect(rows.slice(0, 7).map((x) => String(x.path).replace(/.*\//, ''))).toEqual(['seed004.txt', '000.txt', '001.txt', '002.txt', '003.txt', '004.txt', 'seed002.txt']);
    expect(rows[1]).toMatchObject({ outcome: 'parsed', errors: 1, diagnostics: [{ rule: 'not-a-meeting-document', severity: 'error', line: 1, column: 1 }] });
    const summary = rows[7]!.summary as Record<string, unknown>;
    expect(summary).toMatchObject({ files: 7, errors: 2, filesWithErrors: 2, ok: false });
    expect((summary.byRule as Record<string, number>)['not-a-meeting-document']).toBe(2);
  });

  it('directories are recursed for .txt and .md in sorted order, hidden folders skipped', async () => {
    const r = await run(['check', '--reporter', 'json', 'tree'], { cwd: dir });
    const paths = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { path?: string }).filter((x) => x.path).map((x) => x.path);
    expect(paths).toEqual(['tree/a.md', 'tree/z.txt', 'tree/b/c/deep.txt']);
  });

  it('globs are expanded (tinyglobby), sorted', async () => {
    const r = await run(['check', '--reporter', 'json', 'seeds/00[34].txt', 'tree/**/*.txt'], { cwd: dir });
    const paths = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { path?: string }).filter((x) => x.path).map((x) => x.path);
    expect(paths).toEqual(['seeds/003.txt', 'seeds/004.txt', 'tree/b/c/deep.txt', 'tree/z.txt']);
  });

  it('a missing file or an empty glob: exit 2, the batch goes on', async () => {
    const r = await run(['check', 'nope.txt', SEED2, 'nothing/*.md']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^nope\.txt {2}error {2}no such file {2}file-unreadable$/m);
    expect(r.stdout).toMatch(/^nothing\/\*\.md {2}error {2}no files match {2}file-unreadable$/m);
    expect(r.stdout).toMatch(/fixtures\/seed002\.txt/);
    expect(r.stdout).toMatch(/3 files checked/);
  });

  it('- reads standard input', async () => {
    const r = await run(['check', '-'], { stdin: 'Dette er en nyhetsartikkel om været.\n\nDet blir sol i morgen.\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:1:1 {2}error/m);
  });

  it('no arguments and a terminal on stdin: usage error, exit 2', async () => {
    const r = await run(['check'], { stdin: null });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input/);
  });

  it('bad option values are usage errors (exit 2)', async () => {
    expect((await run(['check', '--reporter', 'xml', SEED2])).code).toBe(2);
    expect((await run(['check', '--jobs', '0', SEED2])).code).toBe(2);
  });

  it('--quiet prints errors only; no progress when stderr is not a terminal', async () => {
    const r = await run(['check', '--quiet', join(dir, 'seeds')]);
    expect(r.stdout).not.toMatch(/ warning /);
    expect(r.stdout).toMatch(/not-a-meeting-document/);
    expect(r.stderr).toBe('');
  });

  it('--quiet --strict still prints the warnings that fail the run (user test: exit 1 and nothing said)', async () => {
    const r = await run(['check', '--quiet', '--strict', SEED2]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/seed002\.txt:\d+:\d+\s+warning\s.*duplicate-attendee/);
  });
});

describe('check internals', () => {
  it('discover yields errors as entries instead of throwing', async () => {
    const out = [];
    for await (const e of discover(['missing.txt', join(dir, 'seeds', '002.txt')], dir)) out.push(e);
    expect(out[0]).toMatchObject({ label: 'missing.txt', error: 'missing.txt: no such file' });
    expect(out[1]).toMatchObject({ abs: join(dir, 'seeds', '002.txt') });
  });

  it('worker pool (one worker or two): same results as in-process, in input order', async () => {
    // Many small files so that the pool (not the in-process path) is used.
    const many = join(dir, 'many');
    mkdirSync(many);
    const names = ['seed000', 'seed002', 'seed004', 'corpus-007', 'corpus-008', 'corpus-009'];
    for (let i = 0; i < 40; i++) copyFileSync(join(FIXTURES, `${names[i % names.length]}.txt`), join(many, `${String(i).padStart(3, '0')}.txt`));
    writeFileSync(join(many, '017.txt'), ''); // an input error in the middle
    const one = await run(['check', '--reporter', 'json', '--jobs', '1', many]);
    const two = await run(['check', '--reporter', 'json', '--jobs', '2', many]);
    const strip = (s: string): string => s.replace(/"ms":\d+/g, '');
    expect(strip(two.stdout)).toBe(strip(one.stdout));
    // In-process: two runs of 20 files each, under the pool threshold; the per-file lines are the same.
    const files = Array.from({ length: 40 }, (_, i) => join(many, `${String(i).padStart(3, '0')}.txt`));
    const inProcess = [await run(['check', '--reporter', 'json', ...files.slice(0, 20)]), await run(['check', '--reporter', 'json', ...files.slice(20)])];
    const fileLines = (s: string): string[] => s.split('\n').filter((l) => l.startsWith('{"path"')).map((l) => l.replace(/^\{"path":"[^"]*\/(\d+\.txt)"/, '{"path":"$1"'));
    expect(inProcess.flatMap((r) => fileLines(r.stdout))).toEqual(fileLines(one.stdout));
    expect(fileLines(one.stdout)).toHaveLength(40);
    expect(two.code).toBe(1);
    expect(one.stdout).toMatch(/"path":"[^"]*017\.txt","outcome":"input-error"/);
  });

  it('a pool run of a file that cannot be read reports it and goes on', async () => {
    const pool = new Pool(1, { repair: true });
    try {
      const [a, b] = await Promise.all([pool.run('gone.txt', join(dir, 'gone.txt')), pool.run('002', join(dir, 'seeds', '002.txt'))]);
      expect(a).toMatchObject({ outcome: 'unreadable', message: 'gone.txt: no such file' });
      expect(b).toMatchObject({ outcome: 'parsed' });
    } finally {
      await pool.close();
    }
  });

  it('--timeout given: even a short batch runs on a worker, so a slow file is given up (exit 2) and the next one checked', async () => {
    const big = join(dir, 'slow-short.txt');
    writeFileSync(big, readFileSync(join(dir, 'seeds', '002.txt'), 'utf8').repeat(Math.ceil(30e6 / 6000)));
    try {
      const r = await run(['check', '--reporter', 'json', '--timeout', '1', big, join(dir, 'seeds', '002.txt')]);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines[0]).toMatchObject({ outcome: 'internal' });
      expect(lines[0].diagnostics[0].message).toMatch(/^gave up after 1 s/);
      expect(lines[1]).toMatchObject({ outcome: 'parsed' });
      expect(r.code).toBe(2);
    } finally {
      rmSync(big, { force: true });
    }
  }, 30_000);

  it('a file past the time limit is given up; the file queued behind it in that worker is still checked', async () => {
    // A long single-line document takes far longer than 1 ms; the files after it are small.
    writeFileSync(join(dir, 'slow.txt'), 'Referat fra styremøte. '.repeat(40_000));
    const pool = new Pool(1, { repair: true }, 1);
    try {
      const results = await Promise.all([
        pool.run('slow.txt', join(dir, 'slow.txt')),
        pool.run('002', join(dir, 'seeds', '002.txt')),
        pool.run('004', join(dir, 'seeds', '004.txt')),
      ]);
      expect(results[0]).toMatchObject({ label: 'slow.txt', outcome: 'internal', message: expect.stringMatching(/^gave up after/) });
      // 002 was queued in the worker that was stopped: it is sent again, not blamed. (With a 1 ms limit it
      // may itself be given up; it must never be reported as the slow file's failure or lost.)
      expect(results[1]!.label).toBe('002');
      expect(results[2]!.label).toBe('004');
      expect(results.slice(1).every((r) => r.outcome === 'parsed' || /^gave up/.test(r.message ?? ''))).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('a worker stopped mid-batch: the file it was on is given up, files it finished but had not answered are checked again', async () => {
    // One worker, four files: the first batch is [002, big] (the rest wait in the queue). 002 is done (its answer
    // waits for the batch's end) when the worker is stopped on big, a 30 MB document that takes far longer than the limit.
    const big = join(dir, 'big.txt');
    writeFileSync(big, readFileSync(join(dir, 'seeds', '002.txt'), 'utf8').repeat(Math.ceil(30e6 / 6000)));
    const pool = new Pool(1, { repair: true }, 3000);
    try {
      const labels = ['002', 'big', '004', '000'];
      const paths = [join(dir, 'seeds', '002.txt'), big, join(dir, 'seeds', '004.txt'), join(dir, 'seeds', '000.txt')];
      const results = await Promise.all(labels.map((l, i) => pool.run(l, paths[i]!)));
      expect(results.map((r) => r.label)).toEqual(labels);
      expect(results[1]).toMatchObject({ outcome: 'internal', message: 'gave up after 3 s (--timeout)' });
      expect(results.filter((_, i) => i !== 1).every((r) => r.outcome === 'parsed')).toBe(true);
    } finally {
      await pool.close();
      rmSync(big, { force: true });
    }
  }, 30_000);

  it('a file that runs a worker out of memory is reported; the worker is replaced and the batch goes on', async () => {
    const big = join(dir, 'huge.txt');
    writeFileSync(big, readFileSync(join(dir, 'seeds', '002.txt'), 'utf8').repeat(Math.ceil(20e6 / 6000)));
    const pool = new Pool(1, { repair: true }, 0, { maxOldGenerationSizeMb: 48 });
    try {
      const labels = ['002', 'huge', '004'];
      const paths = [join(dir, 'seeds', '002.txt'), big, join(dir, 'seeds', '004.txt')];
      const results = await Promise.all(labels.map((l, i) => pool.run(l, paths[i]!)));
      expect(results.map((r) => r.label)).toEqual(labels);
      expect(results[1]).toMatchObject({ outcome: 'internal', message: expect.stringMatching(/memory/) });
      expect(results[0]!.outcome).toBe('parsed');
      expect(results[2]!.outcome).toBe('parsed');
    } finally {
      await pool.close();
      rmSync(big, { force: true });
    }
  }, 60_000);

  it('workers that cannot start: every file is reported with why, and no worker is started again and again', async () => {
    // A heap too small to load the worker's code: each worker dies before its first file.
    const pool = new Pool(1, { repair: true }, 0, { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 });
    try {
      const labels = ['000', '001', '002', '003', '004', '002', '004', '000'];
      const results = await Promise.all(labels.map((n) => pool.run(n, join(dir, 'seeds', `${n}.txt`))));
      expect(results.map((r) => r.label)).toEqual(labels);
      expect(results.every((r) => r.outcome === 'internal' && /memory/.test(r.message ?? ''))).toBe(true);
      // Given up after a few deaths in a row; the dead slot is not refilled while there is no work.
      await new Promise((r) => setTimeout(r, 200));
      const internals = pool as unknown as { startFailures: number; slots: unknown[] };
      expect(internals.startFailures).toBe(3);
      expect(internals.slots.every((s) => s === null)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('workers share three quarters of the memory when their default heaps together would pass it', () => {
    const GB = 2 ** 30;
    expect(workerHeapLimitMb(24 * GB, 2, 4 * GB)).toBeUndefined(); // 9 GB each is more than the default 4 GB
    expect(workerHeapLimitMb(16 * GB, 8, 4 * GB)).toBe(1536);
    expect(workerHeapLimitMb(2 * GB, 16, 2 * GB)).toBe(256); // never below 256 MB
  });

  it('no more workers than cores, nor than leave each a GiB (user test: --jobs 1000 took 6 GB for 28 files)', () => {
    const GB = 2 ** 30;
    expect(maxJobs(2, 24 * GB)).toBe(2);
    expect(maxJobs(64, 24 * GB)).toBe(18);
    expect(maxJobs(8, 1 * GB)).toBe(1);
  });


  it('closing a pool stops its time limits (no timer keeps the process alive)', async () => {
    const pool = new Pool(1, { repair: true }, 20_000);
    const pending = pool.run('002', join(dir, 'seeds', '002.txt'));
    void pending;
    const watch = (): unknown => (pool as unknown as { watch: unknown }).watch;
    expect(watch()).not.toBeNull();
    await pool.close();
    expect(watch()).toBeNull();
  });

  it('a pool with a generous limit checks every file, in batches shared between the workers', async () => {
    const pool = new Pool(2, { repair: true }, 60_000);
    try {
      const labels = ['000', '001', '002', '003', '004', '002', '004'];
      const results = await Promise.all(labels.map((n) => pool.run(n, join(dir, 'seeds', `${n}.txt`))));
      expect(results.map((r) => r.label)).toEqual(labels);
      expect(results.every((r) => r.outcome === 'parsed')).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('progress: drawn on a terminal for a long batch, erased before report lines; nothing when not a terminal', async () => {
    const chunks: string[] = [];
    const tty = { isTTY: true, columns: 80, write: (s: string) => chunks.push(s) };
    const bar = progress(tty, { enabled: true, delayMs: 0 });
    bar.update({ done: 3, discovered: 10, discoveryDone: true, errors: 1, warnings: 0, current: 'a.txt' });
    expect(chunks.join('')).toMatch(/\[#{7}\.{17}\] 3\/10 files {2}1 errors/);
    bar.end();
    expect(chunks.at(-1)).toBe('\r\u001b[K');
    const piped: string[] = [];
    const p2 = progress({ isTTY: false, write: (s: string) => piped.push(s) }, { enabled: true, delayMs: 0 });
    p2.update({ done: 1, discovered: 1, discoveryDone: true, errors: 0, warnings: 0 });
    expect(piped).toEqual([]);
    // Through runCheck, with a terminal on stderr: progress lines on stderr, none on stdout.
    const out: string[] = [];
    const err: string[] = [];
    await runCheck([join(dir, 'seeds')], {
      argv: [], stdin: process.stdin, cwd: dir, env: {},
      stdout: { isTTY: false, write: (s: string) => out.push(s) },
      stderr: { isTTY: true, write: (s: string) => err.push(s) },
    }, { strict: false, reporter: 'json', repair: true, color: new Chalk({ level: 0 }), progressDelayMs: 0, jobs: 1 });
    expect(err.join('')).toMatch(/files/);
    expect(out.join('')).not.toMatch(/\r/);
  });
});
