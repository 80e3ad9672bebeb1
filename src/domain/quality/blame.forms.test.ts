import { describe, expect, it } from 'vitest';
import { blameHits, findBlame, type BlameForm } from './blame.patterns.ts';
import { personSpans } from './person-references.ts';

/**
 * One describe per form of blame (issue 16): sentences that carry it, and near misses
 * that must stay clean. The sentences are written for these tests, not taken from the
 * labelled sets in test/fixtures/quality/.
 */
const FORMS: Record<BlameForm, { blames: string[]; clean: string[] }> = {
  'should-have': {
    blames: ['Imran should have confirmed the tenant ID before running the purge.', 'The storage admin ought to have checked the quota first.'],
    clean: ['The purge job should have confirmed the tenant ID.', 'Imran should have been told that the quota had changed.'],
  },
  counterfactual: {
    blames: ['If the release engineer had bothered to read the diff, the flag would still be off.', 'Had Noor looked at the queue, the backlog would have been caught.'],
    clean: ['If the queue monitor had fired, the backlog would have been caught.', 'Had the on-call been paged earlier, recovery would have been faster.'],
  },
  'failure-to': {
    blames: ["Gustavo's failure to rotate the key exposed the bucket.", 'The night operator never acknowledged the second page.'],
    clean: ['The exporter failed to rotate its log file.', 'The night operator did not acknowledge the page because it went to a disconnected handset.'],
  },
  'possessive-judgement': {
    blames: ["Aoife's careless merge reverted the hotfix.", "The consultant's half-baked script filled the disk."],
    clean: ["Aoife's merge reverted the hotfix, as the merge tool resolves conflicts in favour of main.", "The consultant's script is attached below."],
  },
  'fault-noun': {
    blames: ['The duplicate refunds were a mistake by the payments analyst.', 'This outage is on Bruno.'],
    clean: ['The duplicate refunds were a mistake in the retry logic.', 'The mistake in the config was a missing comma.'],
  },
  'judgement-adjective': {
    blames: ['The build engineer was sloppy with the signing keys.', 'Honestly, the person who set up this cron job was incompetent.'],
    clean: ['The build engineer was on leave that week.', 'The signing process is sloppy: keys live in a shared folder.'],
  },
  'omission-verb': {
    blames: ['Kasia ignored the low-memory warning for a week.', 'The tester skipped the upgrade tests to make the release date.'],
    clean: ['Kasia ignored nothing: the warning never reached her inbox because the rule filtered it.', 'The upgrade tests were skipped by the pipeline after a config change.'],
  },
  idiom: {
    blames: ['The platform folks dropped the ball on the renewal.', 'Our shift lead was asleep at the wheel during the batch run.'],
    clean: ['The renewal process dropped the reminder when the calendar was migrated.', 'The batch run stalled at 02:00.'],
  },
  'sole-responsibility': {
    blames: ['Farid is solely responsible for the corrupted export.', 'The blame for the lost orders lies with the warehouse manager.'],
    clean: ['Farid is responsible for the export service and led the recovery.', 'No single person is responsible for this outage.'],
  },
  'wasted-time': {
    blames: ['Dana wasted an hour insisting the cache was fine.', 'We lost thirty minutes because the vendor engineer kept rebooting the wrong host.'],
    clean: ['We lost thirty minutes while the index rebuilt.'],
  },
  sarcasm: {
    blames: ['Great job, Theo, pushing an untested migration on a Friday.', 'Of course the contractor decided the live database was a good place to test.'],
    clean: ['Great job, Theo, on the quick rollback.', 'The contractor decided, with the DBA, to test on a restored copy.'],
  },
  'rhetorical-question': {
    blames: ['How could the reviewer not notice the dropped WHERE clause?', 'Who in their right mind restarts every broker at once?'],
    clean: ['How could the review tool show generated SQL?', 'Did the reviewer see the generated SQL?'],
  },
  'thanks-to-negative': {
    blames: ["Thanks to Piet's shortcut, every invoice went out twice.", 'Thanks to the intern, nobody could log in on Monday.'],
    clean: ["Thanks to Piet's runbook, the recovery was quick.", 'Thanks to the intern for spotting the duplicates.'],
  },
  'passive-agent': {
    blames: ['The audit table was truncated by a developer during a clean-up.', 'The firewall change was pushed by Selin without a review.'],
    clean: ['The audit table was restored by the DBA team from the 02:00 backup.', 'The firewall change was reviewed by two people and pushed by the pipeline.'],
  },
  'caused-by-person': {
    blames: ['The outage was caused by the junior developer.', 'Greta broke production with a config push.'],
    clean: ['The outage was caused by a race in the cache loader.', 'Greta rolled production back with a config push.'],
  },
  'human-error': {
    blames: ['Root cause: operator error.', 'The investigation found human error on the night shift.'],
    clean: ['This was not human error: the form accepted an invalid date.', 'Please stop writing "human error" as a root cause.'],
  },
  contempt: {
    blames: [
      'Our so-called architect signed off on a schema with no primary keys.',
      'Some bright spark in billing hard-coded the exchange rate.',
      'Priyanka obviously has never heard of a transaction.',
      'A more careful reviewer would have spotted the missing WHERE clause.',
      "Frankly I'm an idiot and I pasted the prod token into the public channel.",
    ],
    clean: [
      'Our architect signed off on the schema after the design review.',
      'A more careful rollout plan would have limited the blast radius.',
      'The on-call read the runbook and followed step 3.',
      'Nobody had heard of the deprecation notice because it went to an unmonitored inbox.',
    ],
  },
  defiance: {
    blames: [
      'The DBA was asked to wait for the backup and ran the migration anyway.',
      'Yet again, Lorenzo scheduled the deploy during peak hours.',
      'Karim rebooted the primary without a failover, as he has done before.',
    ],
    clean: [
      'The alert fired again at 14:10 and the on-call acknowledged it.',
      'Karim rebooted the primary after the failover completed.',
      'The job retried anyway because the queue has no dead-letter limit.',
    ],
  },
  contradicted: {
    blames: ["Oksana confirmed the backup had been verified. It hadn't been.", 'The locum promised the fridge log was filled in. It was not.'],
    clean: ['Oksana confirmed the backup had been verified. It had.', "The replica reported itself healthy. It wasn't: the lag metric was stale."],
  },
  // No rule covers these words; the model weighs judging words (AFINN) in a clause about a person.
  'judging-words': {
    blames: ['The surveyor was hopeless at reading the site plans.', 'Honestly the auditor was a disgrace during the review.', 'The pharmacist was rude and dismissive to the ward staff.'],
    clean: ['The surveyor read the site plans twice before digging.', 'The translator worked through the night to finish the launch copy.'],
  },
};

