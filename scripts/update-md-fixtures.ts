/**
 * Writes the golden fixtures/NAME.md (normalised Markdown) for every fixtures/NAME.txt.
 * Usage: node --import tsx scripts/update-md-fixtures.ts — then review the diff before committing.
 * test/normalize-fixtures.test.ts fails when a golden drifts from what normalize() now writes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize, parse } from '../src/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
let n = 0;
for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()) {
  const name = file.slice(0, -4);
  // Same path the fixture tests give the parser, so the output is identical.
  const doc = parse(readFileSync(join(FIXTURES, file)), { path: `fixtures/${file}` });
  writeFileSync(join(FIXTURES, `${name}.md`), normalize(doc));
  n++;
}
process.stdout.write(`wrote ${n} fixtures/*.md\n`);
