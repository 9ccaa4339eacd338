/**
 * Title, kind and the meeting/notice fields of the part before the first item: "Tid:", "Dato:",
 * "Sted:", "Tid og sted:", letter fields (Dato/Deres ref/Vår ref/Saksbehandler/Arkivkode/Til), and
 * dates, times and places in the title lines ("Referat styremøte 25.10.kl.12 på Teams").
 */
import { alternation, escapeRegExp, latinRegExp, startsLower, startsUpper } from '../vocab/patterns.js';
import type { Kind, Meeting, Notice } from '../model/schema.js';
import type { Line } from '../segment/line.js';
import { findDates, findTimes, iso, yearFor, type FoundDate } from './dates.js';
import { sentences } from './decisions.js';
import { labelSet, labelText, matchLabel } from './labels.js';
import { holdsAnchor, tolerantAlternation, tolerantAnchors } from './ocr-tolerant.js';
import { ABBREVIATION_LAST, isGivenName, isNameLike, isOrganisationLike } from './people.js';
import itemWords from '../vocab/items.json' with { type: 'json' };
import { PASSIVE_VERB } from './sentence-verbs.js';
import { labels } from './vocab.js';
import calendar from '../vocab/calendar.json' with { type: 'json' };

const F = labels.fields;
const FIELD_SETS = Object.fromEntries(Object.entries(F).map(([k, words]) => [k, labelSet(words)])) as Record<keyof typeof F, ReturnType<typeof labelSet>>;
// A kind word in the plural ("referater/protokoller fra møtene", "sakslistene") names documents in general, not this one;
// nor does a case of documents received ("Referatsaker", "RS 5/14 … Referatsak").
const KIND_RES = Object.entries(labels.titles).map(
  ([kind, words]) =>
    [kind as Kind, latinRegExp(`(?:^|[^\\p{L}])(?:${tolerantAlternation(words)})(?!(?:er|ene|r|ne)(?![\\p{L}])|sak|vedtak)`, 'i'), tolerantAnchors(words)] as const,
);
/** Whether `text` names the kind of `entry` (KIND_RES): its anchors first, so that a text naming none compiles nothing. */
const namesKindOf = (entry: (typeof KIND_RES)[number], text: string, lower: string): boolean => holdsAnchor(lower, entry[2]) && entry[1].test(text);
// Tested on lower-cased text: a case-insensitive pattern with ø costs a Unicode case closure to compile.
const EARLIER = /\b(?:forrige|fra\s+møte(?!t\s+\d)|frå\s+møte|referat\s+fra|godkjenning|neste|frist|innen|opprettet|publisert|oppdatert|sist\s+endret)\b/;
/** A full date (day, month, year), then " i Kristiansand" ending the line; not an organisation ("2024 i Lia IL"). */
const TOWN_AFTER_DATE = latinRegExp(
  String.raw`\d{1,2}\.\s*(?:\d{1,2}\.\s*|\p{L}{3,}\.?\s+)\d{4}\s*,?\s+i\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*\.?$`,
);
/** Where a sentence starts in a flattened line: a capitalised word and three in lower case. */
const SENTENCE_STARTS = latinRegExp(String.raw`\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll}+\s+\p{Ll})`);
const LETTER_OR_COMMA_LAST = latinRegExp(String.raw`[\p{L},]$`);
const THREE_LETTERS = latinRegExp(String.raw`\p{L}{3,}`);
/** An abbreviation at the end ("Lia IL"): an organisation, not a town. */
const CAPITAL_DIGIT_OR_PARENTHESIS_FIRST = latinRegExp(String.raw`^[\p{Lu}\d(]`);
/** A sentence ending inside the line, another beginning. */
const SENTENCE_INSIDE = latinRegExp(String.raw`\.\s+\p{Lu}`);
/** An initial glued to the surname ("K.Nordmann"; global: for replace). */
const INITIAL_GLUED = latinRegExp(String.raw`\b(\p{Lu}\.)(?=\p{Lu}\p{Ll})`, 'g');
const DATE_FIRST = latinRegExp(String.raw`^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\s+(\p{Lu}.*)$`);
/**
 * "på X Meeting Point", with the town after a comma when the sentence ends there ("på X Meeting Point, Hellerudsletta.").
 * A number after a space ends it (a date, a time, a year), unless it goes on a room's code ("på C2 042").
 */
const PLACE_IN_TITLE = latinRegExp(
  String.raw`\b(?:på|hos)\s+(\p{Lu}[\p{L}\d .'-]{0,80}?(?:,\s*\p{Lu}[\p{L}-]+(?=\.(?:\s|$)|\s*$))?|hos\s+\p{Lu}\p{L}*)(?=\s*(?:[,.;(]|kl\b|$)|(?<!\p{L}\d{1,4})\s+\d)`,
);
/** The words that end a place's name (labels.json placeWords: a building, a room, a hall), as one alternation. */
const PLACE_WORDS = labels.placeWords.join('|');
/**
 * A sentence that says where the meeting is (or was) held: the place, to the next clause ("og starter …", "og varte …")
 * or the sentence's end, or where a reason, a condition or a date begins ("på Teams grunna smittesituasjonen 5. mars").
 * A place in lower case only when a place word opens it ("i styrerommet, Muséplass 1"): "holdes på grunn av …" names
 * none, and "i tidsrommet fra kl. 18" is a time, whatever its "rommet".
 */
const MEETING_PLACE = latinRegExp(
  String.raw`\b(?:[Mm]øtet\s+(?:${alternation(labels.meetingHeld)})(?:\s+(?:på|i)\s+|\s+(?:[\p{L}\d.:]+\s+){0,3}?på\s+)|(?:holder|held|avholder)\s+møte\s+(?:[\p{L}\d.:]+\s+){0,3}?på\s+)(\p{Lu}[^.;!?]{1,80}?|(?!tidsrom)\p{Ll}[\p{L}-]*?(?:${PLACE_WORDS})(?![\p{L}])[^.;!?]{0,80}?)(?=\s+og\s+\p{Ll}|\s+kl\b|\s+fra\s+kl|\s+(?:den\s+)?\d{1,2}\.(?:\s*\p{L}|\d)|\s+(?:${alternation(labels.placeEnders)})(?![\p{L}])|[.;!?](?:\s|$)|$)`,
);
/**
 * "Ordinært sameiermøte …, avholdes tirsdag 28. april, kl 19 på Berle Skole, Professor Dahls Gate 30, 2. etg., Oslo.",
 * "Generalforsamlingen holdes 28. april 2009 i Kantina, Storgata 3.": held on a day, at a place with its address, to
 * the sentence's end (a full stop before a capital: not "2. etg." nor "etg.,") or a heading in capitals after it. The
 * day or the clock comes between (dated: asked in code).
 */
/** A room named in lower case: one word that ends in a place word ("kommunestyresalen", "møterommet"). */
const ROOM_IN_LOWER_CASE = String.raw`(?=\p{Ll})\p{L}*(?:${PLACE_WORDS})(?![\p{L}])`;
/** …where the sentence ends ("i tidsrommet kl. 18.00–20.00 på Hotell Alexandra" is no room). */
const ROOM_ENDING = String.raw`${ROOM_IN_LOWER_CASE}(?=\s*[.,;]?\s*$)`;
const IS_ROOM_IN_LOWER_CASE = latinRegExp(`^${ROOM_IN_LOWER_CASE}$`);
// (Or a room in lower case: "… kl. 19.30 i kommunestyresalen.")
const HELD_ON_DAY_AT = latinRegExp(
  String.raw`\b(?:${alternation(labels.meetingHeld)})\s+((?:[\p{L}\d.:,]+\s+){1,6}?)(?:på|i)\s+(\p{Lu}[^;!?]{1,120}|${ROOM_ENDING})`,
);
/** After "og", what opens a clause, not a second name of the place ("og alle er velkomne", "og starter kl. 19"; not "og barnehage"). */
const CLAUSE_AFTER_AND = `(?:${alternation([...labels.clauseAfterAnd, ...labels.finiteVerbs])})(?![\\p{L}])`;
/**
 * Where the place ends in what follows "på"/"i": at a sentence's end (a full stop after a word of three letters or
 * more, or a number, before a capital: not "St. Olavs gate", "Storgt. 3"), a heading in capitals, the clock, or a clause
 * (", og alle er velkomne", "der …"; not "Lia skole og barnehage").
 */
const PLACE_ENDS = latinRegExp(String.raw`(?<=(?:\p{L}{3,}|\d)\.)\s+(?=\p{Lu})|(?<=(?:\p{L}{3,}|\d)\.)(?<!(?:gt|vn|pl)\.)\s+(?=\d)|\s+\p{Lu}{2,}\s+\p{Lu}{2,}|,?\s+og\s+(?=${CLAUSE_AFTER_AND})|[.,]?\s+(?:kl\.?|klokka|klokken|fra|frå|med|der|hvor|kor|som|samt)(?=\s|$)|\s*\(NB|[.\s]*$`);
const MEETING_OR_ASSEMBLY = /møte|forsamling/i;
/** A sentence whose subject is a thing that opens ("Registreringen", "Kafeen", "Dørene": calendar.json openedThings), no person. */
const THING_FIRST = latinRegExp(String.raw`^(?:\p{Lu}\p{Ll}+ingen|${alternation(calendar.openedThings)})\s`);
/** Between two sentences of a line: after a full stop (not a clock's or a date's: "kl. 18.00"), before a capital. */
const SENTENCE_BREAK = latinRegExp(String.raw`(?<=[\p{L}\d][.!?])\s+(?=\p{Lu})`);

/**
 * The sentence before a verb of holding (`before`) has this meeting as its subject: its last meeting noun is the
 * title's (or, without a title, the first line's: "Ordinært sameiermøte i Sameiet Lia, avholdes …" under "INNKALLING TIL
 * ORDINÆRT SAMEIERMØTE 2009") or "møtet"; not another
 * ("Merk: Årsmøtet avholdes …" in a board's notice, "Foreldremøtet ble gjennomført …"), nor none ("Dugnaden avholdes …").
 */
function heldByThisMeeting(before: string, title: string | null): boolean {
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(': ')) + 1);
  let last: string | null = null;
  for (const m of sentence.matchAll(MEETING_NOUNS)) last = m[0];
  if (!last) return false;
  return isThisMeeting(last, title);
}
/** The meeting nouns of labels.json heldLaterNouns (møte, generalforsamling, forsamling, ting), as one alternation. */
const MEETING_NOUN_WORDS = alternation(Object.keys(labels.heldLaterNouns));
/** …and their definite forms (møtet, generalforsamlingen, forsamlingen, tinget). */
const MEETING_NOUN_DEFINITES = alternation(Object.values(labels.heldLaterNouns));
const MEETING_NOUNS = latinRegExp(`(?<![\\p{L}])\\p{L}*?(?:${MEETING_NOUN_WORDS})(?:t|et|en|a)?(?![\\p{L}])`, 'gi');
/** A meeting's noun without its definite ending ("Sameiermøtet" → "sameiermøte", "generalforsamlingen"). */
function nounBase(noun: string): string {
  const w = noun.toLowerCase();
  for (const [base, definite] of DEFINITE_FORMS) if (w.endsWith(definite)) return w.slice(0, w.length - definite.length) + base;
  return w;
}
/** labels.json heldLaterNouns: each meeting noun and its definite form ("møte", "møtet"). */
const DEFINITE_FORMS = Object.entries(labels.heldLaterNouns);

/**
 * Whether a sentence's meeting (`subject`: "Møtet", "Styremøtet", "sameiermøte") is this document's, the one its title
 * names (`title`): the title's own noun; "møtet" unless another meeting was named before it (`before`: "Leder var på
 * møte med kommunen. Møtet startet kl 10"); this meeting's words ("styremøtet", "dagens møte") when the title names no
 * meeting or only "møte". One check for the place, the video link and the time a sentence gives.
 */
function isThisMeeting(subject: string, title: string | null, before = ''): boolean {
  const s = nounBase(subject.replace(/\s+/g, ' ').replace(/^dagens\s+/i, ''));
  const own = ownMeetingNoun(title);
  const ownBase = own ? nounBase(own) : null;
  if (ownBase !== null && s === ownBase) return true;
  if (s === 'møte') {
    MEETING_NOUNS.lastIndex = 0;
    return !MEETING_NOUNS.test(before);
  }
  return (ownBase === null || ownBase === 'møte') && THIS_MEETING_BASES.has(s);
}

/**
 * The place and the parts of its address after commas ("Berle Skole, Professor Dahls Gate 30, 2. etg., Oslo", "Godlia
 * Skoles aula, inngang B (tilgang på heis)"), to a part that says something ("på C2 042, snakkes der!"): a verb.
 */
