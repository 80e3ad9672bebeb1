import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureDocuments } from '../../../bench/quality.documents.ts';
import { DOCUMENT_SET_FLOORS } from './documents-train.floors.ts';

/**
 * documents-train (issue 16, round 6): whole post-mortems written for training in many layouts
 * (tables with DRI / Assignee / Who / Target / When columns, multi-line items with Owner: / Due:
 * lines, checkboxes with "(@name, date)", bold inline labels, setext headings, sub-heading items,
 * 5 Whys as a list, a table or "Why? / Because" pairs), linted as the CLI and server lint them and
 * held to their expected.json: every expected finding on the line a reviewer points at, no
 * forbidden one, the score in bounds. The evaluation documents are never read here.
 */
describe('documents-train', () => {
  const results = measureDocuments(new URL('../../../test/fixtures/quality/documents-train/', import.meta.url));

  it('has at least 12 documents', () => {
    expect(results.length).toBeGreaterThanOrEqual(12);
  });

  it.each(results.map((r) => [r.file, r] as const))('%s: every expected finding present, no forbidden one, score in bounds', (_file, r) => {
    expect(r.expected.filter((e) => !e.present).map((e) => e.rule)).toEqual([]);
    expect(r.forbidden.filter((f) => f.violated).map((f) => f.rule)).toEqual([]);
    expect(r.scoreHolds).toBe(true);
  });
});

/**
 * documents-train-2 (issue 16, round 7): root-cause sections in many layouts — a "Root cause:" label under a
 * heading, a bold label carrying the cause, "The root cause was …" with trigger-only contributing factors, a trigger
 * followed by the causes it let through, a declared cause with its missing safeguard, a Trigger / Why table, a root
 * cause written as a short why chain, "What broke (root cause)", a rejection of "human error" with five whys, a person
 * as the root cause under a setext heading. Surface cause by what the root cause lacks; complete causes stay clean.
 */
describe('documents-train-2', () => {
  const results = measureDocuments(new URL('../../../test/fixtures/quality/documents-train-2/', import.meta.url));

  it('has at least 10 documents', () => {
    expect(results.length).toBeGreaterThanOrEqual(10);
  });

  it.each(results.map((r) => [r.file, r] as const))('%s: every expected finding present, no forbidden one, score in bounds', (_file, r) => {
    expect(r.expected.filter((e) => !e.present).map((e) => e.rule)).toEqual([]);
    expect(r.forbidden.filter((f) => f.violated).map((f) => f.rule)).toEqual([]);
    expect(r.scoreHolds).toBe(true);
  });
});

/**
 * documents-train-3 (issue 16, round 11): a separate writer's 16 post-mortems concentrating on the families that were
 * weakest on unseen documents — blame inside documents (timeline rows, chat pastes, lessons, action items, sarcasm,
 * faint praise), action-item owners and due dates in many forms, timeline gaps explained or not, surface causes and
 * 5 Whys that end at a person — with hard negatives in every document. Not every document is right yet: the figures
 * the round reached are held as a floor (expected findings present, forbidden findings reported, score bounds held).
 */
