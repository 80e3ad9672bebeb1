/*
 * Round 33 (issue 16): what the blame model's signal check (blame.bars.ts SIGNAL) must not count. With the seventieth to
 * seventy-second voices and tuning-20 to -22 trained on, the model came just over its bar on "The foreman's checklist
 * left no room for the gate" (round 8's hard negative), with the checklist's own negation as its only judging feature.
 */
import type { Feature } from './classifier.ts';

/**
 * A negation in the clause of a person's thing ("Mireille's runbook did not cover a second region": `POSS-artefact`, no
 * judging word in the clause) is the thing's lack, not a judgement of its owner: below the model's SURE bar it does not
 * count as the judging signal a finding needs. A person's act ("Sanjay's handover …") or a judged thing ("Ken's sloppy
 * runbook …") gives no `POSS-artefact`, so its negation still counts.
 */
export function thingsOwnNegation(f: Feature, features: readonly Feature[]): boolean {
  return f.name === 'negation+POSS-subject' && features.some((g) => g.name === 'POSS-artefact');
}
