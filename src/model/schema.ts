/**
 * The referat document model: the single source of truth for the TypeScript
 * types (`z.infer`) and for `schemas/referat.schema.json` (scripts/generate-schema.ts).
 * Field paths follow ../shared/spec/contract.md and are part of the public contract.
 */
import { z } from 'zod';

export const Point = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
});

/** A place in the original input (before repair and unwrapping), 1-based, as in unist. */
export const Position = z.object({
  start: Point,
  end: Point,
});

/** A date that exists ("2023-13-45" and "2023-02-29" do not): zod's ISO date, which the JSON Schema states as a pattern. */
export const IsoDate = z.iso.date();
/** A time of day, 00:00 to 23:59. */
export const ClockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/);

export const Kind = z.enum(['referat', 'protokoll', 'innkalling', 'sakskart', 'unknown']);
export const Language = z.enum(['nb', 'nn']).nullable();
export const Severity = z.enum(['error', 'warning', 'info']);
export const AttendeeStatus = z.enum(['present', 'remote', 'absent']);
export const Role = z.enum(['chair', 'secretary', 'minutes', 'member', 'deputy', 'guest']);

export const Meeting = z.object({
  body: z.string().nullable(),
  date: IsoDate.nullable(),
  start: ClockTime.nullable(),
  end: ClockTime.nullable(),
  location: z.string().nullable(),
});

/** Letter fields of an innkalling (notice). */
export const Notice = z.object({
  date: IsoDate.nullable(),
  ourRef: z.string().nullable(),
  yourRef: z.string().nullable(),
  caseHandler: z.string().nullable(),
  archiveCode: z.string().nullable(),
  recipient: z.string().nullable(),
  sender: z.string().nullable(),
});

export const Attendee = z.object({
  name: z.string(),
  organisation: z.string().nullable(),
  status: AttendeeStatus,
  roles: z.array(Role),
  substituteFor: z.string().nullable(),
  note: z.string().nullable(),
  position: Position,
});

export const Invited = z.object({
  name: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  organisation: z.string().nullable(),
  position: Position,
});

export const SubItem = z.object({
  label: z.string(),
  title: z.string(),
  position: Position,
});

export const Decision = z.object({
  text: z.string(),
  position: Position,
});

export const Action = z.object({
  text: z.string(),
  responsible: z.string().nullable(),
  due: z.string().nullable(),
  position: Position,
});

export const Item = z.object({
  number: z.string(),
  numberInferred: z.boolean(),
  title: z.string(),
  section: z.string().nullable(),
  subItems: z.array(SubItem),
  text: z.string(),
  decisions: z.array(Decision),
  actions: z.array(Action),
  position: Position,
});

export const Correction = z.object({
  from: z.string(),
  to: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  rule: z.string(),
});

export const Diagnostic = z.object({
  severity: Severity,
  rule: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  message: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  /** What was found, where it helps the reader (vfile-message style). */
  actual: z.string().nullable().optional(),
  /** What was expected instead. */
  expected: z.string().nullable().optional(),
});

export const Source = z.object({
  path: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  bytes: z.number().int().min(0),
});

export const ReferatDocument = z.object({
  schemaVersion: z.literal(1),
  kind: Kind,
  language: Language,
  title: z.string().nullable(),
  meeting: Meeting,
  notice: Notice.nullable(),
  attendees: z.array(Attendee),
  invited: z.array(Invited),
  items: z.array(Item),
  /** Text before the first item that no other field holds (header lines, introductions). */
  preamble: z.string().nullable(),
  /** Text after the last item that no other field holds (signatures, closing remarks). */
  trailer: z.string().nullable(),
  corrections: z.array(Correction),
  diagnostics: z.array(Diagnostic),
  source: Source,
});

export type Point = z.infer<typeof Point>;
export type Position = z.infer<typeof Position>;
export type Kind = z.infer<typeof Kind>;
export type Language = z.infer<typeof Language>;
export type Severity = z.infer<typeof Severity>;
export type AttendeeStatus = z.infer<typeof AttendeeStatus>;
export type Role = z.infer<typeof Role>;
export type Meeting = z.infer<typeof Meeting>;
export type Notice = z.infer<typeof Notice>;
export type Attendee = z.infer<typeof Attendee>;
export type Invited = z.infer<typeof Invited>;
export type SubItem = z.infer<typeof SubItem>;
export type Decision = z.infer<typeof Decision>;
export type Action = z.infer<typeof Action>;
export type Item = z.infer<typeof Item>;
export type Correction = z.infer<typeof Correction>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Source = z.infer<typeof Source>;
export type ReferatDocument = z.infer<typeof ReferatDocument>;