describe('documents-train-3', () => {
  const results = measureDocuments(new URL('../../../test/fixtures/quality/documents-train-3/', import.meta.url));
  const present = results.flatMap((r) => r.expected).filter((e) => e.present).length;
  const violated = results.flatMap((r) => r.forbidden).filter((f) => f.violated).length;

  it('has 16 documents', () => {
    expect(results).toHaveLength(16);
  });

  // Bounds: 13 with round 12's models; 11 since round 13 retrained them on 27 splits. Two unlabelled items the old vague
  // model flagged ("Restarted the HL7 listener …", "Put someone on the overnight rota …") are no longer vague, and doc-08
  // and doc-11 now score 48 and 52 against their writer's 45 and 50 (doc-11 with every expected finding present). Lowered
  // by the coordinator, not by a tuner: forcing those two items back would mean a form no training set supports.
  it('holds the round-11 floor (bounds: round 13\'s models): expected findings present, forbidden ones reported, score bounds held', () => {
    // Round 15: 156 with the round's document rules on round 14's models, 155 with the models retrained on tuning-10
    // (doc-02 loses one expected finding); held at 155 by the coordinator.
    // Round 16: 156 / 0. The red of 4670239 (forbidden 2 > 1) was doc-15's detection-lag, gone now that a report posted
    // in an incident channel ("posts in #device-incidents") is a detection, and a model false alarm on doc-06's chat line,
    // gone with 2ba0e77's models.
    // Round 39 (sections): 157 -> 158 (doc-10's "was still set to" as a trigger).
    // Round 39 (merged): 158 -> 160.
    expect(present).toBeGreaterThanOrEqual(160);
    expect(violated).toBeLessThanOrEqual(0);
    // Round 19: bounds 12 -> 11, lowered by the coordinator: with the models retrained on 45 splits, doc-16 lost two false
    // blame findings (a timeline row, an action item) and now scores 57 against its writer's 55, every expected finding present.
    // Round 20: 11 -> 15 with the compounding score (doc-02, doc-08, doc-14 and doc-16 back under their writer's maximum).
    expect(results.filter((r) => r.scoreHolds).length).toBeGreaterThanOrEqual(15);
  });
});

describe.each(DOCUMENT_SET_FLOORS)('%s', (set, floor) => {
  const results = measureDocuments(new URL(`../../../test/fixtures/quality/${set}/`, import.meta.url));

  it('has 16 documents', () => {
    expect(results).toHaveLength(16);
  });

  it('holds the round-12 floor: expected findings present, forbidden ones reported, score bounds held', () => {
    expect(results.flatMap((r) => r.expected).filter((e) => e.present).length).toBeGreaterThanOrEqual(floor.present);
    expect(results.flatMap((r) => r.forbidden).filter((f) => f.violated).length).toBeLessThanOrEqual(floor.violated);
    expect(results.filter((r) => r.scoreHolds).length).toBeGreaterThanOrEqual(floor.bounds);
  });
});

