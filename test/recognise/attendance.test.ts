/** Attendance labels (tolerant of OCR damage) and the people sections they open. */
import { describe, expect, it } from 'vitest';
import { attendanceLabel, findPeople } from '../../src/recognise/attendance.js';
import { labelSet, matchLabel } from '../../src/recognise/labels.js';
import { lines } from '../helpers/lines.js';
import { parse } from '../../src/parse.js';

const mode = (text: string) => {
  const hit = attendanceLabel(text);
  return hit && { status: hit.mode.status, roles: hit.mode.roles, invited: hit.mode.invited, value: hit.value };
};

describe('attendanceLabel', () => {
  describe('present', () => {
    it.each([
      'Frammøtte:',
      'Fremmøtte:',
      'Til stede:',
      'Tilstede:',
      'Tilstede på møtet:',
      'Til stades:',
      'Desse møtte:',
      'Møtt:',
      'Deltakere:',
      'Deltakere',
      // Nynorsk spellings and a board's member list, seen in documents outside the corpus.
      'Tilstade:',
      'Til stade:',
      'Representanter:',
    ])('%s', (text) => {
      expect(mode(text)).toMatchObject({ status: 'present', roles: [], invited: false });
    });
  });

  it('works on the segmented text of a bold label line', () => {
    expect(mode(lines('**Frammøtte:**')[0]!.text)).toMatchObject({ status: 'present' });
  });

  it('Fra sekretariatet møtte: → present secretaries', () => {
    expect(mode('Fra sekretariatet møtte:')).toMatchObject({ status: 'present', roles: ['secretary'] });
  });

  describe('absent', () => {
    it.each(['Forfall:', 'Meldt forfall:', 'Meldt avbud:', 'Avbud:', 'Fraværende:', 'Ikke til stede:', 'Fråværande:'])('%s', (text) => {
      expect(mode(text)).toMatchObject({ status: 'absent', invited: false });
    });
  });

  describe('OCR-damaged', () => {
    it('Tilstede pa mgtet: → present', () => {
      expect(mode('Tilstede pa mgtet:')).toMatchObject({ status: 'present' });
    });
    it('Mgteleder: Eli Arnkvaern Bryhni → chair, with the value', () => {
      expect(mode('Mgteleder: Eli Arnkvaern Bryhni, leder Naeringsgruppen')).toMatchObject({
        status: 'present',
        roles: ['chair'],
        value: 'Eli Arnkvaern Bryhni, leder Naeringsgruppen',
      });
    });
    it('Fravaerende: → absent', () => {
      expect(mode('Fravaerende:')).toMatchObject({ status: 'absent' });
    });
  });

  it('Inviterte → invited', () => {
    expect(mode('Inviterte')).toMatchObject({ invited: true });
    expect(mode('Invitert:')).toMatchObject({ invited: true });
  });

  // A copy list worded as a sentence's start ("Kopi sendes til:"), Bokmål and Nynorsk.
  it.each(['Kopi sendes til:', 'Kopi sendt til: Kari Hansen', 'Kopi sendast til:'])('%s → invited', (text) => {
    expect(mode(text)).toMatchObject({ invited: true });
  });

  it('a copy list names the persons on it, not the bodies or offices', () => {
    const invited = (line: string) =>
      parse(`Referat frå styremøte\n\nDato: 11.10.2018\nTil stades: Kari Hansen, Ola Nordmann\n${line}\n\nSak 1/18 Godkjenning\nGodkjent.\n`).invited.map((p) => p.name);
    expect(invited('Kopi sendes til: Kirkeverge Reidun Berg, Organist Unni og Michael')).toEqual(['Reidun Berg', 'Unni', 'Michael']);
    expect(invited('Kopi sendes til: Styret og Oslo kirkelige fellesråd.')).toEqual([]);
    // A sentence about copies names nobody.
    expect(invited('Kopi sendes til alle medlemmer av Bømlo sokneråd.')).toEqual([]);
  });

  it('Referent: X → minutes', () => {
    expect(mode('Referent: Kristin Brænden')).toMatchObject({ roles: ['minutes'], value: 'Kristin Brænden' });
  });

  it('finds a label run on to the end of a link line', () => {
    expect(attendanceLabel('Presentasjoner fra møtet finner man her Frammøtte:', '[Presentasjoner fra møtet finner man her](#)**Frammøtte:**')).not.toBeNull();
  });

  describe('is not a label', () => {
    it.each([
      'Møtet ble avsluttet kl. 13.30',
      'Faggruppen diskuterte litt rundt hvordan kommunene kan koblet tettere',
      'Deltakerne var fornøyde med møtet.',
      'Til neste møte: se hvem som kan gjøre hva',
      'Forfallsdato for fakturaen er 1. mai',
      'Godkjenning av innkalling',
      '',
    ])('%s', (text) => {
      expect(attendanceLabel(text)).toBeNull();
    });
  });
});

