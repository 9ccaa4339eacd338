/**
 * Attendee and invited lists: a label line ("Tilstede:", "Frammøtte:", "Forfall:", "Fra
 * sekretariatet møtte:", "Inviterte", "Møteleder: X", "Referent") followed by person entries on the
 * same line (comma list) or on the following lines (one per line, or a NAVN/Fornavn table).
 */
import { alternation, latinRegExp, startsLower, startsUpper } from '../vocab/patterns.js';
import type { AttendeeStatus, Role } from '../model/schema.js';
import { inputLine, type Line } from '../segment/line.js';
import { wrapWidth as wrapWidthOf } from '../segment/lines.js';
import { labelSet, labelText, matchLabel, type LabelSet } from './labels.js';
import { tolerantAlternation } from './ocr-tolerant.js';
import { readsAsStatement } from './sentence-verbs.js';
import { ABBREVIATION_LAST, isBareOfficeOrBody, isGivenName, isNameLike, isOffice, isOrganisationLike, isRoleCompound, opensWithGivenName, parsePerson, roleOf, SLASH_NOTE_END, splitPersonList, splitRunTogetherNames, withoutNotes, type PersonEntry } from './people.js';
import { labels, people, PLACE_PREFIXES, TABLE_HEADERS } from './vocab.js';
import itemWords from '../vocab/items.json' with { type: 'json' };
import { isAbsenceMark, PRESENCE_MARK_END } from '../vocab/presence-marks.js';

export interface PersonHit extends PersonEntry {
  line: Line;
  /** Column range in the repaired line text, when the entry is one of several on the line. */
  invited: boolean;
  /** Named by a role label ("Referent: X") rather than listed. */
  fromRole: boolean;
  /** Listed under a label that makes the list a copy list too ("Forfall/kopi:"): invited as well as recorded. */
  copied?: boolean;
  givenName: string | null;
  familyName: string | null;
}

interface Mode {
  status: AttendeeStatus;
  roles: Role[];
  invited: boolean;
  /** A role label takes one entry ("Referent: X"), a list label many. */
  single: boolean;
  /** The list is also who gets a copy ("Ikkje møtt/Kopi:"): each is invited as well. */
  copied?: boolean;
}

const A = labels.attendance;
const F = labels.fields;
const SETS: Array<[LabelSet, Mode]> = [
  [labelSet(A.absent, { extraWords: 2 }), { status: 'absent', roles: [], invited: false, single: false }],
  [labelSet(A.remote, { extraWords: 1 }), { status: 'remote', roles: [], invited: false, single: false }],
  [labelSet(A.secretariat), { status: 'present', roles: ['secretary'], invited: false, single: false }],
  [labelSet(A.guests), { status: 'present', roles: ['guest'], invited: false, single: false }],
  [labelSet(A.present, { extraWords: 3 }), { status: 'present', roles: [], invited: false, single: false }],
  [labelSet(F.chair), { status: 'present', roles: ['chair'], invited: false, single: true }],
  [labelSet(F.minutes), { status: 'present', roles: ['minutes'], invited: false, single: true }],
  [labelSet(F.secretary), { status: 'present', roles: ['secretary'], invited: false, single: true }],
  [labelSet(A.invited.filter((w) => w !== 'til')), { status: 'present', roles: [], invited: true, single: false }],
];
/** A body's members as a list's label: "medlemmer", after the body in the genitive, "faste", or before "er". */
const MEMBERS_LABEL = latinRegExp(String.raw`^(?:\p{L}+s\s+)?(?:faste\s+)?(?:medlemmer|medlemer|medlemar)(?:\s+er)?$`);
/** Keywords inside a longer list label, most specific first. */
const KEYWORD_MODES: Array<[RegExp, Mode]> = [
  // Tested on the lower-cased label (no 'i' flag: see labels.ts).
  [latinRegExp(`\\b(?:${tolerantAlternation(['forfall', 'fravær', 'fraværende', 'fråvær', 'ikke møtt', 'ikkje møtt', 'avbud', 'ikke til stede'])})`), { status: 'absent', roles: [], invited: false, single: false }],
  [latinRegExp(`\\b(?:${tolerantAlternation(['varamedlemmer', 'varamedlem', 'varamedlemar', 'vararepresentanter'])})`), { status: 'present', roles: ['deputy'], invited: false, single: false }],
  [latinRegExp(`\\b(?:${tolerantAlternation(['administrasjonen', 'rådmannen', 'kommunedirektøren', 'kommunen'])})\\b`), { status: 'present', roles: ['guest'], invited: false, single: false }],
  [latinRegExp(`\\b(?:${tolerantAlternation(['sekretariatet'])})\\b`), { status: 'present', roles: ['secretary'], invited: false, single: false }],
  [latinRegExp(`\\b(?:${tolerantAlternation(['møtte', 'til stede', 'tilstede', 'til stades', 'deltok', 'deltakere', 'deltagere'])})\\b`), { status: 'present', roles: [], invited: false, single: false }],
];
// Shared by every answer attendanceLabel remembers: frozen, like the answers themselves.
for (const [, mode] of [...SETS, ...KEYWORD_MODES]) Object.freeze(Object.freeze(mode).roles);
/**
 * An agenda's heading ends a list of people, alone or before its table's header ("Sakliste Saksnr. Sakstittel"), and so
 * does its case column's head on a line of its own ("Kopi" / "Nr" / "Sak": no one copied; "Nr" is skipped, below).
 */
// "Sakliste Vedtakssaker": an agenda word, then a section word or a column name.
const AGENDA_WORD = latinRegExp(
  `^(?:${tolerantAlternation([...labels.sections, ...labels.agendaHeadings])})(?:\\s*:?$|\\s+(?:saksnr|sak\\s+nr|saknr|sakstittel|tittel|side|arkivsaksnr|${alternation(itemWords.sections)})\\b)`,
);
/** "Dagsorden, sakliste og innkalling vart godkjent": the meeting's papers approved, under an empty list of people. */
const AGENDA_APPROVED = latinRegExp(`^(?:${tolerantAlternation([...labels.sections, ...labels.noticeWords])})(?:\\s*,|\\s+og\\s|\\s+(?:${alternation(labels.finiteVerbs)})\\s)`);
const INNER_LABEL = new RegExp(
  `(?:^|[\\s,.;)])((?:${[...A.absent, ...A.remote].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|')}))\\s*:`,
);
const SUBGROUP = latinRegExp(
  String.raw`^(?:fra|frå)\s+[\p{L}\d-]+:?$|^stemmeberettigede:?$|^(?:faste\s+)?(?:${alternation(people.officials.subgroupWords)})(?:\s+(?:av|i|fra|frå|for)\s+[\p{L}\d -]{2,40})?:?$`,
  'i',
);

/** `members`: the label names a body's members ("Komiteens medlemmer er:"), not who came (MEMBERS_LABEL). */
type AttendanceLabel = { mode: Mode; value: string; members?: true } | null;
const TERM_OF_OFFICE = latinRegExp(`^[^:]{0,40}?${people.elections.term}\\s*:`, 'i');
// The same line is asked about from several places (sections, stops, labels): remember short lines' answers.
const LABEL_MEMO = new Map<string, AttendanceLabel>();

export function attendanceLabel(text: string, raw: string = text): AttendanceLabel {
  if (text.length > 200 || raw.length > 200) return readAttendanceLabel(text, raw);
  const key = raw === text ? text : `${text}\u0000${raw}`;
  let hit = LABEL_MEMO.get(key);
  if (hit === undefined) {
    // Frozen: an answer is shared by every later document with this line (a write would throw, not leak).
    hit = readAttendanceLabel(text, raw);
    if (hit) Object.freeze(hit);
    if (LABEL_MEMO.size > 10_000) LABEL_MEMO.clear(); // bounded: a batch streams many documents through
    LABEL_MEMO.set(key, hit);
  }
  return hit;
}

function readAttendanceLabel(text: string, raw: string): AttendanceLabel {
  // "Varamedlem for 1 år: Nils Aas": an office and its term, an election's result, no attendance.
  if (TERM_OF_OFFICE.test(text)) return null;
  // "Ikkje møtt/Kopi:", "Kopi/forfall:": a list label and the copy list's, one list for both.
  const pair = text.includes('/') ? COPY_PAIR.exec(text.toLowerCase()) : null;
  if (pair) {
    const label = `${(pair[1] ?? pair[2])!}:`;
    const other = readAttendanceLabel(label, label);
    if (other && !other.mode.invited && !other.mode.single) return { mode: copiedMode(other.mode), value: text.slice(text.length - pair[3]!.length).trim() };
  }
  // A table's label cell run together with its value, the colon lost: "Tilstede Nils Steinvik, Jonny Mathisen og Morten
  // Steinsrud". Only a list of full names follows such a label ("Forfall Parti Møtande varamedlem …" is a header row).
  // Read first where each name opens with a given name: the labels that allow a few words more would take
  // "Deltakarar Vidar Torsvik" for a label alone ("Tilstede Fra Administrasjonen", "Til stede Faste Medlemmer" stay so).
  const early = colonlessList(text, true);
  if (early) return early;
  for (const [set, mode] of SETS) {
    const m = matchLabel(text, set);
    // "Deltakarar til prioriteringsverkstad:": who is to take part in another event, not this meeting.
    if (m && !mode.invited && !mode.single && OTHER_EVENT.test(m.label.toLowerCase())) return null;
    if (m) return { mode, value: m.value };
  }
  const late = colonlessList(text, false);
  if (late) return late;
  // A longer label that names its list ("Følgende medlemmer hadde forfall:", "Følgende varamedlemmer møtte:").
  const phrase = /^([^:]{3,60}):\s*(.*)$/.exec(text);
  if (phrase && phrase[1]!.split(/\s+/).length <= 7) {
    const label = phrase[1]!.toLowerCase();
    if (OTHER_EVENT.test(label)) return null;
    for (const [re, mode] of KEYWORD_MODES) if (re.test(label)) return { mode, value: phrase[2]!.trim() };
    // "Komiteens medlemmer er:", "Styrets medlemmer:": the body's members listed (who came, or in a notice who is
    // called); not "Nye medlemmer:" in an item.
    if (MEMBERS_LABEL.test(label)) return { mode: PRESENT_MODE, value: phrase[2]!.trim(), members: true };
  }
  // A label run on to the end of another sentence or link: "… finner man her**Frammøtte:**".
  // Or glued to the word before it where the link's markup was lost (an OCR'd print): "… finner man herFrammøtte:".
  const bare = raw.replace(/\*\*|__/g, '');
  const tail = /(?:[)\].!?])\s*([^()[\].!?:]{3,40}:)\s*$/.exec(bare) ?? GLUED_LABEL.exec(bare);
  if (tail) {
    for (const [set, mode] of SETS) if (!mode.single && matchLabel(tail[1]!.trim(), set)) return { mode, value: '' };
  }
  return null;
}

