import { describe, expect, it } from 'vitest';
import { detectedByShape } from './detection.shapes.ts';

/**
 * Issue 16, round 38: an alert named by its condition (a measure compared with a threshold) records the detection in any
 * language.
 */
describe('an alert named by its condition is the detection, in any language (round 38)', () => {
  it.each([
    'Alert `unlock_success_rate < 80 %` feuert, On-Call Lukas wird gepaged.',
    'Alerta SearchZeroResultRate > 30% trimite pagină lui Andrei Popa',
    'Alert payment_decline_rate > 20% w Grafanie; dyżurny potwierdza alert.',
  ])('reads "%s"', (row) => {
    expect(detectedByShape(row)).toBe(true);
  });

  it.each(['Error rate > 20% on the checkout API', 'Alert threshold profile pushed to all gateways'])('hard negative: "%s" (a reading with no alert, an alert with no condition)', (row) => {
    expect(detectedByShape(row)).toBe(false);
  });
});
