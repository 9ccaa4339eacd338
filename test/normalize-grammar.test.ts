/**
 * The normalised form's choices, one by one: readable where it can be, fenced or moved to the front
 * matter where it must be, and exact either way. Also the atomic writer the CLI uses.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { writeFileAtomic } from '../src/cli/atomic-write.js';
import { normalize, parse, type Item, type ReferatDocument } from '../src/index.js';
import { comparable, remarkStructure, writtenStructure } from './normalize.helpers.js';
import { referatDocument } from './normalize.arbitrary.js';
import { ROOT } from './helpers/fixtures.js';

const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
const doc = (over: Partial<ReferatDocument> = {}): ReferatDocument => ({
  schemaVersion: 1,
  kind: 'referat',
  language: 'nb',
  title: 'Referat fra styremøte',
  meeting: { body: 'Styret', date: '2024-05-02', start: '12:30', end: '14:00', location: 'Rådhuset' },
  notice: null,
  attendees: [{ name: 'Kari Nordmann', organisation: null, status: 'present', roles: ['chair'], substituteFor: null, note: null, position: at }],
  invited: [],
  items: [],
  preamble: null,
  trailer: null,
  corrections: [],
  diagnostics: [],
  source: { path: null, sha256: '0'.repeat(64), encoding: 'utf-8', bytes: 0 },
  ...over,
});
const item = (over: Partial<Item> = {}): Item => ({
  number: '1', numberInferred: false, title: 'Godkjenning', section: null, subItems: [], text: '', decisions: [], actions: [], position: at, ...over,
});
const body = (md: string): string => md.slice(md.indexOf('\n---\n') + 5);
const front = (md: string): Record<string, unknown> => parseYaml(md.slice(4, md.indexOf('\n---\n') + 1)) as Record<string, unknown>;
/** Normalises, checks the exact read-back, returns the Markdown. */
const roundTrip = (d: ReferatDocument): string => {
  const md = normalize(d);
  expect(comparable(parse(md, { repair: false }))).toEqual(comparable(d));
  return md;
};