function placeWithAddress(text: string): string {
  const end = PLACE_ENDS.exec(text);
  const place = end ? text.slice(0, end.index) : text;
  const parts = place.trim().replace(/[,.\s]+$/, '').split(/,\s+/);
  let n = 1;
  while (n < parts.length && !(LOWER_FIRST.test(parts[n]!) && (FINITE_VERB_IN_TITLE.test(parts[n]!) || PASSIVE_VERB.test(parts[n]!)))) n++;
  return parts.slice(0, n).join(', ');
}
const LOWER_FIRST = latinRegExp(String.raw`^\p{Ll}`);

/**
 * "Møtet blir avholdt digitalt 27. september", "Generalforsamlingen ble gjennomført digitalt": held without a room, the
 * place "digitalt" (the subject is asked in code: this meeting, not "Foreldremøtet").
 */
const MEETING_ONLINE = latinRegExp(String.raw`(?<![\p{L}])(\p{L}*møtet|\p{L}*forsamlingen)\s+(?:${alternation(labels.meetingHeld)})\s+(digitalt|elektronisk)(?![\p{L}])`, 'i');
/**
 * "Styremøtet ble gjennomført som videokonferanse på FB", "Møtet ble holdt over Teams": this meeting ("Møtet",
 * "Styremøtet", "Dagens møte"; not another: "Foreldremøtet ble gjennomført som videomøte") held by video or phone, the
 * place the means as written, to a reason, a time or a clause ("… på telefon fordi Teams ikke virket").
 */
const MEETING_HELD_REMOTELY = latinRegExp(
  String.raw`(?<![\p{L}])(\p{L}*(?:${MEETING_NOUN_DEFINITES})|(?:${alternation(labels.thisMeeting)}))\s+(?:(?:${alternation(labels.heldVerbs.auxiliaries)})\s+)?(?:${alternation(labels.heldVerbs.verbs)})\s+(?:${alternation(labels.heldVerbs.means)})\s+((?:${alternation(labels.remotePlaces)})(?![\p{L}])[^.;!?,]{0,60}?)(?=\s*[.;!?,]|\s*$|\s+(?:${alternation([...labels.placeEnders, ...labels.remotePlaceEnders])})(?![\p{L}])|\s+\d)`,
  'i',
);
/**
 * "PROTOKOLL MØTE I …", "MØTEBOK FOR …": the word in capitals opening a run of capitals (a heading), not inside one
 * ("GODKJENNING AV PROTOKOLL FRA FORRIGE MØTE" is an item).
 */
const CAPITALS_PROTOCOL = latinRegExp(String.raw`(?:^|[^\p{Lu}\s]\s+)(?:PROTOKOLL|MØTEPROTOKOLL|MØTEBOK)(?:\s+\p{Lu}{2,}|\s*$)`);
const EXPLICIT_PROTOCOL = latinRegExp(`(?:${tolerantAlternation(['protokoll', 'møtebok'])})`, 'i');
const ENDED = latinRegExp(`\\b(?:${tolerantAlternation(['møtet', 'generalforsamlingen', 'årsmøtet', 'forsamlingen'])})\\s+(?:ble\\s+|vart\\s+|er\\s+)?(?:slutt|heve|heva|avslutt|ferdig|ende)\\w*\\b`, 'i');

const FIELD_KEYS = ['timeAndPlace', 'date', 'time', 'place', 'caseHandler', 'ourRef', 'yourRef', 'archiveCode', 'body'] as const;

export interface FieldHit {
  key: keyof typeof F;
  value: string;
  line: Line;
}

// Title, kind, case-handler and layout checks all ask about the same lines: each line is read once.
const FIELD_OF = new WeakMap<Line, FieldHit | null>();

export function fieldOf(line: Line): FieldHit | null {
  if (line.blank || line.code) return null;
  let hit = FIELD_OF.get(line);
  if (hit === undefined) {
    hit = readField(line);
    FIELD_OF.set(line, hit);
  }
  return hit;
}

function readField(line: Line): FieldHit | null {
  const text = labelText(line);
  for (const key of FIELD_KEYS) {
    const m = matchLabel(text, FIELD_SETS[key]);
    if (m && (!m.alone || /:$/.test(text) || text.includes(':'))) return { key, value: m.value, line };
  }
  return null;
}

/** The place runs on into the next sentence in flattened PDFs: cut where a sentence starts. */
function placeRunningOn(value: string): string {
  return value.split(SENTENCE_STARTS)[0]!.slice(0, 80);
}

/** Several "LABEL: value" pairs run together on one line (PDF exports): split them. */
function inlineFields(line: Line): FieldHit[] {
  const re = /(?:^|\s)(MØTEDATO|DATO|TID|KL\.?|STED|MØTESTED|Dato|Tid|Sted)\s*\.?:\s*/g;
  const hits: Array<{ key: string; start: number; end: number }> = [];
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) hits.push({ key: m[1]!.toLowerCase(), start: m.index, end: m.index + m[0].length });
  // One array literal for every outcome: an empty result has the same elements kind as a full one.
  const out: FieldHit[] = [];
  if (hits.length < 2) return out;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    const value = line.text.slice(h.end, hits[k + 1]?.start ?? line.text.length).trim();
    const key: FieldHit['key'] = /dato/.test(h.key) ? 'date' : /tid|kl/.test(h.key) ? 'time' : 'place';
    out.push({ key, value: key === 'place' ? placeRunningOn(value) : value, line });
  }
  return out;
}

export interface HeaderResult {
  title: string | null;
  titleLine: Line | null;
  kind: Kind | null;
  /**
   * Set when only a weak sign made the document a notice (a welcome: "Velkomne til årsmøte …", "Vel møtt!"; the meeting
   * said to be held later): the kind it has otherwise. Minutes may do both: with people present, decisions or the past
   * tense of minutes (document.ts), the document takes this kind.
   */
  kindIfMinutes?: Kind | null;
  meeting: Meeting;
  notice: Notice | null;
  fields: FieldHit[];
}

interface DateCandidate {
  date: FoundDate;
  score: number;
  line: Line;
}

interface LetterFields {
  ourRef: string | null;
  yourRef: string | null;
  caseHandler: string | null;
  archiveCode: string | null;
  recipient: string | null;
  sender: string | null;
}

/**
 * The header's facts. `firstItemLine`: the line the first item starts on (Infinity without items): what stands before
 * it opens the document.
 * readHeader runs as small phases rather than one long function: V8 recompiles a whole function
 * whenever one of its property or array accesses meets a new shape, and the cost grows faster than
 * the function's size (a single 300-line readHeader was recompiled a dozen times over a big `check`).
 */
export function readHeader(header: Line[], all: Line[], frontMatter: Record<string, unknown> | null, firstItemLine = Infinity): HeaderResult {
  const nonBlank = contentLines(header);
  const fields = collectFields(nonBlank);
  const fieldLines = new Set<Line>();
  for (const f of fields) fieldLines.add(f.line);
  const top = nonBlank.slice(0, 8);
  const fmTitle = typeof frontMatter?.title === 'string' ? frontMatter.title : null;
  const titleLine = findTitleLine(nonBlank, top, fmTitle);
  const title = fmTitle ?? (titleLine ? (titleLike(titleLine) ? titleLine.text : openingTitle(titleLine) ?? titleLine.text) : null);
  const letter = looksLikeLetter(fields, nonBlank);
  let kind = findKind(nonBlank, top, fmTitle, titleLine, letter, null);
  // The kind once more with the weak signs as calls (a welcome, the document's own meeting said to be held later),
  // only where one is written (most documents have none).
  const later = kind === 'innkalling' ? null : heldLaterLines(nonBlank, fmTitle ?? titleLine?.text ?? null);
  const weak = (l: Line): boolean => welcomesToMeeting(l) || !!later?.has(l);
  const welcomed = kind === 'innkalling' || !nonBlank.some(weak) ? undefined : findKind(nonBlank, top, fmTitle, titleLine, letter, weak);
  const kindIfMinutes = welcomed === 'innkalling' ? kind : undefined;
  if (welcomed === 'innkalling') kind = 'innkalling';

  // Dates: score each candidate by where it stands.
  const timeFields = fields.filter(isTimeField);
  const dateFields = fields.filter(isDateField);
  // A letter's "Dato:" is the date of the letter when the meeting's date stands elsewhere: in a time field, in a field
  // that names the meeting's date ("Møtedato:"), or — in a notice — in a line of its own ("Det holdes styremøte tirsdag
  // 16. april 2024 kl. 19.00"). A notice letter's dateline ("Raufoss, 2. april 2024") is the letter's date too.
  const lineCandidates: DateCandidate[] = [];
  lineDateCandidates(nonBlank, fieldLines, titleLine, lineCandidates);
  const dateline = letter && kind === 'innkalling' ? lineCandidates.find((c) => isDateline(c.line.text))?.line : undefined;
  const meetingLines = lineCandidates.filter((c) => c.line !== dateline);
  // A line that dates the meeting itself: it calls or holds it, or gives its time ("Vedlegg: Referat 12.03.2024" does not).
  const datesMeeting = (l: Line): boolean => CALLED.test(l.text) || callsMeeting(l) || HOLDS_MEETING.test(l.text) || findTimes(l.text).length > 0;
  const letterDateFields = dateFields.filter((f) => !MEETING_DATE_FIELD.test(f.line.text));
  const letterDate =
    letter &&
    letterDateFields.length > 0 &&
    (timeFields.some(holdsDate) || dateFields.some((f) => MEETING_DATE_FIELD.test(f.line.text) && holdsDate(f)) || (kind === 'innkalling' && meetingLines.some((c) => datesMeeting(c.line))));
  const candidates = [...fieldDateCandidates(fields, letterDate), ...meetingLines];
  const fmDate = frontMatterDate(frontMatter);
  // Read before ranking: the first year in document order completes dates written without one.
  const yearHint = fmDate || !candidates.length ? null : firstYear(candidates, all, fmTitle);
  // Best first, whatever decides the date: the time is looked for on the best date line too.
  candidates.sort(byScore);
  const stated = candidates.length ? candidateDate(candidates[0]!, yearHint) : null;
  // A notice is posted before its meeting: the front matter's date is when (a post's "date: 2019-05-12 19:19"), and a
  // later full date the notice states is the meeting's.
  const posted = fmDate && kind === 'innkalling' && stated && candidates[0]!.date.year && stated > fmDate;
  // A notice's post names its meeting with the date in its title ("title: Årsmøte 8. juni på Speiderhuset").
  const titled = fmDate && fmTitle && kind === 'innkalling' ? meetingDateInTitle(fmTitle, fmDate) : null;
  // "Den 13. april 2025 ble det avholdt et styremøte … fra kl. 18:35 til 19:48": a sentence before the items that a
  // meeting was held, and when: its full date when the header names none (a date without its year is not completed by
  // a guess), its time when its date is the meeting's or it names none.
  const held = heldSentence(all, firstItemLine);
  const heldDates = held ? findDates(held.text) : [];
  const heldOn = heldDates[0]?.year ? iso({ day: heldDates[0].day, month: heldDates[0].month, year: heldDates[0].year }) : null;
  const date = titled ?? (posted ? stated : (fmDate ?? stated ?? heldOn));
  const dateLine = candidates[0]?.line;

  const sources = timeSources(timeFields, dateFields, frontMatter, letterDate, dateLine, fieldLines, titleLine);
  // Last: a notice post's lead that calls the meeting on its day ("… innkalles til årsmøte …, mandag 8. juni kl. 18-19.").
  const lead = titled && fmTitle ? leadTime(frontMatter, titled, fmTitle) : null;
  // Then the other lines that give this date ("Tirsdag 5. mars 2024 kl. 18.30" under a dated title), and a
  // sentence that says when the meeting sat ("Møtet ble satt kl. 16.00 …", "… varte fra kl. 0930-1430").
  const best = candidates[0]?.date;
  for (const c of candidates) if (best && c.line !== dateLine && c.date.day === best.day && c.date.month === best.month) sources.push(c.line.text);
  // From the words that open it, in a sentence about a meeting or whose subject is a person ("Styreleder åpnet møte kl.
  // 18:00.", "Vi starter kl.10."), not a thing ("Registreringen åpnet kl. 17.30.": the next sentence, "Årsmøtet ble satt
  // kl. 18.00.", is).
  for (const l of nonBlank) {
    if (!SAT_AT.test(l.text)) continue;
    for (const sentence of l.text.split(SENTENCE_BREAK)) {
      const sat = MEETING_OR_ASSEMBLY.test(sentence) || !THING_FIRST.test(sentence) ? SAT_AT.exec(sentence) : null;
      if (sat) {
        sources.push(sentence.slice(sat.index));
        break;
      }
    }
  }
  // The clock after a place field's place ("Stad: Krona, Romsdalsmuseet, kl. 19.00").
  for (const f of fields) if (f.key === 'place' && placeThenClockAt(f.value) > 0) sources.push(f.value);
  // (A post's front matter dates the post, which may be days from the meeting it reports.)
  if (held && (!heldOn || !date || heldOn === date || date === fmDate) && (heldOn || !heldDates.length)) sources.push(held.text);
  // A line of its own that starts with the clock ("Kl. 18.30 – 20.15 på Teams") near the top.
  // Or with a time label before the clock and no colon ("Tidspunkt Kl. 14.00 til kl. 17.00", "Tid kl. 19-21").
  const timeLine = top.find((l) => CLOCK_LINE.test(l.text) || LABELLED_CLOCK_LINE.test(l.text));
  // A programme ("kl 1000-1030: Registrering" / "kl 1100-1200: Årsmøte" / "kl 1300-1430: Årsmøte held fram"): the
  // meeting's own rows, from the first one's start to the last one's end.
  const programme = timeLine ? programmeTime(nonBlank, timeLine, title) : null;
  if (programme) sources.push(`kl. ${programme.start}${programme.end ? `-${programme.end}` : ''}`);
  else if (timeLine) sources.push(timeLine.text);
  // Or the place, then the clock, on the line under the dated title ("Sagavn. 20, Leknes kl. 18.30").
  const placed = placeThenClock(top, titleLine, dateLine);
  if (placed) sources.push(placed.line.text);
  if (lead) sources.push(lead);
  // Last, a sentence anywhere in the minutes that says when this meeting sat ("Styremøtet varte frå kl. 1000 til 1100 då
  // medlemsmøtet overtok", closing the minutes).
  const time = firstTime(sources) ?? satAnywhere(all, title, kind === 'innkalling');
  const start = time ? time.start : null;
  let end = time ? time.end : null;
  if (!end) {
    // An end before the start belongs to something else.
    const ended = endedAt(all);
    if (ended && !(start && ended < start)) end = ended;
  }
  const found = findLocation(fields, timeFields, titleLine, dateLine, top, timeLine, nonBlank, fmTitle, date) ?? placed?.place ?? null;
  // A notice post's lead may name the place in full ("… årsmøte på baksiden av Speiderhuset, mandag …").
  const location = found && titled && fmTitle ? leadPlace(frontMatter, found, fmTitle) ?? found : found;
  const letterFields = readLetterFields(fields, nonBlank, all);
  const meeting: Meeting = { body: findBody(title, fields) ?? letterFields.recipient, date, start, end, location };
  const notice: Notice = {
    date: sentBefore(letterDate ? noticeDate(letterDateFields) : dateline ? fullDateOf(dateline.text) : null, date),
    ourRef: letterFields.ourRef,
    yourRef: letterFields.yourRef,
    caseHandler: letterFields.caseHandler,
    archiveCode: letterFields.archiveCode,
    recipient: letterFields.recipient,
    sender: letterFields.sender,
  };
  const hasNotice = kind === 'innkalling' && Object.values(notice).some(isSet);
  return { title, titleLine, kind, ...(kindIfMinutes !== undefined ? { kindIfMinutes } : {}), meeting, notice: hasNotice ? notice : null, fields };
}

