/**
 * Counter-examples from the third review of this round (each reproduced against the commit before the rule): texts
 * the rules must read as the parser did before them.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const H = 'Referat fra styremøte 12. mars 2024\n\n';
const decisions = (text: string) => parse(H + text).items.flatMap((i) => i.decisions.map((d) => d.text));
const people = (text: string) => parse(text).attendees.map((a) => `${a.name}:${a.status}`);

describe('decisions', () => {
  it('"de godkjente rammene" is an adjective, no verdict beside a relative clause', () => {
    expect(decisions('1. Prosjekt\nProsjektet som ble godkjent i fjor, holder seg innenfor de godkjente rammene.')).toEqual([]);
  });
  it('no remarks from someone, in a sentence with its own verdict or from the meeting, leave the decision', () => {
    expect(decisions('1. Regnskap\nÅrsregnskapet ble enstemmig godkjent, med ingen merknader fra revisor.')).toHaveLength(1);
    expect(decisions('1. Protokoll\nProtokollen godkjent, ingen merknader fra medlemmer.')).toHaveLength(1);
    expect(decisions('1. Protokoll\nIngen merknader fra forsamlinga.')).toHaveLength(1);
  });
  it("a hard-wrapped sentence is read whole though the item's other lines are longer", () => {
    const long = 'Kari Nilsen orienterte om status for arbeidet med den nye hjemmesiden til foreningen, som nå nærmer seg ferdig.';
    expect(decisions(`1. Budsjett\nEtter en grundig gjennomgang av postene ble forslaget\nenstemmig vedtatt av styret.\n${long}\n${long}\n`)).toEqual([
      'Etter en grundig gjennomgang av postene ble forslaget enstemmig vedtatt av styret.',
    ]);
  });
});

describe('attendance', () => {
  it('an empty label over a label whose value is a list and a sentence: no stacked cells', () => {
    expect(people(`${H}Tilstede:\n\nForfall: Ola Dal. Ellers var hele styret til stede.\n\n1. Budsjett\nBudsjettet ble vedtatt.`)).toEqual(['Ola Dal:absent']);
    expect(people(`${H}Til stede:\nForfall: Ola Dal. Kari Nilsen og Per Olsen møtte.\n\n1. Budsjett\nBudsjettet ble vedtatt.`)).toEqual([
      'Ola Dal:absent',
      'Kari Nilsen:present',
      'Per Olsen:present',
    ]);
  });
  it('"for" in an organisation column is no clause before an absence word', () => {
    const doc = 'Møteprotokoll\nUtval: Fylkestinget\nMøtestad: Fylkeshuset\nDato: 12.03.2021\nFaste medlemer som møtte:\nNamn Funksjon Representerer\nTove-Lise Torve Leiar AP\nCarl Johansen Medlem Lag for Sogn forfall\n\nSak 1/21 Godkjenning av innkalling\nGodkjent.';
    expect(people(doc)).toContain('Carl Johansen:absent');
  });
  it('a slate with blank lines between its bullets is a slate; a list of who came is none', () => {
    const slate = 'Protokoll frå årsmøte 12. mars 2024\n\n1. Val\n\nFramlegg til styre\n\n  • Sigrun Moen – attval – på val i 2022\n\n  • Ellen Marie Prag – ikkje på val – på val i 2021\n\n  • Varamedlem: Hilde Haugen og Marit Midtbøen\n\n  • Valnemnd: Hildegunn Rui og Gunn Snaunes\n';
    expect(people(slate)).toEqual([]);
    expect(people('# Styremøte 12. mars 2024\n\n- Til stede: Kari Nilsen, Per Olsen\n- Varamedlem: Ola Dal\n- Forfall: Nils Aas\n\n- Godkjenning av innkalling\n- Revisor er på valg\n')).toContain('Ola Dal:present');
  });
});

describe('items', () => {
  it('a case-type word that ends a title without a separator is the title\'s', () => {
    const d = parse('Innkalling til styremøte 12. mars 2024\n\nSaksliste:\n1. Godkjenning av innkalling\n2. Rutiner for informasjonssak\n3. Økonomi. Orienteringssak, Jørg\n4. Eventuelt');
    expect(d.items.map((i) => i.title)).toEqual(['Godkjenning av innkalling', 'Rutiner for informasjonssak', 'Økonomi', 'Eventuelt']);
  });
});

describe('fourth review: the last rules on ordinary minutes', () => {
  it('headings each with a one-point numbered decision list keep their headings as the items', () => {
    const d = parse('Referat fra styremøte 12. mars 2024\n\nTilstede: Kari Nilsen\n\n## Budsjett\nVedtak:\n1. Budsjettet godkjennes.\n\n## Regnskap\nVedtak:\n1. Regnskapet godkjennes.\n\n## Eventuelt\n1. Ingen saker\n');
    expect(d.items.map((i) => i.title)).toEqual(['Budsjett', 'Regnskap', 'Eventuelt']);
  });
  it('a bulleted saksliste ends at a sentence or a label, not running on into another list', () => {
    const d = parse('Referat fra styremøte 12. mars 2024\n\nTilstede: Kari Nilsen, Per Hansen\n\nSaksliste:\n- Budsjett 2024\n- Regnskap 2023\nMøtet ble åpnet av leder kl. 19.\nFølgende ble diskutert:\n- Innkjøp av nye stoler\n- Vask av lokalet\n\nBudsjett 2024\nBudsjettet ble godkjent.\n\nRegnskap 2023\nRegnskapet ble godkjent.\n');
    expect(d.items.map((i) => [i.title, i.decisions.length])).toEqual([
      ['Budsjett 2024', 1],
      ['Regnskap 2023', 1],
    ]);
  });
  it('"Tilstede:" over "Forfall: Per Hansen. Ola Berg." is no pair of stacked cells', () => {
    expect(people('Referat fra styremøte 12. mars 2024\n\nTilstede:\nForfall: Per Hansen. Ola Berg.\n\n1. Budsjett\nGodkjent.\n')).toEqual(['Per Hansen:absent', 'Ola Berg:absent']);
  });
});
