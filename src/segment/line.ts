/** One input line, as the recognisers see it. */
export interface Line {
  /** 1-based line number in the original input. */
  n: number;
  /** The line as it stands after repair (tabs and inline markup kept). */
  raw: string;
  /** Inline markup and list/heading markers stripped, whitespace collapsed, trimmed. */
  text: string;
  blank: boolean;
  /** Leading whitespace width (tabs count 4). */
  indent: number;
  /** Markdown ATX heading depth (1–6), 0 when not a Markdown heading. */
  depth: number;
  /** The bullet that started the line (`-`, `*`, `•`, `·` …), or null. */
  bullet: string | null;
  /** The whole line was bold or emphasised (`**Title**`). */
  strong: boolean;
  /** Column cells when the line is tab-separated or space-aligned (≥ 2 cells), else null. */
  cells: string[] | null;
  /** Set by the Markdown segmenter for lines inside fenced or indented code. */
  code: boolean;
  /** Column (1-based) of `text`'s first character in `raw`, for positions. */
  column: number;
  /**
   * Set on a part of a flattened input line that reflow.ts cut into lines: where `raw` starts in that input line
   * (0-based). Absent for a whole line.
   */
  start?: number;
  /**
   * The input line this line comes from, where it differs from `n`: once a flattened line is cut, the lines are
   * numbered again (the recognisers count on consecutive numbers), and positions go by this one.
   */
  input?: number;
}

/** The input line number of a line, for positions. */
export function inputLine(line: Line): number {
  return line.input ?? line.n;
}

/** A column in `line.raw` as a column in its input line (they differ for a part of a cut line). */
export function inputColumn(line: Line, column: number = line.column): number {
  return (line.start ?? 0) + column;
}

/** For a part of a cut line, the input-line column just after its last character; undefined for a whole line. */
export function partEnd(line: Line): number | undefined {
  return line.start === undefined ? undefined : line.start + line.raw.trimEnd().length + 1;
}

const SPACE = /[\s\u200b]/;

/** How far ahead a character of `text` is looked for in `raw` (markup, a link's address): keeps the walk linear. */
const LOOKAHEAD = 256;

function find(raw: string, c: string, from: number): number {
  const at = raw.indexOf(c, from);
  return at >= 0 && at - from <= LOOKAHEAD ? at : -1;
}

interface ColumnMap {
  /** Per offset in `text`: the index in `raw` just after the characters before it. */
  ends: Int32Array;
  /** Per offset in `text`: the index in `raw` of the character there. */
  starts: Int32Array;
}
const MAPS = new WeakMap<Line, ColumnMap>();

/**
 * One walk over `text` and `raw` together, matching `text` as a subsequence of `raw` (`text` drops inline markup
 * and collapses whitespace, so an offset in it is not an offset in the line). Made once per line and kept: a
 * line with many sentences asks many times.
 */
function columnMap(line: Line): ColumnMap {
  let map = MAPS.get(line);
  if (map) return map;
  const { raw, text } = line;
  const ends = new Int32Array(text.length + 1);
  const starts = new Int32Array(text.length + 1);
  let r = line.column - 1;
  for (let k = 0; k <= text.length; k++) {
    ends[k] = r;
    if (k === text.length) {
      starts[k] = r;
      break;
    }
    const c = text[k]!;
    const at = find(raw, c, r);
    starts[k] = at >= 0 ? at : r;
    if (c === ' ') {
      // A run of spaces, possibly after closing markup ("**Vedtak:**  Godkjent"); a space the markup stripping
      // put in ("[her](#)Frammøtte") has no counterpart and takes nothing.
      let s = r;
      while (s < raw.length && /[*_`]/.test(raw[s]!)) s++;
      if (s < raw.length && SPACE.test(raw[s]!)) {
        r = s;
        while (r < raw.length && SPACE.test(raw[r]!)) r++;
      }
    } else if (at >= 0) r = at + 1;
  }
  map = { ends, starts };
  MAPS.set(line, map);
  return map;
}

/**
 * The column (1-based) in `line.raw` of the character at `offset` in `line.text`, or with `edge: 'end'` the column
 * just after the character before it (where a span that ends there stops).
 */
export function rawColumn(line: Line, offset: number, edge: 'start' | 'end' = 'start'): number {
  const map = columnMap(line);
  const k = Math.max(0, Math.min(offset, line.text.length));
  return (edge === 'start' ? map.starts[k]! : map.ends[k]!) + 1;
}