/** The title line readHeader would find, without reading the rest of the header. */
export function readTitleLine(header: Line[], frontMatter: Record<string, unknown> | null): Line | null {
  const nonBlank = contentLines(header);
  const fmTitle = typeof frontMatter?.title === 'string' ? frontMatter.title : null;
  return findTitleLine(nonBlank, nonBlank.slice(0, 8), fmTitle);
}

/** The lines that can hold anything: not blank, not code. */
function contentLines(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) if (!l.blank && !l.code) out.push(l);
  return out;
}

function collectFields(nonBlank: Line[]): FieldHit[] {
  const fields: FieldHit[] = [];
  for (let i = 0; i < nonBlank.length; i++) {
    const l = nonBlank[i]!;
    const inline = inlineFields(l);
    if (inline.length) for (const f of inline) fields.push(f);
    else {
      const field = fieldOf(l);
      const f = field ?? bareLabel(l);
      if (f && !f.value && VALUE_UNDER.has(f.key)) {
        const under = valueUnder(l, nonBlank[i + 1]);
        // "Sted" / "Møtet ble avviklet på Teams": the place the sentence names.
        const value = under && (MEETING_SENTENCE.test(under.text) ? (f.key === 'place' ? placeInSentence(under.text) : undefined) : under.text);
        if (under && value) {
          fields.push({ key: f.key, value, line: under });
          i++;
          continue;
        }
      }
      if (field) fields.push(field);
    }
  }
  return fields;
}

/** Fields whose value a Word or PDF export may put on the line under the label ("Sted:" / "Bygdehuset, Lia"). */
const VALUE_UNDER: ReadonlySet<FieldHit['key']> = new Set(['date', 'time', 'timeAndPlace', 'place']);

/**
 * The line under a label alone that holds its value: right under it or after one blank line, short, and no label,
 * list item or sentence about the meeting ("Møtet ble avviklet på Teams" is read for its place elsewhere).
 */
function valueUnder(label: Line, next: Line | undefined): Line | null {
  if (!next || next.n - label.n > 2 || next.depth > 0 || next.bullet || next.text.length > 100) return null;
  // A sentence is no value ("Styret drøftet nye lokaler for klubben."), except one about the meeting (its place).
  if (/[.!?]$/.test(next.text) && !/\d\.$/.test(next.text) && !MEETING_SENTENCE.test(next.text)) return null;
  if (fieldOf(next) || bareLabel(next) || /:\s*$/.test(next.text)) return null;
  return next;
}

const LOWER_PLACE_AT_END = latinRegExp(String.raw`\s(?:på|i)\s+(\p{Ll}[\p{L}-]*(?:${PLACE_WORDS})(?:,\s*\p{Ll}[\p{L}-]*)?)\s*$`);

/** "Møtet ble avviklet på Teams": a sentence about the meeting under a label, no value as it stands. */
const MEETING_SENTENCE = /^møtet\b/i;

/** The place a sentence names: "på Teams" gives Teams, "hos Kari Nordvik" stays as written (as in a title). */
function placeInSentence(text: string): string | undefined {
  const m = PLACE_IN_TITLE.exec(text);
  if (!m) {
    // "Styremøte 07.02.19 på ungdomsskolen, kantina": in lower case, a place word ends the words after "på", the title
    // ends there (with a room after a comma).
    const lower = LOWER_PLACE_AT_END.exec(text);
    return lower ? lower[1]! : undefined;
  }
  let place = /\bhos\s/.test(m[0]) ? m[0].trim() : m[1]!.trim();
  // "på Grand Hotell, Kari.": a name after the comma is no town.
  const town = /,\s*(\S+)$/.exec(place);
  if (town && isGivenName(town[1]!)) place = place.slice(0, town.index);
  return place;
}

/** A date, time or place label alone on its line without a colon ("Sted", "Tid"): a field only with its value under it. */
function bareLabel(l: Line): FieldHit | null {
  if (l.text.length > 20 || l.text.includes(':')) return null;
  for (const key of VALUE_UNDER) {
    const m = matchLabel(labelText(l), FIELD_SETS[key]);
    if (m?.alone) return { key, value: '', line: l };
  }
  return null;
}

function namesKind(text: string): boolean {
  const lower = text.toLowerCase();
  return KIND_RES.some((entry) => namesKindOf(entry, text, lower));
}

function startsWithKind(l: Line): boolean {
  // A title opens with a capital or a digit: "ut innkalling minst 14 dager før …" is a wrapped sentence.
  return !startsLower(l.text) && namesKind(l.text.slice(0, 30)) && l.text.length < 160 && !fieldOf(l);
}

/** "Godkjenning av innkalling", "Gjennomgang av referat": an item that names a document, not the document's title. */
const APPROVES = latinRegExp(`^(?:${alternation(labels.documentItems)})(?![\\p{L}])`, 'i');
/** "Innkallinga godkjent.", "Sakslista vart godkjend": minutes approving a document, which names no kind of this one. */
const APPROVED = latinRegExp(
  `^(?:${alternation(labels.documentMentions)})(?:\\s+og\\s+(?:${alternation(labels.documentMentions)}))?\\s+(?:(?:er|ble|blei|vart|vert|blir)\\s+)?(?:enstemmig\\s+|einstemmig\\s+)?(?:${alternation(labels.approvedWords)})(?![\\p{L}])`,
  'i',
);

/**
 * A title is one short line, not running prose that mentions a referat, and not a point in a bulleted list ("•
 * Årsmøtet planlegges gjennomført på Gardermoen den 6.mars" under an item).
 */
function titleLike(l: Line): boolean {
  return l.bullet === null && l.text.length <= 120 && !/[.!?]\s+[A-ZÆØÅ][a-zæøå]/.test(l.text) && !fieldOf(l) && !CASE_HEADING.test(l.text) && !APPROVES.test(l.text);
}

/** "Sak STY 30/03 Godkjenning av protokoll …": an item's heading, never the document's title. */
const CASE_HEADING = latinRegExp(`^(?:${alternation(itemWords.numberPrefixes)})\\.?\\s*(?:\\p{Lu}{2,5}\\s+)?\\d`, 'i');

/** A kind of document in its definite form: "innkallingen", "referatet", "sakslista". */
const DOCUMENT_MENTION = latinRegExp(`(?<![\\p{L}])(?:${alternation(labels.documentMentions)})(?![\\p{L}])`, 'i');
/**
 * A sentence that tells the reader about a document ("Les innkallingen og saksdokumentene her.", "Innkallingen finner du
 * her:", "Last ned innkalling (PDF)") is no title: it dates nothing, and it tells the reader what to do, or names the
 * document in the definite form and ends in a full stop or in "her".
 */
const tellsOfDocument = (l: Line): boolean =>
  findDates(l.text).length === 0 && (READER_IMPERATIVE.test(l.text) || (DOCUMENT_MENTION.test(l.text) && (/\.$/.test(l.text) || HERE_AT_END.test(l.text))));
/** "Les …", "Last ned …": what a page tells its reader to do with a document (a link's text). */
const READER_IMPERATIVE = latinRegExp(`^(?:${alternation(labels.readerImperatives)})(?![\\p{L}])`, 'i');
/** "… finner du her:", "… saksdokumentene her": where the link is. */
const HERE_AT_END = /\sher:?$/i;
const isKindTitle = (l: Line): boolean => titleLike(l) && namesKind(l.text) && !tellsOfDocument(l);
const FINITE_VERB_IN_TITLE = latinRegExp(`\\b(?:${labels.finiteVerbs.join('|')})\\b`, 'i');
/** The first sentence of a line that runs on into more sentences. */
const FIRST_SENTENCE = latinRegExp(String.raw`^(.{8,120}?[.!?])\s+(?=\p{Lu}\p{Ll})`);

/**
 * "PROTOKOLL fra møte i X 15.9.2005.  Møtet ble holdt …": the title sentence that opens a longer line, else null. It
 * opens with a kind word and dates the meeting; "Oppfølgingssaker fra årsmøtet …" or "SAKSLISTE Utvalgssakstype/nr."
 * are no such title.
 */
function openingTitle(l: Line): string | null {
  const m = FIRST_SENTENCE.exec(l.text);
  if (!m) return null;
  const head: Line = { ...l, text: m[1]! };
  const first = /^\S+/.exec(head.text)![0];
  // A title written as one ("PROTOKOLL fra …"), not a sentence that reports on one ("Protokoll fra årsmøtet 12.02.2024
  // er signert.", "Referat fra forrige møte … ble godkjent."): the kind word in capitals, no finite verb.
  if (first !== first.toUpperCase() || FINITE_VERB_IN_TITLE.test(head.text)) return null;
  return titleLike(head) && namesKind(first) && findDates(head.text).length > 0 ? m[1]! : null;
}
const opensWithTitle = (l: Line): boolean => openingTitle(l) !== null;
const isTitleStartingWithKind = (l: Line): boolean => titleLike(l) && startsWithKind(l) && !tellsOfDocument(l);
/** A line that names a meeting; not a point of a list ("- Jakob åpnet møtet" under "- Åpning"). */
const isMeetingTitle = (l: Line): boolean => !l.bullet && !fieldOf(l) && /\bmøte|\bmøtet\b|møte\b/i.test(l.text) && l.text.length < 120;
const isShortNonField = (l: Line): boolean => !fieldOf(l) && l.text.length <= 120;

const WEB_PAGE_FURNITURE: ReadonlySet<string> = new Set(labels.webPageFurniture);
const FURNITURE_FORM = /^(?:download\s+".*"|\d+\s+år\s+siden)$/;