/**
 * Every document set together (round 23): the totals a retraining may not lose, whichever set a model finding moves to.
 * At e5e9f66 with the retrained models: expected present 3,639 of 3,861, forbidden reported 136, fully right 248 of 454.
 * Round 23, documents: 3,685 of 3,861, forbidden 126, fully right 249 of 454.
 * Round 24 wiring, with documents-eval-26 and -27 and the models retrained: 3,916 of 4,156, forbidden 145, fully right
 * 261 of 486 (the 29 older sets 3,685 / 123 / 252).
 * Round 24, documents: 3,967 of 4,156, forbidden 136, fully right 267 of 486.
 * Round 25 wiring, with documents-eval-28 and -29 (measured once after round 24): 4,200 of 4,461, forbidden 166, fully
 * right 277 of 518.
 * Round 25, section names in six other languages and "failed over" as a recovery: 4,206 of 4,461, forbidden 161, fully
 * right 278 of 518.
 * Round 25, the next-steps section under its other names ("What's next", "How are we making incidents like this less
 * likely?"): 4,215 of 4,461, forbidden 161, fully right 278 of 518.
 * Round 25, documents (sections, lists and field blocks read by their shape in exports): 4,255 of 4,461, forbidden 151,
 * fully right 283 of 518; with a gap ending in an activity that starts then: 4,258, 151, 285.
 * Round 25, blame (the round-25 model features, same 51 splits): 4,258, 151, 286.
 * Round 26 wiring, with documents-eval-30 and -31 (measured once after round 25): 4,542 of 4,787, forbidden 169, fully
 * right 298 of 550.
 * Round 26, documents (plain-text action tables, lettered outline points, a chat's agreed actions; on the models as
 * committed before the round): 4,563, forbidden 168, fully right 301.
 * Round 26, blame (nine more training voices, the round-26 features; 6c02cce): 4,564, forbidden 161, fully right 304.
 * Round 27 wiring, with documents-eval-32 and -33 (measured once after round 26): 4,823 of 5,087, forbidden 175, fully
 * right 311 of 582.
 * Round 27, blame and documents together (the three voices trained on, their features; dates and times as people write
 * them, root causes, whys and defences in other languages, a wiki page saved as text; a041975): 4,843, forbidden 153,
 * fully right 322.
 * Round 28 wiring, with documents-eval-34 and -35 (measured once after round 27): 5,048 of 5,342, forbidden 177, fully
 * right 330 of 614.
 * Round 28, documents (readers by shape; 01724bc, the other engineer's round-28 work not yet committed): 5,087,
 * forbidden 166, fully right 334 (5,088 / 158 / 338 with their working tree).
 * Round 28, blame and documents together (18a1295): 5,088, forbidden 156, fully right 339.
 * Round 29 wiring, with documents-eval-36 and -37 (measured once after round 28): 5,344 of 5,682, forbidden 179, fully
 * right 347 of 646.
 * Round 29, a sentence in another language read by its language's blame table (blame.foreign.ts): 5,349, forbidden 179,
 * fully right 347.
 * Round 29, documents (readers by shape) with the blame voices' retraining (064e1ad): 5,431, forbidden 172, fully right 359
 * (5,432 / 172 / 358 with the other engineer's working tree; the lower held).
 * Round 29, documents and blame together (e2f517c: readers by shape, the fifty-eighth to sixtieth voices trained on):
 * 5,432, forbidden 170, fully right 358.
 * Round 30 wiring, with documents-eval-38 and -39 (measured once after round 29): 5,644 of 5,928, forbidden 186, fully
 * right 364 of 678.
 * Round 30 (documents, blame with three more voices, blame in whole documents merged and retrained, the score's
 * weakest-part hold): 5,694 of 5,928, forbidden 136, fully right 421 of 678.
 * Round 31 wiring, with documents-eval-40 and -41 (measured once after round 30): 5,970 of 6,234, forbidden 157, fully
 * right 429 of 710.
 * Round 31 (documents, blame with three more voices and tuning-12 to -15, blame in whole documents, people and machines
 * that share a name; merged and retrained): 5,991 of 6,234, forbidden 129, fully right 447 of 710.
 * Round 32 wiring, with documents-eval-42 and -43 (measured once after round 31): 6,219 of 6,492, forbidden 152, fully
 * right 456 of 742.
 * Round 32 (documents, blame with the sixty-seventh to sixty-ninth voices and tuning-16 to -19, blame in whole documents,
 * groups and posts named by what they are; merged and retrained): 6,232 of 6,492, forbidden 143, fully right 464 of 742.
 * Round 33 wiring, with documents-eval-44 and -45 (measured once after round 32): 6,444 of 6,722, forbidden 160, fully
 * right 474 of 774.
 * Round 33 (documents: approximate times in more languages, Org-mode and chat stamps, placeholders that are values,
 * gaps, a second lost part in the score): 6,459 of 6,722, forbidden 145, fully right 488 of 774; merged with the blame
 * training (92 splits) and the person nouns from WordNet, retrained: 6,464 of 6,722, forbidden 141, fully right 492 of 774.
 * Round 34 wiring, with documents-eval-46 and -47 (measured once after round 33): 6,647 of 6,955, forbidden 166, fully
 * right 497 of 806. Round 34 (documents): 6,677 of 6,955, forbidden 152, fully right 506 of 806.
 * Round 34, after the merges and retraining (the coordinator): 6,680 of 6,955, forbidden 155, fully right 505 of 806
 * (the document branch alone 6,677 / 152 / 506; the person-only predicates, the bare person shapes and six more
 * training sets moved the model's judgements both ways). Round 35 wiring, with documents-eval-48 and -49 (measured once
 * after round 34): 6,846 of 7,161, forbidden 202, fully right 513 of 838. Round 35 (documents): 6,862 of 7,161, forbidden
 * 173, fully right 515 of 838, in bounds 789.
 * Round 35, after the merges and retraining (the coordinator): 6,862 of 7,161, forbidden 174, fully right 516 of 838 (the
 * retrained model judges four neutral lines and no longer one, named in the floors above). Round 36 wiring, with
 * documents-eval-50 and -51 (measured once after round 35): 7,006 of 7,363, forbidden 229, fully right 519 of 870.
 * Round 36 (documents by shape in any language: sections, action-item columns, times, AsciiDoc tables): 7,028 of 7,363,
 * forbidden 213, fully right 523 of 870.
 * Round 36, after the merges and retraining (the coordinator): 7,029 of 7,363, forbidden 197, fully right 530 of 870, in
 * bounds 810 (the false-alarm branch's exonerations and records, with the retrained model, cleared 16 more forbidden
 * findings; every per-set floor that improved was raised to it, three let down by one and named). Round 37 wiring, with
 * documents-eval-52 and -53 (measured once after round 36): 7,178 of 7,564, forbidden 232, fully right 537 of 902.
 * Round 37 (document precision): 7,178 of 7,564, forbidden 210, fully right 545 of 902, in bounds 831.
 * Round 37 (documents, alone): forbidden 225, fully right 538 of 902.
 * Round 37 merged (blame retrained on the round's six sets, document precision, documents): 7,180 of 7,564, forbidden
 * 206, fully right 544 of 902 (545 with the precision branch alone: the retrained model's new false findings), in bounds 832.
 * Round 38 wiring, with documents-eval-54 and -55 (measured once after round 37): 7,339 of 7,753, forbidden 241, fully
 * right 551 of 934.
 * Round 38 (document precision): 7,344 of 7,753, forbidden 236, fully right 552 of 934, in bounds 854.
 * Round 38 merged (blame retrained on the round's six sets, document precision, sections, timelines): 7,343 of 7,753
 * (the retrained vague model's Vietnamese item in documents-eval-54, named above), forbidden 197, fully right 564 of 934,
 * in bounds 854.
 * Round 39 wiring, with documents-eval-56 and -57 (measured once after round 38): 7,502 of 7,961, forbidden 222, fully
 * right 570 of 966.
 * Round 39 (sections: surface cause, placeholders, no-evidence, alone): 7,534 of 7,961, forbidden 222, fully right 582, in bounds 874.
 * Round 39 (precision: vague items in other languages, document blame classes, alone): 7,517, forbidden 216, fully right 573.
 * Round 39 (timelines and detection, alone): 7,512, forbidden 191, fully right 575.
 * Round 39 merged (blame retrained on the round's six sets, document precision, sections, timelines): 7,560 of 7,961,
 * forbidden 184, fully right 590 of 966, in bounds 873.
 * Round 40 wiring, with documents-eval-58 and -59 (measured once after round 39): 7,663 of 8,112, forbidden 230, fully
 * right 593 of 998.
 */
describe('all document sets together', () => {
  const root = new URL('../../../test/fixtures/quality/', import.meta.url);
  const sets = readdirSync(root).filter((d) => d.startsWith('documents-') && existsSync(new URL(`${d}/expected.json`, root)));
  const results = sets.flatMap((d) => measureDocuments(new URL(`${d}/`, root)));

  it('holds the totals of round 40\'s wiring: expected findings present, forbidden ones reported, documents fully right', () => {
    expect(sets.length).toBeGreaterThanOrEqual(63);
    expect(results.flatMap((r) => r.expected).filter((e) => e.present).length).toBeGreaterThanOrEqual(7663);
    expect(results.flatMap((r) => r.forbidden).filter((f) => f.violated).length).toBeLessThanOrEqual(230);
    const fullyRight = results.filter((r) => r.scoreHolds && r.expected.every((e) => e.present) && r.forbidden.every((f) => !f.violated));
    expect(fullyRight.length).toBeGreaterThanOrEqual(593);
  });
});
