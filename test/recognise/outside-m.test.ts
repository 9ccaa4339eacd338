/**
 * Layouts from the thirteenth and fourteenth outside sets (organisations no earlier set had), written small: each
 * case is the shape of a real document with other words, and a negative beside it where a rule could overreach.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import type { ReferatDocument } from '../../src/model/schema.js';
import { isDecisionSentence } from '../../src/recognise/decisions.js';
import { findDates } from '../../src/recognise/dates.js';

const titles = (text: string): string[] => parse(text).items.map((i) => i.title);
const numbersAndTitles = (doc: ReferatDocument): string[][] => doc.items.map((i) => [i.number, i.title]);
const namesAndStatus = (doc: ReferatDocument): string[][] => doc.attendees.map((a) => [a.name, a.status]);

describe('a student society\'s notice posted as Markdown', () => {
  const NOTICE =
    '---\nlayout: post\ntitle: Generalforsamling Høst 2018\n---\n' +
    'Vi ønsker igjen både nye og gamle studenter velkommen til semesterets generalforsamling!\n\n' +
    '### Saklista for generalforsamlinga\n' +
    '- Valg av møteleder, referent og protokollunderskrivere\n' +
    '- Godkjenning av innkallinga og saklista\n' +
    '- Årsberetning\n' +
    '- Generell del v. Kari Dal, oppsummering av foreningas aktivitet og framtidige planer.\n' +
    '- Økonomiretta del v. Ola Nes\n' +
    '- Godkjenning av regnskap\n' +
    '- Vedtektsendringer:\n' +
    '  - Forslag til endring av §1.1\n' +
    '- Valg av styremedlemmer\n\n' +
    '### Følgende forslag til vedtektsendringer står til generalforsamling:\n\n' +
    '#### Forslag om endring av §1.1\n> Nåværende tilstand av §1.1:\n>> _Foreningens navn er Appklubben._\n\n' +
    '> Vedtektsendring #1 Forslag #1:\n>> _Foreningens navn er Webklubben._\n\n' +
    '### Følgende stillinger skal velges på ny:\n\n- Leder\n- Nestleder\n- Webansvarlig\n- Styremedlem\n\nVel møtt!\n';
  const doc = parse(NOTICE);

  it('"Saklista for generalforsamlinga" heads the agenda; points that tell of an entry do not end it', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.numberInferred])).toEqual([
      ['1', 'Valg av møteleder, referent og protokollunderskrivere', true],
      ['2', 'Godkjenning av innkallinga og saklista', true],
      ['3', 'Årsberetning', true],
      ['4', 'Godkjenning av regnskap', true],
      ['5', 'Vedtektsendringer', true],
      ['6', 'Valg av styremedlemmer', true],
    ]);
  });

  it('"velkommen til semesterets generalforsamling" welcomes to the meeting: a notice, though its agenda elects signers', () => {
    expect(doc.kind).toBe('innkalling');
    expect(doc.meeting.date).toBeNull();
  });

  it('minutes that welcomed to the meeting stay minutes', () => {
    const minutes = parse(
      'Generalforsamling 2018\n\nLeder ønsket velkommen til semesterets generalforsamling.\n\nTil stede: Kari Dal, Ola Nes\n\n' +
        '1. Valg av møteleder\nKari Dal ble valgt.\n\n2. Årsberetning\nÅrsberetningen ble godkjent.\n',
    );
    expect(minutes.kind).toBe('protokoll');
  });

  it('a review: "Saker til neste møte" stays a heading of minutes; a note with a label ends a list', () => {
    expect(
      titles('Referat fra styremøte 3. mars 2022\n\nTil stede: Kari Dal, Ola Nes\n\nØkonomi\nØkonomien er god.\n\nDugnad\nDugnaden blir 3. mai.\n\nSaker til neste møte\nVi tar opp vedlikehold.\n'),
    ).toEqual(['Økonomi', 'Dugnad', 'Saker til neste møte']);
    expect(
      titles(
        'Innkalling til årsmøte 3. mars 2022\n\nSaksliste:\n- Godkjenning av innkalling.\n- Årsmelding.\n- Regnskap.\n- Valg.\n' +
          '- NB: forslag til styret innen 1. mars, jf. vedtektene § 5.\n- Kaffe og vafler etter møtet.\n',
      ),
    ).toEqual(['Godkjenning av innkalling', 'Årsmelding', 'Regnskap', 'Valg']);
  });

  it('a heading that names another thing is no agenda heading, and a list ends at a point that no title follows', () => {
    expect(titles('Referat fra styremøte 3. mars 2022\n\nSaksliste for neste møte:\nBudsjett\n\nBudsjettet ble vedtatt.\n')).toEqual([]);
    expect(
      titles(
        'Innkalling til årsmøte 3. mars 2022\n\nSaksliste:\n- Årsmelding\n- Regnskap\n- Styret har i år hatt mange møter, og vi takker alle for innsatsen.\n- Vi minner om kontingenten.\n',
      ),
    ).toEqual(['Årsmelding', 'Regnskap']);
  });
});

describe('case numbers with the meeting or the part of the agenda in them', () => {
  it('"O-sak 1/3/19", "S 1/3/19": case, meeting and year, the prefix as written', () => {
    const doc = parse(
      'Protokoll fra instituttstyremøte 27. mai 2019\n\nTil stede: Kari Dal, Ola Nes\n\n' +
        "O-sak 1/3/19 - Endringer i arbeidspliktregnskapet\nStyret tok saken til orientering.\n\n" +
        'S 1/3/19 - Utpeking av to til å undertegne protokollen\nVedtak: Kari Dal og Ola Nes.\n\n' +
        'S 2/3/19 - Møteplan høsten 2019\nVedtak: Møteplanen vedtas.\n',
    );
    expect(numbersAndTitles(doc)).toEqual([
      ['O-sak 1/3/19', 'Endringer i arbeidspliktregnskapet'],
      ['S 1/3/19', 'Utpeking av to til å undertegne protokollen'],
      ['S 2/3/19', 'Møteplan høsten 2019'],
    ]);
  });

  it('"S 7.1/07" … "S 8.1/07" on one flattened page: each part numbered from 1, the parts\' headings cut off', () => {
    const doc = parse(
      '1 Protokoll frå styremøtet i rådet 13. september 2007 Til stades: Ola Berg, Tora Dal Møtestad: Oslo Sakliste: ' +
        'Vedtakssaker S 7.1/07 Protokoll frå styremøtet 3. mai 2007 S 7.2/07 Rekneskap per 31. juli 2007 ' +
        'S 7.3/07 Budsjettet (gjord til vedtakssak på møtet) Informasjonssaker S 8.1/07 Verksemdsplanen, status ' +
        'S 8.2/07 Personalsaker S 8.3/07 Annan informasjon\n',
    );
    expect(numbersAndTitles(doc)).toEqual([
      ['S 7.1/07', 'Protokoll frå styremøtet 3. mai 2007'],
      ['S 7.2/07', 'Rekneskap per 31. juli 2007'],
      ['S 7.3/07', 'Budsjettet (gjord til vedtakssak på møtet)'],
      ['S 8.1/07', 'Verksemdsplanen, status'],
      ['S 8.2/07', 'Personalsaker'],
      ['S 8.3/07', 'Annan informasjon'],
    ]);
  });

  it('not a page ("S 12 Budsjett"), nor a lower-case s, nor a section word that is a case\'s title', () => {
    expect(titles('Referat fra styremøte 3. mars 2022\n\nS 12 Budsjett\nVi så på side 12.\n\ns 2/22 Regnskap\nOk.\n')).toEqual([]);
    expect(
      titles(
        '1 Loppa kommune Møteinnkalling Utvalg: Kommunestyret Møtested: Rådhuset Dato: 12.06.2014 Tid: 18:00 Saksliste ' +
          'PS 28/14 Orientering om nødnett PS 29/14 Referatsaker PS 30/14 Søknad om salgsbevilling PS 31/14 Eventuelt\n',
      ),
    ).toEqual(['Orientering om nødnett', 'Referatsaker', 'Søknad om salgsbevilling', 'Eventuelt']);
    // A review: a section word at the end of a case title, the numbering going on after it.
    expect(
      titles(
        '1 Møteinnkalling Utvalg: Kommunestyret Møtested: Rådhuset Dato: 12.06.2024 Tid: 18:00 Saksliste PS 2/24 Budsjett ' +
          'PS 3/24 Meldinger - Referatsaker PS 4/24 Søknad om skjenkebevilling PS 5/24 Regnskap og revisjon: Orienteringssaker ' +
          'PS 6/24 Ungdomsrådet - Politiske saker PS 7/24 Eventuelt\n',
      ),
    ).toEqual(['Budsjett', 'Meldinger - Referatsaker', 'Søknad om skjenkebevilling', 'Regnskap og revisjon: Orienteringssaker', 'Ungdomsrådet - Politiske saker', 'Eventuelt']);
  });
});

describe("a county board's protocol flattened from a PDF form", () => {
  const FORM =
    '1 PROTOKOLL Utvalg: FYLKESSTYRET Møtested: Hotell Augustin, Trondheim Møtedato: 12.10.2016 Tid: 09:00-16:00 ' +
    'Til stede: Dessuten møtte: Forfall: Arne Dal, Tarjei Berg, Grete Yri Moe perm. fra kl. 1500, Tor Lie, Børge Nes ' +
    'SAKLISTE 67/16 GODKJENNING AV INNKALLING 68/16 GODKJENNING AV SAKSLISTE 69/16 MEDLEMSUTVIKLING\n';

  it('labels whose cells were read before their run-together values: the names are the first label\'s, present', () => {
    const doc = parse(FORM);
    expect(doc.attendees.map((a) => [a.name, a.status, a.note])).toEqual([
      ['Arne Dal', 'present', null],
      ['Tarjei Berg', 'present', null],
      ['Grete Yri Moe', 'present', 'perm. fra kl. 1500'],
      ['Tor Lie', 'present', null],
      ['Børge Nes', 'present', null],
    ]);
  });

  it('the lines that go on with the list too (a review: they were dropped)', () => {
    const doc = parse('PROTOKOLL FRA STYREMØTE 16. september 2014\n\nTil stede: Forfall: Kari Dal, Ola Nes\nPer Berg\nAnne Lie\n\nSak 46/14 Budsjett\nGodkjent.\n');
    expect(namesAndStatus(doc)).toEqual([
      ['Kari Dal', 'present'],
      ['Ola Nes', 'present'],
      ['Per Berg', 'present'],
      ['Anne Lie', 'present'],
    ]);
  });

  it('not where the labels stand on lines of their own: an empty "Tilstede:" leaves the apologies absent', () => {
    const doc = parse('Referat fra styremøte 12.10.2016\n\nTilstede:\nForfall: Arne Dal, Tarjei Berg, Tor Lie\n\n1. Budsjett\nVedtatt.\n');
    expect(doc.attendees.map((a) => a.status)).toEqual(['absent', 'absent', 'absent']);
  });

  it('"Dessuten møtte:" lists guests', () => {
    const doc = parse('Protokoll fra formannskapet 12.10.2016\n\nTil stede: Arne Dal, Tarjei Berg\nDessuten møtte: Gunn Elin Flakne\n\n1. Budsjett\nVedtatt.\n');
    expect(doc.attendees.map((a) => [a.name, a.status, a.roles])).toEqual([
      ['Arne Dal', 'present', []],
      ['Tarjei Berg', 'present', []],
      ['Gunn Elin Flakne', 'present', ['guest']],
    ]);
  });
});

describe("a historical society's board minutes", () => {
  const MINUTES =
    'Styremøte 14/04-08\n\nStyremøte i historielaget måndag 14. april 2008 klokka 16.45.\n\n' +
    'Tilstades: Liv Kjønstad, Johannes Vongraven og Ola Indgaard.\n\nFormannen, Ola Indgaard ønsket vel møtt.\n\nInnkallinga godkjent.\n\n' +
    'Sak 09/08 Godkjenning av retta referat frå årsmøtet 4. mars. Vedtak: Referatet godkjent. (Sjå referat annet sted)\n\n' +
    'Sak 10/08 Forsikring av bøker\n\nLaget vil forsikre eigedelane.\n';
  const doc = parse(MINUTES);

  it('"Innkallinga godkjent." under the title approves the notice: it names no kind of this document', () => {
    expect(doc.kind).toBe('referat');
    expect(doc.attendees.map((a) => a.status)).toEqual(['present', 'present', 'present']);
  });

  it('"Vedtak:" after a heading\'s title is the item\'s text, however short', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      ['09/08', 'Godkjenning av retta referat frå årsmøtet 4. mars', ['Referatet godkjent. (Sjå referat annet sted)']],
      ['10/08', 'Forsikring av bøker', []],
    ]);
  });

  it('a welcome told in the past tense is no notice\'s welcome; a notice\'s own welcome still is', () => {
    expect(parse('Årsmøte 2014\n\nLeiaren ønskte velkomne til årsmøte.\n\nSakliste :\nGodkjenning av innkalling.\nÅrsmelding.\nRekneskap.\n').kind).not.toBe('innkalling');
    expect(parse('Årsmøte 2014\n\nVelkomne til årsmøte laurdag 26. april 2014.\n\nSakliste :\nGodkjenning av innkalling.\nÅrsmelding.\nRekneskap.\n').kind).toBe('innkalling');
  });
});

describe('a plain-text outline: headings at the margin, the text indented under them', () => {
  const OUTLINE =
    'Dato og tid\n\n  2012-03-14 19:12\n\nFremmøtte\n\n  Odin Dal\n  Erik Berg\n  Morten Lie (referent)\n\n' +
    'Forslag til vedtekter\n  1. Navn\n\n     Foreningens navn er Verkstedet.\n\n  2. Formål\n\n     Verkstedet skal være en møteplass.\n\n' +
    '  3. Medlemskap\n\n     Alle kan bli medlem.\n\n  Erik sier vedtektene høres bra ut.\n\n' +
    'Valg av styre\n\n  Det er tre kandidater til styret.\n\nGodkjenning av generalforsamling\n\n  Generalforsamlingen godkjennes.\n';

  it('the headings are the items; the articles numbered inside the first are its text', () => {
    const doc = parse(OUTLINE);
    expect(doc.items.map((i) => [i.number, i.title, i.numberInferred])).toEqual([
      ['1', 'Forslag til vedtekter', true],
      ['2', 'Valg av styre', true],
      ['3', 'Godkjenning av generalforsamling', true],
    ]);
    expect(doc.items[0]!.text).toContain('Foreningens navn er Verkstedet.');
    expect(doc.attendees.map((a) => a.name)).toEqual(['Odin Dal', 'Erik Berg', 'Morten Lie']);
  });

  it('not numbered items at the margin with their text indented, nor a document mostly at the margin', () => {
    expect(titles('Referat fra styremøte 3. mars 2022\n\n1. Budsjett\n  Budsjettet ble vedtatt.\n  Kari tar kontakt.\n\n2. Eventuelt\n  Ingen saker.\n  Neste møte i mai.\n')).toEqual(['Budsjett', 'Eventuelt']);
    expect(
      titles(
        'Referat fra styremøte 3. mars 2022\n\nTil stede: Kari Dal, Ola Nes\n\nSak 1 Budsjett\nBudsjettet ble gjennomgått i detalj.\nStyret vedtok budsjettet.\nKari sender det ut.\n\n' +
          'Sak 2 Dugnad\nDugnaden blir 3. mai.\n\nVedlegg\n  1. Budsjett 2022\n  2. Regnskap 2021\n',
      ),
    ).toEqual(['Budsjett', 'Dugnad']);
  });
});

describe('a case title that runs on after a colon', () => {
  it('in a case list the words after the colon name the matter too', () => {
    expect(
      titles(
        'Møteprotokoll formannskapet 12.05.2015\n\nTil stede: Kari Dal, Ola Nes\n\n' +
          '42/15 Budsjett 2016\nVedtatt.\n\n43/15 Ny behandling: Felles brannvesen i Indre Østfold - Indre Østfold brann og redning IKS\nVedtatt.\n\n' +
          '44/15 Forvaltningsrevisjonsrapport: Økonomiplanlegging, rapportering og styring\nTatt til orientering.\n',
      ),
    ).toEqual([
      'Budsjett 2016',
      'Ny behandling: Felles brannvesen i Indre Østfold - Indre Østfold brann og redning IKS',
      'Forvaltningsrevisjonsrapport: Økonomiplanlegging, rapportering og styring',
    ]);
  });
  it('not a sentence, an outcome or a label after it, nor informal minutes\' "1. Title: note"', () => {
    expect(
      titles('Møteprotokoll formannskapet 12.05.2015\n\n42/15 Budsjett: Formannskapet vedtok budsjettet.\n\n43/15 Regnskap: Godkjent\n\n44/15 Eventuelt: Ingen saker\n'),
    ).toEqual(['Budsjett', 'Regnskap', 'Eventuelt']);
    expect(titles('Referat fra styremøte 3. mai 2022\n\n1. Resultat fra konserten: Omsatt for 96’, overskudd ca 21’\n\n2. Eventuelt\nIngen saker.\n')).toEqual([
      'Resultat fra konserten',
      'Eventuelt',
    ]);
  });
});

describe("a road association's minutes of a board meeting by phone", () => {
  const doc = parse(
    'VEGFORENINGEN SETERVEGEN\n\n \n\nReferat fra telefonstyremøte fredag 13.03.2020.\n\n \n\n' +
      'Til stede:    Carl Chr. Mathiesen, Torill Dal, Erik Halvorsen, og Hogne Petersen.\n\n \n\n' +
      '                   Det var ikke meldt avbud fra Frode Eggan og Jan Erling Eilefstad.\n\n \n\n' +
      'Sak 1 Brøyting\nStyret vedtok å fortsette avtalen.\n',
  );
  it('"Chr." inside a name ends no sentence; those present took part by phone; a sentence below names who stayed away', () => {
    expect(namesAndStatus(doc)).toEqual([
      ['Carl Chr. Mathiesen', 'remote'],
      ['Torill Dal', 'remote'],
      ['Erik Halvorsen', 'remote'],
      ['Hogne Petersen', 'remote'],
      ['Frode Eggan', 'absent'],
      ['Jan Erling Eilefstad', 'absent'],
    ]);
  });
  it('not a meeting in a room, nor "Det var ikke meldt avbud." without names, nor a sentence far below', () => {
    const room = parse('Referat fra styremøte fredag 13.03.2020.\n\nTil stede: Kari Dal, Ola Nes.\n\nDet var ikke meldt avbud.\n\nSak 1 Brøyting\nVedtatt.\n');
    expect(namesAndStatus(room)).toEqual([
      ['Kari Dal', 'present'],
      ['Ola Nes', 'present'],
    ]);
  });
});

describe("an institute board's protocol whose decision cases were moved first", () => {
  const doc = parse(
    'Protokoll fra møte i Instituttstyret\n\nMøtet ble satt 11. februar 2014 kl. 09.15.\n\nTilstede: Kari Dal, Ola Nes.\n\n' +
      'Ordinære saker\n\nV-SAK 1 Godkjenning av dagsorden\n\nVedtakssakene ble flyttet til først i møtet.\n\nV-SAK 2 Godkjenning av protokoll\n\n' +
      'Orienteringssaker\n\nO-SAK 1 Aktuelle saker fra instituttleder\n\nDiskusjonssaker\n\nD-SAK 1 Jubileum\n\nPlanene ble gjennomgått.\n\n' +
      'Ordinære saker\n\nV-SAK 3 Regnskap 2013\n\nStyret tar regnskapet for 2013 til etterretning\n\nSaksdokumenter:\n\nRegnskapsrapport 2013\n\n' +
      'V-SAK 4 Årsplan 2014-2016\n\nÅrsplanen vedtas på sirkulasjon, med de endringsforslag som kom i møtet.\n\nSaksdokumenter:\n\nVedtatt årsplan for perioden 2014 - 2016\n',
  );
  it('a prefix left behind comes back where its numbers go on (V-SAK 2 … O-SAK 1 … V-SAK 3)', () => {
    expect(doc.items.map((i) => i.number)).toEqual(['V-SAK 1', 'V-SAK 2', 'O-SAK 1', 'D-SAK 1', 'V-SAK 3', 'V-SAK 4']);
  });
  it('"Styret tar … til etterretning" and "… vedtas på sirkulasjon" are decisions; the papers under "Saksdokumenter:" are none', () => {
    expect(doc.items.map((i) => i.decisions.map((d) => d.text))).toEqual([
      [], [], [], [], ['Styret tar regnskapet for 2013 til etterretning'], ['Årsplanen vedtas på sirkulasjon, med de endringsforslag som kom i møtet.'],
    ]);
  });
  it('not a restated agenda, nor "tar opp … til orientering"', () => {
    const restated = parse(
      'Protokoll fra møte i styret 3. mars 2014\n\nV-SAK 1 Budsjett\nV-SAK 2 Regnskap\nO-SAK 1 Status\n\nV-SAK 1 Budsjett\nVedtatt.\n\nV-SAK 2 Regnskap\nGodkjent.\n\nO-SAK 1 Status\nTatt til orientering.\n',
    );
    expect(restated.items.length).toBe(3);
    expect(parse('Referat fra styremøte 3. mars 2014\n\n1. Status\nKari tar opp saken til orientering neste gang.\n\n2. Eventuelt\nIngen saker.\n').items[0]!.decisions).toEqual([]);
  });
});

describe("a municipal committee's protocol whose next page starts with its number", () => {
  it('"2 47/15 Referatsaker": the page number before the case number is no part of it; the case lost between is inferred', () => {
    const doc = parse(
      'Møteprotokoll for formannskapet 12.05.2015\n\nSaksliste\n44/15 Kommunereformen\n45/15 Ekstra bosetting av flyktninger\n/15 Reglement for godtgjøring til folkevalgte\n\n2 47/15 Referatsaker\n',
    );
    expect(doc.items.map((i) => [i.number, i.title, i.numberInferred])).toEqual([
      ['44/15', 'Kommunereformen', false],
      ['45/15', 'Ekstra bosetting av flyktninger', false],
      ['46/15', 'Reglement for godtgjøring til folkevalgte', true],
      ['47/15', 'Referatsaker', false],
    ]);
  });
});

describe("a control committee's notice with the secretariat's proposals", () => {
  it('a sentence that reads as a decision proposes in a notice: no decision; in minutes it stays one', () => {
    const notice = parse(
      'Innkalling til møte i kontrollutvalget\n\nMøtedato: 12.02.2009 kl. 10.00\nMøtested: Rådhuset\n\nForfall meldes til sekretariatet.\n\n' +
        'Sak 1/2009 Godkjenning av protokoll fra forrige møte\nMøteprotokoll fra kontrollutvalgets møte godkjennes.\n\nSak 2/2009 Eventuelt\n',
    );
    expect(notice.kind).toBe('innkalling');
    expect(notice.items.map((i) => i.decisions.length)).toEqual([0, 0]);
    const minutes = parse(
      'Protokoll fra møte i kontrollutvalget 12.02.2009\n\nTil stede: Kari Dal, Ola Nes\n\n' +
        'Sak 1/2009 Godkjenning av protokoll fra forrige møte\nMøteprotokoll fra kontrollutvalgets møte godkjennes.\n\nSak 2/2009 Eventuelt\nIngen saker.\n',
    );
    expect(minutes.items[0]!.decisions.map((d) => d.text)).toEqual(['Møteprotokoll fra kontrollutvalgets møte godkjennes.']);
  });
});

describe('a decision with the verb before the body ("… vedtok styret å …")', () => {
  it.each([
    ['Som følge av at årsmøtet ble avlyst vedtok styret å beholde den samme kontingenten som i 2019.', true],
    ['Etter diskusjon vedtok styret enstemmig å kjøpe ny klipper.', true],
    ['I fjor vedtok styret å kjøpe klipper.', false],
    ['Hva vedtok styret at vi skulle gjøre?', false],
  ])('%s → %s', (sentence, decided) => {
    expect(isDecisionSentence(sentence)).toBe(decided);
  });
});

describe("a music society's annual meeting that opens with its officials", () => {
  it('"X ble valgt til møteleder. Y ble valgt til referent." before the agenda: present, in their roles', () => {
    const doc = parse(
      'REFERAT FRA ÅRSMØTE 2013\n\nTID: Tirsdag 23. april 2013 kl 19.30\n\nBjørn Øgaard ble valgt til møteleder. Joachim Kwetzinsky ble valgt til referent.\n' +
        'Det var 11 medlemmer til stede.\n\nDAGSORDEN:\n\n1) Velkommen\n\n2) Årsrapporten for 2012\n\nÅrsberetningen ble godkjent.\n',
    );
    expect(doc.attendees.map((a) => [a.name, a.status, a.roles])).toEqual([
      ['Bjørn Øgaard', 'present', ['chair']],
      ['Joachim Kwetzinsky', 'present', ['minutes']],
    ]);
  });
  it('not in a notice, where the same words tell who is proposed', () => {
    const notice = parse('Innkalling til årsmøte 23. april 2013\n\nStyret foreslår at Bjørn Øgaard blir valgt til møteleder.\n\nDagsorden:\n\n1) Velkommen\n\n2) Årsrapporten\n');
    expect(notice.attendees).toEqual([]);
  });
});

describe('a second review: what the later rules must leave alone', () => {
  it('an indented numbered agenda under "Behandlede saker:" is no outline', () => {
    expect(
      titles(
        'Referat fra styremøte 3. mars 2022\n\nBehandlede saker:\n    1. Budsjett\n       Budsjettet ble vedtatt.\n    2. Dugnad\n       Dugnaden blir 3. mai.\n' +
          '    3. Kontingent\n       Uendret.\nEventuelt:\n    Ingen saker.\n',
      ),
    ).toEqual(['Budsjett', 'Dugnad', 'Kontingent']);
  });
  it('a sentence after a case title\'s colon stays the item\'s text', () => {
    const doc = parse(
      'Møteprotokoll styret 12.05.2024\n\nTil stede: Kari Dal, Ola Nes\n\nSak 12/24 Godkjenning av referat: Referatet fra forrige møte godkjent\n\n' +
        'Sak 13/24 Budsjett: Styret vedtok budsjettet for 2024\n\nSak 14/24 Orientering: Daglig leder orienterte om driften\n\n' +
        'Sak 15/24 Dugnad: Ola tar kontakt med kommunen\n\nSak 16/24 Valg: Kari Nordmann som leder\n',
    );
    expect(doc.items.map((i) => i.title)).toEqual(['Godkjenning av referat', 'Budsjett', 'Orientering', 'Dugnad', 'Valg']);
  });
  it('decisions under "Vedlegg:" and "Saksdokumenter:" are still found', () => {
    const doc = parse(
      'Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Dal, Ola Nes\n\nSak 1 Budsjett\nVedlegg:\nForslag til budsjett 2024\nVedtak: Budsjettet godkjennes.\n\n' +
        'Sak 2 Årsmelding\nVedlegg:\n\nStyret godkjente årsmeldingen for 2023.\n\nSak 3 Regnskap\nSaksdokumenter:\nRegnskap 2023\nRevisjonsberetning\nRegnskapet ble godkjent.\n',
    );
    expect(doc.items.map((i) => i.decisions.map((d) => d.text))).toEqual([['Budsjettet godkjennes.'], ['Styret godkjente årsmeldingen for 2023.'], ['Regnskapet ble godkjent.']]);
  });
  it('a notice\'s "er hjertelig ønsket velkommen til årsmøte" still welcomes', () => {
    expect(parse('Årsmøte 2024\n\nAlle medlemmer er hjertelig ønsket velkommen til årsmøte torsdag 14. mars kl. 19.00.\n\nSakliste :\nGodkjenning av innkalling.\nÅrsmelding.\nRekneskap.\n').kind).toBe('innkalling');
  });
  it('numbered parts are no dates ("versjon 2.3", "delpunkt 2.3", "punkt 3.1.12"); deadlines and highlights are', () => {
    for (const line of ['Vedtektene versjon 2.3 ble lagt fram.', 'Se delpunkt 2.3 i planen.', 'Styret gikk gjennom sak 3.4.', 'jf. punkt 3.1.12', 'kapittel 2.4.10']) {
      expect(findDates(line), line).toEqual([]);
    }
    // A third review: "saker 14.3." is a deadline, "høydepunkt 17.5." a day.
    expect(findDates('Frist for innmelding av saker 14.3.')).toMatchObject([{ day: 14, month: 3 }]);
    expect(findDates('Årets høydepunkt 17.5.')).toMatchObject([{ day: 17, month: 5 }]);
  });
  it('a videomøte where someone met in the room makes no one remote; "videomøte-utstyr" is no such meeting', () => {
    const doc = parse('Referat fra videomøte i styret 3. mars 2024\n\nTil stede: Kari Nordmann (møtte fysisk på kontoret), Ola Hansen\n\nSak 1 Budsjett\nVedtatt.\n');
    expect(doc.attendees.map((a) => a.status)).toEqual(['present', 'present']);
    expect(parse('Referat fra styremøte om videomøte-utstyr 3. mars 2024\n\nTil stede: Kari Nordmann, Ola Hansen\n\nSak 1 Budsjett\nVedtatt.\n').attendees.map((a) => a.status)).toEqual(['present', 'present']);
  });
  it('"tar sikte på … til orientering" is a plan; "tar … til etterretning med …" a decision', () => {
    expect(isDecisionSentence('Styret tar sikte på å legge fram saken til orientering på årsmøtet.')).toBe(false);
    expect(isDecisionSentence('Styret tar regnskapet til etterretning med de merknader som kom fram.')).toBe(true);
  });
});

describe("a pensioners' club's annual meeting listed as topic, then what was done", () => {
  it('"2. Konstituering, Leiar Torunn vart møteleiar": the topic is the title', () => {
    const doc = parse(
      'Referat frå årsmøtet 7. februar 2024\n\nMøtet behandla vanlege årsmøtesaker:\n\n  1. Opning (ved leiar)\n  2. Konstituering, Leiar Torunn vart møteleiar, Grete skrivar\n' +
        '  3. Årsmelding, Torunn las opp\n  4. Rekneskap, Grete presenterte\n  5. Val, nemndleiar Hans la fram, alle framlegg vedtekne\n  6. Avslutning\n',
    );
    expect(doc.items.map((i) => i.title)).toEqual(['Opning (ved leiar)', 'Konstituering', 'Årsmelding', 'Rekneskap', 'Val', 'Avslutning']);
  });
  it('not a list of topics, a name set off by commas, or a task ("vurdere hva som bør …")', () => {
    expect(titles('Referat fra styremøte 3. mars 2024\n\n1. Budsjett, regnskap og revisjon\n2. Kasseraren, Berit Krogh, la fram rekneskapen\n3. Gjennomgang av rutiner, vurdere hva som bør endres\n')).toEqual([
      'Budsjett, regnskap og revisjon',
      'Kasseraren, Berit Krogh, la fram rekneskapen',
      'Gjennomgang av rutiner, vurdere hva som bør endres',
    ]);
  });
});

describe('notices posted on a club\'s web page', () => {
  it('"Du er herved invitert til årsmøte", a title spelt "Inkalling", "Møt opp!" call the meeting', () => {
    expect(parse('---\ntitle: Inkalling årsmøte velforeningen\n---\n\nDu er herved invitert til årsmøte.\n\n## Saksliste\n1. Godkjenning av innkalling\n2. Styrets beretning\n').kind).toBe('innkalling');
    expect(parse('Årsmøte i sjakklubben\nKlubblokalene, torsdag 10. april 2014, klokken 18:30\n\nMøt opp!\n\n1. Godkjenning av dagsorden.\n2. Valg av møteleder.\n3. Styrets årsberetning.\n').kind).toBe('innkalling');
  });
  it('minutes that tell the meeting was held stay minutes', () => {
    expect(parse('Årsmøte i sjakklubben 10. april 2014\n\nTil stede: Kari Dal, Ola Nes\n\nVi håper å se dere neste år.\n\n1. Godkjenning av dagsorden\nDagsorden ble godkjent.\n\n2. Valg av møteleder\nKari Dal ble valgt.\n').kind).not.toBe('innkalling');
  });
});

describe("an environmental branch's minutes: a title, a dash, then what was said", () => {
  it('cut at the first dash a sentence follows', () => {
    expect(
      titles(
        'Referat styremøte 13.01.20\n\nTilstede: Ole Dal, Bjørn Nes\n\nSak 2. Referat fra møtet om Aksjon Aqua – Vi fortsetter å delta i denne aksjonen.\n\n' +
          'Sak 3. Catskiing i Vang – vi følger med i gjennomføringen av prøveprosjektet.\n\nSak 4. Årsmøte – dato og program – Av hensyn til valg av utsending må årsmøtet holdes før 20.mars.\n\n' +
          'Sak 5. Miljøpris i Valdres? – Det må lages vedtekter for en slik pris.\n',
      ),
    ).toEqual(['Referat fra møtet om Aksjon Aqua', 'Catskiing i Vang', 'Årsmøte – dato og program', 'Miljøpris i Valdres?']);
  });
  it('not a subtitle, a question after the dash, a word after it, nor a case list', () => {
    expect(
      titles(
        'Referat fra styremøte 3. mars 2024\n\n1. Arendalsuka – vi deltar, hvem andre?\n2. Runde rundt bordet - Orientering om aktuelle saker fra medlemmene.\n3. Informasjon om koronasituasjonen – alle\n',
      ),
    ).toEqual(['Arendalsuka – vi deltar, hvem andre?', 'Runde rundt bordet - Orientering om aktuelle saker fra medlemmene', 'Informasjon om koronasituasjonen – alle']);
  });
});

describe("a parish council's protocol with the church's case prefixes", () => {
  it('"SR 2017/43" (sokneråd) and "FR 2017/48" (fellesråd) are numbers with their prefix', () => {
    const doc = parse(
      'MØTEPROTOKOLL Askvoll sokneråd 12.12.2017\n\nTil stades: Kari Dal, Ola Nes\n\nSR 2017/43 Godkjenning av innkalling og dagsorden\nSamrøystes vedteke.\n\n' +
        'SR 2017/44 Godkjenning av protokoll\nSamrøystes vedteke.\n\nFR 2017/48 Budsjettjustering desember\nSamrøystes vedteke.\n',
    );
    expect(doc.items.map((i) => i.number)).toEqual(['SR 2017/43', 'SR 2017/44', 'FR 2017/48']);
  });
});

describe("a church council's notice with a copy list in running text", () => {
  it('"Innkalling sendes også:" lists the invited; "Menighetsråd v/tone Bryn" is a person for a body', () => {
    const doc = parse(
      'INNKALLING TIL MØTE I FELLESRÅDET\n\nMøtedato: 25.04.2016 kl. 18:00\n\nInnkalte: Unni Samdal, Gunnar Andersen.\n\n' +
        'Innkalling sendes også: Eidanger menighetsråd v/tone Bryn, Porsgrunn menighetsråd v/astrid Emhjellen, Inger Auen (verneombud)\n\n' +
        'Sak 007/16 Årsmelding 2015\nSak 008/16 Budsjett\n',
    );
    expect(doc.invited.map((i) => [i.name, i.organisation])).toEqual([
      ['Unni Samdal', null],
      ['Gunnar Andersen', null],
      ['Tone Bryn', 'Eidanger menighetsråd'],
      ['Astrid Emhjellen', 'Porsgrunn menighetsråd'],
      ['Inger Auen', 'verneombud'],
    ]);
  });
});

describe('a third review: what the latest rules must leave alone', () => {
  it('titles whose words after a comma or dash are nouns, a question, or a subject without a verb stay whole', () => {
    expect(
      titles(
        'Referat fra styremøte 3. mars 2024\n\n1. Budsjett, Kari presenterte tallene\n2. Kiosk, lager og innkjøp\n3. Valg – leder, kasserer og styremedlem\n' +
          '4. Godkjenning – Referatet fra forrige møte\n5. Kontingent – Den nye satsen for 2025\n6. Utstyr – Lager og bod\n7. Hjemmeside, hvem har ansvar?\n' +
          '8. Vedlikehold – Styret ser på tilbud\n9. Rapport – Daglig leders rapport\n',
      ),
    ).toEqual([
      'Budsjett', 'Kiosk, lager og innkjøp', 'Valg – leder, kasserer og styremedlem', 'Godkjenning – Referatet fra forrige møte', 'Kontingent – Den nye satsen for 2025',
      'Utstyr – Lager og bod', 'Hjemmeside, hvem har ansvar?', 'Vedlikehold', 'Rapport – Daglig leders rapport',
    ]);
    expect(
      titles('Møteprotokoll styret 12.05.2024\n\nTil stede: Kari Dal, Ola Nes\n\nSak 3/24 Utstyr: Lager og garderobe\n\nSak 4/24 Møteplan: Alle møter høsten 2024\n\nSak 5/24 Orientering: Kari Dal\n'),
    ).toEqual(['Utstyr: Lager og garderobe', 'Møteplan: Alle møter høsten 2024', 'Orientering: Kari Dal']);
  });
  it('an older case named in passing ("PS 2/23") is no restatement', () => {
    expect(
      parse(
        'Møteprotokoll formannskapet 12.05.2024\n\nTil stede: Kari Dal, Ola Nes\n\nPS 1/24 Budsjett\nVedtatt.\n\nPS 2/24 Regnskap\nVedtatt.\n\n' +
          'RS 1/24 Referatsaker\nPS 2/23 Budsjett 2023 - oppfølging\nTatt til orientering.\n\nRS 2/24 Brev fra fylket\nTatt til orientering.\n\nPS 3/24 Eventuelt\nIngen saker.\n',
      ).items.map((i) => i.number),
    ).toEqual(['PS 1/24', 'PS 2/24', 'RS 1/24', 'RS 2/24', 'PS 3/24']);
  });
  it('two margin headings over a proposal\'s numbered articles are the items', () => {
    expect(
      titles(
        'Referat fra generalforsamling 14.03.2012\n\nValg av styre\n  Det er fem kandidater.\n  Styret ble valgt.\n\nVedtektsendringer\n  1. Navn\n     Foreningens navn er Verkstedet.\n' +
          '  2. Formål\n     Verkstedet er en møteplass.\n  3. Medlemskap\n     Alle kan bli medlem.\n',
      ),
    ).toEqual(['Valg av styre', 'Vedtektsendringer']);
  });
  it('papers ending in a full stop are still papers; a video meeting\'s "Skolens fysiske miljø" puts no one in the room', () => {
    const papers = parse('Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Dal, Ola Nes\n\nSak 1 Årsplan\nSaksdokumenter:\nVedtatt årsplan for perioden 2022 - 2024.\nGodkjent budsjett 2024.\n');
    expect(papers.items[0]!.decisions).toEqual([]);
    const video = parse('Referat fra FAU-møte (videomøte) 3. mars 2024\n\nTil stede: Kari Dal, Ola Nes\n\nSak 1 Skolens fysiske miljø\nVi ser på uteområdet.\n');
    expect(video.attendees.map((a) => a.status)).toEqual(['remote', 'remote']);
  });
  it('minutes: "ønsket de 32 fremmøtte medlemmene velkommen til årsmøte", "Vi sees til sommerfesten!"', () => {
    expect(parse('Årsmøte i Solbakken vel 2024\n\nStyreleder Kari Dal ønsket de 32 fremmøtte medlemmene velkommen til årsmøte.\n\n1. Årsmelding\nGodkjent.\n\n2. Regnskap\nGodkjent.\n').kind).not.toBe('innkalling');
    expect(parse('Årsmøte i Solbakken vel 2024\n\nLeder ønsket velkommen. Vi sees til sommerfesten!\n\n1. Årsmelding\nGodkjent.\n\n2. Regnskap\nGodkjent.\n').kind).not.toBe('innkalling');
  });
  it('"Tove Lie v/ Deloitte AS": the person first, then whom she came from', () => {
    expect(
      parse('Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Dal, Tove Lie v/ Deloitte AS, Siri Moe v/ Revisjon Midt-Norge\n\nSak 1 Regnskap\nGodkjent.\n').attendees.map((a) => [a.name, a.organisation]),
    ).toEqual([
      ['Kari Dal', null],
      ['Tove Lie', 'Deloitte AS'],
      ['Siri Moe', 'Revisjon Midt-Norge'],
    ]);
  });
});

describe("another body's cases named inside one", () => {
  it('"Sak 13/24 Referatsaker" naming "FR 14/24", "FR 15/24", then "Sak 14/24": the named ones are no items (a third review)', () => {
    const doc = parse(
      'Protokoll frå møte i sokneråd 12.12.2024\n\nTil stades: Kari Dal, Ola Nes\n\nSak 12/24 Godkjenning av innkalling\nSamrøystes vedteke.\n\n' +
        'Sak 13/24 Referatsaker\nFølgjande saker frå fellesrådet vart referert:\nFR 14/24 Budsjett 2025\nFR 15/24 Kirkegårdsplan\n\nSak 14/24 Eventuelt\nIngen saker.\n',
    );
    expect(doc.items.map((i) => i.number)).toEqual(['12/24', '13/24', '14/24']);
    expect(doc.items[1]!.text).toContain('FR 14/24 Budsjett 2025');
  });
  it('a council\'s own run of PS and RS cases stays whole', () => {
    expect(
      parse(
        'Møteprotokoll formannskapet 12.05.2024\n\nTil stede: Kari Dal, Ola Nes\n\nPS 1/24 Budsjett\nVedtatt.\n\nPS 2/24 Regnskap\nVedtatt.\n\nRS 3/24 Brev fra fylket\nTatt til orientering.\n\nPS 4/24 Eventuelt\nIngen saker.\n',
      ).items.map((i) => i.number),
    ).toEqual(['PS 1/24', 'PS 2/24', 'RS 3/24', 'PS 4/24']);
  });
});