/**
 * A colonless label and the list of full names on its line, or null. `strict`: each name must open with a given name
 * or have a role after a slash, which is the person's note ("Deltakarar Vidar Torsvik / leiar"). Not any two words in
 * capitals: "Tilstede Grendehuset Nordby", "Deltakere Nordby Bondelag" name no one.
 */
function colonlessList(text: string, strict: boolean): AttendanceLabel {
  const colonless = WITHOUT_COLON.exec(text.charAt(0).toLowerCase() + text.slice(1));
  if (!colonless) return null;
  // "Møtedeltakarar Parti Rolle": the list's word heading a table's columns, no one named (isHeaderRow reads it).
  if (ONLY_COLUMN_HEADS.test(colonless[2]!)) return null;
  const entries = splitPersonList(colonless[2]!);
  // A note in parentheses after a name ("Forfall Stian Eidhammer (ingen vara)") is no part of it.
  const names = entries.map((n) => (strict ? n.replace(SLASH_NOTE_END, '') : n).replace(/\s*\([^()]*\)/g, '').trim());
  if (!names.some((n) => /\s/.test(n)) || !names.every((n) => isNameLike(n) && (/\s/.test(n) || isGivenName(n)))) return null;
  if (strict && !names.every((n, k) => opensWithGivenName(n) || SLASH_NOTE_END.test(entries[k]!))) return null;
  const absent = A.absent.includes(colonless[1]!.toLowerCase().replace(/\s+/g, ' '));
  return { mode: absent ? SETS[0]![1] : PRESENT_MODE, value: colonless[2]!.trim() };
}

const ONLY_COLUMN_HEADS = latinRegExp(`^(?:(?:${alternation(people.tableColumnsAfterName)})(?:\\s+|$)){1,4}$`, 'i');

/** A table's column head on a line of its own ("Nr", "Navn", "Rolle"): no one, in a table of people or of cases. */
const COLUMN_HEAD = (text: string): boolean => /^(?:nr|nr\.|no\.?)$/i.test(text) || TABLE_HEADERS.has(text.toLowerCase());

/**
 * Words that are no part of a person's name written in capitals: little words ("Av", "Fra", "Og"), the words of list
 * labels ("Faste", "Medlemmer"), table heads ("Navn", "Rolle") and people.json notNames ("Neste", "Møte", "Hilsen").
 */
const NOT_NAME_WORDS = new Set(
  [...itemWords.openWords, ...people.notNames, ...TABLE_HEADERS, ...Object.values(labels.attendance).flat().flatMap((w) => w.split(/\s+/))].map((w) => w.toLowerCase()),
);
const STREET_WORD = latinRegExp(`(?:${alternation(labels.streetWords)})$`, 'i');

/**
 * A person's full name as capitals write one, whatever the given name ("Abdirahman Warsame", "Thi Lan Nguyen"): two
 * words or more, no little word, label word or table head among them, no street ("Storgata Nordby"), no body. Asked
 * only of who came later, in a sentence that says so; a list of one person a line asks for a known given name, since
 * a venue or a heading passes this test too ("Grendehuset Nordby", "Økonomisk Status").
 */
function readsAsPersonName(name: string): boolean {
  const tokens = name.trim().split(/\s+/);
  return (
    tokens.length >= 2 &&
    isNameLike(name) &&
    !isOrganisationLike(name) &&
    !ABBREVIATION_LAST.test(name.trim()) &&
    !tokens.some((t) => NOT_NAME_WORDS.has(t.toLowerCase()) || STREET_WORD.test(t) || roleOf(t))
  );
}

/**
 * Who came later, by a full name, an office written before it with a capital as a sentence opens ("Ordfører Anne
 * Berg kom for sent"), not a thing ("Svaret ankom i går").
 */
function cameLaterName(part: string): boolean {
  const tokens = part.trim().split(/\s+/);
  const name = roleOf(tokens[0]!) && tokens.length > 2 ? tokens.slice(1).join(' ') : tokens.join(' ');
  return opensWithGivenName(name) ? /\s/.test(name) : readsAsPersonName(name);
}

/** Tested with the first letter in lower case (the label's), the names' capitals kept: no 'i' flag. */
const WITHOUT_COLON = latinRegExp(`^(${alternation(A.withoutColon)})\\s+(\\p{Lu}[^:]*)$`);
const PRESENT_MODE = SETS[4]![1];
const ABSENT_MODE = SETS[0]![1];

/** A table header's words ("KOMMUNE/REGION" one; global: for match). */
const HEADER_WORD = latinRegExp(String.raw`møtte for|vara for|[\p{L}/]+`, 'g');
/** Two to four words of letters, "@" or "&": a name a list gives as written. */
const NAME_OR_HANDLE = latinRegExp(String.raw`^[\p{L}@&][\p{L}@&'’.-]*(?:\s+[\p{L}@&][\p{L}@&'’.-]*){1,3}$`);
/**
 * A list label's last words "til <an event>" (lower-cased): not "til stede", "til kl. 19", "til sak 5" (people.json
 * notEventsAfterTil), a meeting in any of the words ("til årsmøtet", "til dagens møte", "til ekstraordinært årsmøte"),
 * nor "i tillegg til styret".
 */
const OTHER_EVENT = latinRegExp(String.raw`(?<!\bi\s+tillegg)\stil\s+(?!(?:${alternation(people.notEventsAfterTil)})(?![\p{L}]))(?!(?:[\p{L}-]+\s+){0,2}[\p{L}-]*m[øo]te)[\p{L}-]+(?:\s+[\p{L}-]+){0,2}$`);

/** A label that places its list at another event ("… på dugnaden", "… i fjor"); not at a meeting ("på årsmøtet", "i møterommet"). */
const AT_OTHER_EVENT = latinRegExp(String.raw`\s(?:på|i|ved)\s+(?!(?:[\p{L}-]+\s+){0,2}[\p{L}-]*m[øo]te)[\p{L}-]+(?:\s+[\p{L}-]+){0,2}$`, 'i');
/** A line's text before its first colon (its label, when it has one). */
const labelBefore = (text: string): string => (text.includes(':') ? text.slice(0, text.indexOf(':')) : text).trim();

/** "x/kopi: …" or "kopi/x: …" (lower-cased): the other label, and the value. */
const COPY_PAIR = /^(?:([^:/]{3,30}?)\s*\/\s*kopi(?:\s+til)?|kopi(?:\s+til)?\s*\/\s*([^:/]{3,30}?))\s*:(.*)$/;
const COPIED = new Map<Mode, Mode>();
/** The mode, its list a copy list too: one object per mode, frozen like the modes. */
function copiedMode(mode: Mode): Mode {
  let m = COPIED.get(mode);
  if (!m) COPIED.set(mode, (m = Object.freeze({ ...mode, copied: true })));
  return m;
}

const GLUED_LABEL = /(?<=[a-zæøåé])([A-ZÆØÅ][^()[\].!?:\s]{2,39}:)\s*$/;

const HEADER_START = /^(?:navn|namn|fornavn|førenamn|etternavn|etternamn|deltak|møtedeltak)/i;
const TABLE_LIST_WORDS = new Set(people.tableListWords);

export function isHeaderRow(line: Line): boolean {
  if (!HEADER_START.test(line.cells?.[0] ?? line.text)) return false;
  // Parenthesised hints ("Møtt (sett kryss)") are no columns; OCR-damaged words ("Mott") still count.
  const text = line.text.replace(/\([^)]*\)/g, ' ');
  const cells = (line.cells ?? text.split(/\s+/)).map((c) => c.toLowerCase().replace(/[():]/g, '').trim()).filter(Boolean);
  // The name column's head, or the list's own word ("Møtedeltakarar Parti Rolle").
  if (cells.length < 2 || !(/^(?:navn|namn|fornavn|førenamn|etternavn|deltaker|deltakar)$/.test(cells[0]!) || TABLE_LIST_WORDS.has(cells[0]!))) return false;
  return cells.filter((c) => TABLE_HEADERS.has(c) || FOLDED_HEADERS.has(fold(c)) || /^[/-]$/.test(c)).length >= Math.ceil(cells.length / 2);
}

/** Norwegian letters folded the way OCR loses them (ø→o, å→a, æ→ae), for matching header words. */
function fold(s: string): string {
  return s.replace(/ø/g, 'o').replace(/å/g, 'a').replace(/æ/g, 'ae');
}
const FOLDED_HEADERS = new Set([...TABLE_HEADERS].map(fold));

/** "Fornavn Etternavn Organisasjon" tables: split a space-separated row where the table has no tabs. */
function splitNameOrg(text: string): { given: string | null; family: string | null; name: string; org: string | null } {
  const tokens = text.split(/\s+/);
  let orgStart = -1;
  const kommune = tokens.findIndex((t, i) => i >= 2 && /^kommune/i.test(t));
  if (kommune >= 2) {
    orgStart = kommune - 1;
    while (orgStart > 2 && PLACE_PREFIXES.has(tokens[orgStart - 1]!.toLowerCase())) orgStart--;
  } else {
    for (let i = 2; i < tokens.length; i++) {
      if (PLACE_PREFIXES.has(tokens[i]!.toLowerCase()) || isOrganisationLike(tokens.slice(i).join(' '))) {
        orgStart = i;
        break;
      }
    }
    if (orgStart < 0 && tokens.length > 2) orgStart = 2;
  }
  if (orgStart < 0) orgStart = tokens.length;
  // A third name token directly before a one-word org is rare; prefer two-token names otherwise.
  const nameTokens = tokens.slice(0, orgStart);
  const org = tokens.slice(orgStart).join(' ') || null;
  return {
    name: nameTokens.join(' '),
    given: nameTokens.length >= 2 ? nameTokens.slice(0, -1).join(' ') : null,
    family: nameTokens.length >= 2 ? nameTokens[nameTokens.length - 1]! : null,
    org,
  };
}

