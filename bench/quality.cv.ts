/**
 * Leave-one-writer-out cross-validation (issue 16): for each training voice, the models
 * are trained on the other voices and the detectors (rules, then the model where no rule
 * fired) are measured on the voice left out — the honest estimate of the next writer's
 * figure for the model's part. The rules were written against every training voice, so
 * their part is in sample; `rules` gives their figure alone for comparison.
 */
import { blameHits, ruleHits } from '../src/domain/quality/blame.patterns.ts';
import { actionItemVagueness, ruleVagueness } from '../src/domain/quality/vague.patterns.ts';
import { loadSet, measureSet, TRAINING_SPLITS, type Measured, type Split } from './quality.labelled.ts';
import { trainBlame, trainVague } from './quality.train.ts';

export type Fold = { left: Split; blame: Measured; vague: Measured; rulesBlame: Measured; rulesVague: Measured };

/**
 * One fold per training voice, or per `every`-th voice in TRAINING_SPLITS' order (a fixed sample: the test's estimate
 * runs a quarter of the folds, `npm run bench` all of them).
 */
export function leaveOneWriterOut(options: { every?: number } = {}): Fold[] {
  const every = options.every ?? 1;
  // Round 30: the blame model also learns the training documents' sentences that a voices-only model would judge as
  // blame (quality.doc-negatives.ts). Picking them per fold trains every fold twice (the CI's run would double); they
  // are picked once, by the model of all voices. A fold's left-out voice may thus shape which document sentences are
  // taught as negatives (never its own sentences, which are not document sentences).
  const selector = trainBlame(TRAINING_SPLITS, { documents: false });
  return TRAINING_SPLITS.filter((_, i) => i % every === 0).map((left) => {
    const others = TRAINING_SPLITS.filter((s) => s !== left);
    const blameModel = trainBlame(others, { selector });
    const vagueModel = trainVague(others);
    const blameSet = loadSet('blame', left);
    const vagueSet = loadSet('vague', left);
    return {
      left,
      blame: measureSet(blameSet, (t) => blameHits(t, blameModel)[0]?.form ?? null),
      vague: measureSet(vagueSet, (t) => actionItemVagueness(t, vagueModel)?.kind ?? null),
      rulesBlame: measureSet(blameSet, (t) => ruleHits(t)[0]?.form ?? null),
      rulesVague: measureSet(vagueSet, (t) => ruleVagueness(t)?.kind ?? null),
    };
  });
}

/** Precision and recall pooled over the folds (every item counted once). */
export function pooled(folds: readonly Fold[], pick: (f: Fold) => Measured): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const f of folds) {
    const m = pick(f);
    const flaggedWrong = m.falseAlarms.length;
    const missed = m.misses.length;
    const positives = m.byForm.filter((x) => x.positive).reduce((n, x) => n + x.n, 0);
    tp += positives - missed;
    fp += flaggedWrong;
    fn += missed;
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