/** A line a PDF-hosting web page put around the document ("Save this PDF as:", "Transkript", 'Download "…"'). */
function isWebPageFurniture(l: Line): boolean {
  if (l.text.length > 400) return false;
  const t = l.text.toLowerCase().replace(/^[-–•]\s*/, '').replace(/\s+/g, ' ').trim();
  return WEB_PAGE_FURNITURE.has(t) || FURNITURE_FORM.test(t);
}

/** Title: the first line naming a kind of meeting document, else the first line; never a web page's furniture. */
function findTitleLine(allNonBlank: Line[], allTop: Line[], fmTitle: string | null): Line | null {
  const furniture = allTop.some(isWebPageFurniture);
  const nonBlank = furniture ? allNonBlank.filter((l) => !isWebPageFurniture(l)) : allNonBlank;
  // The first lines that are not furniture, as many as without it.
  const top = furniture ? nonBlank.slice(0, allTop.length) : allTop;
  // Front matter that names the title makes the search unnecessary (and a later heading is no title).
  // A line in lower case right under one that runs on ("Styret sender" / "ut innkalling minst 14 dager før …") is a
  // wrapped sentence, no title.
  const cased = (l: Line): boolean => {
    if (!startsLower(l.text)) return true;
    const prev = nonBlank[nonBlank.indexOf(l) - 1];
    return !prev || prev.n !== l.n - 1 || !LETTER_OR_COMMA_LAST.test(prev.text);
  };
  // A title run together with the text under it (a flattened page: "PROTOKOLL fra møte i X 15.9.2005.  Møtet ble holdt
  // …") is the title still, before a heading further down that names a kind.
  let titleLine = fmTitle ? null : top.find((l) => (cased(l) && isKindTitle(l)) || opensWithTitle(l)) ?? nonBlank.find(isTitleStartingWithKind) ?? null;
  if (!titleLine) titleLine = top.find(isMeetingTitle) ?? null;
  if (!titleLine && !fmTitle) titleLine = nonBlank.find(isShortNonField) ?? null;
  return titleLine;
}

const LETTER_FIELD_KEYS: ReadonlySet<FieldHit['key']> = new Set(['caseHandler', 'ourRef', 'yourRef']);
const isLetterField = (f: FieldHit): boolean => LETTER_FIELD_KEYS.has(f.key);
const isLetterClosing = (l: Line): boolean => /^med\s+vennlig\s+hilsen/i.test(l.text);

function looksLikeLetter(fields: FieldHit[], nonBlank: Line[]): boolean {
  return fields.some(isLetterField) || nonBlank.some(isLetterClosing);
}

/** Protocol signers elected, or a record signed: minutes of a formal kind, whatever the title calls them. */
const SIGNED_RECORD = latinRegExp(`(?<![\\p{L}])(?:${alternation(labels.signedRecord)})`, 'i');

/**
 * "Referat fra årsmøte 2010": a title that itself calls the minutes a referat, of a meeting whose type makes minutes
 * formal, and that never says protokoll or møtebok. Such minutes are a referat unless signed as a record (`lines` name
 * protocol signers). Over "Referat" a line "Generalforsamling" is another matter: no one title text names both.
 */
export function referatOfMeeting(title: string | null, lines: Line[]): boolean {
  if (!title || namesProtocol(title) || lines.some((l) => SIGNED_RECORD.test(l.text))) return false;
  const kinds = kindsNamedIn([title]);
  if (kinds.has('referat')) return kinds.has('protokoll');
  // "Det ble avholdt årsmøte i grannelaget 08.03.2011 kl 1900 i Eldresenteret.": a sentence that tells of the meeting
  // held opens the minutes, no formal title; the meeting's type names no protocol.
  if (/[.!]$/.test(title.trim()) && HELD_SENTENCE.test(title)) return true;
  // "Årsmøte 2021" (a page titled by its meeting) over "REFERAT FRÅ ÅRSMØTE I ROMSDAL SOGELAG 9. MARS 2021" or
  // "REFERAT" / "Årsmøte i Stord sogelag 11.02.10": the minutes under it headed as a referat.
  return kinds.size === 1 && lines.slice(0, 60).some(isReferatHeading);
}

/** A line that heads minutes as a referat: it opens with the word, and is a heading, no sentence about another one. */
const REFERAT_FIRST = latinRegExp(`^(?:${tolerantAlternation(labels.titles.referat)})(?![\\p{L}])`, 'i');
function isReferatHeading(l: Line): boolean {
  const t = l.text;
  return t.length <= 120 && !startsLower(t) && REFERAT_FIRST.test(t) && !/[.!?]$/.test(t) && !FINITE_VERB_IN_TITLE.test(t) && !EARLIER.test(t.toLowerCase().replace(/^\S+\s+(?:fra|frå)\s+/, ''));
}

/** The kinds of document the texts name (each read up to 160 characters). */
function kindsNamedIn(texts: string[]): Set<Kind> {
  const kinds = new Set<Kind>();
  for (const text of texts) {
    const head = text.slice(0, 160);
    if (head === '') continue;
    const lower = head.toLowerCase();
    for (const entry of KIND_RES) if (namesKindOf(entry, head, lower)) kinds.add(entry[0]);
  }
  return kinds;
}

/** The title, and a short line under it that belongs to it ("Referat" / "Generalforsamling"). */
function titleTexts(nonBlank: Line[], fmTitle: string | null, titleLine: Line | null): string[] {
  const underTitle = titleLine ? nonBlank[nonBlank.indexOf(titleLine) + 1] : undefined;
  return [fmTitle ?? '', titleLine?.text ?? '', underTitle && underTitle.text.split(/\s+/).length <= 4 && !fieldOf(underTitle) && !APPROVED.test(underTitle.text) ? underTitle.text : ''];
}

/** The top lines, headings and bold lines, and lines that start with a kind word. */
function kindLines(nonBlank: Line[], top: Line[], fmTitle: string | null): string[] {
  const texts: string[] = [fmTitle ?? ''];
  for (const l of top) if (!APPROVED.test(l.text)) texts.push(l.text);
  for (const l of nonBlank) if ((l.depth > 0 || l.strong || startsWithKind(l)) && !APPROVES.test(l.text) && !APPROVED.test(l.text)) texts.push(l.text);
  return texts;
}

/** Kind from the title lines (the first one that names a kind), letter features decide innkalling. */
function findKind(nonBlank: Line[], top: Line[], fmTitle: string | null, titleLine: Line | null, letter: boolean, weak: ((l: Line) => boolean) | null): Kind | null {
  const calls = weak ? (l: Line): boolean => callsMeeting(l) || weak(l) : callsMeeting;
  const titles = titleTexts(nonBlank, fmTitle, titleLine);
  // The title decides when it names a kind; the other top lines only when it does not.
  let kinds = kindsNamedIn(titles);
  if (!kinds.size) {
    kinds = kindsNamedIn(kindLines(nonBlank, top, fmTitle));
    // Other lines say protokoll for what they approve or refer to; a flattened page's heading in capitals at the top
    // ("… Radøy PROTOKOLL MØTE I REGIONRÅDET NORDHORDLAND Møte: 6/2014") names the document.
    if (!top.some((l) => CAPITALS_PROTOCOL.test(l.text))) kinds.delete('protokoll');
  }
  // "Innkalling til generalforsamling" is a notice: the meeting's type (årsmøte, generalforsamling)
  // makes minutes formal, but only the words protokoll/møtebok outrank a notice.
  const explicitProtocol = titles.some(namesProtocol);
  if (kinds.has('protokoll') && kinds.has('innkalling') && !explicitProtocol) kinds.delete('protokoll');
  // "Saksliste årsmøte 2024": the agenda of a meeting of that type, no minutes.
  if (kinds.has('protokoll') && kinds.has('sakskart') && !kinds.has('referat') && !explicitProtocol) kinds.delete('protokoll');
  // "Årsmøte i X" over "X kallar inn til årsmøte …": the meeting's type, and the document calls it.
  if (kinds.has('protokoll') && !explicitProtocol && nonBlank.some(calls)) return 'innkalling';
  if (kinds.has('protokoll')) return 'protokoll';
  if (kinds.has('innkalling')) return 'innkalling';
  if (kinds.has('referat')) return 'referat';
  if (kinds.has('sakskart')) return letter || nonBlank.some(callsPeople) ? 'innkalling' : 'sakskart';
  // No kind named, but the first lines call the meeting ("Vi varsler om et beboermøte:", "Frå 24. til 25. april skipar
  // vi til landsmøte!"): a notice.
  if (top.some(calls)) return 'innkalling';
  return null;
}

/** "Eventuelle forfall meldes …", "Varamedlemmer innkalles etter nærmere varsel", or calling the meeting: an agenda worded as a notice. */
const NOTICE_PHRASE = latinRegExp(`(?<![\\p{L}])(?:${alternation([...labels.callPhrases, ...labels.noticePhrases])})(?![\\p{L}])`, 'i');
/**
 * "Lia mållag kallar inn til årsmøte": the document calls the meeting (present tense), which minutes never do; not
 * someone called to a later meeting ("Revisor innkalles til neste møte").
 */
const NOT_A_LATER_MEETING = `(?!\\s+(?:${alternation(labels.laterMeetingWords)})(?![\\p{L}]))`;
const CALL_PHRASE = latinRegExp(`(?<![\\p{L}])(?:${alternation(labels.callPhrases)})(?![\\p{L}])${NOT_A_LATER_MEETING}`, 'i');
/** "Styret innkaller herved til årsmøte", "kaller med dette medlemmene inn til": the verb, two words at most, its particle. */
const CALL_VERB = latinRegExp(
  `(?<![\\p{L}])(?:(?:${alternation(labels.callVerbs.callsInn)})(?:\\s+\\p{L}+){0,2}?\\s+inn|(?:${alternation(labels.callVerbs.callsTil)})(?:\\s+\\p{L}+){0,2}?)\\s+til(?![\\p{L}])${NOT_A_LATER_MEETING}`,
  'i',
);
const callsMeeting = (l: Line): boolean => CALL_PHRASE.test(l.text) || CALL_VERB.test(l.text);
/** "Det avvikles møte i komite for motorferdsel …" (labels.json noticeHeld); not "Det holdes møte med kommunen". */
const NOTICE_HELD = latinRegExp(`^det\\s+(?:${alternation(labels.noticeHeld)})\\s+(?:et\\s+|eit\\s+)?\\p{L}*møte(?![\\p{L}])(?!\\s+med(?![\\p{L}]))`, 'i');
const callsPeople = (l: Line): boolean => NOTICE_PHRASE.test(l.text) || CALL_VERB.test(l.text) || NOTICE_HELD.test(l.text);
/** "Velkomne til årsmøte i …", "velkommen til semesterets generalforsamling", "Vel møtt!": a notice's welcome, which minutes may also write. */
const WELCOME = latinRegExp(
  `(?<![\\p{L}])(?:${alternation(labels.welcomePhrases)}|(?:${alternation(labels.welcomeTo.words)})\\s+til\\s+(?:\\p{L}+s\\s+)?(?:${alternation(labels.welcomeTo.meetings)}))(?![\\p{L}])`,
  'i',
);
/** "Formannen ønsket vel møtt", "Leiaren ønskte alle velkommen til årsmøte": minutes telling of the welcome. */
const WELCOMED = latinRegExp(
  `(?<![\\p{L}])(?<!(?:er|blir|vert|e)\\s+(?:\\p{L}+\\s+)?)(?:${alternation(labels.welcomedVerbs)})\\s+(?:[\\p{L}\\d]+\\s+){0,5}?(?:vel\\s+møtt|${alternation(labels.welcomeTo.words)})(?![\\p{L}])`,
  'i',
);
const welcomesToMeeting = (l: Line): boolean => WELCOME.test(l.text) && !WELCOMED.test(l.text);

/** The meeting noun a title names ("Årsmøte 8. juni på Speiderhuset": årsmøte), and its ending (møte). */
const MEETING_NOUN = latinRegExp(`(?<![\\p{L}])\\p{L}*?(${MEETING_NOUN_WORDS})(?![\\p{L}])`, 'i');
const DEFINITE: Record<string, string> = labels.heldLaterNouns;
/** "Årsmøtet vil bli gjennomført", "Kretstinget skal holdes": a meeting in the definite form, said to be held later. */
const HELD_LATER = latinRegExp(
  `(?<![\\p{L}])(\\p{L}*(?:${MEETING_NOUN_DEFINITES}))\\s+(?:${alternation(labels.heldLater)})(?![\\p{L}])`,
  'gi',
);
const NEXT_MEETING = latinRegExp(`(?<![\\p{L}])(?:${alternation(calendar.next)})(?![\\p{L}])`, 'i');