/**
 * Scans the lines for person sections. `isStop(line)` tells where a section must end
 * (an item heading). Returns the people found and the lines they consumed.
 */
/** A full stop after a lowercase letter (not an initial, "Kari N. Hansen") and a capital after it. */
const SENTENCE_END = latinRegExp(String.raw`(?<=[a-zæøåé)])(?<!(?:^|\s)(?:${alternation(people.nameAbbreviations)}))\.\s+(?=\p{Lu})`);
const ABSENT_SENTENCE = new RegExp(`^(.+?)\\s+(?:${alternation(people.officials.absentSentence)})\\b`, 'i');
/** "Det var ikke meldt avbud fra Frode Eggan og Jan Erling Eilefstad.": absent, the names after the phrase. */
const ABSENT_BEFORE_NAMES = latinRegExp(`^(?:${alternation(people.officials.absentBeforeNames)}):?\\s+(\\p{Lu}.*?)\\.?$`, 'i');
const PRESENT_SENTENCE = new RegExp(`^(.+?)\\s+(?:${alternation(people.officials.presentSentence)})\\b`, 'i');
/** "Trond Udjus ankom senere på kvelden": case-sensitive, so that what follows the verb is in lower case. */
const CAME_LATER = latinRegExp(`^(.+?)\\s+(?:${alternation(people.officials.cameLater)})(?=\\s*[.!]?$|\\s+[\\p{Ll}\\d])`);

/**
 * A sentence after a list that goes on with it: a label in it ("Forfall: Per Berg"), or names mostly ("Kari N.
 * Hansen, Ola Moe" split at the initial). Not prose with a comma ("Per fratrådte før sakene: 31, 32 og 36").
 */
function namesAfterAll(sentence: string): boolean {
  if (/:/.test(sentence)) return /^[^:]{1,40}:/.test(sentence) && !!attendanceLabel(sentence.slice(0, sentence.indexOf(':') + 1));
  if (!/,/.test(sentence)) return false;
  const parts = splitPersonList(sentence.replace(/[.\s]+$/, ''));
  return parts.filter((p) => isNameLike(p)).length * 2 >= parts.length;
}

const AS_ROLE = latinRegExp(String.raw`^(\p{Lu}[^,;:]{2,60}?)\s+som\s+(\p{L}+)\.?$`);
/** " og " before an office in lower case and a name ("… og leder Kari Nordmann"). */
const AND_BEFORE_OFFICE = latinRegExp(String.raw`\s+og\s+(?=[a-zæøå][\p{L}.-]*\s+\p{Lu})`);
/** One or two words in lower case before a name: an office ("leder Kari Nordmann"). */
const OFFICE_BEFORE_NAME = latinRegExp(String.raw`^(?:[a-zæøå][\p{L}.-]*\s+){1,2}(?=\p{Lu})`);

/** "Fra kontrollkomiteen møtte A, B og C": who came from another body, named after the verb. */
const CAME_FROM_SENTENCE = new RegExp(`^(?:fra|frå)\\s+(\\S+(?:\\s+\\S+){0,3}?)\\s+(?:${alternation(people.officials.presentSentence)})\\s+(.+?)\\.?$`, 'i');

/** "Til stede var …", "… med tilstedeværelse av …": the phrase, and what follows it on the line. */
const PRESENT_INTRO = latinRegExp(`(?<![\\p{L}])(?:${alternation(people.officials.presentIntro)})\\s*:?\\s+(.+)$`, 'i');

/**
 * "Til stede var Kari Nordmann, Ola Hansen og Per Berg.", "Den 13. april ble det avholdt et styremøte … med
 * tilstedeværelse av Ludwig, Oskar, Niamh og Peter.": who came, named after a phrase that says so, to the sentence's
 * end. Every entry must read as a name (an office in lower case before it is its role): "Til stede var hele styret",
 * "… var 8 medlemmer" name no one. One name alone is a full name; first names only come as a list.
 */
/** A label's colon after a word ("Referent:"), not a clock's ("kl. 18:35"). */
const LABEL_COLON = /[A-Za-zÀ-ÖØ-öø-ÿ]\s*:(?:\s|$)/;

export function presentAfterIntro(text: string): PersonEntry[] {
  if (text.length > 400) return [];
  const m = PRESENT_INTRO.exec(text);
  // A label before the phrase on the line ("Referent: Kari Nordmann. Til stede var …") is the label readers' to read.
  if (!m || LABEL_COLON.test(text.slice(0, m.index)) || !startsUpper(m[1]!.replace(/^(?:også|og)\s+/i, '').replace(OFFICE_BEFORE_NAME, ''))) return [];
  const [names = '', ...after] = m[1]!.split(SENTENCE_END);
  const entries = splitPersonList(names.replace(/[.\s]+$/, '')).flatMap((e) => e.split(AND_BEFORE_OFFICE));
  const out: PersonEntry[] = [];
  for (const entry of entries) {
    const bare = entry.trim().replace(/^(?:også)\s+/i, '');
    const office = OFFICE_BEFORE_NAME.exec(bare)?.[0].trim();
    const part = office ? bare.slice(bare.indexOf(office) + office.length).trim() : bare;
    // "Kari Nordmann (leder)": what the parentheses say is the entry's, read by parsePerson.
    const p = isNameLike(withoutNotes(part)) ? parsePerson(part, { allowLower: false }) : null;
    if (!p) return [];
    const role = office ? roleOf(office) : null;
    out.push({ ...p, status: p.status ?? 'present', roles: role ? [...new Set([...p.roles, role])] : p.roles });
  }
  if (out.length === 1 && !out[0]!.name.includes(' ')) return [];
  // The sentences after it on the line that say who else came or sent apologies ("Lise Dahl hadde meldt forfall.").
  for (const sentence of after) out.push(...peopleInSentence(sentence));
  return out;
}

/**
 * The people a sentence says were absent ("Anne Moe hadde meldt forfall") or came ("Per Berg møtte for Ola"; "Fra
 * kontrollkomiteen møtte A og B": guests, or the secretariat).
 */
function peopleInSentence(sentence: string): PersonEntry[] {
  // "Direktør Benjamin Ødegaard som protokollfører.": one more present, in the role named.
  const asRole = sentence.includes(' som ') ? AS_ROLE.exec(sentence.trim()) : null;
  const role = asRole ? roleOf(asRole[2]!) : null;
  if (asRole && role) {
    const p = parsePerson(asRole[1]!, { allowLower: false });
    if (p && p.name.includes(' ')) return [{ ...p, status: 'present', roles: [...new Set([...p.roles, role])] }];
  }
  const absent = ABSENT_SENTENCE.exec(sentence) ?? ABSENT_BEFORE_NAMES.exec(sentence.trim());
  const cameFrom = absent ? null : CAME_FROM_SENTENCE.exec(sentence);
  const later = absent || cameFrom ? null : CAME_LATER.exec(sentence.trim());
  const present = absent || cameFrom || later ? null : PRESENT_SENTENCE.exec(sentence);
  const names = cameFrom ? cameFrom[2] : (absent ?? present ?? later)?.[1];
  if (!names) return [];
  const out: PersonEntry[] = [];
  for (const entry of splitPersonList(names).flatMap((e) => e.split(AND_BEFORE_OFFICE))) {
    // A title in running text is written in lower case before the name ("rektor Harald Voster", "adm.medarbeidar …").
    const part = entry.replace(OFFICE_BEFORE_NAME, '');
    if (!isNameLike(part)) continue;
    // Who came later: people by their full names, not things ("Svaret ankom i går").
    if (later && !cameLaterName(part)) continue;
    const p = parsePerson(part, { allowLower: false });
    if (!p) continue;
    p.status = absent ? 'absent' : 'present';
    // "… møtte fra sekretariatet": the secretariat's people; from another body, guests.
    if (!absent && /\bfr[aå]\s+sekretariatet\b/i.test(sentence)) {
      if (!p.roles.includes('secretary')) p.roles.push('secretary');
    } else if (cameFrom && startsUpper(cameFrom[1]!)) {
      // "Fra Høyre møtte …", "Fra Kontrollkomiteen møtte …": whom they came for, an organisation.
      p.organisation ??= cameFrom[1]!;
    } else if (cameFrom && !p.roles.includes('guest')) p.roles.push('guest');
    out.push(p);
  }
  return out;
}

