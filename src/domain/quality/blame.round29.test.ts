import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../test/support/cpu-time.ts';
import { blameHits, ruleHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/**
 * Issue 16, round 29: people named by a login handle or by how they are employed, a machine's agent noun spelled the
 * British way, and three shapes of blame (faint praise taken back, a colleague held up against the person, a guessed
 * motive). Sentences written for these tests: new names, systems and domains; each form has a positive and a negative.
 */
const people = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));
const forms = (s: string): string[] => ruleHits(s).map((h) => h.form);

describe('a login handle is a person by its clause (round 29)', () => {
  it('reads a handle that acts as a user of a shared machine does, or that a person\'s words surround', () => {
    expect(people('rpatel9 deleted the shared conda environment on Friday.')).toEqual(['rpatel9']);
    expect(people('lchen12 submitted 900 jobs without a time limit.')).toEqual(['lchen12']);
    expect(people('The outage on /data was brought to you by tkaur5.')).toEqual(['tkaur5']);
    expect(people("dfoster3's array script is why the scratch quota ran out.")).toEqual(['dfoster3']);
    expect(people('Okwame4 probably requested 64 nodes.')).toEqual(['Okwame4']);
  });
  it('keeps hosts, devices and versions (a common word before the digits) things', () => {
    expect(people('gpu07 filled its local disk with core dumps.')).toEqual([]);
    expect(people('python3 requested more memory than the node had.')).toEqual([]);
    expect(people('web02 ran out of inodes overnight.')).toEqual([]);
    expect(people('The upgrade to rocky9 failed twice.')).toEqual([]);
  });
});

describe('a worker named by how they are employed (round 29)', () => {
  it('reads "the agency driver", "a locum technician", "the seasonal worker" as people whatever they do', () => {
    expect(people('The relief driver on the Leeds run ignored the low-bridge warning.')).toEqual(['The relief driver']);
    expect(people('The whitelist was replaced by a locum technician with last year\'s file.')).toEqual(['a locum technician']);
    expect(people('The rota was overwritten by the seasonal worker.')).toEqual(['the seasonal worker']);
    expect(forms('The seasonal picker forgot to rescan the returned crates.')).not.toEqual([]);
  });
  it('keeps things after the same modifiers things', () => {
    expect(people('The relief valve opened at 09:00 as designed.')).toEqual([]);
    expect(people('The seasonal adjustment ignored the bank holiday.')).toEqual([]);
    expect(people('The temp file was overwritten by the contract parser.')).not.toContain('the contract parser');
  });
});

describe('a machine\'s agent noun spelled the British way is a machine (round 29)', () => {
  it('reads "the optimiser" as "the optimizer", and a person\'s -iser noun as a person', () => {
    expect(people('The route optimiser ignored the weight limits.')).toEqual([]);
    expect(blameHits('The optimiser did not prioritise the refrigerated load.')).toEqual([]);
    expect(people('The organiser did not book the hall.')).toEqual(['The organiser']);
  });
});

describe('faint praise taken back, a colleague held up, a guessed motive (round 29)', () => {
  it('reads admiration taken back by "in that" and a negation as sarcasm about the person\'s work', () => {
    expect(forms("Bruno's handover was wonderfully brief, in that there wasn't one.")).toEqual(['sarcasm']);
    expect(forms('The handover template was wonderfully brief, in that there was no free text.')).toEqual([]);
    expect(forms("Bruno's handover was wonderfully brief, in that it fitted on one card.")).toEqual([]);
  });
  it('reads a sentence that ends on what the person, unlike another, does not do', () => {
    expect(forms('The previous caretaker always locked the side gate at dusk, which Hamid apparently doesn\'t.')).toEqual(['contempt']);
    expect(forms('The old badge reader always logged the exit, which the new reader apparently doesn\'t.')).toEqual([]);
    expect(forms('Sara locked the side gate at dusk, which Hamid then confirmed.')).toEqual([]);
  });
  it('reads a motive guessed for a person\'s act ("presumably … just to …")', () => {
    expect(forms('Lucia presumably skipped the second count just to finish early.')).toEqual(['contempt']);
    expect(forms('Lucia skipped the second count just to finish early.')).not.toContain('contempt');
    expect(forms('The importer presumably retried just to fill the log.')).toEqual([]);
  });
});

describe('a Portuguese or Italian table row is not read by the English model (round 29)', () => {
  it('takes "o", "no", "i", "a" as the other language\'s words, and a row with an article of its own as that language', () => {
    expect(blameHits('Beatriz Lima aplica o patch no servidor', undefined, 'entry')).toEqual([]);
    expect(blameHits('Matteo Conti riavvia i nodi del cluster', undefined, 'entry')).toEqual([]);
    expect(blameHits('Inês Rocha reinicia a fila de pagamentos', undefined, 'entry')).toEqual([]);
  });
  it('still reads an English sentence with the same shared words', () => {
    expect(blameHits('Beatriz Lima ignored a warning about the patch', undefined, 'entry')).not.toEqual([]);
    expect(blameHits('I told Beatriz Lima nothing, and she ignored a second warning', undefined, 'prose')).not.toEqual([]);
  });
});

describe('routine checks and reviews told plainly are not judged by the model (round 29)', () => {
  it('reads a check of one thing against another, whoever owns the other, as routine', () => {
    expect(blameHits('Oskar compares the manifest against the carriers\' booking sheet.', undefined, 'prose')).toEqual([]);
    expect(blameHits('Oskar reconciled the float against the bank feed at close.', undefined, 'prose')).toEqual([]);
  });
  it('still judges the check when the sentence turns it into a counterfactual', () => {
    expect(blameHits('Oskar should have compared the manifest against the booking sheet.', undefined, 'prose')).not.toEqual([]);
  });
  it('reads a person who pointed out a fact about things as its finder, not its cause', () => {
    expect(blameHits('Farah pointed out that the renewal notices go to a shared mailbox nobody reads.', undefined, 'prose')).toEqual([]);
    expect(blameHits('Farah pointed out that Teodor should have renewed the certificate in March.', undefined, 'prose')).not.toEqual([]);
  });
  it('reads a demanded review of what a tool produces as a step, and of what people produce as a judgement', () => {
    expect(blameHits('Shift supervisors need to re-check every alert the scanner raises.')).toEqual([]);
    expect(blameHits('Shift supervisors need to re-check everything the apprentices merge.')).not.toEqual([]);
  });
});

describe('the round-29 readings stay linear (round 29)', () => {
  const inputs: Record<string, (n: number) => string> = {
    'handles and their acts': (n) => 'jsmith42 probably requested by akumar7 '.repeat(Math.ceil(n / 39)),
    'employment modifiers': (n) => 'the agency driver the seasonal '.repeat(Math.ceil(n / 31)),
    'admiration and "in that"': (n) => "Ana's runbook admirably simple, in that ".repeat(Math.ceil(n / 41)),
    'which and guessed motives': (n) => ', which Rui presumably skipped just to '.repeat(Math.ceil(n / 39)),
    'checks against and reviews of output': (n) => 'Oskar checks the list against Team leads need to re-check every the linter reports '.repeat(Math.ceil(n / 84)),
    'Romance articles and shared words': (n) => 'Rafael aplica o hotfix no cluster i '.repeat(Math.ceil(n / 36)),
  };
  it.each(Object.keys(inputs))('%s: t(4n)/t(n) stays near 4', (name) => {
    expect(growthRatio(inputs[name]!, (t) => personSpans(t))).toBeLessThan(12);
    expect(growthRatio(inputs[name]!, (t) => blameHits(t, undefined, 'prose'))).toBeLessThan(12);
  });
});
