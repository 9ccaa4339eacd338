/**
 * Person entries: "Name - Org", "Name (Org)", "Name, Org", "Name\tOrg", "vara Name",
 * "Name (møteleder)", "Name (digitalt)", "Name (vara for X)", "Name 6kl vara".
 */
import { alternation, latinRegExp, startsLower, startsUpper } from '../vocab/patterns.js';
import type { AttendeeStatus, Role } from '../model/schema.js';
import { GIVEN_NAMES, labels, ORG_WORDS, people } from './vocab.js';
import { tolerantAlternation } from './ocr-tolerant.js';
import { isAbsenceMark, isPresenceMark } from '../vocab/presence-marks.js';

export interface PersonEntry {
  name: string;
  organisation: string | null;
  roles: Role[];
  status: AttendeeStatus | null;
  substituteFor: string | null;
  note: string | null;
}

// These patterns are tested on lower-cased text, without the 'i' flag (cheap to compile; see labels.ts).
const ROLE_RES: Array<[Role, RegExp]> = (Object.entries(people.roles) as Array<[Role, string[]]>).map(([role, words]) => [
  role,
  new RegExp(`^(?:${tolerantAlternation(words.map((w) => w.toLowerCase()))})\\.?$`),
]);
/**
 * A role or a title before a name ("vara Ola Hansen", "Styreleder Kari Nordmann", "Prorektor Lise Dahl"): the role
 * is kept, the title dropped, the name is what follows. Not the words that name a list or a group (referat,
 * sekretariatet, inviterte).
 */
const PREFIX_WORDS = [
  ...people.roles.deputy, 'ref', 'ref.',
  ...people.roles.chair.filter((w) => !w.includes(' ')),
  ...people.roles.secretary.filter((w) => !w.startsWith('sekretariat')),
  ...people.roles.minutes.filter((w) => w !== 'referat'),
  ...people.roles.member, ...people.roles.guest.filter((w) => w !== 'inviterte'),
  ...people.titles,
];
// Compounds of a title ("Fylkesrevisor", "Kommunaldirektør", "Økonomisjef") before a name are titles too.
const ROLE_PREFIX = latinRegExp(`^(${alternation(PREFIX_WORDS)}|\\p{L}{3,}(?:${alternation(people.titleEndings)}))\\s+(?=[A-ZÆØÅ])`, 'i');
const REMOTE_RE = new RegExp(`^(?:deltok\\s+|møtte\\s+|til stede\\s+)?(?:${tolerantAlternation(people.remote)})$`);
const ABSENT_RE = new RegExp(`^(?:${tolerantAlternation(people.absent)})$`);
const SUBSTITUTE_RE = new RegExp(`^(?:${alternation(people.substituteBefore)})\\s+(?:for|til)\\s+(.+)$`, 'i');
/** A full stop after a word of two letters or more (not an initial, "Kari N. Hansen"), a capital after it. Not global. */
const NAME_STOP = latinRegExp(String.raw`(?<=\p{L}{2})(?<!(?:^|\s)(?:${alternation(people.nameAbbreviations)}))\.\s+(?=\p{Lu})`);

/** A name ending in a word of two letters or more (not an initial), a full stop, then a capital: [name, the rest]. */
function nameThenSentences(s: string): [string, string] | null {
  // A bounded look-behind searched once: no pattern that retries from every start.
  const stop = NAME_STOP.exec(s);
  return stop ? [s.slice(0, stop.index), s.slice(stop.index + stop[0].length)] : null;
}
/** "Økonomiansvarleg", "Programleiar": a compound role after a name, a note about the person. */
const ROLE_COMPOUND = latinRegExp(`^\\p{Lu}\\p{Ll}{3,}(?:${alternation(people.roleEndings)})$`);
export const isRoleCompound = (word: string): boolean => ROLE_COMPOUND.test(word);
const STANDS_IN_FOR = latinRegExp(String.raw`^(.+?)\s+(?:pva\.?|p\.v\.a\.?|på vegne av|vara for|møtte for|i stedet for|i staden for)\s+(\p{Lu}.*)$`);
const NAME_TOKEN = latinRegExp(String.raw`^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|[a-zæøå]{1,3}|von|van|de|af|der|den|le|la|da|di|mc\p{L}*)$`);
const LETTERS_ONLY = latinRegExp(String.raw`^[\p{L}'’.-]+$`);
const CAPITALS_2_5 = latinRegExp(String.raw`^\p{Lu}{2,5}$`);
const LOWER_ONLY = latinRegExp(String.raw`^\p{Ll}+$`);
const DASH_LOWER_WORD = latinRegExp(String.raw`-\p{Ll}{4,}`);
const ABBREVIATION = latinRegExp(String.raw`^[\p{Lu}\d&-]{2,8}$`);
const INNER_CAPITAL = latinRegExp(String.raw`@|\p{Ll}\p{Lu}`);