const VERB_ENDS = /^\s*(?:[.!]?\s*$|\(|(?:under|i|på)\s+(?:hele\s+|heile\s+)?(?:møtet|sak\b)|fr[aå]\s+\S|digitalt|via\b|på\s+(?:teams|zoom|telefon)\b|som\s)/i;

/** The last word of each verb phrase ("møtte", "forfall", "stede"): a line without one is not tried against the patterns. */
const VERB_WORDS = [...new Set([...people.officials.presentSentence, ...people.officials.absentSentence].map((p) => p.split(' ').at(-1)!))];

/**
 * "Avtroppende medlemmer Kari Brevik, Bjørn Davidsen og Britt Nordby deltok under hele møtet.": a sentence of its own
 * that lists people (two or more full names) who came or sent their apologies, after at most a few words that say who
 * they are. The list starts at the first given name; the sentence from there is returned for peopleInSentence.
 */
function namesThatCame(text: string): string | null {
  if (text.length > 300) return null;
  const lower = text.toLowerCase();
  if (!VERB_WORDS.some((w) => lower.includes(w)) || SENTENCE_END.test(text)) return null;
  const absent = ABSENT_SENTENCE.exec(text);
  const verb = absent ?? PRESENT_SENTENCE.exec(text);
  // "… deltok under hele møtet.", "… har meldt forfall.": the verb ends the sentence or tells how; "… deltok på
  // landsmøtet", "… møtte ordføreren", "… meldt forfall til dugnaden" tell of something else.
  if (!verb || !VERB_ENDS.test(text.slice(verb[0].length))) return null;
  const words = verb[1]!.split(/\s+/);
  // The list starts at the first given name; a name alone before the verb starts at once ("Sam Søhol har meldt forfall").
  let first = words.findIndex(isGivenName);
  if (first < 0 && words.length <= 3 && isNameLike(verb[1]!)) first = 0;
  if (first < 0 || first > 4) return null;
  const names = splitPersonList(words.slice(first).join(' '));
  // One person who sent apologies is as plain ("Sam Søhol har meldt forfall."); one who came may be a guest of an item.
  const least = verb === absent ? 1 : 2;
  if (names.length < least || !names.every((n) => isNameLike(n) && /\s/.test(n.trim()))) return null;
  return text.slice(text.indexOf(words[first]!, words.slice(0, first).join(' ').length));
}

/** The present list's mode: what a sentence of its own that names who came reads under. */
const PRESENT = SETS[4]![1];

/** A person found, read under a list's mode (its status unless the entry says otherwise, its roles besides the entry's). */
function hitOf(entry: PersonEntry, at: Line, mode: Mode, extra: Partial<PersonHit> = {}): PersonHit {
  return {
    ...entry,
    status: entry.status ?? mode.status,
    roles: [...new Set([...mode.roles, ...entry.roles])],
    line: at,
    invited: mode.invited,
    fromRole: mode.single,
    copied: !!mode.copied,
    givenName: null,
    familyName: null,
    ...extra,
  };
}

const ELECTION_WORDS = latinRegExp(`(?<![\\p{L}])(?:${alternation(people.elections.slateWords)})(?![\\p{L}])`, 'i');

const ELECTS = latinRegExp(`(?<![\\p{L}])(?:${alternation(people.elections.elects)})(?![\\p{L}])`, 'i');

const TERM = new RegExp(people.elections.term, 'i');

/** Re-elected, elected for a term: an election's outcome ("på valg", standing for election, is none). */
const ELECTED_WORDS = latinRegExp(`(?<![\\p{L}])(?:${alternation(people.elections.slateWords.filter((w) => !/^på\s/.test(w)))})(?![\\p{L}])`, 'i');

/**
 * A list of names most of which carry an election's note: re-elected, new, a term ("(attval for 1 år)"). Asked of
 * lists of members and deputies (a label with a role), never of who was present.
 */
function electedList(value: string): boolean {
  const entries = splitPersonList(value);
  const noted = entries.filter((e) => ELECTED_WORDS.test(e) || TERM.test(e)).length;
  return entries.length > 0 && noted * 2 > entries.length;
}

/** Whether the lines just before line `i` (other lists' labels aside) elect someone ("Følgende velges til …:"). */
function afterElection(lines: Line[], i: number): boolean {
  for (let k = i - 1, n = 0; k >= 0 && n < 4; k--) {
    const l = lines[k]!;
    if (l.blank) continue;
    n++;
    if (ELECTS.test(l.text)) return true;
    if (!attendanceLabel(labelText(l), l.raw) && !SUBGROUP_LABEL.test(l.text)) return false;
  }
  return false;
}

/** A group's label inside a list of names, with an "og" before it (global: for replace). */
const SUBGROUP_INSIDE = latinRegExp(`(?:^|(?<=\\s))(?:og\\s+)?(?:faste\\s+)?(?:${alternation(people.officials.subgroupWords)})\\s*:\\s*`, 'gi');
/** "Medlemmer: Lise Dahl, Per Berg": a group's label with its names. */
const SUBGROUP_LABEL = latinRegExp(`^(?:faste\\s+)?(?:${alternation(people.officials.subgroupWords)})\\s*:`, 'i');

/** Whether the bulleted line `i` stands in a list (its run of bulleted lines) that speaks of an election. */
function inElectionSlate(lines: Line[], i: number): boolean {
  // The run is bounded by the first line that is no bullet (blank lines between bullets, as exports write them, are
  // passed), read at most 40 lines each way. A run that is a list of who came ("- Til stede: …", "- Forfall: …") is
  // no slate, whatever a later list says.
  let election = false;
  for (const step of [-1, 1]) {
    for (let k = i + step, n = 0; k >= 0 && k < lines.length && n < 40; k += step, n++) {
      const l = lines[k]!;
      if (l.blank) continue;
      if (!l.bullet) break;
      if (ELECTION_WORDS.test(l.text)) election = true;
      const label = attendanceLabel(labelText(l), l.raw);
      if (label && !label.mode.roles.includes('deputy')) return false;
    }
  }
  return election;
}

/**
 * "Til stede:" / "Forfall:" / "Fra adm.: Sven E. Maamoen, Jon Syversen og Rune Engeseth. Oda Often og Vidar Bøe.
 * Guro Røen og Kent Simonsen.": a flattened table whose label cells came first, each alone, and whose values follow
 * the last one, a sentence each. When the sentences are as many as the labels, each is read under its label; else null.
 */
function stackedLabels(lines: Line[], i: number, first: Mode): { people: Array<[PersonEntry, Mode, Line]>; last: number } | null {
  const modes: Mode[] = [first];
  let k = i + 1;
  for (; k < lines.length && k - i <= 8; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    const hit = attendanceLabel(labelText(l), l.raw);
    if (!hit || hit.mode.single) return null;
    modes.push(hit.mode);
    if (!hit.value) continue;
    const groups = hit.value.split(SENTENCE_END).map((g) => g.replace(/[.\s]+$/, '')).filter(Boolean);
    if (groups.length !== modes.length) return null;
    // Each group a bare list of names: "Forfall: Ola Dal. Ellers var hele styret til stede." is a list and a sentence.
    const lists = groups.map((g) => splitPersonList(g));
    // And each a list ("A, B og C"): "Tilstede:" / "Forfall: Per Hansen. Ola Berg." is one label's names, one a sentence.
    if (!lists.every((list) => list.length >= 2 && list.every((e) => isNameLike(e.trim())))) return null;
    const people: Array<[PersonEntry, Mode, Line]> = [];
    lists.forEach((list, n) => {
      for (const e of list) {
        const p = parsePerson(e, { allowLower: false });
        if (p) people.push([p, modes[n]!, l]);
      }
    });
    return { people, last: k };
  }
  return null;
}

/**
 * "Til stede: Dessuten møtte: Forfall: Arne Dal, Tor Berg, …" on one flattened line: a form whose label cells were
 * read before their values, which run together (when they split into a sentence per label, stackedLabels reads them).
 * Whose names they are cannot be read off; the first cell's, present, is the likelier (a form's apologies cell is the
 * one left empty; a protocol where everyone sent apologies records no meeting): that mode, for the last label and the
 * lines that go on with its list. Null unless the labels were cut from one input line, none with names of its own,
 * from present to absent.
 */
function flattenedAfter(first: Line, label: Line, took: number, firstMode: Mode, labelMode: Mode): Mode | null {
  if (took > 0 || first.start === undefined || label.start === undefined || inputLine(first) !== inputLine(label)) return null;
  if (firstMode.status !== 'present' || firstMode.roles.length > 0 || labelMode.status !== 'absent') return null;
  return firstMode;
}

export function findPeople(lines: Line[], isStop: (line: Line) => boolean): { people: PersonHit[]; consumed: Set<number> } {
  const people: PersonHit[] = [];
  const consumed = new Set<number>();
  /** Names found so far, for "Møtte for" columns. */
  const known = new Set<string>();
  const wrapWidth = wrapWidthOf(lines);
  let inItems = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.code) continue;
    if (isStop(line)) {
      inItems = true;
      continue;
    }
    // "Til stede var Kari Nordmann, Ola Hansen og Per Berg.": who came, in a sentence that says so (before the items),
    // hard-wrapped on to the next lines while the list is open ("… Ola Hansen og" / "Per Berg.").
    if (!inItems && PRESENT_INTRO.test(line.text)) {
      let text = line.text;
      let k = i;
      while (k - i < 3 && /(?:,|\sog)$/.test(text) && lines[k + 1] && !lines[k + 1]!.blank && !isStop(lines[k + 1]!)) text = `${text} ${lines[++k]!.text}`;
      const introduced = presentAfterIntro(text);
      if (introduced.length) {
        for (const p of introduced) {
          people.push(hitOf(p, line, PRESENT));
          known.add(p.name.toLowerCase());
        }
        for (let n = i; n <= k; n++) consumed.add(lines[n]!.n);
        i = k;
        continue;
      }
    }
    let hit = attendanceLabel(labelText(line), line.raw) ?? (isHeaderRow(line) && !(lines[i - 1] && attendanceLabel(lines[i - 1]!.text)) ? { mode: PRESENT, value: '', header: true } : null);
    // "Møtedeltakarar Parti Rolle": the list's word heading a table, read as the table's header when its rows follow it
    // at once (else it is the label it also is).
    if (hit && !('header' in hit) && !hit.value && !hit.mode.single && lines[i + 1] && !lines[i + 1]!.blank && isHeaderRow(line)) hit = { mode: hit.mode, value: '', header: true };
    // "• Varamedlem: Hilde Haugen og Marit Midtbøen" in a slate ("• Sigrun Moen – attval – på val i 2022"): who is
    // proposed or elected, not who came.
    if (hit && line.bullet && hit.mode.roles.includes('deputy') && inElectionSlate(lines, i)) hit = null;
    // "Vedtak: Følgende velges til eldrerådet:" / "Medlemmer: …" / "Varamedlemmer: …": an election's result.
    if (hit && inItems && afterElection(lines, i)) hit = null;
    // Under an item, a body's members named on the label's line ("Valgkomiteens medlemmer er: A, B og C") or after an
    // election are who serves, not who came.
    if (hit && inItems && 'members' in hit && (hit.value !== '' || afterElection(lines, i))) hit = null;
    // Under an item, "Disse var med på dugnaden:", "Følgende møtte på befaringen:": who took part in another event.
    if (hit && inItems && !('header' in hit) && AT_OTHER_EVENT.test(labelBefore(line.text))) hit = null;
    // "Varamedlemmer: Kenneth Staurset Fåne (attval for 1 år), Turid Leirvoll Øverås (attval for 1 år) og Morten
    // Øveraas (ny, for 1 år).": the names with their terms are an election's result.
    if (hit && hit.value && hit.mode.roles.length > 0 && electedList(hit.value)) hit = null;
    if (!hit) {
      // "Frå skulen møtte rektor Harald Voster og inspektør Jostein Moldsvor.": a sentence of its own naming who came.
      // Who came or sent apologies, in a sentence of its own: before the items (an item's text tells of other meetings).
      const listed = CAME_FROM_SENTENCE.test(line.text) ? line.text : inItems ? null : namesThatCame(line.text);
      if (listed) {
        for (const p of peopleInSentence(listed)) {
          people.push(hitOf(p, line, PRESENT));
          known.add(p.name.toLowerCase());
          consumed.add(line.n);
        }
      }
      continue;
    }
    // "Til stede:" / "Forfall:" / "Fra adm.: A, B og C. D og E. F og G.": label cells stacked, their values after them.
    const stacked = 'header' in hit || hit.value || hit.mode.single ? null : stackedLabels(lines, i, hit.mode);
    if (stacked) {
      for (const [entry, m, at] of stacked.people) {
        people.push(hitOf(entry, at, m));
        known.add(entry.name.toLowerCase());
      }
      for (let k = i; k <= stacked.last; k++) consumed.add(lines[k]!.n);
      i = stacked.last;
      continue;
    }
    const start = i;
    if ('header' in hit) i--; // the header row itself is read as the table's header below
    let mode = hit.mode;
    // The label's list, with its hard-wrapped continuation lines: a copy, since attendanceLabel's answers are
    // remembered across documents (appending to hit.value leaked one document's names into the next).
    let value = hit.value;
    let runIn = false;
    const labelLine = line;
    let took = 0;
    const add = (entry: PersonEntry, at: Line, extra: Partial<PersonHit> = {}): void => {
      known.add(entry.name.toLowerCase());
      people.push(hitOf(entry, at, mode, extra));
      consumed.add(at.n);
      took++;
    };
    if (value && !hit.mode.single) {
      // A hard-wrapped run-in list continues on the next lines ("… Anna Marie Thams" / "Wulfsberg,").
      let k = i;
      while (
        lines[k]!.raw.trimEnd().length >= wrapWidth * 0.7 &&
        !/[.]$/.test(lines[k]!.text) &&
        lines[k + 1] &&
        !lines[k + 1]!.blank &&
        !isStop(lines[k + 1]!) &&
        !attendanceLabel(lines[k + 1]!.text) &&
        !lines[k + 1]!.text.includes(':') &&
        lines[k + 1]!.text.length < 100 &&
        // A sentence under the list ("Per Berg og Lise Dahl kom etter sak 1.") is read as one, below.
        !(/[.!?]$/.test(lines[k + 1]!.text) && readsAsStatement(lines[k + 1]!.text))
      ) {
        k++;
        value += ' ' + lines[k]!.text;
        consumed.add(lines[k]!.n);
      }
      i = k;
    }
    if (value) {
      const outer = mode;
      for (const [p, m] of readListValue(value, mode)) {
        mode = m;
        add(p, labelLine);
      }
      mode = outer;
      runIn = took > 0;
      if (mode.single || !runIn) continue;
      // A run-in list continues only on the very next line, never after a blank line.
      const next = lines[i + 1];
      // One person on the label's line and one on each line under it ("Deltakarar Vidar Torsvik / leiar" / "Kari
      // Mostad / kasserar"): a list of a person a line, whose first line holds the label. It goes on while each line
      // holds one person whose name opens with a given name; anything else ends it.
      if (took === 1) {
        let k = i + 1;
        // Minutes that name people by their given names ("Tilstede: Ole Bjørn, leder" / "Axel" / "Inger") list them so.
        const givenOnly = people.length > 0 && people[people.length - 1]!.name.split(' ').every(isGivenName);
        for (let one = onePersonLine(lines[k], mode, known, isStop, givenOnly); one; one = onePersonLine(lines[k], mode, known, isStop, givenOnly)) add(one.entry, lines[k++]!, one.extra);
        if (k > i + 1) {
          i = k - 1;
          continue;
        }
      }
      // Sentences on the lines right after it say who else came or sent apologies ("Trine Moe og Geir Lie
      // møtte fra sekretariatet.").
      // A label of its own ("Dessuten møtte: Kari Dal") is read when the outer loop reaches it.
      if (next && !next.blank && !next.code && !/,/.test(next.text) && !attendanceLabel(next.text)) {
        let k = i + 1;
        for (let found = peopleInSentence(lines[k]!.text); found.length; found = lines[k] && !lines[k]!.blank ? peopleInSentence(lines[k]!.text) : []) {
          for (const p of found) add(p, lines[k]!);
          consumed.add(lines[k]!.n);
          k++;
        }
        i = k - 1;
        continue;
      }
      // After a blank line or two, only a sentence that says who did not come, names after it ("Det var ikke meldt
      // avbud fra Frode Eggan og Jan Erling Eilefstad.").
      if (next?.blank && /[.]$/.test(labelLine.text)) {
        let k = i + 1;
        while (k < lines.length && k - i <= 3 && lines[k]!.blank) k++;
        const l = lines[k];
        if (l && !l.code && ABSENT_BEFORE_NAMES.test(l.text)) {
          const found = peopleInSentence(l.text);
          for (const p of found) add(p, l);
          if (found.length) {
            i = k;
            continue;
          }
        }
      }
      if (!next || next.blank || !/,/.test(next.text)) continue;
    }
    // Entries on the following lines.
    let blanks = 0;
    let tableCols: string[] | null = null;
    // The values a column of the table repeats down its rows (repeatedColumnValues), read off its header's rows.
    let columnValues: ReadonlySet<string> = NO_VALUES;
    let skipped = false;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.blank) {
        // A list that began on the label line ends at the first blank line.
        if (runIn) break;
        blanks++;
        if (blanks > 8) break;
        continue;
      }
      // A heading, a label ("Protokollen godkjent:") or an agenda word ends the list.
      if (isStop(l) || (l.depth > 0 && !attendanceLabel(l.text)) || (/:$/.test(l.text) && !attendanceLabel(l.text) && !SUBGROUP.test(l.text)) || AGENDA_WORD.test(l.text.toLowerCase()) || AGENDA_APPROVED.test(l.text.toLowerCase())) break;
      // A table's header that opens with the list's word ("Møtedeltakarar Parti Rolle") is the header, no new list.
      const sub = isHeaderRow(l) ? null : attendanceLabel(l.text);
      if (sub) {
        // "Referent: X" inside a list is handled when the outer loop reaches it.
        if (sub.mode.single) break;
        const listMode = flattenedAfter(labelLine, l, took, hit.mode, sub.mode) ?? sub.mode;
        mode = listMode;
        tableCols = null; // a new list under its own label has its own (or no) header
        if (sub.value) {
          for (const [p, m] of readListValue(sub.value, listMode)) {
            mode = m;
            add(p, l);
          }
          mode = listMode;
        }
        blanks = 0;
        continue;
      }
      // A column's head on a line of its own ("Nr", "Navn"): no one, in a table of people or of cases.
      if (COLUMN_HEAD(l.text)) continue;
      if (SUBGROUP.test(l.text) && !mode.single) {
        blanks = 0;
        continue;
      }
      // "Medlemmer: Kari Nordmann, Knut Moe", "Rådmenn: Odd Ivar Øvregård, Vidar Bråthen": a group's label and its names
      // on one line (the first name is no label's value to drop).
      const grouped = mode.single ? null : SUBGROUP_LABEL.exec(l.text);
      if (grouped) {
        const listMode = mode;
        const found = readListValue(l.text.slice(grouped[0].length).trim(), listMode);
        if (found.length) {
          for (const [p, m] of found) {
            mode = m;
            add(p, l);
          }
          mode = listMode;
          blanks = 0;
          continue;
        }
      }
      if (isHeaderRow(l)) {
        tableCols = headerColumns(l);
        columnValues = ORG_COLUMNS_IN(tableCols) ? repeatedColumnValues(lines, j + 1) : NO_VALUES;
        blanks = 0;
        continue;
      }
      // "For Lia kommune: Kari Nordvik, Per Olsen og Ola Dal": a group of the list, named by whom it represents.
      const group = mode.single ? null : GROUP_LINE.exec(l.text);
      // Not "Fra sak 3:", "Fra kl. 19.30:" (no group) nor "For Kari Hansen:" (whom someone stands in for).
      if (group && !attendanceLabel(l.text) && !/\d/.test(group[1]!) && !isNameLike(group[1]!.trim())) {
        const members = splitPersonList(group[2]!).map((e) => parsePerson(e, { allowLower: false }));
        if (members.length && members.every((p) => p)) {
          for (const p of members) add({ ...p!, organisation: p!.organisation ?? group[1]!.trim() }, l);
          blanks = 0;
          continue;
        }
      }
      const entry = personLine(l, tableCols, mode, known, columnValues);
      if (!entry.length) {
        // One unreadable row inside a headed table (OCR: "@Mstebrod Magnus Nestleder") does not end it.
        if (tableCols && !skipped && /^\S+(?:\s+\S+){1,5}$/.test(l.text) && !/[.!?:]$/.test(l.text)) {
          skipped = true;
          continue;
        }
        // An office or a body on a line of its own ("Organist", then the organist's name) leaves the list going on.
        if (isBareOfficeOrBody(l.text)) continue;
        break;
      }
      skipped = false;
      for (const e of entry) add(e.entry, l, e.extra);
      blanks = 0;
      if (mode.single) break;
    }
    // Always move on: a section that took nothing must not be read again.
    i = Math.max(start, j - 1);
  }
  if (!people.length) {
    for (const [entry, at, m] of unlabelledList(lines, isStop)) {
      people.push(hitOf(entry, at, m));
      consumed.add(at.n);
    }
  }
  return { people, consumed };
}

