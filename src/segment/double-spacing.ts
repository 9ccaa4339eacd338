/**
 * Double-spaced exports. Some exports write a blank line after every line, hard-wrapped ones too: a sentence then runs
 * on across a blank line ("Styret besluttet å gi en" / "" / "tilbakemelding til Engø Gård …") and a list is one name a
 * paragraph. When nearly every line stands alone between blank lines and sentences run on across them, the single
 * blank lines are dropped (a run of two or more stays, as one). Lines are numbered again, consecutively, as the
 * recognisers count on; positions go by each line's input line, which is kept.
 */
import { inputLine, type Line } from './line.js';

/** At least this many lines of text: a short note proves nothing. */
const MIN_LINES = 8;
/** Lines directly under a line of text, at most this share of those under one blank line. */
const MAX_ADJACENT_SHARE = 0.1;
/** Sentences that run on across a blank line: at least this many. */
const MIN_RUN_ONS = 2;

export function closeDoubleSpacing(lines: Line[]): Line[] {
  if (!isDoubleSpaced(lines)) return lines;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // A single blank line between two lines of text goes.
    if (l.blank && i > 0 && i + 1 < lines.length && !lines[i - 1]!.blank && !lines[i + 1]!.blank) continue;
    // Of a run of blank lines, one stays.
    if (l.blank && out.length && out[out.length - 1]!.blank) continue;
    out.push(l);
  }
  return out.map((l, k) => (l.n === k + 1 ? l : { ...l, n: k + 1, input: inputLine(l) }));
}

function isDoubleSpaced(lines: readonly Line[]): boolean {
  let text = 0;
  let adjacent = 0;
  let apart = 0;
  let runOns = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    text++;
    const next = lines[i + 1];
    if (!next) continue;
    if (!next.blank) adjacent++;
    else if (lines[i + 2] && !lines[i + 2]!.blank) {
      apart++;
      if (runsOn(l, lines[i + 2]!)) runOns++;
    }
  }
  return text >= MIN_LINES && adjacent <= MAX_ADJACENT_SHARE * apart && runOns >= MIN_RUN_ONS;
}

/** A sentence runs on from `a` into `b`: `a` ends in a letter or a comma, `b` opens in lower case (no list point). */
const runsOn = (a: Line, b: Line): boolean => ENDS_MID_SENTENCE.test(a.text) && OPENS_LOWER.test(b.text) && !b.bullet && !LETTER_POINT.test(b.text);
const ENDS_MID_SENTENCE = /[a-zæøåA-ZÆØÅ,]$/;
const OPENS_LOWER = /^[a-zæøå]/;
const LETTER_POINT = /^[a-zæøå][.)]\s/;