const TITLE_WORDS = new Set(people.titles.map((t) => t.toLowerCase()));
/** The one-word offices, as written ("vara", "sekretær", "leder"). */
const OFFICE_WORDS = new Set(Object.values(people.roles).flat().filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase()));

export function roleOf(word: string): Role | null {
  const w = word.trim().replace(/[.:,]$/, '').toLowerCase();
  for (const [role, re] of ROLE_RES) if (re.test(w)) return role;
  return null;
}

/**
 * A line that names an office or a body alone ("Organist", "Kyrkjeverje", "Økonomikontoret"): no person, but not the
 * end of a list of people either (a staff list puts the office on the line above the name).
 */
export function isBareOfficeOrBody(text: string): boolean {
  const t = text.trim().replace(/[.,;:]+$/, '');
  if (!t || /\s/.test(t)) return false;
  return isOffice(t) || isBodyWord(t.toLowerCase());
}

/** One word that names an office ("Ordfører", "Organist"), not a person. */
/** A role, a title or a compound office ("Medlem", "Rådmann", "Utvalsleiar"). */
export const isOffice = (word: string): boolean => !!roleOf(word) || TITLE_WORDS.has(word.toLowerCase()) || ROLE_COMPOUND.test(word);
/** One lower-cased word that names a body or an organisation ("styret", "kontrollutvalet"). */
const isBodyWord = (word: string): boolean => ORG_WORDS.has(word) || ORG_ENDING.test(word);

/** A word that ends as a body does, whatever it is compounded with ("Kontrollutvalet", "Formannskapet"). */
const ORG_ENDING = new RegExp(`(?:${alternation(people.organisationEndings)})$`);

/** Roman numerals that are no one's initials: "II", and three letters or more ("III", "VII"); "IV", "VI" may be. */
const ROMAN_NUMERAL = /^(?:II|III|VII{1,2}|XII{1,2}|XIV|XVI{1,3}|XIX)$/;

/** A person's name: 1–6 tokens, capitalised (particles allowed), or initials such as "PØK". */
export function isNameLike(s: string, opts: { allowLower?: boolean } = {}): boolean {
  const t = s.trim();
  if (!t || t.length > 60 || /[\d@/:;!?=+]|https?|www\./i.test(t)) return false;
  const tokens = t.split(/\s+/);
  if (tokens.length > 6) return false;
  if (opts.allowLower) return tokens.every((x) => LETTERS_ONLY.test(x));
  if (!startsUpper(tokens[0]!)) return false;
  // A letter alone or a Roman numeral ("I", "II": an item's number on a line of its own) names nobody; initials do
  // ("PØK", "IV").
  if (tokens.length === 1 && (t.length === 1 || ROMAN_NUMERAL.test(t))) return false;
  if (tokens.length === 1 && CAPITALS_2_5.test(t)) return true;
  // Lower-case particles (von, de) anywhere; a lower-case middle name ("Trond arne Ingvoldstad") between capitals.
  const lowerMiddle = (x: string, i: number): boolean => i > 0 && i < tokens.length - 1 && startsUpper(tokens[tokens.length - 1]!) && LOWER_ONLY.test(x);
  const lowerish = tokens.filter((x, i) => !startsUpper(x) && !lowerMiddle(x, i));
  if (lowerish.some((x) => !NAME_TOKEN.test(x))) return false;
  // One such middle name, or given names ("Anne marie louise Hansen"); more words in lower case are a sentence ("Som
  // møteleder ble valgt Einar Pettersen").
  if (tokens.filter((x, i) => lowerMiddle(x, i) && !NAME_TOKEN.test(x) && !isGivenName(x[0]!.toUpperCase() + x.slice(1))).length > 1) return false;
  if (tokens.some((x) => ORG_WORDS.has(x.toLowerCase()) && x.length > 2)) return false;
  // A body alone on a list ("Kopi til: Kontrollutvalet, Formannskapet") is no person.
  if (tokens.length === 1 && ORG_ENDING.test(t.toLowerCase())) return false;
  // "Sandnes-representant", "Oslo-kontoret": a compound with a word in lower case, no name ("Anne-Lise" is capitalised).
  if (tokens.some((x) => DASH_LOWER_WORD.test(x) && !isGivenName(x))) return false;
  return true;
}

export function isOrganisationLike(s: string): boolean {
  const t = s.trim();
  if (!t) return false;
  const tokens = t.split(/[\s/-]+/).map((x) => x.toLowerCase());
  if (tokens.some(isBodyWord)) return true;
  if (ABBREVIATION.test(t)) return true; // abbreviations: CYB, DEFI, KS
  if (INNER_CAPITAL.test(t)) return true; // dagen@IFI, ProgNett
  return false;
}

