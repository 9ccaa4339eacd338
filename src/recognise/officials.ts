/**
 * People named where a meeting elects its own officials ("Valg av ordstyrer: Foreslår Jon-Emil og
 * Emma.", "Iver og Thao er valgt til tellekorps", "X og Y melder seg") or approves who may vote
 * ("Godkjenning av stemmeberettigede: De som kommer senere er: …", or "A og B får tale- og stemmerett" in any
 * item): they are present. Elections
 * of the organisation's own officers (leder, styre) name candidates, not attendees, and are left out.
 */
import { alternation } from '../vocab/patterns.js';
import type { Role } from '../model/schema.js';
import type { Line } from '../segment/line.js';
import { sentences } from './decisions.js';
import { isNameLike, splitPersonList } from './people.js';
import { people, wordSet } from './vocab.js';

export interface Official {
  name: string;
  roles: Role[];
  line: Line;
}

const ROLE_OF_ITEM: Array<[RegExp, Role | null]> = [
  [new RegExp(`^valg\\s+av\\s+(?:${alternation(people.officialItems.chair)})\\b`, 'i'), 'chair'],
  [new RegExp(`^valg\\s+av\\s+(?:${alternation(people.officialItems.minutes)})\\b`, 'i'), 'minutes'],
  [new RegExp(`^(?:valg|val)\\s+av\\s+(?:${alternation(people.officialItems.none)})\\b`, 'i'), null],
];
const ATTENDANCE_ITEM = new RegExp(`^(?:${alternation(people.attendanceItems)})\\b`, 'i');
const NOT_NAMES = wordSet(people.notNames);

const O = people.officials;
/** "… foreslår A og B.", "A og B melder seg", "A er valgt til …", "… er: A, B og C." */
const PROPOSED = new RegExp(`\\b(?:${alternation(O.proposes)})\\s*:?\\s+(.+?)(?:\\.(?:\\s|$)|$)`, 'i');
const VOLUNTEERS = new RegExp(`^(.+?)\\s+(?:${alternation(O.volunteersOrElected)})\\b`, 'i');
const LISTED = new RegExp(`\\b(?:${alternation(O.listIntroducers)})\\s*:\\s*(.+?)(?:\\.(?:\\s|$)|$)`, 'i');
/**
 * "Mathilde Oftedal og Ingeborg Oftedal får tale- og stemmerett": people a meeting admits to speak or vote, in any
 * item. The rights may be listed with their shared ending dropped: "møte-, tale- og forslagsrett".
 */
const PREFIX = `(?:${alternation(O.rightPrefixes)})-`;
const ADMITTED = new RegExp(
  `^(.+?)\\s+(?:${alternation(O.grants)})\\s+(?:${PREFIX}\\s*,\\s*)*(?:${PREFIX}\\s+og\\s+)?(?:${alternation(O.rights)})\\b`,
  'i',
);

/**
 * "Lars Tønne vart valgt til møteleiar, Åke Jünge til sekretær.", "Lise Ness vart valt til møteleiar.": the meeting's own
 * officials elected in a sentence, in any item. Officers of the organisation (leder, styre) are not among these words.
 */
const CHAIR_WORDS = alternation(people.officialItems.chair);
// "valgt til sekretær" for the meeting is its minute-taker; "Valg av sekretær" as an item is an organisation's officer.
const MINUTES_WORDS = alternation([...people.officialItems.minutes, ...people.officials.minutesWhenElected]);
const ELECTED_OFFICIAL = new RegExp(`^(.+?)\\s+(?:ble|blei|vart|er|blir)\\s+(?:enstemmig\\s+|einstemmig\\s+|samrøystes\\s+)?(?:valgt|valt|vald)\\s+(?:til|som)\\s+(?:(${CHAIR_WORDS})|(${MINUTES_WORDS}))\\b`, 'i');
// ", Åke Jünge til sekretær", " med Øystein Edvardsen som referent".
const AND_OFFICIAL = new RegExp(`(?:,\\s+(?:og\\s+)?|\\s+med\\s+)([A-ZÆØÅ][^,]{1,40}?)\\s+(?:til|som)\\s+(?:(${CHAIR_WORDS})|(${MINUTES_WORDS}))\\b`, 'gi');
/** "Til å underskrive protokollen ble valgt A og B.", "A og B ble valgt til å skrive under protokollen.": present, no role. */
const SIGN_WORDS = alternation(O.signsMinutes);
const SIGNERS_AFTER = new RegExp(`\\btil\\s+å\\s+(?:${SIGN_WORDS})\\s+(?:ble|blei|vart|er)\\s+(?:valgt|valt|vald)\\s*:?\\s+(.+?)\\.?$`, 'i');
/** "Protokollen vert signert av Marta Bakken og Hildegunn Rui.": the record's signers, present. */
const SIGNED_BY = new RegExp(`^(?:${alternation(O.signedRecords)})\\s+(?:vert|blir|ble|blei|vart|er|skal)\\s+(?:bli\\s+|verte\\s+)?(?:${alternation(O.signedParticiples)})\\s+av\\s+(.+?)\\.?$`, 'i');
const SIGNERS_BEFORE = new RegExp(`^(.+?)\\s+(?:ble|blei|vart|er)\\s+(?:valgt|valt|vald)\\s+til\\s+å\\s+(?:${SIGN_WORDS})\\b`, 'i');

