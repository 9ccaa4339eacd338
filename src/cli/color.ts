/**
 * Colour level per the contract: --color/--no-color, then NO_COLOR, FORCE_COLOR, then whether the stream is a
 * terminal. chalk is loaded only when colours are on: its own terminal detection runs when it is imported, and a
 * piped run (CI, `--json > file`) needs none of it.
 */
import type { Io, Writable } from './io.js';

type Style = (text: string) => string;
/** The styles the reporters use; a chalk instance is one. */
export interface Paint {
  red: Style;
  yellow: Style;
  blue: Style;
  green: Style;
  cyan: Style;
  magenta: Style;
  dim: Style;
  bold: Style;
  underline: Style;
}

const unstyled: Style = (text) => text;
export const PLAIN: Paint = { red: unstyled, yellow: unstyled, blue: unstyled, green: unstyled, cyan: unstyled, magenta: unstyled, dim: unstyled, bold: unstyled,
  underline: unstyled };

export function colorLevel(stream: Writable, io: Io, flag: boolean | undefined): 0 | 1 | 2 | 3 {
  let level: 0 | 1 | 2 | 3 = stream.isTTY ? 1 : 0;
  const force = io.env.FORCE_COLOR;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') level = 0;
  if (force !== undefined) level = force === '0' || force === 'false' ? 0 : (Math.min(3, Number(force) || 1) as 1 | 2 | 3);
  if (flag === true) level = level || 1;
  if (flag === false) level = 0;
  return level;
}

export async function colorFor(stream: Writable, io: Io, flag: boolean | undefined): Promise<Paint> {
  const level = colorLevel(stream, io, flag);
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}
