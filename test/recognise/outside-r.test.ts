/**
 * Rules from the eighteenth outside set (r): Markdown minutes of a student society's general meeting, each rule with
 * an input of its own and a negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { isDecisionSentence } from '../../src/recognise/decisions.js';

const GF = [
  '---',
  'title: GF 2025 Referat',
  '---',
  '',
  '**Dato**: 13.02.2025 <br />',
  '**Rom**: C2 042 <br />',
  '',
  '- Åpning av møtet',
  '  - Jakob åpner møtet 16:41',
  '- Protokoll',
  '  - Saksliste godkjent uten innvendinger',
  '- Vedtektsendringer ([fjorårets vedtekter](/Vedtekter.pdf))',
  '  - Vedtatt med 53 for, 1 mot',
  '- Innkomne saker (send inn forslag)',
  '- Avslutning',
  '',
].join('\n');

describe('Markdown minutes of a general meeting, a bulleted list of matters', () => {
  const d = parse(Buffer.from(GF));
  it('the first matter is one though a point under it names the meeting ("Jakob åpner møtet"): no title line', () => {
    expect(d.items.map((i) => i.title)).toEqual(['Åpning av møtet', 'Protokoll', 'Vedtektsendringer', 'Innkomne saker (send inn forslag)', 'Avslutning']);
  });
  it('a link in parentheses after a title points to a paper; words in parentheses that are no link stay', () => {
    expect(d.items[2]!.title).toBe('Vedtektsendringer');
    expect(d.items[3]!.title).toBe('Innkomne saker (send inn forslag)');
  });
  it('but a link that names the matter (its text capitalised) is the title\'s (review)', () => {
    const e = parse(Buffer.from(GF.replace('- Avslutning', '- Innspill til høring ([Regional plan for vannforvaltning](https://example.no/plan))\n- Avslutning')));
    expect(e.items.map((i) => i.title)).toContain('Innspill til høring (Regional plan for vannforvaltning)');
  });
  it('"Rom:" is the place', () => {
    expect(d.meeting.location).toBe('C2 042');
  });
});

describe('approvals and elections as student minutes write them', () => {
  it.each([
    'Inkalling godkjent uten innvendinger',
    'Nestleder godkjent som ordstyrer uten innvendinger',
    'Leder: Jakob Moen Bekken valgt uten motkandidat',
  ])('%s', (text) => expect(isDecisionSentence(text)).toBe(true));
  it.each(['Ingen innvendinger til forslaget om ny dato?', 'Det var ingen motkandidat til stede.'])('not: %s', (text) => expect(isDecisionSentence(text)).toBe(false));
});

describe('an empty list of those present, the papers approved under it (r/1803)', () => {
  it('"Dagsorden, sakliste og innkalling vart godkjent" names no one', () => {
    const d = parse(Buffer.from('Referat frå årsmøtet 12. juni 1999\n\nDesse møtte:\n\nDagsorden, sakliste og innkalling vart godkjent\n\nTrond Trosterud vart valt til møteleiar og referent\n\n1. Årsmelding\n2. Val\n'));
    expect(d.attendees.map((a) => a.name)).toEqual(['Trond Trosterud']);
  });
  it('but a list of names under the label stays one', () => {
    const d = parse(Buffer.from('Referat frå årsmøtet 12. juni 1999\n\nDesse møtte:\n\nKari Dal, Per Moe og Liv Berg\n\n1. Årsmelding\n2. Val\n'));
    expect(d.attendees.map((a) => a.name)).toEqual(['Kari Dal', 'Per Moe', 'Liv Berg']);
  });
});

describe('a board\'s møtebok (r/1802)', () => {
  const d = parse(Buffer.from('Styremøte 22. august 2017 - møtebok\n\nMØTEBOK\n\nSTYREMØTE – ØRSKOG I.L.\n\nTysdag 22. august 2017 kl. 19.00.\n\nØrskoghallen\n\nTil stades: Ragnar Bakken - Stine Urke - Frode Dyrkorn.\n\nForfall Stian Eidhammer (ingen vara)\n\nSak 1. Møtebok\n\nGodkjend.\n\nSak 2. Nytt frå gruppene\n'));
  it('the place under the day and hour, when the title holds the date', () => {
    expect(d.meeting).toMatchObject({ date: '2017-08-22', start: '19:00', location: 'Ørskoghallen' });
  });
  it('a colonless "Forfall" with a note in parentheses after the name', () => {
    expect(d.attendees.find((a) => a.name === 'Stian Eidhammer')?.status).toBe('absent');
  });
  it('but no place under a day and hour that the line under does not name', () => {
    const e = parse(Buffer.from('Styremøte 22. august 2017\n\nTysdag 22. august 2017 kl. 19.00.\n\nStyret diskuterte budsjettet.\n\nSak 1. Møtebok\n\nGodkjend.\n\nSak 2. Nytt\n'));
    expect(e.meeting.location).toBeNull();
  });
});

describe('under an election, an office then a name without a colon (r/1801)', () => {
  const d = parse(Buffer.from('Referat FAU møte 22.11.2022\n\nTilstades: Kari Dal, Per Moe\n\nSak 1\nVal\nLeiar: Tom Martin Hahtokari\n\nVara Susanne Aarskog\n\nVara for Kari Dal er Per Moe\n\nSak 2\nSkuleruta\nDiskutert.\n'));
  it('"Vara Susanne Aarskog" is a result, as "Leiar: Tom Martin Hahtokari" is', () => {
    expect(d.items[0]!.decisions.map((x) => x.text)).toEqual(['Leiar: Tom Martin Hahtokari', 'Vara Susanne Aarskog']);
  });
  it('not a sentence that opens with an office, nor under another item', () => {
    const e = parse(Buffer.from('Referat FAU møte 22.11.2022\n\nTilstades: Kari Dal, Per Moe\n\nSak 1\nSkuleruta\nVara Susanne Aarskog\n\nSak 2\nEventuelt\n'));
    expect(e.items[0]!.decisions).toEqual([]);
  });
});
