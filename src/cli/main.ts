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
  const commands: Record<string, () => void> = {
    parse: () => registerParse(program, io, setExit),
    schema: () => registerSchema(program, io),
    repair: () => registerRepair(program, io, setExit),
    check: () => registerCheck(program, io, setExit),
    normalize: () => registerNormalize(program, io, setExit),
  };
  // Only the command being run is set up (its options are what commander parses); help, a bare `referat`
  // and an unknown command get all of them, so usage and "did you mean" see every command.
  const named = io.argv.find((a) => !a.startsWith('-'));
  if (named !== undefined && Object.hasOwn(commands, named)) commands[named]!();
  else for (const register of Object.values(commands)) register();
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
