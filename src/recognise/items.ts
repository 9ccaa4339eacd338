/**
 * Agenda items (saker): numbered headings ("1.", "Sak 3", "Sak 46/11:", "PS 12/24", "Punkt 2",
 * "### 196 …", "01/2016 …"), the main numbering chosen as the longest increasing run; numbers lost
 * to OCR reconstructed from the UPPERCASE headings between; unnumbered agendas from headings.
 */
import { columnRuns } from '../segment/column-run.js';
import { alternation, ARCHIVE_NUMBER, CASE_TITLE_GAP, latinRegExp, PART_CASE, S_CASE_NUMBER, startsUpper } from '../vocab/patterns.js';
import { rawColumn, type Line } from '../segment/line.js';
import { hasDecisionLabel, isDecisionSentence, isTitleOutcome, sentences } from './decisions.js';
import { labels } from './vocab.js';
import { readsAsStatement, verbAfterFirst } from './sentence-verbs.js';
import itemWords from '../vocab/items.json' with { type: 'json' };
import calendar from '../vocab/calendar.json' with { type: 'json' };

export interface ItemHead {
  line: Line;
  number: string;
  numberInferred: boolean;
  title: string;
  /** Extra text on the heading line after the title ("Sak 1: Title: rest"). */
  rest: string;
  /** A title on the next line ("Sak 1 18/19" / "Konstituering"): that line is part of the heading. */
  titleLine: Line | null;
  style: string;
  value: number;
  /** An agenda entry left in its list: no heading in the body took it up, so it holds no lines of its own. */
  listed?: boolean;
  /** Where the head starts on its line (as Line.column), when not where the line does: a column run's numbers. */
  column?: number;
  /** The one case of a case paper (saksframlegg), its sections under it (document.ts casePaper). */
  casePaper?: boolean;
}

const PREFIX = alternation(itemWords.numberPrefixes);
const KEPT_PREFIXES = new Set(itemWords.keptPrefixes);
/** The series a council numbers beside its cases for decision (items.json parallelSeries: RS, OS, DS). */
const PARALLEL_SERIES = new Set(itemWords.parallelSeries);
const MONTH_START = new RegExp(`^(?:${Object.keys(calendar.months).join('|')})\\b`, 'i');
/** A day and its month, perhaps its year, then what follows ("17 mai (bod på Nesttun)"). */
const DAY_MONTH_START = new RegExp(`^\\d{1,2}\\.?\\s*(?:${Object.keys(calendar.months).join('|')})(?![a-zæøå])\\.?\\s*(?:\\d{4})?[\\s,]*(.*)$`, 'i');
/** A title that opens with a date and names a matter after it ("17 mai (bod på Nesttun)"); a date alone, or its clock, is a list of dates ("12. mars", "14. mai kl. 18"). */
function opensWithDatedMatter(body: string): boolean {
  const rest = DAY_MONTH_START.exec(body)?.[1];
  return rest !== undefined && /^(?:\(|[A-Za-zÀ-ÖØ-öø-ÿ]{3,})/.test(rest) && !/^(?:kl|klokka|klokken)\b/i.test(rest);
}
/** "Sak STY 29/03 …": case-sensitive, so that the code is capitals and not a word ("Sak om 12 …"). */
const SAK_CODE_RE = latinRegExp(String.raw`^(?:Sak|SAK|Saksnr\.?|SAKSNR\.?)\s+(\p{Lu}{2,5})\s+(\d{1,4}\s*\/\s*\d{2,4})(?!\d)\s*[:.)–-]?\s*(.*)$`);
/**
 * "Sak 3", "Sak 46/11", "Sak nr. 1.2010" (case and year), "Sak 24-01" or "Sak 45-22" (year and case, or case and
 * year: the document decides, see document.ts yearFirst), "SAK NR 017-2019" (case and year), "Sak 80 (2017-18):" (the
 * season in parentheses is left out).
 */
const SAK_RE = new RegExp(
  `^(${PREFIX})\\.?\\s*(?:nr\\.?\\s*)?(\\d{1,4}(?:(?:[./]\\d{1,2})?\\s*/\\s*\\d{2,4}|\\.(?:19|20)\\d{2}(?=[\\s:–-])|-(?:(?<!\\d{4}-)(?:19|20)\\d{2}(?=[.:\\s]|$)|\\d{2}(?=[.:\\s])))?(?:\\s+\\d{2}/\\d{2})?)(?![\\d])(?:\\s*\\(\\d{2,4}[-–/]\\d{2,4}\\))?\\s*[:.)–-]?\\s*(.*)$`,
  'i',
);
const CODE_YEAR_CASE = latinRegExp(String.raw`^(\p{Lu}{2,4})\s+(\d{2})-(\d{1,3})\s+([\p{Lu}«"].*)$`);
/**
 * A body's code joined to the case number, kept as written: "KO-10/12 Årsmelding" (kontrollutvalet), "FU-12/24 …", and
 * "AMU-sak 3/12 …", "FSK-sak 4/24 …" (the code before "sak"; "V-SAK 1" and the like are numberPrefixes). A capitalised
 * title after it (checked in numberedHead, after the archive's case number a saksliste table may put first).
 */
const CODE_CASE = latinRegExp(String.raw`^(\p{Lu}{1,5}-\d{1,3}\/\d{2,4}|\p{Lu}{2,5}-(?:sak|SAK|Sak)\s+\d{1,3}\/\d{2,4})(?!\d)\s*[:.]?\s+([\p{Lu}«"\d].*)$`);

// Up to three digits bare ("196 Title"), four with a dot ("1000. Title"); years are not numbers.
// "81: Godkjenning av referat": a colon after the number, then a capital.
const NUM_RE = latinRegExp(String.raw`^(\d{1,3}(?=[.):\s])|\d{4,5}(?=[.)]))(?:[.)]\s*|:\s+(?=\p{Lu})|\s+(?=\p{Lu}|\())(?!\d)(.*)$`);
/** "Sak 2006/06 " before an item's title: the case number the archive filed it under. */
const FILED_CASE = latinRegExp(String.raw`^(?:Sak|SAK|Saksnr\.?|Arkivsak)\s+\d{1,4}\/\d{2,4}\s+(?=\p{Lu})`);
/**
 * "56/09 09/810 GODKJENNING AV PROTOKOLL", "PS 12/24 24/00123-2 Budsjett": a saksliste table's column of archive case
 * numbers between the item's case number and its title (a PDF transcript may keep only "14/" of it). No part of the title.
 * The archive's own number has three digits or more: "2024/25 Terminliste", "24/7 Tilgang" are the title's.
 */
const ARCHIVE_REF = latinRegExp(String.raw`^${ARCHIVE_NUMBER}\s+(?=[\p{Lu}«"])`);
const withoutArchiveRef = (number: string, title: string): string => (number.includes('/') ? title.replace(ARCHIVE_REF, '') : title);
/** "2. vara", "1. nestleder": a rank in a list of people, not an item. */
const RANK = /^(?:vara|varamedlem|varamann|nestleder|nestleiar|kandidat|plass)\b/i;
/** "S 7.1/07 …", "S 1/3/19 - …": case-sensitive, a capital S alone and a number with its year (never "S 12 …", a page). */
const S_CASE_RE = latinRegExp(`^${S_CASE_NUMBER}${CASE_TITLE_GAP}([\\p{Lu}«"].*)$`);
/** A page number (one to three digits) before a case number and its capitalised title. */
const PAGE_BEFORE_CASE = latinRegExp(String.raw`^\d{1,3}\s+(?=\d{1,3}\/\d{2,4}\s+\p{Lu})`);
/** "12/24 Budsjett", "01/23-24 Innkommen post" (a case in a season). */
const CASE_RE = latinRegExp(String.raw`^(\d{1,3}\/\d{2,4}(?:[-/]\d{2,4})?)\s+([\p{Lu}\d«"(].*)$`);
/** A title's first character: a capital or a quotation mark. */
export const CAPITAL_OR_QUOTE_FIRST = latinRegExp(String.raw`^[\p{Lu}«"]`);
/** The word (or year) that ends a title's sentence. */
const LAST_WORD = latinRegExp(String.raw`(\p{L}[\p{L}.]*|(?<!\d)(?:19|20)\d\d)[.!?]$`);
const NOT_LETTER = latinRegExp(String.raw`[^\p{L}]`, 'g');
const NOT_CAPITAL = latinRegExp(String.raw`[^\p{Lu}]`, 'g');
const CASE_ALONE = /^\s*\d{1,3}\/\d{2,4}(?:[-/]\d{2,4})?\s*$/;
/** A word no title ends with ("Resultatene fra"): the title goes on on the next line. */
const OPEN_END = new RegExp(`(?:^|\\s)(?:${alternation(itemWords.openWords)})$`, 'i');
/** A finite verb (labels.json finiteVerbs) as a word of its own: a sentence, no title. */
export const FINITE_VERB = new RegExp(`(?:^|\\s)(?:${labels.finiteVerbs.join('|')})(?=\\s|$)`, 'i');
/** A line that ends a sentence or holds a finite verb ("Økonomien er god."): no title. */
const readsAsSentence = (text: string): boolean => /[.!]$/.test(text) || FINITE_VERB.test(text);
/** "1." or "2)" alone on its line. */
const NUM_ALONE = /^\s*\d{1,2}[.)]\s*$/;
/** "07 – 2022    Gjennomgang av årsmelding": a case number with a dash and a four-digit year, then a capitalised title. */
const DASHED_CASE_RE = /^(\d{1,3})\s*[–-]\s*((?:19|20)\d{2})\s+([A-ZÆØÅ].*)$/;
/**
 * After "Sak" the year may have two digits ("Sak 21 – 19    Godkjenning …"), set as a case system sets it: spaces around
 * the dash, and a column's gap before the title ("Sak 12 – 15 Referatsaker" is a range of cases). A four-digit year
 * needs neither ("Sak 07-2022 Årsmelding": no range runs to a year).
 */
