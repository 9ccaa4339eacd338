/**
 * The people lists found in a document become its attendees and invited: duplicates merged
 * (a role label naming someone listed adds a role; a second listing warns), people named in the
 * front matter and officials the meeting elected added, short names expanded to the full name the
 * document writes, and those present at a meeting held on Teams marked remote.
 */
import type { Attendee, Invited, Position } from '../model/schema.js';
import type { Line } from '../segment/line.js';
import type { PersonHit } from './attendance.js';
import type { Official } from './officials.js';
import { isNameLike, isOrganisationLike } from './people.js';

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

export function assemblePeople({ people, officials, frontMatter, frontMatterLines, remote, body, position, warn }: PeopleInput): {
  attendees: Attendee[];
  invited: Invited[];
  /** Lines whose people were all merged into earlier entries: their text stays in preamble/trailer. */
  mergedLines: Set<number>;
} {
  const attendees: Attendee[] = [];
  const invited: Invited[] = [];
  const seen = new Map<string, Attendee>();
  // Lines whose people were all merged into earlier entries keep their text in preamble/trailer.
  const mergedLines = new Set<number>();
  const priorFromRole = new Set<Attendee>();
  for (const p of people) {
    if (p.invited) {
      invited.push({ name: p.name, givenName: p.givenName, familyName: p.familyName, organisation: p.organisation, position: position(p.line) });
      continue;
    }
    const key = p.name.toLowerCase().replace(/\s+/g, ' ');
    const prior = seen.get(key);
    if (prior) {
      mergedLines.add(p.line.n);
      // A role label naming someone already listed ("Referent: X") adds a role, it is no duplicate.
      const onlyRoleLabel = p.fromRole || priorFromRole.has(prior);
      for (const r of p.roles) if (!prior.roles.includes(r)) prior.roles.push(r);
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
    attendees.push(a);
  }

  // Front matter names people too (referent: …, ordstyrer: …).
  for (const [key, role] of [['referent', 'minutes'], ['ordstyrer', 'chair'], ['møteleder', 'chair'], ['sekretær', 'secretary']] as const) {
    const v = frontMatter?.[key];
    if (typeof v === 'string' && isNameLike(v) && !seen.has(v.toLowerCase())) {
      // The position is the front-matter line that names the person.
      const first = frontMatterLines.find((l) => l.raw.startsWith(`${key}:`)) ?? frontMatterLines[0] ?? body[0]!;
      const a: Attendee = { name: v, organisation: null, status: 'present', roles: [role], substituteFor: null, note: null, position: position(first) };
      seen.set(v.toLowerCase(), a);
      attendees.push(a);
    }
  }

  // Officials the meeting elected, and people it admitted to vote, were there.
  for (const o of officials) {
    const key = o.name.toLowerCase().replace(/\s+/g, ' ');
    const known = seen.get(key) ?? [...seen.entries()].find(([k]) => k.startsWith(`${key} `) || key.startsWith(`${k} `))?.[1];
    if (known) {
      for (const r of o.roles) if (!known.roles.includes(r)) known.roles.push(r);
      continue;
    }
    const a: Attendee = { name: o.name, organisation: null, status: 'present', roles: [...o.roles], substituteFor: null, note: null, position: position(o.line) };
    seen.set(key, a);
    attendees.push(a);
  }

  // "Frederik Farstad" where the document also writes "Frederik Andreas Brunvoll Farstad": the full name.
  // Within a line, or a line and the next (a name wrapped by the export) — never across a list.
  // Only two-word names can grow; only the capitalised words of the document need indexing for them.
  const short = attendees.filter((a) => a.name.split(' ').length === 2);
  const spans = short.length ? body.map((l, i) => (body[i + 1] && !body[i + 1]!.blank ? `${l.text} ${body[i + 1]!.text}` : l.text)) : [];
  // Which spans hold a word, built once: a long document with many attendees stays linear.
  const spansWith = new Map<string, number[]>();
  spans.forEach((s, i) => {
    for (const w of new Set(s.match(CAPITALISED_WORD))) {
      const list = spansWith.get(w);
      if (list) list.push(i);
      else spansWith.set(w, [i]);
    }
  });
  for (const a of short) {
    const parts = a.name.split(' ');
    if (parts.length !== 2) continue;
    const esc = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Spans holding both names; a pair seen in many places is a list, not a name to expand.
    const l0 = spansWith.get(parts[0]!) ?? [];
    const l1 = spansWith.get(parts[1]!) ?? [];
    const [fewer, other] = l0.length <= l1.length ? [l0, parts[1]!] : [l1, parts[0]!];
    if (fewer.length > 50) continue;
    const both = fewer.filter((i) => spans[i]!.includes(other));
    if (!both.length || both.length > 50) continue;
    // Letter-aware edges: \\b knows only ASCII letters, and names start and end with Ø, Å, ø …
    const re = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ÿ])${esc[0]}((?:\\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]+){1,3})\\s+${esc[1]}(?![A-Za-zÀ-ÖØ-öø-ÿ])`, 'g');
    const full = both
      .map((i) => spans[i]!)
      .flatMap((s) => [...s.matchAll(re)])
      .filter((m) => m[1]!.trim().split(/\s+/).every((w) => w !== parts[0] && w !== parts[1] && !isOrganisationLike(w)))
      .map((m) => m[0].replace(/\s+/g, ' '));
    if (!full.length || !full.every((f) => f === full[0])) continue;
    const same = attendees.find((b) => b !== a && b.name === full[0]);
    if (!same) a.name = full[0]!;
    else {
      // Listed twice, once short and once in full: one person.
      for (const r of a.roles) if (!same.roles.includes(r)) same.roles.push(r);
      same.organisation ??= a.organisation;
      attendees.splice(attendees.indexOf(a), 1);
    }
  }

  if (remote) for (const a of attendees) if (a.status === 'present') a.status = 'remote';
  return { attendees, invited, mergedLines };
}
