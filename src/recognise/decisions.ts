/**
 * Decisions and action items inside an item's lines. A decision is a "Vedtak:"/"Konklusjon:" line
 * or a sentence worded as a resolution ("… ble godkjent", "Enstemmig vedtatt", "sluttet seg til");
 * an action is a sentence carrying "Ansvar:"/"Ansvarlig:"/"Frist:"/"Oppfølging:".
 */
import { latinRegExp, startsLower } from '../vocab/patterns.js';
import words from '../vocab/decisions.json' with { type: 'json' };
import { verbAfterFirst } from './sentence-verbs.js';
import { rawColumn, type Line } from '../segment/line.js';
import { wrapWidth } from '../segment/lines.js';
import { tolerantAlternation } from './ocr-tolerant.js';
import { findDates, iso } from './dates.js';

export interface Found {
  text: string;
  line: Line;
  startColumn: number;
  endLine: Line;
  /** Column just after the text on `endLine`, when it ends before that line does (a sentence inside a paragraph). */
  endColumn?: number;
  /** Found by its wording alone, no label: in a notice such a sentence proposes ("… godkjennes."), decides nothing. */
  unlabelled?: boolean;
}

export interface FoundAction extends Found {
  responsible: string | null;
  due: string | null;
}

// "Vedtak:", and a body's own: "Styrets vedtak:", "Kommunestyrets vedtak:" (not "Forslag til vedtak:"). The vote may
// stand in brackets before the colon ("Vedtak (enstemmig):", "Konklusjon (mot 2 stemmer):").
const LABEL = latinRegExp(
  `^(?:${tolerantAlternation(words.labels)}|\\p{Lu}\\p{L}+s\\s+vedtak)(?:\\s*\\([^()]{1,40}\\)(?=\\s*:))?\\s*(?::\\s*(.*)|\\.\\s+(\\S.*))$`,
  'i',
);
// The proposal's owner ("Styrets", "Kommunedirektøren sitt"), if named, in group 1 or 2: only its own proposal adopted adopts it.
/** A label that names its owner itself ("Administrasjonens forslag", "Saksbehandlers forslag"): the owner, as ADOPTED reads it. */
const OWNER_IN_LABEL = latinRegExp(String.raw`^(\p{L}+)s\s`);
const PROPOSAL = latinRegExp(`^(?:(\\p{L}+)s\\s+|(\\p{L}+)\\s+(?:sitt|si|sin)\\s+)?(?:${tolerantAlternation(words.proposalLabels)})\\s*:`, 'i');
/** "Styret fattet følgende enstemmige vedtak:", "Det ble fattet slikt vedtak": the decision is the paragraph after it. */
const DECISION_INTRO = latinRegExp(
  `^(?:[\\p{L}-]+\\s+){1,4}(?:(?:${tolerantAlternation(words.decisionIntro.verbs)})\\s+(?:${tolerantAlternation(words.decisionIntro.determiners)})\\s+(?:\\p{L}+\\s+)?vedtak\\s*:?|(?:vedtok|vedtek|gjorde\\s+vedtak)\\s*:)\\s*$`,
  'i',
);
/**
 * "Enstemmig vedtatt.", "Innstillingen ble vedtatt", "Forslaget vart samrøystes vedteke", "Styrets innstilling enstemmig
 * vedtatt": the proposal adopted as it stands. An owner named ("Styrets", "Kommunedirektøren sitt") is in group 1 or 2.
 */
const ADOPTED = latinRegExp(words.adoptions, '');
/** "Ingen andre forslag fremkom.": the proposal's text has ended; its vote may follow. */
const NO_OTHER_PROPOSALS = latinRegExp(words.noOtherProposals, '');
// Tested against the lower-cased sentence, without the 'i' flag: case-insensitive patterns with
// æ/ø/å are expensive for V8 to compile, and the vocabulary is written in lower case.
const SENTENCES = words.sentences.map((s) => latinRegExp(s));
const NOT = words.notDecisions.map((s) => latinRegExp(s));
/** "… - godkjent", "… — utsettes til neste møte": the outcome a heading gives after a dash, a verdict and nothing more. */
const TITLE_OUTCOME = latinRegExp(words.titleOutcomes, 'i');

export function isTitleOutcome(s: string): boolean {
  return TITLE_OUTCOME.test(s.trim());
}

