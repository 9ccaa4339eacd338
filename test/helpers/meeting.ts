/** A small constructed meeting document around the part a test is about, parsed as the library parses a file. */
import { parse } from '../../src/index.js';
import type { ReferatDocument } from '../../src/model/schema.js';

export const TWO_ITEMS = '1. Budsjett\nBudsjettet ble vedtatt.\n\n2. Eventuelt\nIngen saker.';
export const PRESENT = 'Til stede: Kari Nordmann, Ola Hansen';

/** Blocks joined by blank lines, then parsed. Leave a block out to test what it would otherwise supply. */
export function meeting(...blocks: string[]): ReferatDocument {
  return parse(`${blocks.join('\n\n')}\n`, { path: 't.txt' });
}
