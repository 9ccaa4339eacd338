/**
 * The people lists found in a document become its attendees and invited: duplicates merged
 * (a role label naming someone listed adds a role; a second listing warns), people named in the
 * front matter and officials the meeting elected added, short names expanded to the full name the
 * document writes, and those present at a meeting held on Teams marked remote.
 */
import { escapeRegExp, startsUpper } from '../vocab/patterns.js';
import type { Attendee, Invited, Position } from '../model/schema.js';
import type { Line } from '../segment/line.js';
import type { PersonHit } from './attendance.js';
import type { Official } from './officials.js';
import { isGivenName, isNameLike, isOrganisationLike, roleOf } from './people.js';

const CAPITALISED_WORD = /(?<![A-Za-zÀ-ÖØ-öø-ÿ])[A-ZÀ-ÖØ-Þ][^\s]*/g;

export interface PeopleInput {
  people: PersonHit[];
  officials: Official[];
  frontMatter: Record<string, unknown> | null;
  frontMatterLines: Line[];
  /** The meeting was held on Teams, video or telephone. */
  remote: boolean;
  body: Line[];
  position: (line: Line) => Position;
  warn: (duplicate: PersonHit) => void;
}

interface Assembled {
  attendees: Attendee[];
  invited: Invited[];
  /** Lines whose people were all merged into earlier entries: their text stays in preamble/trailer. */
  mergedLines: Set<number>;
}

/*
 * Small phases rather than one long function: V8 recompiles a whole function whenever one of its
 * property or array accesses meets a new shape, and the cost grows faster than the function's size.
 */
export function assemblePeople({ people, officials, frontMatter, frontMatterLines, remote, body, position, warn }: PeopleInput): Assembled {
  // People by lower-cased name, so that a second listing merges into the first.
  const seen = new Map<string, Attendee>();
  const { attendees, invited, mergedLines } = mergeListed(people, seen, position, warn);
  addFrontMatterPeople(frontMatter, frontMatterLines, body, seen, attendees, position);
  addOfficials(officials, seen, attendees, position);
  expandShortNames(attendees, body);
  givenNamesFromSignature(attendees, body);
  if (remote) for (const a of attendees) if (a.status === 'present') a.status = 'remote';
  return { attendees, invited, mergedLines };
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ');
}

function addRoles(to: Attendee, roles: readonly Attendee['roles'][number][]): void {
  for (const r of roles) if (!to.roles.includes(r)) to.roles.push(r);
}

/** The people the lists name, duplicates merged (a second listing warns). */
function mergeListed(people: PersonHit[], seen: Map<string, Attendee>, position: PeopleInput['position'], warn: PeopleInput['warn']): Assembled {
  const attendees: Attendee[] = [];
  const invited: Invited[] = [];
  // Lines whose people were all merged into earlier entries keep their text in preamble/trailer.
  const mergedLines = new Set<number>();
  const priorFromRole = new Set<Attendee>();
  const lineOf = new Map<Attendee, number>();
  for (const p of people) {
    if (p.invited || p.copied) {
      invited.push({ name: p.name, givenName: p.givenName, familyName: p.familyName, organisation: p.organisation, position: position(p.line) });
      // "Ikkje møtt/Kopi:": recorded as absent (or present) as well.
      if (!p.copied) continue;
    }
    const key = nameKey(p.name);
    const prior = seen.get(key);
    if (prior) {
      mergedLines.add(p.line.n);
      // A role label naming someone already listed ("Referent: X") adds a role, it is no duplicate.
      const onlyRoleLabel = p.fromRole || priorFromRole.has(prior);
      addRoles(prior, p.roles);
      prior.organisation ??= p.organisation;
      if (!onlyRoleLabel) warn(p);
      continue;
    }
    const a: Attendee = {
      name: p.name,
      organisation: p.organisation,
      status: p.status ?? 'present',
      roles: p.roles,
      substituteFor: p.substituteFor,
      note: p.note,
      position: position(p.line),
    };
    seen.set(key, a);
    if (p.fromRole) priorFromRole.add(a);
    lineOf.set(a, p.line.n);
    attendees.push(a);
  }
  for (const a of priorFromRole) {
    const named = bySurname(a, attendees) ?? byGivenName(a, attendees);
    const initialled = named ? undefined : withoutInitials(a, attendees);
    const listed = named ?? initialled;
    if (!listed) continue;
    // The label's fuller form names the person ("Bjørn F. Framnes" for the list's "Bjørn Framnes").
    if (initialled) listed.name = a.name;
    addRoles(listed, a.roles);
    // ("Referent: Ellen HF, 13.08.23": a date after the name is no organisation.)
    if (a.organisation && /[A-Za-zÀ-ÖØ-öø-ÿ]/.test(a.organisation)) listed.organisation ??= a.organisation;
    attendees.splice(attendees.indexOf(a), 1);
    // Front matter or an official naming the surname later finds the person, not a new one.
    seen.set(nameKey(a.name), listed);
    mergedLines.add(lineOf.get(a)!);
  }
  return { attendees, invited, mergedLines };
}