/** A setext underline (Markdown, reStructuredText) under a heading. */
const UNDERLINE = /^\s*(?:-{3,}|={3,}|~{3,})\s*$/;
/** "Votering: Vedtatt": the outcome after a vote label reads as a sentence of its own (anchored patterns included). */
const VOTE_LABEL = latinRegExp(`^(?:${tolerantAlternation(words.voteLabels)})\\s*:\\s*`);
const ACTION = latinRegExp(`\\b(${tolerantAlternation(words.actionLabels)})\\s*:\\s*`, 'gi');

/** "… Ansvar: Svein": a line that assigns an action (never an agenda heading). ACTION is global: start afresh. */
export function hasActionLabel(text: string): boolean {
  // A label has its colon: most lines have none, and the pattern is large.
  if (!text.includes(':')) return false;
  ACTION.lastIndex = 0;
  const found = ACTION.test(text);
  ACTION.lastIndex = 0;
  return found;
}

/** "Vedtak: …", "Konklusjon: …": a line that records a decision (never an agenda heading). */
export function hasDecisionLabel(text: string): boolean {
  return LABEL.test(text);
}

/** "Forslag til vedtak:", "Innstilling:": a proposal's label opens the text. */
export function hasProposalLabel(text: string): boolean {
  return PROPOSAL.test(text);
}

/**
 * The points of a list from line `from` on: each bullet with the lines that go on from it and the points under it.
 * A list is tight (no blank lines between its points) or loose (a blank line between every two); a blank line in a
 * tight list, or a tight run after a loose start, ends it there: what follows may be the meeting's actions.
 * `end`: the index after the points taken.
 */
function bulletedPoints(lines: Line[], from: number): { found: Found[]; end: number } {
  const points: Array<{ found: Found; end: number; blankAfter: boolean }> = [];
  const indent = lines[from]!.indent;
  let j = from;
  while (j < lines.length) {
    const first = lines[j]!;
    if (!first.bullet || first.indent !== indent) break;
    let text = first.text;
    let endLine = first;
    // The lines that go on from the point, and the points under it (indented deeper), are the point.
    for (j++; j < lines.length && !lines[j]!.blank && (!lines[j]!.bullet || lines[j]!.indent > indent); j++) {
      text += ` ${lines[j]!.text}`;
      endLine = lines[j]!;
    }
    const next = lines[j + 1];
    const blankAfter = !!lines[j]?.blank && !!next?.bullet && next.indent === indent;
    points.push({ found: { text, line: first, startColumn: first.column, endLine }, end: j, blankAfter });
    if (blankAfter) j++;
  }
  // Gaps between points: all blank or none, as the first one sets. A tight run after a loose start is a list of its
  // own (from the point that opens it); a blank gap in a tight list ends it at the point before the gap.
  const loose = points[0]?.blankAfter ?? false;
  let keep = points.length;
  for (let k = 1; k < points.length - 1; k++) {
    if (points[k]!.blankAfter !== loose) {
      keep = loose ? k : k + 1;
      break;
    }
  }
  const taken = points.slice(0, keep);
  return { found: taken.map((p) => p.found).filter((f) => f.text), end: taken.length ? taken[taken.length - 1]!.end : from };
}

/** How much of a (lower-cased) sentence a vote label takes: "votering: " in "votering: vedtatt"; 0 without one. */
function voteLabelLength(lower: string): number {
  return VOTE_LABEL.exec(lower)?.[0].length ?? 0;
}

/** Word stems every decision pattern contains: sentences without one are not tested (nor the patterns compiled). */
const STEMS = /godkj|vedt|anses| ok|konklu|vald|valg|valt|velg|vel |samrøyst|vitande|slutt|enstem|einstem|oriente|etterretn|akklam|flertal|innvil|avsl|konstit|enig|innvend|invend|innsig|merknad|vinner|forslag|falt|faller|igjennom|leder|leiar|kasser|sekret|styremedlem|revisor|sit |sitter|fortsett|utsatt|utsett|fastsat|fastset|tiltr|vedtok|vedtar|besluttet|bestemt|votering|håndsopp|loddtrek|attval|sett|satt|nedsat|oppretta|bevilg|løyv|avtal|kjøp|endr|juster|rett|korriger|oppdater|supple|semj|einig|einskap|kom til at|kom fram til at|kjem til at|kjem fram til at|kommer til at|kommer fram til at/;

