/**
 * Normalised Markdown over every fixtures/NAME.txt: round trip (parse(normalize(x)) = parse(x) but for
 * source, corrections, positions, diagnostics), idempotence (byte for byte), the exact reader (not the
 * heuristics) reads it, remark sees the grammar's structure, and the golden fixtures/NAME.md.
 * UPDATE_FIXTURES=1 (or scripts/update-md-fixtures.ts) rewrites the goldens; review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, parse } from '../src/index.js';
import { readFrontMatter } from '../src/recognise/front-matter.js';
import { recogniseNormalised } from '../src/recognise/normalised.js';
import { toLines } from '../src/segment/lines.js';
import { FIXTURES, fixtureNames, fixturePath, parseFixture } from './helpers/fixtures.js';
import { comparable, remarkStructure, writtenStructure } from './normalize.helpers.js';

const UPDATE = process.env.UPDATE_FIXTURES === '1';
const names = existsSync(FIXTURES) ? fixtureNames('.txt') : [];
const goldens = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)) : [];
const normalised = (name: string): string => normalize(parseFixture(name));

describe.skipIf(names.length === 0)('normalised Markdown of the fixtures', () => {
  it.each(names)('%s: round trip and idempotence', (name) => {
    const doc = parseFixture(name);
    const md = normalize(doc);
    const back = parse(md, { path: `${name}.md` });
    expect(comparable(back)).toEqual(comparable(doc));
    expect(normalize(back)).toBe(md);
  });

  it.each(names)('%s: read by the exact reader, with positions in the normalised file', (name) => {
    const md = normalised(name);
    const lines = toLines(md);
    const read = recogniseNormalised(lines, readFrontMatter(lines).data, { originalColumn: (_l, c) => c, originalLineLength: (n) => lines[n - 1]!.raw.length, markdown: true });
    expect(read).not.toBeNull();
    const mdLines = md.split('\n');
    for (const item of read!.items) expect(mdLines[item.position.start.line - 1]).toMatch(/^## /);
    for (const a of read!.attendees) expect(mdLines[a.position.start.line - 1]).toContain(`name: `);
  });

  it.each(names)('%s: remark sees exactly the headings and fences the grammar wrote', (name) => {
    const md = normalised(name);
    expect(remarkStructure(md)).toEqual(writtenStructure(md));
  });

  it.skipIf(!names.includes('seed002'))('seed002: the meeting date in the front matter, then items 1 … 16 as headings', () => {
    const md = normalised('seed002');
    const front = md.slice(0, md.indexOf('\n---\n'));
    expect(front).toMatch(/^ {2}date: 2023-03-16$/m);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[0]).toBe('## 1. Godkjenning av innkalling');
    expect(headings[headings.length - 1]).toBe('## 16. Eventuelt');
    expect(headings.map((h) => /^## (\d+)\./.exec(h)?.[1])).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
  });

  it.skipIf(!names.includes('seed003'))('seed003: repaired, unwrapped text', () => {
    const md = normalised('seed003');
    // The input wraps "… innledning pa Teams om" / "naringsklynger i Innovasjon Norge @st …".
    expect(md).toContain('innledning på Teams om næringsklynger i Innovasjon Norge Øst');
    expect(md).not.toMatch(/ pa Teams| om\nnæringsklynger/);
  });
});

describe.skipIf(names.length === 0)('golden fixtures/NAME.md', () => {
  // Goldens are adopted once any exists; until then a missing one is skipped, afterwards it fails.
  const adopted = goldens.length > 0 || UPDATE;
  it.for(names)('fixtures/%s.md matches', (name, ctx) => {
    const actual = normalised(name);
    const golden = join(FIXTURES, `${name}.md`);
    if (UPDATE) {
      writeFileSync(golden, actual);
      return;
    }
    if (!existsSync(golden)) {
      if (!adopted) ctx.skip();
      expect.fail(`fixtures/${name}.md is missing; run UPDATE_FIXTURES=1 npx vitest run test/normalize-fixtures (or node --import tsx scripts/update-md-fixtures.ts), then review it`);
    }
    expect(actual, `fixtures/${name}.md is stale; if the change is intended, regenerate it and review the diff`).toBe(readFileSync(golden, 'utf8'));
  });

  it('has no golden without an input', () => {
    expect(goldens.filter((n) => !names.includes(n)), 'fixtures/*.md without a matching .txt').toEqual([]);
  });

  it.each(goldens.filter((n) => names.includes(n)))('fixtures/%s.md is a fixed point of normalize', (name) => {
    const golden = readFileSync(join(FIXTURES, `${name}.md`), 'utf8');
    expect(normalize(parse(golden, { path: fixturePath(name, '.md') }))).toBe(golden);
  });
});