/**
 * The one listed person a role label names by surname alone ("Til stades: … Tora Aasland …" then "Møteleiar:
 * Aasland"): exactly one full name ends with it, and no name starts with it (then it may be a given name).
 */
function bySurname(a: Attendee, attendees: Attendee[]): Attendee | undefined {
  if (a.name.includes(' ')) return undefined;
  const word = a.name.toLowerCase();
  let found: Attendee | undefined;
  for (const b of attendees) {
    if (b === a) continue;
    const parts = b.name.toLowerCase().split(' ');
    if (parts[0] === word) return undefined;
    // Someone who sent apologies chairs no meeting: the label names another of that surname.
    if (parts.length > 1 && parts[parts.length - 1] === word && b.status !== 'absent') {
      if (found) return undefined;
      found = b;
    }
  }
  return found;
}

/**
 * The one listed person a role label names by given name alone, or by given name and the initials of the rest
 * ("Deltakere: … Ellen Holtan Folkestad …" then "Referent: Ellen HF" or "Referent: Ellen"): exactly one listed
 * person, present, has that given name (and those initials).
 */
function byGivenName(a: Attendee, attendees: Attendee[]): Attendee | undefined {
  const [given, initials, ...more] = a.name.split(' ');
  if (more.length || (initials !== undefined && !/^[A-ZÆØÅ]{1,4}$/.test(initials))) return undefined;
  let found: Attendee | undefined;
  for (const b of attendees) {
    if (b === a || b.status === 'absent') continue;
    const parts = b.name.split(' ');
    // A listed name that ends with it makes it as likely a surname ("Sander Berg", "Ola Sander"): none.
    if (initials === undefined && parts.length > 1 && parts.at(-1)!.toLowerCase() === given!.toLowerCase()) return undefined;
    if (parts.length < 2 || parts[0]!.toLowerCase() !== given!.toLowerCase()) continue;
    if (initials !== undefined && parts.slice(1).map((w) => w.charAt(0).toUpperCase()).join('') !== initials) continue;
    if (found) return undefined;
    found = b;
  }
  return found;
}

const INITIAL_TOKEN = /(?:^|\s)[A-ZÆØÅ]\.?(?=\s)/;
const withoutInitialTokens = (name: string): string => name.replace(/\s[A-ZÆØÅ]\.?(?=\s)/g, '');

/**
 * The one listed person a role label names with a middle initial the list left out ("Referent: Bjørn F. Framnes"),
 * present; none when another listed person has that given name and surname with a middle name ("Per Olav Hansen"
 * beside "Per Hansen" for "Per O. Hansen").
 */
function withoutInitials(a: Attendee, attendees: Attendee[]): Attendee | undefined {
  if (!INITIAL_TOKEN.test(a.name)) return undefined;
  const bare = withoutInitialTokens(a.name).split(' ');
  const key = nameKey(bare.join(' '));
  const [first, last] = [bare[0]!.toLowerCase(), bare.at(-1)!.toLowerCase()];
  const found = attendees.filter((b) => b !== a && b.status !== 'absent' && nameKey(b.name) === key);
  const alike = attendees.filter((b) => {
    const parts = b.name.toLowerCase().split(' ');
    return b !== a && parts.length > bare.length && parts[0] === first && parts.at(-1) === last;
  });
  return found.length === 1 && alike.length === 0 ? found[0] : undefined;
}

const FRONT_MATTER_ROLES = [['referent', 'minutes'], ['ordstyrer', 'chair'], ['møteleder', 'chair'], ['sekretær', 'secretary']] as const;