function classifyAnnotation(text: string, entry: PersonEntry): boolean {
  const t = text.trim().replace(/[.:,;]+$/, '');
  if (!t) return true;
  const sub = SUBSTITUTE_RE.exec(t);
  if (sub) {
    if (!entry.roles.includes('deputy')) entry.roles.push('deputy');
    entry.substituteFor = sub[1]!.trim();
    return true;
  }
  const lower = t.toLowerCase();
  if (REMOTE_RE.test(lower)) {
    entry.status = 'remote';
    return true;
  }
  if (ABSENT_RE.test(lower)) {
    entry.status = 'absent';
    return true;
  }
  const parts = t.split(/\s*(?:,|\bog\b|\/|&)\s*/).filter(Boolean);
  const roles = parts.map(roleOf);
  if (roles.length && roles.every((r) => r)) {
    for (const r of roles) if (!entry.roles.includes(r!)) entry.roles.push(r!);
    return true;
  }
  // "leder Næringsgruppen", "leiar FAU": a role with a qualifier is a note with a role.
  const first = roleOf(t.split(/\s+/)[0]!);
  if (first && t.split(/\s+/).length <= 5) {
    if (!entry.roles.includes(first)) entry.roles.push(first);
    addNote(entry, t);
    return true;
  }
  return false;
}

const SPACED_HYPHEN_NAME = latinRegExp(String.raw`^(\p{Lu}\p{Ll}+)\s+-(?=\p{Lu}\p{Ll}+\s+\p{Lu})`);
/** A slash between a name and a conjunction ("Kari Hansen og/eller Per Olsen", "Kari Hansen/og Per Olsen"): no note. */
const SLASH_CONJUNCTION = /(?:\s(?:og|eller)\s*\/|\/\s*(?:og|eller)\b)/i;

/** A slash, then a role or a note in lower case or a number, to the end ("… / leiar", "…/ 1. vara"). */
const NOTE_AFTER_SLASH = String.raw`\s*\/\s*([\p{Ll}\d].*)$`;
/** "Vidar Torsvik / leiar", "Åshild Bekkesletten/ 1. vara": a name, a slash, a role or a note. */
const SLASH_NOTE = latinRegExp(String.raw`^(.+?\p{L})${NOTE_AFTER_SLASH}`);
/** The same note at an entry's end, to find or drop it (attendance.ts). */
export const SLASH_NOTE_END = latinRegExp(NOTE_AFTER_SLASH);

/** A dash glued to the name's last letter before a note ("Kine Therese Sandvik- 2.klasse", "Bjørn Framnes-rektor"). */
const GLUED_DASH_NOTE = latinRegExp(String.raw`(?<=\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}+)(\p{Ll})(?:-\s+|-(?=\d|\p{Ll}{3,}))`);

const CARE_OF_ROLE = latinRegExp(String.raw`\s+v\/\s*(\p{Ll}+)`);
/** "Org v/Name", "Org v/ Name": a body and the person who receives for it. */
const CARE_OF = latinRegExp(String.raw`^(\p{Lu}[^/]{2,60}?)\s+v\/\s*(\p{L}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$`);

/**
 * " perm. fra kl. 15", " fra sak 3", " permisjon", " tom. sak 4": a leave, or when someone came or left, to the end.
 * Case-sensitive, in lower case as such notes are written: "Per Til Sak" is a name (words in people.json whenNotes).
 */
const WHEN_NOTE = new RegExp(
  String.raw`\s(?:(?:${alternation(people.whenNotes.leave)})(?:\s.*)?|(?:${alternation(people.whenNotes.from)})\s+(?:${alternation(people.whenNotes.by)})(?:\s.*)?)$`,
);

/** Adds a note to what is said of the person, after what is there (or before it: `first`), "; " between. */
function addNote(entry: PersonEntry, note: string, first = false): void {
  entry.note = entry.note ? (first ? `${note}; ${entry.note}` : `${entry.note}; ${note}`) : note;
}

/**
 * Parses one person entry. `cells` (from a table row) take precedence over separators.
 * Returns null when the entry does not look like a person.
 */
