/**
 * The command line as a function: `main(io)` takes argv/stdin/stdout/stderr and returns the exit
 * code, so tests run it in-process. The bin is a thin wrapper around it.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, UsageError, type Io } from './io.js';
import { registerParse } from './commands/parse.js';
import { registerSchema } from './commands/schema.js';
import { registerRepair } from './commands/repair.js';
import { registerCheck } from './commands/check.js';
import { registerNormalize } from './commands/normalize.js';

export const VERSION = '0.1.0';

export async function main(io: Io): Promise<number> {
  let exit: number = EXIT.ok;
  const setExit = (code: number): void => {
    exit = Math.max(exit, code);
  };
  const program = new Command('referat')
    .description('Turn Norwegian meeting documents (referat, protokoll, innkalling, sakskart) into structured data')
    .version(VERSION)
    .option('--color', 'force colours')
    .option('--no-color', 'no colours')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  registerParse(program, io, setExit);
  registerSchema(program, io);
  registerRepair(program, io, setExit);
  registerCheck(program, io, setExit);
  registerNormalize(program, io, setExit);
  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; everything else commander rejects is a usage error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`referat: ${err.message}\n`);
      return err.code;
    }
    io.stderr.write(`referat: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    return EXIT.usage;
  }
}