/** "Åse Marit Hovden (ny leder SU)": a full name opening with a given name, its office or body in parentheses, and what follows. */
const NAME_AND_NOTE = /^([^()]{3,50}?)\s*\(([^()]{1,60})\)\s*(.*)$/;
/** "(repr. lærere)forfall. Line Nilsen møtte som vara.": absent, and who came in the person's place. */
const ABSENCE_WORDS = alternation(A.absent);
/** The absence word alone, or closed by a stop before a sentence of who came instead ("forfall. Line Nilsen møtte som vara."). */
const ABSENT_AFTER_NOTE = latinRegExp(`^(?:${ABSENCE_WORDS})(?:[.,;]\\s*(.*))?\\s*$`, 'i');
/** An absence word in the parentheses ("(kasserer, meldt forfall)"). */
const ABSENT_IN_NOTE = latinRegExp(`(?<![\\p{L}])(?:${ABSENCE_WORDS})(?![\\p{L}])`, 'i');
const UNLABELLED_LIST_MIN = 3;

/**
 * A document with no list label at all whose first lines, before any item, name the people a line each with their
 * office in parentheses ("Åse Marit Hovden (nestleder SU)" / "Tomine Olsen (leder elevråd)" / "Odd Henning Bentsen
 * (sekretær)"): who came. Three such lines at least, one after another (blank lines between them allowed); a line of
 * any other shape ends the list, and a sentence after a name's parenthesis may say the person was absent and who
 * came instead.
 */
