/**
 * Two more layouts, constructed (not from the corpus): a Nynorsk årsmøteprotokoll (decisions in
 * Nynorsk, role lines inside an item, time in the Dato field) and a Markdown styremøte of a
 * housing cooperative (bold labels, "Sak 1/24" headings, an action with Ansvar and Frist).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const ARSMOTE = `PROTOKOLL FRÅ ÅRSMØTET I SKJOLDEN IDRETTSLAG

Dato: Tysdag 14. mars 2023, kl. 19.00
Stad: Klubbhuset

Til stades: 23 medlemmer med stemmerett.

Sak 1 Opning og godkjenning av innkalling
Leiar Marit Skjolden opna møtet. Innkallinga vart godkjend.

Sak 2 Val av møteleiar, skrivar og to til å skrive under protokollen
Møteleiar: Olav Bakke
Skrivar: Ingrid Haugen
Til å skrive under: Nils Ree og Berit Lie
Vedtak: Samrøystes vald.

Sak 3 Årsmelding
Årsmeldinga vart gjennomgått og teken til vitande.

Sak 4 Rekneskap
Rekneskapen viste eit overskot på kr 12 300. Samrøystes godkjend.

Sak 5 Val
Følgjande vart valde:
Leiar: Marit Skjolden (attval)
Kasserar: Per Dale (ny)

Møtet vart heva kl. 21.15.

Ingrid Haugen
skrivar
`;
const BORETTSLAG = `# Referat styremøte Solbakken borettslag

**Dato:** 5. februar 2024
**Sted:** Styrerommet
**Til stede:** Hanne Moe (styreleder), Jon Berg, Kari Sund, Lars Vik
**Forfall:** Eva Lund
**Referent:** Kari Sund

## Sak 1/24 Godkjenning av innkalling og dagsorden

Godkjent.

## Sak 2/24 Vedlikehold av tak

Styret har mottatt tre tilbud. Styret vedtok å gå videre med tilbudet fra Takservice AS.

Ansvar: Jon Berg. Frist: 1. mars 2024

## Sak 3/24 Dugnad

Dugnad settes til 20. april. Lars lager oppslag.

## Sak 4/24 Eventuelt

Ingen saker.

Neste møte: 4. mars 2024
`;

describe('a Nynorsk årsmøteprotokoll', () => {
  const doc = parse(ARSMOTE);
  it('is a protokoll in Nynorsk with the time from the Dato field and the end from "Møtet vart heva"', () => {
    expect([doc.kind, doc.language]).toEqual(['protokoll', 'nn']);
    expect(doc.meeting).toMatchObject({ date: '2023-03-14', start: '19:00', end: '21:15', location: 'Klubbhuset' });
  });
  it('reads Nynorsk decisions, also after role lines inside the item; an election\'s results are decisions', () => {
    expect(doc.items.map((i) => i.decisions.map((d) => d.text))).toEqual([
      ['Innkallinga vart godkjend.'],
      ['Samrøystes vald.'],
      ['Årsmeldinga vart gjennomgått og teken til vitande.'],
      ['Samrøystes godkjend.'],
      ['Leiar: Marit Skjolden (attval)', 'Kasserar: Per Dale (ny)'],
    ]);
  });
  it('takes the meeting\'s chair and minute-taker from the role lines', () => {
    expect(doc.attendees.map((a) => [a.name, a.roles])).toEqual([
      ['Olav Bakke', ['chair']],
      ['Ingrid Haugen', ['minutes']],
    ]);
  });
});

describe('a Markdown styremøte', () => {
  const doc = parse(BORETTSLAG);
  it('reads bold labels for date, place and people', () => {
    expect(doc.meeting).toMatchObject({ date: '2024-02-05', location: 'Styrerommet' });
    expect(doc.attendees.map((a) => [a.name, a.status, a.roles])).toEqual([
      ['Hanne Moe', 'present', ['chair']],
      ['Jon Berg', 'present', []],
      ['Kari Sund', 'present', ['minutes']],
      ['Lars Vik', 'present', []],
      ['Eva Lund', 'absent', []],
    ]);
  });
  it('reads an action from "Ansvar: X. Frist: D" on the line after the sentence it belongs to', () => {
    expect(doc.items[1]!.actions).toMatchObject([
      { text: 'Styret vedtok å gå videre med tilbudet fra Takservice AS.', responsible: 'Jon Berg', due: '2024-03-01' },
    ]);
  });
  it('keeps "Sak 1/24" numbers as printed', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['1/24', '2/24', '3/24', '4/24']);
  });
});

describe("a web page's own matter above the title", () => {
  const page = (top: string) =>
    parse(
      `${top}\n\nKoronavirus - informasjon og vaksinering\n\nLes mer\n\nKontrastverktøy\n\n18.08.09\n\nMøtereferat Ungdomsrådet\n\n` +
        'Ungdomsrådsmøte 18.08.09\nTilstede: Karoline Moe, Vanja Lie.\n\n1. Demokratimesterskapet\nVi lager oppslag.\n\n2. Vedtekter\nVedtak: Vedtektene tas opp til evaluering.\n',
    );
  it('a news ticker\'s date and time far above the title are not the meeting\'s', () => {
    expect(page('14. januar kl. 16:39').meeting).toMatchObject({ date: '2009-08-18', start: null });
  });
  it('without it, the date under the title as before', () => {
    expect(page('Hovedmeny').meeting).toMatchObject({ date: '2009-08-18', start: null });
  });
});

describe('a field whose value the export put on the line under its label', () => {
  it('reads date, place and time from the next line, also after a blank line', () => {
    const doc = parse('Referat fra styremøte\n\nMøtedato:\n\n14. mars 2022\n\nSted:\nBygdehuset, Lia\n\nTid:\n18:00–20:30\n\nTil stede:\nKari Nordvik\nPer Olsen\n\n1. Budsjett\nBudsjettet ble vedtatt.\n');
    expect(doc.meeting).toMatchObject({ date: '2022-03-14', start: '18:00', end: '20:30', location: 'Bygdehuset, Lia' });
    expect(doc.attendees.map((a) => a.name)).toEqual(['Kari Nordvik', 'Per Olsen']);
  });
  it('not a label, a list or a sentence about the meeting under it', () => {
    const doc = parse('Referat fra styremøte 14. mars 2022\n\nSted:\nMøtet ble holdt på Teams\n\nTil stede:\nKari Nordvik\n\n1. Budsjett\nBudsjettet ble vedtatt.\n');
    expect(doc.meeting.location).toBe('Teams');
  });
});

describe('the outcome on the heading line', () => {
  const TEXT =
    'Referat fra styremøte 3. mai 2022\n\n1. Referat fra forrige møte — utsettes til neste møte\n2. Godkjenning av innkalling - godkjent\n' +
    '3. Brosjyre — bestilling, distribusjon\nVi bestiller 200.\n4. Møteinnkalling og sakliste godkjent utan kommentar.\n5. Vedtatt budsjett for 2022 gjennomgått\n';
  const doc = parse(TEXT);
  const at = (p: { start: { line: number; column: number }; end: { column: number } }) =>
    TEXT.split('\n')[p.start.line - 1]!.slice(p.start.column - 1, p.end.column - 1);
  it('after a dash: the title before it, the outcome a decision at its place in the line', () => {
    expect(doc.items.slice(0, 3).map((i) => [i.title, i.decisions.map((d) => d.text)])).toEqual([
      ['Referat fra forrige møte', ['utsettes til neste møte']],
      ['Godkjenning av innkalling', ['godkjent']],
      ['Brosjyre — bestilling, distribusjon', []],
    ]);
    expect(doc.items[0]!.decisions.map((d) => at(d.position))).toEqual(['utsettes til neste møte']);
  });
  it('a heading that is itself a decision sentence is one; one that opens with the verdict reports', () => {
    expect(doc.items[3]!.decisions.map((d) => d.text)).toEqual(['Møteinnkalling og sakliste godkjent utan kommentar']);
    expect(doc.items[4]!.decisions).toEqual([]);
  });
});

describe('an annual meeting: the notice that calls it, or its minutes', () => {
  const doc = (sentence: string) =>
    parse(`Årsmøte i Lia mållag\n\nTid:\n14. mars 2022 kl. 19.00\nStad:\nGrendahuset\n\n${sentence}\n\nSaklista:\n1. Godkjenning av innkalling\n2. Årsmelding\n3. Rekneskap\n`);
  it('"… kallar inn til årsmøte" is a notice (innkalling)', () => {
    expect(doc('Lia mållag kallar inn til årsmøte i grendahuset.').kind).toBe('innkalling');
  });
  it('also with words between the verb and "inn" ("kaller med dette inn til", outside set k/1008)', () => {
    expect(doc('Styret kaller med dette inn til årsmøte i Lia mållag.').kind).toBe('innkalling');
    expect(doc('Styret kallar herved inn til årsmøte.').kind).toBe('innkalling');
  });
  it.each(['Styret innkaller herved til årsmøte.', 'Styret innkaller med dette til årsmøte.', 'Styret innkallar herved til årsmøte.', 'Styret kallar hermed inn til årsmøte.', 'Styret kaller derfor inn til årsmøte.', 'Styret kaller herved medlemmene inn til årsmøte.'])(
    '"%s" calls the meeting: a notice (review of 752672f)',
    (sentence) => {
      expect(doc(sentence).kind).toBe('innkalling');
    },
  );
  it('minutes that tell of the calling in the past tense stay minutes', () => {
    expect(doc('Styret kalte inn til årsmøtet i februar. Årsmeldinga vart lesen opp og vedteken.').kind).toBe('protokoll');
  });
  it('one that says it was called is the minutes (protokoll)', () => {
    expect(doc('Styret kalla inn til årsmøtet i februar. Årsmeldinga vart lesen opp og vedteken.').kind).toBe('protokoll');
  });
});

describe('a place in the lines that date the meeting', () => {
  const place = (head: string) => parse(`${head}\n\nTil stede: Kari Nordvik, Per Olsen\n\n1. Budsjett\nBudsjettet ble vedtatt.\n`).meeting.location;
  it('a town after the dated title ("… 25. oktober 2022 i Kristiansand")', () => {
    expect(place('Referat styremøte 25.10.22\n\nReferat frå styremøte i FUGO tysdag 25. oktober 2022 i Kristiansand')).toBe('Kristiansand');
  });
  it('a place after the date that opens a line ("17.11.2007 Kirkestallen ved Værnes kirke, Stjørdal")', () => {
    expect(place('Referat fra årsmøte 2007\n\n17.11.2007 Kirkestallen ved Værnes kirke, Stjørdal')).toBe('Kirkestallen ved Værnes kirke, Stjørdal');
  });
  it('not a body after "i" with no date before it, nor words that are no place', () => {
    expect(place('Referat fra styremøte i Lia vel')).toBeNull();
    expect(place('Referat\n\n17.11.2007 Kari Nordvik og Per Olsen')).toBeNull();
  });
});

describe('an election item', () => {
  const doc = parse(
    'Referat fra årsmøte 17.11.2007\n\nTil stades: Kari Nordvik, Per Olsen\n\n1. Årsmelding\nÅrsmeldinga vart vedteken.\n\n2. Valg\n' +
      'Leiar for 1 år: Lars Tønne, Ogndal\nStyremedlem for 2 år: Ellen Lie, Stod\nVaramedlem for 1 år: Bjørg Lein, Verdal\n\n' +
      '3. Eventuelt\nStyret består nå av:\n● Leder: Lars Tønne\n',
  );
  it('each "office (for a term): name" line under it is a decision, none an attendee', () => {
    expect(doc.items[1]!.decisions.map((d) => d.text)).toEqual(['Leiar for 1 år: Lars Tønne, Ogndal', 'Styremedlem for 2 år: Ellen Lie, Stod', 'Varamedlem for 1 år: Bjørg Lein, Verdal']);
    expect(doc.attendees.map((a) => a.name)).toEqual(['Kari Nordvik', 'Per Olsen']);
  });
  it('not under another item, nor a bulleted list of how the board stands', () => {
    expect(doc.items[2]!.decisions).toEqual([]);
  });
  it('a result line that is an adopted proposal is one decision, not two', () => {
    const adopted = parse(
      'Referat fra årsmøte 17.11.2007\n\nTil stades: Kari Nordvik, Per Olsen\n\n1. Valg av sekretær\nStyrets innstilling:\n' +
        'Sekretærer: Olga Ucinska, Vibeke Mehlum\nIngen andre forslag fremkom.\nVotering: Styrets innstilling enstemmig vedtatt.\n\n' +
        '2. Valg\nLeder: Lars Tønne\n',
    );
    expect(adopted.items[0]!.decisions.map((d) => d.text)).toEqual([
      'Sekretærer: Olga Ucinska, Vibeke Mehlum',
      'Styrets innstilling enstemmig vedtatt.',
    ]);
    expect(adopted.items[1]!.decisions.map((d) => d.text)).toEqual(['Leder: Lars Tønne']);
  });
});

describe('a label without a colon, its value under it', () => {
  it('"Sted" / "Møtet ble avviklet på Teams" under a letterhead: the place is Teams and those present remote', () => {
    const doc = parse(
      'Referat nr. 5, 2021\n\nOffentlig utvalg for punktskrift\nBesøksadresse: Storgata 1\nPostadresse: Postboks 2, 0204 OSLO\nE-post: post@example.no\n\nREFERAT 05/21\n\nMØTE 13.10.21\n\nSted\n\nMøtet ble avviklet på Teams\n\nTid\n\n10.00–12.00\n\nTil stede\nKari Nordvik\nPer Olsen\n\nSak 48/21 Referat\nReferatet ble godkjent.\n',
    );
    expect(doc.meeting).toMatchObject({ location: 'Teams', start: '10:00', end: '12:00' });
    expect(doc.attendees.map((a) => a.status)).toEqual(['remote', 'remote']);
  });
  it('a word alone that is no label stays text', () => {
    const doc = parse('Referat fra styremøte 14. mars 2022\n\nStedet\nBygdehuset\n\n1. Budsjett\nBudsjettet ble vedtatt.\n');
    expect(doc.meeting.location).toBeNull();
  });
});

describe('minutes without a title', () => {
  const doc = parse('Tilstede: Kari Nordvik, Per Olsen og Ola Lie.\nForfall: Eva Dahl.\n\n07 – 2022    Gjennomgang av årsmelding.\n\nÅrsmeldingen ble godkjent.\n\n17.02.22\n');
  it('a roll call of those present and those absent, and a case-numbered item, make a referat', () => {
    expect(doc.kind).toBe('referat');
    expect(doc.attendees.map((a) => [a.name, a.status])).toEqual([
      ['Kari Nordvik', 'present'],
      ['Per Olsen', 'present'],
      ['Ola Lie', 'present'],
      ['Eva Dahl', 'absent'],
    ]);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['07 – 2022', 'Gjennomgang av årsmelding']]);
  });
  it('not a list of those present alone, nor one plain numbered line', () => {
    expect(parse('Til stede var Kari Nordvik og Per Olsen.\n\nVi gikk en tur i skogen.\n').kind).toBe('unknown');
    expect(parse('Tilstede: Kari Nordvik, Per Olsen.\n\n1. Vi gikk en tur i skogen.\n').items).toEqual([]);
  });
});

describe('a lone case number', () => {
  it('continuing a label line is no item ("Vedlegg: 1/397 …" / "2/397 …")', () => {
    const doc = parse('Referat fra 11. mars 2014\nTilstede: Kari Nordvik, Per Olsen\nVedlegg: 1/397 Ferieplaner\n2/397 Referat fra møte i SAR\n\nFaste punkter:\n\nInformasjon\nIngen møter siden sist.\n');
    expect(doc.items.map((i) => i.number)).toEqual([]);
  });
});

describe('a notice written as a letter to the members', () => {
  const doc = parse(
    'Norges Hytteforbund avholder årsmøte lørdag 25. september 2021 på X Meeting Point, Hellerudsletta.\nVi starter kl.10.\n\n' +
      'Dagsorden for årsmøtet:\n1. Godkjenning av innkalling og dagsorden.\n2. Valg av møteleder og referent.\n3. Styrets årsberetning.\n',
  );
  it('"avholder årsmøte" calls the meeting: a notice, its place with the town after the comma, its start "kl.10"', () => {
    expect(doc.kind).toBe('innkalling');
    expect(doc.meeting).toMatchObject({ date: '2021-09-25', start: '10:00', location: 'X Meeting Point, Hellerudsletta' });
  });
  it('"Vel møtt" and "Velkomne til årsmøte" call it too; an agenda listed without numbers under "Sakliste :"', () => {
    const d = parse('Årsmøte 2014\n\nVelkomne til årsmøte laurdag 26. april 2014 kl 13.00.\n\nSakliste :\nGodkjenning av innkalling.\nÅrsmelding.\nVal.\nAndre saker skal liggja føre hos styret minst 14 dagar før årsmøtet, elles kan årsmøtet avvisa saka.\n\nVel møtt !\n');
    expect(d.kind).toBe('innkalling');
    expect(d.items.map((i) => [i.number, i.title, i.numberInferred])).toEqual([
      ['1', 'Godkjenning av innkalling', true],
      ['2', 'Årsmelding', true],
      ['3', 'Val', true],
    ]);
  });
  it('not minutes of an annual meeting that name the next one, nor one line under "Sakliste:"', () => {
    const d = parse('Protokoll fra årsmøte 3. mars 2022\n\nTil stede: Kari Nordvik, Per Olsen\n\nMøtet startet kl. 18.00.\n\n1. Årsmelding\nÅrsmeldingen ble godkjent.\n\n2. Eventuelt\nNeste årsmøte starter kl. 19.\n');
    expect(d.kind).toBe('protokoll');
    expect(d.meeting.start).toBe('18:00');
    expect(parse('Referat fra styremøte 3. mars 2022\n\nSakliste:\nBudsjett\n\nBudsjettet ble vedtatt.\n').items).toEqual([]);
  });
});

describe("an agency council's attendance, a person and an organisation a line", () => {
  const doc = parse(
    'Referat fra møte i rådet 3. februar 2022\n\nDeltakelse\n\nMedlemmer av Skate\n\nSteffen Sutorius, Digitaliseringsdirektoratet (Digdir)\n\n' +
      'Norunn Saure pva Mariann Hornnes, Direktoratet for e-helse (eHelse)\n\nRoar Olsen, Sikt - Kunnskapssektorens tjenesteleverandør (Sikt)\n\n' +
      'Observatør i møtet\n\nKatarina de Brisis, Kommunal- og distriktsdepartementet (KDD)\n\nSekretariat\n\nJan Sørgård, Digdir\nIsmail Özkan, Digdir\n\n' +
      'Sak 1/22 Budsjett\nVedtatt.\n\nSak 2/22 Eventuelt\nIngen saker.\n',
  );
  it('"Deltakelse", "Observatør i møtet", "Sekretariat" label the lists; "Medlemmer av Skate" is a group, no person', () => {
    expect(doc.attendees.map((a) => [a.name, a.organisation, a.roles])).toEqual([
      // The short name in parentheses stands for the organisation.
      ['Steffen Sutorius', 'Digdir', []],
      ['Norunn Saure', 'eHelse', ['deputy']],
      ['Roar Olsen', 'Sikt', []],
      ['Katarina de Brisis', 'KDD', ['guest']],
      ['Jan Sørgård', 'Digdir', ['secretary']],
      ['Ismail Özkan', 'Digdir', ['secretary']],
    ]);
    expect(doc.attendees[1]!.substituteFor).toBe('Mariann Hornnes');
  });
});

describe('a notice sent as a letter', () => {
  const doc = parse(
    'Sandnes kirkelige fellesråd\nStorgata 48 4307 SANDNES\n\nSandnes 22.11.2019\n\nInnkalling til møte i Sandnes kirkelige fellesråd\n\n' +
      'Du innkalles med dette til møte i Sandnes kirkelige fellesråd 28.11.2019 kl. 18.00 Storgata 48.\n\n' +
      'Sak 64/19 Velkommen Sak 65/19 Godkjenning av innkalling og sakliste\n\nSak 66/19 Eventuelt\n',
  );
  it('is dated by the sentence that calls the meeting, not by the letter\'s date line', () => {
    expect(doc.kind).toBe('innkalling');
    expect(doc.meeting).toMatchObject({ date: '2019-11-28', start: '18:00' });
    expect(doc.items.map((i) => i.number)).toEqual(['64/19', '65/19', '66/19']);
  });
  it('an item heading is never the title, even when it names a protocol', () => {
    const d = parse(
      'Sak STY 30/03 Godkjenning av protokoll fra styremøte nr. 02/03 Sak STY 31/03 Økonomi\n\nSTYREMØTE NR 03/03\nTid: Tirsdag 27. mai 2003\n' +
        'Saksliste:\nSak STY 28/03 Godkjenning av innkalling\nSak STY 29/03 Økonomi\n',
    );
    expect(d.title ?? '').not.toMatch(/^Sak STY 30/);
    expect([d.kind, d.items.map((i) => i.number)]).toEqual(['sakskart', ['STY 28/03', 'STY 29/03']]);
  });
});

describe('smaller shapes from outside minutes', () => {
  it('"Sak 80 (2017-18): …" then "81: …", "82: …": the first item written out, the others shortened', () => {
    const doc = parse('Referat fra styremøte 19.2.2018\n\nSak 80 (2017-18): Godkjenning av dagsorden\nVedtak: Dagsorden godkjent\n\n81: Godkjenning av referat\nVedtak: Referatet godkjennes.\n\n82: Økonomi\nVedtak: Tatt til orientering.\n\n83: Areal\nMålt til 1580 kvm.\n');
    expect(doc.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      ['80', 'Godkjenning av dagsorden', ['Dagsorden godkjent']],
      ['81', 'Godkjenning av referat', ['Referatet godkjennes.']],
      ['82', 'Økonomi', ['Tatt til orientering.']],
      ['83', 'Areal', []],
    ]);
  });
  it('"Møtestart kl. 12.00" starts the meeting; "énstemmig" reads as "enstemmig"', () => {
    const doc = parse('Referat fra årsmøte 31. juli 2010 på Arnheim.\nMøtestart kl. 12.00\n\n1. Protokoll\nProtokollen godkjennes énstemmig.\n\n2. Eventuelt\nIngen saker.\n');
    expect(doc.meeting.start).toBe('12:00');
    expect(doc.items[0]!.decisions.map((d) => d.text)).toEqual(['Protokollen godkjennes énstemmig.']);
  });
  it('a place named in full under a title that shortened it ("hos Åse" / "… hos Åse Gjefle.")', () => {
    const doc = parse('Referat fra styremøte hos Åse\n\nTirsdag 07.11.2023 kl.19.00 -22.45 hos Åse Gjefle.\n\nTil stede: Kari Nordvik, Per Olsen\n\n1. Budsjett\nVedtatt.\n\n2. Eventuelt\nIngen.\n');
    expect(doc.meeting.location).toBe('hos Åse Gjefle');
  });
  it('a list of people ends at "Sakliste Vedtakssaker"; "Sandnes-representant" names nobody', () => {
    const doc = parse('Innkalling til møte i fellesrådet 28.11.2019\n\nInnkalte:\n\nTorhild Nødland, Ludvig Bjerkreim, Sandnes-representant.\n\nSakliste Vedtakssaker\n\nSak 64/19 Velkommen\n\nSak 65/19 Eventuelt\n');
    expect(doc.invited.map((p) => p.name)).toEqual(['Torhild Nødland', 'Ludvig Bjerkreim']);
  });
});

describe('minutes whose only kind word is their "Saksliste:"', () => {
  it('are minutes when they say who was present', () => {
    const doc = parse('Styremøte 10.01.11\n\nTilstede: Jorunn S. Karlsen, Gunnhild Andreassen, Per Lien og Frode Bygdnes\n\nSaksliste:\n1. Høringsuttalelse\n2. Årsmøtet\n3. Eventuelt\n\n1. Høringsuttalelse\nStyret drøftet uttalelsen.\n');
    expect(doc.kind).toBe('referat');
  });
  it('an agenda alone stays an agenda', () => {
    expect(parse('Styremøte 10.01.11\n\nSaksliste:\n1. Høringsuttalelse\n2. Årsmøtet\n3. Eventuelt\n').kind).toBe('sakskart');
  });
});

describe('short working notes in Markdown', () => {
  it('a title that names a meeting and its date, with those present, is minutes ("Lingvist-møte 27.6.2014")', () => {
    const doc = parse('Lingvist-møte 27.6.2014\n\n* Til stades: Inga, Maja, Sjur\n\nSaker:\n* overgangen til ny lingvist\n* nye taggar\n\n# overgangen til ny lingvist\n\nStillinga er lyst ut.\n\n# nye taggar\n\nInga vil ha nye taggar.\n');
    expect([doc.kind, doc.meeting.date]).toEqual(['referat', '2014-06-27']);
    expect(doc.attendees.map((a) => a.name)).toEqual(['Inga', 'Maja', 'Sjur']);
    expect(doc.items.map((i) => i.title)).toEqual(['overgangen til ny lingvist', 'nye taggar']);
  });
  it('"Til stades: alle bortsett frå Maja (ferie)": the one named is absent', () => {
    const doc = parse('Divvun-møte 1.3.2017\n\nTil stades: alle bortsett frå Maja (ferie)\n\n# Sidan sist\n\nArbeid med korpus.\n\n# Ymse\n\nIngenting.\n');
    expect(doc.attendees.map((a) => [a.name, a.status])).toEqual([['Maja', 'absent']]);
  });
  it('not a news story that mentions a meeting and a date', () => {
    expect(parse('Møte om ny skule 12. mars 2024\n\nKommunen inviterer til eit ope møte om den nye skulen. Alle er velkomne.\n').kind).toBe('unknown');
  });
});

describe('a web page that invites to an annual meeting', () => {
  const doc = parse(
    'Landsmøte 2021\n\nFrå 24. til 25. april 2021 skipar vi til landsmøte!\n\nSaklista er slik:\n' +
      '<ul><li><a href="https://example.no/1">LM 21-1 Opning (med køyreplan)</a>\n<li><a href="https://example.no/2">LM 21-2 Årsmelding</a>\n<li><a href="https://example.no/3">LM 21-3 Rekneskapen for 2020</a>\n</ul>\n',
  );
  it('is a notice, dated by the first day, its items numbered by body, year and case', () => {
    expect([doc.kind, doc.meeting.date]).toEqual(['innkalling', '2021-04-24']);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ['LM 21-1', 'Opning (med køyreplan)'],
      ['LM 21-2', 'Årsmelding'],
      ['LM 21-3', 'Rekneskapen for 2020'],
    ]);
  });
  it('an item that names a document is no title ("Godkjenning av innkalling"), nor a sentence in lower case', () => {
    const d = parse('Dato: 14.03.2012\n\nFremmøtte:\n- Kari Nordvik\n- Per Olsen\n\n## Valg av styre\nKari ble valgt.\n\n## Godkjenning av innkalling\nGodkjent. Styret sender\nut innkalling minst 14 dager før årsmøtet.\n');
    expect(d.kind).toBe('referat');
    expect(d.title ?? '').not.toMatch(/innkalling/);
  });
});

describe('an agenda list, then the proceedings under headings that restate it in words of their own', () => {
  const doc = [
    '# Møte i arbeidsgruppa - 06.03.2023',
    '',
    '## Til stede',
    '- Kari Nordmann',
    '- Ola Hansen',
    '',
    '## Agenda',
    '1. Gjennomgang av agendaen - akseptert av gruppa?',
    '2. Behandling av diskusjonstråder',
    '3. Gjennomgang av eventuelle pull-requests',
    '4. Annet/eventuelt',
    '',
    '## Referat',
    '',
    '### 1. Gjennomgang av agendaen',
    'Agenda godkjent.',
    '',
    '### 2. Behandling av diskusjonstråder',
    '1. [#6 - fødselsnummer](https://example.no/6)',
    '2. [#24 - innspill](https://example.no/24)',
    '3. [#22 - struktur](https://example.no/22)',
    '4. [#23 - organisasjon](https://example.no/23)',
    '5. [#12 - virksomhet](https://example.no/12)',
    '6. [#7 - HPR](https://example.no/7)',
    '',
    '### 3. Gjennomgang av PR',
    'Ingen nye.',
    '',
    '### 4. Annet',
    'Ingenting.',
  ];

  it('the headings are the items, titled as the agenda has them, each with its own text; the inner list is no item', () => {
    const d = parse(doc.join('\n'));
    expect(d.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Gjennomgang av agendaen - akseptert av gruppa?'],
      ['2', 'Behandling av diskusjonstråder'],
      ['3', 'Gjennomgang av eventuelle pull-requests'],
      ['4', 'Annet/eventuelt'],
    ]);
    expect(d.items[0]!.decisions.map((x) => x.text)).toEqual(['Agenda godkjent.']);
    expect(d.items[0]!.position.start.line).toBe(15);
    expect(d.items[1]!.text).toContain('#24 - innspill');
  });

  it('a word of four letters is word enough ("Valg"), and a word and its inflection are one ("budsjett", "Budsjettet")', () => {
    const other = doc.map((l) =>
      l === '2. Behandling av diskusjonstråder' ? '2. Valg' : l === '### 2. Behandling av diskusjonstråder' ? '### 2. Valg av leder' : l === '3. Gjennomgang av eventuelle pull-requests' ? '3. Budsjett 2024' : l === '### 3. Gjennomgang av PR' ? '### 3. Budsjettet' : l,
    );
    const d = parse(other.join('\n'));
    expect(d.items.map((i) => [i.number, i.title, i.position.start.line])).toEqual([
      ['1', 'Gjennomgang av agendaen - akseptert av gruppa?', 15],
      ['2', 'Valg', 18],
      ['3', 'Budsjett 2024', 26],
      ['4', 'Annet/eventuelt', 29],
    ]);
  });

  it('not when a heading shares no word with its agenda line: then the list stays the agenda', () => {
    const other = doc.map((l) => (l === '### 3. Gjennomgang av PR' ? '### 3. Kodeendringer' : l));
    const d = parse(other.join('\n'));
    expect(d.items[0]!.position.start.line).toBe(8);
  });
});

describe('minutes the title calls a referat, of an annual meeting', () => {
  const body = ['', 'Til stades: Kari Nordmann, Ola Hansen', '', '1. Godkjenning av innkalling', 'Godkjent.', '', '2. Årsmelding', 'Godkjent.'];

  it('"Referat fra årsmøte 2007" is a referat', () => {
    expect(parse(['Referat fra årsmøte 2007 i Stjørdal historielag 17.11.2007', ...body].join('\n')).kind).toBe('referat');
  });

  it('but a protokoll when protocol signers were elected, or the title says protokoll, or "Referat" stands over "Generalforsamling"', () => {
    const signed = [...body, '', '3. Valg av protokollunderskrivere', 'Kari og Ola ble valgt.'];
    expect(parse(['Referat fra årsmøte 2007 i Stjørdal historielag 17.11.2007', ...signed].join('\n')).kind).toBe('protokoll');
    expect(parse(['Årsmøteprotokoll og referat 17.11.2007', ...body].join('\n')).kind).toBe('protokoll');
    expect(parse(['Referat', 'Generalforsamling', '29. april 2012', ...body].join('\n')).kind).toBe('protokoll');
  });
});

describe('a sentence of the header that says where the meeting is held', () => {
  it('"Møtet finner sted på …", "… holder møte torsdag kl. 18 på …": the place, to the next clause', () => {
    const body = ['', 'Innkalte: Kari Nordmann, Ola Hansen', '', 'Sak 1/15 Godkjenning av innkalling', 'Sak 2/15 Budsjett'];
    expect(parse(['Innkalling til styremøte 19. januar 2015', 'Møtet finner sted på Sykehuset Levanger, møterom i Arken og starter kl. 10.', ...body].join('\n')).meeting.location).toBe('Sykehuset Levanger, møterom i Arken');
    expect(parse(['Innkalling til møte i kommunestyret 3. mars 2009', 'Kommunestyret holder møte torsdag kl. 18 på Rådhuset.', ...body].join('\n')).meeting.location).toBe('Rådhuset');
  });
  it('not "på grunn av", nor a meeting held "på" something that is no place in capitals', () => {
    const body = ['', 'Innkalte: Kari Nordmann, Ola Hansen', '', 'Sak 1/15 Godkjenning av innkalling', 'Sak 2/15 Budsjett'];
    expect(parse(['Innkalling til styremøte 19. januar 2015', 'Møtet holdes på grunn av saken om budsjettet.', ...body].join('\n')).meeting.location).toBeNull();
  });
});

describe('bold labels that head the matters of informal minutes (outside set k/1005)', () => {
  const doc = [
    '# Styremøte 9. april 2025',
    '',
    'Til stede var Ludwig, Oskar, Niamh og Peter.',
    '',
    '**Orientering:**',
    '- Listen er nå registrert i Brønnøysundregisteret.',
    '- Første steg mot bankkonto er på plass.',
    '',
    '**Valgkamp:**',
    '- Valgkampen begynner 23. april kl. 11, med debatt på U1.',
    '',
    '**Eventuelt:**',
    '- Det var diskusjoner om velferdstinget.',
  ];

  it('each bold line of its own that ends in a colon is an item, its title without the colon', () => {
    const d = parse(doc.join('\n'));
    expect(d.kind).toBe('referat');
    expect(d.items.map((i) => [i.number, i.title, i.numberInferred])).toEqual([
      ['1', 'Orientering', true],
      ['2', 'Valgkamp', true],
      ['3', 'Eventuelt', true],
    ]);
    expect(d.items[1]!.text).toContain('Valgkampen begynner');
  });

  it('not a bold label of a field, a list of people or a decision', () => {
    const d = parse(['# Styremøte 9. april 2025', '', '**Til stede:**', '- Kari Nordmann', '- Ola Hansen', '', ...doc.slice(4, 8), '**Vedtak:**', '- Budsjettet ble vedtatt som lagt fram i møtet.', '', ...doc.slice(8)].join('\n'));
    expect(d.items.map((i) => i.title)).toEqual(['Orientering', 'Valgkamp', 'Eventuelt']);
    expect(d.attendees.map((a) => a.name)).toEqual(['Kari Nordmann', 'Ola Hansen']);
  });

  it('not a bold line of seven words or more (a short title line may have eight)', () => {
    const long = ['**Økonomi, budsjett og regnskap for neste år:**', '- Stand på Blindern hver dag.', '', '**Stand, plakater og sosiale medier før valget:**', '- Ingen nye utgifter før valget.'];
    expect(parse([...doc.slice(0, 4), ...long].join('\n')).items).toEqual([]);
  });

  it.each(['**Vi ble enige om:**', '**Styret vedtok:**', '**Følgende ble diskutert:**', '**Forslag til vedtak:**', '**Innstilling:**', '**Bakgrunn:**'])(
    'not %s: a sentence that opens a list, a proposal, a case paper\'s section',
    (label) => {
      const d = parse([...doc.slice(0, 11), label, '- Det ble diskutert mye om dette i møtet.', ''].join('\n'));
      expect(d.items.map((i) => i.title)).toEqual(['Orientering', 'Valgkamp']);
    },
  );
});

describe('a page titled by its meeting, the minutes under it headed as a referat (outside set l/1102)', () => {
  const page = (...lines: string[]) => parse(['Årsmøtet 2010: Tur til Island', '', ...lines, '', 'Sak 1. Årsmelding 2008', 'Årsmeldinga vart samrøystes godkjend.', '', 'Sak 2. Rekneskap', 'Godkjend.'].join('\n')).kind;
  it('"REFERAT" over "Årsmøte i Stord sogelag 11.02.10": a referat', () => {
    expect(page('REFERAT', '', 'Årsmøte i Stord sogelag 11.02.10')).toBe('referat');
    expect(page('Referat frå årsmøte i Stord sogelag 11.02.10')).toBe('referat');
  });
  it('but a protokoll when protocol signers were elected, and not for a sentence about an earlier referat', () => {
    expect(page('REFERAT', '', 'Årsmøte i Stord sogelag 11.02.10', '', 'Kari og Per vart valde til å underskrive protokollen.')).toBe('protokoll');
    expect(page('Referat frå årsmøtet 2009 vart godkjent.')).toBe('protokoll');
    expect(page('Referat fra forrige årsmøte')).toBe('protokoll');
  });
});

describe('a notice that calls its members in the passive, with no kind in its title', () => {
  const kind = (text: string) => parse(Buffer.from(`${text}\n\nPS 1/14 Godkjenning av møteprotokoll\nPS 2/14 Budsjett\n`)).kind;
  it('"Medlemmene innkalles med dette til møte", "Medlemene vert med dette kalla inn til møte"', () => {
    expect(kind('Medlemmene innkalles med dette til møte. Varamedlemmer møter etter nærmere beskjed.')).toBe('innkalling');
    expect(kind('Medlemene vert med dette kalla inn til møte.')).toBe('innkalling');
    expect(kind('Styret blir med dette kalla inn til møte i kommunehuset.')).toBe('innkalling');
    // Without "med dette" too, and a new meeting is no later one (review).
    expect(kind('Medlemene i Lia mållag vert kalla inn til årsmøte tysdag 5. mars 2025 kl. 19.')).toBe('innkalling');
    expect(kind('Styret blir kalla inn til møte i kommunehuset.')).toBe('innkalling');
    expect(kind('Styret kaller med dette inn til nytt årsmøte 5. mars 2025.')).toBe('innkalling');
  });
  it('but minutes that say the meeting was called, or call someone to the next one, stay minutes', () => {
    expect(kind('Protokoll\n\nMøtet var kalla inn med ei vekes varsel. Til stades: Kari Dal, Ola Moe.')).not.toBe('innkalling');
    const minutes = (sentence: string) =>
      parse(Buffer.from(`Kontrollutvalget 5. mars 2025\n\nTil stede: Kari Dal, Per Moe, Ola Lie\nForfall: Liv Berg\n\nMøtet ble ledet av Kari Dal. ${sentence}\n\nPS 1/25 Godkjenning av protokoll\nProtokollen ble godkjent.\nPS 2/25 Regnskap 2024\nRegnskapet ble tatt til orientering.\n`));
    for (const s of ['Revisor kalles inn til neste møte for å orientere om regnskapet.', 'Revisor blir kalla inn til neste møte.', 'Rådmannen innkalles til neste møte.']) {
      const d = minutes(s);
      expect(d.kind).not.toBe('innkalling');
      expect(d.attendees).toHaveLength(4);
    }
  });
  it('"Referatsaker" (a case of papers received) names no kind of the document, even where it stands as the title', () => {
    const d = parse(Buffer.from('Referatsaker\n\nStyret kaller inn til møte.\n\nPS 55/14 Referatsaker\nRS 5/14 Utkast til kontrakt\nPS 56/14 Budsjett\n'));
    expect(d.kind).toBe('innkalling');
  });
});