const SAK_DASHED_RE = /^(?:[Ss]ak|SAK|[Ss]aksnr\.?|SAKSNR\.?)\s+(\d{1,3}(?:\s+[–-]\s+\d{2}(?=\s{2,}|\t)|\s*[–-]\s*(?:19|20)\d{2}(?=\s)))\s+([A-ZÆØÅ].*)$/;
const CLOSING = new RegExp(`^(?:${alternation(itemWords.closingItems)})[.:]?$`, 'i');
const NOT_TITLE = new RegExp(`^(?:${alternation(itemWords.notTitles)})\\b`, 'i');
/** "Vi kjører pause i 30min", "Pause": a break in the meeting, noted in its log, is no agenda item. */
const BREAK = latinRegExp(`(?<![\\p{L}])(?:${alternation(itemWords.breaks)})(?![\\p{L}])`, 'i');

export function isBreakNote(text: string): boolean {
  return BREAK.test(text);
}

export function isClosingItemTitle(s: string): boolean {
  return CLOSING.test(s.trim());
}

/** Cuts "Title: rest" when the title part is short and the rest starts with a word. */
const TITLE_REST = latinRegExp(String.raw`^(.{2,60}?):\s+(?=\p{L})(.*)$`);
const TITLE_SEMICOLON = latinRegExp(String.raw`^([^;]{2,60}?);\s*(?=\p{L})(.*)$`);

/** `cased`: the heading has a case number ("43/15 …"), whose titles may run on after a colon (isSubtitle). */
function splitTitle(text: string, cased = false): { title: string; rest: string } {
  const m = TITLE_REST.exec(text);
  // "Kun én gang: Hvordan kommer vi dit?": a short question after the colon is the title's own second part.
  if (m && m[1]!.split(/\s+/).length <= 8 && !SUBTITLE_QUESTION.test(m[2]!) && !(cased && isSubtitle(m[1]!, m[2]!))) return { title: m[1]!.trim(), rest: m[2]!.trim() };
  // "Smøråsspretten; Datoen er satt til 12.april.": a semicolon, then what was said, sentences of four words or more
  // ("Forvaltningsrevisjonsrapport; Oppfølging og etterlevelse av klima- og energiplanen" is one title).
  const s = TITLE_SEMICOLON.exec(text);
  if (s && s[1]!.split(/\s+/).length <= 8 && s[2]!.trim().split(/\s+/).length >= 4 && /[.!?]$/.test(s[2]!.trim())) return { title: s[1]!.trim(), rest: s[2]!.trim() };
  return { title: text, rest: '' };
}

/**
 * "43/15 Ny behandling: Felles brannvesen i Indre Østfold - Indre Østfold brann og redning IKS", "3/2009
 * Forvaltningsrevisjonsrapport: Økonomiplanlegging, rapportering og styring": in a case list, what follows the colon
 * names the matter too — capitalised, no sentence (no finite verb, no closing stop), no outcome, no label — and the
 * title is the whole line. Not in informal minutes: "1. Resultat fra konserten: Omsatt for 96’, overskudd ca 21’".
 */
function isSubtitle(head: string, rest: string): boolean {
  const r = rest.trim();
  // A colon inside parentheses ("Idrettsskole (Saksansvarlige: Kine og Ella)"): the bracket goes on to its close.
  if (head.split('(').length > head.split(')').length && /^[^()]*\)(?:\s+\S+){0,3}$/.test(r)) return true;
  const words = r.toLowerCase().split(/\s+/);
  return (
    CAPITAL_OR_QUOTE_FIRST.test(r) && !/[.!?]$/.test(r) && words.length <= 12 && !verbAfterFirst(words, true) && !isDecisionSentence(r) &&
    !isTitleOutcome(r) && !hasDecisionLabel(r) && !hasDecisionLabel(`${head}:`) && !/:/.test(r) && !isClosingItemTitle(head) && !/^ingen\b/i.test(r)
  );
}

const TOPIC_THEN_CLAUSE = latinRegExp(String.raw`^([\p{Lu}][^,.:;!?]{1,39}?),\s+(\S.*)$`);
/**
 * "Catskiing i Vang – vi følger med i …", "Årsmøte – dato og program – Av hensyn til … må årsmøtet holdes før 20. mars.":
 * informal minutes' title, a dash, then what was said of it. Cut at the first dash that a sentence follows (a verb of
 * minutes in its first clause, or a subject such as "Vi" or "Styret" and more); a dash inside the title ("Årsmøte – dato
 * og program", "Runde rundt bordet - Orientering om …") is followed by none, nor a question ("– hvem andre?").
 */
