import { describe, expect, it } from 'vitest';
import { blameHits, ruleHits } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/**
 * The structures of issue 16's fifth round: indirect blame (blame.forms.indirect.ts) — executives as people, understatement,
 * irony, sarcastic thanks, blame in a subordinate clause, chat register, metaphors of inattention or haste — each with a
 * hard-negative twin. The sentences are written for these tests (and joined test/fixtures/quality/tuning-4/), not taken
 * from the other labelled sets. Positives are checked on the rules alone (the structure fires, with its form); hard
 * negatives on the whole detector, the model included.
 */
const refs = (s: string): string[] => personSpans(s).map((p) => s.slice(p.start, p.end));
const ruleForm = (s: string): string | null => ruleHits(s)[0]?.form ?? null;
const flagged = (s: string): boolean => blameHits(s).length > 0;

describe('executives are person references (round 5)', () => {
  it.each([
    ["Our COO's decision to cut the DBA team came in March.", "Our COO"],
    ['The VP of sales joined the bridge.', 'The VP of sales'],
    ['The head of product signed the release note.', 'The head of product'],
    ['The founder answered the press enquiry.', 'The founder'],
    ['The CFO signed the purchase order.', 'The CFO'],
  ])('finds the person in "%s"', (s, ref) => {
    expect(refs(s)).toContain(ref);
  });

  it('an adjective ending in -er is not an agent noun ("a clever idea", "a proper fix")', () => {
    expect(refs('It was a clever idea and a proper fix.')).toEqual([]);
  });

  it('a capitalised adverb opening a clause is not a name ("Naturally, …")', () => {
    expect(refs('Naturally, the on-call engineer checked the dashboard first.')).toEqual(['the on-call engineer']);
  });
});

