/** Colour level per the contract: --color/--no-color, then NO_COLOR, FORCE_COLOR, then whether the stream is a terminal. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Io, Writable } from './io.js';

export function colorFor(stream: Writable, io: Io, flag: boolean | undefined): ChalkInstance {
  let level: 0 | 1 | 2 | 3 = stream.isTTY ? 1 : 0;
  const force = io.env.FORCE_COLOR;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') level = 0;
  if (force !== undefined) level = force === '0' || force === 'false' ? 0 : (Math.min(3, Number(force) || 1) as 1 | 2 | 3);
  if (flag === true) level = level || 1;
  if (flag === false) level = 0;
  return new Chalk({ level });
}