function titleThenDashedText(text: string): { title: string; rest: string } | null {
  const dash = /\s[–-]\s/g;
  for (let m = dash.exec(text); m; m = dash.exec(text)) {
    const title = text.slice(0, m.index).trim();
    // Past ten words it is no title: stop (each dash read once, not the line again per dash).
    if (title.split(/\s+/).length > 10) return null;
    const rest = text.slice(m.index + m[0].length).trim();
    const clause = rest.slice(0, 200).split(/(?<=[.!?])\s|\s[–-]\s/)[0]!;
    const words = clause.toLowerCase().split(/[\s,]+/).filter(Boolean);
    // A sentence of its own opens with a capital or a subject and has its verb after its first word ("vi følger med",
    // "Styret ser på tilbud"); not "Lager og bod", "Referatet fra forrige møte", "vedtatt budsjett må revideres" (goes on
    // with the title), nor a question ("– hvem andre?").
    const opens = startsUpper(clause) || SENTENCE_SUBJECTS.has(words[0] ?? '');
    if (opens && !/\?\s*$/.test(clause) && verbAfterFirst(words) && !isClosingItemTitle(title)) return { title, rest };
  }
  return null;
}

/** A clause that says what was done: a verb of minutes among its first four words, no name set off by commas first ("Berit Krogh, la fram …"). */
function saysWhatWasDone(clause: string): boolean {
  if (APPOSITIVE_NAME.test(clause) || /\?\s*$/.test(clause)) return false;
  return verbAfterFirst(clause.toLowerCase().split(/[\s,]+/).filter(Boolean).slice(0, 4));
}
const APPOSITIVE_NAME = latinRegExp(String.raw`^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}.]*){0,3},`);
const SENTENCE_SUBJECTS = new Set([...itemWords.sentenceSubjects, ...labels.documentMentions]);

/** Short forms whose full stop ends no sentence ("vedr.", "mm."). */
const ABBREVIATIONS = new Set(itemWords.abbreviations.map((w) => w.toLowerCase()));
/** A question's first word ("Hvordan", "Kven"): after a short title, a question is still part of it. */
const QUESTION_START = latinRegExp(`^(?:${alternation(itemWords.questionWords)})(?![\\p{L}])`, 'i');

/**
 * A heading in capitals before its text or its sub-items ("KONSTITUERING A) Valg av …", "INNKOMNE FORSLAG Det har ikke
 * kommet inn forslag"). A short word of capitals may be an acronym opening a title ("NTNU Samarbeid med skolen",
 * "BUFDIR Tilskudd til …"): after one, only sub-items or a statement (asked in code).
 */
const CAPITALS_THEN_TEXT = /^([A-ZÆØÅ]{4}[A-ZÆØÅ-]*(?:\s+[A-ZÆØÅ\d][A-ZÆØÅ\d-]*){0,12})\s+(?=[A-Za-zÆØÅæøå]\)\s|[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå])/;
/** An acronym's length at most: a single word of capitals this short needs sub-items or a statement after it. */
const ACRONYM_MAX = 6;
/** Short words that head an item all the same before a list or a remark with a comma ("VALG Valgkomiteens forslag, leder
 * Kari Nordmann"; "DUGNAD Plan for våren" is one title: items.json shortHeadings). */
const SHORT_HEADINGS = new Set(itemWords.shortHeadings);

/**
 * A heading line that holds a short title, then the item's text in sentences ("7. Valgkamp. Mulige utspill ble
 * diskutert.", "Sak 3 Et brev til styret fra Kari Nordmann. Styret kommer tilbake til saken."): the title is the first
 * sentence, when it is short (at most eight words) and what follows is not a question that goes with it
 * ("3. Hjemmesidene våre. Hvordan bruker vi disse i valgkampen").
 */
function titleThenText(text: string, cased = false): { title: string; rest: string } {
  const split = splitTitle(text, cased);
  if (split.rest) return split;
  // "KONSTITUERING A) Valg av møteleder …", "INNKOMNE FORSLAG Det har ikke kommet inn forslag …": a heading in capitals,
  // then its sub-items or its text in ordinary case (a page flattened by a PDF export).
  const capitals = CAPITALS_THEN_TEXT.exec(text);
  const after = capitals ? text.slice(capitals[0].length) : '';
  if (capitals && (/\s/.test(capitals[1]!) || capitals[1]!.length > ACRONYM_MAX || (SHORT_HEADINGS.has(capitals[1]!.toLowerCase()) && after.includes(',')) || /^[A-Za-zÆØÅæøå]\)/.test(after) || readsAsStatement(after))) {
    return { title: capitals[1]!, rest: after };
  }
  // "Konstituering, Leiar Torunn vart møteleiar", "Rekneskap, Grete presenterte": a topic of a word or three, a comma,
  // then what was done with it (a clause with a verb of minutes). A list of topics ("Budsjett, regnskap") has none.
  const topic = cased ? null : TOPIC_THEN_CLAUSE.exec(text);
  if (topic && topic[1]!.split(/\s+/).length <= 3 && saysWhatWasDone(topic[2]!)) return { title: topic[1]!, rest: topic[2]! };
  const dashed = cased ? null : titleThenDashedText(text);
  if (dashed) return dashed;
  // A meeting page's link names after the title ("… Saksframlegg Protokoll Video") are neither title nor text.
  const bare = withoutLinks(text);
  const parts = sentences(bare);
  if (parts.length < 2) return split;
  const title = parts[0]!.text.trim();
  const rest = bare.slice(parts[1]!.offset).trim();
  // A sentence ends after a word, not after a number ("1."), an initial ("Liv K.") or a short form ("vedr.", "mm.").
  // A year may end it too ("4. Budsjett 2025. Budsjettet ble vedtatt.").
  const last = LAST_WORD.exec(title)?.[1];
  if (!last || (title.endsWith('.') && (last.length < 2 || ABBREVIATIONS.has(last.toLowerCase())))) return split;
  // What follows is text: sentences (a full stop at its end) or a long one; a short phrase goes on with the title
  // ("Verdalsboka «Heimer og folk». Søknad om midler til utgivelse").
  const words = rest.split(/\s+/).length;
  // A one-word outcome is the item's text as well ("… og saksliste. Godkjent.").
  // A decision after its label is the item's text however short ("… 4. mars. Vedtak: Referatet godkjent. (Sjå …)").
  const isText = hasDecisionLabel(rest) || (/[.!?]$/.test(rest) ? words >= 2 || isTitleOutcome(rest) : words >= 8);
  // A question may run longer ("Skal koret dekke utgifter … i Lom?") when its answer follows it; another question after
  // it ("… på u.skulen? Eit eige styremøte om prøveordninga?") asks on: together they are the subject.
  // A longer first sentence is the title too when a statement follows it ("7. Valg av valberedning … fram til årsmøtet i
  // januar 2019. Det ble valgt Gro Nilsen …"): a numbered paragraph of minutes, named by its first sentence.
  const most = title.endsWith('?') && !parts[1]!.text.trim().endsWith('?') ? 15 : /[.!]$/.test(rest) && readsAsStatement(parts[1]!.text) ? 20 : 8;
  if (title.split(/\s+/).length > most || isQuestionAfterTitle(rest) || !isText) return split;
  return { title, rest };
}


/**
 * What follows a short title and goes with it: a question ("Hvordan bruker vi disse i valgkampen", "… i valkampen?"),
 * not a statement that opens with a question word ("Når det gjelder sommerfesten, ble det bestemt …").
 */
function isQuestionAfterTitle(rest: string): boolean {
  if (!QUESTION_START.test(rest)) return false;
  // An outcome after a dash ("… i valgkampen — utsettes til neste møte") is no part of the question.
  const asked = rest.split(/\s+[-–—]\s+/)[0]!;
  const parts = sentences(asked);
  if (parts[0]?.text.trim().endsWith('?')) return true;
  // One short sentence without a clause ("Hvordan bruker vi disse i valgkampen."): a question written without its mark.
  return parts.length === 1 && !asked.includes(',') && asked.split(/\s+/).length <= 10;
}

