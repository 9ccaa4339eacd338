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

/**
 * The column (1-based) in `line.raw` of the character at `offset` in `line.text`, or with `edge: 'end'` the column
 * just after the character before it (where a span that ends there stops). `text` drops inline markup and collapses
 * whitespace, so an offset in it is not an offset in the line: walk both, matching `text` as a subsequence of `raw`.
 */
export function rawColumn(line: Line, offset: number, edge: 'start' | 'end' = 'start'): number {
  const { raw, text } = line;
  let r = line.column - 1;
  for (let k = 0; k < offset && k < text.length; k++) {
    const c = text[k]!;
    if (c === ' ') {
      // A run of spaces, possibly after closing markup ("**Vedtak:**  Godkjent"); a space the markup stripping
      // put in ("[her](#)Frammøtte") has no counterpart and takes nothing.
      let s = r;
      while (s < raw.length && /[*_`]/.test(raw[s]!)) s++;
      if (s < raw.length && SPACE.test(raw[s]!)) {
        r = s;
        while (r < raw.length && SPACE.test(raw[r]!)) r++;
      }
    } else {
      const at = raw.indexOf(c, r);
      if (at >= 0) r = at + 1;
    }
  }
  if (edge === 'start' && offset < text.length) {
    const at = raw.indexOf(text[offset]!, r);
    if (at >= 0) r = at;
  }
  return r + 1;
}
