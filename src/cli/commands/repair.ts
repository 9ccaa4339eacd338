import type { Command } from 'commander';
import { decode } from '../../decode/decode.js';
import { InputError } from '../../model/diagnostic.js';
import { inputPaths, readInput } from '../input.js';
import { EXIT, type Io } from '../io.js';
import { loadNames } from './parse.js';

/** Prints the input with OCR repairs applied: same lines, same order, nothing else changed. */
export function registerRepair(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('repair')
    .description('print the text with OCR damage repaired (same lines, same order)')
    .argument('[file]', 'input file (`-` for standard input)')
    .option('--no-repair', 'print the decoded text unchanged')
    .option('--names <file>', 'extra names (one per line) for the gazetteer')
    .option('--quiet', 'no messages on stderr but errors')
    .action(async (file: string | undefined, opts: { repair: boolean; names?: string; quiet?: boolean }) => {
      // Like parse: a file, `-`, or piped standard input; a terminal with no file is a usage error.
      const input = await readInput(inputPaths(file ? [file] : [], io)[0]!, io);
      try {
        const { text } = decode(input.bytes, input.path);
        // The repair modules load only for this command (parse loads them only for damaged text).
        const out = opts.repair === false ? text : (await import('../../repair/index.js')).repair(text, { names: await loadNames(opts.names, io) }).text;
        io.stdout.write(out);
        setExit(EXIT.ok);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        io.stderr.write(`${input.path ?? '<stdin>'}: ${err.message}  ${err.diagnostic.rule}\n`);
        setExit(EXIT.documentErrors);
      }
    });
}
