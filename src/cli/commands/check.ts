import type { Command } from 'commander';
import { Option } from 'commander';
import { colorFor } from '../color.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { loadNames } from './parse.js';

interface CheckCliOptions {
  strict?: boolean;
  reporter: string;
  jobs?: string;
  quiet?: boolean;
  repair: boolean;
  names?: string;
  timeout?: string;
}

/** `referat check FILE|DIR|GLOB…`: the CI check of an archive (see src/check/run.ts). */
export function registerCheck(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('check that documents parse cleanly: diagnostics per file, a summary, and a CI exit code')
    .argument('[paths...]', 'files, directories (recursed for .txt and .md) or globs; `-` for standard input')
    .option('--strict', 'warnings fail the check too')
    .addOption(new Option('--reporter <name>', 'output format').choices(['pretty', 'json', 'github']).default('pretty'))
    .option('-j, --jobs <n>', 'worker threads for large batches (default and most: the number of CPUs, a GiB of memory each)')
    .option('--timeout <seconds>', 'give up on a file after this long (given, it puts even a short batch on worker threads)', '300')
    .option('--no-repair', 'turn OCR repair off')
    .option('--names <file>', 'extra names (one per line) for OCR repair')
    .option('--quiet', 'errors only, no progress')
    .action(async (paths: string[], opts: CheckCliOptions, command: Command) => {
      if (paths.length === 0) {
        if (io.stdin.isTTY) throw new UsageError('no input: give files, directories or globs, or `-` to read standard input');
        paths = ['-'];
      }
      let jobs: number | undefined;
      if (opts.jobs !== undefined) {
        jobs = Number(opts.jobs);
        if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, not ${JSON.stringify(opts.jobs)}`);
      }
      const timeout = Number(opts.timeout ?? '300');
      if (!Number.isFinite(timeout) || timeout < 0) throw new UsageError(`--timeout must be a number of seconds ≥ 0`);
      const names = await loadNames(opts.names, io);
      // The check machinery is loaded only when the command runs, keeping `referat parse` cold start small.
      const { runCheck } = await import('../../check/run.js');
      const code = await runCheck(paths, io, {
        strict: opts.strict === true,
        reporter: opts.reporter as 'pretty' | 'json' | 'github',
        jobs,
        quiet: opts.quiet,
        repair: opts.repair,
        names,
        timeoutMs: timeout * 1000,
        // Only a worker can be given up on: a limit the user asks for applies to a short batch too.
        isolate: command.getOptionValueSource('timeout') === 'cli',
        color: await colorFor(io.stdout, io, program.opts().color),
      });
      setExit(code ?? EXIT.ok);
    });
}