describe('normalised form', () => {
  it('writes the fixed readable form for an ordinary item', () => {
    const md = roundTrip(doc({
      preamble: 'Innledning',
      items: [item({
        number: 'PS 12/24',
        title: 'Budsjett',
        section: 'Orienteringssaker',
        subItems: [{ label: 'a', title: 'Drift', position: at }, { label: '10.1', title: 'Investering', position: at }],
        text: 'Styret drøftet budsjettet.\n\n- punkt én\n- punkt to',
        decisions: [{ text: 'Budsjettet ble vedtatt.', position: at }],
        actions: [
          { text: 'Sende budsjettet', responsible: 'Kari', due: '2024-06-01', position: at },
          { text: 'Følge opp', responsible: null, due: 'neste møte', position: at },
          { text: 'Informere', responsible: 'Ola', due: null, position: at },
        ],
      })],
      trailer: 'Ref. Ola',
    }));
    expect(body(md)).toBe(`
# Referat fra styremøte

Innledning

## PS 12/24. Budsjett

**Underpunkter:**

* a. Drift
* 10.1. Investering

Styret drøftet budsjettet.

- punkt én
- punkt to

**Vedtak:** Budsjettet ble vedtatt.

**Oppfølging:** Sende budsjettet (ansvar: Kari, frist: 2024-06-01)

**Oppfølging:** Følge opp (frist: neste møte)

**Oppfølging:** Informere (ansvar: Ola)

---

Ref. Ola
`);
    expect(front(md).items).toEqual([{ number: 'PS 12/24', numberInferred: false, section: 'Orienteringssaker' }]);
  });

  it('keeps the front matter readable and the same under YAML 1.1 readers', () => {
    const md = roundTrip(doc({ attendees: [{ name: 'yes', organisation: '0123', status: 'remote', roles: ['chair', 'minutes'], substituteFor: null, note: '12:30', position: at }] }));
    const head = md.slice(0, md.indexOf('\n---\n'));
    expect(head).toMatch(/^ {2}date: 2024-05-02$/m);
    expect(head).toMatch(/^ {2}start: "12:30"$/m);
    expect(head).toMatch(/^ {4}roles: \[chair, minutes\]$/m);
    const y11 = parseYaml(head.slice(4), { version: '1.1' }) as { attendees: Array<Record<string, unknown>> };
    expect(y11.attendees[0]).toMatchObject({ name: 'yes', organisation: '0123', note: '12:30' });
  });

  it('fences item text holding lines that look like structure', () => {
    for (const text of ['Før\n## 3. Ikke en sak', 'Linje\n---', '> ## sitat', '```\nkode', 'slutt\n\n**Vedtak:** står i teksten']) {
      const md = roundTrip(doc({ items: [item({ text }), item({ number: '2', title: 'Neste' })] }));
      expect(body(md)).toContain('```markdown\n');
      const lines = md.split('\n');
      expect(writtenStructure(md).headings.map((h) => lines[h.line - 1])).toEqual(['# Referat fra styremøte', '## 1. Godkjenning', '## 2. Neste']);
      expect(remarkStructure(md)).toEqual(writtenStructure(md));
    }
  });

  it('makes the fence longer than any backtick run inside', () => {
    const md = roundTrip(doc({ preamble: '````\n```markdown\n## x' }));
    expect(body(md)).toContain('`````markdown\n````\n```markdown\n## x\n`````\n');
  });

  it('tells an empty preamble or trailer from none', () => {
    expect(body(roundTrip(doc({ preamble: '', trailer: '' })))).toBe('\n# Referat fra styremøte\n\n```markdown\n\n```\n\n---\n\n```markdown\n\n```\n');
    expect(body(roundTrip(doc({ title: null })))).toBe('');
  });

  it('moves what one line cannot say into the item entry, and shows a display line', () => {
    const md = roundTrip(doc({
      items: [item({
        title: 'To\nlinjer',
        subItems: [{ label: '## 1', title: 'x', position: at }],
        decisions: [{ text: 'første\nandre', position: at }],
        actions: [{ text: 'gjør (ansvar: Per)', responsible: null, due: null, position: at }],
      })],
    }));
    expect(body(md)).toContain('## 1. To linjer\n\n**Underpunkter:**\n\n* (## 1). x\n\n**Vedtak:** første andre\n\n**Oppfølging:** gjør (ansvar: Per)\n');
    expect(front(md).items).toEqual([{
      number: '1', numberInferred: false, section: null, title: 'To\nlinjer',
      subItems: [{ label: '## 1', title: 'x' }], decisions: [{ text: 'første\nandre' }], actions: [{ text: 'gjør (ansvar: Per)', responsible: null, due: null }],
    }]);
  });

  it('carries control characters and CR through the front matter', () => {
    const md = roundTrip(doc({ preamble: 'a\r\nb', items: [item({ text: 'x\u0001y' })], trailer: 'slutt\f' }));
    expect(front(md)).toMatchObject({ preamble: 'a\r\nb', trailer: 'slutt\f' });
  });

  it('is read by the heuristics when a hand edit leaves the grammar', () => {
    const md = normalize(doc({ items: [item({ text: 'Tekst.' })] }));
    const edited = md.replace('## 1. Godkjenning', '## 7. Godkjenning');
    const back = parse(edited, { repair: false });
    // The exact reader would report no diagnostics; the heuristics read the edited heading's number.
    expect(back.items.map((i) => i.number)).not.toEqual(['1']);
  });

  it('generates the awkward cases it is meant to (the generator has not gone soft)', () => {
    const sample = fc.sample(referatDocument, { numRuns: 300, seed: 42 }).map(normalize);
    const count = (re: RegExp): number => sample.filter((md) => re.test(md)).length;
    expect(count(/^`{3,}markdown$/m)).toBeGreaterThan(30); // fenced text
    expect(count(/^ {4}(?:title|subItems|decisions|actions|text):/m)).toBeGreaterThan(30); // front-matter fallbacks
    expect(count(/^\*\*Vedtak:\*\* /m)).toBeGreaterThan(30);
    expect(count(/^\*\*Oppfølging:\*\*.* \(ansvar: /m)).toBeGreaterThan(10);
    expect(count(/^\* \S+\. /m)).toBeGreaterThan(10); // exact sub-item lines
    expect(count(/\n---\n\n(?!`)/)).toBeGreaterThan(10); // verbatim trailer
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'referat-atomic-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file and leaves no temporary file', async () => {
    const path = join(dir, 'a.md');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('leaves the old file whole when interrupted before the rename, and cleans up', async () => {
    const path = join(dir, 'a.md');
    writeFileSync(path, 'old');
    let temp = '';
    await expect(writeFileAtomic(path, 'new'.repeat(10000), {
      beforeRename: (t) => {
        temp = t;
        expect(readdirSync(dir)).toContain(t.slice(dir.length + 1));
        throw new Error('interrupted');
      },
    })).rejects.toThrow('interrupted');
    expect(temp).not.toBe('');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('rewrites the file a symbolic link names, and the link stays a link (user test: the link became a file)', async () => {
    const target = join(dir, 'target.md');
    const link = join(dir, 'link.md');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    await writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'target.md']);
  });

  it('an interrupt (SIGINT) while writing leaves neither a temporary file nor a changed target (user test: a .tmp stayed)', () => {
    const path = join(dir, 'a.md');
    writeFileSync(path, 'old');
    const script = `import { writeFileAtomic } from ${JSON.stringify(join(ROOT, 'src/cli/atomic-write.ts'))};
await writeFileAtomic(${JSON.stringify(path)}, 'new', { beforeRename: () => { process.kill(process.pid, 'SIGINT'); return new Promise((done) => setTimeout(done, 10_000)); } });`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    // Ended by the signal, as an interrupted program is (not by finishing the write ten seconds later).
    expect(r.signal === 'SIGINT' || r.status === 130).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('leaves no signal handler behind once the write is done (review: a later Ctrl-C waited for the next parse)', async () => {
    const before = process.listenerCount('SIGINT');
    await writeFileAtomic(join(dir, 'b.md'), 'x');
    expect(process.listenerCount('SIGINT')).toBe(before);
  });

  it('fails cleanly when the target cannot be replaced', async () => {
    const path = join(dir, 'sub');
    mkdirSync(join(path, 'x'), { recursive: true });
    await expect(writeFileAtomic(path, 'data')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['sub']);
  });
});

describe('a normalised file a hand edit took out of the form (user test: 23 attendees became 1, silently)', () => {
  const md = readFileSync(join(__dirname, '..', 'fixtures', 'seed002.md'), 'utf8');
  const edits: Array<[string, (s: string) => string, RegExp]> = [
    ['an item heading', (s) => s.replace('\n## 3. ', '\n## 3b. '), /heading of item 3/],
    ['a role outside the model', (s) => s.replace('[chair]', '[king]'), /attendees\.\d+\.roles/],
    ['an impossible date', (s) => s.replace(/date: "?\d{4}-\d{2}-\d{2}"?/, 'date: 2023-13-45'), /meeting\.date/],
    ['another schemaVersion', (s) => s.replace('schemaVersion: 1', 'schemaVersion: 2'), /schemaVersion is 2/],
  ];
  it.each(edits)('%s: a warning that says where, and the file read as an ordinary document', (_what, edit, where) => {
    const edited = edit(md);
    expect(edited).not.toBe(md);
    const d = parse(edited);
    const w = d.diagnostics.filter((x) => x.rule === 'normalised-form-unreadable');
    expect(w).toHaveLength(1);
    expect(w[0]!.severity).toBe('warning');
    expect(w[0]!.message).toMatch(where);
  });
  it('the file as written: read exactly, no warning', () => {
    expect(parse(md).diagnostics.filter((x) => x.rule === 'normalised-form-unreadable')).toEqual([]);
  });
});