describe('labelSet / matchLabel', () => {
  const set = labelSet(['møteleder', 'tid og sted']);
  it('matches with a colon and gives the value', () => {
    expect(matchLabel('Møteleder: Kari', set)).toEqual({ label: 'Møteleder', value: 'Kari', alone: false });
  });
  it('matches OCR damage and inner whitespace', () => {
    expect(matchLabel('Mgteleder: Kari', set)?.value).toBe('Kari');
    expect(matchLabel('M@teleder: Kari', set)?.value).toBe('Kari');
    expect(matchLabel('Tid  og sted: Oslo', set)?.value).toBe('Oslo');
  });
  it('matches a label alone on its line', () => {
    expect(matchLabel('Møteleder', set)).toEqual({ label: 'Møteleder', value: '', alone: true });
  });
  it('does not match inside a word or sentence', () => {
    expect(matchLabel('Møtelederen sa at', set)).toBeNull();
    expect(matchLabel('Vi snakket om tid og sted for neste møte', set)).toBeNull();
  });
});

describe('findPeople', () => {
  const people = (...texts: string[]) =>
    findPeople(lines(...texts), () => false).people.map((p) => ({ name: p.name, organisation: p.organisation, status: p.status, roles: p.roles, invited: p.invited, line: p.line.n }));

  it('reads a list, one person a line, after a label', () => {
    expect(people('Tilstede:', 'Kari Nordmann - Oslo kommune', 'Ola Hansen (digitalt)', '', 'Forfall:', 'Per Olsen')).toEqual([
      { name: 'Kari Nordmann', organisation: 'Oslo kommune', status: 'present', roles: [], invited: false, line: 2 },
      { name: 'Ola Hansen', organisation: null, status: 'remote', roles: [], invited: false, line: 3 },
      { name: 'Per Olsen', organisation: null, status: 'absent', roles: [], invited: false, line: 6 },
    ]);
  });

  it('reads groups within a list, each named by whom it represents ("For Lia kommune: A, B og C")', () => {
    expect(people('Følgende representanter møtte:', 'For Lia kommune: Kari Nordvik, Per Olsen og Ola Dal', 'For Berg kommune: Siri Holm', '', 'Forfall:', 'Tor Vik').map((p) => [p.name, p.organisation, p.status])).toEqual([
      ['Kari Nordvik', 'Lia kommune', 'present'],
      ['Per Olsen', 'Lia kommune', 'present'],
      ['Ola Dal', 'Lia kommune', 'present'],
      ['Siri Holm', 'Berg kommune', 'present'],
      ['Tor Vik', null, 'absent'],
    ]);
    // A sentence is no group.
    expect(people('Tilstede:', 'Kari Nordvik', 'For øvrig: møtet startet sent.').map((p) => p.name)).toEqual(['Kari Nordvik']);
  });

  it('under a one-person label, a line of full names is several people; a name and its organisation one', () => {
    expect(people('Referent', '', 'Eva Lund, Tor Bakke').map((p) => [p.name, p.roles])).toEqual([
      ['Eva Lund', ['minutes']],
      ['Tor Bakke', ['minutes']],
    ]);
    expect(people('Referent:', 'Eva Lund, Oslo kommune').map((p) => [p.name, p.organisation])).toEqual([['Eva Lund', 'Oslo kommune']]);
  });

  it("ends a list at the agenda's heading, also when its table header follows on the line", () => {
    expect(people('Forfall:', 'Per Olsen', '', 'Sakliste Saksnr. Sakstittel', '16/17 Tilsynsrapport').map((p) => p.name)).toEqual(['Per Olsen']);
    expect(people('Forfall:', 'Per Olsen', '', 'SAKSLISTE', '16/17 Tilsynsrapport').map((p) => p.name)).toEqual(['Per Olsen']);
  });

  it('reads a run-in list on the label line', () => {
    expect(people('Fra sekretariatet møtte: Øyvind Såtvedt, Mari Strømsvåg').map((p) => [p.name, p.roles])).toEqual([
      ['Øyvind Såtvedt', ['secretary']],
      ['Mari Strømsvåg', ['secretary']],
    ]);
  });

  it('reads a NAVN table with tab cells, skipping the header row', () => {
    const found = people('Frammøtte:', '', 'NAVN\tKOMMUNE / REGION', 'Eli Arnkværn Bryhni (møteleder)\tHamarregionen utvikling', 'Dag Aanensen\tDrammen kommune');
    expect(found.map((p) => [p.name, p.organisation, p.roles])).toEqual([
      ['Eli Arnkværn Bryhni', 'Hamarregionen utvikling', ['chair']],
      ['Dag Aanensen', 'Drammen kommune', []],
    ]);
  });

  it('reads a Fornavn/Etternavn table into given and family names', () => {
    const found = findPeople(lines('Inviterte', '', 'Fornavn\tEtternavn\tOrganisasjon', 'Camilla\tHåltøm\tLørenskog kommune'), () => false).people;
    expect(found.map((p) => [p.name, p.givenName, p.familyName, p.organisation, p.invited])).toEqual([['Camilla Håltøm', 'Camilla', 'Håltøm', 'Lørenskog kommune', true]]);
  });

  it('ends the list at text that is not a person', () => {
    expect(people('Tilstede:', 'Kari Nordmann', 'Vi startet møtet med en presentasjonsrunde av alle deltakerne.').map((p) => p.name)).toEqual(['Kari Nordmann']);
  });

  it('stops at an item heading', () => {
    const ls = lines('Tilstede:', 'Kari Nordmann', '1. Godkjenning');
    const found = findPeople(ls, (l) => l.n === 3).people;
    expect(found.map((p) => p.name)).toEqual(['Kari Nordmann']);
  });

  it('finds nobody without a label', () => {
    expect(people('Kari Nordmann', 'Ola Hansen')).toEqual([]);
  });
});

