/**
 * `referat normalize` and `referat parse --md/--yaml`, in-process through main(io), in temp dirs.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { normalize, parse } from '../src/index.js';
import { run } from './helpers/io.js';

// Small but complete documents, so the CLI tests do not depend on the heuristics of the day.
const A = `Referat fra styremøte

Dato: 16.03.2023
Tilstede: Kari Nordmann (leder), Ola Hansen

1. Godkjenning av innkalling
Innkallingen ble godkjent.

2. Budsjett
Styret diskuterte budsjettet.
`;
const B = `Møteprotokoll

Møtedato: 02.05.2024
Til stede: Per Olsen, Lise Berg

Sak 1/24 Konstituering
Vedtak: Per Olsen ble valgt til møteleder.

Sak 2/24 Eventuelt
Ingen saker.
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'referat-normalize-'));
  writeFileSync(join(dir, 'a.txt'), A);
  writeFileSync(join(dir, 'b.txt'), B);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = (sub = ''): string[] => readdirSync(join(dir, sub)).sort();

describe('referat normalize', () => {
  it('prints one input to stdout, the same as the library', async () => {
    const r = await run(['normalize', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(normalize(parse(A, { path: 'a.txt' })));
    expect(r.stdout).toMatch(/^---\nschemaVersion: 1\n/);
  });

  it('reads standard input', async () => {
    const r = await run(['normalize'], { cwd: dir, stdin: A });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(normalize(parse(A)));
  });

  it('writes NAME.md per input with --out-dir, creating the directory', async () => {
    const r = await run(['normalize', 'a.txt', 'b.txt', '--out-dir', 'out/nested'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(files('out/nested')).toEqual(['a.md', 'b.md']);
    expect(readFileSync(join(dir, 'out/nested/a.md'), 'utf8')).toBe(normalize(parse(A)));
    expect(readFileSync(join(dir, 'out/nested/b.md'), 'utf8')).toBe(normalize(parse(B)));
  });

  it('refuses to re-run over existing outputs without --force, writing nothing', async () => {
    expect((await run(['normalize', 'a.txt', 'b.txt', '--out-dir', 'out'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'out/a.md'), 'mine');
    writeFileSync(join(dir, 'b.txt'), A);
    const again = await run(['normalize', 'a.txt', 'b.txt', '--out-dir', 'out'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/out\/a\.md exists; use --force/);
    expect(readFileSync(join(dir, 'out/a.md'), 'utf8')).toBe('mine');
    expect(readFileSync(join(dir, 'out/b.md'), 'utf8')).toBe(normalize(parse(B)));
    const forced = await run(['normalize', 'a.txt', 'b.txt', '--out-dir', 'out', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'out/a.md'), 'utf8')).toBe(normalize(parse(A)));
    expect(readFileSync(join(dir, 'out/b.md'), 'utf8')).toBe(normalize(parse(A)));
  });

  it('never overwrites an input, even with --force', async () => {
    writeFileSync(join(dir, 'c.md'), A);
    const r = await run(['normalize', 'c.md', '--out-dir', '.', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/c\.md is an input file/);
    expect(readFileSync(join(dir, 'c.md'), 'utf8')).toBe(A);
  });

  it('sees through a symlink to an input', async () => {
    mkdirSync(join(dir, 'out'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'out/a.md'));
    const r = await run(['normalize', 'a.txt', '--out-dir', 'out', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(A);
  });

  it('refuses two inputs that would share an output', async () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub/a.txt'), B);
    const r = await run(['normalize', 'a.txt', 'sub/a.txt', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would both be written to out\/a\.md/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('reports and skips a file that does not parse, writes the rest, exits 1', async () => {
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
    writeFileSync(join(dir, 'prose.txt'), 'Dette er bare en vanlig tekst om været i dag.\n');
    const r = await run(['normalize', 'a.txt', 'bad.txt', 'prose.txt', 'b.txt', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt: .*not text.*\(skipped\)/);
    expect(r.stderr).toMatch(/prose\.txt.*not-a-meeting-document/);
    expect(r.stderr).toMatch(/prose\.txt: not normalised .*\(skipped\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(files('out')).toEqual(['a.md', 'b.md']);
  });

  it('reports an unreadable file with exit 2 and still writes the rest', async () => {
    const r = await run(['normalize', 'missing.txt', 'a.txt', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(files('out')).toEqual(['a.md']);
  });

  it('rewrites .md inputs in place with --write, and leaves a normalised file untouched', async () => {
    writeFileSync(join(dir, 'c.md'), A);
    chmodSync(join(dir, 'c.md'), 0o640);
    const r = await run(['normalize', '--write', 'c.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const md = readFileSync(join(dir, 'c.md'), 'utf8');
    expect(md).toBe(normalize(parse(A)));
    expect(statSync(join(dir, 'c.md')).mode & 0o777).toBe(0o640);
    const before = statSync(join(dir, 'c.md')).mtimeMs;
    await new Promise((res) => setTimeout(res, 20));
    expect((await run(['normalize', '--write', 'c.md'], { cwd: dir })).code).toBe(0);
    expect(statSync(join(dir, 'c.md')).mtimeMs).toBe(before);
    expect(files().filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['normalize', '--write', 'a.txt'], /--write rewrites \.md files only/],
    [['normalize', 'a.txt', 'b.txt'], /several inputs need --out-dir/],
    [['normalize', 'a.txt', '--out-dir', 'o', '--write'], /cannot be used together/],
    [['normalize', 'a.txt', '--force'], /--force only applies to --out-dir/],
    [['normalize', '-', '--out-dir', 'o'], /standard input cannot be used with --out-dir/],
  ])('usage error: %j', async (argv, message) => {
    const r = await run(argv as string[], { cwd: dir, stdin: A });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(files()).toEqual(['a.txt', 'b.txt']);
  });

  it('refuses an --out-dir that is a file', async () => {
    const r = await run(['normalize', 'a.txt', '--out-dir', 'b.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out-dir b\.txt: cannot create the directory/);
  });
});

describe('referat parse --md / --yaml', () => {
  it('--md prints the same normalised Markdown as normalize', async () => {
    const md = await run(['parse', '--md', 'a.txt'], { cwd: dir });
    const norm = await run(['normalize', 'a.txt'], { cwd: dir });
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(norm.stdout);
  });

  it('--yaml prints the model', async () => {
    const r = await run(['parse', '--yaml', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const y = parseYaml(r.stdout) as { schemaVersion: number; items: Array<{ title: string }> };
    expect(y.schemaVersion).toBe(1);
    expect(y.items.map((i) => i.title)).toEqual(parse(A).items.map((i) => i.title));
  });

  it('parse reads a normalised file back to the same model', async () => {
    const md = (await run(['normalize', 'a.txt'], { cwd: dir })).stdout;
    writeFileSync(join(dir, 'a.md'), md);
    const fromTxt = JSON.parse((await run(['parse', '--json', 'a.txt'], { cwd: dir })).stdout);
    const fromMd = JSON.parse((await run(['parse', '--json', 'a.md'], { cwd: dir })).stdout);
    const strip = (d: Record<string, unknown>) => JSON.stringify({ ...d, source: 0, corrections: 0, diagnostics: 0 }, (k, v) => (k === 'position' ? undefined : v));
    expect(strip(fromMd)).toBe(strip(fromTxt));
  });
});