/** Front matter names people too (referent: …, ordstyrer: …). */
function addFrontMatterPeople(
  frontMatter: Record<string, unknown> | null,
  frontMatterLines: Line[],
  body: Line[],
  seen: Map<string, Attendee>,
  attendees: Attendee[],
  position: PeopleInput['position'],
): void {
  for (const [key, role] of FRONT_MATTER_ROLES) {
    const v = frontMatter?.[key];
    if (typeof v !== 'string' || !isNameLike(v)) continue;
    const name = v.trim().replace(/\s+/g, ' ');
    // Someone the lists name already gets the role (it was dropped before); the same name spaced differently is the
    // same person. Only the same name: "referent: Kari" says nothing about which listed Kari it was.
    const known = seen.get(nameKey(name));
    if (known) {
      addRoles(known, [role]);
      continue;
    }
    // The position is the front-matter line that names the person.
    const first = frontMatterLines.find((l) => l.raw.startsWith(`${key}:`)) ?? frontMatterLines[0] ?? body[0]!;
    const a: Attendee = { name, organisation: null, status: 'present', roles: [role], substituteFor: null, note: null, position: position(first) };
    seen.set(nameKey(name), a);
    attendees.push(a);
  }
}

/** The person `key` names: the same name, or one that is a word longer or shorter at the end. */
function knownAs(seen: Map<string, Attendee>, key: string): Attendee | undefined {
  const same = seen.get(key);
  if (same) return same;
  for (const [k, a] of seen) if (k.startsWith(`${key} `) || key.startsWith(`${k} `)) return a;
  return undefined;
}

/** Officials the meeting elected, and people it admitted to vote, were there. */
function addOfficials(officials: Official[], seen: Map<string, Attendee>, attendees: Attendee[], position: PeopleInput['position']): void {
  for (const o of officials) {
    const key = nameKey(o.name);
    const known = knownAs(seen, key);
    if (known) {
      addRoles(known, o.roles);
      continue;
    }
    const a: Attendee = { name: o.name, organisation: null, status: 'present', roles: [...o.roles], substituteFor: null, note: null, position: position(o.line) };
    seen.set(key, a);
    attendees.push(a);
  }
}

/**
 * "Frederik Farstad" where the document also writes "Frederik Andreas Brunvoll Farstad": the full name.
 * Within a line, or a line and the next (a name wrapped by the export) — never across a list.
 * Only two-word names can grow; only the capitalised words of the document need indexing for them.
 */
function expandShortNames(attendees: Attendee[], body: Line[]): void {
  // Each two-word name split once: the loop below renames only the attendee it is at.
  const short: Array<{ a: Attendee; given: string; family: string }> = [];
  for (const a of attendees) {
    const parts = a.name.split(' ');
    if (parts.length === 2) short.push({ a, given: parts[0]!, family: parts[1]! });
  }
  if (!short.length) return;
  const spans = lineSpans(body);
  const spansWith = spansByWord(spans);
  for (const { a, given, family } of short) {
    const full = fullNameOf(given, family, spans, spansWith);
    if (full === null) continue;
    const same = attendees.find((b) => b !== a && b.name === full);
    if (!same) a.name = full;
    else {
      // Listed twice, once short and once in full: one person.
      addRoles(same, a.roles);
      same.organisation ??= a.organisation;
      attendees.splice(attendees.indexOf(a), 1);
    }
  }
}

/** How far up from the end the signatures are looked for: the closing lines of the minutes. */
const SIGNATURE_LINES = 4;

/**
 * "Til stede: Håkon, Lars, Erling, Tor Isak og Knut" over the signatures "Knut Løyland Håkon Leth-Olsen" / "Sekretær
 * Leder": a person listed by given name alone is the one signature, in the last lines, that opens with that name (one
 * or two capitalised words after it that are no given name: two signatures side by side stay apart). Only when one
 * listed person has that given name and one signature opens with it.
 */
