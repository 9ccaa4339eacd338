/** `referat parse` and `referat schema`, run in-process through main(io). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ANSI, run } from './helpers/io.js';
import { ROOT } from './helpers/fixtures.js';
import { ReferatDocument } from '../src/model/schema.js';

const SEED2 = 'fixtures/seed002.txt';
const SEED4 = 'fixtures/seed004.txt';

describe('referat parse', () => {
  it('FILE --json prints the document as pretty JSON and exits 0', async () => {
    const r = await run(['parse', SEED2, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { kind: string; source: { path: string } };
    expect(doc.kind).toBe('referat');
    expect(doc.source.path).toBe(SEED2);
    expect(r.stdout).toMatch(/^\{\n {2}"schemaVersion": 1,\n {2}"kind": "referat"/);
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });

  it('several files → one compact JSON document per line', async () => {
    const r = await run(['parse', SEED2, SEED4, '--json']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => (JSON.parse(row) as { source: { path: string } }).source.path)).toEqual([SEED2, SEED4]);
  });

  it('- reads standard input (path null)', async () => {
    const r = await run(['parse', '-', '--json'], { stdin: readFileSync(join(ROOT, SEED2)) });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { kind: string; source: { path: string | null } };
    expect(doc.kind).toBe('referat');
    expect(doc.source.path).toBeNull();
  });

  it('piped standard input is read when no FILE is given', async () => {
    const r = await run(['parse', '--json'], { stdin: readFileSync(join(ROOT, SEED2)) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { kind: string }).kind).toBe('referat');
  });

  it('no FILE and a terminal on stdin → usage error, exit 2', async () => {
    const r = await run(['parse'], { stdin: null });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input/);
  });

  it('a missing file → exit 2 and a one-line message, no stack trace', async () => {
    const r = await run(['parse', 'fixtures/does-not-exist.txt', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('fixtures/does-not-exist.txt');
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  });

  it('a missing file does not stop the batch', async () => {
    const r = await run(['parse', 'fixtures/does-not-exist.txt', SEED2, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect((JSON.parse(r.stdout) as { kind: string }).kind).toBe('referat');
  });

  it('a directory → exit 2, one line', async () => {
    const r = await run(['parse', 'fixtures', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('seed000 (not a meeting document) → exit 1 with not-a-meeting-document', async () => {
    const r = await run(['parse', 'fixtures/seed000.txt', '--json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { kind: string }).kind).toBe('unknown');
    expect(r.stderr).toContain('not-a-meeting-document');
    expect(r.stderr).toMatch(/fixtures\/seed000\.txt:1:1/);
  });

  it('binary input → exit 1 with not-text, one line, no stack trace', async () => {
    const r = await run(['parse', '-', '--json'], { stdin: Uint8Array.from([0, 1, 2, 3, 0, 0]) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('not-text');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('empty input → exit 1 with empty-document', async () => {
    const r = await run(['parse', '-', '--json'], { stdin: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('empty-document');
  });

  it('--no-repair is accepted and turns repair off', async () => {
    const on = await run(['parse', 'fixtures/seed003.txt', '--json']);
    const off = await run(['parse', 'fixtures/seed003.txt', '--json', '--no-repair']);
    expect(off.code).toBe(0);
    expect((JSON.parse(on.stdout) as { corrections: unknown[] }).corrections.length).toBeGreaterThan(0);
    expect((JSON.parse(off.stdout) as { corrections: unknown[] }).corrections).toEqual([]);
  });

  it('an unknown option → exit 2', async () => {
    const r = await run(['parse', SEED2, '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown option/i);
  });

  it('an unknown command → exit 2', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
  });

  describe('the default summary and colours', () => {
    it('prints a readable summary', async () => {
      const r = await run(['parse', SEED2]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Referat fra møte i Osloregionens Faggruppe for nærings samarbeid');
      expect(r.stdout).toContain('2023-03-16');
      expect(r.stdout).toContain('Eventuelt');
    });

    it('no colours when stdout is not a terminal', async () => {
      const r = await run(['parse', SEED2]);
      expect(r.stdout).not.toMatch(ANSI);
      expect(r.stderr).not.toMatch(ANSI);
    });

    it('FORCE_COLOR=1 gives colours', async () => {
      const r = await run(['parse', SEED2], { env: { FORCE_COLOR: '1' } });
      expect(r.stdout).toMatch(ANSI);
    });

    it('a terminal gives colours', async () => {
      const r = await run(['parse', SEED2], { tty: true });
      expect(r.stdout).toMatch(ANSI);
    });

    it('--no-color wins over FORCE_COLOR and a terminal', async () => {
      const r = await run(['--no-color', 'parse', SEED2], { env: { FORCE_COLOR: '1' }, tty: true });
      expect(r.stdout).not.toMatch(ANSI);
      expect(r.stderr).not.toMatch(ANSI);
    });

    it('--no-color after the command is accepted too', async () => {
      const r = await run(['parse', SEED2, '--no-color'], { tty: true });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(ANSI);
    });

    it('NO_COLOR gives no colours on a terminal', async () => {
      const r = await run(['parse', SEED2], { env: { NO_COLOR: '1' }, tty: true });
      expect(r.stdout).not.toMatch(ANSI);
      expect(r.stderr).not.toMatch(ANSI);
    });

    it('JSON output never has colours', async () => {
      const r = await run(['parse', SEED2, '--json'], { env: { FORCE_COLOR: '3' } });
      expect(r.stdout).not.toMatch(ANSI);
    });
  });
});

describe('referat schema', () => {
  it('prints the published JSON Schema', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'schemas', 'referat.schema.json'), 'utf8'));
    expect((JSON.parse(r.stdout) as { $schema: string }).$schema).toMatch(/2020-12/);
  });
});

describe('referat --version / --help', () => {
  it('--version exits 0', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+\.\d+\.\d+/);
  });
  it('--help exits 0 and names the commands', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/parse/);
    expect(r.stdout).toMatch(/schema/);
  });
});

describe('--yaml', () => {
  it('reads as the JSON does in a YAML 1.1 reader too (user test: PyYAML made "11:00" 660 and the date a date)', async () => {
    const yaml = (await run(['parse', 'fixtures/seed002.txt', '--yaml'])).stdout;
    const json = JSON.parse((await run(['parse', 'fixtures/seed002.txt', '--json'])).stdout);
    expect(parseYaml(yaml, { version: '1.1' })).toEqual(json);
    expect(parseYaml(yaml)).toEqual(json);
  });
  it('quotes "=" and "<<", which PyYAML reads as a value tag and a merge key (review)', async () => {
    const r = await run(['parse', '-', '--yaml'], { stdin: 'Referat fra styremøte 3. mars 2024\nSted: =\n\nTil stede: Kari Nordmann, Ola Hansen\n\n1. Sak\nGodkjent.\n2. Eventuelt\nIngen.\n' });
    expect(r.stdout).toMatch(/location: "="/);
  });
});

describe('contract details', () => {
  it('refuses two output formats at once (usage error, nothing on stdout)', async () => {
    const r = await run(['parse', 'fixtures/seed002.txt', '--json', '--yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/one output format/);
  });
  it('--quiet keeps the errors that make the exit code 1', async () => {
    const r = await run(['parse', 'fixtures/seed000.txt', '--json', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not-a-meeting-document/);
  });
  it('repair takes --quiet and reads a pipe like parse', async () => {
    const r = await run(['repair', '--quiet'], { stdin: 'Tilstede pa mgtet:\nKari Nordmann\n' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(3);
  });
});

describe('referat repair keeps everything but the repairs', () => {
  const damaged = ['Tilstede pa mgtet:', 'Kari Nordmann'];
  it('CRLF lines stay CRLF', async () => {
    const r = await run(['repair'], { stdin: Buffer.from(damaged.join('\r\n') + '\r\n') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Tilstede på møtet:\r\nKari Nordmann\r\n');
  });
  it('mixed endings and a last line without one stay as they were', async () => {
    const r = await run(['repair'], { stdin: Buffer.from('Tilstede pa mgtet:\r\nKari Nordmann\rOla Dal\nslutt') });
    expect(r.stdout).toBe('Tilstede på møtet:\r\nKari Nordmann\rOla Dal\nslutt');
  });
  it('a UTF-8 byte order mark is written back', async () => {
    const r = await run(['repair'], { stdin: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(damaged.join('\n') + '\n')]) });
    expect(r.stdout).toBe('\uFEFFTilstede på møtet:\nKari Nordmann\n');
  });
  it('says where reading changed the text: a broken byte written as U+FFFD (a review)', async () => {
    const r = await run(['repair'], { stdin: Buffer.concat([Buffer.from('Tilstede på møtet:\nKari '), Buffer.from([0xff]), Buffer.from(' Dal og æøå\n')]) });
    expect(r.stdout).toBe('Tilstede på møtet:\nKari \uFFFD Dal og æøå\n');
    expect(r.stderr).toBe('<stdin>:2:6  warning  The input has 1 byte that is not valid UTF-8; it reads as \uFFFD  invalid-utf8\n');
  });
  it('another encoding is written as UTF-8 and says so on stderr (not with --quiet)', async () => {
    // "Tilstede på møtet" in Windows-1252: å = 0xE5, ø = 0xF8.
    const latin1 = Buffer.from([...Buffer.from('Tilstede p'), 0xe5, ...Buffer.from(' m'), 0xf8, ...Buffer.from('tet:\r\nKari Nordmann\r\n')]);
    const r = await run(['repair'], { stdin: latin1 });
    expect(r.stdout).toBe('Tilstede på møtet:\r\nKari Nordmann\r\n');
    expect(r.stderr).toBe('<stdin>: read as windows-1252, written as UTF-8\n');
    expect((await run(['repair', '--quiet'], { stdin: latin1 })).stderr).toBe('');
  });
});

describe('--names FILE', () => {
  const damaged = 'Tilstede pa mgtet:\nTorgeir Bglstrgm\nKari Nordmann\n';
  const withNames = async (content: Buffer | string): Promise<Awaited<ReturnType<typeof run>>> => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-names-'));
    try {
      writeFileSync(join(dir, 'names.txt'), content);
      return await run(['repair', '--names', join(dir, 'names.txt')], { stdin: damaged });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  it('a name in the list is repaired, one not in it is left', async () => {
    expect((await run(['repair'], { stdin: damaged })).stdout).toContain('Torgeir Bglstrgm');
    expect((await withNames('Torgeir Bølstrøm\n')).stdout).toContain('Torgeir Bølstrøm');
  });
  it('is read in any encoding and line ending a document may have (Windows-1252, CRLF)', async () => {
    const r = await withNames(Buffer.from([...Buffer.from('Kari Dal\r\nTorgeir B'), 0xf8, ...Buffer.from('lstr'), 0xf8, ...Buffer.from('m\r\n')]));
    expect(r.stdout).toContain('Torgeir Bølstrøm');
  });
  it('a binary file is a usage error (exit 2), not thousands of names', async () => {
    const r = await withNames(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--names .*names\.txt: not a text file \(binary data, 12 bytes\)/);
  });
  it('an empty file is an empty list', async () => {
    const r = await withNames('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Torgeir Bglstrgm');
  });
});

describe('parse --json over several files', () => {
  it('one line per input, an unreadable one too (user test: an empty file left the lines one short)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-ndjson-'));
    try {
      writeFileSync(join(dir, 'empty.txt'), '');
      const r = await run(['parse', 'fixtures/seed002.txt', join(dir, 'empty.txt'), 'fixtures/seed004.txt', '--json']);
      expect(r.code).toBe(1);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((d) => d.kind)).toEqual(['referat', 'unknown', 'innkalling']);
      expect(lines[1].diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['empty-document']);
      expect(lines[1].source).toMatchObject({ path: join(dir, 'empty.txt'), bytes: 0 });
      expect(ReferatDocument.safeParse(lines[1]).success).toBe(true);
      expect(r.stderr).toMatch(/empty-document/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