export function isDecisionSentence(s: string): boolean {
  const t = s.trim();
  if (t.length < 4 || t.length > 400) return false;
  // "énstemmig", "én": an accent set for stress, read as the plain letter.
  // A date's or an ordinal's full stop ("møte 29. august 2017, godkjennes") ends no sentence.
  const full = t.toLowerCase().replace(/é/g, 'e').replace(/(\d)\.(?!$)/g, '$1');
  const lower = full.slice(voteLabelLength(full));
  if (!STEMS.test(lower)) return false;
  if (NOT.some((re) => re.test(lower))) return false;
  return SENTENCES.some((re) => re.test(lower));
}

/** The space after a sentence's end and before a capital, not after an initial ("Per A. Olsen"; global: exec from 0). */
const SENTENCE_BREAK = latinRegExp(String.raw`(?<=[.!?]\)?)(?<!(?:^|\p{Lu}\p{Ll}*\.?\s)\p{Lu}\.)\s+(?=[\p{Lu}«"(])`, 'g');

/**
 * Sentences of a line: split after . ! ? (or ".)") before a capital letter, a quotation or a parenthesis ("Vedtatt. (Sendt
 * på e-post.) Neste …"); never after a name's initial, a lone capital opening the line or after a capitalised word or
 * another initial ("Benthe K. Jansson blei valt …", "Kari A. B. Hansen"): "alternativ B. Alternativ A ble vedtatt." ends
 * after "B.".
 */
export function sentences(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  const re = SENTENCE_BREAK;
  re.lastIndex = 0;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(last, m.index), offset: last });
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last), offset: last });
  return out.filter((s) => s.text.trim());
}

/** A line under "Saksdokumenter:" that names a paper: short, no sentence, no label. */
const namesPaper = (l: Line): boolean =>
  !l.blank && !l.code && !/[!?:]$/.test(l.text) && l.text.split(/\s+/).length <= 12 && !hasVerbAfterFirst(l.text) && !LABEL.test(l.text) && !PROPOSAL.test(l.text) && !DECISION_INTRO.test(l.text);
/** A sentence ("Regnskapet ble godkjent."), not a paper's name ("Godkjent budsjett 2024."). */
const hasVerbAfterFirst = (text: string): boolean => verbAfterFirst(text.toLowerCase().split(/[\s,.]+/));
const DOCUMENTS_LABEL = latinRegExp(`^(?:${tolerantAlternation(words.documentLabels)})\\s*:$`, 'i');