function givenNamesFromSignature(attendees: Attendee[], body: Line[]): void {
  const alone = attendees.filter((a) => !a.name.includes(' ') && isGivenName(a.name));
  if (!alone.length) return;
  // How many listed people open with each given name, counted once (a list of thousands stays linear).
  const opening = new Map<string, number>();
  for (const b of attendees) {
    const first = b.name.split(' ')[0]!;
    opening.set(first, (opening.get(first) ?? 0) + 1);
  }
  // A signature line holds names and offices only: capitalised words up to a comma ("Liv Nymoen, ref."), no label,
  // no sentence ("Per Hansen fra kommunen kommer på neste møte …", "Neste møte: 9. april hos Kari Storgården").
  const closing = body.filter((l) => !l.blank).slice(-SIGNATURE_LINES).filter(isSignatureLine);
  if (!closing.length) return;
  for (const a of alone) {
    if (opening.get(a.name) !== 1) continue;
    const found = new Set<string>();
    for (const l of closing) {
      // A comma or a stop ends a name ("Liv Nymoen, ref."; "Marte, Terje, Arketypegjengen" are three).
      const words = l.text.split(/\s+/);
      const bare = (w: string): string => w.replace(/[,.;]+$/, '');
      const ends = (w: string): boolean => /[,.;]$/.test(w);
      for (let i = 0; i < words.length; i++) {
        if (words[i] !== a.name) continue;
        let k = i + 1;
        while (k < words.length && k - i <= 2 && !ends(words[k - 1]!) && startsUpper(words[k]!) && !isGivenName(bare(words[k]!)) && isNameLike(bare(words[k]!))) k++;
        if (k > i + 1) found.add(words.slice(i, k).map(bare).join(' '));
      }
    }
    const full = found.size === 1 ? [...found][0]! : null;
    if (full && !isOrganisationLike(full)) a.name = full;
  }
}

function isSignatureLine(l: Line): boolean {
  // After an office's label only ("Ref.: Rigmor Sollie Holmebukt"), not another label's ("Neste møte: …").
  const colon = l.text.indexOf(':');
  if (colon >= 0 && !roleOf(l.text.slice(0, colon))) return false;
  const words = l.text.slice(colon + 1).split(',')[0]!.trim().split(/\s+/);
  return words.length <= 6 && words.every((w) => startsUpper(w));
}

/** Each line, joined with the next unless that is blank. */
function lineSpans(body: Line[]): string[] {
  const spans: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const next = body[i + 1];
    spans.push(next && !next.blank ? `${body[i]!.text} ${next.text}` : body[i]!.text);
  }
  return spans;
}

/** Which spans hold a word, built once: a long document with many attendees stays linear. */
function spansByWord(spans: string[]): Map<string, number[]> {
  const spansWith = new Map<string, number[]>();
  for (let i = 0; i < spans.length; i++) {
    if (spans[i] === '') continue;
    for (const w of new Set(spans[i]!.match(CAPITALISED_WORD))) {
      const list = spansWith.get(w);
      if (list) list.push(i);
      else spansWith.set(w, [i]);
    }
  }
  return spansWith;
}

const NO_SPANS: readonly number[] = [];

/** The one full name the document writes for "given family", or null (none, or several). */
function fullNameOf(given: string, family: string, spans: string[], spansWith: Map<string, number[]>): string | null {
  // Spans holding both names; a pair seen in many places is a list, not a name to expand.
  const l0 = spansWith.get(given) ?? NO_SPANS;
  const l1 = spansWith.get(family) ?? NO_SPANS;
  const fewer = l0.length <= l1.length ? l0 : l1;
  const other = l0.length <= l1.length ? family : given;
  if (fewer.length > 50) return null;
  const both: string[] = [];
  for (const i of fewer) if (spans[i]!.includes(other)) both.push(spans[i]!);
  if (!both.length || both.length > 50) return null;
  // Letter-aware edges: \\b knows only ASCII letters, and names start and end with Ø, Å, ø …
  const re = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ÿ])${escapeRegExp(given)}((?:\\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]+){1,3})\\s+${escapeRegExp(family)}(?![A-Za-zÀ-ÖØ-öø-ÿ])`, 'g');
  let full: string | null = null;
  for (const s of both) {
    for (const m of s.matchAll(re)) {
      if (!middleNamesOnly(m[1]!, given, family)) continue;
      const name = m[0].replace(/\s+/g, ' ');
      if (full === null) full = name;
      else if (name !== full) return null;
    }
  }
  return full;
}

/** The words between the given and family name are further names: not the names again, not an organisation. */
function middleNamesOnly(middle: string, given: string, family: string): boolean {
  for (const w of middle.trim().split(/\s+/)) if (w === given || w === family || isOrganisationLike(w)) return false;
  return true;
}
