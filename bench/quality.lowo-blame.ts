/**
 * Leave-one-writer-out for the blame detector alone (issue 16, round 8): the quick loop for measuring one idea —
 * each fold's precision / recall and the pooled figure, as `npm run bench quality` prints them with the rest.
 *   node bin/run-ts.js bench/quality.lowo-blame.ts [--misses=twelfth-voice] [--only=tuning,third-voice]
 * (`--only` runs just the named folds, to time a fold or look at one writer; the pooled figure is then theirs alone.)
 */
import { blameHits } from '../src/domain/quality/blame.patterns.ts';
import { loadSet, measureSet, TRAINING_SPLITS } from './quality.labelled.ts';
import { trainBlame } from './quality.train.ts';

const show = process.argv.find((a) => a.startsWith('--misses='))?.slice('--misses='.length);
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
let tp = 0;
let fp = 0;
let fn = 0;
// Round 31: the document negatives are picked once, with the model of all voices, as quality.cv.ts does (round 30),
// instead of each fold training a voices-only model to pick them: halves a fold's time.
const selector = trainBlame(TRAINING_SPLITS, { documents: false });
for (const left of TRAINING_SPLITS) {
  if (only !== undefined && !only.includes(left)) continue;
  const model = trainBlame(TRAINING_SPLITS.filter((s) => s !== left), { selector });
  const set = loadSet('blame', left);
  const m = measureSet(set, (t) => blameHits(t, model)[0]?.form ?? null);
  const positives = set.filter((x) => x.expected).length;
  tp += positives - m.misses.length;
  fp += m.falseAlarms.length;
  fn += m.misses.length;
  console.log(`${left.padEnd(16)} ${m.precision.toFixed(3)} / ${m.recall.toFixed(3)}`);
  if (show === left || show === 'all') {
    for (const x of m.misses) console.log(`    miss [${x.form}] ${x.text}`);
    for (const x of m.falseAlarms) console.log(`    false alarm [${x.form}] ${x.text}`);
  }
}
console.log(`pooled           ${(tp / (tp + fp)).toFixed(3)} / ${(tp / (tp + fn)).toFixed(3)}`);