export function findDecisions(lines: Line[]): Found[] {
  const out: Found[] = [];
  /** The width the item's lines are wrapped at, once asked. */
  let width: number | undefined;
  // A proposal ("Kommunedirektørens innstilling:", "Forslag til vedtak:") is not yet a decision: its paragraph is
  // held back. Adopted as it stands ("Enstemmig vedtatt." next), it becomes the decision, before the verdict.
  let proposal: { lines: Line[]; open: boolean; owner: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.code) continue;
    if (line.blank) {
      // A blank line after a lone "Forslag til vedtak:" does not end it; after its text it does.
      if (proposal?.lines.length) proposal.open = false;
      continue;
    }
    // "Saksdokumenter:" alone: the lines under it name papers ("Vedtatt årsplan for perioden 2014 - 2016"), up to a
    // sentence or a label ("Vedtak: Budsjettet godkjennes.", "Regnskapet ble godkjent.").
    if (DOCUMENTS_LABEL.test(line.text)) {
      let j = i + 1;
      if (lines[j]?.blank) j++;
      while (j < lines.length && namesPaper(lines[j]!)) j++;
      i = j - 1;
      continue;
    }
    const proposed = PROPOSAL.exec(line.text);
    if (proposed) {
      const rest = line.text.slice(proposed[0].length).trim();
      // The owner named before the label ("Styrets innstilling:"), or in it ("Administrasjonens forslag:").
      const owner = proposed[1] ?? proposed[2] ?? OWNER_IN_LABEL.exec(proposed[0])?.[1] ?? '';
      proposal = { lines: rest ? [{ ...line, text: rest, column: rawColumn(line, line.text.length - rest.length) }] : [], open: true, owner: owner.toLowerCase() };
      continue;
    }
    if (proposal) {
      // "Vedtak: Innstillingen ble enstemmig vedtatt." and "Votering: Enstemmig vedtatt." read the same as the verdict alone.
      const label = LABEL.exec(line.text);
      const said = (label ? (label[1] ?? label[2] ?? '') : line.text).trim();
      let verdict = said.toLowerCase();
      // "Ingen andre forslag fremkom.": the proposal's text has ended; its vote may follow, on this line or the next.
      const [firstSaid, ...restSaid] = sentences(said);
      if (firstSaid && NO_OTHER_PROPOSALS.test(firstSaid.text.toLowerCase())) {
        proposal.open = false;
        if (restSaid.length === 0) continue;
        verdict = said.slice(restSaid[0]!.offset).toLowerCase();
      }
      const verdictOf = ADOPTED.exec(verdict.slice(voteLabelLength(verdict)));
      // "Arbeiderpartiets forslag ble vedtatt" after "Rådmannens innstilling:": another proposal won; this one ends here.
      const owner = verdictOf?.[1] ?? verdictOf?.[2];
      const adopted = !!verdictOf && (owner === undefined || owner === proposal.owner);
      if (adopted && proposal.lines.length) {
        const first = proposal.lines[0]!;
        const last = proposal.lines[proposal.lines.length - 1]!;
        out.push({ text: proposal.lines.map((l) => l.text).join(' '), line: first, startColumn: first.column, endLine: last });
      }
      // A decision of its own ("Vedtak: …", "Styret fattet følgende vedtak:") ends the proposal, adopted or not.
      if (!adopted && !verdictOf && proposal.open && !label && !DECISION_INTRO.test(line.text)) {
        proposal.lines.push(line);
        continue;
      }
      proposal = null;
    }
    const next = lines[i + 1]?.raw;
    const underlined = !!next && UNDERLINE.test(next);
    // "### Vedtak", "**Konklusjon**", "Utfall" over "------": a label as a heading, its decision the paragraph under it.
    const headingLabel = (line.depth > 0 || line.strong || underlined) && !line.text.endsWith(':') ? LABEL.exec(`${line.text}:`) : null;
    const label = LABEL.exec(line.text) ?? DECISION_INTRO.exec(line.text) ?? (headingLabel && !headingLabel[1] ? headingLabel : null);
    if (label) {
      if (underlined) i++;
      // "Vedtak:" may stand alone; "Vedtak." needs its text on the line ("Vedtak. Godkjent.").
      const after = label[1] ?? label[2] ?? '';
      let text = after.trim();
      let startLine = line;
      // Like a vote label, "Vedtak:" is not part of the decision: its position starts at the text.
      let startColumn = rawColumn(line, line.text.length - after.trimStart().length);
      let endLine = line;
      if (!text) {
        // "Vedtak:" alone: the decision is the following paragraph (after a blank line, if one follows the label).
        const parts: string[] = [];
        let j = i + 1;
        if (lines[j]?.blank && lines[j + 1] && !lines[j + 1]!.blank) j++;
        // "Vedtak:" over "Et enstemmig fylkesutvalg vedtok:": the introduction is no decision; the paragraph after it is.
        if (lines[j] && !lines[j]!.code && DECISION_INTRO.test(lines[j]!.text)) {
          i = j - 1;
          continue;
        }
        // A list under the label is one decision a point ("Vedtak:" over "- Kjetil leder møtet." "- Møtene er digitale.").
        if (lines[j]?.bullet) {
          const points = bulletedPoints(lines, j);
          out.push(...points.found);
          i = points.end - 1;
          continue;
        }
        for (; j < lines.length && !lines[j]!.blank; j++) {
          parts.push(lines[j]!.text);
          endLine = lines[j]!;
        }
        text = parts.join(' ');
        i = j - 1; // those lines are the decision; they are not read again
        if (parts.length) {
          startLine = lines[i + 1 - parts.length]!;
          startColumn = startLine.column;
        }
      } else {
        // "Vedtak: Vi har fått ja fra kommunen" / "om at vi kan være der fra kl. 10.00.": a hard-wrapped decision
        // goes on on lines that start in lower case.
        while (i + 1 < lines.length && !lines[i + 1]!.blank && !lines[i + 1]!.code && startsLower(lines[i + 1]!.text) && !/[.!?]$/.test(text)) {
          text += ` ${lines[++i]!.text}`;
          endLine = lines[i]!;
        }
      }
      if (text) out.push({ text, line: startLine, startColumn, endLine });
      continue;
    }
    // A hard-wrapped paragraph ("… og dermed valgt til" / "møteleder."): its sentences are read across the lines.
    const run = [line];
    while (i + 1 < lines.length && continuesSentence(run[run.length - 1]!, lines[i + 1]!, (width ??= wrapWidth(lines)))) run.push(lines[++i]!);
    const starts: number[] = [];
    let joined = '';
    for (const l of run) {
      if (joined) joined += ' ';
      starts.push(joined.length);
      joined += l.text;
    }
    // The line a place in the joined text is on, and its offset there (asked in order: the cursor only moves on).
    let k = 0;
    const at = (offset: number): { line: Line; offset: number } => {
      while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
      return { line: run[k]!, offset: offset - starts[k]! };
    };
    for (const s of sentences(joined)) {
      if (!isDecisionSentence(s.text)) continue;
      // "Votering: Vedtatt": like "Vedtak:", the label is not part of the decision's text.
      const text = s.text.trim();
      const label = voteLabelLength(text.toLowerCase());
      const cut = label < text.length ? label : 0;
      const lead = s.text.length - s.text.trimStart().length;
      const start = at(s.offset + lead + cut);
      const end = at(s.offset + lead + text.length - 1);
      out.push({
        text: text.slice(cut),
        line: start.line,
        startColumn: rawColumn(start.line, start.offset),
        endLine: end.line,
        endColumn: rawColumn(end.line, end.offset + 1, 'end'),
        ...(cut === 0 ? { unlabelled: true } : {}),
      });
    }
  }
  return out;
}