export function parsePerson(input: string, options: { cells?: string[] | null; allowLower?: boolean } = {}): PersonEntry | null {
  const entry: PersonEntry = { name: '', organisation: null, roles: [], status: null, substituteFor: null, note: null };
  let rest = input.trim().replace(/^[-–•·*]\s+/, '').replace(/[.,;]+$/, '').trim();
  // "Kine Sandvik- 2.klasse", "Rune Nordstrand-1.klasse", "Bjørn Framnes-rektor": a dash glued to the name, then a
  // note (a class, an office in lower case) as "Name - note" would have it; "Hansen-Moe" is a surname still.
  rest = rest.replace(GLUED_DASH_NOTE, '$1 - ');
  // "May -Hilde Jensen": a double given name whose hyphen lost the word before it to a space (a PDF's text).
  // Only after a given name: "Leder -Per Olsen" is an office and a name, read as "Leder Per Olsen".
  rest = rest.replace(SPACED_HYPHEN_NAME, (m, word: string) => (isGivenName(word) ? `${word}-` : roleOf(word) ? `${word} ` : m));
  let cells = options.cells?.filter(Boolean) ?? null;
  if (cells && cells.length >= 2) {
    // The name is the first cell, unless another reads more as a person's ("Rektor | Siv Tove Sødal", "Undervisnings-
    // personale 1 | Troels Ørsted Yttredal (ikke møtt)": a role or a group first). Other cells are roles/status
    // ("Leder", "Forfall") or the organisation.
    const at = nameCell(cells);
    rest = cells[at]!;
    for (const cell of cells.filter((_, k) => k !== at)) {
      if (classifyAnnotation(cell, entry)) continue;
      // A presence column's mark ("Møtt", "Forfall"): the row's status.
      if (isPresenceMark(cell)) {
        entry.status = isAbsenceMark(cell) ? 'absent' : entry.status;
        continue;
      }
      // An office that is no role at the meeting ("Rektor") is said of the person, not whom they came for.
      if (!entry.organisation && !isOffice(cell.trim())) entry.organisation = cell;
      else addNote(entry, cell);
    }
    cells = null;
  }
  // Parenthesised annotations: roles, remote/absent, "vara for X", or an organisation; when they came or left
  // ("leder, fra kl. 19.00", "vara for Per Berg fra sak 3"), a note, and what stands before it is read as the rest.
  rest = rest.replace(/\(\s*([^()]*?)\s*(?:\)|$)/g, (_m, whole: string) => {
    const when = WHEN_NOTE.exec(` ${whole}`);
    let inner = whole;
    if (when) {
      const note = when[0].trim();
      addNote(entry, note);
      inner = ` ${whole}`.slice(0, when.index).replace(/[\s,;]+$/, '').trim();
      if (!inner) return ' ';
    }
    if (!classifyAnnotation(inner, entry)) {
      if (!entry.organisation) entry.organisation = inner.trim();
      else addNote(entry, inner.trim());
    }
    return ' ';
  });
  // What is left of parentheses after their notes were read (one left unmatched: "Anna Vader (for Emma Moe))", a
  // typing slip) is no part of the name.
  rest = rest.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  // "Kari Dal v/leder": "v/" (for "ved") before a role in lower case reads as "Kari Dal / leder".
  const careRole = CARE_OF_ROLE.exec(rest);
  if (careRole && roleOf(careRole[1]!)) rest = `${rest.slice(0, careRole.index)} / ${rest.slice(careRole.index + careRole[0].length - careRole[1]!.length)}`;
  // "Eidanger menighetsråd v/Tone Bryn": a body, then the person who receives for it; a PDF may have lowered the name's
  // first letter ("v/tone Bryn").
  const care = CARE_OF.exec(rest);
  if (care && !entry.organisation) {
    const body = care[1]!.trim();
    const person = care[2]!.charAt(0).toUpperCase() + care[2]!.slice(1);
    // "Tove Lie v/ Deloitte AS": the person first, then whom they came from.
    const personFirst = isGivenName(body.split(/\s+/)[0]!) && !isGivenName(person.split(/\s+/)[0]!);
    entry.organisation = personFirst ? person : body;
    rest = personFirst ? body : person;
  }
  // "Kristin Sæther perm. fra kl. 1500", "Kari Dal fra sak 3": when the person came or left, a note.
  const when = WHEN_NOTE.exec(rest);
  if (when && when.index > 0) {
    const note = rest.slice(when.index).trim();
    addNote(entry, note, true);
    rest = rest.slice(0, when.index).trim();
  }
  // "Isak Grindheim. Representant for ungdomsklubben. Meldt forfall": a name, then what is said of it, sentence by sentence.
  const said = rest.includes('. ') ? nameThenSentences(rest) : null;
  const fullName = (x: string): boolean => x.trim().includes(' ') && isNameLike(x) && !roleOf(x.split(/\s+/)[0]!);
  if (said && fullName(said[0]) && !said[1].split(/\.\s*/).some(fullName)) {
    rest = said[0];
    for (const note of said[1].split(/\.\s*/).filter(Boolean)) {
      if (!classifyAnnotation(note, entry)) addNote(entry, note);
    }
  }
  // "viserektor for utdanning Berit R. Hanestad": an office and what it is for, in lower case, before the name. An
  // office of something else ("leder for arbeidsgruppen") is no role at this meeting: dropped, as a title is.
  const officeFor = OFFICE_FOR.exec(rest);
  // "vara for styreleder Per Olsen" names whom a deputy stood in for, who was not there: no office phrase.
  if (officeFor && isOffice(officeFor[1]!) && roleOf(officeFor[1]!) !== 'deputy') rest = rest.slice(officeFor[0].length);
  const prefix = ROLE_PREFIX.exec(rest);
  if (prefix) {
    const role = roleOf(prefix[1]!);
    if (role && !entry.roles.includes(role)) entry.roles.push(role);
    rest = rest.slice(prefix[0].length);
  }
  // "Name - Org", "Name – Org", "Name, Org", "Name / role" (not "Liv Strømsvåg/Arvid Tveit": two people)
  // Whichever comes first: "Roar Olsen, Sikt - Kunnskapssektorens tjenesteleverandør" is a name and an organisation.
  const slash = SLASH_CONJUNCTION.test(rest) ? null : SLASH_NOTE.exec(rest);
  let dash: RegExpExecArray | null = null;
  for (const m of [/^(.+?)\s+[-–—]\s+(.+)$/.exec(rest), /^(.+?),\s*(.+)$/.exec(rest), slash]) if (m && (!dash || m[1]!.length < dash[1]!.length)) dash = m;
  // What follows a slash in lower case is a role or a note ("/ styrelem", "/ orientering"), never the organisation.
  if (dash && dash === slash) {
    if (!classifyAnnotation(dash[2]!, entry)) addNote(entry, dash[2]!.trim());
    rest = dash[1]!.trim();
  } else if (dash && !entry.organisation) {
    const right = dash[2]!.trim();
    if (!classifyAnnotation(right, entry)) {
      entry.organisation = right;
    }
    rest = dash[1]!.trim();
  } else if (dash) {
    if (!classifyAnnotation(dash[2]!, entry)) entry.note = dash[2]!.trim();
    rest = dash[1]!.trim();
  }
  // "Norunn Saure pva Mariann Hornnes": who stood in for whom, written inline.
  const inFor = / (?:pva|p\.v\.a|på|vara|møtte|i) /.test(rest) ? STANDS_IN_FOR.exec(rest) : null;
  // Only for a person ("… pva Mariann Hornnes"): "Per Olsen på vegne av Elevrådet" speaks for a body, a note.
  if (inFor && inFor[2]!.trim().includes(' ') && isNameLike(inFor[2]!) && !isOrganisationLike(inFor[2]!)) {
    if (!entry.roles.includes('deputy')) entry.roles.push('deputy');
    entry.substituteFor = inFor[2]!;
    rest = inFor[1]!;
  }
  // Trailing role / status words: "Cathrina 7kl vara", "Helene Bårdsen vara".
  let tokens = rest.split(' ');
  while (tokens.length > 1) {
    const last = tokens[tokens.length - 1]!;
    const role = roleOf(last);
    if (role) {
      if (!entry.roles.includes(role)) entry.roles.push(role);
      tokens.pop();
      continue;
    }
    if (last.length >= 8 && tokens.length > 2 && ROLE_COMPOUND.test(last)) {
      addNote(entry, last, true);
      tokens.pop();
      continue;
    }
    if (/^\d{5,}$/.test(last)) return null; // a phone number: "Tlf 41203424"
    if (/\d/.test(last) || /^(?:frå|fra|i|hos)$/i.test(tokens[tokens.length - 2] ?? '')) {
      // "6kl", "frå fjorårets FAU": a note about the person.
      const cut = /\d/.test(last) ? tokens.length - 1 : tokens.length - 2;
      const note = tokens.slice(cut).join(' ');
      addNote(entry, note, true);
      tokens = tokens.slice(0, cut);
      continue;
    }
    break;
  }
  // "Hilde frå fjorårets FAU": a preposition ends the name; the rest is a note about the person.
  const prep = tokens.findIndex((t, i) => i > 0 && /^(?:frå|fra|hos|på|ved)$/.test(t));
  if (prep > 0 && prep < tokens.length - 1) {
    const note = tokens.slice(prep).join(' ');
    addNote(entry, note, true);
    tokens = tokens.slice(0, prep);
  }
  // "thorvald leder fui": a role word inside the entry.
  const inner = tokens.findIndex((t, i) => i > 0 && roleOf(t) !== null);
  if (inner > 0 && inner < tokens.length - 1 && options.allowLower) {
    const role = roleOf(tokens[inner]!)!;
    if (!entry.roles.includes(role)) entry.roles.push(role);
    entry.organisation ??= tokens.slice(inner + 1).join(' ');
    tokens = tokens.slice(0, inner);
  }
  entry.name = tokens.join(' ').replace(/^og\s+/i, '').trim();
  // "Mangler: Ingen", "Forfall: Alle møtte" name nobody.
  if (/^(?:ingen|alle|ingenting|ikke\s+noen|n\/a)$/i.test(entry.name)) return null;
  // "Kopi: Ordfører, Rådmann": an office, not a person.
  if (!/\s/.test(entry.name) && isOffice(entry.name)) return null;
  if (!isNameLike(entry.name, { allowLower: options.allowLower })) return null;
  return entry;
}