/**
 * The lines that say the document's own meeting is still to be held: its title's meeting in the definite form
 * ("Årsmøte 8. juni" over "Årsmøtet vil bli gjennomført utendørs"), or "møtet". Another meeting ("landsmøtet vil bli
 * holdt i Trondheim") and the next one ("Neste møte:" over "Møtet vil bli holdt 5. juni") are no such line.
 */
/** The definite form of the meeting the title names ("Årsmøte 2025" → "årsmøtet"), or null. */
function ownMeetingNoun(title: string | null): string | null {
  const noun = title ? MEETING_NOUN.exec(title.slice(0, 200)) : null;
  return noun ? noun[0].toLowerCase().slice(0, -noun[1]!.length) + DEFINITE[noun[1]!.toLowerCase()] : null;
}
/** This meeting's words without their endings (labels.json thisMeeting: "møtet", "styremøtet", "dagens møte"). */
const THIS_MEETING_BASES = new Set(labels.thisMeeting.map((w) => nounBase(w.replace(/^dagens\s+/i, ''))));
/** A meeting's noun anywhere in a line (labels.json heldLaterNouns: møte, generalforsamling, forsamling, ting). */
const MEETS = new RegExp(MEETING_NOUN_WORDS, 'i');

function heldLaterLines(nonBlank: Line[], title: string | null): Set<Line> {
  const lines = new Set<Line>();
  const own = ownMeetingNoun(title);
  if (!own) return lines;
  for (let i = 0; i < nonBlank.length; i++) {
    const l = nonBlank[i]!;
    if (NEXT_MEETING.test(l.text) || (i > 0 && NEXT_MEETING.test(nonBlank[i - 1]!.text))) continue;
    for (const m of l.text.matchAll(HELD_LATER)) {
      const subject = m[1]!.toLowerCase();
      if (subject === own || subject === 'møtet') lines.add(l);
    }
  }
  return lines;
}

/** What minutes report and a notice does not ("ble vedtatt", "møtet ble hevet"): it overrules a weak notice sign. */
const PAST_TENSE = latinRegExp(`(?<![\\p{L}])(?:${alternation(labels.minutesPastTense)})(?![\\p{L}])`, 'i');
export const reportsMinutes = (l: Line): boolean => PAST_TENSE.test(l.text) || ENDED.test(l.text);

/** "Du innkalles med dette til møte …": a word that calls the meeting, words between it and the meeting allowed. */
/** "Det holdes styremøte tirsdag …", "Det vert halde årsmøte …": the sentence that says the meeting will be held. */
/** "Leder hadde møte med rådmannen": someone held a meeting with someone (not "Dialogmøte med Statens vegvesen 3. mars", a title). */
const MEETING_WITH = latinRegExp(String.raw`(?<![\p{L}])(?:${alternation([...labels.heldMeeting, ...labels.hadMeeting])})\s+(?:(?:${alternation(labels.articles)})\s+)?\p{L}*møte\s+(?:${alternation(labels.meetingWith)})\s+\p{L}`, 'i');
const HOLDS_MEETING = latinRegExp(`(?<![\\p{L}])(?:${alternation(labels.meetingHeld)})\\s+(?:et\\s+|eit\\s+)?\\p{L}*møte(?![\\p{L}])`, 'i');
const CALLED = latinRegExp(`(?<![\\p{L}])(?:${alternation(labels.calledWords)})(?![\\p{L}])`, 'i');
const namesProtocol = (text: string): boolean => text !== '' && EXPLICIT_PROTOCOL.test(text);
const isTimeField = (f: FieldHit): boolean => f.key === 'time' || f.key === 'timeAndPlace';
const isDateField = (f: FieldHit): boolean => f.key === 'date';
const holdsDate = (f: FieldHit): boolean => datesIn(f).length > 0;

// The letter date, date candidates, notice date and location all read the fields' dates: found once per field.
const FIELD_DATES = new WeakMap<FieldHit, readonly FoundDate[]>();

function datesIn(f: FieldHit): readonly FoundDate[] {
  let dates = FIELD_DATES.get(f);
  if (!dates) {
    dates = findDates(f.value);
    FIELD_DATES.set(f, dates);
  }
  return dates;
}

const byScore = (a: DateCandidate, b: DateCandidate): number => b.score - a.score || a.line.n - b.line.n;
const isSet = (v: unknown): boolean => v !== null;

/** A notice letter's date, when it is before the meeting's (a flattened "Dato:" may hold the meeting's title and date). */
function sentBefore(letter: string | null, meeting: string | null): string | null {
  return letter && (!meeting || letter < meeting) ? letter : null;
}

/** The date of a notice letter: the last "Dato:" field with a full date. */
function noticeDate(dateFields: FieldHit[]): string | null {
  let date: string | null = null;
  for (const f of dateFields) date = fullDate(datesIn(f)[0]) ?? date;
  return date;
}

/** The first date in `text` as YYYY-MM-DD when it gives its year ("Raufoss, 2. april 2024"), else null. */
const fullDateOf = (text: string): string | null => fullDate(findDates(text)[0]);
const fullDate = (d: FoundDate | undefined): string | null => (d?.year ? iso({ day: d.day, month: d.month, year: d.year }) : null);

/** "Møtedato:", "Møtedag:": a date field that names the meeting's date, never a letter's. */
const MEETING_DATE_FIELD = latinRegExp(String.raw`^[\s*_|]*(?:møtedato|møtedag|dato\s+for\s+møtet)(?![\p{L}])`, 'i');
/** "Raufoss, 2. april 2024": a letter's dateline, a place and the date, the whole line; not a weekday or a meeting ("Tirsdag, 16. april 2024"). */
const isDateline = (text: string): boolean => DATELINE.test(text) && !WEEKDAY_FIRST.test(text) && !MEETING_WORD.test(text);
const WEEKDAY_FIRST = latinRegExp(`^(?:${alternation(Object.keys(calendar.weekdays))})(?![\\p{L}])`, 'i');
const DATELINE = latinRegExp(String.raw`^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2},\s*(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.\s*|\p{L}+\s+)\d{4}$`);

/** Dates in the date and time fields score highest (a letter's own date is no candidate). */
function fieldDateCandidates(fields: FieldHit[], letterDate: boolean): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  for (const f of fields) {
    if (f.key === 'date' && letterDate && !MEETING_DATE_FIELD.test(f.line.text)) continue;
    if (f.key === 'date' || f.key === 'time' || f.key === 'timeAndPlace') for (const d of datesIn(f)) candidates.push({ date: d, score: 6, line: f.line });
  }
  return candidates;
}

const TITLE_EARLIER = /\b(?:forrige|neste|godkjenning)\b/i;
/**
 * A line that names the document's own meeting, not an earlier one: "Fra møte i nemnda 8. september 2015", and one
 * that opens with its kind ("Referat fra styremøte i VLF onsdag 9. august 2023" under "Referat August").
 */
const SUBTITLE = /^(?:(?:fra|frå)\s+møte(?:t)?\s+i\s+(?!.*\b(?:forrige|godkjenning|referat)\b)|(?:referat|protokoll|møtereferat|møteprotokoll)\s+(?:fra|frå)\s+[a-zæøå]*møte(?:t)?\s+(?!.*\b(?:forrige|førre|godkjenning|godkjent|godkjend|godkjennes|godkjennast|vedtatt|vedteke)\b))/;
/** "Referat styremøte 3/7": day/month after the word møte, in the title only. */
const TITLE_DAY_MONTH = /møte\w*\s+(?:den\s+)?(\d{1,2})\/(\d{1,2})(?![\d/])/i;
const MEETING_WORD = /\bmøte|\bmøtet|\bmøtte|\bmøtedato\b/i;

/** Dates on the other header lines, scored by where the line stands; added to `out`. */
function lineDateCandidates(nonBlank: Line[], fieldLines: Set<Line>, titleLine: Line | null, out: DateCandidate[]): void {
  const titleIndex = titleLine ? nonBlank.indexOf(titleLine) : -1;
  for (let k = 0; k < nonBlank.length; k++) {
    const l = nonBlank[k]!;
    if (fieldLines.has(l)) continue;
    const isTitle = l === titleLine;
    const lower = l.text.toLowerCase();
    // "Godkjenning av referat fra møte 16. januar" points back; a subtitle that opens with it ("Fra møte i nemnda
    // 8. september 2015") names this meeting.
    if (isTitle && TITLE_EARLIER.test(l.text)) continue;
    // "Leder hadde møte med rådmannen 3. mars kl. 10": a meeting with someone, another than the document's.
    if (!isTitle && MEETING_WITH.test(l.text)) continue;
    let ds = findDates(l.text);
    // Sentence by sentence: "Generalforsamlingen avholdes 9. juni kl. 18.00. Saker … må være styret i hende innen 9. mai
    // 2022." dates the meeting in the first sentence; only the second points elsewhere.
    if (!isTitle && EARLIER.test(lower) && !SUBTITLE.test(lower)) ds = datesNotPointingElsewhere(l.text, ds);
    const dm = isTitle ? TITLE_DAY_MONTH.exec(l.text) : null;
    if (dm && !ds.length && Number(dm[2]) <= 12) ds.push({ day: Number(dm[1]), month: Number(dm[2]), year: null, weekday: null, index: dm.index, end: dm.index + dm[0].length });
    if (!ds.length) continue;
    const score = lineScore(l, k, isTitle, titleIndex);
    for (const d of ds) out.push({ date: d, score, line: l });
  }
}

/**
 * The dates of `text` whose sentence (decisions.ts `sentences`) does not point elsewhere. Dates and sentences both come
 * in order, so one pass serves them all, and each sentence is read once (a long line of many dates stays linear).
 */
function datesNotPointingElsewhere(text: string, dates: FoundDate[]): FoundDate[] {
  const parts = sentences(text);
  const out: FoundDate[] = [];
  let k = 0;
  let judged = -1;
  let elsewhere = false;
  for (const d of dates) {
    while (k + 1 < parts.length && parts[k + 1]!.offset <= d.index) k++;
    if (judged !== k) {
      judged = k;
      elsewhere = EARLIER.test(parts[k]!.text.toLowerCase());
    }
    if (!elsewhere) out.push(d);
  }
  return out;
}

function lineScore(l: Line, k: number, isTitle: boolean, titleIndex: number): number {
  let score = 0;
  // The title, and one more when it names its meeting in a compound ("Protokoll fra styremøte torsdag 14. mai 2015"
  // under a post's date "mandag 25. mai 2015": MEETING_WORD below wants "møte" to open a word).
  if (isTitle) score += /møte|forsamling/i.test(l.text) && !MEETING_WORD.test(l.text) ? 6 : 5;
  // Near the title: up to three lines under it, or two above it (a web page's date line). Further above it is a
  // web page's or a letter's own matter (a news ticker's "14. januar kl. 16:39"). No title: the first lines.
  else if (titleIndex >= 0 ? k <= titleIndex + 3 && k >= titleIndex - 2 && k < 12 : k < 6) score += 4;
  else if (k < 8) score += 2;
  else score += 1;
  if (MEETING_WORD.test(l.text)) score += 1;
  if (l.text.length < 40) score += 1;
  // "Du innkalles med dette til møte … 28.11.2019 kl. 18.00": the sentence that calls the meeting dates it, not the
  // letter's own date line ("Sandnes 22.11.2019").
  if (CALLED.test(l.text) || callsMeeting(l) || HOLDS_MEETING.test(l.text)) score += 3;
  // "Styremøte 16. april 2024" first of all, under a page's other title: a meeting and its date, nothing between.
  else if (k === 0 && DATED_MEETING.test(l.text)) score += 2;
  return score;
}
/** A meeting's noun, then its date: "Styremøte 16. april 2024", "Årsmøte tirsdag 5. mars". */
const DATED_MEETING = latinRegExp(String.raw`^\p{L}*møte\s+(?:(?:${alternation(Object.keys(calendar.weekdays))})\s+)?(?:den\s+)?\d{1,2}\.?\s*(?:\p{L}{3,}|\d{1,2}\.)`, 'i');

/** Between a title's meeting noun and its date: nothing, "den", a weekday ("Årsmøte mandag 8. juni"). */
const NOUN_TO_DATE = latinRegExp(`^\\s*,?\\s*(?:den\\s+)?(?:${alternation(Object.keys(calendar.weekdays))}\\s*,?\\s*)?(?:den\\s+)?$`, 'i');

/**
 * The date a notice's title gives its meeting: the date right after the meeting noun ("Årsmøte 8. juni på
 * Speiderhuset", "Innkalling til styremøte 31. mai 2021"), on or after `post` (a notice precedes its meeting; a
 * year-less date takes the year that puts it there). A title with a deadline or another meeting ("Frist for innspill
 * til årsmøte 1. mars", "neste møte") gives none, nor one whose date does not follow the noun.
 */
