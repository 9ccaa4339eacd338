/**
 * A fresh reader's attempts to break the rules written for the twenty-sixth outside set, each reproduced against the
 * parent before it was mended: the input, and what must hold.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const doc = (text: string) => parse(`${text}\n`, { path: 't.txt' });

describe('review 11', () => {
  it('1. an agenda for the next meeting after the proceedings does not take the items\' place', () => {
    const d = doc('Referat fra styremøte\nDato: 12. mars 2024 kl. 18.00\nSted: Grendehuset\nTil stede: Kari Hansen, Ola Olsen, Per Berg\n\n1. Godkjenning av innkalling og saksliste\nInnkalling og saksliste ble godkjent.\n2. Godkjenning av referat fra forrige møte\nReferatet ble godkjent.\n3. Økonomi og regnskap\nKasserer orienterte. Regnskapet ble tatt til orientering.\n\nForslag til saksliste for neste møte:\n1. Godkjenning av innkalling\n2. Godkjenning av referat\n3. Økonomi\n\nReferent: Kari Hansen');
    expect(d.items.map((i) => i.decisions.map((x) => x.text))).toEqual([
      ['Innkalling og saksliste ble godkjent.'],
      ['Referatet ble godkjent.'],
      ['Regnskapet ble tatt til orientering.'],
    ]);
  });

  it('2. a case or archive number is no date ("Saksnr. 24/3-12", "Arkivsak 11/12-13")', () => {
    expect(doc('Møteprotokoll\nSaksnr. 24/3-12\nStyremøte tirsdag 14. mars 2024\nTil stede: Kari Hansen, Ola Olsen, Per Berg\n\n1. Økonomi\nRegnskapet ble godkjent.\n2. Dugnad\nDugnaden ble avtalt.').meeting.date).toBe('2024-03-14');
    expect(doc('Referat fra styremøte\nArkivsak 11/12-13\nTil stede: Kari Hansen, Ola Olsen\n\n1. Økonomi\nRegnskapet ble godkjent.\n2. Dugnad\nDugnaden ble avtalt.').meeting.date).toBeNull();
  });

  it('3. minutes in prose with a byline ("Skrevet av:") stay minutes', () => {
    const d = doc('Referat fra årsmøtet i Lia velforening\nDato: 12. mars 2024\nSted: Grendehuset\n\nÅrsmøtet ble holdt på grendehuset med 25 medlemmer til stede. Styrets årsberetning ble godkjent. Regnskapet ble godkjent.\n\nSkrevet av: Ola Olsen');
    expect([d.kind, d.meeting.date, d.meeting.location]).toEqual(['referat', '2024-03-12', 'Grendehuset']);
  });

  it('4. the cases someone sat out are no absent people ("Ola Olsen (unntatt PS 12/24)", "(bortsett fra sak 5)")', () => {
    for (const note of ['unntatt PS 12/24', 'bortsett fra Sak 5', 'unntatt Sak 3']) {
      const d = doc(`Referat fra styremøte\nDato: 14. mars 2024\nTil stede: Kari Hansen, Ola Olsen (${note}), Per Berg\n\n1. Økonomi\nRegnskapet ble godkjent.`);
      expect(d.attendees.map((a) => `${a.name}:${a.status}`)).toEqual(['Kari Hansen:present', 'Ola Olsen:present', 'Per Berg:present']);
    }
  });
});