describe('blame forms', () => {
  for (const [form, { blames, clean }] of Object.entries(FORMS) as [BlameForm, { blames: string[]; clean: string[] }][]) {
    describe(form, () => {
      it.each(blames)(`flags "%s" as ${form}`, (s) => {
        const hits = blameHits(s);
        expect(hits.length).toBeGreaterThan(0);
        expect(hits.map((h) => h.form)).toContain(form);
      });
      it.each(clean)('leaves "%s" clean', (s) => {
        expect(findBlame(s)).toBeNull();
      });
    });
  }
});

// Round 36: retrained on 110 splits, the model judges a person's plain check of the cache near its bar (as it judged
// heldout's "Rosa spent half an hour confirming the alert …" in round 35); no form and no round-36 shape is in it. A
// known regression of the wasted-time twin, marked so that the fix shows. Retrained after the round's merges, it is clean
// again: a plain test.
describe('wasted-time, the neutral twin (judged by one of round 36\'s retrainings, clean after the merges)', () => {
  it('leaves "Dana spent an hour confirming the cache was healthy." clean', () => {
    expect(findBlame('Dana spent an hour confirming the cache was healthy.')).toBeNull();
  });
});

describe('clauses and rejections', () => {
  it('judges each clause on its own: a neutral person and a system counterfactual stay clean together', () => {
    expect(blameHits('Maria rolled back at 14:02 and the load balancer should have drained the node.')).toEqual([]);
  });

  it('reports every blaming clause of a sentence, each with its own range', () => {
    const s = 'Ivo forgot the flag; later the DBA dropped the ball on the restore.';
    const hits = blameHits(s);
    expect(hits.map((h) => h.form)).toEqual(['omission-verb', 'idiom']);
    expect(hits.map((h) => s.slice(h.start, h.end))).toEqual(['Ivo forgot', 'the DBA dropped the ball']);
  });

  it('does not flag a clause that sets blame up to reject it, and still flags what follows', () => {
    expect(findBlame("It's tempting to say the DBA should have known, but the lock was undocumented.")).toBeNull();
    expect(blameHits('Some said the intern ignored the banner, but the console hid it. Later the lead was careless with the keys.').map((h) => h.form)).toEqual(['judgement-adjective']);
  });

  it('treats a failure explained by a system reason as no blame, but a personal reason as blame', () => {
    expect(findBlame('The responder missed the page because the rota pointed at an old number.')).toBeNull();
    expect(findBlame('The responder missed the page because he was in a hurry to leave.')).not.toBeNull();
  });
});

describe('person references', () => {
  const refs = (s: string) => personSpans(s).map((p) => s.slice(p.start, p.end));
  it('finds names, handles, pronouns, roles and groups of people', () => {
    expect(refs('Yusra told @kim that the new SRE on the payments squad and the infra folks saw it, and she agreed.')).toEqual([
      'Yusra', '@kim', 'the new SRE on the payments squad', 'the infra folks', 'she',
    ]);
  });
  it('does not take systems, products, practices or "the team" for people', () => {
    expect(refs('Kafka and the password manager told the team that Monitoring and the scheduler were down on Monday.')).toEqual([]);
  });
});
