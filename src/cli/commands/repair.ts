import type { Command } from 'commander';
import { decode } from '../../decode/decode.js';
import { InputError } from '../../model/diagnostic.js';
import { repair } from '../../repair/index.js';
import { readInput } from '../input.js';
import { EXIT, type Io } from '../io.js';
import { loadNames } from './parse.js';

/** Prints the input with OCR repairs applied: same lines, same order, nothing else changed. */
export function registerRepair(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('repair')
    .description('print the text with OCR damage repaired (same lines, same order)')
    .argument('[file]', 'input file (`-` for standard input)', '-')
    .option('--no-repair', 'print the decoded text unchanged')
    .option('--names <file>', 'extra names (one per line) for the gazetteer')
    .action(async (file: string, opts: { repair: boolean; names?: string }) => {
      const input = await readInput(file, io);
      try {
        const { text } = decode(input.bytes, input.path);
        const out = opts.repair === false ? text : repair(text, { names: await loadNames(opts.names, io) }).text;
        io.stdout.write(out);
        setExit(EXIT.ok);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        io.stderr.write(`${input.path ?? '<stdin>'}: ${err.message}  ${err.diagnostic.rule}\n`);
        setExit(EXIT.documentErrors);
      }
    });
}
