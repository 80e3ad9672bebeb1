import { describe, expect, it } from 'vitest';
import { blameHits } from './blame.patterns.ts';
import { blameFeatures } from './blame.features.ts';
import { phraseMatches } from './blame.phrases.ts';
import { maskPersons, personSpans } from './person-references.ts';

/**
 * The structures of issue 16's fourth round: classes of blame an unseen writer uses, not phrases. The sentences are
 * written for these tests, not taken from the labelled sets in test/fixtures/quality/.
 */
const refs = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));
const form = (s: string): string | null => blameHits(s)[0]?.form ?? null;
const families = (s: string): string[] => phraseMatches(maskPersons(s)).map((m) => m.family);
const features = (s: string): string[] => blameFeatures(s, null).map((f) => f.name);

describe('person references (round 4)', () => {
  it.each([
    ['Mrs Hughes approved the change.', 'Mrs Hughes'],
    ['Dr. Okonjo signed the discharge.', 'Dr. Okonjo'],
    ['The crew chief signed the fuel sheet.', 'The crew chief'],
    ["The bank's account manager called back at noon.", "The bank's account manager"],
    ['The contractor at the pumping station restarted the pump.', 'The contractor at the pumping station'],
    ['The firm we hired for the audit sent the report.', 'The firm'],
    ['Escalation went to compliance, who replied within the hour.', 'compliance'],
    ['Cause: dispatcher skipped the callback.', 'dispatcher'],
    ['Our DBA Kim restored the replica.', 'Our DBA Kim'],
    ['Fault: Operator K. Mensah.', 'Operator K. Mensah'],
  ])('finds the person in "%s"', (s, ref) => {
    expect(refs(s)).toContain(ref);
  });

  it.each(['The transfer switch failed at 02:00.', 'The blunder was in the template.', 'Lazy loading made each page issue two hundred queries.', 'To be fair, the queue recovered by itself.'])(
    'finds no person in "%s"',
    (s) => {
      expect(refs(s)).toEqual([]);
    },
  );
});

describe('blame by structure (round 4)', () => {
  it.each([
    // A negated quantifier over a group, then not bothering.
    ['Nobody in finance could be bothered to check the rate table.', 'failure-to'],
    ['Not a single soul in the control room lifted a finger while the queue grew.', 'failure-to'],
    // Sarcastic thanks and praise.
    ['Thanks, Ilse, for deleting the staging bucket on a Friday.', 'sarcasm'],
    ['Cheers to whoever scheduled the reindex at noon, very clever.', 'sarcasm'],
    ['Nice of the network team to finally tell us about the maintenance.', 'sarcasm'],
    ['No thanks to the courier desk, the parcels sat in the rain.', 'thanks-to-negative'],
    ['The recall notice went out a week late, thanks to legal’s inability to answer an email.', 'thanks-to-negative'],
    // Judgement in a relative clause on the person.
    ['The tariff file was loaded by someone in pricing who overlooked the effective date.', 'omission-verb'],
    ['The porter, who never checked the cold-room log, went home early.', 'failure-to'],
    // Understatement: a virtue denied.
    ['The duty pharmacist was, frankly, not thorough with the label check.', 'judgement-adjective'],
    ['The night operator was less than careful with the valve sequence.', 'judgement-adjective'],
    ['The fitter could have been a lot more careful with the torque settings.', 'should-have'],
    // What a person is like, as a noun after the possessive.
    ["The foreman's complacency left the gate unlocked.", 'possessive-judgement'],
    ["Procurement's penny-pinching bought us switches with one power supply.", 'possessive-judgement'],
    // The system cleared and a person named instead; a group always at fault.
    ['It was not the tooling that failed; it was the people using it.', 'caused-by-person'],
    ['Sales. It is always sales.', 'defiance'],
    ['It is always the same people breaking the nightly build.', 'defiance'],
    // Insinuation with a person in the text.
    ['The backup script was edited on Tuesday. Lars edited it. Draw your own conclusions.', 'sarcasm'],
    // Duties not done as told, passed over, or done by a judged person.
    ['The fitter did not torque the bolts like he was told.', 'failure-to'],
    ['The on-call is not reading the alerts like she should.', 'failure-to'],
    ['The trainee, instead of following the checklist, reseated every cable.', 'omission-verb'],
    ['A lazy contractor copied the old firewall rules.', 'judgement-adjective'],
    ['@omar could have just checked the dashboard.', 'counterfactual'],
    ['Bruno merged the hotfix without running the suite, which was already red.', 'omission-verb'],
    ['The export failed because Mrs Hughes refused to follow the new upload steps.', 'failure-to'],
    // Fault and responsibility by other frames.
    ["The spill came from a slip on Tomasz's part.", 'fault-noun'],
    ['The buck stops with the programme director, who approved the cutover.', 'sole-responsibility'],
    ["The delay is attributable solely to the courier's late pickup.", 'sole-responsibility'],
    ['We were let down by the support desk at the hosting company.', 'passive-agent'],
    ['Any half-decent dispatcher would have rerouted the ambulance.', 'should-have'],
    // Idioms whose object is a person: "threw the night crew under the bus", "left the desk out to dry".
    ['Marta threw the night crew under the bus at the review.', 'idiom'],
    ['The director left the help desk out to dry all weekend.', 'idiom'],
    ['The site went dark because the contractor took down payments for the whole region.', 'caused-by-person'],
  ])('"%s" → %s', (s, expected) => {
    expect(form(s)).toBe(expected);
  });

  it.each([
    'Nobody in finance was at fault; the rate table import had no validation.',
    'Thanks, Ilse, for restoring the staging bucket so quickly.',
    'The porter who checked the cold-room log found the fault at 03:10.',
    'The night operator was not responsive because the radio channel was down.',
    "The foreman's checklist left no room for the gate.",
    'It was not the people that failed; it was the tooling.',
    'The disk filled on Tuesday; draw your own conclusions from the graph.',
    'Responsibility for the follow-up is assigned to the storage team.',
    'Ines bypassed the lock with the written approval the procedure permits.',
    'Any competent alerting setup would have caught the memory climb.',
    'Staff at the Leeds depot kept scanning parcels by hand while the handhelds were down.',
  ])('no blame: "%s"', (s) => {
    expect(blameHits(s)).toEqual([]);
  });
});