function meetingDateInTitle(title: string, post: string): string | null {
  const head = title.slice(0, 200);
  if (EARLIER.test(head.toLowerCase())) return null;
  const noun = MEETING_NOUN.exec(head);
  if (!noun) return null;
  const after = noun.index + noun[0].length;
  const d = findDates(head).find((x) => x.index >= after);
  if (!d || !NOUN_TO_DATE.test(head.slice(after, d.index))) return null;
  if (d.year) {
    const date = iso({ day: d.day, month: d.month, year: d.year });
    return date >= post ? date : null;
  }
  const year = Number(post.slice(0, 4));
  const date = iso({ day: d.day, month: d.month, year });
  return date >= post ? date : iso({ day: d.day, month: d.month, year: year + 1 });
}

/**
 * The time a notice post's lead gives its meeting: right after the meeting's date (`date`, read from the title), in
 * a lead that names the title's meeting (its noun, "årsmøte") before that date with no deadline word between
 * in one clause ("Speidere og foreldre innkalles til gruppetingets årsmøte på …, mandag 8. juni kl. 18-19."). Another
 * day's time ("påmelding innen 5. juni kl. 12"), a deadline ("påmelding til årsmøtet innen 8. juni kl. 12") and a time
 * of something else that day ("Dugnad 8. juni kl. 10") are none. Only the lead's first 1000 characters are read.
 */
function leadTime(fm: Record<string, unknown> | null, date: string, title: string): string | null {
  const noun = titleMeetingNoun(title);
  if (!noun) return null;
  const [month, day] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  for (const lead of leadsOf(fm)) {
    const d = findDates(lead).find((x) => x.day === day && x.month === month);
    if (!d || !CLOCK_AFTER_DATE.test(lead.slice(d.end))) continue;
    if (!namesMeetingBefore(lead, d.index, noun)) continue;
    const t = findTimes(lead.slice(d.end, d.end + 40))[0];
    if (t) return lead.slice(d.end, d.end + t.after);
    const hour = WHOLE_HOUR.exec(lead.slice(d.end, d.end + 20));
    if (hour) return hour[0];
  }
  return null;
}

/** The meeting a title names ("årsmøte", lower-cased), from its first 200 characters. */
function titleMeetingNoun(title: string): string | undefined {
  return MEETING_NOUN.exec(title.slice(0, 200))?.[0].toLowerCase();
}

/** A notice post's leads (front matter's description, summary, ingress …: labels.json frontMatterLeads), their first 1000 characters. */
function leadsOf(fm: Record<string, unknown> | null): string[] {
  const out: string[] = [];
  for (const key of labels.frontMatterLeads) {
    const v = fm?.[key];
    if (typeof v === 'string') out.push(v.slice(0, 1000));
  }
  return out;
}

/** The title's meeting, clause-close before `index` in `lead`, with no deadline word between (a notice's lead). */
function namesMeetingBefore(lead: string, index: number, noun: string): boolean {
  const before = lead.slice(0, index).toLowerCase();
  const at = before.lastIndexOf(noun);
  if (at < 0) return false;
  // The noun and what follows in one clause: close, no sentence or clause ending between them, no deadline word.
  const between = before.slice(at);
  return between.length <= 100 && !/[.!?;:](?:\s|$)/.test(between.replace(/\d\.\s/g, '')) && !EARLIER.test(between);
}

/**
 * `place` as a notice post's lead names it in full: "på" and up to three words in lower case before it, in the clause
 * that names the title's meeting ("innkalles til gruppetingets årsmøte på baksiden av Speiderhuset, …" gives
 * "baksiden av Speiderhuset" for the title's Speiderhuset). Null when the lead says no more.
 */
function leadPlace(fm: Record<string, unknown> | null, place: string, title: string): string | null {
  const noun = titleMeetingNoun(title);
  if (!noun) return null;
  const fuller = latinRegExp(`(?<![\\p{L}])på\\s+((?:\\p{Ll}+\\s+){1,3}${escapeRegExp(place)})(?![\\p{L}])`);
  for (const lead of leadsOf(fm)) {
    const m = fuller.exec(lead);
    if (m && namesMeetingBefore(lead, m.index, noun)) return m[1]!.replace(/\s+/g, ' ');
  }
  return null;
}

function frontMatterDate(fm: Record<string, unknown> | null): string | null {
  const d = fm?.date;
  if (d instanceof Date && !Number.isNaN(d.getTime())) return d.toISOString().slice(0, 10);
  if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d)) return d.slice(0, 10);
  return null;
}

/**
 * The first year among the candidates in document order, else the first year in the document: a front matter title
 * ("title: Generalforsamling 2025") stands first in it.
 */
function firstYear(candidates: DateCandidate[], all: Line[], fmTitle: string | null): number | null {
  for (const c of candidates) if (c.date.year) return c.date.year;
  const titled = fmTitle ? TITLE_YEAR.exec(fmTitle.slice(0, 200)) : null;
  return titled ? Number(titled[1]) : allYears(all);
}

function candidateDate(best: DateCandidate, yearHint: number | null): string | null {
  const year = yearFor(best.date, yearHint);
  return year ? iso({ day: best.date.day, month: best.date.month, year }) : null;
}

/** Where to look for the time: fields first, then the date/title lines. */
const BARE_CLOCK = /^\s*(?:[01]?\d|2[0-3])[.:]?[0-5]\d(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[.:]?[0-5]\d)?\s*$/;
function timeSources(
  timeFields: FieldHit[],
  dateFields: FieldHit[],
  frontMatter: Record<string, unknown> | null,
  letterDate: boolean,
  dateLine: Line | undefined,
  fieldLines: Set<Line>,
  titleLine: Line | null,
): string[] {
  const sources: string[] = [];
  // A time field's bare clock ("Klokka: 2030", "Tid: 1800-2000") is read as the clock it is.
  for (const f of timeFields) sources.push(BARE_CLOCK.test(f.value) ? `kl. ${f.value.trim()}` : f.value);
  const fmT = fmTime(frontMatter);
  if (fmT) sources.push(fmT);
  // "Dato: Tysdag 14. mars 2023, kl. 19.00" — but not a notice letter's own date.
  if (!letterDate) for (const f of dateFields) sources.push(f.value);
  if (dateLine && !fieldLines.has(dateLine)) {
    sources.push(dateLine.text);
    // "Sakliste for årsmøtet 21/4-2011, 17.00.", "Styremøte 12. mars 2024 18.00": a bare clock right after the date.
    for (const d of findDates(dateLine.text)) {
      const clock = BARE_CLOCK_AFTER_DATE.exec(dateLine.text.slice(d.end));
      if (clock) {
        sources.push(`kl. ${clock[1]!}`);
        break;
      }
    }
  }
  if (titleLine) sources.push(titleLine.text);
  return sources;
}
/** A bare clock right after a date, no "kl." ("21/4-2011, 17.00"). */
const BARE_CLOCK_AFTER_DATE = /^\s*,?\s*(\d{1,2}[.:]\d{2})(?![\d]|[.:]\d)/;

const ATTENDANCE_OR_SECTION = labelSet([...Object.values(labels.attendance).flat(), ...labels.sections]);
/** A word that ends a place's name: a building, a room, a hall; or a video meeting ("Teams"). */
const PLACE_WORD = latinRegExp(`(?:${PLACE_WORDS})(?![\\p{L}])`, 'i');
const PLACE_WORD_ALONE = latinRegExp(`(?<![\\p{L}])(?:${PLACE_WORDS})(?![\\p{L}])`, 'i');
const STREET = latinRegExp(`\\p{L}+(?:${labels.streetWords.join('|')})\\s+\\d`, 'i');
const CLOCK = `(?:${alternation(calendar.clock)})`;
const CLOCK_WORDS = new Set(calendar.clock);
const CLOCK_LINE = new RegExp(`^(?:fra\\s+|frå\\s+)?${CLOCK}\\b\\.?\\s*\\d`, 'i');
/** A time field's label without its colon, then the clock: "Tidspunkt Kl. 14.00 til kl. 17.00". */
const LABELLED_CLOCK_LINE = latinRegExp(`^(?:${alternation(F.time.filter((w) => !CLOCK_WORDS.has(w)))})\\s+(?:fra\\s+|frå\\s+)?${CLOCK}\\.?\\s*\\d`, 'i');
/**
 * "… ble det avholdt et styremøte for Universitetslisten fra kl. 18:35 …", "Styret hadde møte 4. mars": a meeting held
 * (not one held with someone: "Leder hadde møte med rådmannen"), read with its clock or its date.
 */
const HELD_MEETING = String.raw`\b(?:${alternation(labels.heldMeeting)})\s+(?:(?:${alternation(labels.articles)})\s+)?\p{L}*møte(?:t)?\b(?!\s+(?:${alternation(labels.meetingWith)})\b)`;
const HELD_AT_TIME = latinRegExp(String.raw`${HELD_MEETING}[^.]{0,60}?\b${CLOCK}\b`, 'i');
const HELD_SENTENCE = latinRegExp(HELD_MEETING, 'i');
/** The first lines before the items that may say the meeting was held (person lines among them, which the header leaves out). */
const HELD_SENTENCE_LINES = 12;
function heldSentence(all: Line[], firstItemLine: number): Line | null {
  let seen = 0;
  for (const l of all) {
    if (l.n >= firstItemLine) break;
    if (l.blank) continue;
    if (++seen > HELD_SENTENCE_LINES) break;
    if (HELD_AT_TIME.test(l.text) || (HELD_SENTENCE.test(l.text) && findDates(l.text).length > 0)) return l;
  }
  return null;
}
/** A sentence that says when the meeting sat: an opening or lasting verb, then "kl". */
const SAT_AT = latinRegExp(`\\b(?:${alternation(calendar.meetingOpened)})\\b[^.]{0,40}?\\b${CLOCK}\\b`, 'i');

/** A programme row's activity, its first word: after the clock, its range and a colon or a dash. */
const PROGRAMME_ACTIVITY = latinRegExp(String.raw`^[^\p{L}]*(?:kl(?:okka|okken)?\b\.?)?[\d\s.:–—-]*(?:kl\.?\s*[\d.:]+\s*)?[:–—-]?\s*(\p{L}+)`, 'i');
/**
 * The rows of a programme that starts at `first` (lines that open with the clock, one under another) that name the
 * meeting ("Årsmøte", "Årsmøte held fram"), as one time: the first one's start to the last one's end. Null when the
 * lines are no programme (one line) or no row names a meeting.
 */
function programmeTime(nonBlank: Line[], first: Line, title: string | null): { start: string; end: string | null } | null {
  const rows: Line[] = [];
  for (let k = nonBlank.indexOf(first); k >= 0 && k < nonBlank.length && CLOCK_LINE.test(nonBlank[k]!.text); k++) rows.push(nonBlank[k]!);
  if (rows.length < 2) return null;
  // The row's activity opens with this meeting ("Årsmøte held fram" under "Innkalling til årsmøte"), not another one
  // ("Styremøte" before the annual meeting, "Fagmøte om trening") nor "Middag etter møtet".
  const own = ownMeetingNoun(title);
  const ownBase = own ? nounBase(own) : null;
  const ownRows = rows.filter((r) => {
    const activity = PROGRAMME_ACTIVITY.exec(r.text)?.[1] ?? '';
    if (!MEETS.test(activity)) return false;
    return ownBase === null || ownBase === 'møte' || nounBase(activity).startsWith(ownBase);
  });
  if (!ownRows.length) return null;
  const from = findTimes(ownRows[0]!.text)[0];
  const to = findTimes(ownRows[ownRows.length - 1]!.text)[0];
  return from ? { start: from.start, end: to?.end ?? null } : null;
}

/**
 * "Styremøtet varte frå kl. 1000 til 1100", "Møtet ble satt kl. 18.00": this meeting (møtet, styremøtet, or the one the
 * title names) and when it sat, in any line; not another meeting ("medlemsmøtet starta kl. 11").
 */
/** Minutes tell when their meeting sat in the past tense; the present ("Møtet starter kl 19") is a later meeting's there. */
const SAT_PAST = calendar.meetingOpenedPast;
const meetingSat = (verbs: readonly string[]): RegExp =>
  latinRegExp(String.raw`(?<![\p{L}])(\p{L}*møtet)\s+(?:ble\s+|blei\s+|vart\s+)?(?:${alternation(verbs)})(?![\p{L}])[^.]{0,40}?(?<![\p{L}])${CLOCK}(?![\p{L}])`, 'i');
