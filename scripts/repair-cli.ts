/** Tiny driver for the measuring tools: prints repair(text).text for the file given (the CLI will expose `referat repair`). */
import { readFileSync } from 'node:fs';
import { repair } from '../src/repair/index.js';

const path = process.argv[2];
if (!path) { process.stderr.write('usage: repair-cli FILE\n'); process.exit(2); }
const text = readFileSync(path, 'utf8');
const names = process.argv[3] ? readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean) : undefined;
process.stdout.write(repair(text, { names }).text);