/** "5.2 CYBs søknad …", "b) Budsjett": a numbered heading, whose title the outcome under it does not go on from. */
const NUMBERED = latinRegExp(String.raw`^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\p{L}[.)])\s`);

/**
 * Whether `next` goes on with the sentence `line` left open, as in a hard-wrapped paragraph: `next` starts in lower
 * case and is no new point or label; `line` is no heading, title or short line ("Søknad fra CYB" / "innvilget"), and
 * ends without a full stop or colon.
 */
function continuesSentence(line: Line, next: Line, width: number): boolean {
  if (next.blank || next.code || next.bullet || !startsLower(next.text) || /[.!?:]$/.test(line.text)) return false;
  // Wrapped, the next line's first word would not have fitted on this one; where it would have, the writer broke the
  // line ("… ble vedtatt uten endringer" / "e-post med budsjettet sendes …": a new sentence in lower case).
  // The width is the longer of the two lines (an item's other lines may be longer or shorter paragraphs), at most the
  // item's: a wrapped line's next word would not have fitted in it.
  const length = line.raw.trimEnd().length;
  const local = Math.min(width, Math.max(length, next.raw.trimEnd().length));
  if (length + 1 + next.text.split(/\s/, 1)[0]!.length <= local) return false;
  if (line.depth > 0 || line.strong || line.raw.trim().length < 30 || NUMBERED.test(line.text)) return false;
  return !LABEL.test(next.text) && !PROPOSAL.test(next.text) && !DECISION_INTRO.test(next.text);
}

export function findActions(lines: Line[], year: number | null): FoundAction[] {
  const out: FoundAction[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    if (line.blank || line.code) continue;
    const prior = previous;
    previous = line;
    if (!line.text.includes(':')) continue;
    ACTION.lastIndex = 0;
    const m = ACTION.exec(line.text);
    if (!m) continue;
    const before = line.text.slice(0, m.index).trim();
    const after = line.text.slice(m.index + m[0].length).trim();
    const kind = m[1]!.toLowerCase();
    let responsible: string | null = null;
    let due: string | null = null;
    if (/^frist/.test(kind)) {
      const d = findDates(after)[0];
      due = d ? (d.year ? iso({ day: d.day, month: d.month, year: d.year }) : year ? iso({ day: d.day, month: d.month, year }) : after) : after || null;
    } else {
      responsible = after.split(/\s*[.,;]?\s*\bfrist\b/i)[0]!.replace(/[.;,]+$/, '').trim() || null;
      const frist = /frist\s*:?\s*(.+)$/i.exec(after);
      if (frist) {
        const d = findDates(frist[1]!)[0];
        due = d && d.year ? iso({ day: d.day, month: d.month, year: d.year }) : frist[1]!.trim();
      }
    }
    // The action is the sentence before the label — on the line, or ending the line before
    // ("… tilbudet fra Takservice AS." / "Ansvar: Jon Berg") — or the text after "Oppfølging: …".
    const source = before || (/^(ansvar|frist)/.test(kind) && prior ? prior.text : '');
    const sents = sentences(source);
    // A parenthesis after the sentence ("(Klagen sendt 13.4).") is a note on that action, not the action.
    let from = sents.length - 1;
    while (from > 0 && sents[from]!.text.startsWith('(')) from--;
    const text = sents.length ? source.slice(sents[from]!.offset).trim() : after;
    out.push({ text: text || after, line, startColumn: line.column, endLine: line, responsible: /^(ansvar|utføres|følges)/.test(kind) ? responsible : null, due });
  }
  return out;
}