/** A question of a few words (five at most) and nothing after it; a longer one is the item's text. */
const SUBTITLE_QUESTION = /^[^\s.!?:]+(?:\s+[^\s.!?:]+){0,4}\?$/;

/** The first sentence of a line (decisions.ts's sentences()), when it is short enough to be a title (at most 20 words). */
function firstSentence(text: string): string | null {
  const sentence = sentences(text)[0]?.text;
  return sentence && sentence.split(/\s+/).length <= 20 ? sentence : null;
}

const LINK_WORDS = new Set(itemWords.linkLabels);

/** Two or more of a meeting page's link names ending a title ("Detaljregulering … Saksframlegg Protokoll Video") go. */
function withoutLinks(s: string): string {
  const words = s.trimEnd().split(' ');
  let k = words.length;
  while (k > 1 && LINK_WORDS.has(words[k - 1]!)) k--;
  return words.length - k >= 2 ? words.slice(0, k).join(' ') : s;
}

/** "Økonomi. Orienteringssak, Jørg": the kind of case and who brings it, after the title in a saksliste. */
const CASE_TYPE_TAIL = latinRegExp(`[.,]\\s+(?:${alternation(itemWords.caseTypes)})(?:\\s*,\\s*\\p{Lu}[\\p{L} .-]{0,40})?\\.?$`, 'i');

/** "(Vedlegg: Innkalling)", "(se vedlegg)", "(vedlagt)" after a title: a pointer to the papers, no part of it. */
const ATTACHMENT_TAIL = latinRegExp(String.raw`\s*\((?:se\s+|sjå\s+)?(?:vedlegg|vedlagt|vedlagd)(?:\s*:[^()]*|\s+\d+)?\)\.?$`, 'i');

export function cleanTitle(s: string): string {
  return withoutLinks(s)
    .replace(ATTACHMENT_TAIL, '')
    .replace(CASE_TYPE_TAIL, '')
    .replace(/\s*[-–—:]+\s*$/, '')
    .replace(/(?<!\b(?:evt|ca|bl\.a|mv|osv|etc|nr|jf))\.$/i, '')
    .replace(/^\s*[-–—:]\s*/, '')
    .trim();
}

function numericValue(number: string): number {
  const m = /(\d+)/.exec(number);
  return m ? Number(m[1]) : NaN;
}

/** A heading hard-wrapped by the export: long, unfinished, and the next line goes on in lower case. */
export function wrapsInto(text: string, next: Line): boolean {
  // "e Det stilles …" is an OCR-read bullet, not a continuation; "a. Herunder …" a lettered point under the item.
  return !next.blank && !next.bullet && text.length >= 45 && !/[.:!?]$/.test(text) && /^[a-zæøå]/.test(next.text) && !/^[a-zæøå](?:\s+[A-ZÆØÅ]|[.)]\s)/.test(next.text);
}

/**
 * The heads of a case table flattened column by column that the line starts with (segment/column-run.ts: reflow
 * made it a line of its own): each number with its title. Empty when the line is no such run.
 */
export function columnRunHeads(line: Line): ItemHead[] {
  if (!line.raw.includes('/')) return [];
  const run = columnRuns(line.raw)[0];
  if (!run?.titles || line.raw.slice(0, run.start).trim() !== '') return [];
  // Each item starts at its own number: the numbers stand in the line's text in order.
  let from = 0;
  return run.numbers.map((number, k) => {
    const at = indexOfNumber(line.text, number, from);
    from = at + 1;
    return { line, number, numberInferred: false, title: cleanTitle(run.titles![k]!), rest: '', titleLine: null, style: 'sak:case', value: numericValue(number), column: rawColumn(line, at) };
  });
}

/** Where `number` ("PS 41/14", written "PS41/14" too) stands in `text` from `from` on (0 when not found). */
function indexOfNumber(text: string, number: string, from: number): number {
  const at = text.indexOf(number, from);
  if (at >= 0) return at;
  const glued = text.indexOf(number.replace(' ', ''), from);
  return glued >= 0 ? glued : Math.min(from, text.length);
}