function electedOfficials(sentence: string, line: Line): Official[] {
  const m = ELECTED_OFFICIAL.exec(sentence);
  if (!m) return [];
  const out: Official[] = [];
  for (const name of names(m[1]!)) out.push({ name, roles: [m[2] ? 'chair' : 'minutes'], line });
  for (const more of sentence.slice(m.index + m[0].length).matchAll(AND_OFFICIAL)) {
    for (const name of names(more[1]!)) out.push({ name, roles: [more[2] ? 'chair' : 'minutes'], line });
  }
  return out;
}

function names(list: string): string[] {
  return splitPersonList(list)
    .map((s) => s.trim().replace(/[.]$/, ''))
    .filter((s) => isNameLike(s) && !NOT_NAMES.has(s.toLowerCase()) && !s.split(/\s+/).some((w) => NOT_NAMES.has(w.toLowerCase())));
}

/** Paragraphs of an item (wrapped lines joined), each with its first line. */
function paragraphs(lines: Line[]): Array<{ text: string; line: Line }> {
  const out: Array<{ text: string; line: Line }> = [];
  let cur: { text: string; line: Line } | null = null;
  for (const l of lines) {
    if (l.blank) {
      cur = null;
      continue;
    }
    if (cur && !/[.:!?]$/.test(cur.text)) cur.text += ` ${l.text}`;
    else {
      cur = { text: l.text, line: l };
      out.push(cur);
    }
  }
  return out;
}

/** `heading`: the line the item's title is on, when the title is to be read as a sentence too. */
export function findOfficials(title: string, lines: Line[], heading?: Line): Official[] {
  const out: Official[] = [];
  // The item title sets the context; a heading inside the item ("### Valg av tellekorps" under
  // "Formalia") sets it for the paragraphs under it.
  const groups: Array<{ title: string; lines: Line[] }> = [{ title, lines: [] }];
  for (const l of lines) {
    if (l.depth > 0 || (l.strong && l.text.split(/\s+/).length <= 8)) groups.push({ title: l.text, lines: [] });
    else groups[groups.length - 1]!.lines.push(l);
  }
  const inSentences = (text: string, l: Line): void => {
    for (const sentence of sentences(text)) {
      const admitted = ADMITTED.exec(sentence.text)?.[1];
      if (admitted) for (const name of names(admitted)) out.push({ name, roles: [], line: l });
      out.push(...electedOfficials(sentence.text, l));
      const signers = SIGNERS_AFTER.exec(sentence.text)?.[1] ?? SIGNERS_BEFORE.exec(sentence.text)?.[1] ?? SIGNED_BY.exec(sentence.text)?.[1];
      if (signers) for (const name of names(signers)) out.push({ name, roles: [], line: l });
    }
  };
  // A protocol written as a numbered list of outcomes has them in its items' titles ("4. Magne Aasbrenn blei valt til
  // møteleiar."): the title is read as a sentence too.
  if (heading) inSentences(title, heading);
  for (const g of groups) {
    // Line by line: a paragraph may run the question ("Om A og B skal få …") into the outcome ("A og B får …").
    for (const l of g.lines) if (!l.blank) inSentences(l.text, l);
    const title = g.title.trim();
    if (title === '') continue;
    const election = ROLE_OF_ITEM.find(([re]) => re.test(title));
    const attendance = ATTENDANCE_ITEM.test(title);
    if (!election && !attendance) continue;
    const role = election?.[1] ?? null;
    for (const p of paragraphs(g.lines)) {
      const lists = election ? [PROPOSED.exec(p.text)?.[1], VOLUNTEERS.exec(p.text)?.[1]] : [LISTED.exec(p.text)?.[1]];
      for (const list of lists) {
        if (!list) continue;
        for (const name of names(list)) out.push({ name, roles: role ? [role] : [], line: p.line });
      }
    }
  }
  return out;
}