/**
 * Splits a run-in list ("Kari, Ola og Per.") into entries. A two-part "Name, Org" stays one entry
 * when the second part reads as an organisation.
 */
/** " og ", " and ", " & " before a capitalised word, or before an office in lower case and then one (global: exec from 0). */
// Or an office before the name ("og 1. vara Lars Johan Tveit", "og sekretær Anne Berg"): the word is captured and looked
// up in OFFICE_WORDS, as written (a pattern of every role would be compiled on every cold start for the few lines with
// "og"; an OCR-damaged office, "og moteleder Anne Berg", stays with the name before, as parsePerson reads no such prefix).
const AND_BEFORE_NAME = latinRegExp(String.raw`\s+(?:og|and|&)\s+(?=\p{Lu}|\p{Ll}[\p{L}-]*\s+(?:for|i|ved)\s+(?:[\p{Ll}-]+\s+){1,3}\p{Lu}|(?:\d\.\s*)?(\p{Ll}+)\s+\p{Lu})`, 'g');
/** The first " og "/" and "/" & " outside parentheses that a capitalised word follows (one pass, a running depth). */
function andOutsideParentheses(p: string): { index: number; length: number } | null {
  // Or an office in lower case before the name ("… og viserektor for internasjonale relasjoner Kjersti Fløttum").
  const re = AND_BEFORE_NAME;
  re.lastIndex = 0;
  let depth = 0;
  let scanned = 0;
  for (let m = re.exec(p); m; m = re.exec(p)) {
    for (; scanned < m.index; scanned++) {
      if (p[scanned] === '(') depth++;
      else if (p[scanned] === ')') depth = Math.max(0, depth - 1);
    }
    if (depth === 0 && (m[1] === undefined || OFFICE_WORDS.has(m[1]))) return { index: m.index, length: m[0].length };
  }
  return null;
}

