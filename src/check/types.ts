/** What `referat check` knows about one input: small, so results stream through the pool cheaply. */
import type { Diagnostic } from '../model/schema.js';

export interface CheckEntry {
  /** The path as the user sees it (relative as given, or `<stdin>`). */
  label: string;
  /** Absolute path to read; null for standard input. */
  abs: string | null;
  /** Set when the entry could not even be listed (missing file, unreadable directory, glob with no match). */
  error?: string;
}

export type Outcome =
  /** Parsed: the document's own diagnostics decide. */
  | 'parsed'
  /** Not a document at all (binary, empty): an error for the file, exit 1. */
  | 'input-error'
  /** Could not be read (missing, permission, directory): exit 2, the batch goes on. */
  | 'unreadable'
  /** The parser failed (a bug): exit 2, reported as one line, never a stack trace. */
  | 'internal';

export interface FileResult {
  label: string;
  outcome: Outcome;
  /** Diagnostics of the document (warnings and errors; info only when asked), or the one input error. */
  diagnostics: Diagnostic[];
  /** For unreadable/internal: what went wrong. */
  message?: string;
  bytes: number;
  ms: number;
}

export interface CheckOptions {
  repair: boolean;
  names?: string[];
  /** Keep info diagnostics in results. */
  info?: boolean;
}
