/** Builds `Line`s for recogniser unit tests the way the pipeline does (segment/toLines). */
import { toLines } from '../../src/segment/lines.js';
import type { Line } from '../../src/segment/line.js';

/** One line of text as the recognisers see it. */
export function line(text: string): Line {
  return toLines(text)[0]!;
}

/** Several lines (joined with \n, then segmented). */
export function lines(...texts: string[]): Line[] {
  return toLines(texts.join('\n'));
}
