/** What the CLI touches of the outside world, so tests can run it in-process (markdownlint-cli2 style). */
export interface Writable {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  argv: string[];
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The exit codes of the contract. */
export const EXIT = { ok: 0, documentErrors: 1, usage: 2 } as const;

/** An error the user can act on: printed as one line, never with a stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly code: number = EXIT.usage) {
    super(message);
    this.name = 'UsageError';
  }
}
