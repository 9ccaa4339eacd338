import type { Command } from 'commander';
import type { Io } from '../io.js';

/** Prints the JSON Schema, generated from the zod model (identical to schemas/referat.schema.json, a test keeps them so). */
export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .action(async () => {
      const { schemaText } = await import('../../model/json-schema.js');
      io.stdout.write(schemaText());
    });
}