/** One numbered-heading candidate for a line, or null. */
export function numberedHead(line: Line, next: Line | undefined, following: readonly Line[] = []): ItemHead | null {
  if (line.blank || line.code) return null;
  const t = line.text;
  // "Sak STY 29/03 Godkjenning av innkalling": a body's code before the case number is part of the number.
  const coded = SAK_CODE_RE.exec(t);
  if (coded) {
    const number = `${coded[1]!} ${coded[2]!.replace(/\s*\/\s*/g, '/')}`;
    const { title, rest } = splitTitle(withoutArchiveRef(number, coded[3]!.trim()) || (next && !next.blank ? next.text : ''), true);
    const titleLine = coded[3]!.trim() ? null : next && !next.blank ? next : null;
    if (title) return { line, number, numberInferred: false, title: cleanTitle(title), rest, titleLine, style: 'sak:case', value: numericValue(number) };
  }
  // "Sak 21 – 19 Godkjenning …": a case number with a dash and a two-digit year, written as it stands.
  // Read on the raw line: the column's gap is what tells the year from a range, and the text has it collapsed.
  const dashed = SAK_DASHED_RE.exec(line.raw.trim());
  if (dashed) {
    const { title, rest } = splitTitle(dashed[2]!.replace(/\s+/g, ' '));
    const number = dashed[1]!;
    return { line, number, numberInferred: false, title: cleanTitle(title), rest, titleLine: null, style: 'case-dash', value: parseInt(number, 10) };
  }
  let m = SAK_RE.exec(t);
  if (m) {
    // Political case prefixes (PS, RS, OS …) are part of the number; "Sak"/"Punkt" are not.
    const prefix = KEPT_PREFIXES.has(m[1]!.toLowerCase()) ? `${m[1]!} ` : '';
    // "24-01" counts by its first part here; when every such number of the document shares it, by the second
    // (document.ts yearFirst).
    const number = prefix + m[2]!.replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ');
    // A range of cases ("Sak 5-10 Referatsaker") goes on from its last; a four-digit year ("017-2019") is none.
    const range = /^(\d+)-([1-9]\d{0,2})$/.exec(m[2]!);
    const value = range && Number(range[2]) > Number(range[1]) ? Number(range[2]) : numericValue(number);
    let body = withoutArchiveRef(number, m[3]!.trim());
    let titleLine: Line | null = null;
    const lead = !body && next && !next.blank ? firstSentence(next.text) : null;
    if (lead) {
      // "Sak 2." over "Det planlegges et samarbeidsmøte …. Tidspunkt ikke fastsatt.": the first sentence names it;
      // a line that holds more than that stays the item's text.
      body = lead;
      if (lead === next!.text) titleLine = next!;
    } else if (next && wrapsInto(body, next)) {
      body = `${body} ${next.text}`;
      titleLine = next;
    }
    const { title, rest } = titleLine ? splitTitle(body, number.includes('/')) : titleThenText(body, number.includes('/'));
    return { line, number, numberInferred: false, title: cleanTitle(title), rest, titleLine, style: `sak:${/\//.test(number) ? 'case' : 'n'}`, value };
  }
  // "1/2003" alone, its title on the next line: a table exported a cell to a line.
  if (CASE_ALONE.test(t) && next && !next.blank && CAPITAL_OR_QUOTE_FIRST.test(next.text) && !CASE_ALONE.test(next.text.trim()) && next.text.length <= 300) {
    const { title, rest } = splitTitle(next.text);
    return { line, number: t.trim(), numberInferred: false, title: cleanTitle(title), rest, titleLine: next, style: 'case', value: numericValue(t.trim()) };
  }
  // "S 7.1/07 Rekneskap", "S 2/3/19 - Møteplan": a decision case ("S", for sak) with its meeting's number, as written.
  m = S_CASE_RE.exec(t);
  if (m) {
    const { title, rest } = splitTitle(m[2]!, true);
    // "7.1/07" counts within its part, 7: by the 1 (prefixOf).
    const value = Number(PART_CASE.exec(m[1]!)?.[2] ?? numericValue(m[1]!));
    return { line, number: `S ${m[1]!}`, numberInferred: false, title: cleanTitle(title), rest, titleLine: null, style: 'sak:case', value };
  }
  // "2 47/15 Referatsaker": a PDF page's number before the case number that opens the page.
  m = CASE_RE.exec(t) ?? (PAGE_BEFORE_CASE.test(t) ? CASE_RE.exec(t.replace(PAGE_BEFORE_CASE, '')) : null);
  if (m) {
    const { title, rest } = splitTitle(withoutArchiveRef(m[1]!, m[2]!), true);
    return { line, number: m[1]!, numberInferred: false, title: cleanTitle(title), rest, titleLine: null, style: 'case', value: numericValue(m[1]!) };
  }
  m = DASHED_CASE_RE.exec(t);
  if (m) {
    // The number as written ("07 – 2022"); a style of its own, so such numbers chain only with each other.
    const { title, rest } = splitTitle(m[3]!);
    const number = t.slice(0, t.indexOf(m[2]!) + m[2]!.length);
    return { line, number, numberInferred: false, title: cleanTitle(title), rest, titleLine: null, style: 'case-dash', value: Number(m[1]) };
  }
  m = CODE_CASE.exec(t);
  // The title capitalised, after the archive's case number if the table gives one ("AMU-sak 3/12 12/912 ÅRSMELDING").
  const titled = m ? m[2]!.replace(ARCHIVE_REF, '') : '';
  if (m && CAPITAL_OR_QUOTE_FIRST.test(titled)) {
    const number = m[1]!.replace(/\s+/g, ' ');
    const { title, rest } = splitTitle(titled, true);
    return { line, number, numberInferred: false, title: cleanTitle(title), rest, titleLine: null, style: 'sak:case', value: numericValue(number) };
  }
  // "LM 21-1 Opning": a body's code, the year, the case ("landsmøte 2021, sak 1"), kept as written.
  m = CODE_YEAR_CASE.exec(t);
  if (m) {
    const { title, rest } = splitTitle(m[4]!);
    return { line, number: `${m[1]!} ${m[2]!}-${m[3]!}`, numberInferred: false, title: cleanTitle(title), rest, titleLine: null, style: 'code-case', value: Number(m[3]) };
  }
  // "1." alone, its title on the next line: a table's number column exported a cell to a line ("Sak / Innhold /
  // Behandling" over "1." / "Godkjenning av referat").
  // A sentence under the number is a point of a list inside an item ("1." / "Medlemstallet har økt."), no title.
  if (NUM_ALONE.test(t) && next && !next.blank && !next.bullet && CAPITAL_OR_QUOTE_FIRST.test(next.text) && !NUM_ALONE.test(next.text) && next.text.length <= 120 && line.depth === 0 && !readsAsSentence(next.text)) {
    // The cell wrapped in a narrow column: a title does not end in "fra", "av", "til" ("Resultatene fra" / "Ungdata").
    let text = next.text;
    let last = next;
    for (const l of following) {
      if (!OPEN_END.test(text) || l.blank || l.bullet || l.text.length > 60 || readsAsSentence(l.text)) break;
      text = `${text} ${l.text}`;
      last = l;
    }
    const { title, rest } = splitTitle(text);
    const number = t.trim().replace(/[.)]$/, '');
    return { line, number, numberInferred: false, title: cleanTitle(title), rest, titleLine: last, style: 'num', value: Number(number) };
  }
  m = NUM_RE.exec(t);
  if (m) {
    const body = m[2]!.trim();
    // "17. mai" is a date, not item 17; "2. vara" is a rank. A title may open with a date ("7. 17 mai (bod på Nesttun)").
    if (!body || MONTH_START.test(body) || (/^\d/.test(body) && !opensWithDatedMatter(body)) || RANK.test(body)) return null;
    // "1 Velkommen" without a dot: its own style, which must win on its own as a run.
    const bare = !/[.)]/.test(t.slice(m[1]!.length, m[1]!.length + 1)) && line.depth === 0 && !line.strong;
    // A heading hard-wrapped by the export continues on the next line in lower case.
    let titleLine: Line | null = null;
    // "3. Sak 2006/06 Patronat-festen": the case's number in the archive is no part of the title.
    let text = body.replace(FILED_CASE, '');
    if (next && wrapsInto(body, next)) {
      text = `${text} ${next.text}`;
      titleLine = next;
    }
    const { title, rest } = titleLine ? splitTitle(text) : titleThenText(text);
    return {
      line,
      number: m[1]!,
      numberInferred: false,
      title: cleanTitle(title),
      rest,
      titleLine,
      style: bare ? 'num-bare' : 'num',
      value: Number(m[1]),
    };
  }
  return null;
}

/** A heading without a number: Markdown heading, bold line, or UPPERCASE line. */
export function isHeadingLike(line: Line): boolean {
  if (line.blank || line.code) return false;
  const t = line.text;
  if (t.length < 2 || t.length > 120) return false;
  if (line.depth > 0 || line.strong) return true;
  return isUpperHeading(t);
}

export function isUpperHeading(t: string): boolean {
  const letters = t.replace(NOT_LETTER, '');
  if (letters.length < 4) return false;
  const upper = letters.replace(NOT_CAPITAL, '').length;
  return upper / letters.length > 0.85 && t.split(/\s+/).length <= 14 && !/[.!?]$/.test(t);
}

/**
 * The main numbering: among candidate heads of each style, the longest run whose numbers rise by
 * one (small gaps allowed), at the outermost indentation.
 */
const MAX_STARTS = 64;

/** "Vedtakssaker", "Orienteringssaker:": a heading under which the numbering of items may start again. */
const SECTION_HEADING = new RegExp(`^(?:${alternation(itemWords.sections)})\\s*:?$`, 'i');
export function isItemSection(text: string): boolean {
  return SECTION_HEADING.test(text.trim());
}
/**
 * "V-SAK", "O-SAK", "Sak": what stands before an item's number; for a case numbered within its part of the agenda
 * ("S 7.1/07" … "S 8.1/07": decision cases 7, information cases 8), the part's number too ("s 7.").
 */
function prefixOf(number: string): string {
  // By character code where it can be: most numbers are one or two characters ("1", "12"), stored one byte a
  // character whatever the document (see segment/lines.ts blankLine).
  const part = number.includes('/') ? PART_CASE.exec(number) : null;
  const firstDigit = indexOfDigit(number);
  if (part && indexOfDigit(number.slice(0, part.index)) < 0) return `${number.slice(0, part.index)}${part[1]!}.`.trim().toLowerCase();
  return (firstDigit < 0 ? number : number.slice(0, firstDigit)).trim().toLowerCase();
}

function indexOfDigit(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}

/**
 * The agenda's items: the longest run of rising numbers of one style. The numbering may start again in a new
 * section: under another prefix ("V-SAK 1, V-SAK 2, O-SAK 1") or under a section heading ("Orienteringssaker"),
 * which `sectionBefore` tells.
 */
