import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import type { Io } from '../io.js';

/** Prints the published JSON Schema (generated from the zod model by `npm run schema`). */
export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(async () => {
      io.stdout.write(await readFile(new URL('../../../schemas/referat.schema.json', import.meta.url), 'utf8'));
    });
}
