/** Runs the CLI from source (no build step), for development and the scoring tools. */
import { main } from '../src/cli/main.js';

process.exitCode = await main({ argv: process.argv.slice(2), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
