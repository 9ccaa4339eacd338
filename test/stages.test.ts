/**
 * parseAsync (the CLI's and check's path) loads an optional stage only for an input that needs it.
 * This file must not import the library entry (src/parse.ts), which loads every stage eagerly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAsync } from '../src/pipeline.js';
import { stages } from '../src/stages.js';

const clean = readFileSync(new URL('../fixtures/seed002.txt', import.meta.url));
const damaged = readFileSync(new URL('../fixtures/seed003.txt', import.meta.url));

describe('optional stages', () => {
  it('OCR repair is not loaded for clean text, nor with repair off', async () => {
    const doc = await parseAsync(clean);
    expect(doc.corrections).toEqual([]);
    expect(stages.repair).toBeUndefined();
    const raw = await parseAsync(damaged, { repair: false });
    expect(raw.corrections).toEqual([]);
    expect(stages.repair).toBeUndefined();
  });
  it('is loaded for damaged text, and repairs it', async () => {
    const doc = await parseAsync(damaged);
    expect(stages.repair).toBeTypeOf('function');
    expect(doc.corrections.length).toBeGreaterThan(20);
  });
  it('plain text without Markdown constructs loads no Markdown parser or YAML reader', async () => {
    await parseAsync('Referat fra styremøte 3. mars 2025\n\nTilstede: Kari Nordmann, Ola Hansen\n\nSak 1 Godkjenning av innkalling\nVedtak: Godkjent.\n');
    expect(stages.yaml).toBeUndefined();
    expect(stages.normalised).toBeUndefined();
  });
  it('micromark only for text written as Markdown, even when plain text is indented', async () => {
    await parseAsync('REFERAT\n\nSak 1  Budsjett\n    Styret vedtok budsjettet.\n\tNeste møte i mars.\n');
    expect(stages.markdownBlocks).toBeUndefined();
    await parseAsync('# Referat\n\n**Tilstede:** Kari\n\n    kode, ikke innhold\n');
    expect(stages.markdownBlocks).toBeTypeOf('function');
  });
});