function unlabelledList(lines: Line[], isStop: (line: Line) => boolean): Array<[PersonEntry, Line, Mode]> {
  const run: Array<[PersonEntry, Line, Mode]> = [];
  let rows = 0;
  let seen = 0;
  for (const l of lines) {
    if (l.blank || l.code) continue;
    if (isStop(l)) break;
    // Right under the title: a line of another kind above the names may be the list's label in words no vocabulary
    // has ("Meldt frafall", "Permisjon", "Kontaktpersoner"), which says who they are; any such line ends the list.
    if (++seen === 1) continue;
    const row = unlabelledRow(l, rows === 0);
    if (!row) break;
    run.push(...row);
    rows++;
  }
  return rows >= UNLABELLED_LIST_MIN ? run : [];
}

/** The people of one line of such a list, or null when the line is no such row. `first`: its first row, whose name opens with a known given name. */
function unlabelledRow(l: Line, first: boolean): Array<[PersonEntry, Line, Mode]> | null {
  const m = l.depth === 0 && !l.text.includes(':') ? NAME_AND_NOTE.exec(l.text) : null;
  // An office or a body in the parentheses, no phone number or date ("(tlf 900 00 000)").
  if (!m || /\d{2}/.test(m[2]!)) return null;
  const name = m[1]!.trim();
  if (!/\s/.test(name) || !(opensWithGivenName(name) || !first) || !isNameLike(name) || isOrganisationLike(name)) return null;
  const entry = parsePerson(`${name} (${m[2]!})`);
  if (!entry) return null;
  const after = m[3]!.trim();
  const absent = after ? ABSENT_AFTER_NOTE.exec(after) : null;
  // Anything else after the parenthesis ("fraværende første halvtime"): no such row.
  if (after && !absent) return null;
  const out: Array<[PersonEntry, Line, Mode]> = [[entry, l, absent || ABSENT_IN_NOTE.test(m[2]!) ? ABSENT_MODE : PRESENT_MODE]];
  const instead = absent?.[1] ? (namesThatCame(absent[1]) ?? (MET_AS_DEPUTY.test(absent[1]) ? absent[1] : null)) : null;
  if (instead) for (const p of peopleInSentence(instead)) out.push([{ ...p, roles: p.roles.length ? p.roles : deputyIfVara(absent![1]!) }, l, PRESENT_MODE]);
  return out;
}

/** "Line Nilsen møtte som vara.": a name, then that the person came as a deputy. */
const MET_AS_DEPUTY = latinRegExp(String.raw`^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){1,3}\s+(?:møtte|møtte\s+inn|møtte\s+fram)\s+som\s+(?:vara|varamedlem|varamedlemmer|vararepresentant)\.?$`);
const deputyIfVara = (sentence: string): Role[] => (/\bvara\b/i.test(sentence) ? ['deputy'] : []);

/**
 * The person a line holds when it is one person whose name opens with a given name ("Kari Mostad") or has a role after
 * a slash ("Kjerstin Valland / nestleiar"); not any two words in capitals (a venue, a heading: "Grendehuset Nordby",
 * "Neste Møte", "Sparebanken Vest"), nor a label; else null. So a given name the list lacks ends such a list: its
 * lines stay in the text (a review weighed venues read as people against rare names missed, and chose this).
 */
function onePersonLine(l: Line | undefined, mode: Mode, known: Set<string>, isStop: (line: Line) => boolean, givenOnly = false): ReturnType<typeof personLine>[number] | null {
  if (!l || l.blank || l.code || isStop(l) || attendanceLabel(l.text)) return null;
  const entries = personLine(l, null, mode, known);
  const name = entries.length === 1 ? entries[0]!.entry.name : '';
  // A given name alone, where the list's first person is named by given names only.
  if (givenOnly && name && !/\s/.test(name) && isGivenName(name) && name === l.text.trim()) return entries[0]!;
  // A row with a role after a slash ("Kjerstin Valland / nestleiar") is a person's, whatever the given name.
  const row = entries.length === 1 && SLASH_NOTE_END.test(l.text) && entries[0]!.entry.roles.length > 0;
  return /\s/.test(name) && isNameLike(name) && (opensWithGivenName(name) || row) ? entries[0]! : null;
}

/**
 * "Varamedlemmer: Forfall Administrasjonen Betty Hvalsengen, Tor-Anders Olsen": a flattened form whose cells for
 * deputies and apologies were empty, so their labels stand before the names. The names are the last label's: the
 * labels (a word or two each, capitalised, at most three) are taken off, and their mode is the list's.
 */
function afterEmptyCells(value: string, mode: Mode): { value: string; mode: Mode } {
  let rest = value.trim();
  for (let n = 0; n < 3; n++) {
    const words = rest.split(/\s+/);
    let taken = 0;
    for (const k of [1, 2]) {
      const label = words.slice(0, k).join(' ');
      // A label of one word is tried first: a person's given name after it is the name's ("Forfall Hanne Lilian Søvik").
      if (words.length <= k || !startsUpper(label) || !startsUpper(words[k]!)) continue;
      const hit = attendanceLabel(`${label.replace(/:$/, '')}:`);
      if (hit && !hit.value && !hit.mode.single && !hit.mode.invited) {
        mode = hit.mode;
        taken = k;
        break;
      }
    }
    if (!taken) break;
    rest = words.slice(taken).join(' ');
  }
  return { value: rest, mode };
}

/** The people an exception names ("alle bortsett frå Maja", "(unntatt Sissel H og Erling Fodnæss)"): absent. */
function absentListed(list: string, mode: Mode): Array<[PersonEntry, Mode]> {
  const absent: Mode = { ...mode, status: 'absent' };
  const out: Array<[PersonEntry, Mode]> = [];
  for (const e of splitPersonList(list)) {
    const p = parsePerson(e, { allowLower: false });
    if (p) out.push([p, absent]);
  }
  return out;
}

/**
 * The people a label's value lists, each with the mode it is read under. "Tilstede: A, B og C. D hadde meldt
 * forfall.": sentences after the list say who else came or did not; only sentences that say so are taken out, the
 * rest stay in the list ("… Hansen. Forfall: Per Berg.", "Kari Nordmann. Ola Hansen."), prose goes.
 */
function readListValue(value: string, mode: Mode): Array<[PersonEntry, Mode]> {
  if (!mode.single && !mode.invited) ({ value, mode } = afterEmptyCells(value, mode));
  // "Til stades: Ordførarar: Jon Askeland, Knut Moe Rådmenn: Odd Ivar Øvregård": the groups' labels part the names.
  if (!mode.single && value.includes(':')) value = value.replace(SUBGROUP_INSIDE, ', ').replace(/^[,\s]+/, '');
  const out: Array<[PersonEntry, Mode]> = [];
  // "Til stades: alle bortsett frå Maja (ferie)": everyone came but those named, who are absent.
  const allBut = mode.status === 'present' && !mode.single ? ALL_BUT.exec(value.trim()) : null;
  if (allBut) return absentListed(allBut[1]!, mode);
  // "Til stede: Alle musikantene, styret (unntatt Sissel H, Sissel T og Erling Fodnæss), dirigent og Reidun Hagen":
  // those a group's exception names are absent; the list goes on without them.
  // Not the cases someone sat out ("Ola Olsen (unntatt PS 12/24)", "(bortsett fra sak 5)").
  const except = mode.status === 'present' && !mode.single ? EXCEPT_IN_PARENTHESES.exec(value) : null;
  if (except && !/\d|\b(?:sak|saken|sakene|ps|rs)\b/i.test(except[1]!)) {
    out.push(...absentListed(except[1]!, mode));
    value = value.slice(0, except.index) + value.slice(except.index + except[0].length);
  }
  const table = flatNameTable(value);
  if (table) return table.map((p) => [p, mode]);
  const sentences = value.split(SENTENCE_END);
  const said: PersonEntry[] = [];
  const kept: string[] = [sentences[0]!];
  for (const sentence of sentences.slice(1)) {
    const found = peopleInSentence(sentence);
    if (found.length) said.push(...found);
    // A sentence of prose after the list ("Møtet var åpent.") is no part of it; a label or names are.
    else if (isNameLike(sentence.replace(/[.\s]+$/, '')) || namesAfterAll(sentence) || attendanceLabel(sentence.replace(/[.\s]+$/, '')) || GROUP_START.test(sentence)) kept.push(sentence);
  }
  // Names each closed with a full stop ("Kari Nordmann. Ola Hansen. Per Berg.") are a list too.
  const names = kept.length > 1 && kept.every((k) => isNameLike(k.replace(/[.\s]+$/, '')));
  const list = kept.join(names ? ', ' : '. ');
  // Another attendance label inside the run-in list ("… ikke tilstede: X") switches the status.
  // Matched on the lower-cased value: lower-casing keeps offsets in Norwegian text.
  const inner = mode.single ? null : INNER_LABEL.exec(list.toLowerCase());
  const segments: Array<[string, Mode]> = inner
    ? [[list.slice(0, inner.index), mode], [list.slice(inner.index + inner[0].length), attendanceLabel(inner[1]! + ':')?.mode ?? mode]]
    : [[list, mode]];
  for (const [text, m] of segments) {
    for (const [part, group] of m.single ? [[text, null] as const] : inlineGroups(text)) {
      for (const e of m.single ? [part] : splitPersonList(part)) {
        // "…, Heidi Fondenes, (Arild Slinde)": a full name in parentheses is listed all the same; a word or a note is not.
        const p = parsePerson(e.replace(NAME_IN_PARENTHESES, '$1'), { allowLower: false });
        // A copy goes to bodies as well as people: a word alone that isOrganisationLike (an abbreviation, "RSU", or a
        // body's ending, "Instituttkontoret") is one; a given name or a surname alone is a person's ("Haakon", "Hansen").
        if (p && m.invited && !/\s/.test(p.name) && isOrganisationLike(p.name)) continue;
        if (p) out.push([group && !p.organisation ? { ...p, organisation: group } : p, m]);
      }
    }
  }
  for (const p of said) out.push([p, mode]);
  return out;
}

