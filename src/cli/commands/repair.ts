import type { Command } from 'commander';
import { decode, withLineEnds } from '../../decode/decode.js';
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
        const { text, lineEnds = '\n', source, diagnostics } = decode(input.bytes, input.path, { lineEnds: true });
        // The repair modules load only for this command (parse loads them only for damaged text).
        const out = opts.repair === false ? text : (await import('../../repair/index.js')).repair(text, { names: await loadNames(opts.names, io) }).text;
        // The input's own line endings (CRLF from Windows, CR from old Macs) and byte order mark, so that a diff
        // shows only the repairs.
        io.stdout.write((source.encoding === 'utf-8-bom' ? '\uFEFF' : '') + withLineEnds(out, lineEnds));
        // Standard output is UTF-8 whatever the input was: said once, since a byte-wise diff shows every æ/ø/å.
        if (!opts.quiet && !source.encoding.startsWith('utf-8')) {
          io.stderr.write(`${input.path ?? '<stdin>'}: read as ${source.encoding}, written as UTF-8\n`);
        }
        // What reading changed in the text ("invalid-utf8": broken bytes written as U+FFFD).
        for (const d of opts.quiet ? [] : diagnostics.filter((x) => x.severity === 'warning')) {
          io.stderr.write(`${input.path ?? '<stdin>'}:${d.line}:${d.column}  warning  ${d.message}  ${d.rule}\n`);
        }
        setExit(EXIT.ok);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        io.stderr.write(`${input.path ?? '<stdin>'}: ${err.message}  ${err.diagnostic.rule}\n`);
        setExit(EXIT.documentErrors);
      }
    });
}