/** How much a table cell reads as a person's name: a full name (two words or more), and one that opens with a given name. */
function nameScore(cell: string): number {
  const c = withoutNotes(cell).replace(/[()]/g, '').trim();
  if (!/\s/.test(c) || !isNameLike(c) || roleOf(c.split(/\s+/)[0]!)) return 0;
  return opensWithGivenName(c) ? 2 : 1;
}

/**
 * The cell of a table row that holds the person's name: the first, unless it reads as no name at all ("Rektor",
 * "Undervisningspersonale 1") and a later one does. A first cell that may be a name stays the name: "Zainab Rahimi |
 * Olav Thon Gruppen" (a firm or a school named after a person is no person, whatever its given name).
 */
function nameCell(cells: string[]): number {
  if (nameScore(cells[0]!) > 0) return 0;
  let best = 0;
  let most = 0;
  for (let k = 1; k < cells.length && most < 2; k++) {
    const score = nameScore(cells[k]!);
    if (score > most) [best, most] = [k, score];
  }
  return best;
}

/** An entry without what it says in parentheses ("Kari Moe (referent)" → "Kari Moe"), spaces collapsed. */
export function withoutNotes(s: string): string {
  return s.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

export function splitPersonList(text: string): string[] {
  const t = text.trim().replace(/[.,;]+$/, '');
  const bySentence = t.includes('. ') ? sentencesOfPeople(t) : null;
  if (bySentence) return bySentence;
  // Commas inside parentheses do not separate people. The parts are slices of the line, not built up a character
  // at a time: a string so built is stored one byte a character, and every pattern then tried on it is compiled a
  // second time when the document's lines are two-byte strings (see segment/lines.ts blankLine).
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(t.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(t.slice(from));
  let items = parts.map((p) => p.trim()).filter(Boolean);
  // "Kari Nilsen - Per Olsen – Anne Berg (vara)": dashes between people, when there are three or more parts and
  // every one is a full name. Two parts are a name and what follows it ("Kari Nilsen - Nordre Land",
  // "Ola Hansen - Hamar Arbeiderparti"): nothing tells a place or a party from a name there.
  // "Ola (FA) Kari (FIN) Per (HF)": people set apart by what follows each in parentheses, with no commas.
  if (items.length === 1) {
    const paren = items[0]!.split(AFTER_PARENTHESIS);
    if (paren.length >= 2 && paren.every((p) => /^[^()]+\([^()]*\)$/.test(p) && isNameLike(withoutNotes(p)))) items = paren;
  }
  if (items.length === 1) {
    const dashed = items[0]!.split(/\s+[-–—]\s+/);
    if (dashed.length >= 3 && dashed.every((p) => isNameLike(withoutNotes(p)) && !isOrganisationLike(withoutNotes(p)) && withoutNotes(p).includes(' '))) items = dashed;
  }
  // "X og Y" as the last part; "X (på telefon) og Y (på Teams)" too, never an "og" inside parentheses.
  items = items.flatMap((p) => {
    const at = andOutsideParentheses(p);
    return at ? [p.slice(0, at.index).trim(), p.slice(at.index + at.length).trim()] : [p];
  });
  items = items.flatMap((p) => splitMarkedRun(p) ?? splitRunTogetherNames(p));
  // "Sverre Spildo. Hilde Hvidsten Bretvin": full names each closed with a full stop.
  items = items.flatMap((p) => {
    if (!p.includes('. ')) return [p];
    const byStop = p.split(NAME_STOP);
    return byStop.length >= 2 && byStop.every((x) => x.includes(' ') && isNameLike(x.replace(/\.$/, '')) && !roleOf(x.split(/\s+/)[0]!)) ? byStop : [p];
  });
  // "Silje Merethe Dahl, CYB": a full name and an organisation, not two people.
  if (items.length === 2 && items[0]!.split(/\s+/).length >= 2 && !/\s/.test(withoutNotes(items[1]!))) return [t];
  if (items.length === 2 && isOrganisationLike(items[1]!) && !isNameLike(items[1]!)) return [t];
  // "Roar Olsen, Sikt - Kunnskapssektorens tjenesteleverandør (Sikt)": what follows a full name is no name.
  // Not a title in lower case before a name ("…, inspektør Jostein Moldsvor og adm.medarbeidar …"), nor running text.
  const second = withoutNotes(items[1] ?? '');
  if (items.length === 2 && items[0]!.split(/\s+/).length >= 2 && startsUpper(second) && !/:/.test(second) && second.split(/\s+/).length <= 8 && !isNameLike(second)) return [t];
  return items;
}

/**
 * "Kåre Rommetveit og Sverre Spildo.  Hilde Hvidsten Bretvin og Mona Viksøy fra Kollegiesekretariatet.  Torny E.
 * Aarbakke fra Formidlingsavdelingen.": a list written in sentences, each naming people and whom they came from.
 * Cut at each sentence's end when every entry of every sentence reads as a person of two names or more; else null.
 */
function sentencesOfPeople(t: string): string[] | null {
  const sentences = t.split(NAME_STOP);
  if (sentences.length < 2) return null;
  const out: string[] = [];
  for (const sentence of sentences) {
    const entries = splitPersonList(sentence);
    for (const e of entries) {
      const p = parsePerson(e, { allowLower: false });
      // Full names in capitals only: "Frank Urke vara for Frode" is a sentence about the list, not a name.
      if (!p || !p.name.includes(' ') || !FULL_NAME.test(p.name)) return null;
    }
    out.push(...entries);
  }
  return out;
}
const FULL_NAME = latinRegExp(String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$`);

/** Not where the words end in a preposition: "leder i menighetsrådet på Hurum Elin" names a place first. */
const OFFICE_FOR = latinRegExp(String.raw`^(\p{Ll}[\p{L}-]*)\s+(?:for|i|ved)\s+(?:[\p{Ll}-]+\s+){0,2}(?!(?:på|i|ved|for|av|til|fra|frå|hos)\s)[\p{Ll}-]+\s+(?=\p{Lu})`);

/** A given name as written ("Kari", "Tove-Lise" by its first part), not an initial. */
export function isGivenName(token: string): boolean {
  return GIVEN_NAMES.has(token.split('-')[0]!.toLowerCase());
}

/** A name whose first word is a given name ("Kari Mostad", "Tove-Lise Berg"). */
export function opensWithGivenName(name: string): boolean {
  return isGivenName(name.trim().split(/\s+/)[0]!);
}

/** A club's or a company's abbreviation at the end ("Nordby IL", "Lia AS"). */
export const ABBREVIATION_LAST = latinRegExp(String.raw`\s\p{Lu}{2,4}$`);

const INITIAL = latinRegExp(String.raw`^\p{Lu}\.$`);
const CAPITALISED = latinRegExp(String.raw`^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$`);

/**
 * "Marit Jørgensen Kristian Fremstad Merete Kalland": people whose separators an export lost (a flattened table).
 * A new person starts at a given name that follows a surname; each must then read given name(s), initials, and one
 * or two surnames. Anything else (an unknown given name, a lower-case word) leaves the entry as it is: one person of
 * four names ("Anne Grete Moe Eide") has no given name after a surname, and is never cut.
 */
export function splitRunTogetherNames(entry: string): string[] {
  const trimmed = entry.trim();
  const prefix = ROLE_PREFIX.exec(trimmed);
  const lead = prefix ? prefix[0] : '';
  // A note in parentheses at the end ("… Lene Beate Østerås (deltok 27.09)") belongs to the last person.
  const note = TRAILING_NOTE.exec(trimmed)?.[0] ?? '';
  const tokens = trimmed.slice(lead.length, trimmed.length - note.length).split(/\s+/);
  if (tokens.length < 4 || !tokens.every((t) => CAPITALISED.test(t) || INITIAL.test(t))) return [entry];
  const pieces: string[][] = [[]];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev && isGivenName(t) && !isGivenName(prev) && !INITIAL.test(prev)) pieces.push([]);
    pieces.at(-1)!.push(t);
  }
  if (pieces.length < 2 || !pieces.every(readsAsOneName)) return [entry];
  return pieces.map((p, i) => (i === 0 ? lead : '') + p.join(' ') + (i === pieces.length - 1 ? note : ''));
}

const TRAILING_NOTE = /\s*\([^()]*\)$/;

/** Given name(s) first, initials among them, then one or two surnames. */
function readsAsOneName(piece: string[]): boolean {
  if (!isGivenName(piece[0]!)) return false;
  const given = piece.findIndex((t) => !isGivenName(t) && !INITIAL.test(t));
  const surnames = given < 0 ? 0 : piece.length - given;
  return surnames >= 1 && surnames <= 2 && !piece.slice(given).some((t) => isGivenName(t) || INITIAL.test(t));
}

/** A role word in lower case between words ("… Røvik leder Thor …"): a cheap test before a run is read for them. */
const LOWER_ROLE_WORD = latinRegExp(`\\s(?:${alternation(Object.values(people.roles).flat().filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase()))})\\s`, '');
/** One-word labels of lists of people ("Kopi", "Forfall", "Tilstede"); not "til" nor "andre" (a given name). */
const RUN_LABELS = new Set(
  [...labels.attendance.present, ...labels.attendance.absent, ...labels.attendance.invited, ...labels.attendance.guests, ...labels.attendance.secretariat]
    .filter((w) => !/\s/.test(w) && w !== 'til' && w !== 'andre')
    .map((w) => w.toLowerCase()),
);
/** The space after a closing parenthesis and before a capital: where a flattened run of names goes on. */
const AFTER_PARENTHESIS = latinRegExp(String.raw`(?<=\))\s+(?=\p{Lu})`);
/** A note in parentheses, or a word in capitals ("GJEKK", a party "KSL"), after a name in a run. */
const RUN_MARK = latinRegExp(String.raw`^(?:\([^()]*\)|\p{Lu}{2,6})$`);

/**
 * "Ingvild Ask (vara) Lena Folkedal (vara) GJEKK Emma H. Pedersen Kristoffer Spissøy Erik Bloch (vara) …": a flattened
 * list whose people are set apart only by what follows some of them (a note in parentheses, a word in capitals). The
 * marks end a person; between them, a given name after a surname starts the next. The run ends at the first word
 * that belongs to neither (a sentence after the list). Three people at least, each of two to five names (or a given
 * name alone, closed by a mark); else null.
 */
export function splitMarkedRun(entry: string): string[] | null {
  const roleMarks = LOWER_ROLE_WORD.test(entry);
  if (!entry.includes('(') && !/[A-ZÆØÅ]{2}/.test(entry) && !roleMarks) return null;
  const tokens = entry.trim().match(/\([^()]*\)|[^\s()]+/g) ?? [];
  // "Sten Kristian Røvik leder Thor Pettersen nestleder Johan Eldar Wingan …": a flattened name and function table,
  // the function in lower case after the name.
  const isRoleMark = (t: string): boolean => roleMarks && startsLower(t) && roleOf(t) !== null;
  const isMark = (t: string): boolean => RUN_MARK.test(t) || isRoleMark(t);
  if (!tokens.some(isMark)) return null;
  // "leder Kari Nilsen nestleder Per Olsen …": the function before each name; a mark opens the next person.
  const rolesFirst = !!tokens[0] && isRoleMark(tokens[0]);
  let pending: string | null = null;
  const found: Array<{ name: string[]; marks: string[] }> = [];
  let segment: string[] = [];
  const close = (mark: string | null): void => {
    if (segment.length) {
      const pieces = splitRunTogetherNames(segment.join(' '));
      const first = found.length;
      for (const p of pieces) found.push({ name: p.split(' '), marks: [] });
      if (pending && found[first]) found[first]!.marks.push(pending);
      pending = null;
      segment = [];
    }
    if (mark && found.length) found.at(-1)!.marks.push(mark.replace(/^\(|\)$/g, ''));
  };
  for (const t of tokens) {
    if (isMark(t)) {
      if (rolesFirst) {
        close(null);
        pending = t;
      } else close(t);
    }
    // The next list's label, its colon lost or set apart ("… Odd Larsen Kopi Møteansvarlig : …"), ends the run.
    else if (RUN_LABELS.has(t.toLowerCase())) break;
    else if (CAPITALISED.test(t) || INITIAL.test(t)) segment.push(t);
    else break;
  }
  // What was still being read when the run ended is the start of what follows it, unless it is a whole name.
  if (segment.length >= 2) close(null);
  // A given name alone is a person when a mark closes it ("Trond (FA) Tonje (FIN) Olav Christian (FLKI)").
  const person = (p: { name: string[]; marks: string[] }): boolean =>
    (p.name.length >= 2 && p.name.length <= 5) || (p.name.length === 1 && p.marks.length > 0 && isGivenName(p.name[0]!));
  if (found.length < 3 || !found.every(person)) return null;
  return found.map((p) => [p.name.join(' '), ...p.marks.map((m) => `(${m})`)].join(' '));
}
