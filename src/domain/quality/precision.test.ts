import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBlame } from './blame.patterns.ts';
import { isVagueActionItem } from './vague.patterns.ts';

type Labelled = { text: string; expected: boolean };

/** Precision and recall of a classifier over a labelled set. */
export function measure(items: readonly Labelled[], predict: (text: string) => boolean): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { text, expected } of items) {
    const got = predict(text);
    if (got && expected) tp++;
    else if (got) fp++;
    else if (expected) fn++;
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

function load(name: string, label: string): Labelled[] {
  const raw = JSON.parse(readFileSync(new URL(`../../../test/fixtures/quality/${name}`, import.meta.url), 'utf8')) as {
    items: Record<string, unknown>[];
  };
  return raw.items.map((i) => ({ text: String(i['text']), expected: i[label] === true }));
}

describe('labelled precision sets', () => {
  it.each([
    ['blame-sentences.json', 'blame', (t: string) => findBlame(t) !== null],
    ['vague-action-items.json', 'vague', isVagueActionItem],
  ] as const)('%s: at least 60 balanced items, precision ≥ 0.9, recall ≥ 0.8', (file, label, predict) => {
    const items = load(file, label);
    expect(items.length).toBeGreaterThanOrEqual(60);
    const positives = items.filter((i) => i.expected).length;
    expect(Math.abs(positives * 2 - items.length)).toBeLessThanOrEqual(items.length * 0.2);
    const { precision, recall } = measure(items, predict);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});