const MEETING_SAT = meetingSat(SAT_PAST);
/** A notice says it in the present or the passive ("Årsmøtet settes kl. 0930", "Møtet starter kl. 19"). */
const MEETING_SETS = meetingSat([...calendar.meetingOpened, ...calendar.meetingSetPassive]);
function satAnywhere(all: Line[], title: string | null, notice: boolean): ReturnType<typeof firstTime> {
  // Minutes: the past tense first; then the present ("Møtet starter kl. 18.00 med en runde"), unless a later meeting is
  // about (its line or the two before it say "neste" or "kommende": "2. Neste møte" / "Tirsdag 4. juni." / "Møtet starter
  // kl 19 hos Kari.").
  const passes: Array<[RegExp, boolean]> = notice ? [[MEETING_SETS, false]] : [[MEETING_SAT, false], [MEETING_SETS, true]];
  for (const [pattern, careful] of passes) {
    for (let k = 0; k < all.length; k++) {
      const l = all[k]!;
      if (!/møtet/i.test(l.text)) continue;
      const m = pattern.exec(l.text);
      if (!m || !isThisMeeting(m[1]!, title, l.text.slice(0, m.index))) continue;
      if (careful && laterMeetingNear(all, k)) continue;
      const t = findTimes(l.text.slice(m.index))[0];
      if (t) return { start: t.start, end: t.end };
    }
  }
  return null;
}
/** A later meeting named on line `k` or the two lines of text before it. */
function laterMeetingNear(all: Line[], k: number): boolean {
  let seen = 0;
  for (let j = k; j >= 0 && seen < 3; j--) {
    if (all[j]!.blank) continue;
    seen++;
    if (/\b(?:neste|kommende|nytt|førstkommende)\b/i.test(all[j]!.text)) return true;
  }
  return false;
}


/** "Sagavn. 20, Leknes kl. 18.30": a place (no label, no date), then the clock and nothing after it. */
const PLACE_THEN_CLOCK = latinRegExp(
  String.raw`^(\p{Lu}(?:(?!${CLOCK}(?![\p{L}]))[^:]){1,60}?)[,\s]+${CLOCK}\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–—]\s*\d{1,2}(?:[.:]\d{2})?)?\s*\.?$`,
  'i',
);

/** "Sagavn. 20, Leknes", "Storgata 5B, 0155 Oslo": a street and a number, a comma, a town. */
const ADDRESS = latinRegExp(String.raw`^\p{Lu}[\p{L}.' -]+\s\d{1,4}[A-Za-z]?,\s*(?:\d{4}\s+)?\p{Lu}\p{L}+`);

/** A weekday or a month: a date line's words, no place. */
const WEEKDAY_OR_MONTH = latinRegExp(`(?<![\\p{L}])(?:${alternation([...Object.keys(calendar.weekdays), ...Object.keys(calendar.months)])})(?![\\p{L}])`, 'i');

/** The line right under the title or the date line that names the place and the clock, and the place it names. */
function placeThenClock(top: Line[], titleLine: Line | null, dateLine: Line | undefined): { line: Line; place: string } | null {
  for (const above of [titleLine, dateLine]) {
    // Under a line that dates the meeting.
    const at = above && findDates(above.text).length > 0 ? top.indexOf(above) : -1;
    const l = at >= 0 ? top[at + 1] : undefined;
    const m = l ? PLACE_THEN_CLOCK.exec(l.text) : null;
    // Not a sentence that says when the meeting sat ("Møtet ble satt kl. 16.00 og hevet kl. 17.10").
    if (!l || !m || findDates(l.text).length > 0 || WEEKDAY_OR_MONTH.test(m[1]!) || SAT_AT.test(l.text)) continue;
    const place = m[1]!.trim().replace(/[,\s]+$/, '');
    // Read as a place only what reads as one: an address or a place word ("Grendehuset"), not a name, a role or what
    // happens at the hour ("Møteleder Kari kl. 18", "Middag kl. 19.00"); not a club ("Lia IL").
    const placeLike = ADDRESS.test(place) || STREET.test(`${place} 1`) || PLACE_WORD.test(place);
    if (placeLike && !isOrganisationLike(place) && !ABBREVIATION_LAST.test(place)) return { line: l, place };
  }
  return null;
}

const WHOLE_HOUR = /\bkl\.?\s*([01]?\d|2[0-3])\b/i; // "kl. 19", "kl.12": a whole hour
/** The clock right after a date ("8. juni kl. 18-19", "8. juni, kl. 18.00"). */
const CLOCK_AFTER_DATE = new RegExp(`^\\s*,?\\s*(?:fra\\s+|frå\\s+)?${CLOCK}\\b`, 'i');

function firstTime(sources: string[]): { start: string; end: string | null } | null {
  for (const s of sources) {
    const t = findTimes(s)[0];
    if (t) return t;
    const hour = WHOLE_HOUR.exec(s);
    if (hour) return { start: `${hour[1]!.padStart(2, '0')}:00`, end: null };
  }
  return null;
}

/** "… og hevet kl. 17.10", "Forventet avslutning ca. kl. 1700": the closing word right before the time, whatever the sentence's subject. */
const CLOSED_AT = new RegExp(`\\b(?:${alternation(calendar.meetingClosed)})\\s+(?:ca\\.?\\s+|cirka\\s+)?${CLOCK}\\b`, 'i');

/** "Møtet ble hevet kl. 21.10" anywhere in the document: the end time. */
function endedAt(all: Line[]): string | null {
  for (const l of all) {
    // The end is a time: a line without a digit is not tried against the pattern.
    if (!/\d/.test(l.text) || !ENDED.test(l.text)) continue;
    const t = findTimes(l.text)[0] ?? bareDottedTime(l.text);
    if (t) return t.start;
  }
  // Then a closing word before a time in a sentence about the meeting ("Møtet ble satt kl. 16.00 og hevet kl. 17.10"),
  // never one about something else ("Dugnaden ble avsluttet kl. 14.00").
  for (const l of all) {
    const closed = CLOSED_AT.exec(l.text);
    if (!closed || !/møte/i.test(l.text)) continue;
    const t = findTimes(l.text.slice(closed.index))[0];
    if (t) return t.start;
  }
  return null;
}

const isPlaceField = (f: FieldHit): boolean => f.key === 'place' && !!f.value;
const WEEKDAY = `(?:${alternation(Object.keys(calendar.weekdays))})`;
/**
 * "til årsmøte i Varaldsøy grendahus laurdag …": a meeting, i/på, a capitalised place that a place word ends, then the
 * day, date or time (case-sensitive: the capital is asked for).
 */
const meetingAtPlace = (verbs: string): RegExp =>
  latinRegExp(
    String.raw`\b(?:${verbs})\s+\p{L}*møte(?:t)?\s+(?:i|på)\s+(\p{Lu}[\p{L}\d -]{0,60}?(?:${PLACE_WORDS}))(?=\s*,?\s+(?:${WEEKDAY}|den\s+\d|\d|${CLOCK}\b)|\s*[.,]?\s*$)`,
  );
const CALLED_TO_PLACE = meetingAtPlace('til');
const BODY_THEN_PLACE = latinRegExp(String.raw`\s+(?:i|på)\s+(?=\p{Lu})`);
/** "Grendalaget hadde årsmøte i Henjahaugane barnehage måndag 24. februar": the same, of a meeting held. */
const HELD_AT_PLACE = meetingAtPlace(alternation(labels.heldMeeting));
const isMeetingLine = (l: Line): boolean => /møte/i.test(l.text);
/** The line opens with `date` (ISO), its day and month at least. */
function opensWithDate(l: Line, date: string | null): boolean {
  if (!date || !/^\d/.test(l.text)) return false;
  const first = findDates(l.text)[0];
  return !!first && first.index === 0 && first.month === Number(date.slice(5, 7)) && first.day === Number(date.slice(8, 10));
}

/** Location: Sted field; else the rest of a time/place field; else "på X"/"hos X" in the title lines. */
function findLocation(
  fields: FieldHit[],
  timeFields: FieldHit[],
  titleLine: Line | null,
  dateLine: Line | undefined,
  top: Line[],
  timeLine: Line | undefined,
  nonBlank: Line[],
  fmTitle: string | null,
  date: string | null,
): string | null {
  let location: string | null = null;
  const place = fields.find(isPlaceField);
  // A part of a flattened line (segment/reflow.ts) runs on as the line did. The clock after the place ("Stad: Krona,
  // Romsdalsmuseet, kl. 19.00") is the time's.
  if (place) location = withoutClockAtEnd(place.line.start === undefined ? place.value : placeRunningOn(place.value));
  else {
    for (const f of timeFields) {
      // "Tid: 18.00, Rådhuset": the place after the time. Without a time, a sentence is no place ("Kl : Representanter
      // fra MR Slakteri AS, som er tenkt lokalisert på Vestnes, presenterte …": a programme's clock left empty).
      const rest = stripDateTime(f.value, datesIn(f));
      if (!rest || !THREE_LETTERS.test(rest)) continue;
      const place = f.line.start === undefined ? rest : placeRunningOn(rest);
      const timed = findTimes(f.value).length > 0 || datesIn(f).length > 0;
      if (!timed && (place.length > 60 || FINITE_VERB_IN_TITLE.test(place))) continue;
      location = place;
      break;
    }
  }
  if (location) return location;
  // "Møtet finner sted på Sykehuset Levanger, møterom i Arken og starter kl. 10", "Kommunestyret holder møte torsdag
  // kl. 18 på Rådhuset.": where a sentence of the header says the meeting is held (read to the next clause,
  // where "på X" in a title line stops at a comma).
  for (const l of nonBlank) {
    const m = MEETING_PLACE.exec(l.text);
    if (m) return m[1]!.trim().replace(/[,\s]+$/, '');
    // This meeting ("Møtet", "Generalforsamlingen" under "GENERALFORSAMLING"), as below.
    const online = MEETS.test(l.text) ? MEETING_ONLINE.exec(l.text) : null;
    if (online && isThisMeeting(online[1]!, fmTitle ?? titleLine?.text ?? null)) return online[2]!;
    const held = MEETING_OR_ASSEMBLY.test(l.text) ? HELD_ON_DAY_AT.exec(l.text) : null;
    if (held && (findDates(held[1]!).length > 0 || /\bkl\b/.test(held[1]!) || findTimes(held[1]!).length > 0) && heldByThisMeeting(l.text.slice(0, held.index), fmTitle ?? titleLine?.text ?? nonBlank[0]?.text ?? null)) {
      return placeWithAddress(held[2]!);
    }
    // (Only a line that names a meeting is tried: the pattern opens with a look-behind, tried at every position.)
    const remote = MEETS.test(l.text) ? MEETING_HELD_REMOTELY.exec(l.text) : null;
    // This meeting: "Møtet", "Styremøtet", or the meeting the title names ("Årsmøtet" under "Årsmøte 2025"), not
    // another ("Foreldremøtet ble gjennomført som videomøte").
    if (remote && isThisMeeting(remote[1]!, fmTitle ?? titleLine?.text ?? null)) return remote[2]!.trim();
  }
  // "Velkomne til årsmøte i Varaldsøy grendahus laurdag 26. april kl 13.00": the place the meeting is called to, when a
  // place word ends it ("årsmøte i Lia IL tirsdag …" names the club, no place).
  for (const l of nonBlank) {
    const m = CALLED_TO_PLACE.exec(l.text);
    // "til årsmøte i Foreldrelaget ved Vestli skule": a body, not a place.
    if (m && !isOrganisationLike(m[1]!)) return m[1]!;
  }
  const lines: Array<Line | null | undefined> = [titleLine, dateLine, timeLine];
  // A line that names a meeting, or opens with the meeting's date ("27. september 2016 på Hasselbakken" under the title).
  for (const l of top.slice(0, 4)) if (isMeetingLine(l) || opensWithDate(l, date)) lines.push(l);
  // The first place named; a later line may name it in full ("… hos Åse" in a page title, "… hos Åse Gjefle." under it).
  let named: string | undefined;
  // A post's front matter title is its title line ("title: Årsmøte 8. juni på Speiderhuset"), read first.
  const texts: Array<string | undefined> = [fmTitle?.slice(0, 200)];
  for (const l of lines) texts.push(l?.text);
  for (const t of texts) {
    const place = t ? placeInSentence(t) : undefined;
    if (place && (!named || (place.length > named.length && place.startsWith(`${named} `)))) named = place;
  }
  if (named) return named;
  // A sentence that says the meeting was held there on its day. A school or a kindergarten by its name ("i
  // Henjahaugane barnehage") reads as a body only by its place word: it is where the meeting was.
  for (const l of date ? nonBlank : []) {
    const m = HELD_AT_PLACE.exec(l.text);
    if (!m || !findDates(l.text).some((d) => d.month === Number(date!.slice(5, 7)) && d.day === Number(date!.slice(8, 10)))) continue;
    // "styremøte i Heidal Historielag i Kyrkjestugu": the body whose meeting it was, then where.
    const parts = m[1]!.split(BODY_THEN_PLACE);
    const place = parts.length === 2 && !PLACE_WORD.test(parts[0]!) && PLACE_WORD.test(parts[1]!) ? parts[1]! : m[1]!;
    const words = place.split(/\s+/);
    if (!isOrganisationLike(words.length === 2 ? words[0]! : place)) return place;
  }
  // "Referat frå styremøte tysdag 25. oktober 2022 i Kristiansand": a town after the dated title.
  for (const l of lines) {
    const town = l ? TOWN_AFTER_DATE.exec(l.text) : null;
    // Not a club or an organisation ("Lia IL", "Nordvik Vel"): an abbreviation or an organisation word ends those.
    if (town && !isOrganisationLike(town[1]!) && !ABBREVIATION_LAST.test(town[1]!)) return town[1]!;
  }
  // "Referat frå årsmøtet i Østfold mållag 25. mars 2001 - Matstova i Sarpsborg": a place set off by a dash or a comma
  // after the title's date, reading as a place ("… 2024 - Budsjett og regnskap" or "- Kari Nilsen" do not).
  for (const l of [titleLine, dateLine]) {
    const date = l ? findDates(l.text).at(-1) : undefined;
    const after = l && date ? /^\s*[,–—-]\s+(.+?)[.\s]*$/.exec(l.text.slice(date.end)) : null;
    const place = after ? namedPlace(l!, after[1]!, false) : null;
    if (place) return place;
  }
  // "17.11.2007 Kirkestallen ved Værnes kirke, Stjørdal": a place after the date that opens a line.
  if (dateLine) {
    const rest = DATE_FIRST.exec(dateLine.text)?.[1];
    if (rest && looksLikePlace({ ...dateLine, text: rest })) return rest;
  }
  // "Du innkalles til møte … 28.11.2019 kl. 18.00 Storgata 48.": a place right after the time that the date line ends with.
  const time = dateLine ? findTimes(dateLine.text).at(-1) : undefined;
  if (dateLine && time) {
    const rest = namedPlace(dateLine, dateLine.text.slice(time.after).replace(/^[\s,]+/, '').replace(/[.\s]+$/, ''), false);
    if (rest) return rest;
  }
  // "Tirsdag 5. mars 2024 kl. 18.30" / "Grendehuset, Bakkeveien 3": a place on the line right under the date and time.
  // (The date line may be the title's, and the day and hour a line of their own under it: "Tysdag 22. august 2017 kl.
  // 19.00." / "Ørskoghallen".)
  const when = timeLine ?? (dateLine && findTimes(dateLine.text).length ? dateLine : top.find((l) => findTimes(l.text).length > 0 && findDates(l.text).length > 0));
  const under = when ? nonBlank[nonBlank.indexOf(when) + 1] : undefined;
  if (!under) return null;
  if (looksLikePlace(under)) return under.text;
  // "2019-05-28 18:30" / "i Gullaug Kirke": the place with its preposition, the line continuing the one above.
  return namedPlace(under, under.text, true);
}