describe('one process, many documents (check, library batches)', () => {
  // attendanceLabel remembers its answers across documents; a wrapped run-in list once appended its
  // continuation line to the remembered answer, so the next document with the same label line got those names.
  const a = ['Referat styremøte', '', 'Tilstede: Kari Nordmann, Ola Hansen, Per Olsen, Anne Berg', 'Lise Dahl', '', '1. Sak en', '2. Sak to'];
  const b = ['Referat styremøte', '', 'Tilstede: Kari Nordmann, Ola Hansen, Per Olsen, Anne Berg', '', '1. Sak en', '2. Sak to'];
  const names = (doc: string[]): string[] => parse(doc.join('\n')).attendees.map((p) => p.name);

  it('a document parses the same after another that shares a label line', () => {
    const alone = names(b);
    expect(alone).toEqual(['Kari Nordmann', 'Ola Hansen', 'Per Olsen', 'Anne Berg']);
    const first = names(a);
    expect(names(b)).toEqual(alone);
    expect(names(a)).toEqual(first);
  });
});

describe('guests named by where they come from', () => {
  it.each(['Fra rektoratet:', 'Frå leiinga:', 'Tilretteleggere:'])('%s', (text) => {
    expect(mode(`${text} Kari Nordmann`)).toMatchObject({ status: 'present', roles: ['guest'] });
  });
});