export function chooseChain(heads: ItemHead[], sectionBefore: (h: ItemHead) => string | null = () => null): ItemHead[] {
  const byStyle = new Map<string, ItemHead[]>();
  for (const h of heads) {
    const key = h.style === 'sak:case' ? 'case' : h.style;
    const list = byStyle.get(key) ?? [];
    list.push(h);
    byStyle.set(key, list);
  }
  let best: ItemHead[] = [];
  let bestScore = 0;
  /** The longest run of case numbers ("35/18", "Sak 36/18"), whatever won. */
  let cases: ItemHead[] = [];
  for (const [style, list] of byStyle) {
    const minIndent = Math.min(...list.map((h) => h.line.indent));
    // Indented two spaces, a head is the agenda's ("  «  5. Eventuelt" after "4.", or a whole agenda indented before a list
    // at the margin), unless it stands between two heads at the margin and does not go on with their numbering: a list
    // of its own under an item ("2. Budsjett" / "  1. Inntekter" / "  2. Utgifter" / "3. Valg").
    const outer1 = list.filter((h) => h.line.indent <= minIndent + 1);
    const outer = list.filter((h) => {
      if (h.line.indent <= minIndent + 1) return true;
      if (h.line.indent !== minIndent + 2) return false;
      const before = lastBefore(outer1, h.line.n);
      const after = outer1.find((o) => o.line.n > h.line.n);
      // Between two heads at the margin, only one that fits the count between them ("3." / "  4." / "5.").
      return before === undefined || after === undefined || (h.value === before.value + 1 && after.value === h.value + 1);
    });
    // Try each possible start among the first MAX_STARTS, keep the longest run. (Every start made this quadratic
    // in the number of numbered lines: 28 s for a 20 MB document of 10 000 items; an agenda starts early.)
    for (let s = 0; s < Math.min(outer.length, MAX_STARTS); s++) {
      const first = outer[s]!;
      // A plain-text run may start high (a board's running case numbers, "196 …") only if it runs on.
      const highStart = style.startsWith('num') && first.value > 3 && first.line.depth === 0 && !first.line.strong;
      const chain = [first];
      let restarted = false;
      // Each prefix and each section heading opens one part of the agenda: going back to one already seen is the
      // agenda restated (a saksliste, then the same items with their text).
      const prefixes = new Set([prefixOf(first.number)]);
      /** The last item each prefix reached: a part of the agenda may go on later ("V-SAK 2", "O-SAK 1", "V-SAK 3"). */
      const lastOf = new Map([[prefixOf(first.number), first]]);
      const take = (h: ItemHead, prefix: string): void => {
        chain.push(h);
        lastOf.set(prefix, h);
      };
      /** A prefix's number seen again: the agenda is being restated, and no part of it comes back to the chain. */
      let restated = false;
      const sections = new Set([sectionBefore(first)]);
      for (let i = s + 1; i < outer.length; i++) {
        const h = outer[i]!;
        const prev = chain[chain.length - 1]!;
        const step = h.value - prev.value;
        const prefix = prefixOf(h.number);
        // A new section numbered from its start: another prefix, or a section heading right before it.
        if (step <= 0 && h.value === first.value && !isClosingItemTitle(prev.title)) {
          const section = sectionBefore(h);
          if ((prefix !== prefixOf(prev.number) && !prefixes.has(prefix)) || (section && !sections.has(section))) {
            prefixes.add(prefix);
            sections.add(section);
            take(h, prefix);
            continue;
          }
        }
        // Another series of the same year, numbered on its own, below or above ("PS 22/18", "RS 4/18", "RS 5/18", "PS 23/18";
        // "PS 3/24", "RS 10/24", "RS 11/24", "PS 4/24": the matters for information among the cases for decision).
        // (A series of two at least, "RS 4/18, RS 5/18", or one of the matters for information, "RS 1/24 Referatsaker": one
        // case of another body named in a case, "FR 3/24", is no part.)
        const nextOne = outer[i + 1];
        const series = (nextOne !== undefined && prefixOf(nextOne.number) === prefix && nextOne.value === h.value + 1) || PARALLEL_SERIES.has(prefix.trim().toLowerCase());
        if (series && prefix !== '' && prefixOf(prev.number) !== '' && !prefixes.has(prefix) && yearOf(h) === yearOf(prev) && !restated) {
          prefixes.add(prefix);
          take(h, prefix);
          continue;
        }
        if (step <= 0) restarted = true;
        // No going back to a prefix left behind: "V-SAK 2" never follows "O-SAK 1" (but "RS 5/24" may follow "PS 4/24"),
        // unless its numbers go on where they stopped ("V-SAK 1, V-SAK 2, O-SAK 1, D-SAK 1, V-SAK 3": the decision
        // cases split around the others).
        if (prefix !== prefixOf(prev.number) && prefixes.has(prefix)) {
          // "Sak 13/24", then another body's cases named in it ("FR 14/24", "FR 15/24"), then "Sak 14/24": the case
          // number comes back under its own prefix, so the run under the other one was named, not treated: dropped.
          const last = lastOf.get(prefix)!;
          const named = restated || h.value !== last.value + 1 ? -1 : chain.findIndex((c) => c.value === h.value && prefixOf(c.number) !== prefix && yearOf(c) === yearOf(h));
          if (named > 0) {
            chain.splice(named);
            take(h, prefix);
            continue;
          }
          // Not once the agenda was restated ("V-SAK 1" again): what follows belongs to the restatement.
          // A count that runs across the prefixes ("PS 2/24", "RS 3/24", "PS 4/24") goes on too.
          const goesOn = h.value === last.value + 1 || (h.value === prev.value + 1 && yearOf(h) === yearOf(prev));
          if (prefix === '' || !goesOn || restated) {
            // (A number of another year is an older case named in passing: "PS 2/23" inside "RS 1/24".)
            restated ||= h.value <= last.value && yearOf(h) === yearOf(last);
            continue;
          }
          take(h, prefix);
          continue;
        }
        // After "Eventuelt", a list that started over (notes restating the agenda) is another list.
        if (isClosingItemTitle(prev.title) && restarted) break;
        if (style === 'case' && yearOf(h) !== yearOf(prev)) continue;
        if (step >= 1 && step <= 4) {
          take(h, prefix);
          prefixes.add(prefix);
        }
      }
      if (highStart && chain.length < 3) continue;
      // A list that ends with "Eventuelt" is a whole agenda: it wins over notes that restate it in their own numbering.
      const complete = chain.length >= 2 && isClosingItemTitle(chain[chain.length - 1]!.title) ? 1.5 : 0;
      const score = chainScore(chain) + complete + (style.startsWith('sak') ? 0.25 : 0) - (style === 'num-bare' ? 0.5 : 0);
      if (score > bestScore || (score === bestScore && style === 'num-bare')) {
        best = chain;
        bestScore = score;
      }
      if (style === 'case' && chain.length > cases.length) cases = chain;
      if (chain.length === outer.length) break;
    }
  }
  // "35/18 …, 36/18 …, 37/18 …, 38/18 Folkemøte" with "1. Velkommen … 8. Takk" inside the last: a list inside an item
  // of a run of case numbers is no agenda of its own, however long.
  if (cases.length >= 3 && best[0]?.style.startsWith('num') && best[0].line.n > cases[0]!.line.n) return cases;
  // Two cases written out ("Sak 60/17", "Sak 61/17") are enough when the list comes after the second and is no whole
  // agenda (it does not end with "Eventuelt"): "Sak 61/17 Orienteringssaker" over "1. Gudstjenesteliste … 5. Kratt ved veien".
  // The list stands inside the second case, its lines one after another (points, not items with text of their own).
  if (
    cases.length === 2 && cases.every((h) => h.style === 'sak:case') && best[0]?.style.startsWith('num') &&
    best[0].line.n > cases[1]!.line.n && !isClosingItemTitle(best[best.length - 1]!.title) &&
    best.every((h, i) => i === 0 || h.line.n === best[i - 1]!.line.n + 1)
  ) return cases;
  return best;
}