describe('phrase families and structural features (round 4)', () => {
  it.each([
    ['Sanjay fell down on the job during the cutover.', 'idiom'],
    ['The carrier went quiet for three days.', 'idiom'],
    ['Mei rushed it and hoped for the best.', 'idiom'],
    ['Femi went through the motions on the review.', 'idiom'],
    ['Ola took it upon herself to rewrite the cron.', 'idiom'],
    ['Nobody in legal could be bothered.', 'attitude'],
    ['The engineer responsible has been spoken to.', 'accountability'],
    ['Whoever wrote this deserves to be on call for it.', 'accountability'],
    ["Dev's pager was on silent all night.", 'absence'],
    ['Kwame kept ignoring the disk alert.', 'habit'],
    ['Olu rebooted the primary at noon, really smart.', 'sarcasm'],
  ])('"%s" holds a phrase of the %s family', (s, family) => {
    expect(families(s)).toContain(family);
  });

  it('a neutral timeline entry holds no phrase of the new families', () => {
    expect(families('Priya acknowledged the page at 02:04 and opened the dashboard.')).toEqual([]);
  });

  it.each([
    ['The day crew cleared the queue in ten minutes; the night crew took two hours.', 'contrast-pair+P'],
    ['Unlike the web team, the mobile squad never reads the release notes.', 'contrast+P'],
    ['The technician who serviced the pump left the valve open. Inexcusable.', 'verdict+P'],
    ["Nadia's phone was off. We'd have shipped the fix by midnight otherwise.", 'otherwise+P'],
    ['The nurse was not attentive to the pump alarms.', 'virtue-denied+P'],
    ['Our so-called architect picked the queue.', 'judged-person'],
    ['Who signed this off? Seriously, Piet did.', 'question-exasperated+P'],
  ])('"%s" has the feature %s', (s, name) => {
    expect(features(s)).toContain(name);
  });

  it('two people doing neutral things in two clauses is not a contrast of groups', () => {
    expect(features('Maria rolled back; Tom paged the DBA.')).not.toContain('contrast-pair+P');
  });
});