/**
 * `text` of `line` as a place, after "i"/"på" (which `needPreposition` asks for): a place line that reads as a name,
 * never as a sentence (readsAsPlaceName).
 */
function namedPlace(line: Line, text: string, needPreposition: boolean): string | null {
  const prep = /^(?:i|på)\s+/.exec(text);
  if (needPreposition && !prep) return null;
  const place = prep ? text.slice(prep[0].length) : text;
  // "… klokken 1800 i kommunestyresalen": a room in lower case, one word ending in a place word, after its preposition.
  if (prep && IS_ROOM_IN_LOWER_CASE.test(place)) return place;
  return place && looksLikePlace({ ...line, text: place }) && readsAsPlaceName(place) ? place : null;
}

const PLACE_JOINERS = new Set(labels.placeJoiners);
/**
 * Text read as a place from what follows a time, or with its preposition on the line under it: a place reads as a name
 * (capitalised words, numbers, a place word, a few small words between), never as a sentence ("Middag på hotellet etter
 * møtet", "Teams dersom ikke annet blir avtalt", "Forfall meldes til kontoret").
 */
function readsAsPlaceName(t: string): boolean {
  return t.split(/\s+/).every((w, i) => i === 0 || CAPITAL_DIGIT_OR_PARENTHESIS_FIRST.test(w) || PLACE_JOINERS.has(w.toLowerCase()) || PLACE_WORD_ALONE.test(w.replace(/[(),.]/g, '')));
}

/**
 * A short capitalised line that is no field, label, sentence, date, name or heading: "Klubbhuset",
 * "Grendehuset (kjelleren), Bakkeveien 3".
 */
const AT_SOMEONES = latinRegExp(String.raw`^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+hos\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.-]*){0,3}$`);
function looksLikePlace(l: Line): boolean {
  const t = l.text;
  if (fieldOf(l) || l.depth > 0 || l.bullet || !startsUpper(t) || /[:?!]$/.test(t) || SENTENCE_INSIDE.test(t)) return false;
  // A sentence ("Foreldremøtet ble gjennomført digitalt."): a full stop after a finite verb.
  if (t.endsWith('.') && FINITE_VERB_IN_TITLE.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 7 || t.length > 60 || findDates(t).length || findTimes(t).length) return false;
  if (/^\d/.test(t) || matchLabel(labelText(l), ATTENDANCE_OR_SECTION)) return false;
  // A street address, or a word of a place: a building, a room ("Klubbhuset", "Grendehuset (kjelleren)"). A line
  // that reads as a person's name ("Kari Nygården") needs the place word on its own.
  if (STREET.test(t)) return true;
  // "Matstova i Sarpsborg": a building in a town, whose first word is the place word.
  if (words.length > 2 && /^(?:i|på)$/.test(words[1]!) && PLACE_WORD.test(words[0]!)) return true;
  // "Ankaltrud Søndre hos Ragnhild Haraldsen Lien": a farm or a house, at someone's (capitalised words on both sides).
  if (AT_SOMEONES.test(t)) return true;
  return words.length > 1 && isNameLike(tidyName(t)) ? PLACE_WORD_ALONE.test(t) : PLACE_WORD.test(t);
}

const MEETING_OF = /\bmøte\s+i\s+(.+?)(?:\s+\d|\s*[,–-]|$)/i;
const isBodyField = (f: FieldHit): boolean => f.key === 'body' && !!f.value;

/** Body: "møte i X" in the title, or a body field. */
function findBody(title: string | null, fields: FieldHit[]): string | null {
  let body: string | null = null;
  const m = title ? MEETING_OF.exec(title) : null;
  if (m) body = m[1]!.trim();
  const field = fields.find(isBodyField);
  if (field) body = field.value;
  return body;
}

const isCaseHandlerField = (f: FieldHit): boolean => f.key === 'caseHandler';
const RECIPIENT = latinRegExp(String.raw`^[Tt]il\s+\p{Lu}`);
const isRecipientLine = (l: Line): boolean => RECIPIENT.test(l.text) && l.text.split(/\s+/).length <= 12;
const isGreeting = (l: Line): boolean => !l.blank && /^(?:med\s+)?(?:vennlig|venleg)\s+(?:hilsen|helsing)|^med\s+hilsen/i.test(l.text);

/** Letter fields: references, case handler, recipient ("Til …") and the sender under the greeting. */
function readLetterFields(fields: FieldHit[], nonBlank: Line[], all: Line[]): LetterFields {
  let ourRef: string | null = null;
  let yourRef: string | null = null;
  let archiveCode: string | null = null;
  let caseHandler: string | null = null;
  for (const f of fields) {
    if (f.key === 'ourRef' && f.value) ourRef = f.value;
    if (f.key === 'yourRef' && f.value) yourRef = f.value;
    if (f.key === 'archiveCode' && f.value) archiveCode = f.value;
    if (f.key === 'caseHandler') caseHandler = f.value ? tidyName(f.value) : null;
  }
  const caseField = fields.find(isCaseHandlerField);
  // Field values are trimmed, so caseHandler is null here (never ''): nothing to fall back to.
  if (caseField && !caseHandler) caseHandler = caseHandlerBelow(nonBlank, caseField);
  const to = nonBlank.find(isRecipientLine);
  const recipient = to ? to.text.replace(/^til\s+/i, '') : null;
  let sender: string | null = null;
  const greeting = all.findIndex(isGreeting);
  if (greeting >= 0) {
    const lines: string[] = [];
    for (let i = greeting + 1; i < all.length && lines.length < 2; i++) if (!all[i]!.blank) lines.push(all[i]!.text);
    if (lines.length) sender = lines.join(', ');
  }
  return { ourRef, yourRef, caseHandler, archiveCode, recipient, sender };
}

/** Flattened letter heads: labels in one column, values after the last empty label. */
function caseHandlerBelow(nonBlank: Line[], caseField: FieldHit): string | null {
  const after: Line[] = [];
  for (const l of nonBlank) {
    if (after.length === 3) break;
    if (l.n > caseField.line.n && !fieldOf(l)) after.push(l);
  }
  const name = after.find(isNameLine);
  return name ? tidyName(name.text) : null;
}

const isNameLine = (l: Line): boolean => isNameLike(tidyName(l.text));

function fmTime(fm: Record<string, unknown> | null): string | null {
  const t = fm?.time;
  // Front matter is read with the YAML 1.2 core schema, so "16:15" stays text (YAML 1.1 made it a number).
  return typeof t === 'string' ? t : null;
}

function bareDottedTime(s: string): { start: string } | null {
  const m = /(?<![\d.])([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d])/.exec(s);
  return m ? { start: `${m[1]!.padStart(2, '0')}:${m[2]}` } : null;
}

/** A year alone in a title ("Generalforsamling 2025"), not part of a date or a number. */
const TITLE_YEAR = /(?<![\d./-])(19[5-9]\d|20\d\d)(?![\d./-])/;

function allYears(lines: Line[]): number | null {
  for (const l of lines) {
    const d = findDates(l.text).find(hasYear);
    if (d) return d.year;
  }
  for (const l of lines) {
    // Not a clock written without its colon: "Neste styremøte torsdag 7.jan kl 2000" is at eight, not in 2000.
    const y = /(?<!\b(?:kl|klokka|klokken)\.?:?\s{0,3})\b(19[5-9]\d|20\d\d)\b/i.exec(l.text);
    if (y) return Number(y[1]);
  }
  return null;
}

const hasYear = (d: FoundDate): boolean => !!d.year;

/** A clock closing a place's value. */
const CLOCK_AT_END = new RegExp(`(?<![,\\s])[,\\s]+${CLOCK}\\.?:?\\s*\\d{1,2}(?:[.:]\\d{2})?(?:\\s*[-–—]\\s*\\d{1,2}(?:[.:]\\d{2})?)?\\.?$`, 'i');
/**
 * Where the clock after a place starts ("Krona, Romsdalsmuseet, kl. 19.00": after "Romsdalsmuseet"), or -1: the word
 * before it is the place's (a capital, a number), not a clause about the hour ("dørene åpner kl. 18.30", "åpent til
 * kl. 20").
 */
function placeThenClockAt(place: string): number {
  const m = CLOCK_AT_END.exec(place);
  if (!m || m.index === 0) return -1;
  const before = place.slice(0, m.index).trimEnd().split(/\s+/).at(-1)!.replace(/[,.]$/, '');
  return startsUpper(before) || /\d/.test(before) ? m.index : -1;
}
function withoutClockAtEnd(place: string): string {
  const at = placeThenClockAt(place);
  return at > 0 ? place.slice(0, at) : place;
}

/** "Torsdag 7. november, kl 12:00-13:00, Oslo rådhus" → "Oslo rådhus"; "14:15 rom 054 it-vest" → "rom 054 it-vest". */
function stripDateTime(value: string, dates: readonly FoundDate[]): string {
  let s = value;
  // Last date first, so that the earlier dates' offsets still hold.
  for (let i = dates.length - 1; i >= 0; i--) s = s.slice(0, dates[i]!.index) + ' ' + s.slice(dates[i]!.end);
  s = s
    .replace(/\b(?:kl|klokka|klokken)\b\.?:?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–—]\s*\d{1,2}(?:[.:]\d{2})?)?/gi, ' ')
    .replace(/(?<![\d])\d{1,2}[:.]\d{2}(?:\s*[-–—]\s*\d{1,2}[:.]\d{2})?/g, ' ')
    .replace(/\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag)\b/gi, ' ');
  return s.replace(/^[\s,.;–-]+|[\s,.;–-]+$/g, '').replace(/\s+/g, ' ').trim();
}

export function tidyName(s: string): string {
  return s.replace(INITIAL_GLUED, '$1 ').replace(/\s+/g, ' ').trim();
}