describe('indirect blame by structure (round 5)', () => {
  it.each([
    // An executive's decision as the cause, overruling those who warned, owning the outage.
    ["Our COO's decision to cut the DBA team two months before the sale is the real root cause here.", 'caused-by-person'],
    ["The CFO's insistence on skipping the capacity order made the second outage inevitable.", 'caused-by-person'],
    ['The board chair pushed the launch through over the safety officer’s objections.', 'defiance'],
    ['The VP of sales overruled the freeze and the release went out broken.', 'defiance'],
    ['The incident was messy, and the programme director alone owns this outage.', 'sole-responsibility'],
    // Understatement: a virtue denied by degree, not someone's finest hour, a euphemism frame.
    ['Perhaps Lucas could have been slightly more careful with the delete command.', 'should-have'],
    ['The contractor could have been a touch more thorough before signing the gas safety form.', 'should-have'],
    ["Friday night was not Tomasz's finest hour: he merged his own change and went home.", 'judgement-adjective'],
    ['The night supervisor was not at her most attentive during the second pump alarm.', 'judgement-adjective'],
    ["Anouk's load testing could charitably be described as aspirational.", 'judgement-adjective'],
    ["The reviewer's pass over the diff was, to put it kindly, a little on the light side.", 'judgement-adjective'],
    // Irony: an ironic opener, an ironic superlative, mock praise, scare quotes, an ironic adverb, a belated act welcomed.
    ['Naturally, our fearless leader approved the change from the beach.', 'sarcasm'],
    ['Predictably, the platform lead pushed the certificate rotation straight to production without a canary.', 'sarcasm'],
    ['Because obviously the best time for Sven to rotate the certificates was during the Black Friday peak.', 'sarcasm'],
    ['Brilliant move by the warehouse manager, printing the admin password on the shift rota.', 'sarcasm'],
    ['Cheers to whoever on the kiosk team thought storing the admin PIN in plain text was a smart idea.', 'sarcasm'],
    ['Whoever sized the backup window decided four hours was "generous"; the restore took nine.', 'sarcasm'],
    ['Nice to see the web team finally noticed the expired token; only took two days of failed syncs.', 'sarcasm'],
    ["oh sure, let's trust Kenji's 'quick config tidy' again, went brilliantly for the billing run last time", 'sarcasm'],
    ['Ravi "optimised" the settlement query and made it forty times slower.', 'sarcasm'],
    ["Tom helpfully deleted the 'unused' Kafka topics, including the one billing reads from.", 'sarcasm'],
    // Sarcastic thanks for an act that damaged or stalled something.
    ['Thanks ever so much, procurement, for sitting on the renewal until the licence lapsed.', 'sarcasm'],
    ['Thank you so much, facilities, for switching off the server-room cooling to save on the bill.', 'sarcasm'],
    ['A round of applause for the release manager for shipping the debug build to every store.', 'sarcasm'],
    // Blame in a subordinate clause.
    ['The outage ended once Ingrid, whose sloppy edit to the routing table started it, finally owned up.', 'possessive-judgement'],
    ['The displays went blank after a push that Viktor, ignoring the freeze he himself announced, made at rush hour.', 'omission-verb'],
    ['Service came back at 11:20, long after it should have, since Harriet kept the fix to herself for most of the morning.', 'omission-verb'],
    ['The ward was short all night, an incident which the staffing agency triggered by cancelling three shifts by text.', 'caused-by-person'],
    // Chat register.
    ["lol ok who yolo'd the helm upgrade on prod without a diff", 'idiom'],
    ['bruh the intern ran DROP TABLE on the scores db and nobody stopped him, whole season gone', 'contempt'],
    ['pretty sure it was @dev.jake again, he does this every sprint', 'caused-by-person'],
    // Metaphors of inattention or haste with a person as subject.
    ['Frankly, the release captain was napping at the helm while the migration chewed through the orders table.', 'idiom'],
    ['The site foreman has been on autopilot since the spring, and the scaffold inspection shows it.', 'idiom'],
    ['The app squad shipped the flag before the starting pistol; the feature was live before the API existed.', 'idiom'],
  ])('"%s" blames (%s)', (s, form) => {
    expect(ruleForm(s)).toBe(form);
  });

  it.each([
    // Executives doing neutral or good things.
    'The CTO approved the extra budget for a second region after the review.',
    'The VP of engineering joined the bridge at 03:10 and took notes for the timeline.',
    "The director's decision to declare a SEV-1 early made the recovery much quicker.",
    'The board approved the budget for a standby generator at the March meeting.',
    // Understatement of a system, or a person's plain fact.
    'The retry budget could have been slightly more generous, so we raised it to five.',
    "Friday night was not the scheduler's finest hour: it queued every job twice.",
    'To put it mildly, the failover runbook was out of date.',
    'The night supervisor was not at her desk when the second pump alarm sounded, because she was on the ward round the rota assigns.',
    // The same openers, sincere.
    'Naturally, the on-call engineer checked the dashboard first.',
    'The best time for Sven to rotate the certificates was the Sunday window, so we scheduled it then.',
    'Smart call by the duty manager to fail over early; the queue never filled.',
    "We adopted Lior's 'two keys' rule for deletes after the review.",
    'Whoever sized the backup window decided four hours was enough, and the restore test in May confirmed it.',
    'Kenji helpfully posted the timeline in the channel while the others worked the bridge.',
    'Thanks so much, procurement, for turning the renewal around in a day.',
    'Thank you so much, facilities, for getting the portable cooling units in before the servers throttled.',
    // Subordinate clauses that do not judge.
    'The outage ended once Ingrid, whose team maintains the routing table, found the bad entry.',
    'Viktor, following the freeze, held the push until Monday.',
    'Harriet kept the incident notes to herself until the review, as the legal hold required.',
    'The ward was short all night, an incident which the staffing agency resolved by sending two nurses from the bank.',
    // Chat without a person to blame, or with thanks or sympathy.
    'lol the staging cluster fell over again, no customer impact',
    'ty @sam for the quick revert 🙏',
    'pretty sure it was @sam who rolled it back, ask him',
    'oof, poor @dina got paged four times last night, we need to fix the rota',
    // The literal sense of the metaphors.
    'The on-call was asleep when the first page came in at 03:10 and acknowledged it four minutes later.',
    'The autopilot on the sorting line disengaged when the sensor failed.',
  ])('"%s" does not blame', (s) => {
    expect(flagged(s)).toBe(false);
  });
});