/** "(Arild Slinde)": two to four capitalised words in parentheses, no comma (not "(Teams)", "(SV)", "(A, B)"). */
const NAME_IN_PARENTHESES = latinRegExp(String.raw`^\s*\((\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}.]*){1,3})\)\s*$`);

/** "For Høyre:", "Fra administrasjonen:" inside a flattened list: where a group of it starts, and whom it represents. */
const GROUP_MARK = String.raw`(?:${alternation(people.groupWords.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]))})\s+(\p{Lu}[\p{L} -]{1,40}?)\s*:\s+`;
const INLINE_GROUP = latinRegExp(String.raw`(?:^|(?<=[\s,.;]))${GROUP_MARK}`, 'g');

/** "… Hans Kristian Raanaas Møtende varamedlemmer" before "For Høyre:": the label of the next list, cut off. */
function withoutTrailingLabel(part: string): string {
  const words = part.trimEnd().split(/\s+/);
  // A label opens with a capital that only lower-case words follow ("Møtende varamedlemmer", "Forfall"); a name's
  // words all have one.
  let k = words.length - 1;
  while (k > 0 && !startsUpper(words[k]!)) k--;
  if (k < 1 || words.length - k > 3) return part;
  return attendanceLabel(`${words.slice(k).join(' ')}:`) ? words.slice(0, k).join(' ') : part;
}

/** A sentence of the list that opens a group of it ("… Kjell Engebretsen. For Venstre: Erik Lundeby"). */
const GROUP_START = latinRegExp(String.raw`^\s*${GROUP_MARK}(?=\p{Lu})`);

/**
 * "For Høyre: Thore Vestby, Kirsti Birkeland For Arbeiderpartiet: Kathe Langvik": a list whose groups (by line,
 * GROUP_LINE) an export ran together. Each part with the group it names; the text before the first as it is. Not
 * "For Kari Hansen:" (whom someone stood in for) nor "Fra sak 3:".
 */
function inlineGroups(text: string): Array<readonly [string, string | null]> {
  const out: Array<readonly [string, string | null]> = [];
  let last = 0;
  let group: string | null = null;
  INLINE_GROUP.lastIndex = 0;
  for (let m = INLINE_GROUP.exec(text); m; m = INLINE_GROUP.exec(text)) {
    const name = m[1]!.trim();
    // A person's name is whom someone stood in for ("For Kari Hansen:", "For Anne:"); a party or a body is one word
    // that is no given name, or has words in lower case. (A case, "Fra sak 3:", has a digit the pattern does not take.)
    if ((/\s/.test(name) && isNameLike(name)) || isGivenName(name)) continue;
    if (m.index > last || group) out.push([withoutTrailingLabel(text.slice(last, m.index)), group]);
    group = name;
    last = m.index + m[0].length;
  }
  out.push([text.slice(last), group]);
  return out;
}

/** "Navn Funksjon Representerer": a table's header at the start of a flattened value (the name column first). */
const FLAT_TABLE_HEADER = latinRegExp(`^(?:navn|namn)(?:\\s+(?:${alternation(people.tableHeaders.filter((w) => !/\\s/.test(w)))})){1,4}\\s+(?=\\p{Lu})`, 'i');

/**
 * A name table flattened into one value, a column after the other ("Navn Funksjon Representerer Solfrid Vatne Kjetil
 * Haugen … Leder Nestleder Medlem …"): the header, the names run together, then a role for each. Null when it does
 * not read so.
 */
function flatNameTable(value: string): PersonEntry[] | null {
  const header = FLAT_TABLE_HEADER.exec(value);
  if (!header) return null;
  const tokens = value.slice(header[0].length).trim().split(/\s+/);
  let k = tokens.length;
  while (k > 0 && roleOf(tokens[k - 1]!)) k--;
  const roles = tokens.slice(k);
  const names = splitRunTogetherNames(tokens.slice(0, k).join(' '));
  // splitRunTogetherNames cuts only where every piece reads as a name that opens with a given name; a piece with a
  // role or a place in it is a row's values glued on ("Kari Hansen Rådmann", "Kari Hansen Nordby"): the columns then
  // did not come one after the other. So a role for each name, and no role word inside one.
  if (names.length < 2 || roles.length !== names.length || !names.every((n) => isNameLike(n) && !n.split(/\s+/).some((t) => roleOf(t)))) return null;
  return names.map((name, i) => {
    const role = roles[i] ? roleOf(roles[i]!) : null;
    return { name, organisation: null, roles: role ? [role] : [], status: null, substituteFor: null, note: null };
  });
}

const ALL_BUT = new RegExp(`^(?:${alternation(people.officials.allBut)})\\s+(.+?)\\.?$`, 'i');
/** "(unntatt Sissel H og Erling Fodnæss)": the exception of allBut's words ("alle unntatt" → "unntatt") in parentheses. */
const EXCEPT_IN_PARENTHESES = new RegExp(`\\((?:${alternation(people.officials.allBut.map((w) => w.replace(/^alle\s+/, '')))})\\s+([^()]+)\\)`, 'i');

/** "For Lia kommune: A, B og C", "Frå skulen: A og B": a group within a list of people. */
const GROUP_LINE = /^(?:for|fra|frå)\s+([^:]{2,60}?)\s*:\s*(\S.*)$/i;

/** Header columns of a space-separated table: "Navn Møtte for Representerer" → navn, møtte for, representerer. */
function headerColumns(line: Line): string[] {
  if (line.cells) return line.cells.map((c) => c.toLowerCase());
  // "KOMMUNE / REGION" is one column.
  const t = line.text.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/\s*\/\s*/g, '/');
  return t.match(HEADER_WORD) ?? [];
}

/**
 * "Eli Arnkværn Bryhni (møteleder) Hamarregionen utvikling" under "NAVN KOMMUNE / REGION" where OCR collapsed the
 * columns to single spaces: the organisation starts at "kommune"'s place name, or else at the last capitalised
 * word that only lower-case words follow (with a place prefix before it: "Søndre Viken regionråd"); the name is
 * what comes before, two tokens at least. Parentheses (roles, how someone took part) belong to the name.
 */
function splitNameThenOrg(text: string): PersonEntry | null {
  const notes = text.match(/\([^)]*\)/g) ?? [];
  const tokens = withoutNotes(text).split(/\s+/);
  if (tokens.length < 3) return null;
  let start = tokens.findIndex((t, i) => i >= 2 && /^kommune/i.test(t)) - 1;
  if (start < 1) {
    start = -1;
    for (let i = tokens.length - 1; i >= 2; i--) {
      if (startsUpper(tokens[i]!) && tokens.slice(i + 1).every((t) => startsLower(t))) {
        start = i;
        break;
      }
    }
  }
  if (start < 2) return null;
  while (start > 2 && PLACE_PREFIXES.has(tokens[start - 1]!.toLowerCase())) start--;
  const name = tokens.slice(0, start).join(' ');
  if (!isNameLike(name)) return null;
  const entry = parsePerson([name, ...notes].join(' '));
  if (!entry) return null;
  entry.organisation = tokens.slice(start).join(' ');
  return entry;
}

/** A clause in a table row's remark that makes its absence word someone else's ("møtte for Ola Dal som hadde forfall"). */
const CLAUSE_IN_REMARK = new RegExp(`(?:^|\\s)(?:${alternation(people.remarkClauses)})(?:\\s|$)`);
/** An absence word closing a table row's values, after a space or a dash (not "forfall 19.4": one day of two). */
const ABSENT_TAIL = new RegExp(`(?:^|\\s+(?:[-–]\\s*)?)(?:${tolerantAlternation(people.absent)})$`);
const PRESENCE_COLUMN = /^(?:til stede|tilstede|til stades|møtt|møtte|deltok|present|oppmøte)$/;
const ORG_COLUMN = /^(?:representerer|parti|organisasjon|kommune|region|kommune\/region|virksomhet|forening|liste)$/;

/** A party's code in a table row ("SP", "FRP", "H", "KrF"). */
const PARTY_CODE = new RegExp(`^(?:${alternation(people.partyCodes)})$`);
const NO_VALUES: ReadonlySet<string> = new Set();
/** A header with a column for whom a row's person represents ("Parti", "Representerer", "Kommune"). */
const ORG_COLUMNS_IN = (cols: readonly string[]): boolean => cols.some((c) => ORG_COLUMN.test(c));
/**
 * Where a row's name ends, its role at `role`: "Jon Askeland Radøy SP Medlem" → after "Askeland", the columns between
 * (a party's code, a value repeated down the rows) no part of the name. -1 when the name would run past four words.
 */
function nameEndBeforeRole(tokens: readonly string[], role: number, values: ReadonlySet<string>): number {
  let k = role;
  while (k > 2 && (PARTY_CODE.test(tokens[k - 1]!) || values.has(tokens[k - 1]!))) k--;
  return k <= 4 ? k : -1;
}


/**
 * "Radøy", "Meland" in "Jon Askeland Radøy SP Medlem", "Jostein Borlaug Radøy AP Medlem", …: a capitalised word that
 * stands third or later before a party's code or a role in three rows or more under the header (to the first blank
 * line) is a column's value, not a surname, when another word does so too (or it does five times).
 */
