/*
 * A small logistic-regression classifier over named features (issue 16): the rules find
 * the forms they were written for; the model weighs structural features and words —
 * including words the labelled sets never used, through the AFINN valence lexicon — so
 * writing in another voice still counts. Pure: training is deterministic (seeded order),
 * and the weights are committed as generated modules (bench/quality.train.ts).
 */

/** One feature that fired, with the words of the text that made it fire (UTF-16 offsets). */
export type Feature = { name: string; start: number; end: number };

/** Trained weights: a bias and one weight per feature name (features never seen weigh 0). */
export type Model = { bias: number; weights: Record<string, number> };

export type Example = { features: readonly Feature[]; label: boolean };

export type TrainOptions = {
  /** Passes over the examples. */
  epochs?: number;
  /** L2 penalty per step, keeps rare words from deciding alone. */
  l2?: number;
  /** Features seen in fewer examples than this are dropped. */
  minCount?: number;
};

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Distinct feature names of one example (a word counts once however often it occurs). */
function names(features: readonly Feature[]): string[] {
  return [...new Set(features.map((f) => f.name))];
}

/** Trains by stochastic gradient descent with AdaGrad steps and L2, in a seeded order. */
export function train(examples: readonly Example[], options: TrainOptions = {}): Model {
  const { epochs = 40, l2 = 1e-4, minCount = 2 } = options;
  const counts = new Map<string, number>();
  const rows = examples.map((e) => ({ x: names(e.features), y: e.label ? 1 : 0 }));
  for (const r of rows) for (const n of r.x) counts.set(n, (counts.get(n) ?? 0) + 1);
  const kept = rows.map((r) => ({ x: r.x.filter((n) => (counts.get(n) ?? 0) >= minCount), y: r.y }));
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let bg2 = 0;
  const rate = 0.5;
  const next = rng(16);
  const order = kept.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const r = kept[k]!;
      let z = bias;
      for (const n of r.x) z += w.get(n) ?? 0;
      const err = sigmoid(z) - r.y;
      bg2 += err * err;
      bias -= (rate * err) / Math.sqrt(bg2 + 1e-8);
      for (const n of r.x) {
        const wn = w.get(n) ?? 0;
        const g = err + l2 * wn;
        const acc = (g2.get(n) ?? 0) + g * g;
        g2.set(n, acc);
        w.set(n, wn - (rate * g) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [n, v] of [...w].sort((a, b) => a[0].localeCompare(b[0]))) if (Math.abs(v) >= 1e-3) weights[n] = Math.round(v * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

/**
 * The probability the model gives the label, and the feature over words that pushed it up most (`top`: the highest
 * positive weight among features with a non-empty range, the earliest on a tie), which a finding quotes.
 */
export function classify(model: Model, features: readonly Feature[]): { p: number; top: (Feature & { weight: number }) | undefined } {
  let z = model.bias;
  const seen = new Set<string>();
  let top: Feature | undefined;
  let topWeight = 0;
  for (const f of features) {
    const weight = model.weights[f.name] ?? 0;
    if (!seen.has(f.name)) {
      seen.add(f.name);
      z += weight;
    }
    if (weight > 0 && f.end > f.start && (top === undefined || weight > topWeight || (weight === topWeight && f.start < top.start))) {
      top = f;
      topWeight = weight;
    }
  }
  return { p: sigmoid(z), top: top === undefined ? undefined : { ...top, weight: topWeight } };
}
