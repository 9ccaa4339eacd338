/**
 * The layout of protocols exported from municipal case systems: a letter-like head (Utvalg,
 * Møtested, Dato, Tidspunkt), attendance tables under long labels ("Følgende medlemmer hadde
 * forfall:"), a saksliste, then the same items as headings with the recommendation and the decision.
 * A constructed document (not from the corpus) that holds each of these shapes once.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const PROTOCOL = `Møteprotokoll

Utvalg: Formannskapet
Møtested: Kommunestyresalen, Rådhuset
Dato: 12.03.2024
Tidspunkt: 09:00 - 14:30

Følgende faste medlemmer møtte:
Navn Funksjon Representerer
Kari Nordmann Leder AP
Ola Hansen Nestleder H
Siri Lund Medlem FRP

Følgende medlemmer hadde forfall:
Navn Funksjon Representerer
Per Olsen Medlem SP

Følgende varamedlemmer møtte:
Navn Møtte for Representerer
Anne Berg Per Olsen SP

Fra administrasjonen møtte:
Navn Stilling
Lise Dahl Kommunedirektør

Protokollen godkjent:

Saksliste

Saksnr Innhold
PS 12/24 Godkjenning av protokoll fra forrige møte
PS 13/24 Budsjett 2025
PS 14/24 Eventuelt

PS 12/24 Godkjenning av protokoll fra forrige møte

Behandling:
Ingen merknader.

Vedtak:
Protokollen godkjennes.

PS 13/24 Budsjett 2025

Kommunedirektørens innstilling:
Budsjettet vedtas som fremlagt.

Behandling:
Kari Nordmann (AP) fremmet forslag om å øke rammen til skole med 2 mill.
Votering: Forslaget ble vedtatt med 4 mot 1 stemme.

Vedtak:
Budsjettet vedtas med endringen fra AP.

PS 14/24 Eventuelt

Ingen saker.
`;

describe('a municipal protocol', () => {
  const doc = parse(PROTOCOL);

  it('reads the head fields, with Tidspunkt as the time', () => {
    expect(doc.kind).toBe('protokoll');
    expect(doc.meeting).toEqual({ body: 'Formannskapet', date: '2024-03-12', start: '09:00', end: '14:30', location: 'Kommunestyresalen, Rådhuset' });
  });

  it('reads attendance tables under long labels: roles, parties, absence, substitutes, administration', () => {
    expect(doc.attendees.map((a) => [a.name, a.organisation, a.status, a.roles, a.substituteFor])).toEqual([
      ['Kari Nordmann', 'AP', 'present', ['chair'], null],
      ['Ola Hansen', 'H', 'present', ['member'], null],
      ['Siri Lund', 'FRP', 'present', ['member'], null],
      ['Per Olsen', 'SP', 'absent', ['member'], null],
      ['Anne Berg', 'SP', 'present', ['deputy'], 'Per Olsen'],
      ['Lise Dahl', null, 'present', ['guest'], null],
    ]);
  });

  it('takes the items from the body headings, not the saksliste', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['PS 12/24', 'PS 13/24', 'PS 14/24']);
    const start = PROTOCOL.split('\n').findIndex((l) => l.startsWith('PS 12/24 Godkjenning')) + 1;
    const body = PROTOCOL.split('\n').findIndex((l, i) => i > start && l.startsWith('PS 12/24')) + 1;
    expect(doc.items[0]!.position.start.line).toBe(body);
  });

  it('keeps the decision and not the recommendation', () => {
    const budget = doc.items[1]!.decisions.map((d) => d.text);
    expect(budget).toContain('Budsjettet vedtas med endringen fra AP.');
    expect(budget).not.toContain('Budsjettet vedtas som fremlagt.');
    expect(doc.items[0]!.decisions.map((d) => d.text)).toContain('Protokollen godkjennes.');
  });

  it('does not take labels or agenda words for people', () => {
    const names = doc.attendees.map((a) => a.name);
    expect(names).not.toContain('Protokollen');
    expect(names).not.toContain('Saksliste');
  });
});

describe('a saksliste worded as a notice (GOLD.md: innkalling) or not (sakskart)', () => {
  const agenda = (extra: string): string =>
    `Formannskapet\n\nMøtested: Rådhuset\nDato: 12.03.2024\n\n${extra}SAKSLISTE\n\nPS 1/24 Godkjenning av protokoll\nPS 2/24 Budsjett 2024\n`;
  it.each([
    ['Eventuelle forfall meldes til servicekontoret snarest.\n\n'],
    ['Varamedlemmer innkalles etter nærmere varsel.\n\n'],
    ['Dersom du ikke kan møte, må du melde fra så snart som mulig.\n\n'],
  ])('a notice: %s', (extra) => {
    expect(parse(agenda(extra)).kind).toBe('innkalling');
  });
  it('an agenda alone is a sakskart', () => {
    expect(parse(agenda('')).kind).toBe('sakskart');
    // Words about absence that call no one are no notice.
    expect(parse(agenda('Forfallet var stort ved forrige møte.\n\n')).kind).toBe('sakskart');
  });
});

describe('a case-system notice whose labels name more after a slash', () => {
  const doc = parse(
    'Møteinnkalling\n\nUtvalg/styre/råd : Kontrollutvalget\nMøtedato/tid : Torsdag 19. februar 2009 kl 10.00\nMøtested/lokaler : Kommunehuset på Sistranda, møterom A\n\nSak 1/09 Budsjett\nSak 2/09 Eventuelt\n',
  );
  it('reads them as the fields they start with', () => {
    expect(doc.meeting).toMatchObject({ body: 'Kontrollutvalget', date: '2009-02-19', start: '10:00', location: 'Kommunehuset på Sistranda, møterom A' });
  });
});
