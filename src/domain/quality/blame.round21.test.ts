import { describe, expect, it } from 'vitest';
import { blameHits } from './blame.patterns.ts';

/**
 * Issue 16, round 21. Shapes the blame model must not judge, and forms of blame from tickets, retro documents and
 * transcribed voice memos; each with its twin. The sentences are written for these tests.
 */
const flagged = (s: string): boolean => blameHits(s).length > 0;

describe('a field label then a fragment with no English clause (round 21)', () => {
  it('does not flag a glossed foreign label and its value', () => {
    expect(flagged('Quelle (source): Export vom Empfänger CODE.')).toBe(false);
    expect(flagged('Titel (title): rapport van de ontvanger CODE.')).toBe(false);
  });

  it('still flags a person then a colon and a blaming clause', () => {
    expect(flagged('Marek (nights): should have paged the vendor an hour earlier instead of sitting on it.')).toBe(true);
  });
});

describe('a person reporting how a thing is, the description quoted (round 21)', () => {
  it('does not flag a neutral report of a machine in quotes', () => {
    expect(flagged('The dispatcher reports the radio is "dead quiet" tonight.')).toBe(false);
    expect(flagged('The driver said the brakes felt "spongy".')).toBe(false);
  });

  it('flags the quote when it is about a person', () => {
    expect(flagged('The dispatcher reports the new hire was "useless" again.')).toBe(true);
  });
});

describe('a figure explained by what a person did (round 21)', () => {
  it('does not flag a size accounted for by ordinary acts', () => {
    expect(flagged('The queue had 12,000 orders, because the merchant ran two flash sales back to back.')).toBe(false);
  });

  it('flags the reason when it judges the person', () => {
    expect(flagged('The queue had 12,000 orders, because the duty manager forgot to stagger the two flash sales.')).toBe(true);
  });
});

describe('an ID that acts like a person is a person (round 21)', () => {
  it('flags an engineer ID that skips, should have, or is the whole cause', () => {
    expect(flagged('ENG-0733 skipped the pre-change backup again.')).toBe(true);
    expect(flagged('This outage was entirely down to TECH-221.')).toBe(true);
  });

  it('does not read a change or ticket ID as a person', () => {
    expect(flagged('CHG-40017 skipped the pre-change backup step because the template had no such step.')).toBe(false);
  });
});

describe('a person as the whole cause, and acting with no one told (round 21)', () => {
  it('flags responsibility resting solely with a person, and an act with no one told', () => {
    expect(flagged('Blame for the breach rests solely with the night supervisor.')).toBe(true);
    expect(flagged('The warehouse lead swapped the label printers and told nobody.')).toBe(true);
    expect(flagged('The freezer alarm was silenced by the shift manager without telling the pharmacy.')).toBe(true);
  });

  it('does not flag a team given the fix, a cause that is a thing, or a job that told no one', () => {
    expect(flagged('Responsibility for the fix rests with the platform team.')).toBe(false);
    expect(flagged("The delay was entirely down to the carrier's backbone.")).toBe(false);
    expect(flagged('The nightly job swapped the label printers and told nobody.')).toBe(false);
    expect(flagged('The freezer alarm was silenced by the maintenance script without telling the pharmacy.')).toBe(false);
  });
});

describe('explicitly cleared people, careless words at a design, a maker’s product at fault (round 21)', () => {
  it('does not flag a lapse denied with the thing that did it', () => {
    expect(flagged("Kofi didn't miss the alarm, the siren on that bay is not wired to the panel.")).toBe(false);
  });

  it('flags the lapse turned onto the person', () => {
    expect(flagged("Kofi didn't miss the alarm, he just ignored it.")).toBe(true);
  });

  it('does not flag careless words aimed at a design, but does at a person’s', () => {
    expect(flagged('the housing on the dough line is careless design you can reach the blade without opening anything')).toBe(false);
    expect(flagged("Lena's careless design of the housing let any hand fit under it.")).toBe(true);
  });

  it("does not flag a vendor's product at fault, but does the vendor's technician who told no one", () => {
    expect(flagged("the label vendor's firmware update changed the barcode format and our scanners couldn't read it")).toBe(false);
    expect(flagged("the label vendor's technician changed the barcode format and never told us")).toBe(true);
  });
});