/** The last of `heads` (in line order) on a line before `n`. */
function lastBefore(heads: readonly ItemHead[], n: number): ItemHead | undefined {
  let last: ItemHead | undefined;
  for (const h of heads) if (h.line.n < n) last = h;
  return last;
}

/** Heading-like titles weigh more than sentences; table-of-contents lines (page numbers, dot leaders) least. */
function chainScore(chain: ItemHead[]): number {
  let score = 0;
  for (const h of chain) {
    const t = h.title;
    if (/\.{3,}|\s\d{1,3}$/.test(t)) score += 0.3;
    else if (/[.]$/.test(t) || t.split(/\s+/).length > 14) score += 0.5;
    else score += 1;
  }
  return score;
}

/** The year of a case number: after the slash ("12/24"), or before it when the case counts by its second part ("14/36"). */
function yearOf(h: ItemHead): string {
  const m = /(\d+)\/(\d+)/.exec(h.number);
  if (!m) return '';
  return h.value === Number(m[2]) && h.value !== Number(m[1]) ? m[1]! : m[2]!;
}

export function looksLikeNotTitle(t: string): boolean {
  return NOT_TITLE.test(t);
}

/**
 * Agendas flattened onto one long line by PDF text export ("SAKSLISTE … 01/2016 Godkjenning …
 * 02/2016 … /2016 Årsmelding …"): the case numbers cut the line into items. A number whose digits
 * were lost ("/2016") is reconstructed from its neighbours.
 */
const RUN_ON_NUMBER = /(?<!\S)(?:(PS|RS|Sak)\s*)?(\d{1,3})?\/(\d{2,4})(?=\s+[A-ZÆØÅ])/g;

/** Two or more words in capitals (hyphens, digits and dots among them) before a word that is not. */
const CAPITALS_RUN = /^((?:[A-ZÆØÅ][A-ZÆØÅ\d.,-]*\s+){1,15}[A-ZÆØÅ][A-ZÆØÅ\d,-]*)(?:\.{2,}|…)?(?=\s+\S*[a-zæøå]|\s+\d|$)/;