function repeatedColumnValues(lines: Line[], from: number): Set<string> {
  const counts = new Map<string, number>();
  for (let k = from; k < lines.length && k < from + 200 && !lines[k]!.blank; k++) {
    const tokens = lines[k]!.text.split(/\s+/);
    for (let t = 2; t + 1 < tokens.length; t++) {
      const next = tokens[t + 1]!;
      if (startsUpper(tokens[t]!) && !PARTY_CODE.test(tokens[t]!) && !isOffice(tokens[t]!) && (PARTY_CODE.test(next) || isOffice(next))) counts.set(tokens[t]!, (counts.get(tokens[t]!) ?? 0) + 1);
    }
  }
  // A column holds several values ("Radøy", "Meland", "Lindås"); one word alone must repeat more (a family's surname
  // three times in a board is no column).
  const repeated = [...counts].filter(([w, n]) => n >= 3 && !isGivenName(w));
  return new Set(repeated.filter(([, n]) => repeated.length >= 2 || n >= 5).map(([w]) => w));
}

/**
 * A row of a space-separated table under a known header ("Kari Nordmann Leder AP" under
 * "Navn Funksjon Representerer"): the name runs up to a role word, a name already met (the
 * "Møtte for" column), or leaves one token per remaining column.
 */
function splitHeadedRow(text: string, cols: string[], known: Set<string>, values: ReadonlySet<string> = NO_VALUES): PersonEntry | null {
  const tokens = text.split(/\s+/);
  if (tokens.length < 2 || text.includes(',')) return null;
  const entry: PersonEntry = { name: '', organisation: null, roles: [], status: null, substituteFor: null, note: null };
  let end = -1;
  // The role within the first five words, or within seven when a party's code or a column's value stands before it.
  for (let i = 1; i < Math.min(tokens.length, 7); i++) {
    const role = roleOf(tokens[i]!);
    // A compound office ("Utvalsleiar", "Programansvarleg") ends the name too, with no role of the model's.
    if (role || isRoleCompound(tokens[i]!)) {
      end = i;
      if (role) entry.roles.push(role);
      break;
    }
  }
  let rest: string[] = [];
  if (end > 0) {
    // Only where the header has a column for them: under "Navn Rolle" a word in capitals is a surname ("Kari LIE").
    const cut = ORG_COLUMNS_IN(cols) ? nameEndBeforeRole(tokens, end, values) : end;
    if (cut > 0) {
      rest = [...tokens.slice(cut, end), ...tokens.slice(end + 1)];
      end = cut;
    } else {
      end = -1;
      entry.roles.length = 0;
    }
  }
  if (end < 0 && cols.some((c) => c === 'møtte for' || c === 'vara for')) {
    // The substitute's name, then the name of the member they stood in for.
    for (let i = 1; i < tokens.length - 1 && end < 0; i++) {
      for (let j = tokens.length; j > i + 1; j--) {
        const candidate = tokens.slice(i, j).join(' ');
        if (known.has(candidate.toLowerCase())) {
          end = i;
          entry.substituteFor = candidate;
          entry.roles.push('deputy');
          rest = tokens.slice(j);
          break;
        }
      }
    }
  }
  if (end < 0 && cols.length === 2 && ORG_COLUMN.test(cols[1]!)) return splitNameThenOrg(text);
  if (end < 0) {
    end = Math.min(4, Math.max(1, tokens.length - (cols.length - 1)));
    rest = tokens.slice(end);
    // Column values are names, parties, titles: running words ("B Behandling av stemmer") are no row.
    if (rest.some((t) => /^[a-zæøå]/.test(t))) return null;
  }
  entry.name = tokens.slice(0, end).join(' ');
  // Names in such tables are full names; a lone word is a heading or a label.
  if (end < 2 || !isNameLike(entry.name)) return null;
  if (rest.length) {
    let value = rest.join(' ');
    // "Carl Johansen Medlem MDG - forfall": a remark column that says the member did not come.
    const lower = value.toLowerCase();
    const absent = ABSENT_TAIL.exec(lower);
    // Not a remark about someone else ("Møtte for Ola Dal som hadde forfall"): a clause before the word.
    if (absent && !CLAUSE_IN_REMARK.test(lower.slice(0, absent.index))) {
      entry.status = 'absent';
      value = value.slice(0, absent.index).trim();
    }
    if (!value) return entry;
    if (cols.some((c) => ORG_COLUMN.test(c))) entry.organisation = value;
    else entry.note = value;
  }
  return entry;
}


/** A postal code and its place ("6490 Eide"): an address, said of the person, no organisation. */
const POSTAL_PLACE = latinRegExp(String.raw`^\d{4}\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$`);
/** A rank before a deputy's word ("1. vara", "2. varamedlem"). */
const RANKED_DEPUTY = /^(?:\d\.\s*)?(?:vara|varamedlem|varamedlemar|vararepresentant)$/i;

/**
 * A flattened row whose cells ran together after the name ("Inge Martin Karlsvik, 6490 Eide Leder"): its last words
 * are the role column's ("Leder", "1. vara"), what is left before them an address or the organisation.
 */
function withRoleColumn(entry: PersonEntry): PersonEntry {
  const org = entry.organisation;
  if (!org) return entry;
  const words = org.split(/\s+/);
  const roles = [...entry.roles];
  let end = words.length;
  const two = words.slice(-2).join(' ');
  if (RANKED_DEPUTY.test(two)) {
    roles.push('deputy');
    end -= 2;
  } else {
    const role = roleOf(words.at(-1)!);
    if (!role) return entry;
    roles.push(role);
    end -= 1;
  }
  const rest = words.slice(0, end).join(' ');
  const address = POSTAL_PLACE.test(rest);
  return { ...entry, roles: [...new Set(roles)], organisation: rest && !address ? rest : null, note: address ? [entry.note, rest].filter(Boolean).join('; ') : entry.note };
}

function personLine(l: Line, tableCols: string[] | null, mode: Mode, known: Set<string> = new Set(), values: ReadonlySet<string> = NO_VALUES): Array<{ entry: PersonEntry; extra: Partial<PersonHit> }> {
  // A row of a table with a presence column, its cells run together, ends in its mark ("… 6165 Sæbø Styremedlem
  // Forfall"): the row's status.
  const mark = !l.cells && tableCols?.some((c) => PRESENCE_COLUMN.test(c)) ? PRESENCE_MARK_END.exec(l.text) : null;
  if (mark) {
    const rows = personLine({ ...l, text: l.text.slice(0, mark.index).trimEnd() }, tableCols, mode, known, values).map((r) => ({ ...r, entry: withRoleColumn(r.entry) }));
    if (!isAbsenceMark(mark[1]!)) return rows;
    return rows.map((r) => ({ ...r, entry: { ...r.entry, status: 'absent' } }));
  }
  const givenCol = tableCols?.findIndex((c) => c === 'fornavn' || c === 'førenamn') ?? -1;
  const familyCol = tableCols?.findIndex((c) => c === 'etternavn' || c === 'etternamn') ?? -1;
  if (givenCol >= 0 && familyCol >= 0) {
    if (l.cells && l.cells.length >= 2) {
      const given = l.cells[givenCol] ?? null;
      const family = l.cells[familyCol] ?? null;
      const org = l.cells.filter((_, k) => k !== givenCol && k !== familyCol).join(', ') || null;
      const name = [given, family].filter(Boolean).join(' ');
      if (!isNameLike(name, { allowLower: true })) return [];
      return [{ entry: { name, organisation: org, roles: [], status: null, substituteFor: null, note: null }, extra: { givenName: given, familyName: family } }];
    }
    // Stray marks read by OCR between the columns ("Jonas Varum _ Olafsen") are layout.
    const s = splitNameOrg(l.text.replace(/\s[_|—–]{1,2}(?=\s)/g, ''));
    // Rows of a headed table are people even when OCR damaged a capital ("Dag lAanensen").
    if (!isNameLike(s.name, { allowLower: true }) && !NAME_OR_HANDLE.test(s.name)) return [];
    return [
      {
        entry: { name: s.name, organisation: s.org, roles: [], status: null, substituteFor: null, note: null },
        extra: { givenName: s.given, familyName: s.family },
      },
    ];
  }
  if (l.cells && l.cells.length >= 2) {
    // A presence column ("Til stede", "Møtt") holds a mark: X for present, empty for absent.
    const presence = tableCols?.findIndex((c) => PRESENCE_COLUMN.test(c)) ?? -1;
    const cells = presence >= 0 ? l.cells.filter((_, k) => k !== presence) : l.cells;
    const p = parsePerson(cells.join('\t'), { cells });
    if (p && presence >= 0 && tableCols!.length === l.cells.length) {
      const mark = (l.cells[presence] ?? '').trim();
      // Empty or a "no" mark is absence; any other mark (X, ✓, ja, møtt) keeps the section's status.
      if (mark === '' || /^(?:nei|no|-|–|forfall|fravær|ikke møtt)$/i.test(mark)) p.status = 'absent';
    }
    return p ? [{ entry: p, extra: {} }] : [];
  }
  if (tableCols && tableCols.length >= 2) {
    const row = splitHeadedRow(l.text, tableCols, known, values);
    if (row) return [{ entry: row, extra: {} }];
  }
  // Under a one-person label ("Referent"), a line of full names is several people ("Eva Lund, Tor Bakke"); a name
  // and one word more stays one ("Eva Lund, Oslo").
  const listed = splitPersonList(l.text);
  const several = listed.length >= 2 && listed.every((p) => /\s/.test(p.trim()) && isNameLike(withoutNotes(p)) && !isOrganisationLike(p));
  const parts = mode.single && !several ? [l.text] : listed;
  if (parts.length > 1) {
    const parsed = parts.map((p) => parsePerson(p));
    if (parsed.every((p) => p)) return parsed.map((p) => ({ entry: p!, extra: {} }));
    // "Torhild Nødland, Ludvig Bjerkreim, Sandnes-representant": a list of full names with an office among them.
    const named = parsed.filter((p): p is PersonEntry => !!p && p.name.includes(' '));
    if (parts.length >= 3 && named.length >= 2 && named.length >= parts.length - 1) return named.map((p) => ({ entry: p, extra: {} }));
  }
  const p = parsePerson(l.text);
  return p ? [{ entry: p, extra: {} }] : [];
}