describe('a semicolon for the colon (a slip, or OCR)', () => {
  it('"Til stede; A, B og C" is a list', () => {
    expect(mode('Til stede; Kari Nordmann, Ola Hansen')).toMatchObject({ status: 'present', value: 'Kari Nordmann, Ola Hansen' });
    expect(mode('Forfall; Lise Dahl')).toMatchObject({ status: 'absent', value: 'Lise Dahl' });
  });

  it('but a semicolon after running text makes no label', () => {
    expect(mode('Vi diskuterte forfall; ingen hadde meldt noe')).toBeNull();
    expect(mode('Styret er til stede; det er nok')).toBeNull();
  });
});

describe('a list label paired with the copy list\'s ("Ikkje møtt/Kopi:")', () => {
  const read = (lines: string[]): { attendees: Array<[string, string]>; invited: string[] } => {
    const r = parse(['Referat frå styremøte i Moster Grendautval.', '', 'Dato: 11.10.2018', ...lines, '', '35/18 Godkjenning av innkalling', 'Godkjent.'].join('\n'));
    return { attendees: r.attendees.map((a) => [a.name, a.status]), invited: r.invited.map((i) => i.name) };
  };

  it('the people are absent and invited (a copy of the minutes goes to them)', () => {
    expect(read(['Tilstades:', 'Gerd Nancy Notland. Leiar.', 'Ikkje møtt/Kopi:', 'Isak Grindheim. Meldt forfall.', 'Leif Arvid Ersland. Styremedlem.'])).toEqual({
      attendees: [
        ['Gerd Nancy Notland', 'present'],
        ['Isak Grindheim', 'absent'],
        ['Leif Arvid Ersland', 'absent'],
      ],
      invited: ['Isak Grindheim', 'Leif Arvid Ersland'],
    });
    expect(read(['Tilstede: Gerd Nancy Notland', 'Kopi/forfall: Kari Moe, Per Olsen'])).toEqual({
      attendees: [
        ['Gerd Nancy Notland', 'present'],
        ['Kari Moe', 'absent'],
        ['Per Olsen', 'absent'],
      ],
      invited: ['Kari Moe', 'Per Olsen'],
    });
  });
  it('a copy list alone, or paired with no list label, invites only; an absence list alone invites nobody', () => {
    expect(read(['Tilstede: Gerd Nancy Notland', 'Kopi til: Kari Moe, Per Olsen'])).toEqual({ attendees: [['Gerd Nancy Notland', 'present']], invited: ['Kari Moe', 'Per Olsen'] });
    expect(read(['Tilstede: Gerd Nancy Notland', 'Kopi/vedlegg: Kari Moe, Per Olsen'])).toEqual({ attendees: [['Gerd Nancy Notland', 'present']], invited: ['Kari Moe', 'Per Olsen'] });
    expect(read(['Tilstede: Gerd Nancy Notland', 'Forfall: Kari Moe, Per Olsen'])).toEqual({
      attendees: [
        ['Gerd Nancy Notland', 'present'],
        ['Kari Moe', 'absent'],
        ['Per Olsen', 'absent'],
      ],
      invited: [],
    });
  });
});

describe('a list of who is to take part in another event ("Deltakarar til prioriteringsverkstad:")', () => {
  it.each(['Deltakarar til prioriteringsverkstad:', 'Forfall til dugnaden: Kari Moe', 'Deltakere til kurset i mars:'])('%s is no attendance label', (text) => {
    expect(attendanceLabel(text)).toBeNull();
  });
  it.each(['Deltakere til årsmøtet:', 'Ikke til stede: Kari Moe', 'Tilstede til kl 19: Kari Moe', 'Møtt til sak 5: Kari Moe', 'Deltakere til styremøtet i mars:', 'Kopi til: Kari Moe'])('%s still is', (text) => {
    expect(attendanceLabel(text)).not.toBeNull();
  });
  it('its people are not attendees', () => {
    const doc = ['# Oppfølgingsmøte', '', 'Dato: 4. desember 2025', '', '**Deltakarar:** Rita, Bastian, Are', '', '## 1. Status', '', '**Deltakarar til prioriteringsverkstad:**', '- Medlemsavdelinga', '- Julia', '- Eventuelt Torill'];
    expect(parse(doc.join('\n')).attendees.map((a) => a.name)).toEqual(['Rita', 'Bastian', 'Are']);
  });
});
