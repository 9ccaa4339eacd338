/**
 * fast-check arbitraries for whole `ReferatDocument` models, biased towards strings that attack the
 * normalised form: lines that look like its structure (`## 3. X`, `---`, fences, `**Vedtak:**`,
 * `(ansvar: …)`), blank-line runs, trailing spaces, control characters, YAML 1.1 look-alikes.
 * Strings are NFC, like everything decode() hands on (it NFC-normalises every input).
 */
import fc from 'fast-check';
import type { Action, Attendee, Decision, Invited, Item, Notice, ReferatDocument, SubItem } from '../src/model/schema.js';

const HOSTILE = [
  '## 3. X', '## 1.', '# T', '#', '---', '***', '- - -', '===', '```', '````markdown', '```markdown', '~~~', '<!--', '<pre>', '<?x',
  '**Vedtak:**', '**Vedtak:** x', '**Oppfølging:**', '**Oppfølging:** y', '**Underpunkter:**', '* a. b', '* ', '- ', '> ', '1. ',
  ' (ansvar: Ola, frist: 2024-01-01)', ' (frist: snart)', ' (ansvar: ', ', frist: ', ')', '(', '. ', '.',
  '    kode', '\t', ' ', '  ', '\n', '\n\n', '\n\n\n', '\n---\n', '\n## 2. Y\n', '\n```\n', '`', '``', '|', ':', '"', "'",
  'yes', 'No', '12:30', '2023-03-16', '~', 'null', '0123', '@', '&', 'æøå', 'ÆØÅ', '\u00a0', '\u2028', '\u0085', '\ufeff', 'e\u0301',
  '\r', '\r\n', '\f', '\u0001', '\u001b', '\u007f', '\u000b',
];
const WORDS = ['møte', 'styret', 'Referat', 'ble', 'godkjent', 'Ola Nordmann', 'sak', 'PS 12/24', '46/11', 'Vedtak', 'ansvar', 'frist', 'Kari', 'kommune'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\n', '. ') },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'grapheme' }) },
);

/** Any string, mostly short, often hostile. */
export const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join('').normalize('NFC'));
const nullable = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null });
const position = fc.constant({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
/** Dates that exist and times of day: what the model admits ("2023-13-45" and "90:00" do not). */
const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const notice: fc.Arbitrary<Notice> = fc.record({
  date: nullable(isoDate),
  ourRef: nullable(text),
  yourRef: nullable(text),
  caseHandler: nullable(text),
  archiveCode: nullable(text),
  recipient: nullable(text),
  sender: nullable(text),
});
const attendee: fc.Arbitrary<Attendee> = fc.record({
  name: text,
  organisation: nullable(text),
  status: fc.constantFrom('present', 'remote', 'absent'),
  roles: fc.array(fc.constantFrom('chair', 'secretary', 'minutes', 'member', 'deputy', 'guest'), { maxLength: 3 }),
  substituteFor: nullable(text),
  note: nullable(text),
  position,
});
const invited: fc.Arbitrary<Invited> = fc.record({
  name: text,
  givenName: nullable(text),
  familyName: nullable(text),
  organisation: nullable(text),
  position,
});
const subItem: fc.Arbitrary<SubItem> = fc.record({ label: fc.oneof(fc.constantFrom('a', 'b', '10.1'), text), title: text, position });
const decision: fc.Arbitrary<Decision> = fc.record({ text, position });
const action: fc.Arbitrary<Action> = fc.record({ text, responsible: nullable(text), due: nullable(fc.oneof(isoDate, text)), position });
const item: fc.Arbitrary<Item> = fc.record({
  number: fc.oneof(fc.constantFrom('1', '2', '12', '46/11', 'PS 12/24', '4a'), text),
  numberInferred: fc.boolean(),
  title: text,
  section: nullable(text),
  subItems: fc.array(subItem, { maxLength: 3 }),
  text: fc.oneof(fc.constant(''), text, fc.array(text, { maxLength: 4 }).map((ps) => ps.join('\n\n'))),
  decisions: fc.array(decision, { maxLength: 3 }),
  actions: fc.array(action, { maxLength: 3 }),
  position,
});

export const referatDocument: fc.Arbitrary<ReferatDocument> = fc.record({
  schemaVersion: fc.constant(1 as const),
  kind: fc.constantFrom('referat', 'protokoll', 'innkalling', 'sakskart', 'unknown'),
  language: fc.constantFrom('nb', 'nn', null),
  title: nullable(text),
  meeting: fc.record({ body: nullable(text), date: nullable(isoDate), start: nullable(clock), end: nullable(clock), location: nullable(text) }),
  notice: nullable(notice),
  attendees: fc.array(attendee, { maxLength: 3 }),
  invited: fc.array(invited, { maxLength: 2 }),
  items: fc.array(item, { maxLength: 5 }),
  preamble: nullable(text),
  trailer: nullable(text),
  corrections: fc.constant([]),
  diagnostics: fc.constant([]),
  source: fc.constant({ path: null, sha256: '0'.repeat(64), encoding: 'utf-8', bytes: 0 }),
});