export function runOnHeads(line: Line): ItemHead[] {
  if (line.text.length < 200) return [];
  const found: Array<{ index: number; end: number; prefix: string; n: number | null; year: string }> = [];
  RUN_ON_NUMBER.lastIndex = 0;
  for (let m = RUN_ON_NUMBER.exec(line.text); m; m = RUN_ON_NUMBER.exec(line.text)) {
    found.push({ index: m.index, end: m.index + m[0].length, prefix: m[1] ? `${m[1].toUpperCase()} ` : '', n: m[2] ? Number(m[2]) : null, year: m[3]! });
  }
  // Keep the run of one year whose numbers rise by one (lost numbers filled in between).
  const year = mostCommon(found.map((f) => f.year));
  const run = found.filter((f) => f.year === year);
  // Three numbers of one year; or one, opening the run, and lost ones after it ("19/13 ÅRSMØTE … /13 MUSIKK …
  // /13 HØRINGSUTTALELSE …"): a " /13 " before a capitalised word is no way prose writes.
  const numbered = run.filter((f) => f.n !== null).length;
  if (numbered < 3 && !(numbered >= 1 && run.length >= 3 && run[0]!.n !== null)) return [];
  const heads: ItemHead[] = [];
  let prev: number | null = null;
  for (let k = 0; k < run.length; k++) {
    const f = run[k]!;
    const inferred = f.n === null;
    const value: number = f.n ?? (prev ?? 0) + 1;
    if (prev !== null && value !== prev + 1) continue;
    const width = run.find((x) => x.n !== null && /^\d+$/.test(String(x.n)))?.n !== undefined ? (/(\d+)\//.exec(line.text.slice(run.find((x) => x.n !== null)!.index))?.[1]?.length ?? 1) : 1;
    const next = run[k + 1];
    let title = line.text.slice(f.end, next ? next.index : undefined).trim();
    if (!next) {
      // The last title runs on into the following prose: a title in capitals ends with them ("REFERAT- OG
      // ORIENTERINGSSAKER... 5 Hamar, …"); another ends where a new capitalised phrase starts.
      const capitals = CAPITALS_RUN.exec(title);
      const cut = capitals ?? /^(.{3,80}?)\s+(?=[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå]+\s+[a-zæøå]+)/.exec(title);
      if (cut) title = cut[1]!.replace(/\.{2,}$|…$/, '');
    }
    const number = `${f.prefix}${String(value).padStart(width, '0')}/${year}`;
    heads.push({ line, number, numberInferred: inferred, title: cleanTitle(title), rest: '', titleLine: null, style: 'run-on', value });
    prev = value;
  }
  return heads;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * A saksliste followed by the same items as headings in the body (protocols from case systems):
 * the body's headings are the items, so each item holds its own text and decisions.
 */
/** Whether nothing but blank lines stands between the heads (a list, no proceedings). */
function isBareList(chain: ItemHead[], lines: Line[]): boolean {
  const at = new Map(lines.map((l, k) => [l.n, k]));
  for (let i = 0; i + 1 < chain.length; i++) {
    const from = at.get((chain[i]!.titleLine ?? chain[i]!.line).n);
    const to = at.get(chain[i + 1]!.line.n);
    if (from === undefined || to === undefined) return false;
    for (let k = from + 1; k < to; k++) if (!lines[k]!.blank) return false;
  }
  return true;
}

/** Two wordings of one item's title: most of the shorter one's words (four letters or more) are in the other. */
function similarTitles(a: string, b: string): boolean {
  const words = (s: string): string[] => s.toLowerCase().split(/[^a-zà-öø-ÿ]+/).filter((w) => w.length >= 4);
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return short.length === 0 ? true : short.filter((w) => long.has(w)).length * 2 >= short.length;
}

export function preferBodyHeadings(chain: ItemHead[], heads: ItemHead[], lines: Line[]): ItemHead[] {
  if (chain.length < 2) return chain;
  const last = chain[chain.length - 1]!.line.n;
  const key = (h: ItemHead): string => `${h.number}|${h.title.toLowerCase().replace(/\s+/g, ' ')}`;
  const later = new Map<string, ItemHead>();
  for (const h of heads) if (h.line.n > last && !later.has(key(h))) later.set(key(h), h);
  const body = chain.map((h) => later.get(key(h)));
  const ordered = (hs: Array<ItemHead | undefined>): boolean => hs.every((h, i) => !!h && (i === 0 || h.line.n > hs[i - 1]!.line.n));
  if (ordered(body)) return body as ItemHead[];
  // The whole list restated below it by its numbers alone, in order, with the titles worded a little otherwise
  // ("1. Valg av møteleder og møtereferent" … then "1.Valg av møteleder og referent. Roar ble valgt …"): the
  // proceedings, each number taken up once.
  const byNumber = new Map<string, ItemHead>();
  for (const h of heads) if (h.line.n > last && !byNumber.has(h.number)) byNumber.set(h.number, h);
  const renumbered = chain.map((h) => byNumber.get(h.number));
  // (Most titles alike, two in three: a title may be OCR-damaged, "Fostsetting av kontingenlen".) Each keeps the
  // list's title; what its own line says after the number is its text ("Roar ble valgt som møteleder."). Only a bare
  // list is restated so: items with text under them are the proceedings, and a list after them is another agenda
  // ("Forslag til saksliste for neste møte: 1. Godkjenning av innkalling …").
  if (
    chain.length >= 3 &&
    byNumber.size === chain.length &&
    isBareList(chain, lines) &&
    ordered(renumbered) &&
    renumbered.filter((h, i) => similarTitles(h!.title, chain[i]!.title)).length * 3 >= chain.length * 2
  ) {
    return renumbered.map((h, i) => {
      // From where its title starts on its own line (a title run on to the next line is that line's, in the content).
      const at = h!.line.text.indexOf(h!.title.slice(0, 12));
      return { ...h!, title: chain[i]!.title, rest: at >= 0 ? h!.line.text.slice(at) : h!.title, titleLine: null };
    });
  }
  // For the rule below, computed once (it looks at every start): the numbers the later lines take up, and the last
  // item the body restates.
  const laterNumbers = new Set<string>();
  for (const h of heads) if (h.line.n > last) laterNumbers.add(h.number);
  let lastRestated = -1;
  for (let i = 0; i < body.length; i++) if (body[i]) lastRestated = i;
  // The saksliste restated inside the first item ("Innkalling og følgende sakliste ble godkjent: Sak 10/22 … Sak 11/22 …
  // Sak 12/22 …"), then the items as headings: the chain's tail, from the restated list on, is the later headings.
  // Each start's answers from arrays built once from the end (a chain of 50 000 items stays linear): how far the
  // headings run on in order from each item, where the next item without one is, and whether a later line takes up
  // the number of an item from there on.
  const n = body.length;
  const runEnd = new Array<number>(n);
  const nextMissing = new Array<number>(n + 1).fill(n);
  const numberTakenFrom = new Array<boolean>(n + 1).fill(false);
  for (let i = n - 1; i >= 0; i--) {
    const h = body[i];
    const next = body[i + 1];
    runEnd[i] = !h ? i - 1 : next && next.line.n > h.line.n && runEnd[i + 1]! >= i + 1 ? runEnd[i + 1]! : i;
    nextMissing[i] = h ? nextMissing[i + 1]! : i;
    numberTakenFrom[i] = numberTakenFrom[i + 1]! || laterNumbers.has(chain[i]!.number);
  }
  for (let from = 1; from < chain.length - 1; from++) {
    const first = body[from];
    if (runEnd[from] === n - 1 && first && first.line.n > chain[from - 1]!.line.n) return [...chain.slice(0, from), ...(body.slice(from) as ItemHead[])];
    // Headings for the first of them only (the copy breaks off, or the last items were not written up): those items are
    // the headings; the others stay as entries of the list, which lies inside the first item. Not when a later line
    // takes up one of the others' numbers in other words: then the headings are not the list's restated.
    const missing = nextMissing[from]!;
    const taken = missing === n ? -1 : missing - from;
    // At least two headings, and none after the first item without one.
    if (taken < 2 || from + taken <= lastRestated) continue;
    if (!numberTakenFrom[from + taken] && runEnd[from]! >= from + taken - 1 && first!.line.n > chain[from - 1]!.line.n) {
      return [...chain.slice(0, from), ...(body.slice(from, from + taken) as ItemHead[]), ...chain.slice(from + taken).map((h) => ({ ...h, listed: true }))];
    }
  }
  // The chain may have run on from the agenda into a numbered list inside the proceedings ("7. Annet/eventuelt", then
  // "8. [#7 - Er HPR valgfritt]" under "### 1. …"): the agenda is the part the headings restate, and what it ran on
  // into lies within them. The restating headings start between the agenda's end and what it ran on into.
  const headings = heads.filter((h) => (h.line.depth > 0 || h.line.strong) && !h.line.bullet);
  if (headings.length < 2 || chain.some((h) => h.line.depth > 0 || h.line.strong)) return chain;
  // A few tries at most, from the end: a long document of alternating lists and headings stays linear.
  for (let k = chain.length - 1, tries = 0; k >= 1 && tries < 4; k--) {
    const end = chain[k]!.line.n;
    const next = chain[k + 1]?.line.n ?? Infinity;
    const from = firstAfter(headings, end);
    if (from >= headings.length || headings[from]!.line.n >= next) continue;
    tries++;
    const agenda = chain.slice(0, k + 1);
    if (!listOnly(agenda, lines)) continue;
    const restated = restatedInWords(agenda, headings.slice(from));
    if (restated && restated[0]!.line.n < next) return restated;
  }
  return chain;
}

/**
 * The agenda as a list, then the proceedings under headings that restate it in words of their own ("0. Gjennomgang av
 * agendaen - akseptert av arbeidsgruppa?" … "### 0. Gjennomgang av agendaen"): headings of one level, with the list's
 * numbers in its order, each sharing a word with its agenda line. The items are those headings, titled as the agenda
 * has them. Lists inside the proceedings ("1. [#6 - HP fødselsnummer]") are no headings and never match.
 */
function restatedInWords(agenda: ItemHead[], later: ItemHead[]): ItemHead[] | null {
  const found: ItemHead[] = [];
  let at = 0;
  for (const h of agenda) {
    const number = h.number.replace(/\.$/, '');
    while (at < later.length && later[at]!.number.replace(/\.$/, '') !== number) at++;
    const b = later[at++];
    if (!b || sharedTitleWords(h.title, b.title, 4) === 0) return null;
    if (found[0] && (b.line.depth !== found[0].line.depth || b.line.strong !== found[0].line.strong)) return null;
    found.push({ ...b, title: h.title });
  }
  return found;
}

/** Words of four letters or more ("valg", "møte": short titles are made of them), and of five or more. */
const TITLE_WORDS = { 4: latinRegExp(String.raw`\p{L}{4,}`, 'g'), 5: latinRegExp(String.raw`\p{L}{5,}`, 'g') };

/**
 * How many words two titles share, a word and its inflection counted as one ("årsregnskap", "årsregnskapet"): how an
 * agenda line is told in the heading that restates it. Where numbers pair them, a word of four letters is word enough
 * ("3. Valg" / "### 3. Valg av styre"); where the words alone must pair them, five ("møte" begins "møteplan").
 */
export function sharedTitleWords(a: string, b: string, least: 4 | 5): number {
  const words = a.toLowerCase().match(TITLE_WORDS[least]) ?? [];
  return (b.toLowerCase().match(TITLE_WORDS[least]) ?? []).filter((w) => words.some((v) => v.startsWith(w) || w.startsWith(v))).length;
}

/**
 * The agenda is a list: between its lines only blank lines and the points under them (bullets, indented lines), no
 * text of its own. Items with their text under them ("1. Godkjenning" / "Godkjent." / "2. …") are no agenda list.
 */
function listOnly(agenda: ItemHead[], body: Line[]): boolean {
  const base = body[0]!.n;
  for (let k = 1; k < agenda.length; k++) {
    for (let n = (agenda[k - 1]!.titleLine ?? agenda[k - 1]!.line).n + 1; n < agenda[k]!.line.n; n++) {
      const l = body[n - base];
      if (l && !l.blank && !l.bullet && l.indent === 0) return false;
    }
  }
  return true;
}

/** The index of the first head after line `n` (heads in line order). */
function firstAfter(heads: ItemHead[], n: number): number {
  let lo = 0;
  let hi = heads.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (heads[mid]!.line.n > n) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

