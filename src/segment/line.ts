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
  /** Column (1-based) of `text`'s first character in the repaired line, for positions. */
  column: number;
}
