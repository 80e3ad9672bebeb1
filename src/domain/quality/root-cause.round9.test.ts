import { describe, expect, it } from 'vitest';
import { GOOD_POSTMORTEM, withSection } from '../../../test/factories/quality-doc.ts';
import { parsePostmortem } from '../../formats/postmortem/parse-postmortem.ts';
import { DEFAULT_QUALITY_CONFIG, lintPostmortem } from './index.ts';

/**
 * Issue 16, round 9: a defence is no cause and no analysis. Whoever "followed the process correctly" or "did everything
 * by the book" defends; a sentence that goes on to say what the procedure lacked learns. In a root-cause section,
 * defensive sentences and rhetorical questions do not make a trigger-only cause a deeper one.
 */
const lint = (text: string) => lintPostmortem(parsePostmortem(text).doc, text, { config: DEFAULT_QUALITY_CONFIG });
const rootCause = (body: string): string => withSection('Root Cause', body, GOOD_POSTMORTEM);
const rules = (text: string, rule: string): number => lint(text).filter((f) => f.rule === rule).length;

describe('defensive writing, whoever defends (round 9)', () => {
  it.each([
    'IT followed the change process correctly, so this was not an IT failure.',
    'The data center has followed the process correct, from our side nothing could be done.',
    'The backend team did everything by the book; the formula was not our code.',
  ])('flags "%s"', (sentence) => {
    expect(rules(withSection('Summary', sentence, GOOD_POSTMORTEM), 'defensive')).toBe(1);
  });

  it.each([
    'Ola followed the swap procedure exactly, and that procedure asked him to type the value by hand with no check.',
    'The operators followed the runbook correctly, but the runbook had no check for a failed replica.',
  ])('hard negative: "%s" says what the procedure lacked', (sentence) => {
    expect(rules(withSection('Summary', sentence, GOOD_POSTMORTEM), 'defensive')).toBe(0);
  });
});

describe('a defence in a root-cause section is no deeper cause (round 9)', () => {
  it.each([
    'The certificate on the MQTT gateway expired. Someone forgot to renew it.\n\nIT followed the change process correctly, so this was not an IT failure.',
    'The threshold was set to 0.45 instead of 0.85 in the pipeline config.\n\nThe OCR model itself worked as designed and stayed within its documented accuracy.',
    'The operator entered the setpoint in the wrong window. This was human error.\n\nNothing could have prevented this. Of course the operator was supposed to close the HMI, so why was it open?',
  ])('reports the trigger-only cause behind the defence', (body) => {
    expect(rules(rootCause(body), 'surface-cause')).toBe(1);
  });

  it('hard negative: a trigger with what let it through stays clean, defence or not', () => {
    const body = 'The certificate on the MQTT gateway expired. Nothing tracked certificate expiry and no alert existed for it.\n\nIT followed the change process correctly.';
    expect(rules(rootCause(body), 'surface-cause')).toBe(0);
  });
});
